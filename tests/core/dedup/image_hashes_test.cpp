// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/dedup/image_hashes.h>

#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

using namespace lector;

namespace {

QString funsdPage()
{
    const QString dir = test::sharedDataDir();
    if (dir.isEmpty())
        return {};
    const QStringList pages = QDir(dir + QStringLiteral("/funsd/training_data/images"))
                                  .entryList({ QStringLiteral("*.png") }, QDir::Files, QDir::Name);
    return pages.isEmpty() ? QString() : dir + QStringLiteral("/funsd/training_data/images/") + pages.first();
}

std::uint32_t crc32(const QByteArray& bytes)
{
    std::uint32_t crc = 0xFFFFFFFFU;
    for (char ch : bytes) {
        crc ^= std::uint8_t(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320U & (0U - (crc & 1U)));
    }
    return ~crc;
}

void putBe32(QByteArray& out, std::uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out += char(std::uint8_t(v >> shift));
}

// The PNG with a tEXt chunk after IHDR: other bytes, other metadata, the same pixels.
QByteArray withTextChunk(const QByteArray& png)
{
    const int ihdrEnd = 8 + 4 + 4 + 13 + 4;
    const QByteArray body = QByteArray("tEXt") + QByteArray("Comment") + '\0' + QByteArray("re-saved by the test");
    QByteArray chunk;
    putBe32(chunk, std::uint32_t(body.size() - 4));
    chunk += body;
    putBe32(chunk, crc32(body));
    return png.left(ihdrEnd) + chunk + png.mid(ihdrEnd);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

TEST(ImageHashes, DctHashMatchesTheScipyReference)
{
    // Expected bits from tests/core/dedup/phash_reference.py (scipy.fftpack DCT, norm="ortho").
    const std::vector<std::pair<int, std::uint64_t>> expected
        = { { 0, 0xadfcf8e898f80071ULL }, { 1, 0xf8b9e8f0835121ebULL }, { 2, 0xe3708b21cb2be1abULL },
              { 3, 0x42b9428b42cbf67bULL }, { 4, 0x0687169f13175f17ULL }, { 5, 0xc7864746874ece87ULL } };
    for (const auto& [seed, bits] : expected) {
        std::vector<float> pixels(32 * 32);
        for (int r = 0; r < 32; ++r) {
            for (int c = 0; c < 32; ++c)
                pixels[std::size_t(r * 32 + c)]
                    = float((r * r * 3 + c * 7 + r * c * (seed % 5 + 1) + seed * 31 + (c * c * seed) % 17) % 256);
        }
        EXPECT_EQ(dctHash(pixels.data()), bits) << "seed " << seed;
    }
}

TEST(ImageHashes, ExactMeansTheSamePixelsNotTheSameBytes)
{
    const QString page = funsdPage();
    if (page.isEmpty())
        GTEST_SKIP() << "no shared data";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile in(page);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray original = in.readAll();
    const QString a = dir.filePath(QStringLiteral("a.png"));
    const QString resaved = dir.filePath(QStringLiteral("b.png"));
    const QString jpeg = dir.filePath(QStringLiteral("c.jpg"));
    ASSERT_TRUE(writeFile(a, original));
    ASSERT_TRUE(writeFile(resaved, withTextChunk(original)));
    const cv::Mat pixels = cv::imread(page.toStdString(), cv::IMREAD_COLOR);
    ASSERT_TRUE(cv::imwrite(jpeg.toStdString(), pixels, { cv::IMWRITE_JPEG_QUALITY, 100 }));

    const auto shaA = decodedPixelSha256(a);
    const auto shaB = decodedPixelSha256(resaved);
    const auto shaC = decodedPixelSha256(jpeg);
    ASSERT_TRUE(shaA && shaB && shaC);
    EXPECT_EQ(*shaA, *shaB); // metadata differs, pixels do not
    EXPECT_NE(*shaA, *shaC); // JPEG q=100 is still lossy
    EXPECT_EQ(shaA->size(), 64);

    // The perceptual hashes see all three as one page.
    const auto ha = hashImageFile(a);
    const auto hc = hashImageFile(jpeg);
    ASSERT_TRUE(ha && hc);
    EXPECT_EQ(ha->width, pixels.cols);
    EXPECT_EQ(ha->height, pixels.rows);
    EXPECT_LE(hashDistance(ha->phash, hc->phash), 2);
    EXPECT_LE(hashDistance(ha->dhash, hc->dhash), 4);
}

TEST(ImageHashes, ReducedJpegDecodeKeepsTheFullSize)
{
    const QString page = funsdPage();
    if (page.isEmpty())
        GTEST_SKIP() << "no shared data";
    QTemporaryDir dir;
    cv::Mat big;
    cv::resize(cv::imread(page.toStdString(), cv::IMREAD_COLOR), big, cv::Size(2000, 3000));
    const QString path = dir.filePath(QStringLiteral("big.jpg"));
    ASSERT_TRUE(cv::imwrite(path.toStdString(), big));
    const auto h = hashImageFile(path);
    ASSERT_TRUE(h);
    EXPECT_EQ(h->width, 2000);
    EXPECT_EQ(h->height, 3000);
    const auto whole = hashImageFile(page);
    ASSERT_TRUE(whole);
    EXPECT_LE(hashDistance(h->phash, whole->phash), 4);
}

TEST(ImageHashes, MissingAndBrokenFilesAreErrorsNamingTheFile)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("gone.png"));
    const auto a = hashImageFile(missing);
    ASSERT_FALSE(a);
    EXPECT_EQ(a.error().path, missing);
    const QString broken = dir.filePath(QStringLiteral("broken.jpg"));
    static const char notAJpeg[] = "\xFF\xD8\xFF\xE0 not really a jpeg";
    ASSERT_TRUE(writeFile(broken, QByteArray(notAJpeg, sizeof notAJpeg - 1)));
    const auto b = hashImageFile(broken);
    ASSERT_FALSE(b);
    EXPECT_EQ(b.error().path, broken);
    EXPECT_FALSE(decodedPixelSha256(broken));
}
