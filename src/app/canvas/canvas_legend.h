// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QWidget>

namespace lector {

class CanvasScene;

/// What each line on the canvas means, for the layers shown now: my labels (and their don't-care and illegible
/// styles), other annotators, predictions by confidence, and an evaluation's found, false, missed and set-aside words.
/// A small panel in a corner of the canvas, over the page; it follows the scene's layer switches.
class CanvasLegend : public QWidget {
    Q_OBJECT
public:
    CanvasLegend(CanvasScene* scene, QWidget* viewport);

    /// Re-reads which layers are shown and resizes; keeps to the viewport's bottom-left corner.
    void refresh();
    /// The rows shown, in order (for tests).
    QStringList rows() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Row {
        QString text;
        QColor color;
        Qt::PenStyle style;
        qreal width;
        bool gradient = false; // a prediction's colour runs from red (0) to green (1)
    };
    std::vector<Row> currentRows() const;

    CanvasScene* m_scene;
    std::vector<Row> m_rows;
};

} // namespace lector
