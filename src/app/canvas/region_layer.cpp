// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "canvas/region_layer.h"

#include "canvas/qt_geometry.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace lector {

namespace {
constexpr double kTextPixels = 11; // the largest transcription font on screen
constexpr double kMinTextPixels = 8; // smaller is not legible: not drawn (but for the selected and hovered box)
constexpr int kMaxCells = 1 << 20;

double distanceToEdges(const QPolygonF& polygon, const QPointF& p)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < polygon.size(); ++i) {
        const QPointF a = polygon[i];
        const QPointF b = polygon[(i + 1) % polygon.size()];
        const QPointF ab = b - a;
        const double len2 = QPointF::dotProduct(ab, ab);
        const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
        best = std::min(best, QLineF(p, a + t * ab).length());
    }
    return best;
}

/// Screen rectangles of the texts drawn so far in one paint, in a coarse grid over the device, to keep texts
/// from overlapping.
class TextSpace {
public:
    explicit TextSpace(const QRect& device)
        : m_origin(device.topLeft())
        , m_columns(std::max(1, device.width() / kCell + 2))
        , m_rows(std::max(1, device.height() / kCell + 2))
        , m_cells(size_t(m_columns) * size_t(m_rows))
    {
    }
    bool isFree(const QRectF& r) const
    {
        bool free = true;
        forCells(r, [&](const std::vector<QRectF>& cell) {
            for (const QRectF& other : cell)
                free = free && !other.intersects(r);
        });
        return free;
    }
    void take(const QRectF& r)
    {
        forCells(r, [&](const std::vector<QRectF>& cell) { const_cast<std::vector<QRectF>&>(cell).push_back(r); });
    }

private:
    static constexpr int kCell = 64;
    template <typename F> void forCells(const QRectF& r, F&& f) const
    {
        const auto clampX
            = [&](double v) { return std::clamp(int(std::floor((v - m_origin.x()) / kCell)), 0, m_columns - 1); };
        const auto clampY
            = [&](double v) { return std::clamp(int(std::floor((v - m_origin.y()) / kCell)), 0, m_rows - 1); };
        for (int y = clampY(r.top()); y <= clampY(r.bottom()); ++y)
            for (int x = clampX(r.left()); x <= clampX(r.right()); ++x)
                f(m_cells[size_t(y) * size_t(m_columns) + size_t(x)]);
    }
    QPoint m_origin;
    int m_columns;
    int m_rows;
    std::vector<std::vector<QRectF>> m_cells;
};
}

RegionLayer::RegionLayer(QGraphicsItem* parent)
    : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton); // tools do the hit-testing; the scene hands them every event
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption); // paint only the exposed rect
}

QRectF RegionLayer::boundingRect() const { return m_page.adjusted(-2, -2, 2, 2); }

void RegionLayer::clear() { reset({}, m_page); }

void RegionLayer::reset(std::vector<Entry> entries, const QRectF& pageRect)
{
    prepareGeometryChange();
    m_slots.clear();
    m_index.clear();
    // Regions may lie outside the page (a label file's rounding): the grid covers both.
    QRectF page = pageRect.isValid() ? pageRect : QRectF(0, 0, 1, 1);
    for (const Entry& e : entries)
        page = page.united(toQPolygonF(e.region.polygon).boundingRect());
    m_page = page;
    const double area = std::max(1.0, page.width() * page.height());
    m_cell = std::max(128.0, std::sqrt(area / kMaxCells));
    m_columns = std::max(1, int(std::ceil(page.width() / m_cell)));
    m_rows = std::max(1, int(std::ceil(page.height() / m_cell)));
    m_cells.assign(size_t(m_columns) * size_t(m_rows), {});
    m_slots.reserve(entries.size());
    for (Entry& e : entries)
        put(std::move(e));
    update();
}

template <typename F> void RegionLayer::forCellsOf(const QRectF& rect, F&& f) const
{
    if (m_cells.empty())
        return; // never reset: no page yet (a window shown before its first image paints the empty layers)
    const int x0 = std::clamp(int(std::floor((rect.left() - m_page.left()) / m_cell)), 0, m_columns - 1);
    const int x1 = std::clamp(int(std::floor((rect.right() - m_page.left()) / m_cell)), 0, m_columns - 1);
    const int y0 = std::clamp(int(std::floor((rect.top() - m_page.top()) / m_cell)), 0, m_rows - 1);
    const int y1 = std::clamp(int(std::floor((rect.bottom() - m_page.top()) / m_cell)), 0, m_rows - 1);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            f(size_t(y) * size_t(m_columns) + size_t(x));
}

void RegionLayer::insertInGrid(int slot)
{
    forCellsOf(m_slots[size_t(slot)].bounds, [&](size_t cell) { m_cells[cell].push_back(slot); });
}

