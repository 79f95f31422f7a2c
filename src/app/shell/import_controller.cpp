// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "import_controller.h"

#include "dialogs/folder_import_dialog.h"
#include "shell/job_runner.h"
#include "shell/project_session.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

#include <memory>

namespace lector {

ImportController::ImportController(ProjectSession* session, QWidget* window, OpenProject openProject, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_openProject(std::move(openProject))
{
}

FolderImportDialog* ImportController::dialog() const { return m_dialog.data(); }

void ImportController::newProjectFromFolder()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("import/lastFolder"), QDir::homePath()).toString();
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("New Project from Folder"), start);
    if (dir.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastFolder"), dir);
    scan({ dir }, true);
}

void ImportController::importPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    // A project file dropped opens, whatever else came with it.
    for (const QString& p : paths) {
        if (p.endsWith(QStringLiteral(".lector"), Qt::CaseInsensitive) && QFileInfo(p).isFile()) {
            QString error;
            if (!m_openProject(p, &error, false) && !error.isEmpty())
                tell(tr("Cannot open the project"), error);
            return;
        }
    }
    scan(paths, !m_session->isOpen());
}

void ImportController::scan(const QStringList& paths, bool newProject)
{
    if (m_dialog)
        m_dialog->close();
    JobSpec spec;
    spec.key = QStringLiteral("folderScan"); // a second drop replaces a scan still running
    spec.title = tr("Looking for images and labels:");
    m_session->jobs()->start(
        spec, [paths](Progress& progress) { return scanPaths(paths, FolderScanOptions {}, &progress); }, this,
        [this, newProject, paths](Result<FolderScan> scan) {
            if (!scan) {
                if (scan.error().code != ErrorCode::Canceled) {
                    emit scanFailed(scan.error().toString());
                    tell(tr("Cannot read the folder"), scan.error().toString());
                }
                return;
            }
            if (scan->images.empty() && scan->labels.empty()) {
                const QString message
                    = tr("No images found in %1.").arg(QDir::toNativeSeparators(paths.join(QStringLiteral(", "))));
                emit scanFailed(message);
                tell(tr("No images"), message);
                return;
            }
            // Dropped into an open project that closed meanwhile: a new project then.
            showDialog(std::move(scan).value(), newProject || !m_session->isOpen());
        });
}

void ImportController::showDialog(FolderScan scan, bool newProject)
{
    QStringList annotators;
    QStringList runs;
    if (!newProject && m_session->isOpen()) {
        if (auto people = m_session->store()->annotators()) {
            for (const Annotator& a : *people) {
                if (a.name != QLatin1String("consensus"))
                    annotators << a.name;
            }
        }
        for (const ModelRun& r : m_session->runs())
            runs << r.name;
    }
    m_dialog = new FolderImportDialog(std::move(scan),
        newProject ? FolderImportDialog::Mode::NewProject : FolderImportDialog::Mode::IntoProject, annotators, runs,
        m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &ImportController::dialogAccepted);
    m_dialog->open();
}

void ImportController::dialogAccepted()
{
    if (!m_dialog)
        return;
    // What the import needs outlives the dialog (deleted on close): the scan is moved out of it, not copied (it
    // holds every label set it read), and the chosen set is kept by its index.
    const FoundLabels* chosen = m_dialog->chosenLabels();
    const int labels = chosen ? int(chosen - m_dialog->scan().labels.data()) : -1;
    const ImportTarget target = m_dialog->target();
    const bool newProject = m_dialog->mode() == FolderImportDialog::Mode::NewProject;
    const QString path = m_dialog->projectPath();
    auto scan = std::make_shared<const FolderScan>(m_dialog->takeScan());
    if (newProject) {
        if (QFileInfo::exists(path)) {
            tell(tr("Cannot create the project"),
                tr("%1 exists already: choose another name, or open it and drop the folder on it.")
                    .arg(QDir::toNativeSeparators(path)));
            return;
        }
        auto created = ProjectStore::create(path);
        if (!created) {
            tell(tr("Cannot create the project"), created.error().toString());
            return;
        }
        created->reset();
        QString error;
        if (!m_openProject(path, &error, true)) {
            if (!error.isEmpty())
                tell(tr("Cannot open the project"), error);
            return;
        }
    }
    if (!m_session->isOpen())
        return;
    startImport(std::move(scan), labels, target);
}

void ImportController::startImport(std::shared_ptr<const FolderScan> scan, int labels, const ImportTarget& target)
{
    const QString from = scan->roots.size() == 1 ? QDir::toNativeSeparators(scan->roots.front())
                                                 : tr("%n dropped items", nullptr, int(scan->roots.size()));
    JobSpec spec;
    spec.key = QStringLiteral("folderImport");
    spec.title = tr("Importing %1:").arg(from);
    spec.blocksEditing = true; // one transaction writing images and labels
    m_session->jobs()->start(
        spec,
        [scan, labels, target](ProjectStore& store, Progress& progress) {
            // The batch (every region of the chosen set) is assembled here, off the UI thread.
            const FoundLabels* set = labels >= 0 ? &scan->labels[std::size_t(labels)] : nullptr;
            return store.importBatch(folderImportBatch(*scan, set), target, &progress);
        },
        this,
        [this, target, from](Result<ImportSummary> summary) {
            if (!summary) {
                const bool canceled = summary.error().code == ErrorCode::Canceled;
                const QString message = canceled ? tr("Import canceled; nothing was added.")
                                                 : tr("Nothing was imported: %1").arg(summary.error().toString());
                if (!canceled)
                    tell(tr("Import failed"), message);
                emit importFinished(false, message);
                return;
            }
            if (!target.run.isEmpty())
                m_session->notifyRunsChanged();
            m_session->notifyLabelsChanged(); // the browser lists the new images at once
            QString message = tr("Imported %Ln images from %1", nullptr, int(summary->imagesAdded)).arg(from);
            if (summary->regions > 0)
                message += tr(", %Ln regions", nullptr, int(summary->regions));
            if (summary->imagesSkipped > 0)
                message += tr("; %Ln images that do not decode left out", nullptr, int(summary->imagesSkipped));
            if (summary->imagesExisting > 0)
                message += tr("; %Ln already in the project", nullptr, int(summary->imagesExisting));
            emit importFinished(true, message + QLatin1Char('.'));
        });
}

void ImportController::tell(const QString& title, const QString& message)
{
    if (!m_window)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("importMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace lector
