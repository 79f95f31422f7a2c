// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/geometry/polygon.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace lector {

Polygon Polygon::fromBox(const BoxF& box)
{
    return Polygon { { { box.x0, box.y0 }, { box.x1, box.y0 }, { box.x1, box.y1 }, { box.x0, box.y1 } } };
}

std::optional<Polygon> Polygon::fromFlat(const std::vector<double>& xy)
{
    if (xy.size() < 6 || xy.size() % 2 != 0)
        return std::nullopt;
    Polygon p;
    p.points.reserve(xy.size() / 2);
    for (size_t i = 0; i < xy.size(); i += 2)
        p.points.push_back({ xy[i], xy[i + 1] });
    return p;
}

bool Polygon::isValid() const
{
    if (points.size() < 3)
        return false;
    return std::all_of(
        points.begin(), points.end(), [](const PointF& p) { return std::isfinite(p.x) && std::isfinite(p.y); });
}

bool Polygon::isAxisAlignedBox() const
{
    if (points.size() != 4)
        return false;
    const BoxF b = boundingBox();
    if (b.isEmpty())
        return false;
    // Each point is a corner of the bounding box and each edge is horizontal or vertical, alternately: that
    // rules out a bow-tie order. No area comparison, which rounding would break for non-integer corners.
    for (size_t i = 0; i < 4; ++i) {
        const PointF& p = points[i];
        const PointF& q = points[(i + 1) % 4];
        if ((p.x != b.x0 && p.x != b.x1) || (p.y != b.y0 && p.y != b.y1))
            return false;
        const bool horizontal = p.y == q.y && p.x != q.x;
        const bool vertical = p.x == q.x && p.y != q.y;
        if (horizontal == vertical)
            return false;
    }
    return true;
}

BoxF Polygon::boundingBox() const
{
    if (points.empty())
        return {};
    BoxF b { points[0].x, points[0].y, points[0].x, points[0].y };
    for (const PointF& p : points) {
        b.x0 = std::min(b.x0, p.x);
        b.y0 = std::min(b.y0, p.y);
        b.x1 = std::max(b.x1, p.x);
        b.y1 = std::max(b.y1, p.y);
    }
    return b;
}

double Polygon::signedArea() const
{
    double twice = 0;
    const size_t n = points.size();
    for (size_t i = 0; i < n; ++i) {
        const PointF& a = points[i];
        const PointF& b = points[(i + 1) % n];
        twice += a.x * b.y - b.x * a.y;
    }
    return twice / 2;
}

double Polygon::area() const { return std::abs(signedArea()); }

std::vector<double> Polygon::flat() const
{
    std::vector<double> out;
    out.reserve(points.size() * 2);
    for (const PointF& p : points) {
        out.push_back(p.x);
        out.push_back(p.y);
    }
    return out;
}

std::string Polygon::toText() const
{
    std::string out;
    out.reserve(points.size() * 12);
    char buf[32];
    bool first = true;
    for (const PointF& p : points) {
        for (double v : { p.x, p.y }) {
            if (!first)
                out.push_back(',');
            first = false;
            auto res = std::to_chars(buf, buf + sizeof buf, v);
            out.append(buf, res.ptr);
        }
    }
    return out;
}

std::optional<Polygon> Polygon::parse(std::string_view text)
{
    std::vector<double> xy;
    xy.reserve(8);
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        double v = 0;
        auto res = std::from_chars(p, end, v);
        if (res.ec != std::errc())
            return std::nullopt;
        xy.push_back(v);
        p = res.ptr;
        if (p < end) {
            if (*p != ',')
                return std::nullopt;
            ++p;
        }
    }
    return fromFlat(xy);
}

} // namespace lector
