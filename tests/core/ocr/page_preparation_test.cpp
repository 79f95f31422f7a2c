// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// How readPage prepares a page: the glyph height it estimates, the upscale it picks for small text, that the
// engine's coordinates come back to the page's pixels, and the binarizations.
#include "ocr/page_preparation.h"

#include <lector/ocr/ocr_image.h>
#include <lector/ocr/tesseract_engine.h>
#include <lector/store/project_store.h>

#include "ocr/ocr_test_support.h"

#include <QDir>

#include <opencv2/imgproc.hpp>

#include <gtest/gtest.h>

using namespace lector;

namespace {

/// A white page with rows of black "glyphs": filled rectangles `h` px tall and h/2 wide, 3 px apart.
cv::Mat glyphs(int h, int cols = 600, int rows = 400)
{
    cv::Mat page(rows, cols, CV_8UC1, cv::Scalar(255));
    for (int y = 10; y + h < rows; y += 2 * h)
        for (int x = 10; x + h / 2 < cols; x += h / 2 + 3)
            cv::rectangle(page, cv::Rect(x, y, std::max(1, h / 2), h), cv::Scalar(0), cv::FILLED);
    return page;
}

} // namespace

TEST(PagePreparation, EstimatesTheMedianGlyphHeight)
{
    EXPECT_EQ(estimateGlyphHeight(glyphs(8)), 8);
    EXPECT_EQ(estimateGlyphHeight(glyphs(16)), 16);
    // Light on dark: the ink is the minority, whatever its colour.
    cv::Mat inverted;
    cv::bitwise_not(glyphs(12), inverted);
    EXPECT_EQ(estimateGlyphHeight(inverted), 12);
    // A blank page has no glyphs to measure.
    EXPECT_EQ(estimateGlyphHeight(cv::Mat(200, 200, CV_8UC1, cv::Scalar(255))), 0);
}

TEST(PagePreparation, ScalesSmallTextToTheGlyphHeightAskedFor)
{
    OcrSettings s;
    s.upscale = OcrSettings::kAutoUpscale;
    s.glyphHeight = 20;
    double measured = 0;
    EXPECT_DOUBLE_EQ(upscaleFactor(glyphs(8), s, &measured), 2.5);
    EXPECT_EQ(measured, 8);
    EXPECT_DOUBLE_EQ(upscaleFactor(glyphs(4, 300, 200), s), OcrSettings::kMaxUpscale); // at most 4
    EXPECT_DOUBLE_EQ(upscaleFactor(glyphs(18), s), 1); // 1.11: not worth reading a bigger page
    EXPECT_DOUBLE_EQ(upscaleFactor(glyphs(30), s), 1); // never below 1
    s.upscale = 2;
    EXPECT_DOUBLE_EQ(upscaleFactor(glyphs(30), s), 2); // a fixed factor is taken as it is

    const cv::Mat page = glyphs(8, 333, 201);
    s.upscale = 1.5;
    const PreparedPage prepared = preparePage(page, s);
    EXPECT_EQ(prepared.gray.cols, 500); // 333 × 1.5 = 499.5, rounded
    EXPECT_EQ(prepared.gray.rows, 302); // 301.5
    // A pixel edge of the prepared image is one of the page: the corners map onto the corners.
    const PointF corner = prepared.toPage({ 500, 302 });
    EXPECT_DOUBLE_EQ(corner.x, 333);
    EXPECT_DOUBLE_EQ(corner.y, 201);
    s.upscale = 1;
    const PreparedPage same = preparePage(page, s);
    EXPECT_EQ(same.gray.data, page.data); // nothing done: the page's own pixels
}

TEST(PagePreparation, BinarizesToBlackAndWhite)
{
    cv::Mat page = glyphs(12);
    // Uneven lighting: the right half darker, its glyphs still darker than their paper.
    page(cv::Rect(300, 0, 300, 400)).forEach<uchar>([](uchar& v, const int*) { v = v ? 150 : 60; });
    for (const Binarization b : { Binarization::Otsu, Binarization::Adaptive }) {
        OcrSettings s;
        s.upscale = 1; // the default would scale these 12 px glyphs up
        s.binarization = b;
        const PreparedPage prepared = preparePage(page, s);
        ASSERT_EQ(prepared.gray.size(), page.size());
        const int white = cv::countNonZero(prepared.gray == 255);
        const int black = cv::countNonZero(prepared.gray == 0);
        EXPECT_EQ(white + black, page.rows * page.cols) << binarizationName(b).toStdString();
        EXPECT_GT(black, 0);
        EXPECT_GT(white, black); // the paper stays paper
    }
}

TEST(PagePreparation, UpscaledWordsComeBackInThePagesPixels)
{
    // The demo receipt read as it is and at twice its size: the words land on the same places of the page.
    auto store = ProjectStore::open(QDir(test::demoProjectDir()).filePath(QStringLiteral("demo.lector")));
    ASSERT_TRUE(store) << store.error().toString();
    auto images = (*store)->images();
    ASSERT_TRUE(images && !images->empty());
    auto image = OcrImage::load((*store)->absoluteImagePath(images->front()));
    ASSERT_TRUE(image) << image.error().toString();
    OcrSettings plain;
    plain.language = QStringLiteral("eng");
    plain.upscale = 1;
    OcrSettings twice = plain;
    twice.upscale = 2;
    auto a = TesseractEngine::create(plain);
    auto b = TesseractEngine::create(twice);
    ASSERT_TRUE(a && b);
    auto wordsA = (*a)->readPage(*image);
    auto wordsB = (*b)->readPage(*image);
    ASSERT_TRUE(wordsA && wordsB);
    const test::WordMatch m = test::matchWords(*wordsA, *wordsB);
    ASSERT_GT(m.truth, 10);
    EXPECT_GE(double(m.matched) / m.truth, 0.8);
    EXPECT_GE(m.meanIoU, 0.7);
    for (const Region& w : *wordsB) {
        for (const PointF& p : w.polygon.points) {
            EXPECT_GE(p.x, 0);
            EXPECT_LE(p.x, image->width());
            EXPECT_GE(p.y, 0);
            EXPECT_LE(p.y, image->height());
        }
    }
}
