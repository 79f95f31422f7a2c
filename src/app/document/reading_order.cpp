// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "document/reading_order.h"

#include <algorithm>
#include <numeric>

namespace lector {

namespace {
struct Line {
    double y0 = 0;
    double y1 = 0;
    std::vector<std::size_t> members;
};

bool sharesLine(const Line& line, const BoxF& box)
{
    const double overlap = std::min(line.y1, box.y1) - std::max(line.y0, box.y0);
    const double smaller = std::min(line.y1 - line.y0, box.height());
    return overlap > 0 && overlap >= 0.5 * smaller;
}
}

std::vector<std::size_t> readingOrder(const std::vector<BoxF>& boxes)
{
    std::vector<std::size_t> byTop(boxes.size());
    std::iota(byTop.begin(), byTop.end(), std::size_t(0));
    std::stable_sort(byTop.begin(), byTop.end(), [&](std::size_t a, std::size_t b) {
        const double ca = boxes[a].y0 + boxes[a].y1;
        const double cb = boxes[b].y0 + boxes[b].y1;
        return ca != cb ? ca < cb : boxes[a].x0 < boxes[b].x0;
    });
    std::vector<Line> lines;
    for (std::size_t i : byTop) {
        const BoxF& box = boxes[i];
        // Boxes come by centre height, so a box can only join one of the last lines; the last is the likeliest.
        Line* target = nullptr;
        for (auto it = lines.rbegin(); it != lines.rend() && it - lines.rbegin() < 3; ++it) {
            if (sharesLine(*it, box)) {
                target = &*it;
                break;
            }
        }
        if (!target) {
            lines.push_back({ box.y0, box.y1, {} });
            target = &lines.back();
        } else {
            // The line's extent follows its first box, widened a little, so that it does not creep downwards.
            target->y0 = std::min(target->y0, box.y0);
            target->y1 = std::max(target->y1, std::min(box.y1, target->y1 + 0.25 * (target->y1 - target->y0)));
        }
        target->members.push_back(i);
    }
    std::vector<std::size_t> out;
    out.reserve(boxes.size());
    for (Line& line : lines) {
        std::stable_sort(line.members.begin(), line.members.end(),
            [&](std::size_t a, std::size_t b) { return boxes[a].x0 < boxes[b].x0; });
        out.insert(out.end(), line.members.begin(), line.members.end());
    }
    return out;
}

} // namespace lector
