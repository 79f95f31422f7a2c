// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "dialogs/guideline_editor_dialog.h"

#include <lector/metrics/agreement_report.h>
#include <lector/text/line_diff.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lector {

GuidelineEditorDialog::GuidelineEditorDialog(const QString& markdown, int nextVersion, QWidget* parent)
    : QDialog(parent)
    , m_original(markdown)
{
    setWindowTitle(tr("Edit Guideline — Version %1").arg(nextVersion));
    resize(1100, 720);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("guidelineMarkdown"));
    m_editor->setPlainText(markdown);
    m_preview = new QTextBrowser(this);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_preview);
    m_changelog = new QLineEdit(this);
    m_changelog->setPlaceholderText(tr("What changed, and which cases it settles (required)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* publish = buttons->addButton(tr("&Publish Version %1").arg(nextVersion), QDialogButtonBox::AcceptRole);
    m_about = new QListWidget(this);
    m_about->setObjectName(QStringLiteral("guidelineAbout"));
    m_about->setFlow(QListView::LeftToRight);
    m_about->setWrapping(true);
    m_about->setMaximumHeight(90);
    m_about->setToolTip(tr("The slices of the data this change is about: the dashboard compares agreement on them "
                           "before and after this version"));
    for (const QString& dimension : regionDimensions())
        for (const QString& bin : regionBins(dimension)) {
            auto* item = new QListWidgetItem(QStringLiteral("%1 %2").arg(dimension, bin), m_about);
            item->setData(Qt::UserRole, QStringLiteral("%1:%2").arg(dimension, bin));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    auto* form = new QFormLayout;
    form->addRow(tr("Changelog:"), m_changelog);
    form->addRow(tr("About:"), m_about);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    auto update = [this, publish] {
        m_preview->setMarkdown(m_editor->toPlainText());
        publish->setEnabled(!m_changelog->text().trimmed().isEmpty() && m_editor->toPlainText() != m_original);
    };
    connect(m_editor, &QPlainTextEdit::textChanged, this, update);
    connect(m_changelog, &QLineEdit::textChanged, this, update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString GuidelineEditorDialog::markdown() const { return m_editor->toPlainText(); }
QString GuidelineEditorDialog::changelog() const { return m_changelog->text().trimmed(); }
void GuidelineEditorDialog::setMarkdown(const QString& text) { m_editor->setPlainText(text); }
void GuidelineEditorDialog::setChangelog(const QString& text) { m_changelog->setText(text); }
QString GuidelineEditorDialog::previewText() const { return m_preview->toPlainText(); }

QStringList GuidelineEditorDialog::about() const
{
    QStringList out;
    for (int i = 0; i < m_about->count(); ++i)
        if (m_about->item(i)->checkState() == Qt::Checked)
            out << m_about->item(i)->data(Qt::UserRole).toString();
    return out;
}

void GuidelineEditorDialog::setAbout(const QStringList& slices)
{
    for (int i = 0; i < m_about->count(); ++i)
        m_about->item(i)->setCheckState(
            slices.contains(m_about->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

GuidelineDiffDialog::GuidelineDiffDialog(
    const QString& oldTitle, const QString& oldText, const QString& newTitle, const QString& newText, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare %1 with %2").arg(oldTitle, newTitle));
    resize(900, 700);
    int added = 0, removed = 0;
    QString rows;
    for (const DiffLine& d : diffLines(oldText, newText)) {
        const QString text = d.text.toHtmlEscaped();
        switch (d.kind) {
        case DiffLine::Kind::Same:
            rows += QStringLiteral("<tr><td class=n>%1</td><td class=n>%2</td><td>&nbsp;&nbsp;%3</td></tr>")
                        .arg(d.oldLine)
                        .arg(d.newLine)
                        .arg(text);
            break;
        case DiffLine::Kind::Removed:
            ++removed;
            rows += QStringLiteral("<tr style='background:#fbe3e4'><td class=n>%1</td><td></td><td>−&nbsp;%2</td></tr>")
                        .arg(d.oldLine)
                        .arg(text);
            break;
        case DiffLine::Kind::Added:
            ++added;
            rows += QStringLiteral("<tr style='background:#e1f5e4'><td></td><td class=n>%1</td><td>+&nbsp;%2</td></tr>")
                        .arg(d.newLine)
                        .arg(text);
            break;
        }
    }
    m_html = QStringLiteral("<style>td{font-family:monospace; white-space:pre-wrap; padding:0 4px}"
                            "td.n{color:#888; text-align:right}</style><table cellspacing=0 width='100%'>")
        + rows + QStringLiteral("</table>");
    auto* summary = new QLabel(tr("%1 lines added, %2 removed.").arg(added).arg(removed), this);
    auto* view = new QTextBrowser(this);
    view->setHtml(m_html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace lector
