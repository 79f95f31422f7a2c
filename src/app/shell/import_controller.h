// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/io/folder_scan.h>
#include <lector/store/project_store.h>

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <memory>

class QWidget;

namespace lector {

class FolderImportDialog;
class ProjectSession;

/// Images in without a terminal: File ▸ New Project from Folder…, folders and files dropped on the window, and the
/// start page's buttons. A scan (scanPaths: the images, the label sets beside them, what was passed over) runs on a
/// worker with progress and Cancel; FolderImportDialog shows what it found and how to import it; the import runs on
/// a worker too (one transaction: all or nothing), into the open project or into a new one made beside the folder.
/// Panels learn of the new images from the session, and the window shows the first one.
class ImportController : public QObject {
    Q_OBJECT

public:
    /// `openProject` opens a project file in the window (asking who works, as File ▸ Open does, unless `created`:
    /// a project just made from a folder opens as whoever worked last); false when it did not open, the error in
    /// the string.
    using OpenProject = std::function<bool(const QString& path, QString* error, bool created)>;

    ImportController(ProjectSession* session, QWidget* window, OpenProject openProject, QObject* parent = nullptr);

    /// Asks for a folder, then scans it for a new project.
    void newProjectFromFolder();
    /// What was dropped on the window: a project file opens; folders and images are scanned and imported into the
    /// open project, or into a new project when none is open.
    void importPaths(const QStringList& paths);
    /// Scans `paths` on a worker, then shows the dialog (non-modal to the event loop: tests drive it).
    void scan(const QStringList& paths, bool newProject);
    /// The dialog on screen after a scan; nullptr when none.
    FolderImportDialog* dialog() const;

signals:
    void scanFailed(const QString& message);
    /// An import ended: the message for the status bar; ok false when nothing was written.
    void importFinished(bool ok, const QString& message);

private:
    void showDialog(FolderScan scan, bool newProject);
    void dialogAccepted();
    void startImport(std::shared_ptr<const FolderScan> scan, int labels, const ImportTarget& target);
    void tell(const QString& title, const QString& message);

    ProjectSession* m_session;
    QPointer<QWidget> m_window;
    OpenProject m_openProject;
    QPointer<FolderImportDialog> m_dialog;
};

} // namespace lector
