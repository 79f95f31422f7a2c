// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/geometry/polygon.h>

namespace lector {

/// Geometry edits of the tools, free of Qt Gui so that they are unit-tested alone.
namespace quadgeometry {

Polygon translated(const Polygon& polygon, double dx, double dy);
/// Rotated by `degrees` (clockwise on screen, y down) around the centre of its bounding box.
Polygon rotated(const Polygon& polygon, double degrees);
/// A rectangle whose one side is the baseline a-b and whose opposite side passes at the distance of `c`
/// from that line, on c's side.
Polygon fromBaseline(const PointF& a, const PointF& b, const PointF& c);
/// Clockwise on screen, starting at the corner nearest the top-left (smallest x + y); what the store expects
/// of a quad.
Polygon normalized(const Polygon& polygon);
/// The box with corner `corner` moved to `to`, the opposite corner fixed; stays an axis-aligned box.
Polygon resizedBox(const Polygon& box, int corner, const PointF& to);

} // namespace quadgeometry

} // namespace lector
