// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "canvas/tiled_image_item.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace lector {

namespace {
constexpr int kCacheKilobytes = 256 * 1024;
constexpr int kSmallestLevelSide = 512;
}

TiledImageItem::TiledImageItem(QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_tiles(kCacheKilobytes)
{
    setFlag(ItemUsesExtendedStyleOption); // gives paint() the exposed rect
    setAcceptedMouseButtons(Qt::NoButton);
}

void TiledImageItem::setImage(const QImage& image)
{
    prepareGeometryChange();
    m_tiles.clear();
    m_levels.clear();
    m_size = image.size();
    m_maxLevel = 0;
    for (int side = std::max(m_size.width(), m_size.height()); side > kSmallestLevelSide; side /= 2)
        ++m_maxLevel;
    if (!image.isNull())
        m_levels.push_back(image);
    ++m_generation;
    update();
}

QRectF TiledImageItem::boundingRect() const { return QRectF(QPointF(0, 0), QSizeF(m_size)); }

int TiledImageItem::levelFor(double scale) const
{
    if (scale <= 0)
        return 0;
    // Level k has 2^-k image pixels per page pixel: take the coarsest with at least `scale` of them.
    const int k = static_cast<int>(std::floor(std::log2(1.0 / scale)));
    return std::clamp(k, 0, m_maxLevel);
}

const QImage& TiledImageItem::level(int index)
{
    while (static_cast<int>(m_levels.size()) <= index) {
        const QImage& prev = m_levels.back();
        m_levels.push_back(prev.scaled(std::max(1, prev.width() / 2), std::max(1, prev.height() / 2),
            Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    }
    return m_levels[static_cast<size_t>(index)];
}

const QPixmap* TiledImageItem::tile(int levelIndex, int column, int row)
{
    const quint64 key = (quint64(levelIndex) << 48) | (quint64(column) << 24) | quint64(row);
    if (const QPixmap* cached = m_tiles.object(key))
        return cached;
    const QImage& img = level(levelIndex);
    const QRect r = QRect(column * kTileSize, row * kTileSize, kTileSize, kTileSize).intersected(img.rect());
    if (r.isEmpty())
        return nullptr;
    auto* pixmap = new QPixmap(QPixmap::fromImage(img.copy(r)));
    const int cost = std::max(1, static_cast<int>(qint64(r.width()) * r.height() * 4 / 1024));
    m_tiles.insert(key, pixmap, cost);
    return m_tiles.object(key);
}

void TiledImageItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    if (m_levels.empty())
        return;
    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const int li = levelFor(scale);
    const QImage& img = level(li);
    const double factor = double(img.width()) / m_size.width(); // level pixels per page pixel
    const QRectF exposed = option->exposedRect.intersected(boundingRect());
    if (exposed.isEmpty())
        return;
    const int c0 = std::max(0, static_cast<int>(std::floor(exposed.left() * factor / kTileSize)));
    const int r0 = std::max(0, static_cast<int>(std::floor(exposed.top() * factor / kTileSize)));
    const int c1 = static_cast<int>(std::ceil(exposed.right() * factor / kTileSize));
    const int r1 = static_cast<int>(std::ceil(exposed.bottom() * factor / kTileSize));
    painter->setRenderHint(QPainter::SmoothPixmapTransform, scale < 1.0);
    const double xf = double(m_size.width()) / img.width();
    const double yf = double(m_size.height()) / img.height();
    for (int row = r0; row < r1; ++row) {
        for (int column = c0; column < c1; ++column) {
            const QPixmap* pm = tile(li, column, row);
            if (!pm)
                continue;
            const QRectF target(column * kTileSize * xf, row * kTileSize * yf, pm->width() * xf, pm->height() * yf);
            painter->drawPixmap(target, *pm, QRectF(pm->rect()));
        }
    }
}

} // namespace lector
