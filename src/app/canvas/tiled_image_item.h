// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QCache>
#include <QGraphicsItem>
#include <QImage>
#include <QPixmap>

#include <vector>

namespace lector {

/// The page image, painted from 512-pixel tiles so that a 10000x7000 scan never becomes one huge pixmap.
/// paint() draws only the tiles that meet option->exposedRect, from the coarsest level of a half-size pyramid
/// that still has at least one image pixel per screen pixel; levels are made on first use, tiles are converted
/// to pixmaps on first use and kept in a bounded cache.
class TiledImageItem : public QGraphicsItem {
public:
    static constexpr int kTileSize = 512;

    explicit TiledImageItem(QGraphicsItem* parent = nullptr);

    void setImage(const QImage& image);
    const QImage& image() const { return m_levels.empty() ? m_empty : m_levels.front(); }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    /// The pyramid level paint() uses at a view scale (0 = full resolution, 1 = half, ...).
    int levelFor(double scale) const;
    int levelCount() const { return static_cast<int>(m_levels.size()); }

private:
    const QImage& level(int index);
    const QPixmap* tile(int level, int column, int row);

    QImage m_empty;
    QSize m_size;
    int m_maxLevel = 0;
    std::vector<QImage> m_levels; // made on demand; index = level
    QCache<quint64, QPixmap> m_tiles;
    quint64 m_generation = 0;
};

} // namespace lector
