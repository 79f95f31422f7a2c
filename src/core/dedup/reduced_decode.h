// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Decoding shared by the hashes and the pair checks (internal to lectorcore).
#pragma once

#include <lector/core/result.h>
#include <lector/dedup/image_hashes.h>

#include <QString>

#include <opencv2/core.hpp>

namespace lector::detail {

/// The imread flag for a grayscale decode keeping at least `keep` pixels on the short (or long) side: JPEG reduced
/// by libjpeg's DCT scaling (IMREAD_REDUCED_GRAYSCALE_2/4/8), other formats IMREAD_GRAYSCALE.
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
