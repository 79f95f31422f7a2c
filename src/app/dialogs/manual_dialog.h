// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QDialog>

class QTextBrowser;

namespace lector {

/// Help ▸ Manual: docs/manual.md (docs/manual.ko.md in a Korean interface) with its screenshots, compiled into the
/// program, so that it opens offline. A window of its own beside the main one: reading it does not stop the work.
class ManualDialog : public QDialog {
    Q_OBJECT
public:
    explicit ManualDialog(QWidget* parent = nullptr);

    /// The page shown: "manual.md" or "manual.ko.md" under qrc:/lector/manual/.
    static QString pageFor(const QLocale& locale);
    QTextBrowser* browser() const { return m_browser; }
    /// A heading's name as a link to it spells it ("Part I: Annotators" -> "part-i-annotators").
    static QString slug(const QString& heading);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitImages();
    void nameHeadings();
    void follow(const QUrl& link);
    QTextBrowser* m_browser;
};

} // namespace lector
