// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/guideline_dock.h"

#include "shell/display_names.h"
#include "shell/project_session.h"

#include <lector/store/conflict_repository.h>
#include <lector/store/project_store.h>

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace lector {

GuidelineDock::GuidelineDock(ProjectSession* session, QWidget* parent)
    : SessionPanel(session, parent)
{
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("guidelineVersionPicker"));
    m_meta = new QLabel(this);
    m_meta->setWordWrap(true);
    m_text = new QTextBrowser(this);
    m_text->setOpenExternalLinks(true);
    m_compare = new QPushButton(tr("Compare…"), this);
    m_compare->setToolTip(tr("What changed between the shown version and the one before it"));
    m_publish = new QPushButton(tr("Edit and Publish…"), this);
    m_publish->setToolTip(tr("Leads write the next version with a changelog"));
    m_publish->setVisible(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_picker, 1);
    row->addWidget(m_compare);
    row->addWidget(m_publish);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_meta);
    layout->addWidget(m_text, 1);
    connect(m_publish, &QPushButton::clicked, this, &GuidelineDock::publishRequested);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (m_shown > 1)
            emit compareRequested(m_shown - 1, m_shown);
    });
    connect(
        m_picker, &QComboBox::activated, this, [this](int index) { showVersion(m_picker->itemData(index).toInt()); });
    connect(session, &ProjectSession::annotatorChanged, this, &GuidelineDock::projectOpened);
    connect(session, &ProjectSession::guidelineChanged, this, &GuidelineDock::reload);
}

void GuidelineDock::reload()
{
    const ProjectStore* store = session()->store();
    m_versions.clear();
    if (store) {
        if (auto versions = store->guidelineVersions())
            m_versions = std::move(versions).value();
    }
    m_gallery.clear();
    if (store) {
        // Special cases found in review: each guideline gap with its note and the crop the reviewer saved.
        ConflictFilter gaps;
        gaps.status = ConflictStatus::GuidelineGap;
        auto list = ConflictRepository(const_cast<ProjectStore&>(*store)).list(gaps);
        const QDir gallery(store->sideFolder(QStringLiteral("gallery")));
        if (list && !list->empty()) {
            m_gallery = tr("\n\n---\n\n## Special cases from review (%1)\n\n").arg(list->size());
            for (const Conflict& c : *list) {
                const QString crop = gallery.filePath(QStringLiteral("conflict-%1.png").arg(c.id));
                if (QFileInfo::exists(crop))
                    m_gallery
                        += QStringLiteral("![conflict %1](%2)\n\n").arg(c.id).arg(QUrl::fromLocalFile(crop).toString());
                m_gallery
                    += tr("**%1** — %2, %3 (%4)\n\n")
                           .arg(c.note.toHtmlEscaped(), c.reviewer,
                               QDateTime::fromMSecsSinceEpoch(c.resolvedAt).toString(QStringLiteral("yyyy-MM-dd")),
                               conflictKindsTitle(c.kinds));
            }
        }
    }
    m_picker->clear();
    for (auto it = m_versions.rbegin(); it != m_versions.rend(); ++it)
        m_picker->addItem(
            tr("Version %1").arg(it->number) + (it == m_versions.rbegin() ? tr(" (in force)") : QString()), it->number);
    m_picker->setEnabled(!m_versions.empty());
    if (m_versions.empty()) {
        m_shown = 0;
        m_compare->setEnabled(false);
        m_meta->clear();
        m_text->setPlainText(tr("This project has no guideline yet. A lead publishes one."));
        return;
    }
    showVersion(m_versions.back().number);
}

void GuidelineDock::showVersion(int number)
{
    for (const GuidelineVersion& g : m_versions) {
        if (g.number != number)
            continue;
        m_shown = number;
        m_picker->setCurrentIndex(m_picker->findData(number));
        m_meta->setText(tr("Published %1 by %2. %3")
                            .arg(QDateTime::fromMSecsSinceEpoch(g.createdAt).toString(QStringLiteral("yyyy-MM-dd")),
                                g.author.isEmpty() ? tr("unknown") : g.author,
                                g.changelog.isEmpty() ? QString() : tr("Changes: %1").arg(g.changelog)));
        m_text->setMarkdown(g.markdown + m_gallery);
        m_compare->setEnabled(number > 1);
        return;
    }
}

void GuidelineDock::changeEvent(QEvent* event)
{
    SessionPanel::changeEvent(event);
    // The markdown import bakes the palette's colours (links, code) into the document: render again in the new one.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_shown)
        showVersion(m_shown);
}

void GuidelineDock::projectOpened()
{
    reload();
    m_publish->setVisible(session()->isOpen() && session()->me().role == Role::Lead);
}

void GuidelineDock::projectClosed()
{
    m_versions.clear();
    m_picker->clear();
    m_meta->clear();
    m_text->clear();
    m_publish->setVisible(false);
}

bool GuidelineDock::canPublish() const { return !m_publish->isHidden(); }

QString GuidelineDock::renderedText() const { return m_text->toPlainText(); }

} // namespace lector
