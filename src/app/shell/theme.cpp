// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "shell/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace lector {

void applyTheme(Theme theme)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = QApplication::style()->standardPalette();
    if (theme == Theme::Dark) {
        const QColor window(0x2b, 0x2d, 0x30);
        const QColor base(0x1e, 0x1f, 0x22);
        const QColor text(0xdf, 0xe1, 0xe5);
        const QColor disabled(0x80, 0x80, 0x80);
        const QColor accent(0x3d, 0x8e, 0xe6);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, window);
        p.setColor(QPalette::ToolTipBase, base);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::white);
        p.setColor(QPalette::Highlight, accent);
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, accent);
        p.setColor(QPalette::PlaceholderText, disabled);
        p.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4a));
        p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
        for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
            p.setColor(QPalette::Disabled, role, disabled);
    }
    QApplication::setPalette(p);
}

QString themeName(Theme theme) { return theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light"); }

Theme themeFromName(const QString& name) { return name == QStringLiteral("dark") ? Theme::Dark : Theme::Light; }

} // namespace lector
