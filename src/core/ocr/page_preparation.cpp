// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "ocr/page_preparation.h"

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace lector {

namespace {

/// Below this many glyph-like components the median says nothing about the text.
constexpr int kMinComponents = 20;
/// A factor this close to 1 is not worth the time of reading a bigger page.
constexpr double kMinUpscale = 1.2;

/// OpenCV's own thread pool stays off: pages are prepared on lectorcore's workers, one page each (parallelFor), and a
/// pool of OpenCV's beside them would only add threads that outlive the worker (the engine keeps reading on the
/// calling thread only, see TesseractEngine).
void keepOpenCvOnTheCallingThread()
{
    static const bool once = [] {
        cv::setNumThreads(0);
        return true;
    }();
    (void)once;
}

int oddAtLeast(int value, int least)
{
    value = std::max(value, least);
    return value % 2 ? value : value + 1;
}

} // namespace

double estimateGlyphHeight(const cv::Mat& gray)
{
    keepOpenCvOnTheCallingThread();
    if (gray.empty())
        return 0;
    cv::Mat ink;
    cv::threshold(gray, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    // Text is the minority: when most of the page came out as ink, the page is light on dark.
    if (cv::countNonZero(ink) * 2 > ink.rows * ink.cols)
        cv::bitwise_not(ink, ink);
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    std::vector<int> heights;
    heights.reserve(static_cast<std::size_t>(std::max(0, n - 1)));
    const int maxHeight = std::max(4, gray.rows / 10);
    const int maxWidth = std::max(4, gray.cols / 10);
    for (int i = 1; i < n; ++i) { // 0 is the background
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        // Specks (under 3 px), rules and frames (long and thin, or sparse), pictures (a tenth of the page).
        if (h < 3 || h > maxHeight || w > maxWidth || w > 4 * h || area * 10 < w * h)
            continue;
        heights.push_back(h);
    }
    if (static_cast<int>(heights.size()) < kMinComponents)
        return 0;
    const auto middle = heights.begin() + std::ptrdiff_t(heights.size() / 2);
    std::nth_element(heights.begin(), middle, heights.end());
    return *middle;
}

double upscaleFactor(const cv::Mat& gray, const OcrSettings& settings, double* glyphHeight)
{
    if (glyphHeight)
        *glyphHeight = 0;
    if (settings.upscale != OcrSettings::kAutoUpscale)
        return std::clamp(settings.upscale, 1.0, OcrSettings::kMaxUpscale);
    const double glyphs = estimateGlyphHeight(gray);
    if (glyphHeight)
        *glyphHeight = glyphs;
    if (glyphs <= 0)
        return 1;
    const double factor = std::min(OcrSettings::kMaxUpscale, settings.glyphHeight / glyphs);
    return factor >= kMinUpscale ? factor : 1;
}

PreparedPage preparePage(const cv::Mat& gray, const OcrSettings& settings)
{
    keepOpenCvOnTheCallingThread();
    PreparedPage page;
    const double factor = upscaleFactor(gray, settings, &page.glyphHeight);
    if (factor > 1) {
        const int cols = static_cast<int>(std::lround(gray.cols * factor));
        const int rows = static_cast<int>(std::lround(gray.rows * factor));
        cv::resize(gray, page.gray, cv::Size(cols, rows), 0, 0, cv::INTER_CUBIC);
        // The exact ratios: with rounded sizes, x' = x * cols / gray.cols maps pixel edges onto pixel edges.
        page.scaleX = double(cols) / gray.cols;
        page.scaleY = double(rows) / gray.rows;
    } else {
        page.gray = gray;
    }
    switch (settings.binarization) {
    case Binarization::None:
        break;
    case Binarization::Otsu: {
        cv::Mat binary;
        cv::threshold(page.gray, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
        page.gray = binary;
        break;
    }
    case Binarization::Adaptive: {
        // The neighbourhood spans a few glyphs (at the scale read), so that a glyph's inside is judged against
        // the paper around it, not against itself.
        double glyphs = page.glyphHeight > 0 ? page.glyphHeight : estimateGlyphHeight(gray);
        glyphs = glyphs > 0 ? glyphs * page.scaleY : 10 * page.scaleY;
        const int block = oddAtLeast(static_cast<int>(std::lround(3 * glyphs)), 11);
        cv::Mat binary;
        cv::adaptiveThreshold(page.gray, binary, 255, cv::ADAPTIVE_THRESH_GAUSSIAN_C, cv::THRESH_BINARY, block, 15);
        page.gray = binary;
        break;
    }
    }
    return page;
}

} // namespace lector