void RegionLayer::removeFromGrid(int slot)
{
    forCellsOf(m_slots[size_t(slot)].bounds, [&](size_t cell) {
        auto& list = m_cells[cell];
        list.erase(std::remove(list.begin(), list.end(), slot), list.end());
    });
}

void RegionLayer::put(Entry entry)
{
    // A region beyond the page (dragged off it) sits in the edge cells, which every query beyond the page reaches.
    const QPolygonF polygon = toQPolygonF(entry.region.polygon);
    auto found = m_index.find(entry.id);
    int slot = 0;
    if (found != m_index.end()) {
        slot = found->second;
        removeFromGrid(slot);
    } else {
        slot = int(m_slots.size());
        m_slots.emplace_back();
        m_index.emplace(entry.id, slot);
    }
    Slot& s = m_slots[size_t(slot)];
    const bool selected = s.selected;
    // A text is drawn above its box at a size in screen pixels, and whether the others fit depends on it: a new or
    // moved text can change what is drawn well outside the box, so the whole layer is repainted (re-reading a box
    // used to leave the old text on screen until the page was reloaded).
    const bool textMoves = !entry.region.text.isEmpty() || (s.alive && !s.entry.region.text.isEmpty());
    const QRectF before = s.alive ? s.bounds : QRectF();
    s.entry = std::move(entry);
    s.polygon = polygon;
    s.bounds = polygon.boundingRect();
    s.isBox = polygon.size() == 4 && s.entry.region.polygon.isAxisAlignedBox();
    s.alive = true;
    s.selected = selected;
    insertInGrid(slot);
    if (textMoves)
        update();
    else
        update(s.bounds.united(before.isNull() ? s.bounds : before).adjusted(-2, -2, 2, 2));
}

void RegionLayer::remove(std::int64_t id)
{
    auto found = m_index.find(id);
    if (found == m_index.end())
        return;
    removeFromGrid(found->second);
    Slot& s = m_slots[size_t(found->second)];
    s.alive = false;
    s.selected = false;
    m_index.erase(found);
    update();
}

void RegionLayer::setPolygon(std::int64_t id, const QPolygonF& polygon)
{
    auto found = m_index.find(id);
    if (found == m_index.end())
        return;
    const int slot = found->second;
    removeFromGrid(slot);
    Slot& s = m_slots[size_t(slot)];
    s.polygon = polygon;
    s.bounds = polygon.boundingRect();
    s.isBox = polygon.size() == 4 && toPolygon(polygon).isAxisAlignedBox();
    insertInGrid(slot);
    update();
}

const QPolygonF* RegionLayer::polygon(std::int64_t id) const
{
    auto found = m_index.find(id);
    return found == m_index.end() ? nullptr : &m_slots[size_t(found->second)].polygon;
}

int RegionLayer::count(Kind kind) const
{
    return int(std::count_if(
        m_slots.begin(), m_slots.end(), [kind](const Slot& s) { return s.alive && s.entry.kind == kind; }));
}

