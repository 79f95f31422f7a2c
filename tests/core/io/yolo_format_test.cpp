// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/yolo/yolo_format.h"

#include "io/format_test_support.h"
#include "io/icdar2015/icdar2015_format.h"

#include <lector/io/format_registry.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lector;
using namespace lector::test;

namespace {

Error readError(const QString& file) { return lector::test::readError(YoloFormat(), file); }

Region withConfidence(Region r, double confidence)
{
    r.confidence = confidence;
    return r;
}

} // namespace

TEST(YoloFormat, ReadsNormalizedBoxesAsPixels)
{
    QTemporaryDir dir;
    writeImage(dir.path(), QStringLiteral("a.png"), 200, 100);
    // Centre (0.5, 0.5) of 200x100 is (100, 50); a 0.2 x 0.4 box is 40 x 40:
    // corners (80, 30) and (120, 70).
    const QString file
        = writeBytes(dir.path(), QStringLiteral("a.txt"), "0 0.5 0.5 0.2 0.4\n\n0 0.1 0.1 0.1 0.2 0.75\n");
    writeBytes(dir.path(), QStringLiteral("classes.txt"), "text\n");
    EXPECT_TRUE(YoloFormat().supportsFile(file));
    EXPECT_TRUE(YoloFormat().supportsFile(dir.path()));
    EXPECT_FALSE(YoloFormat().supportsFile(dir.filePath(QStringLiteral("classes.txt"))));
    const Format* detected = FormatRegistry::instance().detect(file);
    ASSERT_NE(detected, nullptr);
    EXPECT_EQ(detected->id(), QStringLiteral("yolo"));

    auto batch = YoloFormat().read(dir.path(), {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 1u); // classes.txt is not a label file
    EXPECT_EQ(batch->images[0].width, 200);
    EXPECT_EQ(batch->images[0].height, 100);
    expectSameRegions({ makeRegion(Polygon::fromBox({ 80, 30, 120, 70 }), QString()),
                          withConfidence(makeRegion(Polygon::fromBox({ 10, 0, 30, 20 }), QString()), 0.75) },
        batch->images[0].regions);
}

TEST(YoloFormat, RoundTripsBoxesAndConfidences)
{
    QTemporaryDir dir;
    ExportImage image;
    image.absolutePath = writeImage(dir.path() + QStringLiteral("/project"), QStringLiteral("img_1.jpg"), 1000, 750);
    image.relativePath = QStringLiteral("img_1.jpg");
    // width/height left 0: the writer reads them from the file.
    image.regions = { withConfidence(makeRegion(Polygon::fromBox({ 10, 20, 50, 37 }), QString()), 0.9),
        withConfidence(makeRegion(Polygon::fromBox({ 0.5, 1.25, 999.5, 749 }), QString()), 0.125),
        withConfidence(makeRegion(Polygon::fromBox({ 333.3, 17.7, 444.4, 29.1 }), QString()), 1) };
    ExportImage other;
    other.absolutePath = writeImage(dir.path() + QStringLiteral("/project"), QStringLiteral("b.png"), 1280, 720);
    other.relativePath = QStringLiteral("b.png");
    other.width = 1280;
    other.height = 720;
    other.regions = { makeRegion(Polygon::fromBox({ 377, 117, 465, 130 }), QStringLiteral("lost")),
        makeRegion(Polygon::fromBox({ 1, 1, 2, 2 }), QString(), FlagDontCare) };
    ExportSet set;
    set.images = { image, other };
    const QString out = dir.path() + QStringLiteral("/out");
    WriteOptions options;
    options.copyImages = true;
    ASSERT_TRUE(YoloFormat().write(set, out, options).has_value());
    EXPECT_EQ(readBytes(out + QStringLiteral("/classes.txt")), QByteArray("text\n"));
    // 377..465 x 117..130 of 1280x720: centre (421, 123.5), size 88 x 13; the don't-care box is left out.
    EXPECT_EQ(readBytes(out + QStringLiteral("/b.txt")),
        QByteArray("0 0.32890625 0.17152777777777778 0.06875 0.018055555555555554\n"));

    auto batch = YoloFormat().read(out, {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 2u);
    EXPECT_EQ(QFileInfo(batch->images[0].imagePath).fileName(), QStringLiteral("b.png"));
    expectSameRegions({ makeRegion(Polygon::fromBox({ 377, 117, 465, 130 }), QString()) }, batch->images[0].regions);
    expectSameRegions(image.regions, batch->images[1].regions);
}

TEST(YoloFormat, KeepsTheBoundingBoxesOfTheSharedIcdarQuads)
{
    LECTOR_REQUIRE_SHARED_DATA();
    const QString icdar = lector::test::sharedDataDir() + QStringLiteral("/icdar2015");
    ReadOptions icdarOptions;
    icdarOptions.imagesDir = icdar + QStringLiteral("/imgs/test");
    auto source = Icdar2015Format().read(icdar + QStringLiteral("/annotations/test"), icdarOptions);
    ASSERT_TRUE(source.has_value()) << source.error().toString();
    ExportSet set;
    size_t cared = 0;
    for (const ImportedImage& in : source->images) {
        ExportImage image;
        image.absolutePath = in.imagePath;
        image.relativePath = QFileInfo(in.imagePath).fileName();
        image.regions = in.regions;
        set.images.push_back(image);
        for (const Region& r : in.regions)
            cared += r.isDontCare() ? 0 : 1;
    }
    ASSERT_EQ(cared, 62u - 50u); // README: 62 quads, 50 of them "###"

    QTemporaryDir dir;
    ASSERT_TRUE(YoloFormat().write(set, dir.path(), {}).has_value());
    ReadOptions options;
    options.imagesDir = icdarOptions.imagesDir;
    auto batch = YoloFormat().read(dir.path(), options);
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 7u);
    EXPECT_EQ(batch->regionCount(), cared);
    for (size_t i = 0; i < batch->images.size(); ++i) {
        EXPECT_EQ(batch->images[i].width, 1280);
        EXPECT_EQ(batch->images[i].height, 720);
        std::vector<Region> expected;
        for (const Region& r : set.images[i].regions) {
            if (!r.isDontCare())
                expected.push_back(makeRegion(Polygon::fromBox(r.polygon.boundingBox()), QString()));
        }
        expectSameRegions(expected, batch->images[i].regions);
    }
}

TEST(YoloFormat, RejectsMalformedLinesWithTheirLine)
{
    const char* bad[] = { "0 0.5 0.5 0.2", "0 0.5 0.5 0.2 0.2 0.9 7", "0 0.5 nan 0.2 0.2", "0 0.5 0.5 inf 0.2",
        "0 0.5 0.5 0.2 0.2 -inf", "0 0.5 0.5 0.2 x", "-1 0.5 0.5 0.2 0.2", "text 0.5 0.5 0.2 0.2", "0 0.5 0.5 0 0.2",
        "0 0.5 0.5 0.2 -0.1", "0 0.5 0.5 0.2 1e999" };
    for (const char* line : bad) {
        SCOPED_TRACE(line);
        QTemporaryDir dir;
        writeImage(dir.path(), QStringLiteral("a.png"), 20, 10);
        const QString file
            = writeBytes(dir.path(), QStringLiteral("a.txt"), QByteArray("0 0.5 0.5 0.2 0.2\r\n") + line + "\r\n");
        const Error e = readError(file);
        expectParseErrorAt(e, file, 2);
    }
}

TEST(YoloFormat, RejectsBadUtf8AndMissingImagesNamingTheLabelFile)
{
    {
        QTemporaryDir dir;
        writeImage(dir.path(), QStringLiteral("a.png"), 20, 10);
        const QString file
            = writeBytes(dir.path(), QStringLiteral("a.txt"), "0 0.5 0.5 0.2 0.2\n0 0.5 0.5 0.2 0.2\xFE\n");
        const Error e = readError(file);
        EXPECT_EQ(e.path, file);
        EXPECT_EQ(e.line, 2);
    }
    {
        QTemporaryDir dir;
        const QString file = writeBytes(dir.path(), QStringLiteral("lonely.txt"), "0 0.5 0.5 0.2 0.2\n");
        const Error e = readError(file);
        EXPECT_EQ(e.code, ErrorCode::NotFound);
        EXPECT_EQ(e.path, file);
        EXPECT_TRUE(e.message.contains(QStringLiteral("lonely"))) << e.message;
    }
    {
        QTemporaryDir dir;
        writeBytes(dir.path(), QStringLiteral("broken.png"), "not a png");
        const QString file = writeBytes(dir.path(), QStringLiteral("broken.txt"), "0 0.5 0.5 0.2 0.2\n");
        const Error e = readError(file);
        EXPECT_EQ(e.code, ErrorCode::Decode);
        EXPECT_EQ(e.path, file);
    }
}
