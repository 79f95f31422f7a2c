// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Decoding shared by the hashes and the pair checks (internal to lectorcore).
#pragma once

#include <lector/core/result.h>
#include <lector/dedup/image_hashes.h>
#include <lector/image/image_header.h>

#include <QString>

#include <opencv2/core.hpp>

#include <optional>

namespace lector::detail {

/// What choosing a decode needs from a file's first bytes: whether it is a JPEG (which libjpeg can reduce while
/// decoding) and, for a JPEG, its size from the header. Read once per file.
struct DecodeHeader {
    bool jpeg = false;
    std::optional<ImageSize> size; // JPEG only
};
DecodeHeader readDecodeHeader(const QString& path);

/// The largest of 1, 2, 4 and 8 that keeps at least `keep` pixels of `side`: libjpeg's DCT scaling factors.
int reductionFactor(int side, int keep);

/// The imread flag for a grayscale decode keeping at least `keep` pixels on the short (or long) side: JPEG reduced
/// by libjpeg's DCT scaling (IMREAD_REDUCED_GRAYSCALE_2/4/8), other formats IMREAD_GRAYSCALE.
int reducedGrayFlag(const DecodeHeader& header, int keep, bool longSide);
int reducedGrayFlag(const QString& path, int keep, bool longSide);

/// cv::imread with errors that name the file: missing, not decodable.
Result<cv::Mat> readImage(const QString& path, int flag);

/// A grayscale decode brought to `side` pixels on its long side: what a PageSignature is made from.
cv::Mat pageAtSide(cv::Mat gray, int side);

/// The ink of a page at `side` (PageSignature's rule: darker than its neighbourhood's mean by half its deviation
/// and by at least 8 grey levels / `gain`), 0 or 255.
cv::Mat pageInk(const cv::Mat& gray, int side, double gain = 1.0);

/// The file decoded in grayscale (JPEG reduced by libjpeg where it keeps `side`) at `side` on its long side.
Result<cv::Mat> readPage(const QString& path, int side);

/// hashImageFile, and when `page` is given and the hashing decode is the one a signature would make (a format
/// without a reduced decode, or a JPEG too small to reduce), that decode at kPageCheckSide in `page`.
Result<ImageHashes> hashImageFile(const QString& path, cv::Mat* page);

} // namespace lector::detail
