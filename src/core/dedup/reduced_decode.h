// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Decoding shared by the hashes and the pair checks (internal to lectorcore).
#pragma once

#include <lector/core/result.h>

#include <QString>

#include <opencv2/core.hpp>

namespace lector::detail {

/// The imread flag for a grayscale decode keeping at least `keep` pixels on the short (or long) side: JPEG reduced
/// by libjpeg's DCT scaling (IMREAD_REDUCED_GRAYSCALE_2/4/8), other formats IMREAD_GRAYSCALE.
int reducedGrayFlag(const QString& path, int keep, bool longSide);

/// cv::imread with errors that name the file: missing, not decodable.
Result<cv::Mat> readImage(const QString& path, int flag);

} // namespace lector::detail
