// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/dedup/image_hashes.h>

#include "reduced_decode.h"

#include <lector/core/tr.h>
#include <lector/dedup/pair_check.h>
#include <lector/image/image_header.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>

namespace lector {

namespace {

constexpr int kShortSideKept = 128;

std::uint64_t medianBits(const std::array<float, 64>& values)
{
    std::array<float, 64> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const float median = (sorted[31] + sorted[32]) / 2.0F;
    std::uint64_t bits = 0;
    for (int k = 0; k < 64; ++k) {
        if (values[std::size_t(k)] > median)
            bits |= std::uint64_t(1) << k;
    }
    return bits;
}

std::uint64_t phashOf(const cv::Mat& gray)
{
    cv::Mat small;
    cv::resize(gray, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    cv::Mat f;
    small.convertTo(f, CV_32F);
    return dctHash(f.ptr<float>(0));
}

std::uint64_t dhashOf(const cv::Mat& gray)
{
    cv::Mat small;
    cv::resize(gray, small, cv::Size(9, 8), 0, 0, cv::INTER_AREA);
    std::uint64_t bits = 0;
    for (int r = 0; r < 8; ++r) {
        const auto* row = small.ptr<std::uint8_t>(r);
        for (int c = 0; c < 8; ++c) {
            if (row[c + 1] > row[c])
                bits |= std::uint64_t(1) << (r * 8 + c);
        }
    }
    return bits;
}

// The content box: rows and columns holding enough ink (pixels well below the page's background level). Scans
// have their text on a lighter page; a border, a scanner's margin or a crop of the margins changes only what lies
// outside this box.
cv::Rect contentBox(const cv::Mat& gray)
{
    cv::Mat blurred;
    cv::GaussianBlur(gray, blurred, cv::Size(3, 3), 0);
    // The background is the 90th percentile of intensity; ink is what is clearly darker.
    std::array<int, 256> histogram {};
    for (int r = 0; r < blurred.rows; ++r) {
        const auto* row = blurred.ptr<std::uint8_t>(r);
        for (int c = 0; c < blurred.cols; ++c)
            ++histogram[row[c]];
    }
    const std::int64_t total = std::int64_t(blurred.rows) * blurred.cols;
    std::int64_t seen = 0;
    int background = 255;
    for (int v = 0; v < 256; ++v) {
        seen += histogram[std::size_t(v)];
        if (seen * 10 >= total * 9) {
            background = v;
            break;
        }
    }
    cv::Mat ink = blurred < std::max(0, background - 48);
    cv::Mat rowCount, colCount;
    cv::reduce(ink / 255, rowCount, 1, cv::REDUCE_SUM, CV_32S);
    cv::reduce(ink / 255, colCount, 0, cv::REDUCE_SUM, CV_32S);
    const int rowNeed = std::max(1, blurred.cols / 200);
    const int colNeed = std::max(1, blurred.rows / 200);
    int top = 0, bottom = blurred.rows - 1, left = 0, right = blurred.cols - 1;
    while (top < bottom && rowCount.at<int>(top, 0) < rowNeed)
        ++top;
    while (bottom > top && rowCount.at<int>(bottom, 0) < rowNeed)
        --bottom;
    while (left < right && colCount.at<int>(0, left) < colNeed)
        ++left;
    while (right > left && colCount.at<int>(0, right) < colNeed)
        --right;
    // A page with (almost) no ink keeps its whole area.
    if (bottom - top < blurred.rows / 8 || right - left < blurred.cols / 8)
        return { 0, 0, blurred.cols, blurred.rows };
    return { left, top, right - left + 1, bottom - top + 1 };
}

} // namespace

namespace detail {

namespace {

bool isJpeg(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(3);
    return head.size() == 3 && std::uint8_t(head[0]) == 0xFF && std::uint8_t(head[1]) == 0xD8
        && std::uint8_t(head[2]) == 0xFF;
}

} // namespace

DecodeHeader readDecodeHeader(const QString& path)
{
    DecodeHeader header;
    header.jpeg = isJpeg(path);
    if (header.jpeg)
        header.size = readImageHeaderSize(path);
    return header;
}

int reductionFactor(int side, int keep)
{
    int factor = 1;
    while (factor < 8 && side / (factor * 2) >= keep)
        factor *= 2;
    return factor;
}

int reducedGrayFlag(const DecodeHeader& header, int keep, bool longSide)
{
    if (!header.jpeg || !header.size)
        return cv::IMREAD_GRAYSCALE;
    const ImageSize& size = *header.size;
    switch (reductionFactor(longSide ? std::max(size.width, size.height) : std::min(size.width, size.height), keep)) {
    case 8:
        return cv::IMREAD_REDUCED_GRAYSCALE_8;
    case 4:
        return cv::IMREAD_REDUCED_GRAYSCALE_4;
    case 2:
        return cv::IMREAD_REDUCED_GRAYSCALE_2;
    default:
        return cv::IMREAD_GRAYSCALE;
    }
}

int reducedGrayFlag(const QString& path, int keep, bool longSide)
{
    return reducedGrayFlag(readDecodeHeader(path), keep, longSide);
}

Result<cv::Mat> readImage(const QString& path, int flag)
{
    if (!QFileInfo::exists(path))
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("the image is missing")).at(path);
    cv::Mat m;
    try {
        m = cv::imread(path.toStdString(), flag);
    } catch (const cv::Exception& e) {
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("the image does not decode"))
            .at(path)
            .withDetail(QString::fromStdString(e.what()));
    }
    if (m.empty())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("the image does not decode")).at(path);
    return m;
}

} // namespace detail

