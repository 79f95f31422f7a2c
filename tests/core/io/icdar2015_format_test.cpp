// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/icdar2015/icdar2015_format.h"

#include "io/format_test_support.h"

#include <lector/io/format_registry.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace lector;
using namespace lector::test;

namespace {

QString icdarDir() { return lector::test::sharedDataDir() + QStringLiteral("/icdar2015"); }

/// A folder with img_1.png and the given gt_img_1.txt content; returns the label file.
QString oneLabelFile(const QTemporaryDir& dir, const QByteArray& content)
{
    writeImage(dir.path(), QStringLiteral("img_1.png"), 40, 30);
    return writeBytes(dir.path(), QStringLiteral("gt_img_1.txt"), content);
}

Error readError(const QString& file) { return lector::test::readError(Icdar2015Format(), file); }

} // namespace

TEST(Icdar2015Format, ReadsTheSharedSampleWithTheCountsItsReadmeStates)
{
    LECTOR_REQUIRE_SHARED_DATA();
    ReadOptions options;
    options.imagesDir = icdarDir() + QStringLiteral("/imgs/test");
    auto batch = Icdar2015Format().read(icdarDir() + QStringLiteral("/annotations/test"), options);
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 7u);
    EXPECT_EQ(batch->regionCount(), 62u);

    // README: img_1 7, img_2 2, img_3 13, img_4 3, img_5 2, img_6 20, img_7 15; 50 "###".
    const std::map<QString, size_t> perFile { { QStringLiteral("img_1.jpg"), 7 }, { QStringLiteral("img_2.jpg"), 2 },
        { QStringLiteral("img_3.jpg"), 13 }, { QStringLiteral("img_4.jpg"), 3 }, { QStringLiteral("img_5.jpg"), 2 },
        { QStringLiteral("img_6.jpg"), 20 }, { QStringLiteral("img_7.jpg"), 15 } };
    size_t dontCare = 0;
    for (const ImportedImage& image : batch->images) {
        const QString name = QFileInfo(image.imagePath).fileName();
        ASSERT_TRUE(perFile.count(name)) << name;
        EXPECT_EQ(image.regions.size(), perFile.at(name)) << name;
        EXPECT_TRUE(QFileInfo(image.imagePath).isAbsolute());
        EXPECT_EQ(QFileInfo(image.labelFile).fileName(),
            QStringLiteral("gt_") + QFileInfo(name).completeBaseName() + QStringLiteral(".txt"));
        for (const Region& r : image.regions) {
            if (r.isDontCare()) {
                ++dontCare;
                EXPECT_TRUE(r.text.isEmpty());
            }
            EXPECT_FALSE(r.hasConfidence());
        }
    }
    EXPECT_EQ(dontCare, 50u);

    // The first line of gt_img_1.txt comes after a BOM:
    // "377,117,463,117,465,130,378,130,Genaxis Theatre".
    const ImportedImage& first = batch->images.front();
    ASSERT_EQ(QFileInfo(first.imagePath).fileName(), QStringLiteral("img_1.jpg"));
    EXPECT_EQ(first.regions[0].polygon.toText(), "377,117,463,117,465,130,378,130");
    EXPECT_EQ(first.regions[0].text, QStringLiteral("Genaxis Theatre"));
    EXPECT_EQ(first.regions[0].flags, FlagNone);
    EXPECT_EQ(first.regions[1].text, QStringLiteral("[06]"));
    EXPECT_TRUE(first.regions[2].isDontCare());

    // gt_img_5.txt holds the rotated quad 408,409,437,436,434,461,405,433,###.
    const ImportedImage& fifth = batch->images[4];
    bool found = false;
    for (const Region& r : fifth.regions)
        found = found || (r.polygon.toText() == "408,409,437,436,434,461,405,433" && r.isDontCare());
    EXPECT_TRUE(found);
}

TEST(Icdar2015Format, IsDetectedAndAliasedAsSroie)
{
    LECTOR_REQUIRE_SHARED_DATA();
    const QString folder = icdarDir() + QStringLiteral("/annotations/test");
    EXPECT_TRUE(Icdar2015Format().supportsFile(folder));
    EXPECT_TRUE(Icdar2015Format().supportsFile(folder + QStringLiteral("/gt_img_1.txt")));
    EXPECT_FALSE(Icdar2015Format().supportsFile(icdarDir() + QStringLiteral("/imgs/test")));
    const Format* detected = FormatRegistry::instance().detect(folder + QStringLiteral("/gt_img_1.txt"));
    ASSERT_NE(detected, nullptr);
    EXPECT_EQ(detected->id(), QStringLiteral("icdar2015"));
    ASSERT_NE(FormatRegistry::instance().format(QStringLiteral("SROIE")), nullptr);
    EXPECT_EQ(FormatRegistry::instance().format(QStringLiteral("SROIE"))->id(), QStringLiteral("icdar2015"));
}

