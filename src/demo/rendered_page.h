// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/geometry/polygon.h>

#include <QString>

#include <vector>

namespace lector::demo {

/// One word as the renderer drew it. `local` is its box in the page's upright layout frame: from the pen
/// position to the pen plus the horizontal advance, and from the baseline minus the font's ascent to the
/// baseline plus its descent. `quad` is `local` mapped by the page's rotation, the ground truth.
struct PageWord {
    QString text;
    QString script; // "Latn", "Hang" or "Zyyy" (digits, signs)
    BoxF local;
    Polygon quad;
    double fontPixels = 0;
    int line = 0;
    bool isPrice = false; // a currency sign glued to a number, the case guideline v2 settles
};

/// A rendered page: its file, size, rotation and words in reading order. Words of one line are contiguous.
struct RenderedPage {
    int index = 0; // 0-based
    QString fileName;
    QString absolutePath;
    int width = 0;
    int height = 0;
    double angleDegrees = 0; // rotation about the page centre, clockwise on screen
    bool degraded = false; // from the drifted batch: a darker, blurrier scanner at a Korean branch
    std::vector<PageWord> words;

    /// Maps a point of the upright layout frame to image pixels (the transform the renderer painted with).
    PointF map(const PointF& local) const;
    /// The 4 corners of a layout box mapped to image pixels, clockwise from the top-left.
    Polygon mapBox(const BoxF& local) const;
};

} // namespace lector::demo
