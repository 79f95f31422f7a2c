// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>

#include <QString>

#include <cstdint>
#include <vector>

namespace lector {

struct ImageProbe {
    QString sha256; // lower-case hex of the file's bytes
    int width = 0; // after EXIF orientation
    int height = 0;
};

/// The most pixels (width x height) an image may have to be imported or checked, unless changed: 250 megapixels. Why a
/// limit: a decoded image costs 3 to 4 bytes a pixel wherever it is shown, and the 900 megapixels of a 30000 x 30000
/// scan are gigabytes; such a file is better split or scaled before labeling.
constexpr std::int64_t kDefaultImagePixelLimit = 250'000'000;

/// The pixel limit in force: set by setImagePixelLimit(), else $LECTOR_MAX_MEGAPIXELS (read once; a number of
/// megapixels, 0 for none), else kDefaultImagePixelLimit. 0 means no limit.
std::int64_t imagePixelLimit();
/// Sets the pixel limit for the process (lector-cli --max-megapixels); 0 or less means no limit. Thread-safe.
void setImagePixelLimit(std::int64_t pixels);

/// Reads an image file, hashes it and decodes it whole to prove it is a usable image: JPEG and PNG row by row
/// (memory of one row whatever the size; a file that ends early is an error, which OpenCV lets pass), other formats
/// with OpenCV. Width and height are as shown (EXIF orientation honoured, as OpenCV's IMREAD_COLOR does). An image
/// above imagePixelLimit() is refused from its header, before decoding. Errors name the file, in one line: missing,
/// unreadable, too large, truncated, or not decodable; what the codec libraries warn about goes to the "io" log.
Result<ImageProbe> probeImage(const QString& path);

/// probeImage over many files on all cores, in input order. Stops at the first failure (the error of the
/// lowest-index failing file) or when `progress` is canceled.
Result<std::vector<ImageProbe>> probeImages(const std::vector<QString>& paths, Progress* progress = nullptr);

} // namespace lector
