// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The pixels behind lector::OcrImage; private to src/core/ocr.
#pragma once

#include <lector/ocr/ocr_image.h>

#include <opencv2/core.hpp>

namespace lector {

struct OcrImage::Data {
    cv::Mat gray; // CV_8UC1, continuous
};

} // namespace lector