TEST(Icdar2015Format, AcceptsCrlfBomBlankLinesAndCommasInText)
{
    QTemporaryDir dir;
    const QString file = oneLabelFile(dir,
        QByteArrayLiteral(
            "\xEF\xBB\xBF"
            "1,2,3,2,3,4,1,4,a,b,,c\r\n\r\n  "
            "\r\n5.5,6,7,6,7,8,5.5,8,\xED\x95\x9C\xEA\xB8\x80\r\n0,0,1,0,1,1,0,1,###\r\n0,0,1,0,1,1,0,1,\r\n"));
    auto batch = Icdar2015Format().read(file, {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 1u);
    expectSameRegions({ makeRegion(Polygon::fromBox({ 1, 2, 3, 4 }), QStringLiteral("a,b,,c")),
                          makeRegion(Polygon::fromBox({ 5.5, 6, 7, 8 }), QStringLiteral("한글")),
                          makeRegion(Polygon::fromBox({ 0, 0, 1, 1 }), QString(), FlagDontCare),
                          makeRegion(Polygon::fromBox({ 0, 0, 1, 1 }), QString()) },
        batch->images[0].regions);
    EXPECT_EQ(QFileInfo(batch->images[0].imagePath).fileName(), QStringLiteral("img_1.png"));
}

TEST(Icdar2015Format, PairsLabelFilesWithoutTheGtPrefix)
{
    QTemporaryDir dir;
    writeImage(dir.path() + QStringLiteral("/images"), QStringLiteral("X51005.jpg"), 20, 20);
    const QString labels = dir.path() + QStringLiteral("/labels");
    writeBytes(labels, QStringLiteral("X51005.txt"), "1,1,9,1,9,5,1,5,TOTAL 9.00\n");
    ReadOptions options;
    options.imagesDir = dir.path() + QStringLiteral("/images");
    auto batch = Icdar2015Format().read(labels, options);
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 1u);
    EXPECT_EQ(QFileInfo(batch->images[0].imagePath).fileName(), QStringLiteral("X51005.jpg"));
    EXPECT_EQ(batch->images[0].regions[0].text, QStringLiteral("TOTAL 9.00"));
}

TEST(Icdar2015Format, RejectsAWrongColumnCountWithItsLine)
{
    QTemporaryDir dir;
    const QString file = oneLabelFile(dir, "1,2,3,2,3,4,1,4,ok\n1,2,3,2,3,4,1\n");
    const Error e = readError(file);
    expectParseErrorAt(e, file, 2);
    EXPECT_TRUE(e.message.contains(QStringLiteral("found 7 fields"))) << e.message;
}

TEST(Icdar2015Format, RejectsNonNumericNanAndInfiniteCoordinates)
{
    for (const char* bad : { "1,2,x,2,3,4,1,4,t", "1,2,nan,2,3,4,1,4,t", "1,2,3,2,inf,4,1,4,t", "1,2,3,2,3,4,1,-inf,t",
             "1,2,3e999,2,3,4,1,4,t", "1,2,3,2,,4,1,4,t" }) {
        SCOPED_TRACE(bad);
        QTemporaryDir dir;
        const QString file = oneLabelFile(dir, QByteArray("\n1,1,2,1,2,2,1,2,ok\n") + bad + "\n");
        const Error e = readError(file);
        expectParseErrorAt(e, file, 3);
    }
}

TEST(Icdar2015Format, RejectsBytesThatAreNotUtf8WithTheirLine)
{
    QTemporaryDir dir;
    const QString file = oneLabelFile(dir, "1,2,3,2,3,4,1,4,a\n1,2,3,2,3,4,1,4,b\n1,2,3,2,3,4,1,4,\xC3\x28\n");
    const Error e = readError(file);
    EXPECT_EQ(e.path, file);
    EXPECT_EQ(e.line, 3);
}