std::vector<int> RegionLayer::slotsIn(const QRectF& rect) const
{
    std::vector<int> out;
    forCellsOf(rect, [&](size_t cell) {
        for (int slot : m_cells[cell])
            if (m_slots[size_t(slot)].bounds.intersects(rect) || m_slots[size_t(slot)].bounds.isEmpty())
                out.push_back(slot);
    });
    // A region spanning several cells is listed once, in slot (insertion) order.
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::int64_t> RegionLayer::idsIn(const QRectF& rect) const
{
    std::vector<std::int64_t> out;
    for (int slot : slotsIn(rect))
        out.push_back(m_slots[size_t(slot)].entry.id);
    return out;
}

std::vector<std::int64_t> RegionLayer::idsInside(const QRectF& rect) const
{
    std::vector<std::int64_t> out;
    for (int slot : slotsIn(rect))
        if (rect.contains(m_slots[size_t(slot)].bounds))
            out.push_back(m_slots[size_t(slot)].entry.id);
    return out;
}

std::int64_t RegionLayer::at(const QPointF& pos, double tolerance) const
{
    // A probe of no size meets nothing (QRectF::intersects): half a pixel around the point at least.
    const double reach = std::max(tolerance, 0.5);
    const QRectF probe(pos.x() - reach, pos.y() - reach, 2 * reach, 2 * reach);
    std::int64_t best = 0, nearest = 0;
    double bestArea = std::numeric_limits<double>::max();
    double nearestDistance = tolerance;
    for (int slot : slotsIn(probe)) {
        const Slot& s = m_slots[size_t(slot)];
        if (s.polygon.containsPoint(pos, Qt::OddEvenFill)) {
            const double area = s.bounds.width() * s.bounds.height();
            if (area < bestArea) {
                bestArea = area;
                best = s.entry.id;
            }
        } else if (tolerance > 0) {
            const double d = distanceToEdges(s.polygon, pos);
            if (d <= nearestDistance) {
                nearestDistance = d;
                nearest = s.entry.id;
            }
        }
    }
    return best ? best : nearest;
}

QString RegionLayer::toolTipAt(const QPointF& pos) const
{
    const std::int64_t id = at(pos, 0);
    if (!id)
        return {};
    return m_slots[size_t(m_index.at(id))].entry.toolTip;
}

void RegionLayer::setSelection(const std::vector<std::int64_t>& ids)
{
    for (Slot& s : m_slots)
        s.selected = false;
    for (std::int64_t id : ids)
        if (auto found = m_index.find(id); found != m_index.end())
            m_slots[size_t(found->second)].selected = true;
    update();
}

void RegionLayer::setHovered(std::int64_t id)
{
    if (id == m_hovered)
        return;
    m_hovered = id;
    update();
}

void RegionLayer::setTextMode(TextMode mode)
{
    m_textMode = mode;
    update();
}

QColor RegionLayer::confidenceColor(double confidence)
{
    const double c = std::clamp(confidence, 0.0, 1.0);
    return QColor::fromHsvF(static_cast<float>(c / 3.0), 0.9f, 0.85f); // hue 0 (red) .. 120 degrees (green)
}

QColor RegionLayer::colorOf(const Slot& s) const
{
    const Entry& e = s.entry;
    switch (e.kind) {
    case Kind::Mine:
        if (e.region.isDontCare())
            return QColor(128, 128, 128);
        if (e.region.flags & FlagIllegible)
            return QColor(230, 120, 0);
        return e.color.isValid() ? e.color : QColor(0, 120, 255);
    case Kind::Other:
        return e.color;
    case Kind::Prediction:
        // Quantized to twentieths, so that the boxes of a page batch into a few pens (no visible difference).
        return confidenceColor(std::round(e.region.confidence * 20) / 20);
    case Kind::TruePositive:
        return QColor(0, 160, 60);
    case Kind::FalsePositive:
        return QColor(220, 20, 40);
    case Kind::Missed:
        return QColor(255, 140, 0);
    case Kind::SetAside:
        return QColor(140, 140, 140);
    }
    return QColor(0, 120, 255);
}

Qt::PenStyle RegionLayer::styleOf(const Slot& s) const
{
    switch (s.entry.kind) {
    case Kind::Mine:
        return s.entry.region.isDontCare() ? Qt::DashDotLine : Qt::SolidLine;
    case Kind::Other:
    case Kind::FalsePositive:
        return Qt::DashLine;
    case Kind::Prediction:
    case Kind::Missed:
        return Qt::DotLine;
    case Kind::SetAside:
        return Qt::DashDotLine;
    case Kind::TruePositive:
        return Qt::SolidLine;
    }
    return Qt::SolidLine;
}

void RegionLayer::paintShapes(QPainter* painter, const std::vector<int>& visible, double scale) const
{
    // One pen per colour and line style: boxes in one drawRects call, other quads one by one. A box a pixel or two
    // across on screen is drawn as its rectangle all the same (the raster engine's fast path for cosmetic lines).
    struct Batch {
        std::vector<QRectF> rects;
        std::vector<const QPolygonF*> polygons;
    };
    std::map<std::tuple<QRgb, int, bool>, Batch> batches; // colour, style, wide pen
    std::vector<const Slot*> highlighted;
    for (int slot : visible) {
        const Slot& s = m_slots[size_t(slot)];
        if (!s.alive)
            continue;
        if (s.selected || (m_hovered && s.entry.id == m_hovered)) {
            highlighted.push_back(&s);
            continue;
        }
        const bool wide = s.entry.kind == Kind::Missed || s.entry.kind == Kind::FalsePositive;
        Batch& b = batches[{ colorOf(s).rgba(), int(styleOf(s)), wide }];
        if (s.isBox)
            b.rects.push_back(s.bounds);
        else
            b.polygons.push_back(&s.polygon);
    }
    painter->setBrush(Qt::NoBrush);
    for (const auto& [key, b] : batches) {
        // Width 0 (a one-pixel cosmetic line) takes the raster engine's fast line path; wider pens go through the
        // stroker. Only a missed word or a false detection (few, and meant to stand out) gets a wide one.
        QPen pen(QColor::fromRgba(std::get<0>(key)), std::get<2>(key) ? 2.0 : 0, Qt::PenStyle(std::get<1>(key)));
        pen.setCosmetic(true);
        painter->setPen(pen);
        if (!b.rects.empty())
            painter->drawRects(b.rects.data(), int(b.rects.size()));
        for (const QPolygonF* p : b.polygons)
            painter->drawPolygon(*p);
    }
    for (const Slot* s : highlighted) {
        const QColor color = colorOf(*s);
        QPen pen(color, s->selected ? 2.5 : 1.5, styleOf(*s));
        pen.setCosmetic(true);
        painter->setPen(pen);
        QColor fill = color;
        fill.setAlpha(s->selected ? 60 : 30);
        painter->setBrush(fill);
        if (s->isBox)
            painter->drawRect(s->bounds);
        else
            painter->drawPolygon(s->polygon);
    }
    Q_UNUSED(scale);
}

bool RegionLayer::coversAnother(const QRectF& rect, int slot) const
{
    bool covers = false;
    forCellsOf(rect, [&](size_t cell) {
        for (int other : m_cells[cell])
            covers = covers || (other != slot && m_slots[size_t(other)].bounds.intersects(rect));
    });
    return covers;
}

void RegionLayer::paintTexts(QPainter* painter, const std::vector<int>& visible, double scale)
{
    m_textsDrawn = 0;
    if (m_textMode == TextMode::None)
        return;
    const auto pinned = [&](const Slot& s) { return s.selected || (m_hovered && s.entry.id == m_hovered); };
    std::vector<int> order;
    order.reserve(visible.size());
    for (int slot : visible) {
        const Slot& s = m_slots[size_t(slot)];
        if (!s.alive || s.entry.region.text.isEmpty() || s.entry.kind == Kind::Other)
            continue;
        if (m_textMode == TextMode::Selected && !pinned(s))
            continue;
        if (!pinned(s) && s.bounds.height() * scale < kMinTextPixels)
            continue; // too small to read at this zoom
        order.push_back(slot);
    }
    if (order.empty())
        return;
    // Reading order on screen, the selected and hovered boxes' first (they are always drawn): on a crowded line the
    // first words win.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Slot& x = m_slots[size_t(a)];
        const Slot& y = m_slots[size_t(b)];
        if (pinned(x) != pinned(y))
            return pinned(x);
        return std::make_pair(x.bounds.top(), x.bounds.left()) < std::make_pair(y.bounds.top(), y.bounds.left());
    });
    const QTransform toScreen = painter->worldTransform();
    const QTransform toScene = toScreen.inverted();
    painter->save();
    painter->setWorldTransform(QTransform());
    const QRect device = painter->device() ? QRect(0, 0, painter->device()->width(), painter->device()->height())
                                           : QRect(0, 0, 4096, 4096);
    TextSpace taken(device);
    QFont font = painter->font();
    std::map<int, QFontMetricsF> metricsBySize;
    int fontSize = -1;
    for (int slot : order) {
        const Slot& s = m_slots[size_t(slot)];
        const bool always = pinned(s);
        // No larger than the word it belongs to: the box's height on screen, at most kTextPixels.
        const int pixels = always ? int(kTextPixels) : int(std::min(kTextPixels, s.bounds.height() * scale));
        if (pixels != fontSize) {
            fontSize = pixels;
            font.setPixelSize(std::max(1, pixels));
            painter->setFont(font);
        }
        const QFontMetricsF& metrics = metricsBySize.try_emplace(pixels, font).first->second;
        const QPointF corner = toScreen.map(s.bounds.topLeft());
        const QRectF label(corner.x(), corner.y() - metrics.height() - 1,
            metrics.horizontalAdvance(s.entry.region.text), metrics.height());
        // Legible and free: no other text there, and none of this layer's boxes under it (the line above).
        if (!always && m_textMode == TextMode::Fitting
            && (!taken.isFree(label) || coversAnother(toScene.mapRect(label), slot)))
            continue;
        taken.take(label);
        if (always)
            painter->fillRect(label.adjusted(-2, 0, 2, 0), QColor(255, 255, 255, 220)); // on a plate, over anything
        painter->setPen(colorOf(s).darker(140));
        painter->drawText(QPointF(label.left(), label.top() + metrics.ascent()), s.entry.region.text);
        ++m_textsDrawn;
    }
    painter->restore();
}

void RegionLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    QRectF exposed = option->exposedRect.isValid() ? option->exposedRect : m_page;
    // QGraphicsView::render() (screenshots, tests) exposes the whole item: keep to what the device shows.
    if (const QPaintDevice* device = painter->device()) {
        const QRectF shown
            = painter->worldTransform().inverted().mapRect(QRectF(0, 0, device->width(), device->height()));
        exposed = exposed.intersected(shown.adjusted(-2, -2, 2, 2));
    }
    const std::vector<int> visible = slotsIn(exposed);
    paintShapes(painter, visible, scale);
    paintTexts(painter, visible, scale);
}

} // namespace lector
