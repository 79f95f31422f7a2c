// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/labelme/labelme_format.h"

#include "io/format_test_support.h"

#include <lector/io/format_registry.h>

#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using namespace lector;
using namespace lector::test;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

Error readError(const QString& file) { return lector::test::readError(LabelmeFormat(), file); }

/// A labelme file for a.png (written beside it) whose "shapes" list is `shapes`.
QString labelmeFile(const QTemporaryDir& dir, const QByteArray& shapes)
{
    writeImage(dir.path(), QStringLiteral("a.png"), 60, 40);
    return writeBytes(dir.path(), QStringLiteral("a.json"),
        "{\n  \"version\": \"5.1.1\",\n  \"flags\": {},\n  \"shapes\": " + shapes
            + ",\n  \"imagePath\": \"a.png\",\n  \"imageData\": null,\n  \"imageHeight\": 40,\n  \"imageWidth\": "
              "60\n}\n");
}

ExportSet sampleSet(const QString& imagesDir)
{
    ExportImage image;
    image.absolutePath = writeImage(imagesDir + QStringLiteral("/sub"), QStringLiteral("img_1.png"), 120, 80);
    image.relativePath = QStringLiteral("sub/img_1.png");
    image.width = 120;
    image.height = 80;
    image.regions = { makeRegion(Polygon::fromBox({ 5, 6, 50.5, 20 }), QStringLiteral("Box")),
        makeRegion(Polygon { { { 60, 10 }, { 100, 20 }, { 97, 32.25 }, { 57, 22 } } }, QStringLiteral("안녕하세요")),
        makeRegion(Polygon::fromBox({ 1, 60, 30, 70 }), QString(), FlagDontCare),
        makeRegion(
            Polygon { { { 2, 2 }, { 9, 3 }, { 8, 9 } } }, QStringLiteral("smudge"), FlagIllegible | FlagDontCare) };
    ExportSet set;
    set.images = { image };
    return set;
}

} // namespace

TEST(LabelmeFormat, ReadsRectanglesAndPolygonsAndWarnsAboutOtherShapes)
{
    QTemporaryDir dir;
    const QString file = labelmeFile(dir,
        R"([
    {"label": "EXIT", "points": [[30, 20], [10, 5]], "group_id": null, "shape_type": "rectangle", "flags": {}},
    {"label": "centre", "points": [[5, 5], [9, 9]], "group_id": null, "shape_type": "circle", "flags": {}},
    {"label": "###", "points": [[1.5, 1], [8, 2], [7, 9]], "group_id": null, "shape_type": "polygon", "flags": {}},
    {"label": "faint", "points": [[0, 0], [4, 0], [4, 4], [0, 4]], "flags": {"illegible": true}}
  ])");
    EXPECT_TRUE(LabelmeFormat().supportsFile(file));
    EXPECT_TRUE(LabelmeFormat().supportsFile(dir.path()));
    const Format* detected = FormatRegistry::instance().detect(file);
    ASSERT_NE(detected, nullptr);
    EXPECT_EQ(detected->id(), QStringLiteral("labelme"));

    auto batch = LabelmeFormat().read(dir.path(), {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 1u);
    const ImportedImage& image = batch->images[0];
    EXPECT_EQ(image.imagePath, QDir::cleanPath(dir.path() + QStringLiteral("/a.png")));
    EXPECT_EQ(image.width, 60);
    EXPECT_EQ(image.height, 40);
    expectSameRegions({ makeRegion(Polygon::fromBox({ 10, 5, 30, 20 }), QStringLiteral("EXIT")),
                          makeRegion(Polygon { { { 1.5, 1 }, { 8, 2 }, { 7, 9 } } }, QString(), FlagDontCare),
                          makeRegion(Polygon::fromBox({ 0, 0, 4, 4 }), QStringLiteral("faint"), FlagIllegible) },
        image.regions);
    ASSERT_EQ(batch->warnings.size(), 1u);
    EXPECT_EQ(batch->warnings[0].path, file);
    EXPECT_TRUE(batch->warnings[0].message.contains(QStringLiteral("/shapes/1"))) << batch->warnings[0].message;
    EXPECT_TRUE(batch->warnings[0].message.contains(QStringLiteral("circle")));
}

