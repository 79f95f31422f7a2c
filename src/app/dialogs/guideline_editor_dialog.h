// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;

namespace lector {

/// A lead edits the guideline's markdown with a live preview and publishes it as the next version with a changelog.
/// Publishing is the caller's: the dialog only collects the text.
class GuidelineEditorDialog : public QDialog {
    Q_OBJECT
public:
    GuidelineEditorDialog(const QString& markdown, int nextVersion, QWidget* parent = nullptr);

    QString markdown() const;
    QString changelog() const;
    void setMarkdown(const QString& text);
    void setChangelog(const QString& text);
    QString previewText() const;
    /// The slices the change is about ("script:mixed"), checked in the dialog's list.
    QStringList about() const;
    void setAbout(const QStringList& slices);

private:
    QPlainTextEdit* m_editor = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLineEdit* m_changelog = nullptr;
    QListWidget* m_about = nullptr;
    QString m_original;
};

/// Two guideline versions side by side as a line diff: removed lines red, added lines green.
class GuidelineDiffDialog : public QDialog {
    Q_OBJECT
public:
    GuidelineDiffDialog(const QString& oldTitle, const QString& oldText, const QString& newTitle,
        const QString& newText, QWidget* parent = nullptr);
    QString diffHtml() const { return m_html; }

private:
    QString m_html;
};

} // namespace lector
