// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

// Random agreement inputs and a figure-by-figure comparison of two reports, for the tests of the streaming report.

#include <lector/metrics/agreement_report.h>

#include "test_support.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <random>
#include <string>

namespace lector::test {

struct RandomAgreementOptions {
    int images = 60;
    bool emptyLists = true; // some annotators present on an image with no region (only memory can say so)
    ImageId firstId = 1;
};

/// Images labeled by 0 to 4 of 5 annotators around a random truth: jitter, misses, extras, typos, flags, rotated
/// quads, all height bins, several scripts, guideline versions 0 to 3, four batches, an annotator's own regions
/// overlapping now and then (geometry alpha counts those overlaps too).
inline AgreementInput randomAgreementInput(std::uint32_t seed, const RandomAgreementOptions& options = {})
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> jitter(0, 2);
    const QStringList names { QStringLiteral("ann"), QStringLiteral("bea"), QStringLiteral("cid"),
        QStringLiteral("dov"), QStringLiteral("eli") };
    const QStringList words { QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("한국"),
        QStringLiteral("2026"), QStringLiteral("$12.50"), QStringLiteral("—"), QString(), QStringLiteral("Hello,"),
        QStringLiteral("x"), QStringLiteral("invoice-number"), QStringLiteral("서울특별시") };
    AgreementInput input;
    for (int i = 0; i < options.images; ++i) {
        AgreementImage image;
        image.id = options.firstId + i;
        image.batch = QStringLiteral("b%1").arg(int(rng() % 4));
        struct Truth {
            double x, y, w, h, angle;
            QString text;
        };
        std::vector<Truth> truth(rng() % 26);
        for (size_t t = 0; t < truth.size(); ++t) {
            const double h = unit(rng) < 0.2 ? 8 + unit(rng) * 6
                : unit(rng) < 0.2            ? 64 + unit(rng) * 30
                                             : 18 + unit(rng) * 30;
            truth[t] = { 20 + double(t % 4) * 260, 20 + double(t / 4) * 110, h * (0.5 + unit(rng) * 6), h,
                unit(rng) < 0.2 ? (unit(rng) - 0.5) * 1.6 : 0, words[int(rng() % unsigned(words.size()))] };
        }
        const int annotators = int(rng() % 5);
        std::vector<int> who { 0, 1, 2, 3, 4 };
        std::shuffle(who.begin(), who.end(), rng);
        for (int a = 0; a < annotators; ++a) {
            std::vector<AgreementRegion>& regions = image.byAnnotator[names[who[size_t(a)]]];
            if (options.emptyLists && unit(rng) < 0.05)
                continue;
            const auto add = [&](const Truth& t) {
                AgreementRegion r;
                const double cx = t.x + t.w / 2 + jitter(rng), cy = t.y + t.h / 2 + jitter(rng);
                const double c = std::cos(t.angle), s = std::sin(t.angle);
                std::vector<double> xy;
                static const std::array<std::pair<double, double>, 4> corners { { { -1, -1 }, { 1, -1 }, { 1, 1 },
                    { -1, 1 } } };
                for (const auto& [dx, dy] : corners) {
                    const double px = dx * t.w / 2 + jitter(rng) * 0.5, py = dy * t.h / 2 + jitter(rng) * 0.5;
                    xy.push_back(cx + px * c - py * s);
                    xy.push_back(cy + px * s + py * c);
                }
                r.region.polygon = *Polygon::fromFlat(xy);
                r.region.text = t.text;
                if (unit(rng) < 0.1 && !r.region.text.isEmpty())
                    r.region.text[int(rng() % unsigned(r.region.text.size()))] = QLatin1Char('q');
                if (unit(rng) < 0.1)
                    r.region.flags |= FlagIllegible;
                if (unit(rng) < 0.05)
                    r.region.flags |= FlagDontCare;
                r.guidelineVersion = int(rng() % 4);
                regions.push_back(std::move(r));
            };
            for (const Truth& t : truth) {
                if (unit(rng) < 0.15)
                    continue;
                add(t);
                if (unit(rng) < 0.05)
                    add(t); // the same word twice
            }
            if (unit(rng) < 0.3)
                add({ unit(rng) * 900, unit(rng) * 600, 40, 20, 0, QStringLiteral("extra") });
        }
        input.images.push_back(std::move(image));
    }
    return input;
}

/// Equal (both NaN counts as equal), or within `tolerance` relative to the larger magnitude (at least 1).
inline void expectClose(double a, double b, double tolerance, const std::string& what)
{
    if (std::isnan(a) || std::isnan(b)) {
        EXPECT_TRUE(std::isnan(a) && std::isnan(b)) << what << ": " << a << " vs " << b;
        return;
    }
    if (tolerance == 0) {
        EXPECT_EQ(a, b) << what;
    } else {
        EXPECT_LE(std::abs(a - b), tolerance * std::max({ 1.0, std::abs(a), std::abs(b) })) << what;
    }
}

