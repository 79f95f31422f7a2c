// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/region_comparison_view.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace lector {

namespace {
constexpr int kCellHeight = 84;
constexpr int kLabelHeight = 22;
constexpr int kGap = 8;

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
    setMinimumHeight(kCellHeight + kLabelHeight);
}

void RegionComparisonView::setVersions(const QImage& page, std::vector<Version> versions)
{
    m_page = page;
    m_versions = std::move(versions);
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
    updateGeometry();
    update();
}

QSize RegionComparisonView::sizeHint() const { return { 480, 2 * (kCellHeight + kLabelHeight) + kGap }; }

void RegionComparisonView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (m_crop.isEmpty() || m_versions.empty()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("Nothing to compare."));
        return;
    }
    const QImage crop = m_page.copy(m_crop);
    // Row 1: all versions over one crop. Row 2: one crop per version, side by side.
    const int columns = static_cast<int>(m_versions.size());
    const double cellWidth = (width() - kGap * (columns - 1)) / double(columns);
    const double overlayScale = std::min(width() / double(m_crop.width()), kCellHeight / double(m_crop.height()));
    const QPointF overlayOrigin((width() - m_crop.width() * overlayScale) / 2, 0);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.drawImage(
        QRectF(overlayOrigin, QSizeF(m_crop.width() * overlayScale, m_crop.height() * overlayScale)), crop);
    for (const Version& v : m_versions) {
        if (!v.region)
            continue;
        QPen pen(v.color, v.consensus ? 2.5 : 1.5, v.consensus ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(pen);
        painter.drawPolygon(toPolygon(v.region->polygon, m_crop, overlayScale, overlayOrigin));
    }
    const double cellScale = std::min(cellWidth / m_crop.width(), double(kCellHeight) / m_crop.height());
    const double top = kCellHeight + kLabelHeight + kGap;
    for (int i = 0; i < columns; ++i) {
        const Version& v = m_versions[static_cast<size_t>(i)];
        const QPointF origin(i * (cellWidth + kGap) + (cellWidth - m_crop.width() * cellScale) / 2, top);
        painter.drawImage(QRectF(origin, QSizeF(m_crop.width() * cellScale, m_crop.height() * cellScale)), crop);
        QString caption;
        if (v.region) {
            painter.setPen(QPen(v.color, 2));
            painter.drawPolygon(toPolygon(v.region->polygon, m_crop, cellScale, origin));
            caption = v.region->isDontCare() ? tr("%1: (don't care)").arg(v.who)
                                             : QStringLiteral("%1: “%2”").arg(v.who, v.region->text);
        } else {
            caption = tr("%1: (no region)").arg(v.who);
        }
        painter.setPen(v.color);
        painter.drawText(QRectF(i * (cellWidth + kGap), top + kCellHeight + 2, cellWidth, kLabelHeight),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine,
            painter.fontMetrics().elidedText(caption, Qt::ElideRight, int(cellWidth)));
    }
}

} // namespace lector
