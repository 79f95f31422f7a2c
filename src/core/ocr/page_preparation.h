// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// How a page is prepared for an engine's page reading (scaled up, thresholded), and how the engine's coordinates
// come back to the page's pixels; private to src/core/ocr.
#pragma once

#include <lector/geometry/polygon.h>
#include <lector/ocr/ocr_engine.h>

#include <opencv2/core.hpp>

namespace lector {

/// The page as the engine reads it. Its pixels are (scaleX, scaleY) times the page's: the factors are the exact
/// ratios of the sizes (a cols × f image rounds to whole pixels), so that a pixel edge x of the prepared image is the
/// page's edge x / scaleX.
struct PreparedPage {
    cv::Mat gray; // CV_8UC1; shares the page's pixels when nothing was done
    double scaleX = 1;
    double scaleY = 1;
    double glyphHeight = 0; // the page's median glyph height as estimated (0: not estimated or too little ink)

    /// A point of the prepared image in the page's pixels.
    PointF toPage(const PointF& p) const { return { p.x / scaleX, p.y / scaleY }; }
};

/// The median height, in pixels, of the page's glyphs: the connected components of its ink (dark on light after
/// an Otsu threshold; the minority class when the page is light on dark) that can be glyphs, neither specks nor
/// rules nor pictures. 0 when fewer than 20 such components are found (a blank page, a photo without text).
double estimateGlyphHeight(const cv::Mat& gray);

/// The factor `settings` asks readPage() to scale `gray` by (1 when it is not to be scaled), and the glyph height
/// estimated for it (0 when the settings do not need one).
double upscaleFactor(const cv::Mat& gray, const OcrSettings& settings, double* glyphHeight = nullptr);

/// Scales and thresholds the page as `settings` say (upscale, binarization). May throw cv::Exception.
PreparedPage preparePage(const cv::Mat& gray, const OcrSettings& settings);

} // namespace lector