TEST(LabelmeFormat, FindsTheImageInTheImagesFolderOrByStem)
{
    QTemporaryDir dir;
    writeImage(dir.path() + QStringLiteral("/images"), QStringLiteral("scan.jpg"), 10, 10);
    const QString file = writeBytes(dir.path() + QStringLiteral("/labels"), QStringLiteral("scan.json"),
        R"({"shapes": [], "imagePath": "C:\\Users\\x\\Desktop\\other.jpg", "imageData": null})");
    ReadOptions options;
    options.imagesDir = dir.path() + QStringLiteral("/images");
    auto batch = LabelmeFormat().read(file, options);
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    EXPECT_EQ(batch->images[0].imagePath, QDir::cleanPath(dir.path() + QStringLiteral("/images/scan.jpg")));
}

TEST(LabelmeFormat, RejectsTruncatedJsonWithItsLine)
{
    QTemporaryDir dir;
    writeImage(dir.path(), QStringLiteral("a.png"), 60, 40);
    const QString file = writeBytes(dir.path(), QStringLiteral("a.json"),
        "{\n  \"version\": \"5.1.1\",\n  \"shapes\": [\n    {\"label\": \"x\", \"points\": [[1, 2], [3,");
    const Error e = readError(file);
    expectParseErrorAt(e, file, 4);
}

TEST(LabelmeFormat, RejectsMalformedShapesNamingTheShape)
{
    const QByteArray bad[] = {
        R"([{"label": "ok", "points": [[1, 2], [3, 4]], "shape_type": "rectangle"}, {"label": "x", "points": [[1, 2], [3, 4]], "shape_type": "polygon"}])",
        R"([{"label": "ok", "points": [[1, 2], [3, 4]], "shape_type": "rectangle"}, {"label": "x", "points": [[1, 2], [3, 4], [5, 6]], "shape_type": "rectangle"}])",
        R"([{"label": "ok", "points": [[1, 2], [3, 4]], "shape_type": "rectangle"}, {"label": "x", "points": [[1, "2"], [3, 4], [5, 6]]}])",
        R"([{"label": "ok", "points": [[1, 2], [3, 4]], "shape_type": "rectangle"}, {"label": 7, "points": [[1, 2], [3, 4], [5, 6]]}])",
    };
    for (const QByteArray& shapes : bad) {
        SCOPED_TRACE(shapes.toStdString());
        QTemporaryDir dir;
        const QString file = labelmeFile(dir, shapes);
        const Error e = readError(file);
        EXPECT_EQ(e.code, ErrorCode::Parse);
        EXPECT_EQ(e.path, file);
        EXPECT_TRUE(e.message.startsWith(QStringLiteral("/shapes/1:"))) << e.message;
    }
    {
        // Python's json writes NaN and Infinity, which are not JSON.
        QTemporaryDir dir;
        const QString file = labelmeFile(dir, "[\n{\"label\": \"x\", \"points\": [[NaN, 2], [3, 4], [5, 6]]}]");
        const Error e = readError(file);
        expectParseErrorAt(e, file, 5);
    }
    {
        // Too large for a double: rejected, though the JSON parser cannot say where.
        QTemporaryDir dir;
        const QString file = labelmeFile(dir, R"([{"label": "x", "points": [[1, 1e999], [3, 4], [5, 6]]}])");
        const Error e = readError(file);
        EXPECT_EQ(e.code, ErrorCode::Parse);
        EXPECT_EQ(e.path, file);
    }
}

