// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/image/image_header.h>

#include "io/format_test_support.h"

#include <QDir>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>

#include <gtest/gtest.h>

using lector::ImageSize;
using lector::readImageSize;

namespace {

/// The size OpenCV reports after decoding (EXIF orientation applied): the reference.
ImageSize decodedSize(const QString& path)
{
    const cv::Mat img = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
    return { img.cols, img.rows };
}

/// An APP1 Exif segment holding only the Orientation tag (big-endian TIFF).
QByteArray exifOrientationSegment(int orientation)
{
    QByteArray tiff("MM\0\x2A\0\0\0\x08", 8); // header, IFD0 at offset 8
    tiff += QByteArray("\0\x01", 2); // one entry
    tiff += QByteArray("\x01\x12\0\x03\0\0\0\x01", 8); // tag 0x0112, SHORT, count 1
    tiff += char(0);
    tiff += char(orientation);
    tiff += QByteArray(2, '\0');
    tiff += QByteArray(4, '\0'); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    const int length = int(payload.size()) + 2;
    segment += char(length >> 8);
    segment += char(length & 0xFF);
    return segment + payload;
}

} // namespace

TEST(ImageHeader, MatchesOpenCvOnTheSharedJpegs)
{
    LECTOR_REQUIRE_SHARED_DATA();
    const QDir dir(lector::test::sharedDataDir() + QStringLiteral("/icdar2015/imgs/test"));
    const QStringList names = dir.entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name);
    ASSERT_EQ(names.size(), 7);
    for (const QString& name : names) {
        const auto size = readImageSize(dir.filePath(name));
        ASSERT_TRUE(size.has_value()) << name;
        EXPECT_EQ(size->width, decodedSize(dir.filePath(name)).width) << name;
        EXPECT_EQ(size->height, decodedSize(dir.filePath(name)).height) << name;
        // The dataset README: 1280x720 frames.
        EXPECT_EQ(size->width, 1280);
        EXPECT_EQ(size->height, 720);
    }
}

TEST(ImageHeader, ReadsPngBmpAndJpegHeadersLikeOpenCv)
{
    QTemporaryDir dir;
    for (const char* suffix : { "png", "bmp", "jpg", "tif" }) {
        for (const auto& [w, h] : { std::pair { 37, 21 }, std::pair { 1, 1 }, std::pair { 300, 1001 } }) {
            const QString path = lector::test::writeImage(
                dir.path(), QStringLiteral("%1x%2.%3").arg(w).arg(h).arg(QLatin1String(suffix)), w, h);
            SCOPED_TRACE(path.toStdString());
            const auto size = readImageSize(path);
            ASSERT_TRUE(size.has_value());
            EXPECT_EQ(*size, decodedSize(path));
            EXPECT_EQ(size->width, w);
            EXPECT_EQ(size->height, h);
        }
    }
}

TEST(ImageHeader, SwapsWidthAndHeightForRotatingExifOrientations)
{
    QTemporaryDir dir;
    std::vector<uchar> jpeg;
    ASSERT_TRUE(cv::imencode(".jpg", cv::Mat(20, 50, CV_8UC3, cv::Scalar(10, 20, 30)), jpeg));
    const QByteArray plain(reinterpret_cast<const char*>(jpeg.data()), int(jpeg.size()));
    for (int orientation : { 1, 3, 6, 8 }) {
        SCOPED_TRACE(orientation);
        // The Exif segment goes right after SOI, before OpenCV's JFIF APP0.
        const QByteArray bytes = plain.left(2) + exifOrientationSegment(orientation) + plain.mid(2);
        const QString path = lector::test::writeBytes(dir.path(), QStringLiteral("o%1.jpg").arg(orientation), bytes);
        const auto size = readImageSize(path);
        ASSERT_TRUE(size.has_value());
        EXPECT_EQ(*size, decodedSize(path));
        EXPECT_EQ(size->width, orientation >= 5 ? 20 : 50);
    }
}

TEST(ImageHeader, GivesNothingForMissingOrNonImageFiles)
{
    QTemporaryDir dir;
    EXPECT_FALSE(readImageSize(dir.filePath(QStringLiteral("missing.png"))).has_value());
    EXPECT_FALSE(
        readImageSize(lector::test::writeBytes(dir.path(), QStringLiteral("a.png"), "not an image")).has_value());
    // A truncated PNG: the signature without IHDR, which OpenCV cannot decode either.
    EXPECT_FALSE(readImageSize(
        lector::test::writeBytes(dir.path(), QStringLiteral("b.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)))
                     .has_value());
}

TEST(ImageHeader, HeaderSizeReadsTiffAndWebpWithoutDecoding)
{
    QTemporaryDir dir;
    for (const char* suffix : { "png", "bmp", "jpg", "tif", "webp" }) {
        for (const auto& [w, h] : { std::pair { 37, 21 }, std::pair { 1, 1 }, std::pair { 300, 1001 } }) {
            const QString path = lector::test::writeImage(
                dir.path(), QStringLiteral("%1x%2.%3").arg(w).arg(h).arg(QLatin1String(suffix)), w, h);
            SCOPED_TRACE(path.toStdString());
            const auto size = lector::readImageHeaderSize(path);
            ASSERT_TRUE(size.has_value());
            EXPECT_EQ(*size, decodedSize(path));
        }
    }
    // Lossless WebP (VP8L) has a header of its own.
    std::vector<uchar> lossless;
    ASSERT_TRUE(cv::imencode(
        ".webp", cv::Mat(33, 77, CV_8UC3, cv::Scalar(1, 2, 3)), lossless, { cv::IMWRITE_WEBP_QUALITY, 101 }));
    const QString path = lector::test::writeBytes(dir.path(), QStringLiteral("lossless.webp"),
        QByteArray(reinterpret_cast<const char*>(lossless.data()), int(lossless.size())));
    ASSERT_EQ(QByteArray(reinterpret_cast<const char*>(lossless.data()) + 12, 4), QByteArray("VP8L"));
    EXPECT_EQ(lector::readImageHeaderSize(path), (ImageSize { 77, 33 }));
    EXPECT_FALSE(lector::readImageHeaderSize(
        lector::test::writeBytes(dir.path(), QStringLiteral("x.webp"), "RIFF\0\0\0\0WEBPVP8X")));
}
