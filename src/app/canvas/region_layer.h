// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QColor>
#include <QGraphicsItem>
#include <QPolygonF>
#include <QString>

#include <unordered_map>
#include <vector>

namespace lector {

/// Which transcriptions the canvas draws (View ▸ Texts).
enum class TextMode {
    All, // every text whose box is tall enough to read it
    Fitting, // only where it is legible at this zoom and collides with no other text or box (the default)
    Selected, // only the selected and the hovered box's
    None,
};

/// One layer of regions on the canvas, painted as one item: my labels (editable), another annotator's (dashed, in
/// that annotator's colour), a model run's predictions (coloured by confidence) or an evaluation (a found word solid
/// green, a false detection dashed red, a missed word dotted orange and wider, one set aside dash-dot grey).
///
/// Why one item for thousands of regions: a QGraphicsItem per region costs a BSP insert, a bounding-rect test and a
/// paint call with its painter state per region and frame; a dense page of 50,000 words took 1.7 s to build and
/// 10× the 5,000-word frame to paint. The layer keeps its regions in a uniform grid over the page (hit tests and the
/// visible set are a few cells), paints the visible ones batched by pen (one drawRects per colour and line style for
/// the boxes, which are most regions), and draws a transcription only where it is legible and free (TextMode).
class RegionLayer : public QGraphicsItem {
public:
    /// TruePositive, FalsePositive, Missed and SetAside draw an evaluation of a model run against labels.
    enum class Kind { Mine, Other, Prediction, TruePositive, FalsePositive, Missed, SetAside };

    struct Entry {
        std::int64_t id = 0;
        Kind kind = Kind::Mine;
        Region region; // text, flags and confidence; its polygon as given
        QColor color; // Other: the annotator's colour; otherwise chosen by kind
        QString toolTip;
    };

    explicit RegionLayer(QGraphicsItem* parent = nullptr);

    /// Replaces every region; `pageRect` is the scene rect the grid covers.
    void reset(std::vector<Entry> entries, const QRectF& pageRect);
    void clear();
    /// Adds or replaces one region (by id), removes one.
    void put(Entry entry);
    void remove(std::int64_t id);
    /// Shows another geometry for a region without changing what it is (a tool's live preview).
    void setPolygon(std::int64_t id, const QPolygonF& polygon);

    bool contains(std::int64_t id) const { return m_index.count(id) != 0; }
    const QPolygonF* polygon(std::int64_t id) const;
    int size() const { return int(m_index.size()); }
    int count(Kind kind) const;

    /// Regions whose bounding rect meets `rect` (ids, in no particular order).
    std::vector<std::int64_t> idsIn(const QRectF& rect) const;
    /// The smallest region containing `pos`, else the one whose edge is nearest within `tolerance`; 0 if none.
    std::int64_t at(const QPointF& pos, double tolerance) const;
    /// Regions whose bounding rect lies inside `rect`.
    std::vector<std::int64_t> idsInside(const QRectF& rect) const;
    QString toolTipAt(const QPointF& pos) const;

    void setSelection(const std::vector<std::int64_t>& ids);
    void setHovered(std::int64_t id);
    void setTextMode(TextMode mode);
    TextMode textMode() const { return m_textMode; }
    /// Texts drawn by the last paint (for tests: what the user could read).
    int textsDrawn() const { return m_textsDrawn; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    /// Prediction colour: red (0) through yellow to green (1).
    static QColor confidenceColor(double confidence);

private:
    struct Slot {
        Entry entry;
        QPolygonF polygon;
        QRectF bounds;
        bool isBox = false;
        bool alive = true;
        bool selected = false;
    };

    void insertInGrid(int slot);
    void removeFromGrid(int slot);
    template <typename F> void forCellsOf(const QRectF& rect, F&& f) const;
    std::vector<int> slotsIn(const QRectF& rect) const;
    void paintShapes(QPainter* painter, const std::vector<int>& visible, double scale) const;
    void paintTexts(QPainter* painter, const std::vector<int>& visible, double scale);
    /// Whether `rect` (scene) meets a region of this layer other than `slot`'s.
    bool coversAnother(const QRectF& rect, int slot) const;
    QColor colorOf(const Slot& s) const;
    Qt::PenStyle styleOf(const Slot& s) const;

    std::vector<Slot> m_slots;
    std::unordered_map<std::int64_t, int> m_index; // id -> slot
    QRectF m_page;
    double m_cell = 128; // grid cell side in scene pixels
    int m_columns = 1;
    int m_rows = 1;
    std::vector<std::vector<int>> m_cells; // slots meeting each cell
    std::int64_t m_hovered = 0;
    TextMode m_textMode = TextMode::Fitting;
    int m_textsDrawn = 0;
};

} // namespace lector