TEST(Icdar2015Format, NamesTheLabelFileWhenItsImageIsMissing)
{
    QTemporaryDir dir;
    const QString file = writeBytes(dir.path(), QStringLiteral("gt_img_9.txt"), "1,2,3,2,3,4,1,4,a\n");
    const Error e = readError(file);
    EXPECT_EQ(e.code, ErrorCode::NotFound);
    EXPECT_EQ(e.path, file);
    EXPECT_TRUE(e.message.contains(QStringLiteral("img_9"))) << e.message;
}

TEST(Icdar2015Format, RoundTripsQuadsTextAndFlags)
{
    QTemporaryDir dir;
    ExportImage image;
    image.absolutePath = writeImage(dir.path() + QStringLiteral("/project/train"), QStringLiteral("img_1.jpg"), 64, 48);
    image.relativePath = QStringLiteral("train/img_1.jpg");
    image.regions = { makeRegion(Polygon::fromBox({ 1, 2, 30.5, 12.25 }), QStringLiteral("Hello, world")),
        makeRegion(Polygon { { { 408, 409 }, { 437, 436 }, { 434, 461 }, { 405, 433 } } }, QStringLiteral("서울")),
        makeRegion(Polygon::fromBox({ 3, 3, 9, 9 }), QString(), FlagDontCare),
        makeRegion(Polygon::fromBox({ 0.1, 0.2, 0.3, 0.4 }), QStringLiteral("#")) };
    ExportSet set;
    set.images = { image };
    const QString out = dir.path() + QStringLiteral("/out");
    WriteOptions options;
    options.copyImages = true;
    auto report = Icdar2015Format().write(set, out, options);
    ASSERT_TRUE(report.has_value()) << report.error().toString();

    const QByteArray written = readBytes(out + QStringLiteral("/gt_img_1.txt"));
    EXPECT_FALSE(written.startsWith("\xEF\xBB\xBF"));
    EXPECT_FALSE(written.contains('\r'));
    // The RRC scripts take whole pixels only: 30.5 -> 31, 12.25 -> 12.
    EXPECT_TRUE(written.startsWith("1,2,31,2,31,12,1,12,Hello, world\n")) << written.toStdString();
    EXPECT_TRUE(written.contains("3,3,9,3,9,9,3,9,###\n"));
    EXPECT_TRUE(written.endsWith("0,0,0,0,0,0,0,0,#\n")) << written.toStdString();
    EXPECT_EQ(report->files, QStringList { QStringLiteral("gt_img_1.txt") });
    EXPECT_EQ(report->regions, 4);
    EXPECT_EQ(report->count(ExportLoss::CornersRounded), 2);
    EXPECT_EQ(report->count(ExportLoss::ImagesUnnumbered), 0);
    EXPECT_EQ(report->lossLines(),
        QStringList { QStringLiteral("2 regions with fractional corners rounded to whole pixels") });

    auto batch = Icdar2015Format().read(out, {}); // images were copied beside the labels
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 1u);
    std::vector<Region> expected = image.regions;
    expected[0].polygon = Polygon::fromBox({ 1, 2, 31, 12 });
    expected[3].polygon = Polygon::fromBox({ 0, 0, 0, 0 });
    expectSameRegions(expected, batch->images[0].regions);
}

TEST(Icdar2015Format, RoundsEachCoordinateToTheNearestPixelHalvesAwayFromZero)
{
    struct Case {
        double in;
        const char* out;
    };
    const Case cases[] = { { 10.5, "11" }, { 10.49, "10" }, { 11.5, "12" }, { 2.5, "3" }, { -0.5, "-1" }, { -0.4, "0" },
        { -1.5, "-2" }, { 0.5, "1" }, { 1e6 + 0.5, "1000001" }, { 7, "7" } };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.in);
        QTemporaryDir dir;
        ExportImage image;
        image.absolutePath = writeImage(dir.path(), QStringLiteral("img_3.png"), 8, 8);
        image.relativePath = QStringLiteral("img_3.png");
        // A box from (in, in) to (in + 100, in + 100): its corners show the rounding of in and of in + 100.
        image.regions = { makeRegion(Polygon::fromBox({ c.in, c.in, c.in + 100, c.in + 100 }), QStringLiteral("w")) };
        ExportSet set;
        set.images = { image };
        ASSERT_TRUE(Icdar2015Format().write(set, dir.path(), {}).has_value());
        const QString line = QString::fromUtf8(readBytes(dir.path() + QStringLiteral("/gt_img_3.txt")));
        EXPECT_TRUE(line.startsWith(QStringLiteral("%1,%1,").arg(QLatin1String(c.out)))) << line;
    }
}

