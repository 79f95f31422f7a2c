// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/polygon_iou.h>

#include <algorithm>
#include <cmath>

namespace lector {

namespace {

constexpr double kPi = 3.14159265358979323846;

double cross(const PointF& o, const PointF& a, const PointF& b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/// Shoelace sum, positive for counter-clockwise order in a y-up frame.
double shoelace(const std::vector<PointF>& p)
{
    double s = 0;
    const size_t n = p.size();
    for (size_t i = 0; i < n; ++i) {
        const PointF& u = p[i];
        const PointF& v = p[(i + 1) % n];
        s += u.x * v.y - v.x * u.y;
    }
    return s / 2;
}

/// Intersection area of two convex polygons, both with positive shoelace orientation. Sutherland–Hodgman: the
/// subject is clipped by each edge's half-plane in turn. Buffers are reused because this runs for every pair.
double convexIntersection(const std::vector<PointF>& subject, const std::vector<PointF>& clip)
{
    thread_local std::vector<PointF> out;
    thread_local std::vector<PointF> in;
    out.assign(subject.begin(), subject.end());
    const size_t m = clip.size();
    for (size_t e = 0; e < m && !out.empty(); ++e) {
        const PointF& c0 = clip[e];
        const PointF& c1 = clip[(e + 1) % m];
        in.swap(out);
        out.clear();
        const size_t n = in.size();
        for (size_t i = 0; i < n; ++i) {
            const PointF& p = in[i];
            const PointF& q = in[(i + 1) % n];
            const double dp = cross(c0, c1, p);
            const double dq = cross(c0, c1, q);
            const bool pIn = dp >= 0;
            const bool qIn = dq >= 0;
            if (pIn)
                out.push_back(p);
            if (pIn != qIn) {
                const double t = dp / (dp - dq);
                out.push_back({ p.x + t * (q.x - p.x), p.y + t * (q.y - p.y) });
            }
        }
    }
    if (out.size() < 3)
        return 0;
    return std::max(0.0, shoelace(out));
}

/// Copies the polygon's points into r with positive shoelace orientation.
void orient(const std::vector<PointF>& p, std::vector<PointF>& r)
{
    r.assign(p.begin(), p.end());
    if (shoelace(r) < 0)
        std::reverse(r.begin(), r.end());
}

struct SignedTriangle {
    std::vector<PointF> points; // positive orientation
    double sign;
};

/// Fan triangles from the first point, each with the sign of its orientation. For a simple polygon of either
/// orientation, the signed triangles' indicator functions add up to the polygon's (times its orientation sign),
/// so sums over pairs of triangles give exact intersection areas without triangulating.
std::vector<SignedTriangle> fan(const std::vector<PointF>& p)
{
    std::vector<SignedTriangle> t;
    const double polygonSign = shoelace(p) < 0 ? -1.0 : 1.0;
    for (size_t i = 1; i + 1 < p.size(); ++i) {
        std::vector<PointF> tri { p[0], p[i], p[i + 1] };
        const double s = shoelace(tri);
        if (s == 0)
            continue;
        if (s < 0)
            std::reverse(tri.begin(), tri.end());
        t.push_back({ std::move(tri), (s < 0 ? -1.0 : 1.0) * polygonSign });
    }
    return t;
}

bool boxesOverlap(const BoxF& a, const BoxF& b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

} // namespace

bool isConvexPolygon(const Polygon& p)
{
    const size_t n = p.points.size();
    if (n < 3)
        return false;
    int sign = 0;
    double turning = 0;
    for (size_t i = 0; i < n; ++i) {
        const PointF& a = p.points[i];
        const PointF& b = p.points[(i + 1) % n];
        const PointF& c = p.points[(i + 2) % n];
        const double z = cross(a, b, c);
        if (z != 0) {
            const int s = z > 0 ? 1 : -1;
            if (sign != 0 && s != sign)
                return false;
            sign = s;
        }
        if (n > 4) {
            // A star (pentagram) turns the same way at every corner but winds twice: add up the exterior angles.
            const double a1 = std::atan2(b.y - a.y, b.x - a.x);
            const double a2 = std::atan2(c.y - b.y, c.x - b.x);
            double d = a2 - a1;
            while (d > kPi)
                d -= 2 * kPi;
            while (d < -kPi)
                d += 2 * kPi;
            turning += d;
        }
    }
    if (sign == 0)
        return false;
    // With four corners or fewer, turning one way at every corner already means winding once.
    return n <= 4 || std::abs(std::abs(turning) - 2 * kPi) < 1e-6;
}

double polygonIntersectionArea(const Polygon& a, const Polygon& b)
{
    if (a.points.size() < 3 || b.points.size() < 3)
        return 0;
    if (!boxesOverlap(a.boundingBox(), b.boundingBox()))
        return 0;
    if (isConvexPolygon(a) && isConvexPolygon(b)) {
        thread_local std::vector<PointF> subject, clip; // reused: this runs for every candidate pair
        orient(a.points, subject);
        orient(b.points, clip);
        return convexIntersection(subject, clip);
    }
    const auto ta = fan(a.points);
    const auto tb = fan(b.points);
    double sum = 0;
    for (const SignedTriangle& u : ta)
        for (const SignedTriangle& v : tb)
            sum += u.sign * v.sign * convexIntersection(u.points, v.points);
    return std::max(0.0, sum);
}

double polygonIoU(const Polygon& a, const Polygon& b)
{
    const double inter = polygonIntersectionArea(a, b);
    if (inter <= 0)
        return 0;
    const double uni = a.area() + b.area() - inter;
    if (uni <= 0)
        return 0;
    return std::clamp(inter / uni, 0.0, 1.0);
}

} // namespace lector
