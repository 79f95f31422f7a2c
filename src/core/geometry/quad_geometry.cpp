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

namespace {

/// The outward unit normal of edge e of a normalized (clockwise on screen, y down) quad: (dy, -dx) of its direction.
bool edgeFrame(const Polygon& q, std::size_t e, PointF* start, PointF* normal)
{
    const PointF a = q.points[e];
    const PointF b = q.points[(e + 1) % 4];
    const double len = std::hypot(b.x - a.x, b.y - a.y);
    if (!(len > 0))
        return false;
    *start = a;
    *normal = { (b.y - a.y) / len, -(b.x - a.x) / len };
    return true;
}

bool usableQuad(const Polygon& q) { return q.isQuad() && q.signedArea() > 0; }

} // namespace

std::array<double, 4> edgeOffsets(const Polygon& quad, const Polygon& reference)
{
    std::array<double, 4> out {};
    if (!usableQuad(quad) || !usableQuad(reference))
        return out;
    for (std::size_t e = 0; e < 4; ++e) {
        PointF start;
        PointF normal;
        if (!edgeFrame(reference, e, &start, &normal))
            return {};
        const PointF a = quad.points[e];
        const PointF b = quad.points[(e + 1) % 4];
        const PointF mid { (a.x + b.x) / 2, (a.y + b.y) / 2 };
        out[e] = (mid.x - start.x) * normal.x + (mid.y - start.y) * normal.y;
    }
    return out;
}

Polygon offsetEdges(const Polygon& quad, const std::array<double, 4>& offsets)
{
    if (!usableQuad(quad))
        return quad;
    // Edge e moved: the line through start[e] + offsets[e] * normal[e] along direction[e].
    std::array<PointF, 4> start {};
    std::array<PointF, 4> normal {};
    for (std::size_t e = 0; e < 4; ++e) {
        if (!edgeFrame(quad, e, &start[e], &normal[e]))
            return quad;
        start[e] = { start[e].x + offsets[e] * normal[e].x, start[e].y + offsets[e] * normal[e].y };
    }
    Polygon out;
    for (std::size_t corner = 0; corner < 4; ++corner) {
        // Corner i is where edge i-1 (ending there) meets edge i (starting there).
        const std::size_t e0 = (corner + 3) % 4;
        const std::size_t e1 = corner;
        const PointF d0 { -normal[e0].y, normal[e0].x }; // direction from the normal (dy, -dx)
        const PointF d1 { -normal[e1].y, normal[e1].x };
        const double det = d0.x * d1.y - d0.y * d1.x;
        if (std::abs(det) < 1e-12)
            return quad; // neighbouring edges parallel: no corner to find
        const double t = ((start[e1].x - start[e0].x) * d1.y - (start[e1].y - start[e0].y) * d1.x) / det;
        out.points.push_back({ start[e0].x + t * d0.x, start[e0].y + t * d0.y });
    }
    return out;
}

} // namespace lector::quadgeometry
