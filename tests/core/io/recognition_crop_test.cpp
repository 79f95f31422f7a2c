// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/ppocrlabel/recognition_crop.h"

#include "io/format_test_support.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <gtest/gtest.h>

using namespace lector;

namespace {

/// A page of four coloured quadrants around (cx, cy), so that a crop shows which way it was turned.
cv::Mat quadrants(int width, int height, int cx, int cy)
{
    cv::Mat page(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
    cv::rectangle(page, cv::Rect(0, 0, cx, cy), cv::Scalar(0, 0, 255), cv::FILLED); // top left: red
    cv::rectangle(page, cv::Rect(cx, 0, width - cx, cy), cv::Scalar(0, 255, 0), cv::FILLED); // top right: green
    cv::rectangle(page, cv::Rect(0, cy, cx, height - cy), cv::Scalar(255, 0, 0), cv::FILLED); // bottom left: blue
    return page; // bottom right: white
}

cv::Mat decode(const QByteArray& jpeg)
{
    const cv::Mat buffer(1, int(jpeg.size()), CV_8UC1, const_cast<char*>(jpeg.constData()));
    return cv::imdecode(buffer, cv::IMREAD_COLOR);
}

/// The colour near a pixel of a JPEG crop, as the nearest of the four quadrant colours.
char colourAt(const cv::Mat& crop, int x, int y)
{
    const cv::Vec3b c = crop.at<cv::Vec3b>(y, x);
    if (c[0] > 200 && c[1] > 200 && c[2] > 200)
        return 'w';
    if (c[2] > 200)
        return 'r';
    if (c[1] > 200)
        return 'g';
    return 'b';
}

} // namespace

TEST(RecognitionCrop, CutsAWordToTheSizeOfItsLongerSides)
{
    const cv::Mat page = quadrants(200, 100, 100, 50);
    // A box around the centre, 60 x 20: get_rotate_crop_image's size is int() of the longer opposite sides.
    const cv::Mat crop = decode(io::cropWordJpeg(page, Polygon::fromBox({ 70, 40, 130.9, 60.5 })));
    ASSERT_FALSE(crop.empty());
    EXPECT_EQ(crop.cols, 60);
    EXPECT_EQ(crop.rows, 20);
    EXPECT_EQ(colourAt(crop, 5, 3), 'r');
    EXPECT_EQ(colourAt(crop, 55, 3), 'g');
    EXPECT_EQ(colourAt(crop, 5, 17), 'b');
    EXPECT_EQ(colourAt(crop, 55, 17), 'w');
}

TEST(RecognitionCrop, CounterClockwiseCornersGiveTheSameCrop)
{
    const cv::Mat page = quadrants(200, 100, 100, 50);
    const Polygon cw = Polygon::fromBox({ 70, 40, 130, 60 });
    const Polygon ccw { { cw.points[0], cw.points[3], cw.points[2], cw.points[1] } };
    EXPECT_EQ(io::cropQuad(ccw), cw);
    EXPECT_EQ(io::cropWordJpeg(page, ccw), io::cropWordJpeg(page, cw));
}

TEST(RecognitionCrop, TurnsATallWordAQuarterCounterClockwise)
{
    const cv::Mat page = quadrants(200, 100, 100, 50);
    // 20 wide, 40 tall: at least 1.5 times as tall as wide, so np.rot90 (counter-clockwise) lays it down.
    const cv::Mat crop = decode(io::cropWordJpeg(page, Polygon::fromBox({ 90, 30, 110, 70 })));
    ASSERT_FALSE(crop.empty());
    EXPECT_EQ(crop.cols, 40);
    EXPECT_EQ(crop.rows, 20);
    // The top right (green) comes to the top left, the top left (red) to the bottom left.
    EXPECT_EQ(colourAt(crop, 3, 3), 'g');
    EXPECT_EQ(colourAt(crop, 3, 17), 'r');
    EXPECT_EQ(colourAt(crop, 37, 3), 'w');
    EXPECT_EQ(colourAt(crop, 37, 17), 'b');
}

TEST(RecognitionCrop, StraightensARotatedQuad)
{
    const cv::Mat page = quadrants(200, 200, 100, 100);
    // A 40 x 10 word turned 90 degrees clockwise around the centre: its first corner at the top right.
    const Polygon turned { { { 105, 80 }, { 105, 120 }, { 95, 120 }, { 95, 80 } } };
    const cv::Mat crop = decode(io::cropWordJpeg(page, turned));
    ASSERT_FALSE(crop.empty());
    EXPECT_EQ(crop.cols, 40);
    EXPECT_EQ(crop.rows, 10);
    EXPECT_EQ(colourAt(crop, 3, 2), 'g'); // the word's start, top right of the page centre
    EXPECT_EQ(colourAt(crop, 36, 2), 'w');
    EXPECT_EQ(colourAt(crop, 3, 8), 'r');
    EXPECT_EQ(colourAt(crop, 36, 8), 'b');
}

TEST(RecognitionCrop, OtherPolygonsAreCutAlongTheirSmallestRectangle)
{
    const cv::Mat page = quadrants(200, 100, 100, 50);
    const Polygon curved { { { 70, 40 }, { 100, 38 }, { 130, 40 }, { 130, 60 }, { 100, 62 }, { 70, 60 } } };
    const Polygon quad = io::cropQuad(curved);
    ASSERT_EQ(quad.points.size(), 4u);
    EXPECT_GE(quad.signedArea(), 0); // clockwise on screen
    EXPECT_NEAR(quad.area(), 60.0 * 24, 1e-3);
    EXPECT_FALSE(io::cropWordJpeg(page, curved).isEmpty());
}

TEST(RecognitionCrop, NoCropWithoutAnArea)
{
    const cv::Mat page = quadrants(200, 100, 100, 50);
    EXPECT_TRUE(io::cropWordJpeg(page, Polygon::fromBox({ 10, 10, 50, 10.5 })).isEmpty()); // int(0.5) rows
    EXPECT_TRUE(io::cropWordJpeg(page, Polygon { { { 10, 10 }, { 20, 20 }, { 30, 30 }, { 40, 40 } } }).isEmpty());
}
