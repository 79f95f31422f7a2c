// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/geometry/quad_geometry.h>

#include <algorithm>
#include <cmath>

namespace lector::quadgeometry {

Polygon translated(const Polygon& polygon, double dx, double dy)
{
    Polygon out = polygon;
    for (PointF& p : out.points) {
        p.x += dx;
        p.y += dy;
    }
    return out;
}

Polygon rotated(const Polygon& polygon, double degrees)
{
    const BoxF box = polygon.boundingBox();
    const double cx = (box.x0 + box.x1) / 2;
    const double cy = (box.y0 + box.y1) / 2;
    const double r = degrees * M_PI / 180.0;
    const double c = std::cos(r);
    const double s = std::sin(r);
    Polygon out = polygon;
    for (PointF& p : out.points) {
        const double x = p.x - cx;
        const double y = p.y - cy;
        p = { cx + x * c - y * s, cy + x * s + y * c };
    }
    return out;
}

Polygon fromBaseline(const PointF& a, const PointF& b, const PointF& c)
{
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double len = std::hypot(dx, dy);
    if (len == 0)
        return Polygon { { a, b, b, a } };
    // Unit normal, and the signed distance of c from the line a-b along it.
    const double nx = -dy / len;
    const double ny = dx / len;
    const double h = (c.x - a.x) * nx + (c.y - a.y) * ny;
    const PointF d { b.x + nx * h, b.y + ny * h };
    const PointF e { a.x + nx * h, a.y + ny * h };
    return normalized(Polygon { { a, b, d, e } });
}

Polygon normalized(const Polygon& polygon)
{
    Polygon out = polygon;
    if (out.points.size() < 3)
        return out;
    if (out.signedArea() < 0)
        std::reverse(out.points.begin(), out.points.end());
    auto first = std::min_element(
        out.points.begin(), out.points.end(), [](const PointF& p, const PointF& q) { return p.x + p.y < q.x + q.y; });
    std::rotate(out.points.begin(), first, out.points.end());
    return out;
}

Polygon resizedBox(const Polygon& box, int corner, const PointF& to)
{
    const int n = static_cast<int>(box.points.size());
    if (n != 4 || corner < 0 || corner >= n)
        return box;
    const PointF fixed = box.points[static_cast<size_t>((corner + 2) % 4)];
    return Polygon::fromBox(
        { std::min(fixed.x, to.x), std::min(fixed.y, to.y), std::max(fixed.x, to.x), std::max(fixed.y, to.y) });
}

} // namespace lector::quadgeometry
