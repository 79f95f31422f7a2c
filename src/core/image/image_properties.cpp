// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/image/image_properties.h>

#include "dedup/reduced_decode.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace lector {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr std::size_t kMaxSkewPoints = 60'000;

// Ink pixels (Otsu's threshold, darker side) relative to the image centre, at most kMaxSkewPoints of them taken at
// an even stride. Empty when the page has (almost) no ink or is mostly dark, where a profile means nothing.
std::vector<cv::Point2f> inkPoints(const cv::Mat& gray)
{
    cv::Mat ink;
    cv::threshold(gray, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    const int count = cv::countNonZero(ink);
    const double share = double(count) / double(gray.total());
    if (count < 50 || share > 0.5)
        return {};
    const std::size_t stride = std::max<std::size_t>(1, std::size_t(count) / kMaxSkewPoints);
    std::vector<cv::Point2f> points;
    points.reserve(std::size_t(count) / stride + 1);
    const float cx = float(gray.cols) / 2.0F;
    const float cy = float(gray.rows) / 2.0F;
    std::size_t seen = 0;
    for (int y = 0; y < ink.rows; ++y) {
        const auto* row = ink.ptr<std::uint8_t>(y);
        for (int x = 0; x < ink.cols; ++x) {
            if (row[x] != 0 && seen++ % stride == 0)
                points.emplace_back(float(x) - cx, float(y) - cy);
        }
    }
    return points;
}

// How sharp the ink's projection across lines tilted by `degrees` is: the sum of squared counts of 1-px bins of
// y cos t + x sin t (constant along a line rising to the right at t).
double profileSharpness(const std::vector<cv::Point2f>& points, double degrees, int radius, std::vector<int>& bins)
{
    const double t = degrees * kPi / 180.0;
    const auto c = float(std::cos(t));
    const auto s = float(std::sin(t));
    bins.assign(2 * std::size_t(radius) + 1, 0);
    for (const cv::Point2f& p : points) {
        const int r = int(std::lround(p.y * c + p.x * s)) + radius;
        ++bins[std::size_t(std::clamp(r, 0, 2 * radius))];
    }
    double sum = 0;
    for (const int b : bins)
        sum += double(b) * double(b);
    return sum;
}

double skewOf(const cv::Mat& gray)
{
    const std::vector<cv::Point2f> points = inkPoints(gray);
    if (points.empty())
        return 0;
    const int radius = int(std::ceil(std::hypot(gray.cols, gray.rows) / 2.0)) + 1;
    std::vector<int> bins;
    // Searched from 0 outwards so that, between equally sharp angles, the one nearest level wins.
    auto best = [&](double centre, double step, double reach) {
        double at = centre;
        double top = profileSharpness(points, centre, radius, bins);
        for (double d = step; d <= reach + 1e-9; d += step) {
            for (const double a : { centre + d, centre - d }) {
                if (std::abs(a) > kMaxSkewDegrees + 1e-9)
                    continue;
                const double v = profileSharpness(points, a, radius, bins);
                if (v > top) {
                    top = v;
                    at = a;
                }
            }
        }
        return at;
    };
    const double coarse = best(0, 0.5, kMaxSkewDegrees);
    const double fine = best(coarse, 0.05, 0.5);
    return std::round(fine * 100.0) / 100.0;
}

} // namespace

ImageProperties measureGrayImage(const unsigned char* pixels, int width, int height, int stride)
{
    ImageProperties p;
    if (width <= 0 || height <= 0)
        return p;
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-const-cast): cv::Mat views the caller's pixels, never writes them
    const cv::Mat gray(height, width, CV_8UC1, const_cast<unsigned char*>(pixels), std::size_t(stride));
    cv::Scalar mean, deviation;
    cv::meanStdDev(gray, mean, deviation);
    p.brightness = mean[0];
    p.contrast = deviation[0];
    cv::Mat laplacian;
    cv::Laplacian(gray, laplacian, CV_64F, 1, 1, 0, cv::BORDER_REFLECT);
    cv::meanStdDev(laplacian, mean, deviation);
    p.sharpness = deviation[0] * deviation[0];
    p.skew = skewOf(gray);
    return p;
}

Result<ImageProperties> measureImageFile(const QString& path)
{
    const int flag = detail::reducedGrayFlag(path, kMeasureLongSide, true);
    auto read = detail::readImage(path, flag);
    if (!read)
        return std::move(read).error();
    cv::Mat gray = std::move(read).value();
    const int longSide = std::max(gray.cols, gray.rows);
    if (longSide > kMeasureLongSide) {
        const double f = double(kMeasureLongSide) / longSide;
        cv::Mat scaled;
        cv::resize(gray, scaled,
            cv::Size(std::max(1, int(std::lround(gray.cols * f))), std::max(1, int(std::lround(gray.rows * f)))), 0, 0,
            cv::INTER_AREA);
        gray = std::move(scaled);
    }
    if (!gray.isContinuous())
        gray = gray.clone();
    return measureGrayImage(gray.ptr<unsigned char>(0), gray.cols, gray.rows, int(gray.step[0]));
}

} // namespace lector
