// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/region_comparison_view.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lector {

namespace {
constexpr int kOverlayHeight = 72;
constexpr int kCellHeight = 64; // a version's crop at most this tall
constexpr int kLabelHeight = 20;
constexpr int kGap = 6;
// Narrower than this a cell's crop and caption stop being legible: wrap into another row instead.
constexpr int kMinCellWidth = 128;

QPolygonF toPolygon(const Polygon& p, const QRect& crop, double scale, const QPointF& origin)
{
    QPolygonF out;
    for (const PointF& pt : p.points)
        out << origin + QPointF((pt.x - crop.x()) * scale, (pt.y - crop.y()) * scale);
    return out;
}
}

RegionComparisonView::RegionComparisonView(QWidget* parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMinimumHeight(kOverlayHeight);
}

void RegionComparisonView::setVersions(const QImage& page, std::vector<Version> versions)
{
    m_page = page;
    m_versions = std::move(versions);
    m_highlighted = m_versions.empty() ? -1 : 0;
    QRectF box;
    for (const Version& v : m_versions) {
        if (!v.region)
            continue;
        const BoxF b = v.region->polygon.boundingBox();
        box = box.united(QRectF(b.x0, b.y0, b.width(), b.height()));
    }
    if (box.isEmpty()) {
        m_crop = {};
    } else {
        const int margin = std::max(6, static_cast<int>(box.height() * 0.4));
        m_crop = box.toAlignedRect().adjusted(-margin, -margin, margin, margin).intersected(m_page.rect());
    }
    fitHeight();
    update();
}

void RegionComparisonView::setHighlighted(int index)
{
    if (index < -1 || index >= static_cast<int>(m_versions.size()) || index == m_highlighted)
        return;
    m_highlighted = index;
    update();
}

int RegionComparisonView::columnsFor(int width) const
{
    const int n = std::max(1, static_cast<int>(m_versions.size()));
    return std::clamp((width + kGap) / (kMinCellWidth + kGap), 1, n);
}

int RegionComparisonView::heightForWidth(int width) const
{
    if (m_versions.empty())
        return kOverlayHeight;
    const int columns = columnsFor(width);
    const int rows = (static_cast<int>(m_versions.size()) + columns - 1) / columns;
    return kOverlayHeight + kGap + rows * (kCellHeight + kLabelHeight + kGap);
}

QSize RegionComparisonView::sizeHint() const
{
    const int width = 480;
    return { width, heightForWidth(width) };
}

QSize RegionComparisonView::minimumSizeHint() const { return { kMinCellWidth, heightForWidth(kMinCellWidth) }; }

void RegionComparisonView::fitHeight()
{
    // The layout may not ask heightForWidth (a dock's splitter does not): make room for every row ourselves.
    const int needed = heightForWidth(width());
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
    updateGeometry();
}

void RegionComparisonView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

QRect RegionComparisonView::versionRect(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_versions.size()))
        return {};
    const int columns = columnsFor(width());
    const double cellWidth = (width() - kGap * (columns - 1)) / double(columns);
    const int row = index / columns;
    const int column = index % columns;
    const double top = kOverlayHeight + kGap + row * (kCellHeight + kLabelHeight + kGap);
    return QRectF(column * (cellWidth + kGap), top, cellWidth, kCellHeight + kLabelHeight).toAlignedRect() & rect();
}

void RegionComparisonView::mousePressEvent(QMouseEvent* event)
{
    for (int i = 0; i < static_cast<int>(m_versions.size()); ++i) {
        if (versionRect(i).contains(event->position().toPoint())) {
            setHighlighted(i);
            emit versionClicked(i);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void RegionComparisonView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (m_crop.isEmpty() || m_versions.empty()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("Nothing to compare."));
        return;
    }
    const QImage crop = m_page.copy(m_crop);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    // All versions over one crop, then one cell per version.
    const double overlayScale = std::min(width() / double(m_crop.width()), kOverlayHeight / double(m_crop.height()));
    const QPointF overlayOrigin((width() - m_crop.width() * overlayScale) / 2, 0);
    painter.drawImage(
        QRectF(overlayOrigin, QSizeF(m_crop.width() * overlayScale, m_crop.height() * overlayScale)), crop);
    for (const Version& v : m_versions) {
        if (!v.region)
            continue;
        painter.setPen(QPen(v.color, v.consensus ? 2.5 : 1.5, v.consensus ? Qt::DashLine : Qt::SolidLine));
        painter.drawPolygon(toPolygon(v.region->polygon, m_crop, overlayScale, overlayOrigin));
    }
    for (int i = 0; i < static_cast<int>(m_versions.size()); ++i) {
        const Version& v = m_versions[static_cast<size_t>(i)];
        const QRect cell = versionRect(i);
        const double scale = std::min(cell.width() / double(m_crop.width()), kCellHeight / double(m_crop.height()));
        const QPointF origin(cell.x() + (cell.width() - m_crop.width() * scale) / 2, cell.y());
        painter.drawImage(QRectF(origin, QSizeF(m_crop.width() * scale, m_crop.height() * scale)), crop);
        QString caption = v.key.isEmpty() ? v.who : QStringLiteral("%1 · %2").arg(v.key, v.who);
        if (v.region) {
            painter.setPen(QPen(v.color, 2, v.consensus ? Qt::DashLine : Qt::SolidLine));
            painter.drawPolygon(toPolygon(v.region->polygon, m_crop, scale, origin));
            caption += v.region->isDontCare() ? tr(": (don't care)") : QStringLiteral(": “%1”").arg(v.region->text);
        } else {
            caption += tr(": (no region)");
        }
        painter.setPen(v.color);
        QFont font = painter.font();
        font.setBold(i == m_highlighted);
        painter.setFont(font);
        const QRect label(cell.x(), cell.y() + kCellHeight + 1, cell.width(), kLabelHeight - 1);
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
            painter.fontMetrics().elidedText(caption, Qt::ElideRight, cell.width() - 4));
        if (i == m_highlighted) {
            painter.setPen(QPen(palette().highlight().color(), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(cell).adjusted(1, 1, -1, -1), 3, 3);
        }
    }
}

} // namespace lector
