// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/polygon_iou.h>

#include "python_reference.h"
#include "test_support.h"

#include <QRandomGenerator>

#include <cmath>

using namespace lector;

namespace {

Polygon poly(std::initializer_list<double> xy) { return *Polygon::fromFlat(std::vector<double>(xy)); }

/// A simple polygon: n points at increasing random angles and random radii around a random centre (star-shaped, so
/// never self-intersecting; convex or not).
Polygon randomPolygon(QRandomGenerator& rng, int n)
{
    const double cx = rng.bounded(100.0), cy = rng.bounded(100.0);
    // One point per sector, so consecutive points are less than pi apart around the centre: a simple polygon.
    std::vector<double> angles;
    for (int i = 0; i < n; ++i)
        angles.push_back((i + 0.05 + rng.bounded(0.9)) * 2 * M_PI / n);
    Polygon p;
    for (double a : angles) {
        const double r = 5 + rng.bounded(40.0);
        p.points.push_back({ cx + r * std::cos(a), cy + r * std::sin(a) });
    }
    if (rng.bounded(2) == 0)
        std::reverse(p.points.begin(), p.points.end());
    return p;
}

QByteArray flatLine(const Polygon& p)
{
    QByteArray line;
    for (const PointF& q : p.points)
        line += QByteArray::number(q.x, 'g', 17) + ' ' + QByteArray::number(q.y, 'g', 17) + ' ';
    return line.trimmed();
}

} // namespace

TEST(PolygonIoU, HandMadeBoxes)
{
    const Polygon a = Polygon::fromBox({ 0, 0, 10, 10 });
    const Polygon b = Polygon::fromBox({ 5, 0, 15, 10 });
    // Overlap 5 x 10 = 50; union 100 + 100 - 50 = 150.
    EXPECT_DOUBLE_EQ(polygonIntersectionArea(a, b), 50);
    EXPECT_DOUBLE_EQ(polygonIoU(a, b), 50.0 / 150.0);
    EXPECT_DOUBLE_EQ(polygonIoU(a, a), 1);
    EXPECT_DOUBLE_EQ(polygonIoU(a, Polygon::fromBox({ 20, 20, 30, 30 })), 0);
    // Touching edges share no area.
    EXPECT_DOUBLE_EQ(polygonIoU(a, Polygon::fromBox({ 10, 0, 20, 10 })), 0);
    // A diamond inscribed in the square: area 50, all inside.
    const Polygon diamond = poly({ 5, 0, 10, 5, 5, 10, 0, 5 });
    EXPECT_DOUBLE_EQ(polygonIntersectionArea(a, diamond), 50);
    EXPECT_DOUBLE_EQ(polygonIoU(a, diamond), 0.5);
    // An L shape (non-convex, area 75) against the square's missing quarter and its own corner.
    const Polygon l = poly({ 0, 0, 10, 0, 10, 5, 5, 5, 5, 10, 0, 10 });
    EXPECT_FALSE(isConvexPolygon(l));
    EXPECT_DOUBLE_EQ(polygonIntersectionArea(l, Polygon::fromBox({ 5, 5, 10, 10 })), 0);
    EXPECT_DOUBLE_EQ(polygonIntersectionArea(l, a), 75);
    EXPECT_DOUBLE_EQ(polygonIoU(l, a), 0.75);
    // Degenerate input.
    EXPECT_DOUBLE_EQ(polygonIoU(Polygon {}, a), 0);
}

TEST(PolygonIoU, ConvexityTest)
{
    EXPECT_TRUE(isConvexPolygon(Polygon::fromBox({ 0, 0, 3, 2 })));
    EXPECT_TRUE(isConvexPolygon(poly({ 0, 0, 0, 2, 3, 2, 3, 0 })));
    EXPECT_FALSE(isConvexPolygon(poly({ 0, 0, 4, 0, 1, 1, 0, 4 }))); // an arrowhead
    // A pentagram turns the same way at every corner yet winds twice.
    Polygon star;
    for (int i = 0; i < 5; ++i) {
        const double a = 2 * M_PI * (2 * i) / 5;
        star.points.push_back({ std::cos(a), std::sin(a) });
    }
    EXPECT_FALSE(isConvexPolygon(star));
}

TEST(PolygonIoU, MatchesShapelyOnRandomPolygons)
{
    if (!test::pythonHas({ QStringLiteral("shapely") }))
        GTEST_SKIP() << "python3-shapely not installed";
    QRandomGenerator rng(20260505);
    std::vector<std::pair<Polygon, Polygon>> cases;
    for (int i = 0; i < 600; ++i) {
        // Mostly quads (convex or not), some curved-text polygons with more points.
        const int na = i % 5 == 4 ? 6 + rng.bounded(5) : 4;
        const int nb = i % 7 == 6 ? 6 + rng.bounded(5) : 4;
        cases.emplace_back(randomPolygon(rng, na), randomPolygon(rng, nb));
    }
    cases.emplace_back(Polygon::fromBox({ 0, 0, 10, 10 }), Polygon::fromBox({ 0, 0, 10, 10 }));
    QByteArray input;
    for (const auto& c : cases)
        input += flatLine(c.first) + " | " + flatLine(c.second) + '\n';
    const QString script = QStringLiteral("import sys\n"
                                          "from shapely.geometry import Polygon\n"
                                          "def P(s):\n"
                                          "    v = [float(t) for t in s.split()]\n"
                                          "    return Polygon(list(zip(v[0::2], v[1::2])))\n"
                                          "for line in sys.stdin:\n"
                                          "    a, b = line.split('|')\n"
                                          "    a, b = P(a), P(b)\n"
                                          "    i = a.intersection(b).area\n"
                                          "    u = a.area + b.area - i\n"
                                          "    print(repr(i), repr(i / u if u > 0 else 0.0))\n");
    QString error;
    const auto out = test::runPython(script, input, &error);
    ASSERT_TRUE(out.has_value()) << error;
    const QList<QByteArray> lines = out->trimmed().split('\n');
    ASSERT_EQ(lines.size(), static_cast<int>(cases.size()));
    int nonConvex = 0;
    for (size_t i = 0; i < cases.size(); ++i) {
        const QList<QByteArray> f = lines[static_cast<int>(i)].split(' ');
        const double area = f[0].toDouble(), iou = f[1].toDouble();
        const auto& [a, b] = cases[i];
        nonConvex += !isConvexPolygon(a) || !isConvexPolygon(b);
        EXPECT_NEAR(polygonIntersectionArea(a, b), area, 1e-7 * std::max(1.0, area)) << "case " << i;
        EXPECT_NEAR(polygonIoU(a, b), iou, 1e-9) << "case " << i;
        EXPECT_NEAR(polygonIoU(b, a), iou, 1e-9) << "case " << i;
    }
    EXPECT_GT(nonConvex, 50); // the fallback was exercised
}
