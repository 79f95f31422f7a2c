// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "rendered_page.h"

#include <cmath>

namespace lector::demo {

PointF RenderedPage::map(const PointF& local) const
{
    if (angleDegrees == 0)
        return local; // exact: upright pages keep upright boxes, not boxes off by rounding
    // Same as QTransform().translate(c).rotate(angle).translate(-c), which the renderer paints with.
    const double a = angleDegrees * M_PI / 180.0;
    const double c = std::cos(a);
    const double s = std::sin(a);
    const double cx = width / 2.0;
    const double cy = height / 2.0;
    const double dx = local.x - cx;
    const double dy = local.y - cy;
    return { cx + c * dx - s * dy, cy + s * dx + c * dy };
}

Polygon RenderedPage::mapBox(const BoxF& local) const
{
    Polygon p;
    p.points = { map({ local.x0, local.y0 }), map({ local.x1, local.y0 }), map({ local.x1, local.y1 }),
        map({ local.x0, local.y1 }) };
    return p;
}

} // namespace lector::demo
