// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/image/image_header.h>

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace lector {

/// The most pixels decodeDisplayImage() returns unless asked otherwise: 64 megapixels (256 MB as a QImage of 32-bit
/// pixels), more than a 4K screen shows at 1:1 many times over.
constexpr std::int64_t kDefaultDisplayPixels = 64'000'000;

/// An image decoded for the screen, reduced when it is large: 8-bit RGB (QImage::Format_RGB888), `height` rows of
/// `bytesPerLine` bytes each (width × 3 rounded up to a multiple of 4, as QImage aligns its rows). `fullSize` is the
/// image at 1:1 as label coordinates see it (EXIF orientation applied); one pixel here covers `reduction` ×
/// `reduction` pixels of it (the last row and column of blocks may cover fewer), so width = ceil(fullSize.width /
/// reduction). Immutable once made: safe to hand from a worker thread to the UI thread.
struct DisplayImage {
    QByteArray rgb;
    int width = 0;
    int height = 0;
    int bytesPerLine = 0;
    ImageSize fullSize;
    int reduction = 1;
};

/// Decodes `path` for display with at most `maxPixels` pixels: reduced by the smallest power of two that fits
/// (1 when the image fits whole; at most 1024). JPEG is decoded at 1/2, 1/4 or 1/8 by libjpeg's DCT scaling and PNG
/// row by row into a box filter, so memory stays that of the result whatever the file's size (a 30000 × 30000 PNG
/// shows in about 100 MB instead of 4.8 GB); interlaced PNG, CMYK JPEG and other formats are decoded whole by
/// OpenCV, then reduced (INTER_AREA). The pixels are upright (EXIF orientation applied, as OpenCV's IMREAD_COLOR
/// does) and have no alpha. Errors at `path` (missing, truncated, not decodable) are one line; the codecs' own warnings
/// go to the "io" log. Thread-safe; meant for a worker thread.
Result<DisplayImage> decodeDisplayImage(const QString& path, std::int64_t maxPixels = kDefaultDisplayPixels);

} // namespace lector
