// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/geometry/polygon.h>

#include <QPolygonF>
#include <QRectF>

namespace lector {

/// The one place where our geometry becomes Qt Gui's and back (STYLE 2).
inline QPointF toQPointF(const PointF& p) { return { p.x, p.y }; }

inline PointF toPointF(const QPointF& p) { return { p.x(), p.y() }; }

inline QPolygonF toQPolygonF(const Polygon& polygon)
{
    QPolygonF out;
    out.reserve(static_cast<qsizetype>(polygon.points.size()));
    for (const PointF& p : polygon.points)
        out << toQPointF(p);
    return out;
}

inline Polygon toPolygon(const QPolygonF& polygon)
{
    Polygon out;
    out.points.reserve(static_cast<size_t>(polygon.size()));
    for (const QPointF& p : polygon)
        out.points.push_back(toPointF(p));
    return out;
}

inline QRectF toQRectF(const BoxF& box) { return QRectF(QPointF(box.x0, box.y0), QPointF(box.x1, box.y1)); }

} // namespace lector
