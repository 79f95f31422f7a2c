// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/image/image_probe.h>

#include "image/image_test_support.h"
#include "io/format_test_support.h"

#include <lector/image/image_header.h>

#include <QDir>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <gtest/gtest.h>

using namespace lector;
using namespace lector::test;

namespace {

/// The pixel limit for one test, put back after it.
class PixelLimit {
public:
    explicit PixelLimit(std::int64_t pixels)
        : m_before(imagePixelLimit())
    {
        setImagePixelLimit(pixels);
    }
    ~PixelLimit() { setImagePixelLimit(m_before); }
    PixelLimit(const PixelLimit&) = delete;
    PixelLimit& operator=(const PixelLimit&) = delete;

private:
    std::int64_t m_before;
};

ImageSize openCvSize(const QString& path)
{
    const cv::Mat img = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
    return { img.cols, img.rows };
}

} // namespace

TEST(ImageProbe, HalfAJpegIsTruncatedNotDecodable)
{
    // libjpeg fills what is missing with grey and only warns, so OpenCV decoded half a file as a whole image.
    QTemporaryDir dir;
    const QByteArray jpeg = encoded(".jpg", patterned(640, 480));
    const QString whole = writeBytes(dir.path(), QStringLiteral("whole.jpg"), jpeg);
    const QString half = writeBytes(dir.path(), QStringLiteral("half.jpg"), jpeg.left(jpeg.size() / 2));
    ASSERT_FALSE(cv::imread(half.toStdString()).empty()) << "OpenCV takes it: the reason for this check";
    auto good = probeImage(whole);
    ASSERT_TRUE(good) << good.error().toString();
    EXPECT_EQ(good->width, 640);
    EXPECT_EQ(good->height, 480);
    auto bad = probeImage(half);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::Decode);
    EXPECT_EQ(bad.error().path, half);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("truncated"))) << bad.error().toString();
}

TEST(ImageProbe, HalfAPngIsTruncatedAndCorruptDataIsNamed)
{
    QTemporaryDir dir;
    const QByteArray png = encoded(".png", patterned(300, 200));
    auto half = probeImage(writeBytes(dir.path(), QStringLiteral("half.png"), png.left(png.size() / 2)));
    ASSERT_FALSE(half);
    EXPECT_EQ(half.error().code, ErrorCode::Decode);
    EXPECT_TRUE(half.error().message.contains(QStringLiteral("truncated"))) << half.error().toString();

    QByteArray damaged = png;
    damaged[20] = char(damaged[20] ^ 0x40); // inside IHDR: its CRC no longer matches
    auto crc = probeImage(writeBytes(dir.path(), QStringLiteral("crc.png"), damaged));
    ASSERT_FALSE(crc);
    EXPECT_EQ(crc.error().code, ErrorCode::Decode);
    EXPECT_TRUE(crc.error().message.contains(QStringLiteral("PNG"))) << crc.error().toString();
}

