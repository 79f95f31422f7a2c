// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/ppocrlabel/ppocrlabel_format.h"

#include "io/format_test_support.h"

#include <lector/io/format_registry.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lector;
using namespace lector::test;

namespace {

/// A PPOCRLabel folder "imgs" with a.jpg and b.png and the given Label.txt; returns the Label.txt path.
QString ppocrFolder(const QTemporaryDir& dir, const QByteArray& label)
{
    const QString imgs = dir.path() + QStringLiteral("/imgs");
    writeImage(imgs, QStringLiteral("a.jpg"), 64, 32);
    writeImage(imgs, QStringLiteral("b.png"), 64, 32);
    return writeBytes(imgs, QStringLiteral("Label.txt"), label);
}

Error readError(const QString& file) { return lector::test::readError(PpocrLabelFormat(), file); }

const QByteArray kGoodLine
    = "imgs/a.jpg\t[{\"transcription\": \"ok\", \"points\": [[1, 2], [3, 2], [3, 4], [1, 4]], \"difficult\": false}]\n";

} // namespace

TEST(PpocrLabelFormat, ReadsLinesAsPpocrLabelWritesThem)
{
    QTemporaryDir dir;
    // As PPOCRLabel saves: "<folder>/<image>", a tab, json.dumps(..., ensure_ascii=False).
    const QString file = ppocrFolder(dir,
        "imgs/a.jpg\t[{\"transcription\": \"\xEC\x84\x9C\xEC\x9A\xB8 Seoul\", \"points\": [[10, 5], [40, 7], [39, 20], "
        "[9, 18]], \"difficult\": false}, {\"transcription\": \"###\", \"points\": [[1, 1], [5, 1], [5, 5], [1, 5]], "
        "\"difficult\": false}]\nimgs/b.png\t[{\"transcription\": \"blur\", \"points\": [[0.5, 1.25], [8, 1.25], [8, "
        "6], [0.5, 6]], \"difficult\": true, \"key_cls\": \"None\"}]\n");
    EXPECT_TRUE(PpocrLabelFormat().supportsFile(file));
    EXPECT_TRUE(PpocrLabelFormat().supportsFile(dir.path() + QStringLiteral("/imgs")));
    auto batch = PpocrLabelFormat().read(file, {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 2u);
    EXPECT_EQ(batch->images[0].imagePath, QDir::cleanPath(dir.path() + QStringLiteral("/imgs/a.jpg")));
    expectSameRegions(
        { makeRegion(Polygon { { { 10, 5 }, { 40, 7 }, { 39, 20 }, { 9, 18 } } }, QStringLiteral("서울 Seoul")),
            makeRegion(Polygon::fromBox({ 1, 1, 5, 5 }), QString(), FlagDontCare) },
        batch->images[0].regions);
    expectSameRegions({ makeRegion(Polygon::fromBox({ 0.5, 1.25, 8, 6 }), QStringLiteral("blur"), FlagIllegible) },
        batch->images[1].regions);
    const Format* detected = FormatRegistry::instance().detect(file);
    ASSERT_NE(detected, nullptr);
    EXPECT_EQ(detected->id(), QStringLiteral("ppocrlabel"));
}

TEST(PpocrLabelFormat, RejectsTruncatedJsonWithItsLine)
{
    QTemporaryDir dir;
    const QString file = ppocrFolder(dir, kGoodLine + "imgs/b.png\t[{\"transcription\": \"x\", \"points\": [[1, 2]\n");
    const Error e = readError(file);
    expectParseErrorAt(e, file, 2);
}

TEST(PpocrLabelFormat, RejectsMalformedRecordsWithTheirLine)
{
    const QByteArray bad[] = {
        "imgs/b.png [{\"transcription\": \"x\", \"points\": [[1, 2], [3, 2], [3, 4]]}]", // no tab
        "imgs/b.png\t{\"transcription\": \"x\"}", // not a list
        "imgs/b.png\t[{\"transcription\": \"x\", \"points\": [[1, NaN], [3, 2], [3, 4]]}]", // NaN is not JSON
        "imgs/b.png\t[{\"transcription\": \"x\", \"points\": [[1, Infinity], [3, 2], [3, 4]]}]",
        "imgs/b.png\t[{\"transcription\": \"x\", \"points\": [[1, \"2\"], [3, 2], [3, 4]]}]",
        "imgs/b.png\t[{\"transcription\": \"x\", \"points\": [[1, 2, 3], [3, 2], [3, 4]]}]",
        "imgs/b.png\t[{\"transcription\": \"x\", \"points\": [[1, 2], [3, 2]]}]", // two points
        "imgs/b.png\t[{\"points\": [[1, 2], [3, 2], [3, 4]]}]", // no transcription
        "imgs/b.png\t[{\"transcription\": \"x\", \"points\": [[1, 2], [3, 2], [3, 4]], \"difficult\": 1}]",
        "imgs/b.png\t[{\"transcription\": \"x\", \"points\": [[1, 2], [3, 2], [3, 1e999]]}]",
    };
    for (const QByteArray& line : bad) {
        SCOPED_TRACE(line.toStdString());
        QTemporaryDir dir;
        const QString file = ppocrFolder(dir, kGoodLine + "\n" + line + "\n");
        const Error e = readError(file);
        expectParseErrorAt(e, file, 3);
    }
}

TEST(PpocrLabelFormat, RejectsBadUtf8AndMissingImagesWithTheirLine)
{
    {
        QTemporaryDir dir;
        const QString file = ppocrFolder(
            dir, kGoodLine + "imgs/b.png\t[{\"transcription\": \"\xFF\", \"points\": [[1, 2], [3, 2], [3, 4]]}]\n");
        const Error e = readError(file);
        EXPECT_EQ(e.path, file);
        EXPECT_EQ(e.line, 2);
    }
    {
        QTemporaryDir dir;
        const QString file = ppocrFolder(dir, kGoodLine + kGoodLine + QByteArray(kGoodLine).replace("a.jpg", "c.jpg"));
        const Error e = readError(file);
        EXPECT_EQ(e.code, ErrorCode::NotFound);
        EXPECT_EQ(e.path, file);
        EXPECT_EQ(e.line, 3);
        EXPECT_TRUE(e.message.contains(QStringLiteral("c.jpg"))) << e.message;
    }
}

TEST(PpocrLabelFormat, WritesPythonJsonDumpsLinesAndRoundTrips)
{
    QTemporaryDir dir;
    ExportImage image;
    image.absolutePath = writeImage(dir.path() + QStringLiteral("/project/imgs"), QStringLiteral("a.jpg"), 64, 48);
    image.relativePath = QStringLiteral("imgs/a.jpg");
    image.state = ImageState::Done;
    image.regions = { makeRegion(Polygon::fromBox({ 1, 2, 3, 4 }), QStringLiteral("\"Hi\"\t한")),
        makeRegion(Polygon { { { 408, 409 }, { 437.5, 436 }, { 434, 461 }, { 405, 433 } } }, QStringLiteral("x"),
            FlagIllegible),
        makeRegion(Polygon { { { 0, 0 }, { 9, 0 }, { 12, 4 }, { 9, 8 }, { 0, 8 } } }, QString(), FlagDontCare) };
    ExportImage empty; // marked done without a word: in fileState.txt only, as PPOCRLabel keeps it
    empty.absolutePath = writeImage(dir.path() + QStringLiteral("/project/imgs"), QStringLiteral("b.png"), 8, 8);
    empty.relativePath = QStringLiteral("imgs/b.png");
    empty.state = ImageState::Done;
    ExportImage todo;
    todo.absolutePath = writeImage(dir.path() + QStringLiteral("/project/other"), QStringLiteral("c.png"), 8, 8);
    todo.relativePath = QStringLiteral("other/c.png");
    todo.regions = { makeRegion(Polygon::fromBox({ 1, 1, 2, 2 }), QStringLiteral("c")) };
    ExportSet set;
    set.images = { image, empty, todo };
    const QString out = dir.path() + QStringLiteral("/out");
    auto report = PpocrLabelFormat().write(set, out, {});
    ASSERT_TRUE(report.has_value()) << report.error().toString();

    // What Python's json.dumps(..., ensure_ascii=False) prints for these items (PPOCRLabel's savePPlabel), keyed
    // "<folder>/<file>" (getImglabelidx), the images copied flat into the folder.
    const QByteArray expected
        = "out/a.jpg\t[{\"transcription\": \"\\\"Hi\\\"\\t\xED\x95\x9C\", \"points\": [[1, 2], [3, 2], [3, 4], [1, "
          "4]], \"difficult\": false}, {\"transcription\": \"###\", \"points\": [[408, 409], [437.5, 436], [434, 461], "
          "[405, 433]], \"difficult\": true}, {\"transcription\": \"###\", \"points\": [[0, 0], [9, 0], [12, 4], [9, "
          "8], [0, 8]], \"difficult\": false}]\nout/c.png\t[{\"transcription\": \"c\", \"points\": [[1, 1], [2, 1], "
          "[2, "
          "2], [1, 2]], \"difficult\": false}]\n";
    EXPECT_EQ(readBytes(out + QStringLiteral("/Label.txt")), expected);
    EXPECT_EQ(
        readBytes(out + QStringLiteral("/fileState.txt")), QByteArray("out/a.jpg\t1\nout/b.png\t1\nout/c.png\t1\n"));
    for (const char* name : { "a.jpg", "b.png", "c.png" })
        EXPECT_TRUE(QFileInfo::exists(out + QLatin1Char('/') + QLatin1String(name))) << name;
    EXPECT_EQ(report->files, (QStringList { QStringLiteral("Label.txt"), QStringLiteral("fileState.txt") }));
    EXPECT_EQ(report->images, 3);
    EXPECT_EQ(report->regions, 4);
    EXPECT_EQ(report->count(ExportLoss::IllegibleAsDontCare), 1);
    EXPECT_EQ(report->count(ExportLoss::TextsDropped), 1);
    EXPECT_EQ(report->count(ExportLoss::ImagesMarkedChecked), 1); // c.png was not marked done

    auto batch = PpocrLabelFormat().read(out + QStringLiteral("/Label.txt"), {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    // The images with words, then the checked one without (fileState.txt); every one checked, so done.
    ASSERT_EQ(batch->images.size(), 3u);
    EXPECT_EQ(batch->images[0].imagePath, QDir::cleanPath(out + QStringLiteral("/a.jpg")));
    std::vector<Region> back = image.regions;
    back[1] = makeRegion(back[1].polygon, QString(), FlagIllegible | FlagDontCare);
    expectSameRegions(back, batch->images[0].regions);
    expectSameRegions(todo.regions, batch->images[1].regions);
    EXPECT_EQ(batch->images[2].imagePath, QDir::cleanPath(out + QStringLiteral("/b.png")));
    EXPECT_TRUE(batch->images[2].regions.empty());
    for (const ImportedImage& img : batch->images)
        EXPECT_TRUE(img.done) << img.imagePath;
}

TEST(PpocrLabelFormat, ReadsCheckedImagesFromFileStateAsPpocrLabelDoes)
{
    QTemporaryDir dir;
    // PPOCRLabel's loadFilestate: "<path>\t<state>", looked up by the path's last two parts (an absolute path from
    // another machine included), any state counting as checked; a listed image that is gone is skipped.
    const QString label = ppocrFolder(dir, kGoodLine);
    writeBytes(dir.path() + QStringLiteral("/imgs"), QStringLiteral("fileState.txt"),
        "C:\\data\\imgs\\b.png\t0\nimgs/gone.png\t1\n");
    auto batch = PpocrLabelFormat().read(label, {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 2u);
    EXPECT_FALSE(batch->images[0].done); // a.jpg has labels but is not checked
    EXPECT_EQ(QFileInfo(batch->images[1].imagePath).fileName(), QStringLiteral("b.png"));
    EXPECT_TRUE(batch->images[1].done);
    ASSERT_EQ(batch->warnings.size(), 1u);
    EXPECT_EQ(batch->warnings[0].line, 2);

    writeBytes(dir.path() + QStringLiteral("/imgs"), QStringLiteral("fileState.txt"), "imgs/a.jpg 1\n");
    const Error e = readError(label);
    EXPECT_EQ(e.path, dir.path() + QStringLiteral("/imgs/fileState.txt"));
    EXPECT_EQ(e.line, 1);
}

TEST(PpocrLabelFormat, EscapesTheWordsPpocrLabelReplacesBeforeEval)
{
    QTemporaryDir dir;
    ExportImage image;
    image.absolutePath = writeImage(dir.path(), QStringLiteral("a.png"), 8, 8);
    image.relativePath = QStringLiteral("a.png");
    // loadLabelFile replaces "false", "true" and "null" in the whole line; escapes (\n, \t, \u001f) stay whole.
    image.regions = { makeRegion(Polygon::fromBox({ 1, 1, 2, 2 }),
        QStringLiteral("nullify true\tfalse\ntrue\x1f"
                       "false truefalse \\null")) };
    ExportSet set;
    set.images = { image };
    const QString out = dir.path() + QStringLiteral("/imgs");
    ASSERT_TRUE(PpocrLabelFormat().write(set, out, {}).has_value());
    EXPECT_EQ(readBytes(out + QStringLiteral("/Label.txt")),
        QByteArray("imgs/a.png\t[{\"transcription\": \"\\u006eullify \\u0074rue\\t\\u0066alse\\n\\u0074rue\\u001f"
                   "\\u0066alse \\u0074rue\\u0066alse \\\\\\u006eull\", \"points\": [[1, 1], [2, 1], [2, 2], [1, 2]], "
                   "\"difficult\": false}]\n"));
    auto batch = PpocrLabelFormat().read(out, {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    expectSameRegions(image.regions, batch->images.at(0).regions);
}

TEST(PpocrLabelFormat, RefusesImagesThatWouldShareAName)
{
    QTemporaryDir dir;
    ExportImage a;
    a.absolutePath = writeImage(dir.path() + QStringLiteral("/x"), QStringLiteral("p.png"), 8, 8);
    a.relativePath = QStringLiteral("x/p.png");
    ExportImage b = a;
    b.absolutePath = writeImage(dir.path() + QStringLiteral("/y"), QStringLiteral("p.png"), 8, 8);
    b.relativePath = QStringLiteral("y/p.png");
    ExportSet set;
    set.images = { a, b };
    auto written = PpocrLabelFormat().write(set, dir.path() + QStringLiteral("/out"), {});
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("y/p.png"))) << written.error().message;
    // With crops, stems must differ too: PPOCRLabel names crops <stem>_crop_<i>.jpg.
    b.absolutePath = writeImage(dir.path() + QStringLiteral("/y"), QStringLiteral("p.jpg"), 8, 8);
    b.relativePath = QStringLiteral("y/p.jpg");
    set.images = { a, b };
    EXPECT_TRUE(PpocrLabelFormat().write(set, dir.path() + QStringLiteral("/out2"), {}).has_value());
    WriteOptions crops;
    crops.recognitionCrops = true;
    EXPECT_FALSE(PpocrLabelFormat().write(set, dir.path() + QStringLiteral("/out3"), crops).has_value());
}