std::uint64_t dctHash(const float* pixels32x32)
{
    cv::Mat input(32, 32, CV_32F, const_cast<float*>(pixels32x32));
    cv::Mat coefficients;
    cv::dct(input, coefficients);
    std::array<float, 64> low {};
    std::size_t k = 0;
    for (int r = 0; r < 8; ++r) {
        for (int c = 0; c < 8; ++c)
            low[k++] = coefficients.at<float>(r, c);
    }
    return medianBits(low);
}

Result<ImageHashes> hashImageFile(const QString& path) { return detail::hashImageFile(path, nullptr); }

Result<ImageHashes> detail::hashImageFile(const QString& path, cv::Mat* page)
{
    // The header is read once: for the hashes' decode, the page's, and a reduced JPEG's size.
    const detail::DecodeHeader header = detail::readDecodeHeader(path);
    const int flag = detail::reducedGrayFlag(header, kShortSideKept, false);
    auto read = detail::readImage(path, flag);
    if (!read)
        return std::move(read).error();
    cv::Mat gray = std::move(read).value();
    if (page && flag == detail::reducedGrayFlag(header, kPageCheckSide, true))
        *page = detail::pageAtSide(gray, kPageCheckSide);
    ImageHashes h;
    if (flag == cv::IMREAD_GRAYSCALE) {
        h.width = gray.cols;
        h.height = gray.rows;
        // A page decoded whole is reduced as libjpeg reduces a JPEG (by 2, 4 or 8, keeping 128 pixels on the short
        // side; INTER_AREA at a whole factor averages blocks as the DCT scaling does), so that a PNG and a JPEG of
        // one page are hashed at one scale, and the hashes cost a tenth of what they cost over a whole scan.
        const int factor = detail::reductionFactor(std::min(gray.cols, gray.rows), kShortSideKept);
        if (factor > 1) {
            cv::Mat reduced;
            // Cut to whole blocks (at most factor - 1 pixels of the right and bottom edge), so OpenCV takes its
            // block-averaging path.
            const cv::Size size(gray.cols / factor, gray.rows / factor);
            cv::resize(
                gray(cv::Rect(0, 0, size.width * factor, size.height * factor)), reduced, size, 0, 0, cv::INTER_AREA);
            gray = std::move(reduced);
        }
    } else if (header.size) {
        h.width = header.size->width;
        h.height = header.size->height;
    }
    h.phash = phashOf(gray);
    h.dhash = dhashOf(gray);
    h.rhash = phashOf(gray(contentBox(gray)));
    return h;
}

Result<QString> decodedPixelSha256(const QString& path)
{
    auto read = detail::readImage(path, cv::IMREAD_COLOR);
    if (!read)
        return std::move(read).error();
    const cv::Mat& m = *read;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    const QByteArray size = QByteArray::number(m.cols) + 'x' + QByteArray::number(m.rows) + '\n';
    sha.addData(size);
    const std::size_t bytes = std::size_t(m.cols) * m.elemSize();
    const auto rowBytes = static_cast<qsizetype>(bytes);
    for (int r = 0; r < m.rows; ++r)
        sha.addData(QByteArrayView(reinterpret_cast<const char*>(m.ptr(r)), rowBytes));
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace lector
