// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/image/image_header.h>

#include "image/image_codecs.h"

#include <QByteArray>
#include <QFile>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cstdint>

namespace lector {

namespace {

std::uint32_t be16(const QByteArray& b, int at)
{
    return (std::uint32_t(std::uint8_t(b[at])) << 8) | std::uint8_t(b[at + 1]);
}

std::uint32_t be32(const QByteArray& b, int at) { return (be16(b, at) << 16) | be16(b, at + 2); }

std::uint32_t le16(const QByteArray& b, int at)
{
    return (std::uint32_t(std::uint8_t(b[at + 1])) << 8) | std::uint8_t(b[at]);
}

std::uint32_t le32(const QByteArray& b, int at) { return (le16(b, at + 2) << 16) | le16(b, at); }

std::optional<ImageSize> valid(std::int64_t w, std::int64_t h)
{
    if (w <= 0 || h <= 0 || w > (1 << 30) || h > (1 << 30))
        return std::nullopt;
    return ImageSize { int(w), int(h) };
}

std::optional<ImageSize> pngSize(const QByteArray& head)
{
    // 8-byte signature, then the IHDR chunk: length (4), "IHDR", width (4, big-endian), height (4).
    if (head.size() < 24 || head.mid(12, 4) != "IHDR")
        return std::nullopt;
    return valid(be32(head, 16), be32(head, 20));
}

std::optional<ImageSize> bmpSize(const QByteArray& head)
{
    if (head.size() < 26)
        return std::nullopt;
    const std::uint32_t dibSize = le32(head, 14);
    if (dibSize == 12) // BITMAPCOREHEADER: 16-bit width and height
        return valid(le16(head, 18), le16(head, 20));
    // BITMAPINFOHEADER and later: signed 32-bit; a negative height means rows are stored top-down.
    const std::int64_t h = std::int32_t(le32(head, 22));
    return valid(std::int32_t(le32(head, 18)), h < 0 ? -h : h);
}

std::optional<ImageSize> jpegSize(QFile& file)
{
    // Walk the marker segments after SOI: each is FF, a marker byte, and (except standalone markers) a
    // big-endian length that counts itself. The frame size is in the first SOFn segment.
    int orientation = 1;
    qint64 pos = 2;
    for (int guard = 0; guard < 10000; ++guard) {
        if (!file.seek(pos))
            return std::nullopt;
        QByteArray m = file.read(4);
        if (m.size() < 2 || std::uint8_t(m[0]) != 0xFF)
            return std::nullopt;
        const std::uint8_t marker = std::uint8_t(m[1]);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) { // TEM, RSTn, SOI: no length
            pos += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA || m.size() < 4) // EOI or start of scan before any frame
            return std::nullopt;
        const std::uint32_t length = be16(m, 2);
        if (length < 2)
            return std::nullopt;
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            const QByteArray frame = file.read(5); // precision (1), height (2), width (2)
            if (frame.size() < 5)
                return std::nullopt;
            const std::uint32_t h = be16(frame, 1);
            const std::uint32_t w = be16(frame, 3);
            // Orientations 5..8 rotate by 90 degrees: the image as shown is h wide.
            return orientation >= 5 ? valid(h, w) : valid(w, h);
        }
        if (marker == 0xE1 && orientation == 1)
            orientation = image_detail::exifOrientation(file.read(length - 2));
        pos += 2 + length;
    }
    return std::nullopt;
}

/// TIFF: the ImageWidth (256) and ImageLength (257) tags of the first IFD, SHORT or LONG. BigTIFF is not parsed.
std::optional<ImageSize> tiffSize(QFile& file, const QByteArray& head)
{
    const bool little = head.startsWith(QByteArrayLiteral("II\x2A\0"));
    if (!little && !head.startsWith(QByteArrayLiteral("MM\0\x2A")))
        return std::nullopt;
    auto u16 = [&](const QByteArray& b, int at) { return little ? le16(b, at) : be16(b, at); };
    auto u32 = [&](const QByteArray& b, int at) { return little ? le32(b, at) : be32(b, at); };
    const std::uint32_t ifd = u32(head, 4);
    if (!file.seek(ifd))
        return std::nullopt;
    const QByteArray countBytes = file.read(2);
    if (countBytes.size() < 2)
        return std::nullopt;
    const std::uint32_t count = std::min<std::uint32_t>(u16(countBytes, 0), 4096);
    const QByteArray entries = file.read(qint64(count) * 12);
    std::int64_t width = 0;
    std::int64_t height = 0;
    for (int i = 0; i + 12 <= entries.size(); i += 12) {
        const std::uint32_t tag = u16(entries, i);
        const std::uint32_t type = u16(entries, i + 2);
        if (tag != 256 && tag != 257)
            continue;
        const std::uint32_t value = type == 3 ? u16(entries, i + 8) : type == 4 ? u32(entries, i + 8) : 0;
        (tag == 256 ? width : height) = value;
    }
    return valid(width, height);
}

