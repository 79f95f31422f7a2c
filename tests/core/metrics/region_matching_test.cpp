// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/region_matching.h>

#include <lector/metrics/polygon_iou.h>

#include "python_reference.h"
#include "test_support.h"

#include <QRandomGenerator>

#include <set>

using namespace lector;

namespace {

Polygon box(double x0, double y0, double x1, double y1) { return Polygon::fromBox({ x0, y0, x1, y1 }); }

double total(const std::vector<RegionMatch>& m)
{
    double s = 0;
    for (const RegionMatch& r : m)
        s += r.iou;
    return s;
}

/// Words in a few crowded spots so that candidate components hold several regions each.
std::vector<Polygon> crowded(QRandomGenerator& rng, int n)
{
    std::vector<Polygon> out;
    for (int i = 0; i < n; ++i) {
        const double cx = 20 * rng.bounded(4) + rng.bounded(12.0), cy = 20 * rng.bounded(3) + rng.bounded(12.0);
        const double w = 6 + rng.bounded(10.0), h = 4 + rng.bounded(6.0);
        out.push_back(box(cx, cy, cx + w, cy + h));
    }
    return out;
}

} // namespace

TEST(RegionMatching, HandMadePage)
{
    // a0 and b1 are the same word (IoU 1); a1 overlaps b0 by half its width (IoU 50/150 = 1/3, below 0.5);
    // a2 overlaps b2 with IoU 90/110 (box 0..10 vs 1..11: overlap 9*10 = 90, union 200 - 90 = 110).
    const std::vector<Polygon> a { box(0, 0, 10, 10), box(100, 0, 110, 10), box(0, 50, 10, 60) };
    const std::vector<Polygon> b { box(105, 0, 115, 10), box(0, 0, 10, 10), box(1, 50, 11, 60) };
    const auto m = matchRegions(a, b, 0.5);
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(m[0].a, 0);
    EXPECT_EQ(m[0].b, 1);
    EXPECT_DOUBLE_EQ(m[0].iou, 1);
    EXPECT_EQ(m[1].a, 2);
    EXPECT_EQ(m[1].b, 2);
    EXPECT_DOUBLE_EQ(m[1].iou, 90.0 / 110.0);
    // With a lower threshold the third pair joins.
    EXPECT_EQ(matchRegions(a, b, 0.3).size(), 3u);
    EXPECT_TRUE(matchRegions({}, b, 0.5).empty());
}

TEST(RegionMatching, OptimalNotGreedy)
{
    // Boxes along x, all 10 high. a0 = [0,10], a1 = [-1.2,8.8], b0 = [0.5,10.5], b1 = [1.5,11.5].
    // a0-b0: overlap 9.5, union 10.5 -> 0.905; a1-b1: 7.3 / 12.7 = 0.575;
    // a0-b1: 8.5 / 11.5 = 0.739; a1-b0: 8.3 / 11.7 = 0.709.
    // a0-b0 + a1-b1 = 1.480 beats a0-b1 + a1-b0 = 1.448.
    const std::vector<Polygon> a { box(0, 0, 10, 10), box(-1.2, 0, 8.8, 10) };
    const std::vector<Polygon> b { box(0.5, 0, 10.5, 10), box(1.5, 0, 11.5, 10) };
    const auto m = matchRegions(a, b, 0.5);
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(m[0].b, 0);
    EXPECT_EQ(m[1].b, 1);
    EXPECT_NEAR(total(m), 9.5 / 10.5 + 7.3 / 12.7, 1e-12);

    // Greedy (best pair first) would lose a match here. a0 = [0,10], a1 = [-4,6], b0 = [-0.5,9.5], b1 = [2.5,12.5]:
    // a0-b0 9.5 / 10.5 = 0.905, a0-b1 7.5 / 12.5 = 0.6, a1-b0 6.5 / 13.5 = 0.481, a1-b1 3.5 / 16.5 = 0.21.
    // At threshold 0.45 greedy takes a0-b0 and leaves a1 alone; the optimum is a0-b1 + a1-b0 = 1.081.
    const std::vector<Polygon> a2 { box(0, 0, 10, 10), box(-4, 0, 6, 10) };
    const std::vector<Polygon> b2 { box(-0.5, 0, 9.5, 10), box(2.5, 0, 12.5, 10) };
    const auto m2 = matchRegions(a2, b2, 0.45);
    ASSERT_EQ(m2.size(), 2u);
    EXPECT_EQ(m2[0].b, 1);
    EXPECT_EQ(m2[1].b, 0);
}

