// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>

#include <QString>

#include <cstddef>
#include <memory>

namespace cv {
class Mat;
}

namespace lector {

/// What the pixels say about two images the hashes call near: the second is aligned onto the first (ORB features,
/// a similarity transform fitted by RANSAC) and their ink compared where both cover the page.
struct PairCheck {
    bool aligned = false; // a similarity transform (scale 0.5..2, rotation within 10 degrees) with enough inliers
    int inliers = 0;
    /// The share of the ink of either image that has no ink of the other within one pixel, after alignment, where
    /// both cover the page (0: the same marks; pages of one template that carry other words score far higher).
    double inkDifference = 1.0;
    /// aligned and inkDifference at most kSamePageInkDifference.
    bool same = false;
};

/// The largest ink difference of two copies of one page (measured in docs/dedup.md).
constexpr double kSamePageInkDifference = 0.06;

/// The long side, in pixels, at which pages are compared.
constexpr int kPageCheckSide = 768;

/// checkNearPairs looks at each pair at this side first (the kPageCheckSide page reduced: a signature and a check
/// cost half as much) and takes an ink difference at most kCoarseSameInkDifference there as the same page; every
/// other pair is decided at kPageCheckSide. Copies score 0.002 there (median, planted scans) and two different
/// receipts of one layout at least 0.07 (docs/dedup.md).
constexpr int kCoarseCheckSide = 512;
constexpr double kCoarseSameInkDifference = 0.03;

/// One image prepared for pair checks: from a grayscale decode at kPageCheckSide pixels on its long side (reduced
/// by libjpeg's DCT scaling for JPEG), its ink (darker than its neighbourhood) and its ORB features. Immutable once
/// made, so one signature serves checks on several threads.
class PageSignature {
public:
    ~PageSignature();
    PageSignature(const PageSignature&) = delete;
    PageSignature& operator=(const PageSignature&) = delete;

    /// The file's page (at kPageCheckSide) compared at `side`: kPageCheckSide or kCoarseCheckSide. Errors name the
    /// file (missing, not decodable). Thread-safe.
    static Result<std::shared_ptr<const PageSignature>> fromFile(const QString& path, int side = kPageCheckSide);
    /// From a grayscale page at kPageCheckSide on its long side (8-bit, one channel), compared at `side` (reduced
    /// from it when smaller), so that a signature is the same whether its page was decoded for it or kept from
    /// hashing. Thread-safe.
    static std::shared_ptr<const PageSignature> fromPage(const cv::Mat& page, int side = kPageCheckSide);

    struct Data;
    const Data& data() const { return *m_data; }
    /// The memory it holds, about.
    std::size_t bytes() const;

private:
    explicit PageSignature(std::unique_ptr<Data> data);
    std::unique_ptr<Data> m_data;
};

/// Aligns `b` onto `a` and compares their ink. Symmetric up to the fit's randomness (RANSAC is seeded, so the
/// same two signatures give the same result). Thread-safe.
PairCheck checkPair(const PageSignature& a, const PageSignature& b);

} // namespace lector