/// WebP: the canvas of an extended file (VP8X), or the frame of a simple lossy (VP8) or lossless (VP8L) one.
std::optional<ImageSize> webpSize(const QByteArray& head)
{
    if (head.size() < 30 || !head.startsWith("RIFF") || head.mid(8, 4) != "WEBP")
        return std::nullopt;
    const QByteArray chunk = head.mid(12, 4);
    const auto u24 = [&](int at) { return le16(head, at) | (std::uint32_t(std::uint8_t(head[at + 2])) << 16); };
    if (chunk == "VP8X")
        return valid(std::int64_t(u24(24)) + 1, std::int64_t(u24(27)) + 1);
    if (chunk == "VP8 ") // 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height
        return valid(le16(head, 26) & 0x3FFF, le16(head, 28) & 0x3FFF);
    if (chunk == "VP8L" && std::uint8_t(head[20]) == 0x2F) { // signature, then 14 bits each of width-1, height-1
        const std::uint32_t bits = le32(head, 21);
        return valid(std::int64_t(bits & 0x3FFF) + 1, std::int64_t((bits >> 14) & 0x3FFF) + 1);
    }
    return std::nullopt;
}

/// The size from the header of the formats whose header we parse; nullopt for the others. `all` adds TIFF and WebP,
/// whose size readImageSize() takes from a decode (EXIF orientation of those is OpenCV's business).
std::optional<ImageSize> headerSize(const QString& path, bool all)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = file.read(32);
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return pngSize(head);
    if (head.startsWith("\xFF\xD8"))
        return jpegSize(file);
    if (head.startsWith("BM"))
        return bmpSize(head);
    if (!all)
        return std::nullopt;
    if (head.startsWith("RIFF"))
        return webpSize(head);
    return tiffSize(file, head);
}

std::optional<ImageSize> decodedSize(const QString& path)
{
    try {
        const cv::Mat img = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
        if (img.empty())
            return std::nullopt;
        return ImageSize { img.cols, img.rows };
    } catch (const cv::Exception&) {
        return std::nullopt;
    }
}

} // namespace

int image_detail::exifOrientation(const QByteArray& app1)
{
    if (app1.size() < 14 || !app1.startsWith(QByteArrayLiteral("Exif\0\0")))
        return 1;
    const QByteArray tiff = app1.mid(6);
    const bool little = tiff.startsWith("II");
    if (!little && !tiff.startsWith("MM"))
        return 1;
    auto u16 = [&](int at) { return little ? le16(tiff, at) : be16(tiff, at); };
    auto u32 = [&](int at) { return little ? le32(tiff, at) : be32(tiff, at); };
    const std::uint32_t ifd = u32(4);
    if (ifd + 2 > std::uint32_t(tiff.size()))
        return 1;
    const std::uint32_t count = u16(int(ifd));
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::uint32_t entry = ifd + 2 + i * 12;
        if (entry + 12 > std::uint32_t(tiff.size()))
            return 1;
        if (u16(int(entry)) == 0x0112) { // Orientation, SHORT
            const std::uint32_t value = u16(int(entry) + 8);
            return value >= 1 && value <= 8 ? int(value) : 1;
        }
    }
    return 1;
}

std::optional<ImageSize> readImageSize(const QString& path)
{
    if (const auto size = headerSize(path, false))
        return size;
    return decodedSize(path);
}

std::optional<ImageSize> readImageHeaderSize(const QString& path) { return headerSize(path, true); }

} // namespace lector
