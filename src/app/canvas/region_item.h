// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QColor>
#include <QGraphicsItem>
#include <QPolygonF>

namespace lector {

/// One region on the canvas: a label of mine (editable), another annotator's (dashed, in that annotator's
/// colour, never selectable), a prediction (coloured by confidence) or a region of an evaluation (a found word
/// solid green, a false detection dashed red, a missed word dotted orange and wider, one set aside dash-dot grey).
/// Paints with cosmetic pens, so lines stay one or two screen pixels at every zoom, and shows the transcription above
/// the box once it is legible. Selection handles are drawn by CanvasScene::drawForeground, so the bounding rect is the
/// polygon's.
class RegionItem : public QGraphicsItem {
public:
    /// TruePositive, FalsePositive, Missed and SetAside draw an evaluation of a model run against labels.
    enum class Kind { Mine, Other, Prediction, TruePositive, FalsePositive, Missed, SetAside };

    RegionItem(Kind kind, std::int64_t id, const Region& region, QColor color = {}, QGraphicsItem* parent = nullptr);

    Kind kind() const { return m_kind; }
    std::int64_t id() const { return m_id; }
    const QPolygonF& polygon() const { return m_polygon; }
    /// Shows another geometry (a tool's live preview, or the document's after a change).
    void setPolygon(const QPolygonF& polygon);
    void setRegion(const Region& region);
    const Region& region() const { return m_region; }
    void setSelectedState(bool selected);
    bool isSelectedState() const { return m_selected; }
    void setHovered(bool hovered);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    /// Prediction colour: red (0) through yellow to green (1).
    static QColor confidenceColor(double confidence);

private:
    Kind m_kind;
    std::int64_t m_id;
    Region m_region;
    QPolygonF m_polygon;
    QRectF m_bounds;
    QColor m_color;
    bool m_selected = false;
    bool m_hovered = false;
    bool m_isBox = false;
};

} // namespace lector
