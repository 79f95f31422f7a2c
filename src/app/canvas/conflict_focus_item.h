// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "canvas/conflict_focus.h"

#include <QGraphicsItem>

namespace lector {

/// The focus mode's drawing over the page: the page dimmed outside the conflict, and the conflict's versions in
/// their annotators' colours, wide, each numbered with the key that accepts it in the review panel. Above every
/// region layer; it takes no mouse events, so the tools work through it.
class ConflictFocusItem : public QGraphicsItem {
public:
    explicit ConflictFocusItem(QGraphicsItem* parent = nullptr);

    /// `page` is the scene rect the dimming covers.
    void setConflict(const ConflictFocus& focus, const QRectF& page);
    const ConflictFocus& conflictFocus() const { return m_focus; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    ConflictFocus m_focus;
    QRectF m_page;
};

} // namespace lector