TEST(LabelmeFormat, RejectsBadUtf8AndMissingImages)
{
    {
        QTemporaryDir dir;
        const QString file = labelmeFile(dir, "[\n{\"label\": \"\xC0\xAF\", \"points\": [[1, 2], [3, 4], [5, 6]]}]");
        const Error e = readError(file);
        EXPECT_EQ(e.path, file);
        EXPECT_EQ(e.line, 5);
    }
    {
        QTemporaryDir dir;
        const QString file = writeBytes(
            dir.path(), QStringLiteral("b.json"), R"({"shapes": [], "imagePath": "b.jpg", "imageData": null})");
        const Error e = readError(file);
        EXPECT_EQ(e.code, ErrorCode::NotFound);
        EXPECT_EQ(e.path, file);
        EXPECT_TRUE(e.message.contains(QStringLiteral("b.jpg"))) << e.message;
    }
}

TEST(LabelmeFormat, RoundTripsWithAndWithoutCopiedImages)
{
    for (bool copy : { false, true }) {
        SCOPED_TRACE(copy);
        QTemporaryDir dir;
        const ExportSet set = sampleSet(dir.path() + QStringLiteral("/project"));
        const QString out = dir.path() + QStringLiteral("/out");
        WriteOptions options;
        options.copyImages = copy;
        ASSERT_TRUE(LabelmeFormat().write(set, out, options).has_value());
        const QString json = out + QStringLiteral("/sub/img_1.json");
        const auto doc = nlohmann::json::parse(readBytes(json).toStdString());
        EXPECT_EQ(doc["imagePath"], copy ? "img_1.png" : "../../project/sub/img_1.png");
        EXPECT_TRUE(doc["imageData"].is_null());
        EXPECT_EQ(doc["imageWidth"], 120);
        EXPECT_EQ(doc["shapes"][0]["shape_type"], "rectangle");
        EXPECT_EQ(doc["shapes"][1]["shape_type"], "polygon");

        auto batch = LabelmeFormat().read(out, {});
        ASSERT_TRUE(batch.has_value()) << batch.error().toString();
        ASSERT_EQ(batch->images.size(), 1u);
        EXPECT_EQ(QFileInfo(batch->images[0].imagePath).canonicalFilePath(),
            QFileInfo(copy ? out + QStringLiteral("/sub/img_1.png") : set.images[0].absolutePath).canonicalFilePath());
        expectSameRegions(set.images[0].regions, batch->images[0].regions);
    }
}

