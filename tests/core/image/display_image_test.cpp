// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/image/display_image.h>

#include "image/image_test_support.h"
#include "io/format_test_support.h"

#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <gtest/gtest.h>

using namespace lector;
using namespace lector::test;

namespace {

/// The display image as a cv::Mat in OpenCV's BGR order, to compare with imread.
cv::Mat asBgr(const DisplayImage& image)
{
    const cv::Mat rgb(
        image.height, image.width, CV_8UC3, const_cast<char*>(image.rgb.constData()), std::size_t(image.bytesPerLine));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

double maxDifference(const cv::Mat& a, const cv::Mat& b)
{
    double most = 0;
    cv::minMaxLoc(cv::abs(a - b) + cv::abs(b - a), nullptr, &most);
    return most;
}

double meanDifference(const cv::Mat& a, const cv::Mat& b)
{
    cv::Mat diff;
    cv::absdiff(a, b, diff);
    const cv::Scalar m = cv::mean(diff);
    return (m[0] + m[1] + m[2]) / 3;
}

/// What OpenCV shows, reduced by `f` with INTER_AREA (a box filter for whole factors): the reference.
cv::Mat reference(const QString& path, int f)
{
    cv::Mat full = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
    if (f == 1)
        return full;
    cv::Mat out;
    cv::resize(full, out, cv::Size((full.cols + f - 1) / f, (full.rows + f - 1) / f), 0, 0, cv::INTER_AREA);
    return out;
}

void expectLayout(const DisplayImage& image)
{
    EXPECT_EQ(image.bytesPerLine % 4, 0);
    EXPECT_GE(image.bytesPerLine, image.width * 3);
    EXPECT_EQ(image.rgb.size(), qsizetype(image.bytesPerLine) * image.height);
}

} // namespace

TEST(DisplayImage, ASmallImageIsDecodedWholeWithOpenCvsPixels)
{
    QTemporaryDir dir;
    for (const char* name : { "a.png", "a.jpg", "a.bmp", "a.webp" }) {
        SCOPED_TRACE(name);
        const QString path = writeBytes(
            dir.path(), QLatin1String(name), encoded(name + 1, patterned(101, 37), { cv::IMWRITE_WEBP_QUALITY, 101 }));
        auto image = decodeDisplayImage(path);
        ASSERT_TRUE(image) << image.error().toString();
        expectLayout(*image);
        EXPECT_EQ(image->reduction, 1);
        EXPECT_EQ(image->fullSize, (ImageSize { 101, 37 }));
        EXPECT_EQ(image->width, 101);
        EXPECT_EQ(image->height, 37);
        // libjpeg through OpenCV and directly: the same decoder with the same settings.
        EXPECT_EQ(maxDifference(asBgr(*image), reference(path, 1)), 0);
    }
}

TEST(DisplayImage, ALargePngIsReducedByABoxFilterRowByRow)
{
    QTemporaryDir dir;
    const QString path = writeBytes(dir.path(), QStringLiteral("big.png"), encoded(".png", patterned(3001, 2003)));
    auto image = decodeDisplayImage(path, 1'000'000);
    ASSERT_TRUE(image) << image.error().toString();
    expectLayout(*image);
    // 3001 x 2003 is 6 megapixels, halved 1.5: a quarter is the first power of two under 1 megapixel.
    EXPECT_EQ(image->reduction, 4);
    EXPECT_EQ(image->fullSize, (ImageSize { 3001, 2003 }));
    EXPECT_EQ(image->width, 751);
    EXPECT_EQ(image->height, 501);
    // The same 4 x 4 blocks averaged by OpenCV (INTER_AREA with a whole factor is a box filter); the partial blocks
    // at the right and bottom edges are left out of the comparison, as INTER_AREA would weigh a 3001-wide image.
    cv::Mat expected;
    cv::resize(
        cv::imread(path.toStdString())(cv::Rect(0, 0, 3000, 2000)), expected, cv::Size(750, 500), 0, 0, cv::INTER_AREA);
    EXPECT_LE(maxDifference(asBgr(*image)(cv::Rect(0, 0, 750, 500)), expected), 2) << "OpenCV rounds in two steps";
    EXPECT_LT(meanDifference(asBgr(*image)(cv::Rect(0, 0, 750, 500)), expected), 0.5);
}

TEST(DisplayImage, ALargeJpegIsDecodedAtAFractionOfItsSize)
{
    QTemporaryDir dir;
    const QString path = writeBytes(dir.path(), QStringLiteral("big.jpg"), encoded(".jpg", smooth(4000, 3000)));
    auto image = decodeDisplayImage(path, 1'000'000);
    ASSERT_TRUE(image) << image.error().toString();
    expectLayout(*image);
    EXPECT_EQ(image->reduction, 4);
    EXPECT_EQ(image->width, 1000);
    EXPECT_EQ(image->height, 750);
    // libjpeg's scaled transform is not a box filter of the full decode, but close to it.
    EXPECT_LT(meanDifference(asBgr(*image), reference(path, 4)), 1.5);

    // Past libjpeg's 1/8 the box filter does the rest: 125 x 94 at 1/32 is still above 10,000 pixels.
    auto tiny = decodeDisplayImage(path, 10'000);
    ASSERT_TRUE(tiny) << tiny.error().toString();
    EXPECT_EQ(tiny->reduction, 64);
    EXPECT_EQ(tiny->width, 63);
    EXPECT_EQ(tiny->height, 47);
    EXPECT_LT(meanDifference(asBgr(*tiny), reference(path, 64)), 3);
}

TEST(DisplayImage, PixelsAreUprightAsOpenCvTurnsThem)
{
    QTemporaryDir dir;
    const cv::Mat img = patterned(64, 24);
    for (int o = 1; o <= 8; ++o) {
        SCOPED_TRACE(o);
        const QString jpeg = writeBytes(dir.path(), QStringLiteral("o%1.jpg").arg(o),
            withExifOrientation(encoded(".jpg", img, { cv::IMWRITE_JPEG_QUALITY, 100 }), o));
        const QString png = writeBytes(dir.path(), QStringLiteral("o%1.png").arg(o),
            withChunkAfterHeader(encoded(".png", img), pngChunk("eXIf", tiffWithOrientation(o))));
        for (const QString& path : { jpeg, png }) {
            auto image = decodeDisplayImage(path);
            ASSERT_TRUE(image) << image.error().toString();
            const ImageSize shown = o >= 5 ? ImageSize { 24, 64 } : ImageSize { 64, 24 };
            EXPECT_EQ(image->fullSize, shown);
            EXPECT_EQ(image->width, shown.width);
            EXPECT_EQ(maxDifference(asBgr(*image), reference(path, 1)), 0) << path;
            auto reduced = decodeDisplayImage(path, 400);
            ASSERT_TRUE(reduced);
            EXPECT_EQ(reduced->fullSize, shown);
            EXPECT_EQ(reduced->width, (shown.width + reduced->reduction - 1) / reduced->reduction);
        }
    }
}

TEST(DisplayImage, InterlacedPngsAndOtherFormatsAreReducedToo)
{
    QTemporaryDir dir;
    // OpenCV writes no interlaced PNG: a 2 x 2 grey one by hand. Adam7 puts pixel (0, 0) in pass 1, (1, 0) in pass 6
    // and the second row in pass 7; each pass row starts with its filter byte (0).
    const QByteArray ihdr("\0\0\0\x02\0\0\0\x02\x08\0\0\0\x01", 13); // 2 x 2, 8-bit grey, interlaced
    const QByteArray passes("\0\x00\0\x40\0\x80\xC0", 7);
    const QByteArray interlaced = QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr)
        + pngChunk("IDAT", qCompress(passes).mid(4)) + pngChunk("IEND", {});
    const QString path = writeBytes(dir.path(), QStringLiteral("adam7.png"), interlaced);
    ASSERT_FALSE(cv::imread(path.toStdString()).empty());
    auto image = decodeDisplayImage(path);
    ASSERT_TRUE(image) << image.error().toString();
    EXPECT_EQ(image->fullSize, (ImageSize { 2, 2 }));
    EXPECT_EQ(maxDifference(asBgr(*image), reference(path, 1)), 0);

    const QString tif = writeImage(dir.path(), QStringLiteral("big.tif"), 1200, 800);
    auto reduced = decodeDisplayImage(tif, 100'000);
    ASSERT_TRUE(reduced) << reduced.error().toString();
    EXPECT_EQ(reduced->reduction, 4);
    EXPECT_EQ(reduced->width, 300);
    EXPECT_EQ(maxDifference(asBgr(*reduced), reference(tif, 4)), 0);
}

TEST(DisplayImage, ErrorsNameTheFile)
{
    QTemporaryDir dir;
    auto missing = decodeDisplayImage(dir.filePath(QStringLiteral("nope.png")));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    const QByteArray jpeg = encoded(".jpg", patterned(200, 100));
    const QString half = writeBytes(dir.path(), QStringLiteral("half.jpg"), jpeg.left(jpeg.size() / 2));
    auto truncated = decodeDisplayImage(half);
    ASSERT_FALSE(truncated);
    EXPECT_EQ(truncated.error().path, half);
    EXPECT_TRUE(truncated.error().message.contains(QStringLiteral("truncated"))) << truncated.error().toString();
    auto text = decodeDisplayImage(writeBytes(dir.path(), QStringLiteral("text.png"), "not a picture"));
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().code, ErrorCode::Decode);
}
