// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/store/types.h>

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QUndoStack;

namespace lector {

class JobRunner;
class LiveUpdates;
class ProjectStore;

/// The open project, once, for the whole window: the UI thread's store connection, who is working (annotator and
/// role), the model runs, the job runner whose workers open their own connections to the same file, and the
/// project's own undo history (steps that are not one image's: settlements, promotions, image states). Panels get
/// the session at construction and subscribe to what changed; whoever changes the store announces it here
/// (commands, jobs), so that no panel needs to know who else shows the same rows. Like Tiled's DocumentManager with
/// MapDocument::changed, for one document at a time.
class ProjectSession : public QObject {
    Q_OBJECT
public:
    explicit ProjectSession(QObject* parent = nullptr);
    ~ProjectSession() override;

    /// Opens a project as `annotator` (created with `role` when new); the project open before is closed first
    /// (closed, then opened). On failure nothing changes and the error says why.
    Result<void> open(const QString& path, const QString& annotator, Role role = Role::Annotator);
    /// Cancels and waits for every job, then closes the store.
    void close();
    bool isOpen() const { return m_store != nullptr; }
    /// The UI thread's connection (null when no project is open); workers get their own through jobs().
    ProjectStore* store() const { return m_store.get(); }
    /// What opens the project again (workers' connections): the file, or the server's URL as it was given.
    QString path() const;
    /// What the user is shown and recent projects keep: the file, or the URL without a password.
    QString shownPath() const;
    /// Opened read-only (the file or its folder is not writable): the project is shown, every write is refused.
    bool isReadOnly() const;
    const Annotator& me() const { return m_me; }
    /// Works as another annotator from now on (created with `role` when new); annotatorChanged follows.
    Result<void> switchAnnotator(const QString& name, Role role = Role::Annotator);
    /// The model runs, oldest first.
    const std::vector<ModelRun>& runs() const { return m_runs; }
    JobRunner* jobs() const { return m_jobs; }
    /// A server project's live updates (other members' changes announced here as they are saved); Off for a file.
    LiveUpdates* liveUpdates() const { return m_live; }
    /// Project-wide undo steps (see the class comment); cleared when another project opens.
    QUndoStack* history() const { return m_history; }

    // What changed, announced by whoever changed it.
    /// Labels of these images changed (empty: many or unknown, e.g. a promotion or an import).
    void notifyLabelsChanged(const QList<ImageId>& images = {});
    void notifyConflictsChanged();
    void notifyGuidelineChanged();
    /// Label queues were assigned or cleared (what each annotator's to do follows).
    void notifyQueuesChanged();
    /// Runs were added, removed or got new predictions: re-reads them, then runsChanged.
    void notifyRunsChanged();
    /// A write from outside a document failed (an undo of a project step, a job): the window shows it.
    void reportStoreError(const QString& message);

signals:
    void opened();
    /// The project is about to close (its store is still open).
    void closed();
    void annotatorChanged();
    void labelsChanged(const QList<lector::ImageId>& images);
    void conflictsChanged();
    void guidelineChanged();
    void queuesChanged();
    void runsChanged();
    void storeError(const QString& message);

private:
    void reloadRuns();

    std::unique_ptr<ProjectStore> m_store;
    Annotator m_me;
    std::vector<ModelRun> m_runs;
    JobRunner* m_jobs = nullptr;
    LiveUpdates* m_live = nullptr;
    QUndoStack* m_history = nullptr;
};

} // namespace lector