TEST(ImageProbe, SizesAreThoseOpenCvShows)
{
    // The stored width and height must not change with the decoder: EXIF orientation in JPEG and PNG (eXIf), grey,
    // palette, 16-bit and alpha PNGs, interlaced PNGs, and the formats OpenCV still decodes.
    QTemporaryDir dir;
    const cv::Mat img = patterned(50, 20);
    std::vector<QString> files;
    for (int o : { 1, 3, 6, 8 })
        files.push_back(
            writeBytes(dir.path(), QStringLiteral("o%1.jpg").arg(o), withExifOrientation(encoded(".jpg", img), o)));
    for (int o : { 1, 6 })
        files.push_back(writeBytes(dir.path(), QStringLiteral("o%1.png").arg(o),
            withChunkAfterHeader(encoded(".png", img), pngChunk("eXIf", tiffWithOrientation(o)))));
    cv::Mat grey;
    cv::cvtColor(img, grey, cv::COLOR_BGR2GRAY);
    files.push_back(writeBytes(dir.path(), QStringLiteral("grey.png"), encoded(".png", grey)));
    cv::Mat wide;
    img.convertTo(wide, CV_16UC3, 257);
    files.push_back(writeBytes(dir.path(), QStringLiteral("16bit.png"), encoded(".png", wide)));
    cv::Mat alpha;
    cv::cvtColor(img, alpha, cv::COLOR_BGR2BGRA);
    files.push_back(writeBytes(dir.path(), QStringLiteral("alpha.png"), encoded(".png", alpha)));
    files.push_back(writeBytes(dir.path(), QStringLiteral("grey.jpg"), encoded(".jpg", grey)));
    files.push_back(writeBytes(
        dir.path(), QStringLiteral("progressive.jpg"), encoded(".jpg", img, { cv::IMWRITE_JPEG_PROGRESSIVE, 1 })));
    for (const char* ext : { "bmp", "tif", "webp" })
        files.push_back(writeImage(dir.path(), QStringLiteral("x.%1").arg(QLatin1String(ext)), 50, 20));
    if (!sharedDataDir().isEmpty()) {
        const QDir shared(sharedDataDir() + QStringLiteral("/icdar2015/imgs/test"));
        for (const QString& name : shared.entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name))
            files.push_back(shared.filePath(name));
    }
    for (const QString& file : files) {
        SCOPED_TRACE(file.toStdString());
        auto probe = probeImage(file);
        ASSERT_TRUE(probe) << probe.error().toString();
        const ImageSize expected = openCvSize(file);
        EXPECT_EQ(probe->width, expected.width);
        EXPECT_EQ(probe->height, expected.height);
        EXPECT_EQ(probe->sha256.size(), 64);
    }
}

TEST(ImageProbe, AnImageAboveThePixelLimitIsRefusedFromItsHeader)
{
    QTemporaryDir dir;
    const QString png = writeImage(dir.path(), QStringLiteral("wide.png"), 2000, 1000);
    const QString tif = writeImage(dir.path(), QStringLiteral("wide.tif"), 2000, 1000);
    {
        PixelLimit limit(1'000'000);
        for (const QString& file : { png, tif }) {
            auto probe = probeImage(file);
            ASSERT_FALSE(probe) << file;
            EXPECT_EQ(probe.error().path, file);
            EXPECT_EQ(probe.error().message,
                QStringLiteral("the image is 2000×1000 pixels (2 megapixels), above the limit of 1 megapixels (raise "
                               "it with --max-megapixels or LECTOR_MAX_MEGAPIXELS)"));
        }
    }
    {
        PixelLimit limit(2'000'000); // at the limit is within it
        EXPECT_TRUE(probeImage(png));
    }
    {
        PixelLimit none(0);
        EXPECT_EQ(imagePixelLimit(), 0);
        EXPECT_TRUE(probeImage(png));
    }
    EXPECT_EQ(imagePixelLimit(), kDefaultImagePixelLimit) << "LECTOR_MAX_MEGAPIXELS is not set in the tests";
}

TEST(ImageProbe, CodecWarningsGoToTheLogNotToStderr)
{
    // A PNG whose ancillary text chunk has a bad CRC: libpng warns and goes on. Through OpenCV the warning was
    // printed on stderr, ahead of Lector's own output.
    QTemporaryDir dir;
    const QString file = writeBytes(dir.path(), QStringLiteral("warns.png"),
        withChunkAfterHeader(encoded(".png", patterned(30, 20)), pngChunk("tEXt", "Comment\0hello", true)));
    testing::internal::CaptureStderr();
    auto probe = probeImage(file);
    const std::string printed = testing::internal::GetCapturedStderr();
    ASSERT_TRUE(probe) << probe.error().toString();
    EXPECT_EQ(probe->width, 30);
    EXPECT_EQ(printed, "");
}
