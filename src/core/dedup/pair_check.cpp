// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/dedup/pair_check.h>

#include "reduced_decode.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

namespace lector {

struct PageSignature::Data {
    int side = kPageCheckSide; // the long side of gray
    cv::Mat gray; // 8-bit
    cv::Mat ink; // 0/255: darker than the neighbourhood
    std::vector<cv::Point2f> points; // of the keypoints, in gray's pixels
    cv::Mat descriptors;
};

namespace {

// 500 features fit the planted copies as well as 1,000 did and cost a quarter as much to match. ORB on a smaller
// page than the ink's (two thirds, its points scaled back) fitted less precisely: one copy in a hundred then
// scored 0.09 one way and 0.00 the other (docs/dedup.md).
constexpr int kFeatures = 500;
constexpr int kMinInliers = 12;
constexpr double kRatio = 0.8; // Lowe's ratio test on the two nearest descriptors
constexpr double kReprojection = 3.0; // pixels at kPageCheckSide, in proportion at other sides
constexpr double kMaxRotation = 10.0; // degrees
constexpr int kNeighbourhood = 19; // the mean that ink is darker than, in pixels at kPageCheckSide (odd)
constexpr double kMinOverlap = 0.5; // of the first image's area covered by the second
constexpr double kDeviations = 0.5; // how far below its neighbourhood's mean ink is, in standard deviations
// And at least this many grey levels below it, so that noise on flat paper is no ink. A floor that followed the
// picture's contrast (a share of its median or 90th-percentile local deviation) was tried: a border's edge moves
// such a statistic, and it found fewer planted copies (548-552 of 560 against 557; docs/dedup.md).
constexpr double kFlatMargin = 8.0;

int neighbourhoodAt(int side)
{
    return std::max(3, int(std::lround(double(kNeighbourhood) * side / kPageCheckSide)) | 1);
}

// Ink: pixels darker than the mean of their neighbourhood by half its standard deviation (Niblack's rule, with a
// floor for flat paper), so a brightness shift or a contrast change (which scale both alike) and a border (which
// moves the page's own range) keep the same marks. `gain` is the contrast that checkPair brings the second page's
// intensities onto the first's by, so that the floor means the same on both: under g' = gain * g + shift the rule
// g' < mean' - max(0.5 deviation', floor) is g < mean - max(0.5 deviation, floor / gain), so no pixel is mapped.
//
// The window sums are running sums in 32-bit integers (exact: 19 x 19 squares of 255 stay below 2^32), the page's
// edge replicated. Written here rather than with OpenCV's boxFilter and sqrBoxFilter, which give the same ink: those
// make two float images and a pass over them, 2.5 ms a page at 768 pixels against 1.1 ms for this one pass
// (measured on the planted scans), and a check computes ink once and a signature once.
cv::Mat inkOf(const cv::Mat& gray, int side, double gain)
{
    const int n = neighbourhoodAt(side);
    const int r = n / 2;
    const int width = gray.cols;
    const int height = gray.rows;
    const auto rowAt = [&](int y) { return gray.ptr<std::uint8_t>(std::clamp(y, 0, height - 1)); };
    const auto columnAt = [&](int x) { return std::size_t(std::clamp(x, 0, width - 1)); };
    // Column sums of the window's rows, then a window along each row.
    std::vector<std::uint32_t> sums(std::size_t(width), 0), squares(std::size_t(width), 0);
    for (int y = -r; y <= r; ++y) {
        const std::uint8_t* p = rowAt(y);
        for (int x = 0; x < width; ++x) {
            sums[std::size_t(x)] += p[x];
            squares[std::size_t(x)] += std::uint32_t(p[x]) * p[x];
        }
    }
    const float area = 1.0F / float(n * n);
    const float floor = float(kFlatMargin / gain);
    const auto share = float(kDeviations * kDeviations);
    cv::Mat ink(gray.size(), CV_8U);
    for (int y = 0; y < height; ++y) {
        std::uint32_t sum = 0, square = 0;
        for (int x = -r; x <= r; ++x) {
            sum += sums[columnAt(x)];
            square += squares[columnAt(x)];
        }
        const std::uint8_t* p = gray.ptr<std::uint8_t>(y);
        std::uint8_t* out = ink.ptr<std::uint8_t>(y);
        for (int x = 0; x < width; ++x) {
            const float mean = float(sum) * area;
            const float variance = float(square) * area - mean * mean;
            const float below = mean - float(p[x]);
            out[x] = (below > floor && below * below > share * variance) ? 255 : 0;
            const std::size_t in = columnAt(x + r + 1), leaving = columnAt(x - r);
            sum += sums[in] - sums[leaving];
            square += squares[in] - squares[leaving];
        }
        const std::uint8_t* entering = rowAt(y + r + 1);
        const std::uint8_t* left = rowAt(y - r);
        for (int x = 0; x < width; ++x) {
            sums[std::size_t(x)] += std::uint32_t(entering[x]) - left[x];
            squares[std::size_t(x)] += std::uint32_t(entering[x]) * entering[x] - std::uint32_t(left[x]) * left[x];
        }
    }
    return ink;
}

// The standard deviations of two pages' intensities where `mask` is set, from every second pixel of every second
// row (the gain they give differs from all pixels' in the third digit; cv::meanStdDev over a mask cost a third of
// a check).
std::pair<double, double> deviationsOver(const cv::Mat& a, const cv::Mat& b, const cv::Mat& mask)
{
    double sumA = 0, squareA = 0, sumB = 0, squareB = 0;
    std::int64_t count = 0;
    for (int y = 0; y < mask.rows; y += 2) {
        const std::uint8_t* m = mask.ptr<std::uint8_t>(y);
        const std::uint8_t* pa = a.ptr<std::uint8_t>(y);
        const std::uint8_t* pb = b.ptr<std::uint8_t>(y);
        for (int x = 0; x < mask.cols; x += 2) {
            if (!m[x])
                continue;
            sumA += pa[x];
            squareA += double(pa[x]) * pa[x];
            sumB += pb[x];
            squareB += double(pb[x]) * pb[x];
            ++count;
        }
    }
    if (count == 0)
        return { 0.0, 0.0 };
    const auto deviation = [&](double sum, double square) {
        const double mean = sum / double(count);
        return std::sqrt(std::max(0.0, square / double(count) - mean * mean));
    };
    return { deviation(sumA, squareA), deviation(sumB, squareB) };
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
        + m_data->points.size() * sizeof(cv::Point2f);
}

namespace detail {

cv::Mat pageInk(const cv::Mat& gray, int side, double gain) { return inkOf(gray, side, gain); }

cv::Mat pageAtSide(cv::Mat gray, int side)
{
    const double scale = double(side) / std::max(gray.cols, gray.rows);
    if (std::abs(scale - 1.0) <= 1e-6)
        return gray;
    cv::Mat resized;
    cv::resize(gray, resized, cv::Size(), scale, scale, scale < 0.5 ? cv::INTER_AREA : cv::INTER_LINEAR);
    return resized;
}

Result<cv::Mat> readPage(const QString& path, int side)
{
    auto read = readImage(path, reducedGrayFlag(path, side, true));
    if (!read)
        return std::move(read).error();
    return pageAtSide(std::move(read).value(), side);
}

} // namespace detail

Result<std::shared_ptr<const PageSignature>> PageSignature::fromFile(const QString& path, int side)
{
    auto page = detail::readPage(path, kPageCheckSide);
    if (!page)
        return std::move(page).error();
    return fromPage(std::move(page).value(), side);
}

std::shared_ptr<const PageSignature> PageSignature::fromPage(const cv::Mat& page, int side)
{
    const cv::Mat gray = side == kPageCheckSide ? page : detail::pageAtSide(page, side);
    auto data = std::make_unique<Data>();
    data->side = side;
    data->ink = inkOf(gray, side, 1.0);
    data->gray = gray;
    std::vector<cv::KeyPoint> keypoints;
    cv::ORB::create(kFeatures)->detectAndCompute(gray, cv::noArray(), keypoints, data->descriptors);
    data->points.reserve(keypoints.size());
    for (const cv::KeyPoint& k : keypoints)
        data->points.push_back(k.pt);
    return std::shared_ptr<const PageSignature>(new PageSignature(std::move(data)));
}

PairCheck checkPair(const PageSignature& first, const PageSignature& second)
{
    const PageSignature::Data& a = first.data();
    const PageSignature::Data& b = second.data();
    PairCheck out;
    if (a.side != b.side || a.descriptors.rows < 2 || b.descriptors.rows < 2)
        return out;
    std::vector<std::vector<cv::DMatch>> knn;
    cv::BFMatcher(cv::NORM_HAMMING).knnMatch(b.descriptors, a.descriptors, knn, 2);
    std::vector<cv::Point2f> from, to;
    for (const auto& m : knn) {
        if (m.size() == 2 && m[0].distance < kRatio * m[1].distance) {
            from.push_back(b.points[std::size_t(m[0].queryIdx)]);
            to.push_back(a.points[std::size_t(m[0].trainIdx)]);
        }
    }
    if (int(from.size()) < kMinInliers)
        return out;
    // RANSAC draws from OpenCV's per-thread generator: seeded, the same two pages always give the same fit.
    cv::theRNG().state = 0x5eed5eedULL;
    std::vector<unsigned char> inliers;
    const cv::Mat m = cv::estimateAffinePartial2D(
        from, to, inliers, cv::RANSAC, kReprojection * a.side / kPageCheckSide, 2000, 0.995, 10);
    if (m.empty())
        return out;
    out.inliers = int(std::count(inliers.begin(), inliers.end(), 1));
    const double scale = std::hypot(m.at<double>(0, 0), m.at<double>(1, 0));
    const double rotation = std::atan2(m.at<double>(1, 0), m.at<double>(0, 0)) * 180.0 / M_PI;
    if (out.inliers < kMinInliers || scale < 0.5 || scale > 2.0 || std::abs(rotation) > kMaxRotation)
        return out;

    // Ink within a neighbourhood of either page's edge is left out: its mean saw the edge (replicated), where the
    // other page may have more picture or a border.
    const int edge = neighbourhoodAt(a.side) + 2;
    cv::Mat inner(b.ink.size(), CV_8U, cv::Scalar(0));
    inner(cv::Rect(edge, edge, std::max(0, b.ink.cols - 2 * edge), std::max(0, b.ink.rows - 2 * edge))).setTo(255);
    cv::Mat covered;
    cv::warpAffine(inner, covered, m, a.ink.size(), cv::INTER_NEAREST, cv::BORDER_CONSTANT, cv::Scalar(0));
    covered(cv::Rect(0, 0, a.ink.cols, edge)).setTo(0);
    covered(cv::Rect(0, a.ink.rows - edge, a.ink.cols, edge)).setTo(0);
    covered(cv::Rect(0, 0, edge, a.ink.rows)).setTo(0);
    covered(cv::Rect(a.ink.cols - edge, 0, edge, a.ink.rows)).setTo(0);
    const int area = cv::countNonZero(covered);
    if (area < kMinOverlap * a.ink.total())
        return out;
    out.aligned = true;
    // The second page's intensities are brought onto the first's over the overlap (their means and deviations
    // matched), then its ink is found as the first page's was.
    cv::Mat grayB;
    cv::warpAffine(b.gray, grayB, m, a.gray.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    const auto [deviationA, deviationB] = deviationsOver(a.gray, grayB, covered);
    const double gain = deviationB > 1e-3 ? deviationA / deviationB : 1.0;
    const cv::Mat inkB = inkOf(grayB, a.side, gain) & covered;
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
