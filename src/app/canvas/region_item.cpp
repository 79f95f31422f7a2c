// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "canvas/region_item.h"

#include "canvas/qt_geometry.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace lector {

namespace {
constexpr double kTextPixels = 11; // transcription font size on screen
}

RegionItem::RegionItem(Kind kind, std::int64_t id, const Region& region, QColor color, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_kind(kind)
    , m_id(id)
    , m_color(color)
{
    setAcceptedMouseButtons(Qt::NoButton); // tools do the hit-testing; the scene hands them every event
    setRegion(region);
    setZValue(kind == Kind::Mine ? 2 : 1);
}

void RegionItem::setRegion(const Region& region)
{
    m_region = region;
    setPolygon(toQPolygonF(region.polygon));
}

void RegionItem::setPolygon(const QPolygonF& polygon)
{
    prepareGeometryChange();
    m_polygon = polygon;
    m_bounds = polygon.boundingRect();
    m_isBox = polygon.size() == 4 && toPolygon(polygon).isAxisAlignedBox();
}

void RegionItem::setSelectedState(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    setZValue(selected ? 3 : (m_kind == Kind::Mine ? 2 : 1));
    update();
}

void RegionItem::setHovered(bool hovered)
{
    if (hovered == m_hovered)
        return;
    m_hovered = hovered;
    update();
}

QRectF RegionItem::boundingRect() const
{
    // Half a pixel for the pen at 1:1; cosmetic pens at low zoom may overhang, which the view's full-viewport
    // updates repaint.
    return m_bounds.adjusted(-1, -1, 1, 1);
}

QPainterPath RegionItem::shape() const
{
    QPainterPath path;
    path.addPolygon(m_polygon);
    path.closeSubpath();
    return path;
}

QColor RegionItem::confidenceColor(double confidence)
{
    const double c = std::clamp(confidence, 0.0, 1.0);
    return QColor::fromHsvF(static_cast<float>(c / 3.0), 0.9f, 0.85f); // hue 0 (red) .. 120 degrees (green)
}

void RegionItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    QColor color = m_color;
    Qt::PenStyle style = Qt::SolidLine;
    switch (m_kind) {
    case Kind::Mine:
        if (m_region.isDontCare()) {
            color = QColor(128, 128, 128);
            style = Qt::DashDotLine;
        } else if (m_region.flags & FlagIllegible) {
            color = QColor(230, 120, 0);
        } else if (!color.isValid()) {
            color = QColor(0, 120, 255);
        }
        break;
    case Kind::Other:
        style = Qt::DashLine;
        break;
    case Kind::Prediction:
        color = confidenceColor(m_region.confidence);
        style = Qt::DotLine;
        break;
    case Kind::TruePositive:
        color = QColor(0, 160, 60);
        break;
    case Kind::FalsePositive:
        color = QColor(220, 20, 40);
        style = Qt::DashLine;
        break;
    case Kind::Missed:
        color = QColor(255, 140, 0);
        style = Qt::DotLine;
        break;
    case Kind::SetAside:
        color = QColor(140, 140, 140);
        style = Qt::DashDotLine;
        break;
    }
    // Width 0 (a one-pixel cosmetic line) takes the raster engine's fast line path; wider pens go through the stroker,
    // which at fit zoom on 5,000 boxes doubles the frame time. Only the selection (and a missed word, so that it
    // stands out among the few evaluation regions of a page) gets a wide pen.
    const qreal width = m_selected ? 2.5 : (m_kind == Kind::Missed || m_kind == Kind::FalsePositive ? 2.0 : 0);
    QPen pen(color, width, style);
    pen.setCosmetic(true);
    painter->setPen(pen);
    if (m_selected || m_hovered) {
        QColor fill = color;
        fill.setAlpha(m_selected ? 60 : 30);
        painter->setBrush(fill);
    } else {
        painter->setBrush(Qt::NoBrush);
    }
    if (m_isBox)
        painter->drawRect(m_bounds); // much cheaper than a polygon for the raster engine; most regions are boxes
    else
        painter->drawPolygon(m_polygon);

    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (m_region.text.isEmpty() || m_kind == Kind::Other || m_bounds.height() * scale < kTextPixels)
        return;
    painter->save();
    painter->translate(m_bounds.topLeft());
    painter->scale(1 / scale, 1 / scale);
    QFont font = painter->font();
    font.setPixelSize(static_cast<int>(kTextPixels));
    painter->setFont(font);
    painter->setPen(color.darker(130));
    painter->drawText(QPointF(0, -3), m_region.text);
    painter->restore();
}

} // namespace lector
