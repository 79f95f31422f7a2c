// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "rendered_page.h"

#include <lector/core/result.h>

#include <QFont>
#include <QString>

#include <vector>

class QImage;

namespace lector::demo {

class DemoRandom;
class Vocabulary;

/// Lays out one document page (letter, receipt, form or Korean notice), paints it with QPainter, degrades it
/// like a scan (paper tint, blur, noise) and saves it as PNG. Each word's quad is computed from the same font
/// metrics and the same transform the text is painted with, so the ground truth is exact.
/// Needs a QGuiApplication; not thread-safe (fonts).
class PageRenderer {
public:
    PageRenderer(const Vocabulary& vocabulary, int width, int height);

    /// `drifted`: a page of the batch that drifted (darker paper, always blurred, seven Korean notices in twenty).
    Result<RenderedPage> render(int index, const QString& absolutePath, DemoRandom& rng, bool drifted = false) const;

private:
    struct Token {
        QString text;
        QFont font;
    };
    class Layout;

    QFont latinFont(const QString& family, int pixels, bool bold = false) const;
    QFont koreanFont(int pixels, bool bold = false) const;
    std::vector<Token> tokens(const std::vector<QString>& words, const QFont& latin) const;

    void layoutLetter(Layout& layout, DemoRandom& rng) const;
    void layoutReceipt(Layout& layout, DemoRandom& rng) const;
    void layoutForm(Layout& layout, DemoRandom& rng) const;
    void layoutKoreanNotice(Layout& layout, DemoRandom& rng) const;
    void degrade(QImage& image, DemoRandom& rng, std::vector<unsigned char>& gray, bool drifted) const;

    const Vocabulary& m_vocabulary;
    int m_width;
    int m_height;
};

} // namespace lector::demo