TEST(Icdar2015Format, WritesQuadsClockwiseAsTheRrcScriptAcceptsThem)
{
    QTemporaryDir dir;
    ExportImage image;
    image.absolutePath = writeImage(dir.path(), QStringLiteral("img_2.png"), 50, 50);
    image.relativePath = QStringLiteral("img_2.png");
    // Counter-clockwise on screen: validate_clockwise_points refuses "377,117,378,130,465,130,463,117".
    image.regions
        = { makeRegion(Polygon { { { 377, 117 }, { 378, 130 }, { 465, 130 }, { 463, 117 } } }, QStringLiteral("ccw")),
              makeRegion(Polygon { { { 10, 10 }, { 20, 10 }, { 20, 20 }, { 10, 20 } } }, QStringLiteral("cw")) };
    ExportSet set;
    set.images = { image };
    auto report = Icdar2015Format().write(set, dir.path(), {});
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(readBytes(dir.path() + QStringLiteral("/gt_img_2.txt")),
        QByteArray("377,117,463,117,465,130,378,130,ccw\n10,10,20,10,20,20,10,20,cw\n"));
    EXPECT_EQ(report->count(ExportLoss::CornersReordered), 1);
}

TEST(Icdar2015Format, WritesIllegibleWordsAsDontCareAndCountsWhatIsLost)
{
    QTemporaryDir dir;
    ExportImage image;
    image.absolutePath = writeImage(dir.path(), QStringLiteral("scan.png"), 50, 50);
    image.relativePath = QStringLiteral("scan.png");
    Region script = makeRegion(Polygon::fromBox({ 0, 0, 4, 4 }), QStringLiteral("서울"));
    script.script = QStringLiteral("Hang");
    image.regions = { makeRegion(Polygon::fromBox({ 0, 0, 4, 4 }), QStringLiteral("blur"), FlagIllegible),
        makeRegion(Polygon::fromBox({ 0, 0, 4, 4 }), QString(), FlagIllegible | FlagDontCare),
        makeRegion(Polygon::fromBox({ 0, 0, 4, 4 }), QStringLiteral("###")),
        makeRegion(Polygon::fromBox({ 0, 0, 4, 4 }), QStringLiteral("two\nlines")),
        makeRegion(Polygon { { { 0, 0 }, { 4, 0 }, { 5, 2 }, { 4, 4 }, { 0, 4 } } }, QStringLiteral("five")), script };
    ExportSet set;
    set.images = { image };
    auto report = Icdar2015Format().write(set, dir.path(), {});
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(readBytes(dir.path() + QStringLiteral("/gt_scan.txt")),
        QByteArray("0,0,4,0,4,4,0,4,###\n0,0,4,0,4,4,0,4,###\n0,0,4,0,4,4,0,4,###\n0,0,4,0,4,4,0,4,two lines\n"
                   "0,0,5,0,5,4,0,4,five\n0,0,4,0,4,4,0,4,\xEC\x84\x9C\xEC\x9A\xB8\n"));
    EXPECT_EQ(report->count(ExportLoss::IllegibleAsDontCare), 1);
    EXPECT_EQ(report->count(ExportLoss::IllegibleDropped), 1); // the don't-care one keeps only its ###
    EXPECT_EQ(report->count(ExportLoss::TextsDropped), 1);
    EXPECT_EQ(report->count(ExportLoss::TextsReadAsDontCare), 1);
    EXPECT_EQ(report->count(ExportLoss::TextsChanged), 1);
    EXPECT_EQ(report->count(ExportLoss::PolygonsAsBoxes), 1);
    EXPECT_EQ(report->count(ExportLoss::ScriptsDropped), 1);
    EXPECT_EQ(report->count(ExportLoss::ImagesUnnumbered), 1); // scan.png is not img_<n>
}

