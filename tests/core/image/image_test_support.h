// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

// Image files the image tests make: an EXIF orientation in a JPEG, an eXIf chunk in a PNG, a patterned picture.

#include <QByteArray>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <cstdint>
#include <vector>

namespace lector::test {

/// A picture whose pixels all differ a little (gradients and a diagonal), so that reductions and turns show.
inline cv::Mat patterned(int width, int height)
{
    cv::Mat img(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            img.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 255 / std::max(1, width - 1)),
                uchar(y * 255 / std::max(1, height - 1)), uchar(((x + y) / 8) % 2 ? 230 : 20));
    }
    return img;
}

/// Gradients only: what a photograph's reduction looks like, without the sharp edges where scaled decoders differ.
inline cv::Mat smooth(int width, int height)
{
    cv::Mat img(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            img.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 255 / std::max(1, width - 1)),
                uchar(y * 255 / std::max(1, height - 1)), uchar((x + y) * 255 / std::max(1, width + height - 2)));
    }
    return img;
}

inline QByteArray encoded(const char* ext, const cv::Mat& img, const std::vector<int>& params = {})
{
    std::vector<uchar> bytes;
    cv::imencode(ext, img, bytes, params);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()));
}

/// A TIFF header (big-endian) with one IFD entry: Orientation.
inline QByteArray tiffWithOrientation(int orientation)
{
    QByteArray tiff("MM\0\x2A\0\0\0\x08", 8);
    tiff += QByteArray("\0\x01", 2);
    tiff += QByteArray("\x01\x12\0\x03\0\0\0\x01", 8);
    tiff += char(0);
    tiff += char(orientation);
    tiff += QByteArray(2, '\0');
    tiff += QByteArray(4, '\0');
    return tiff;
}

/// `jpeg` with an APP1 Exif segment holding `orientation`, right after SOI.
inline QByteArray withExifOrientation(const QByteArray& jpeg, int orientation)
{
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiffWithOrientation(orientation);
    QByteArray segment("\xFF\xE1", 2);
    const int length = int(payload.size()) + 2;
    segment += char(length >> 8);
    segment += char(length & 0xFF);
    return jpeg.left(2) + segment + payload + jpeg.mid(2);
}

inline std::uint32_t crc32Of(const QByteArray& data)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= std::uint8_t(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

/// A PNG chunk: length, type, data, CRC (`badCrc` spoils it).
inline QByteArray pngChunk(const char* type, const QByteArray& data, bool badCrc = false)
{
    QByteArray out;
    const auto be32 = [&out](std::uint32_t v) {
        out += char(v >> 24);
        out += char(v >> 16);
        out += char(v >> 8);
        out += char(v);
    };
    be32(std::uint32_t(data.size()));
    const QByteArray body = QByteArray(type, 4) + data;
    out += body;
    be32(crc32Of(body) ^ (badCrc ? 1u : 0u));
    return out;
}

/// `png` with `chunk` inserted after IHDR (which ends at byte 33).
inline QByteArray withChunkAfterHeader(const QByteArray& png, const QByteArray& chunk)
{
    return png.left(33) + chunk + png.mid(33);
}

} // namespace lector::test