inline void expectSamePair(const PairFigures& a, const PairFigures& b, double tolerance, const std::string& what)
{
    EXPECT_EQ(a.a, b.a) << what;
    EXPECT_EQ(a.b, b.b) << what;
    EXPECT_EQ(a.images, b.images) << what;
    EXPECT_EQ(a.regionsA, b.regionsA) << what;
    EXPECT_EQ(a.regionsB, b.regionsB) << what;
    EXPECT_EQ(a.matched, b.matched) << what;
    EXPECT_EQ(a.matchedB, b.matchedB) << what;
    expectClose(a.iouSum, b.iouSum, tolerance, what + " iouSum");
    EXPECT_EQ(a.textEqual, b.textEqual) << what;
    EXPECT_EQ(a.editDistance, b.editDistance) << what;
    EXPECT_EQ(a.lengthA, b.lengthA) << what;
    EXPECT_EQ(a.lengthB, b.lengthB) << what;
}

inline void expectSameSlices(
    const std::vector<SliceFigures>& a, const std::vector<SliceFigures>& b, double tolerance, const std::string& what)
{
    ASSERT_EQ(a.size(), b.size()) << what;
    for (size_t i = 0; i < a.size(); ++i) {
        const std::string where = what + " " + a[i].dimension.toStdString() + ":" + a[i].bin.toStdString() + " v"
            + std::to_string(a[i].guidelineVersion);
        EXPECT_EQ(a[i].dimension, b[i].dimension) << where;
        EXPECT_EQ(a[i].bin, b[i].bin) << where;
        EXPECT_EQ(a[i].guidelineVersion, b[i].guidelineVersion) << where;
        EXPECT_EQ(a[i].images, b[i].images) << where;
        expectSamePair(a[i].pooled, b[i].pooled, tolerance, where + " pooled");
        ASSERT_EQ(a[i].pairs.size(), b[i].pairs.size()) << where;
        for (size_t p = 0; p < a[i].pairs.size(); ++p)
            expectSamePair(a[i].pairs[p], b[i].pairs[p], tolerance, where + " pair");
    }
}

/// Every figure of two reports. `sliceTolerance` is for the sums whose order the streaming report changed: the
/// slices' IoU sums (added per image, not per match) and geometry alpha's expected part (its similarities summed per
/// image, not in hash-map order); `pairTolerance` for the pairs' IoU sums (the old report added them per thread).
inline void expectSameReport(
    const AgreementReport& a, const AgreementReport& b, double sliceTolerance = 0, double pairTolerance = 0)
{
    EXPECT_EQ(a.canceled, b.canceled);
    EXPECT_EQ(a.images, b.images);
    EXPECT_EQ(a.iouThreshold, b.iouThreshold);
    EXPECT_EQ(a.annotators, b.annotators);
    ASSERT_EQ(a.pairs.size(), b.pairs.size());
    for (size_t p = 0; p < a.pairs.size(); ++p)
        expectSamePair(a.pairs[p], b.pairs[p], pairTolerance, "pair " + std::to_string(p));
    ASSERT_EQ(a.perImage.size(), b.perImage.size());
    for (size_t i = 0; i < a.perImage.size(); ++i) {
        const std::string where = "image " + std::to_string(a.perImage[i].image);
        EXPECT_EQ(a.perImage[i].image, b.perImage[i].image) << where;
        EXPECT_EQ(a.perImage[i].batch, b.perImage[i].batch) << where;
        ASSERT_EQ(a.perImage[i].pairs.size(), b.perImage[i].pairs.size()) << where;
        for (size_t p = 0; p < a.perImage[i].pairs.size(); ++p)
            expectSamePair(a.perImage[i].pairs[p], b.perImage[i].pairs[p], 0, where);
    }
    EXPECT_EQ(a.units, b.units);
    EXPECT_EQ(a.alphaText.units, b.alphaText.units);
    EXPECT_EQ(a.alphaText.values, b.alphaText.values);
    expectClose(a.alphaText.alpha, b.alphaText.alpha, 0, "alpha text");
    expectClose(a.alphaText.observed, b.alphaText.observed, 0, "alpha text D_o");
    expectClose(a.alphaText.expected, b.alphaText.expected, 0, "alpha text D_e");
    EXPECT_EQ(a.alphaGeometry.units, b.alphaGeometry.units);
    EXPECT_EQ(a.alphaGeometry.values, b.alphaGeometry.values);
    expectClose(a.alphaGeometry.observed, b.alphaGeometry.observed, 0, "alpha geometry D_o");
    expectClose(a.alphaGeometry.expected, b.alphaGeometry.expected, sliceTolerance, "alpha geometry D_e");
    expectClose(a.alphaGeometry.alpha, b.alphaGeometry.alpha, sliceTolerance, "alpha geometry");
    expectClose(a.kappaIllegible, b.kappaIllegible, 0, "kappa illegible");
    expectClose(a.kappaDontCare, b.kappaDontCare, 0, "kappa don't care");
    expectSameSlices(a.perSlice, b.perSlice, sliceTolerance, "perSlice");
    expectSameSlices(a.perGuidelineVersion, b.perGuidelineVersion, sliceTolerance, "perGuidelineVersion");
    expectSameSlices(a.perVersionSlice, b.perVersionSlice, sliceTolerance, "perVersionSlice");
}

} // namespace lector::test