TEST(RegionMatching, AssignmentSolverRectangular)
{
    // 2 rows x 3 columns: best is row0->col2 (1) + row1->col0 (2) = 3.
    const std::vector<double> cost { 4, 5, 1, 2, 6, 7 };
    const auto r = solveAssignment(cost, 2, 3);
    EXPECT_EQ(r, (std::vector<int> { 2, 0 }));
    // Transposed: 3 rows x 2 columns, one row left out.
    const std::vector<double> costT { 4, 2, 5, 6, 1, 7 };
    const auto t = solveAssignment(costT, 3, 2);
    EXPECT_EQ(t, (std::vector<int> { 1, -1, 0 }));
}

TEST(RegionMatching, MatchesScipyLinearSumAssignment)
{
    if (!test::pythonHas({ QStringLiteral("scipy.optimize"), QStringLiteral("numpy") }))
        GTEST_SKIP() << "python3-scipy not installed";
    QRandomGenerator rng(77);
    const double threshold = 0.3;
    struct Case {
        std::vector<Polygon> a, b;
        std::vector<RegionMatch> m;
    };
    std::vector<Case> cases;
    QByteArray input;
    for (int i = 0; i < 150; ++i) {
        Case c { crowded(rng, 1 + rng.bounded(25)), crowded(rng, 1 + rng.bounded(25)), {} };
        c.m = matchRegions(c.a, c.b, threshold);
        // The weight matrix the reference solves: IoU where it reaches the threshold, else 0 (no gain).
        input += QByteArray::number(c.a.size()) + ' ' + QByteArray::number(c.b.size());
        for (const Polygon& p : c.a)
            for (const Polygon& q : c.b) {
                const double iou = polygonIoU(p, q);
                input += ' ' + QByteArray::number(iou >= threshold ? iou : 0.0, 'g', 17);
            }
        input += '\n';
        cases.push_back(std::move(c));
    }
    const QString script = QStringLiteral("import sys\n"
                                          "import numpy as np\n"
                                          "from scipy.optimize import linear_sum_assignment\n"
                                          "for line in sys.stdin:\n"
                                          "    v = line.split()\n"
                                          "    n, m = int(v[0]), int(v[1])\n"
                                          "    w = np.array([float(t) for t in v[2:]]).reshape(n, m)\n"
                                          "    r, c = linear_sum_assignment(w, maximize=True)\n"
                                          "    k = w[r, c] > 0\n"
                                          "    print(repr(float(w[r, c].sum())), int(k.sum()))\n");
    QString error;
    const auto out = test::runPython(script, input, &error);
    ASSERT_TRUE(out.has_value()) << error;
    const QList<QByteArray> lines = out->trimmed().split('\n');
    ASSERT_EQ(lines.size(), static_cast<int>(cases.size()));
    for (size_t i = 0; i < cases.size(); ++i) {
        const Case& c = cases[i];
        const QList<QByteArray> f = lines[static_cast<int>(i)].split(' ');
        EXPECT_NEAR(total(c.m), f[0].toDouble(), 1e-9) << "case " << i;
        std::set<int> usedA, usedB;
        for (const RegionMatch& r : c.m) {
            EXPECT_TRUE(usedA.insert(r.a).second);
            EXPECT_TRUE(usedB.insert(r.b).second);
            EXPECT_GE(r.iou, threshold);
            EXPECT_DOUBLE_EQ(r.iou, polygonIoU(c.a[r.a], c.b[r.b]));
        }
    }
}

TEST(RegionMatching, ThousandsOfWordsMatchTheirTwinsThroughTheGrid)
{
    // 4,000 words on a grid, the second annotator's shifted by a pixel: each word overlaps its twin only, so the
    // grid gives 4,000 candidate pairs (an all-pairs scan would clip 16 million) and the Hungarian method runs on
    // 4,000 components of one pair. How long that takes is a figure: lector-bench-matching.
    std::vector<Polygon> a, b;
    for (int r = 0; r < 80; ++r)
        for (int c = 0; c < 50; ++c) {
            a.push_back(box(c * 40, r * 20, c * 40 + 35, r * 20 + 15));
            b.push_back(box(c * 40 + 1, r * 20 + 1, c * 40 + 36, r * 20 + 16));
        }
    const auto candidates = overlappingPairs(a, b, 0);
    ASSERT_EQ(candidates.size(), a.size());
    for (const RegionMatch& p : candidates)
        EXPECT_EQ(p.a, p.b);
    const auto m = matchRegions(a, b, 0.5);
    ASSERT_EQ(m.size(), a.size());
    for (std::size_t i = 0; i < m.size(); ++i) {
        EXPECT_EQ(m[i].a, int(i));
        EXPECT_EQ(m[i].b, int(i));
        EXPECT_DOUBLE_EQ(m[i].iou, polygonIoU(a[i], b[i]));
    }
}
