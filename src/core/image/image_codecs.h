// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

// JPEG and PNG decoded through libjpeg and libpng directly (private to src/core/image). Why not OpenCV's imdecode for
// these two: it decodes into one buffer of the whole image (2.7 GB for 30000 x 30000), takes half a JPEG as an image
// (libjpeg only warns of the premature end and fills in grey), and lets both libraries print their warnings on stderr
// ahead of Lector's own message. Here rows stream through a callback, a premature end is an error, and warnings go to
// the "io" log.

#include <lector/core/result.h>
#include <lector/image/image_header.h>

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>

namespace lector::image_detail {

/// The EXIF orientation (1..8) in an APP1 segment's payload ("Exif\0\0" and a TIFF header), 1 when absent or
/// unreadable. Implemented in image_header.cpp.
int exifOrientation(const QByteArray& app1);

/// Image files are read whole (to be hashed, or decoded from memory); none under the pixel limit comes near this.
constexpr qint64 kMaxImageFileBytes = qint64(4) << 30;

enum class Codec { Jpeg, Png, Other };
Codec codecOf(const QByteArray& bytes);

/// What a streaming decode delivers: rows of `width` pixels of `channels` 8-bit samples (3: RGB; 1: grey for a
/// JPEG decoded to verify it), `height` of them, top to bottom.
struct RowFormat {
    int width = 0;
    int height = 0;
    int channels = 0;
};

/// Gets the row format before the first row; returns false to stop (out of memory).
using StartRows = std::function<bool(const RowFormat&)>;
using TakeRow = std::function<void(const std::uint8_t* row)>;

struct StreamedImage {
    ImageSize stored; // width and height in the file, before orientation
    int orientation = 1; // EXIF orientation, 1..8 (5..8 swap width and height as shown)
    ImageSize shown() const;
};

/// Decodes a JPEG held in memory, every row through `takeRow`, scaled down by `scaleDenominator` (1, 2, 4 or 8:
/// libjpeg's DCT scaling, which still reads every entropy-coded bit, so damage and a premature end are found). `rgb`
/// gives RGB rows, else the cheapest output (what verification needs). Errors at `path`.
Result<StreamedImage> decodeJpeg(const QByteArray& bytes, const QString& path, int scaleDenominator, bool rgb,
    const StartRows& startRows, const TakeRow& takeRow);

/// Decodes a PNG held in memory. With `rgb` (8-bit RGB rows, alpha dropped as OpenCV's IMREAD_COLOR does) an
/// interlaced file is refused with ErrorCode::InvalidArgument: its rows come in seven passes, which only a
/// whole-image buffer puts together. Without it rows are raw (whatever the file holds) and interlaced files pass.
Result<StreamedImage> decodePng(
    const QByteArray& bytes, const QString& path, bool rgb, const StartRows& startRows, const TakeRow& takeRow);

} // namespace lector::image_detail
