// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "canvas/conflict_focus_item.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace lector {

namespace {
// How far the undimmed window reaches beyond the versions, as a share of their height (at least a few pixels).
constexpr double kWindowMargin = 0.3;
}

ConflictFocusItem::ConflictFocusItem(QGraphicsItem* parent)
    : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void ConflictFocusItem::setConflict(const ConflictFocus& focus, const QRectF& page)
{
    prepareGeometryChange();
    m_focus = focus;
    m_page = page;
    update();
}

QRectF ConflictFocusItem::boundingRect() const { return m_page.united(m_focus.bounds.adjusted(-50, -50, 50, 50)); }

void ConflictFocusItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (m_focus.isEmpty())
        return;
    const double m = std::max(4.0, m_focus.bounds.height() * kWindowMargin);
    const QRectF window = m_focus.bounds.adjusted(-m, -m, m, m);
    QPainterPath dim;
    dim.addRect(m_page);
    dim.addRect(window);
    dim.setFillRule(Qt::OddEvenFill);
    painter->fillPath(dim, QColor(0, 0, 0, 110));

    // Cosmetic pens and labels in screen pixels: they keep their size whatever the zoom.
    painter->setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter->font();
    font.setBold(true);
    font.setPointSizeF(9);
    for (const ConflictFocus::Version& v : m_focus.versions) {
        if (v.polygon.isEmpty())
            continue;
        QPen pen(v.color, v.consensus ? 2.0 : 3.0, v.consensus ? Qt::DashLine : Qt::SolidLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPolygon(v.polygon);
    }
    // Labels in screen pixels, stacked above the window so they never hide the versions.
    painter->save();
    const QPointF topLeft = painter->worldTransform().map(window.topLeft());
    painter->resetTransform();
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    double x = topLeft.x();
    const double y = topLeft.y() - 4;
    for (const ConflictFocus::Version& v : m_focus.versions) {
        const QRectF tag(x, y - metrics.height() - 2, metrics.horizontalAdvance(v.label) + 8, metrics.height() + 2);
        painter->fillRect(tag, v.color);
        painter->setPen(Qt::white);
        painter->drawText(tag, Qt::AlignCenter, v.label);
        x += tag.width() + 4;
    }
    painter->restore();
}

} // namespace lector
