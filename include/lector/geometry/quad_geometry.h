// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/geometry/polygon.h>

#include <array>

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

/// How far each edge of `quad` lies outside the matching edge of `reference`, both normalized quads (edges top,
/// right, bottom, left: from corner 0, 1, 2, 3 to the next): the signed distance of the edge's midpoint from the
/// reference edge's line, positive outwards. What an annotator's habit of drawing loose or tight boxes is measured
/// by. Zeros when either is not a quad with area.
std::array<double, 4> edgeOffsets(const Polygon& quad, const Polygon& reference);
/// The normalized quad with each edge moved outwards by offsets[e] (negative: inwards) along its normal, the
/// corners where neighbouring moved edges meet. The inverse of a habit edgeOffsets measured; the caller keeps the
/// offsets small beside the quad's size. Polygons that are not quads with area come back unchanged.
Polygon offsetEdges(const Polygon& quad, const std::array<double, 4>& offsets);
} // namespace quadgeometry

} // namespace lector
