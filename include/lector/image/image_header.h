// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QString>

#include <optional>

namespace lector {

struct ImageSize {
    int width = 0;
    int height = 0;
    friend bool operator==(const ImageSize& a, const ImageSize& b)
    {
        return a.width == b.width && a.height == b.height;
    }
};

/// The pixel size of an image file as a viewer shows it, read from the file header without decoding the pixels: PNG
/// (IHDR), JPEG (SOFn marker, width and height swapped when the EXIF orientation is 5..8, as OpenCV's imread and
/// probeImage() do) and BMP. Other formats, and headers this parser does not understand, fall back to decoding with
/// OpenCV. nullopt when the file is missing or is not an image.
std::optional<ImageSize> readImageSize(const QString& path);

/// The pixel size from the file header only, never decoding: PNG, JPEG and BMP as readImageSize() reads them, TIFF
/// (first IFD) and WebP (VP8, VP8L, VP8X) too; nullopt for other formats and unreadable headers. For limits checked
/// before a decode could take gigabytes (the pixel count is the same whatever the orientation).
std::optional<ImageSize> readImageHeaderSize(const QString& path);

} // namespace lector
