// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/dedup/pair_check.h>

#include "reduced_decode.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace lector {

struct PageSignature::Data {
    cv::Mat gray; // 8-bit, kPageCheckSide on the long side
    cv::Mat ink; // 0/255: darker than the neighbourhood
    std::vector<cv::KeyPoint> keypoints;
    cv::Mat descriptors;
};

namespace {

constexpr int kFeatures = 1000;
constexpr int kMinInliers = 12;
constexpr double kRatio = 0.8; // Lowe's ratio test on the two nearest descriptors
constexpr double kReprojection = 3.0; // pixels at kPageCheckSide
constexpr double kMaxRotation = 10.0; // degrees
constexpr int kNeighbourhood = 19; // the mean that ink is darker than, in pixels (odd)
constexpr double kMinOverlap = 0.5; // of the first image's area covered by the second
constexpr double kDeviations = 0.5; // how far below its neighbourhood's mean ink is, in standard deviations
// And at least this many grey levels below it, so that noise on flat paper is no ink. A floor that followed the
// picture's contrast (a share of its median or 90th-percentile local deviation) was tried: a border's edge moves
// such a statistic, and it found fewer planted copies (548-552 of 560 against 557; docs/dedup.md).
constexpr double kFlatMargin = 8.0;

// Ink: pixels darker than the mean of their neighbourhood by half its standard deviation (Niblack's rule, with a
// floor for flat paper), so a brightness shift or a contrast change (which scale both alike) and a border (which
// moves the page's own range) keep the same marks. `scale` and `shift` map the intensities first (checkPair
// brings the second page's onto the first's, so that the floor means the same on both).
cv::Mat inkOf(const cv::Mat& gray, double scale = 1.0, double shift = 0.0)
{
    cv::Mat g, mean, squares;
    gray.convertTo(g, CV_32F, scale, shift);
    const cv::Size window(kNeighbourhood, kNeighbourhood);
    cv::blur(g, mean, window, cv::Point(-1, -1), cv::BORDER_REPLICATE);
    cv::blur(g.mul(g), squares, window, cv::Point(-1, -1), cv::BORDER_REPLICATE);
    cv::Mat deviation;
    cv::sqrt(cv::max(squares - mean.mul(mean), 0.0), deviation);
    const cv::Mat margin = cv::max(deviation * kDeviations, kFlatMargin);
    return g < mean - margin;
}

} // namespace

PageSignature::PageSignature(std::unique_ptr<Data> data)
    : m_data(std::move(data))
{
}

PageSignature::~PageSignature() = default;

std::size_t PageSignature::bytes() const
{
    return m_data->gray.total() + m_data->ink.total() + m_data->descriptors.total() * m_data->descriptors.elemSize()
        + m_data->keypoints.size() * sizeof(cv::KeyPoint);
}

