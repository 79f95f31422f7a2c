// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>

#include <QString>

namespace lector {

/// What a scan looks like, for drift between batches (issue 14 §3). Measured on the image's grayscale decode at
/// the measurement scale: JPEG decoded reduced by libjpeg's DCT scaling, then any image whose long side exceeds
/// kMeasureLongSide resized to it (INTER_AREA), so that two scans of one page at 150 and 300 dpi measure alike.
/// - `brightness`: the mean intensity, 0 (black) to 255 (white);
/// - `contrast`: the standard deviation of intensity (RMS contrast, population);
/// - `sharpness`: the variance of the Laplacian (the 5-point kernel, borders reflected as scipy.ndimage.laplace
///   does): low on a blurred or out-of-focus scan;
/// - `skew`: the angle of the text lines to the horizontal in degrees, positive when they rise to the right
///   (counterclockwise on screen), within ±kMaxSkewDegrees: the angle whose projection profile of the ink is
///   sharpest (the sum of squared line counts), searched at 0.5° and then refined to 0.05°; 0 on a page with no ink.
struct ImageProperties {
    double brightness = 0;
    double contrast = 0;
    double sharpness = 0;
    double skew = 0;
};

constexpr int kMeasureLongSide = 1024;
constexpr double kMaxSkewDegrees = 10;

/// The properties of an 8-bit grayscale image already at the measurement scale (CV_8UC1 rows, row-major, `stride`
/// bytes apart). Thread-safe.
ImageProperties measureGrayImage(const unsigned char* pixels, int width, int height, int stride);

/// The properties of an image file (see ImageProperties for the decode). Errors name the file: missing, does not
/// decode. Thread-safe.
Result<ImageProperties> measureImageFile(const QString& path);

} // namespace lector
