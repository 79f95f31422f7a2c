// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QColor>
#include <QImage>
#include <QWidget>

#include <optional>
#include <vector>

namespace lector {

/// What each annotator made of one place on a page, for a reviewer: the overlay of every version on one crop, then
/// one cell per version (its crop, and under it the key that accepts it, who drew it and the transcription). The
/// cells fit the widget's width: each crop is scaled down to its cell, and the cells wrap into rows when the dock
/// is narrow, so that no version is ever cut off (the widget asks for the height its width needs). A missing
/// version shows as "(no region)". One version is highlighted (Enter in the review panel accepts it).
class RegionComparisonView : public QWidget {
    Q_OBJECT
public:
    struct Version {
        QString who;
        QColor color;
        std::optional<Region> region;
        bool consensus = false;
        QString key; // the key that accepts it ("1", "C"), shown before the name; empty: none
    };

    explicit RegionComparisonView(QWidget* parent = nullptr);

    /// `page` is the whole image; the crop is the union of the versions' boxes with a margin. Highlights the first.
    void setVersions(const QImage& page, std::vector<Version> versions);
    const std::vector<Version>& versions() const { return m_versions; }
    /// The crop rectangle in image pixels (empty when nothing is shown).
    QRect cropRect() const { return m_crop; }

    /// The highlighted version (index into versions(); -1 when none).
    int highlighted() const { return m_highlighted; }
    void setHighlighted(int index);
    /// Where version `index`'s cell (crop and caption) is drawn at the current width, in widget coordinates.
    QRect versionRect(int index) const;
    /// How many cells go in a row at this width.
    int columnsFor(int width) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The reviewer clicked a version's cell (it is highlighted now).
    void versionClicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void fitHeight();

    QImage m_page;
    QRect m_crop;
    std::vector<Version> m_versions;
    int m_highlighted = -1;
};

} // namespace lector
