// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QGraphicsView>

namespace lector {

/// The image view. In fit mode (the default after an image is shown) it keeps the whole image in view as the
/// window resizes; zooming with the wheel, around the cursor, leaves fit mode.
class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CanvasView(QGraphicsScene* scene, QWidget* parent = nullptr);

    void fitImage();
    bool isFitMode() const { return m_fit; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    bool m_fit = true;
};

} // namespace lector
