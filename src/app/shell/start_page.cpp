// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "start_page.h"

#include "dialogs/server_dialog.h"

#include <lector/store/project_store.h>

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace lector {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    column->addStretch(1);

    auto* title = new QLabel(tr("Lector"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    title->setFont(big);
    column->addWidget(title);
    auto* subtitle = new QLabel(tr("Label words on your scans: boxes, quads and their text."), this);
    subtitle->setWordWrap(true);
    column->addWidget(subtitle);
    column->addSpacing(16);

    const auto button = [this, column](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setMinimumHeight(b->sizeHint().height() + 8);
        column->addWidget(b);
        return b;
    };
    QPushButton* fromFolder = button(QStringLiteral("startNewFromFolder"), tr("New Project from &Folder…"),
        tr("Pick a folder of scans, with or without labels: Lector finds the images and any label files beside them."));
    fromFolder->setDefault(true);
    QPushButton* open = button(QStringLiteral("startOpen"), tr("&Open Project…"), tr("Open a .lector project file"));
    QPushButton* server = button(QStringLiteral("startOpenServer"), tr("Open a &Team's Server Project…"),
        tr("A project on a PostgreSQL server that a team labels together"));
    m_demo = button(QStringLiteral("startDemo"), tr("Open the &Demo Project"),
        tr("60 generated pages with three annotators, a reference, a model run and a guideline: to try everything"));
    QPushButton* empty = button(QStringLiteral("startNewEmpty"), tr("New &Empty Project…"),
        tr("A project file with no images yet; drop folders or files on the window to add them"));
    connect(fromFolder, &QPushButton::clicked, this, &StartPage::newFromFolderRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(server, &QPushButton::clicked, this, &StartPage::openServerRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(empty, &QPushButton::clicked, this, &StartPage::newEmptyRequested);

    column->addSpacing(16);
    auto* recentTitle = new QLabel(tr("<b>Recent projects</b>"), this);
    column->addWidget(recentTitle);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("recentProjects"));
    m_list->setMinimumWidth(420);
    m_list->setMaximumHeight(220);
    column->addWidget(m_list);
    m_noRecent = new QLabel(tr("None yet."), this);
    column->addWidget(m_noRecent);
    connect(m_list, &QListWidget::itemActivated, this, &StartPage::openItem);

    column->addSpacing(12);
    auto* drop = new QLabel(tr("Or drop a folder of images, or a project file, anywhere on this window."), this);
    drop->setObjectName(QStringLiteral("dropHint"));
    drop->setWordWrap(true);
    drop->setEnabled(false); // a hint, in the muted colour
    column->addWidget(drop);
    column->addStretch(2);
    outer->addLayout(column, 0);
    outer->addStretch(1);
    setRecentProjects({});
}

void StartPage::setRecentProjects(const QStringList& paths)
{
    m_recent = paths;
    m_list->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(m_list);
        if (ProjectStore::isServerLocation(path)) {
            // A server is not looked at here (no connection from the start page): named by its schema and host.
            const QUrl url(path);
            item->setText(tr("%1    on %2 (%3)").arg(ServerDialog::schemaOf(path), url.host(), url.path().mid(1)));
            item->setData(Qt::UserRole, path);
            item->setToolTip(path);
            continue;
        }
        const QFileInfo info(path);
        const bool there = info.isFile();
        item->setText(there ? tr("%1    %2").arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath()))
                            : tr("%1    (missing: %2)").arg(info.completeBaseName(), QDir::toNativeSeparators(path)));
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!there)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_list->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void StartPage::setDemoBusy(bool busy)
{
    m_demo->setEnabled(!busy);
    m_demo->setText(busy ? tr("Writing the demo project…") : tr("Open the &Demo Project"));
}

void StartPage::openItem(QListWidgetItem* item)
{
    if (item && (item->flags() & Qt::ItemIsEnabled))
        emit openRecentRequested(item->data(Qt::UserRole).toString());
}

} // namespace lector