TEST(Icdar2015Format, WritesARunAsRrcResultFiles)
{
    QTemporaryDir dir;
    ExportImage image;
    image.absolutePath = writeImage(dir.path(), QStringLiteral("img_4.png"), 50, 50);
    image.relativePath = QStringLiteral("img_4.png");
    const auto detection = [](double x, double confidence, const QString& text) {
        Region r = makeRegion(Polygon::fromBox({ x, 1, x + 5.5, 9 }), text);
        r.confidence = confidence;
        return r;
    };
    image.regions = { detection(1, 0.1, QStringLiteral("a")), detection(2, 1, QStringLiteral("b")),
        detection(3, 1e-7, QStringLiteral("c")), detection(4, 0.30000000000000004, QString()),
        detection(5, 1.5, QStringLiteral("d")), detection(6, 0.1, QStringLiteral("e,f")) };
    ExportSet set;
    set.predictions = true;
    set.images = { image };
    auto report = Icdar2015Format().write(set, dir.path() + QStringLiteral("/t41"), {});
    ASSERT_TRUE(report.has_value());
    // Task 4.1: "x1,...,y4,confidence", highest confidence first (the script sorts so), equal ones in store order; the
    // confidence the shortest fixed-point decimal that reads back exactly, with a point, in [0, 1].
    EXPECT_EQ(readBytes(dir.path() + QStringLiteral("/t41/res_img_4.txt")),
        QByteArray("2,1,8,1,8,9,2,9,1.0\n5,1,11,1,11,9,5,9,1.0\n4,1,10,1,10,9,4,9,0.30000000000000004\n"
                   "1,1,7,1,7,9,1,9,0.1\n6,1,12,1,12,9,6,9,0.1\n3,1,9,1,9,9,3,9,0.0000001\n"));
    EXPECT_EQ(report->files, QStringList { QStringLiteral("res_img_4.txt") });
    EXPECT_EQ(report->count(ExportLoss::TextsDropped), 5);
    EXPECT_EQ(report->count(ExportLoss::ConfidencesClamped), 1);
    EXPECT_EQ(report->count(ExportLoss::CornersRounded), 6);

    WriteOptions options;
    options.resultTranscriptions = true;
    report = Icdar2015Format().write(set, dir.path() + QStringLiteral("/t44"), options);
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(readBytes(dir.path() + QStringLiteral("/t44/res_img_4.txt")),
        QByteArray("2,1,8,1,8,9,2,9,1.0,b\n5,1,11,1,11,9,5,9,1.0,d\n4,1,10,1,10,9,4,9,0.30000000000000004,\n"
                   "1,1,7,1,7,9,1,9,0.1,a\n6,1,12,1,12,9,6,9,0.1,e,f\n3,1,9,1,9,9,3,9,0.0000001,c\n"));
    EXPECT_EQ(report->count(ExportLoss::TextsDropped), 0);

    // Lector reads both back as a run: the confidences exactly, the texts of task 4.4.
    for (const QString& sub : { QStringLiteral("t41"), QStringLiteral("t44") }) {
        SCOPED_TRACE(sub.toStdString());
        ReadOptions read;
        read.imagesDir = dir.path();
        auto batch = Icdar2015Format().read(dir.path() + QLatin1Char('/') + sub, read);
        ASSERT_TRUE(batch.has_value()) << batch.error().toString();
        ASSERT_EQ(batch->images.size(), 1u);
        const std::vector<Region>& back = batch->images[0].regions;
        ASSERT_EQ(back.size(), 6u);
        const double confidences[] = { 1, 1, 0.30000000000000004, 0.1, 0.1, 1e-7 };
        const char* texts[] = { "b", "d", "", "a", "e,f", "c" };
        for (std::size_t i = 0; i < back.size(); ++i) {
            EXPECT_EQ(back[i].confidence, confidences[i]) << i;
            EXPECT_EQ(back[i].text, sub == QLatin1String("t44") ? QString::fromUtf8(texts[i]) : QString()) << i;
        }
    }
}

TEST(Icdar2015Format, WritesOtherPolygonsAsTheirBoundingQuad)
{
    QTemporaryDir dir;
    ExportImage image;
    image.absolutePath = writeImage(dir.path(), QStringLiteral("a.png"), 50, 50);
    image.relativePath = QStringLiteral("a.png");
    image.regions = { makeRegion(
        Polygon { { { 10, 5 }, { 20, 8 }, { 25, 20 }, { 12, 30 }, { 4, 18 } } }, QStringLiteral("curved")) };
    ExportSet set;
    set.images = { image };
    ASSERT_TRUE(Icdar2015Format().write(set, dir.path(), {}).has_value());
    EXPECT_EQ(readBytes(dir.path() + QStringLiteral("/gt_a.txt")), QByteArray("4,5,25,5,25,30,4,30,curved\n"));
}

