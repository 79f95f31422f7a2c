// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lector {

struct PointF {
    double x = 0;
    double y = 0;
    friend bool operator==(const PointF& a, const PointF& b) { return a.x == b.x && a.y == b.y; }
    friend bool operator!=(const PointF& a, const PointF& b) { return !(a == b); }
};

/// An axis-aligned box in image pixels; (x0, y0) is the top-left corner, (x1, y1) the bottom-right.
struct BoxF {
    double x0 = 0;
    double y0 = 0;
    double x1 = 0;
    double y1 = 0;
    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    bool isEmpty() const { return !(x1 > x0 && y1 > y0); }
    friend bool operator==(const BoxF& a, const BoxF& b)
    {
        return a.x0 == b.x0 && a.y0 == b.y0 && a.x1 == b.x1 && a.y1 == b.y1;
    }
};

/// The geometry of a word region in image pixels. Almost always 4 points (a quadrilateral, clockwise from
/// the word's top-left on screen, an axis-aligned box being one); curved text uses more. Invariant kept by
/// isValid(): at least 3 finite points.
struct Polygon {
    std::vector<PointF> points;

    static Polygon fromBox(const BoxF& box);
    /// From a flat list x1,y1,x2,y2,...; nullopt when the count is odd or below 6.
    static std::optional<Polygon> fromFlat(const std::vector<double>& xy);

    bool isValid() const;
    bool isQuad() const { return points.size() == 4; }
    /// True when the polygon is a 4-point axis-aligned rectangle.
    bool isAxisAlignedBox() const;
    BoxF boundingBox() const;
    /// Signed area by the shoelace formula (positive when clockwise in image coordinates, y down).
    double signedArea() const;
    double area() const;
    std::vector<double> flat() const;

    /// Compact text form "x1,y1,x2,y2,..." with the shortest exact decimal of each coordinate; what the store
    /// keeps. parse() is its inverse.
    std::string toText() const;
    static std::optional<Polygon> parse(std::string_view text);

    friend bool operator==(const Polygon& a, const Polygon& b) { return a.points == b.points; }
    friend bool operator!=(const Polygon& a, const Polygon& b) { return !(a == b); }
};

} // namespace lector
