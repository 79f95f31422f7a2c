// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/geometry/quad_geometry.h>

#include <gtest/gtest.h>

#include <cmath>

using namespace lector;
using namespace lector::quadgeometry;

namespace {

void expectNear(const Polygon& actual, const std::vector<PointF>& expected, double tolerance = 1e-9)
{
    ASSERT_EQ(actual.points.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_NEAR(actual.points[i].x, expected[i].x, tolerance) << "corner " << i;
        EXPECT_NEAR(actual.points[i].y, expected[i].y, tolerance) << "corner " << i;
    }
}

const Polygon kBox = Polygon::fromBox({ 10, 20, 50, 30 }); // 40 x 10, centre (30, 25)

} // namespace

TEST(QuadGeometry, TranslatedMovesEveryCorner)
{
    expectNear(translated(kBox, 5, -2), { { 15, 18 }, { 55, 18 }, { 55, 28 }, { 15, 28 } });
}

TEST(QuadGeometry, RotatedTurnsClockwiseOnScreenAroundTheBoxCentre)
{
    // 90 degrees clockwise with y down: the top-left corner goes to the top-right of the turned box.
    const Polygon turned = rotated(kBox, 90);
    expectNear(turned, { { 35, 5 }, { 35, 45 }, { 25, 45 }, { 25, 5 } });
    EXPECT_NEAR(turned.area(), kBox.area(), 1e-9);
    // A small turn keeps the centre and the area, and a full turn comes back.
    const Polygon small = rotated(kBox, 3);
    const BoxF b = small.boundingBox();
    EXPECT_NEAR((b.x0 + b.x1) / 2, 30, 1e-9);
    EXPECT_NEAR((b.y0 + b.y1) / 2, 25, 1e-9);
    EXPECT_NEAR(small.area(), 400, 1e-9);
    expectNear(rotated(kBox, 360), kBox.points);
    expectNear(rotated(rotated(kBox, 17), -17), kBox.points);
}

TEST(QuadGeometry, FromBaselineStandsTheHeightOnTheSideOfTheThirdPoint)
{
    // Baseline along y = 100 from x 10 to 60, third point 12 px above: the text box above the baseline.
    const Polygon above = fromBaseline({ 10, 100 }, { 60, 100 }, { 30, 88 });
    expectNear(above, { { 10, 88 }, { 60, 88 }, { 60, 100 }, { 10, 100 } });
    // The same baseline with the point below: the box hangs below it.
    const Polygon below = fromBaseline({ 10, 100 }, { 60, 100 }, { 0, 112 });
    expectNear(below, { { 10, 100 }, { 60, 100 }, { 60, 112 }, { 10, 112 } });
    // A slanted baseline: a rectangle (sides at right angles) whose height is the point's distance from the line.
    const Polygon slanted = fromBaseline({ 0, 0 }, { 30, 40 }, { -8, 6 });
    ASSERT_EQ(slanted.points.size(), 4u);
    for (int i = 0; i < 4; ++i) {
        const PointF& p = slanted.points[size_t(i)];
        const PointF& q = slanted.points[size_t((i + 1) % 4)];
        const PointF& r = slanted.points[size_t((i + 2) % 4)];
        const double dot = (q.x - p.x) * (r.x - q.x) + (q.y - p.y) * (r.y - q.y);
        EXPECT_NEAR(dot, 0, 1e-9) << "corner " << i + 1 << " is not square";
    }
    EXPECT_NEAR(slanted.area(), 50 * 10, 1e-9); // baseline 50 long, the point 10 from it
    // A baseline of no length gives a degenerate quad instead of dividing by zero.
    const Polygon degenerate = fromBaseline({ 5, 5 }, { 5, 5 }, { 9, 9 });
    EXPECT_EQ(degenerate.area(), 0);
}

TEST(QuadGeometry, NormalizedIsClockwiseOnScreenFromTheTopLeftCorner)
{
    // Counter-clockwise on screen, starting at the bottom-right.
    const Polygon reversed { { { 50, 30 }, { 50, 20 }, { 10, 20 }, { 10, 30 } } };
    const Polygon n = normalized(reversed);
    expectNear(n, kBox.points);
    EXPECT_GT(n.signedArea(), 0);
    // Already normal: unchanged.
    EXPECT_EQ(normalized(kBox), kBox);
    // A turned quad starts at its corner with the smallest x + y.
    const Polygon turned = normalized(rotated(kBox, 30));
    for (const PointF& p : turned.points)
        EXPECT_LE(turned.points.front().x + turned.points.front().y, p.x + p.y);
}

TEST(QuadGeometry, ResizedBoxKeepsTheOppositeCorner)
{
    // Drag the bottom-right corner (2) out: the top-left stays.
    expectNear(resizedBox(kBox, 2, { 70, 45 }), { { 10, 20 }, { 70, 20 }, { 70, 45 }, { 10, 45 } });
    // Drag the top-left corner (0) past the opposite one: still a proper box.
    expectNear(resizedBox(kBox, 0, { 60, 40 }), { { 50, 30 }, { 60, 30 }, { 60, 40 }, { 50, 40 } });
    // Not a quad, or no such corner: unchanged.
    EXPECT_EQ(resizedBox(kBox, 4, { 0, 0 }), kBox);
    const Polygon triangle { { { 0, 0 }, { 10, 0 }, { 0, 10 } } };
    EXPECT_EQ(resizedBox(triangle, 1, { 50, 50 }), triangle);
}

TEST(QuadGeometry, EdgeOffsetsMeasureHowFarEachEdgeLiesOutside)
{
    // Grown by 1 at the top, 2 on the right, 3 at the bottom; 4 in on the left.
    const Polygon grown = Polygon::fromBox({ 14, 19, 52, 33 });
    const auto offsets = edgeOffsets(grown, kBox);
    EXPECT_NEAR(offsets[0], 1, 1e-12);
    EXPECT_NEAR(offsets[1], 2, 1e-12);
    EXPECT_NEAR(offsets[2], 3, 1e-12);
    EXPECT_NEAR(offsets[3], -4, 1e-12);
    // Not quads: nothing measured.
    const auto none = edgeOffsets(Polygon { { { 0, 0 }, { 10, 0 }, { 5, 5 } } }, kBox);
    EXPECT_EQ(none, (std::array<double, 4> {}));
}

TEST(QuadGeometry, OffsetEdgesMovesEachEdgeAlongItsNormal)
{
    expectNear(offsetEdges(kBox, { 1, 2, 3, -4 }), { { 14, 19 }, { 52, 19 }, { 52, 33 }, { 14, 33 } });
    // On a rotated quad the edges move along the rotated normals: the same as growing the upright box first (by as
    // much on opposite sides, so that both turn about the same centre).
    const Polygon tilted = normalized(rotated(kBox, 3));
    const std::array<double, 4> grow { 2, 1, 2, 1 };
    expectNear(offsetEdges(tilted, grow), normalized(rotated(Polygon::fromBox({ 9, 18, 51, 32 }), 3)).points);
    // edgeOffsets undoes it, and a negative offset takes it back.
    const auto measured = edgeOffsets(offsetEdges(tilted, grow), tilted);
    for (std::size_t e = 0; e < 4; ++e)
        EXPECT_NEAR(measured[e], grow[e], 1e-9) << e;
    expectNear(offsetEdges(offsetEdges(tilted, grow), { -2, -1, -2, -1 }), tilted.points);
}