Result<std::shared_ptr<const PageSignature>> PageSignature::fromFile(const QString& path)
{
    auto read = detail::readImage(path, detail::reducedGrayFlag(path, kPageCheckSide, true));
    if (!read)
        return std::move(read).error();
    cv::Mat gray = std::move(read).value();
    const double scale = double(kPageCheckSide) / std::max(gray.cols, gray.rows);
    if (std::abs(scale - 1.0) > 1e-6) {
        cv::Mat resized;
        cv::resize(gray, resized, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
        gray = std::move(resized);
    }
    auto data = std::make_unique<Data>();
    data->ink = inkOf(gray);
    data->gray = gray;
    cv::ORB::create(kFeatures)->detectAndCompute(gray, cv::noArray(), data->keypoints, data->descriptors);
    return std::shared_ptr<const PageSignature>(new PageSignature(std::move(data)));
}

PairCheck checkPair(const PageSignature& first, const PageSignature& second)
{
    const PageSignature::Data& a = first.data();
    const PageSignature::Data& b = second.data();
    PairCheck out;
    if (a.descriptors.rows < 2 || b.descriptors.rows < 2)
        return out;
    std::vector<std::vector<cv::DMatch>> knn;
    cv::BFMatcher(cv::NORM_HAMMING).knnMatch(b.descriptors, a.descriptors, knn, 2);
    std::vector<cv::Point2f> from, to;
    for (const auto& m : knn) {
        if (m.size() == 2 && m[0].distance < kRatio * m[1].distance) {
            from.push_back(b.keypoints[std::size_t(m[0].queryIdx)].pt);
            to.push_back(a.keypoints[std::size_t(m[0].trainIdx)].pt);
        }
    }
    if (int(from.size()) < kMinInliers)
        return out;
    // RANSAC draws from OpenCV's per-thread generator: seeded, the same two pages always give the same fit.
    cv::theRNG().state = 0x5eed5eedULL;
    std::vector<unsigned char> inliers;
    const cv::Mat m = cv::estimateAffinePartial2D(from, to, inliers, cv::RANSAC, kReprojection, 2000, 0.995, 10);
    if (m.empty())
        return out;
    out.inliers = int(std::count(inliers.begin(), inliers.end(), 1));
    const double scale = std::hypot(m.at<double>(0, 0), m.at<double>(1, 0));
    const double rotation = std::atan2(m.at<double>(1, 0), m.at<double>(0, 0)) * 180.0 / M_PI;
    if (out.inliers < kMinInliers || scale < 0.5 || scale > 2.0 || std::abs(rotation) > kMaxRotation)
        return out;

    // Ink within a neighbourhood of either page's edge is left out: its mean saw the edge (replicated), where the
    // other page may have more picture or a border.
    constexpr int kEdge = kNeighbourhood + 2;
    cv::Mat inner(b.ink.size(), CV_8U, cv::Scalar(0));
    inner(cv::Rect(kEdge, kEdge, std::max(0, b.ink.cols - 2 * kEdge), std::max(0, b.ink.rows - 2 * kEdge))).setTo(255);
    cv::Mat covered;
    cv::warpAffine(inner, covered, m, a.ink.size(), cv::INTER_NEAREST, cv::BORDER_CONSTANT, cv::Scalar(0));
    covered(cv::Rect(0, 0, a.ink.cols, kEdge)).setTo(0);
    covered(cv::Rect(0, a.ink.rows - kEdge, a.ink.cols, kEdge)).setTo(0);
    covered(cv::Rect(0, 0, kEdge, a.ink.rows)).setTo(0);
    covered(cv::Rect(a.ink.cols - kEdge, 0, kEdge, a.ink.rows)).setTo(0);
    const int area = cv::countNonZero(covered);
    if (area < kMinOverlap * a.ink.total())
        return out;
    out.aligned = true;
    // The second page's intensities are brought onto the first's over the overlap (their means and deviations
    // matched), then its ink is found as the first page's was.
    cv::Mat grayB;
    cv::warpAffine(b.gray, grayB, m, a.gray.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    cv::Scalar meanA, deviationA, meanB, deviationB;
    cv::meanStdDev(a.gray, meanA, deviationA, covered);
    cv::meanStdDev(grayB, meanB, deviationB, covered);
    const double gain = deviationB[0] > 1e-3 ? deviationA[0] / deviationB[0] : 1.0;
    const cv::Mat inkB = inkOf(grayB, gain, meanA[0] - gain * meanB[0]) & covered;
    cv::Mat inkBNear;
    cv::dilate(inkB, inkBNear, cv::Mat());
    const cv::Mat inkA = a.ink & covered;
    const int countA = cv::countNonZero(inkA);
    const int countB = cv::countNonZero(inkB);
    const int aloneA = cv::countNonZero(inkA & ~inkBNear);
    cv::Mat inkANear;
    cv::dilate(a.ink, inkANear, cv::Mat());
    const int aloneB = cv::countNonZero(inkB & ~inkANear);
    out.inkDifference = countA + countB == 0 ? 0.0 : double(aloneA + aloneB) / double(countA + countB);
    out.same = out.inkDifference <= kSamePageInkDifference;
    return out;
}

} // namespace lector
