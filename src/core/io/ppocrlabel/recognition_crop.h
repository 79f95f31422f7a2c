// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

// Word crops for training a recognizer (private to src/core/io): what PPOCRLabel's "Export Recognition Result"
// writes to crop_img/.

#include <lector/core/result.h>
#include <lector/geometry/polygon.h>

#include <QByteArray>
#include <QString>

#include <opencv2/core.hpp>

namespace lector::io {

/// Decodes an image in colour, oriented as a viewer shows it (EXIF applied, as the store measures its size).
Result<cv::Mat> decodeColorImage(const QString& path);

/// The four corners a word is cut along: its quadrilateral, or for another polygon the smallest rotated rectangle
/// around it; counter-clockwise corners (on screen) get their 2nd and 4th swapped, as get_rotate_crop_image does.
Polygon cropQuad(const Polygon& polygon);

/// The word cut out of `page` and straightened, as PPOCRLabel's get_rotate_crop_image (libs/utils.py) does: width
/// int(max(|p0 p1|, |p2 p3|)), height int(max(|p0 p3|, |p1 p2|)), a perspective warp of the corners onto that
/// rectangle (cubic, border replicated), turned a quarter counter-clockwise when at least 1.5 times as tall as wide;
/// then JPEG-encoded as cv2.imencode(".jpg") does (quality 95). Empty when the crop has no width, height or area.
QByteArray cropWordJpeg(const cv::Mat& page, const Polygon& polygon);

} // namespace lector::io
