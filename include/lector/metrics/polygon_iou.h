// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/geometry/polygon.h>

namespace lector {

/// Area of the intersection of two polygons in square pixels. Convex polygons (every word quad) are clipped
/// against each other (Sutherland–Hodgman); other simple polygons are split into signed fan triangles whose
/// pairwise convex intersections add up to the exact area, so curved-text polygons are measured correctly too.
/// Either polygon may run clockwise or counter-clockwise. Invalid polygons (fewer than 3 points) give 0.
double polygonIntersectionArea(const Polygon& a, const Polygon& b);

/// Intersection over union of two polygons, in [0, 1]; 0 when the union has no area.
double polygonIoU(const Polygon& a, const Polygon& b);

/// True when the polygon is convex (collinear points allowed) and winds once around its interior.
bool isConvexPolygon(const Polygon& p);

} // namespace lector