TEST(LabelmeFormat, LabelmeItselfLoadsWhatWeWrite)
{
    QProcess probe;
    probe.start(kPython, { QStringLiteral("-c"), QStringLiteral("import labelme.label_file") });
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        GTEST_SKIP() << "/usr/bin/python3 cannot import labelme";

    QTemporaryDir dir;
    ExportSet set = sampleSet(dir.path() + QStringLiteral("/project"));
    // A real photo too, written without a known size so that the writer reads it from the JPEG header.
    if (!lector::test::sharedDataDir().isEmpty()) {
        ExportImage photo;
        photo.absolutePath = lector::test::sharedDataDir() + QStringLiteral("/icdar2015/imgs/test/img_1.jpg");
        photo.relativePath = QStringLiteral("img_1.jpg");
        photo.regions = { makeRegion(Polygon { { { 377, 117 }, { 463, 117 }, { 465, 130 }, { 378, 130 } } },
            QStringLiteral("Genaxis Theatre")) };
        set.images.push_back(photo);
    }
    const QString out = dir.path() + QStringLiteral("/out");
    for (bool copy : { false, true }) {
        SCOPED_TRACE(copy);
        WriteOptions options;
        options.copyImages = copy;
        const QString target = out + (copy ? QStringLiteral("/copied") : QStringLiteral("/referenced"));
        ASSERT_TRUE(LabelmeFormat().write(set, target, options).has_value());

        QStringList files;
        for (const ExportImage& image : set.images)
            files << target + QLatin1Char('/') + QFileInfo(image.relativePath).path() + QLatin1Char('/')
                    + QFileInfo(image.relativePath).completeBaseName() + QStringLiteral(".json");
        QProcess python;
        python.start(
            kPython, QStringList { QStringLiteral(LECTOR_SOURCE_DIR "/tests/core/io/labelme_check.py") } + files);
        ASSERT_TRUE(python.waitForFinished(60000));
        const QByteArray stdoutBytes = python.readAllStandardOutput();
        ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
        const auto loaded = nlohmann::json::parse(stdoutBytes.toStdString());
        ASSERT_EQ(loaded.size(), set.images.size());

        for (size_t i = 0; i < set.images.size(); ++i) {
            const ExportImage& image = set.images[i];
            const auto& file = loaded[i];
            ASSERT_TRUE(file["imageLoaded"].get<bool>()) << file["file"];
            // imageWidth/imageHeight must agree with the pixels labelme decodes (it logs an error otherwise).
            EXPECT_EQ(file["declaredSize"], file["decodedSize"]) << file["file"];
            const auto& shapes = file["shapes"];
            ASSERT_EQ(shapes.size(), image.regions.size());
            for (size_t k = 0; k < image.regions.size(); ++k) {
                SCOPED_TRACE(k);
                const Region& r = image.regions[k];
                const auto& s = shapes[k];
                EXPECT_EQ(QString::fromStdString(s["label"].get<std::string>()),
                    r.isDontCare() && r.text.isEmpty() ? QStringLiteral("###") : r.text);
                const bool box = r.polygon.isAxisAlignedBox();
                EXPECT_EQ(s["shape_type"], box ? "rectangle" : "polygon");
                std::vector<PointF> expected = r.polygon.points;
                if (box) {
                    const BoxF b = r.polygon.boundingBox();
                    expected = { { b.x0, b.y0 }, { b.x1, b.y1 } };
                }
                ASSERT_EQ(s["points"].size(), expected.size());
                for (size_t p = 0; p < expected.size(); ++p) {
                    EXPECT_EQ(s["points"][p][0].get<double>(), expected[p].x);
                    EXPECT_EQ(s["points"][p][1].get<double>(), expected[p].y);
                }
                EXPECT_EQ(s["flags"].value("dont_care", false), r.isDontCare());
                EXPECT_EQ(s["flags"].value("illegible", false), bool(r.flags & FlagIllegible));
            }
        }
    }
}

TEST(LabelmeFormat, ValuesNestedDeeperThanAnyFormatAreAnErrorNotAStackOverflow)
{
    // 100,000 levels in a shape's flags: nlohmann parses them without recursion, but copying the flags recursed once
    // per level and overflowed the stack.
    QTemporaryDir dir;
    const QByteArray deep = QByteArray(100'000, '[') + QByteArray(100'000, ']');
    const QString file = labelmeFile(dir,
        "[\n    {\"label\": \"a\", \"points\": [[1, 1], [5, 5]], \"shape_type\": \"rectangle\",\n     \"flags\": "
            + deep + "}\n  ]");
    const Error e = readError(file);
    EXPECT_EQ(e.code, ErrorCode::Parse);
    EXPECT_EQ(e.path, file);
    EXPECT_EQ(e.line, 6) << e.toString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("nested deeper than 64 levels"))) << e.toString();

    // 64 levels in all are fine (the reader then finds the flags are no object and ignores them).
    const QString ok = labelmeFile(dir,
        "[{\"label\": \"a\", \"points\": [[1, 1], [5, 5]], \"shape_type\": \"rectangle\", \"flags\": "
            + QByteArray(61, '[') + QByteArray(61, ']') + "}]");
    auto batch = LabelmeFormat().read(ok, {});
    ASSERT_TRUE(batch) << batch.error().toString();
    EXPECT_EQ(batch->images.at(0).regions.size(), 1u);
}

TEST(LabelmeFormat, AFileTooLargeForALabelFileIsAnError)
{
    QTemporaryDir dir;
    const QString file = labelmeFile(dir, "[]");
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.resize(qint64(3) << 30)); // sparse: no disk used
    }
    const Error e = readError(file);
    EXPECT_EQ(e.path, file);
    EXPECT_TRUE(e.message.contains(QStringLiteral("larger than 256 MiB"))) << e.toString();
}
