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
/// one crop per annotator with its transcription under it. A missing version shows as "(no region)".
class RegionComparisonView : public QWidget {
    Q_OBJECT
public:
    struct Version {
        QString who;
        QColor color;
        std::optional<Region> region;
        bool consensus = false;
    };

    explicit RegionComparisonView(QWidget* parent = nullptr);

    /// `page` is the whole image; the crop is the union of the versions' boxes with a margin.
    void setVersions(const QImage& page, std::vector<Version> versions);
    const std::vector<Version>& versions() const { return m_versions; }
    /// The crop rectangle in image pixels (empty when nothing is shown).
    QRect cropRect() const { return m_crop; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_page;
    QRect m_crop;
    std::vector<Version> m_versions;
};

} // namespace lector
