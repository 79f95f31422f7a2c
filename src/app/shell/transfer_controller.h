// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace lector {

class ExportDialog;
class ImportLabelsDialog;
class JobRunner;
class ProjectSession;

/// Labels in and out of the open project from the window: File ▸ Import Labels / Predictions… and File ▸ Export…
/// open their dialogs (one of each at a time, not blocking the window, so that the status bar's jobs and the canvas
/// stay live); the dialogs run the work through the JobRunner. The controller owns the two actions, enabled while a
/// project is open.
class TransferController : public QObject {
    Q_OBJECT
public:
    TransferController(ProjectSession* session, JobRunner* jobs, QWidget* dialogParent);
    ~TransferController() override;

    /// "file.importLabels" and "file.export", for the File menu and the shortcut registry.
    QList<QAction*> actions() const { return { m_importAction, m_exportAction }; }
    /// The dialog open now, if any.
    ImportLabelsDialog* importDialog() const;
    ExportDialog* exportDialog() const;

public slots:
    /// Opens (or raises) the Export dialog; null when no project is open.
    ExportDialog* exportProject();
    /// Opens (or raises) the Import Labels dialog; null when no project is open.
    ImportLabelsDialog* importLabels();

private:
    void updateActions();

    ProjectSession* m_session;
    JobRunner* m_jobs;
    QWidget* m_parent;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QPointer<ImportLabelsDialog> m_import;
    QPointer<ExportDialog> m_export;
};

} // namespace lector
