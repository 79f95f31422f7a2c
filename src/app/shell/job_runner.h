// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QThreadPool;

namespace lector {

class ProjectStore;

/// The one progress type of the app's jobs: what the core reports into (from the job's thread) and what the UI
/// reads and cancels; atomics, so no locking. Shared, so that either side may outlive the other.
class JobProgress : public Progress {
public:
    void report(std::int64_t done, std::int64_t total) override
    {
        m_done.store(done, std::memory_order_relaxed);
        m_total.store(total, std::memory_order_relaxed);
    }
    bool isCanceled() const override { return m_canceled.load(std::memory_order_relaxed); }
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    std::int64_t done() const { return m_done.load(std::memory_order_relaxed); }
    std::int64_t total() const { return m_total.load(std::memory_order_relaxed); }

private:
    std::atomic<std::int64_t> m_done { 0 };
    std::atomic<std::int64_t> m_total { 0 };
    std::atomic<bool> m_canceled { false };
};

/// What kind of job to start.
struct JobSpec {
    /// Jobs with the same key replace each other: starting one cancels the one before, whose result is dropped
    /// (the latest request wins, e.g. a panel that refreshes). Empty: a job of its own.
    QString key;
    /// What the progress strips say while it runs ("Evaluating run tesseract…").
    QString title;
    /// Editing the labels is paused while it runs (it writes the current annotator's labels, or imports).
    bool blocksEditing = false;
    /// Whether Cancel is offered: false for work that is one transaction and must finish (a promotion).
    bool cancelable = true;
    /// A canceled job's callback gets ErrorCode::Canceled, whatever the work got to (a panel's refresh), unless
    /// the work's own partial result is wanted (a pre-labeling run keeps the images it read).
    bool keepsPartialResult = false;
};

/// Everything the app runs off the UI thread goes through here, once: a core function gets its own store
/// connection (one per thread; WAL lets it read while the UI thread writes) and a JobProgress; its Result comes back
/// on the UI thread to a callback, only while the callback's context object lives and the job is still the latest
/// of its key. Cancel is the JobProgress's; a canceled job hands back ErrorCode::Canceled, or what the core function
/// returned when the spec keeps partial results. ProgressStrip shows the jobs. Like hotspot's JobTracker, with one
/// pool for the whole window so that closing the project waits for every worker.
class JobRunner : public QObject {
    Q_OBJECT
public:
    using JobId = quint64;

    /// `storePath` is asked for each job's connection when it starts (the open project's file).
    explicit JobRunner(std::function<QString()> storePath, QObject* parent = nullptr);
    /// Jobs open their connections read-only from now on (the session opened a project it cannot write).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    ~JobRunner() override;

    /// Starts `work` on a worker: Result<T> work(ProjectStore&, Progress&) with a connection of its own, or
    /// Result<T> work(Progress&) without one; then done(Result<T>) on the UI thread (see the class comment).
    template <typename Work, typename Done> JobId start(const JobSpec& spec, Work work, QObject* context, Done done);

    /// Cancels a job (no-op when it is over); the latest job of `key` by key.
    void cancel(JobId id);
    void cancelKey(const QString& key);
    void cancelAll();
    /// Cancels every job and waits until no worker runs (closing the project, or the window).
    void waitForIdle();

    bool isRunning(JobId id) const { return m_jobs.contains(id); }
    bool isKeyRunning(const QString& key) const;
    /// The running job of a key, 0 when none.
    JobId current(const QString& key) const { return m_latest.value(key, 0); }
    int runningCount() const { return int(m_jobs.size()); }
    /// The running job started last, 0 when none runs.
    JobId newestJob() const;
    bool isEditingBlocked() const { return m_blocking > 0; }
    bool isCancelable(JobId id) const { return m_jobs.value(id).cancelable; }

    /// What a progress strip shows of a running job; nullptr when it is over.
    std::shared_ptr<const JobProgress> progress(JobId id) const;
    QString title(JobId id) const;
    QString key(JobId id) const;
    /// Seconds since the job started.
    double elapsed(JobId id) const;

signals:
    void started(lector::JobRunner::JobId id, const QString& key, const QString& title);
    /// The job is over (done, failed, canceled or replaced); its callback, if any, ran just before.
    void finished(lector::JobRunner::JobId id, const QString& key);
    void editingBlockedChanged(bool blocked);

private:
    struct Running {
        QString key;
        QString title;
        bool blocksEditing = false;
        bool cancelable = true;
        std::shared_ptr<JobProgress> progress;
        QElapsedTimer clock;
    };
    using Body = std::function<void(JobProgress&)>;
    /// Hands the result (or, with `canceled`, ErrorCode::Canceled) to the callback.
    using Deliver = std::function<void(bool canceled)>;
    JobId launch(const JobSpec& spec, Body body, QObject* context, Deliver deliver);
    void complete(JobId id, const QPointer<QObject>& context, bool hasContext, const Deliver& deliver);

    std::function<QString()> m_storePath;
    bool m_readOnly = false;
    QThreadPool* m_pool;
    JobId m_nextId = 0;
    QHash<JobId, Running> m_jobs;
    QHash<QString, JobId> m_latest;
    int m_blocking = 0;
};

/// Opens a worker's own connection to the project (see JobRunner::start).
Result<std::unique_ptr<ProjectStore>> openJobStore(const QString& path, bool readOnly);

template <typename Work, typename Done>
JobRunner::JobId JobRunner::start(const JobSpec& spec, Work work, QObject* context, Done done)
{
    constexpr bool withStore = std::is_invocable_v<Work&, ProjectStore&, Progress&>;
    using R = std::conditional_t<withStore, std::invoke_result<Work&, ProjectStore&, Progress&>,
        std::invoke_result<Work&, Progress&>>;
    using Outcome = typename R::type;
    auto holder = std::make_shared<std::optional<Outcome>>();
    const QString path = m_storePath ? m_storePath() : QString();
    Body body = [work = std::move(work), holder, path, readOnly = m_readOnly](JobProgress& progress) mutable {
        if constexpr (withStore) {
            auto store = openJobStore(path, readOnly);
            if (!store) {
                holder->emplace(std::move(store).error());
                return;
            }
            holder->emplace(work(**store, progress));
        } else {
            (void)path;
            (void)readOnly;
            holder->emplace(work(progress));
        }
    };
    Deliver deliver = [done = std::move(done), holder, keep = spec.keepsPartialResult](bool canceled) mutable {
        if (canceled && !keep)
            done(Outcome(LECTOR_ERROR(ErrorCode::Canceled, QObject::tr("canceled"))));
        else if (*holder)
            done(std::move(**holder));
    };
    return launch(spec, std::move(body), context, std::move(deliver));
}

} // namespace lector
