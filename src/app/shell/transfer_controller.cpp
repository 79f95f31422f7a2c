// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "shell/transfer_controller.h"

#include "dialogs/export_dialog.h"
#include "dialogs/import_labels_dialog.h"
#include "shell/job_runner.h"
#include "shell/project_session.h"

#include <QAction>
#include <QWidget>

namespace lector {

TransferController::TransferController(ProjectSession* session, JobRunner* jobs, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_jobs(jobs)
    , m_parent(dialogParent)
{
    m_importAction = new QAction(tr("&Import Labels / Predictions…"), this);
    m_importAction->setObjectName(QStringLiteral("file.importLabels"));
    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("file.export"));
    connect(m_importAction, &QAction::triggered, this, &TransferController::importLabels);
    connect(m_exportAction, &QAction::triggered, this, &TransferController::exportProject);
    connect(m_session, &ProjectSession::opened, this, &TransferController::updateActions);
    // The project closes: the dialogs go with it (their jobs are canceled as they close).
    connect(m_session, &ProjectSession::closed, this, [this] {
        for (QDialog* d : { static_cast<QDialog*>(m_import.data()), static_cast<QDialog*>(m_export.data()) }) {
            if (d)
                d->reject();
        }
        m_importAction->setEnabled(false);
        m_exportAction->setEnabled(false);
    });
    updateActions();
}

TransferController::~TransferController() = default;

ImportLabelsDialog* TransferController::importDialog() const { return m_import; }

ExportDialog* TransferController::exportDialog() const { return m_export; }

void TransferController::updateActions()
{
    m_importAction->setEnabled(m_session->isOpen());
    m_exportAction->setEnabled(m_session->isOpen());
}

ExportDialog* TransferController::exportProject()
{
    if (!m_session->isOpen())
        return nullptr;
    if (!m_export) {
        m_export = new ExportDialog(m_session, m_jobs, m_parent);
        m_export->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_export->show();
    m_export->raise();
    m_export->activateWindow();
    return m_export;
}

ImportLabelsDialog* TransferController::importLabels()
{
    if (!m_session->isOpen())
        return nullptr;
    if (!m_import) {
        m_import = new ImportLabelsDialog(m_session, m_jobs, m_parent);
        m_import->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_import->show();
    m_import->raise();
    m_import->activateWindow();
    return m_import;
}

} // namespace lector
