// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>

#include <QString>

#include <cstdint>
#include <memory>

namespace lector {

/// A page decoded once for OCR: 8-bit grayscale pixels, oriented as a viewer shows the file (EXIF orientation
/// applied, as probeImage() measures the size the store records), so that engine coordinates are the store's image
/// pixels. Immutable and cheap to copy (shared pixels); safe to read from several threads at once.
class OcrImage {
public:
    OcrImage();
    /// Decodes an image file (PNG, JPEG, BMP, TIFF, WebP: what OpenCV reads). Errors name the file: missing,
    /// unreadable, or not decodable.
    static Result<OcrImage> load(const QString& path);
    /// Copies pixels already decoded elsewhere (e.g. by the canvas): `channels` 1 (gray), 3 (B, G, R) or 4
    /// (B, G, R, A, as QImage::Format_ARGB32 lays them out in memory); `stride` bytes per row.
    static Result<OcrImage> fromPixels(const std::uint8_t* data, int width, int height, int channels, int stride);

    bool isNull() const { return !m_data; }
    int width() const;
    int height() const;
    /// The file it came from; empty for fromPixels().
    QString path() const { return m_path; }

    /// The pixels (a cv::Mat, defined in src/core/ocr/ocr_image_data.h), for the engines only.
    struct Data;
    const Data* data() const { return m_data.get(); }

private:
    std::shared_ptr<const Data> m_data;
    QString m_path;
};

} // namespace lector
