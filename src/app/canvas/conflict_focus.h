// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QColor>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <vector>

namespace lector {

/// One conflict as the canvas shows it in focus mode (CanvasController::focusOn): where it is on the page and each
/// annotator's version of it, labelled and coloured as the review panel shows them.
struct ConflictFocus {
    struct Version {
        QString label; // "1 alice": the key that accepts it, and who drew it
        QColor color;
        QPolygonF polygon; // image pixels; empty when that annotator drew nothing there
        bool consensus = false;
    };
    QRectF bounds; // the union of the versions' boxes, image pixels
    std::vector<Version> versions;

    bool isEmpty() const { return bounds.isEmpty(); }
};

} // namespace lector