TEST(Icdar2015Format, RefusesTwoImagesThatWouldShareALabelFile)
{
    QTemporaryDir dir;
    ExportImage a;
    a.absolutePath = writeImage(dir.path() + QStringLiteral("/x"), QStringLiteral("p.png"), 10, 10);
    a.relativePath = QStringLiteral("x/p.png");
    ExportImage b = a;
    b.absolutePath = writeImage(dir.path() + QStringLiteral("/y"), QStringLiteral("p.png"), 10, 10);
    b.relativePath = QStringLiteral("y/p.png");
    ExportSet set;
    set.images = { a, b };
    auto written = Icdar2015Format().write(set, dir.path() + QStringLiteral("/out"), {});
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().code, ErrorCode::InvalidArgument);
}

TEST(Icdar2015Format, ReadsRrcResultFilesWithoutTranscription)
{
    // An RRC task 4.1 submission (res_img_1.txt, as EAST writes it): eight integers per line, CRLF.
    QTemporaryDir dir;
    writeImage(dir.path(), QStringLiteral("img_1.png"), 40, 30);
    const QString file = writeBytes(dir.path(), QStringLiteral("res_img_1.txt"),
        "377,117,463,117,465,130,378,130\r\n493,115,519,115,519,131,493,131\r\n");
    EXPECT_TRUE(Icdar2015Format().supportsFile(file));
    auto batch = Icdar2015Format().read(file, {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 1u);
    EXPECT_EQ(QFileInfo(batch->images[0].imagePath).fileName(), QStringLiteral("img_1.png"));
    ASSERT_EQ(batch->images[0].regions.size(), 2u);
    EXPECT_EQ(batch->images[0].regions[1].polygon.toText(), "493,115,519,115,519,131,493,131");
    EXPECT_TRUE(batch->images[0].regions[1].text.isEmpty());
    EXPECT_FALSE(batch->images[0].regions[1].hasConfidence());
}

TEST(Icdar2015Format, ReadsConfidencesAndTranscriptionsOfResultFiles)
{
    // "x1,...,y4,confidence" (DBNet's demo output) and "x1,...,y4,confidence,transcription" (RRC end to end with
    // CONFIDENCES); a transcription may hold commas and "###".
    QTemporaryDir dir;
    writeImage(dir.path(), QStringLiteral("img_1.png"), 40, 30);
    writeImage(dir.path(), QStringLiteral("img_2.png"), 40, 30);
    writeBytes(dir.path(), QStringLiteral("res_img_1.txt"),
        "377,117,463,117,465,130,378,130,0.9731\n493,115,519,115,519,131,493,131,1\n");
    writeBytes(dir.path(), QStringLiteral("res_img_2.txt"),
        "1,2,30,2,30,12,1,12,0.5,TOTAL 9,00\n1,20,30,20,30,28,1,28,0.25,###\n");
    auto batch = Icdar2015Format().read(dir.path(), {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 2u);
    const auto& first = batch->images[0].regions;
    ASSERT_EQ(first.size(), 2u);
    EXPECT_DOUBLE_EQ(first[0].confidence, 0.9731);
    EXPECT_TRUE(first[0].text.isEmpty());
    EXPECT_DOUBLE_EQ(first[1].confidence, 1);
    const auto& second = batch->images[1].regions;
    EXPECT_DOUBLE_EQ(second[0].confidence, 0.5);
    EXPECT_EQ(second[0].text, QStringLiteral("TOTAL 9,00"));
    EXPECT_DOUBLE_EQ(second[1].confidence, 0.25);
    EXPECT_TRUE(second[1].isDontCare());
    ASSERT_FALSE(batch->warnings.empty());
    EXPECT_TRUE(batch->warnings.back().message.contains(QStringLiteral("confidence")));
}

TEST(Icdar2015Format, NumericTranscriptionsStayTextUnlessEveryLineHasAConfidence)
{
    // Ground truth whose words happen to be "0.5" and "1" next to a word: all text, no confidence.
    QTemporaryDir dir;
    const QString file = oneLabelFile(dir, "1,2,3,2,3,4,1,4,0.5\n1,2,3,2,3,4,1,4,1\n1,2,3,2,3,4,1,4,EXIT\n");
    auto batch = Icdar2015Format().read(file, {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    const auto& regions = batch->images[0].regions;
    ASSERT_EQ(regions.size(), 3u);
    EXPECT_EQ(regions[0].text, QStringLiteral("0.5"));
    EXPECT_FALSE(regions[0].hasConfidence());
    EXPECT_EQ(regions[1].text, QStringLiteral("1"));
    EXPECT_TRUE(batch->warnings.empty());
}
