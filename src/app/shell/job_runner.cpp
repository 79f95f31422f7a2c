// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "shell/job_runner.h"

#include <lector/store/project_store.h>

#include <QThread>
#include <QThreadPool>

namespace lector {

Result<std::unique_ptr<ProjectStore>> openJobStore(const QString& path, bool readOnly)
{
    if (path.isEmpty())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, QObject::tr("no project is open"));
    return ProjectStore::open(path, readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite);
}

JobRunner::JobRunner(std::function<QString()> storePath, QObject* parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_pool(new QThreadPool(this))
{
    // Jobs mostly wait on SQLite or spread over cores themselves (parallelFor); a few at once is enough, and more
    // than the cores keeps a refreshing panel from waiting behind a long pre-labeling run.
    m_pool->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
}

JobRunner::~JobRunner() { waitForIdle(); }

JobRunner::JobId JobRunner::launch(const JobSpec& spec, Body body, QObject* context, Deliver deliver)
{
    if (!spec.key.isEmpty() && m_latest.contains(spec.key)) {
        // The latest request wins: the older one stops (if it can) and its result is dropped.
        if (auto old = m_jobs.find(m_latest.value(spec.key)); old != m_jobs.end() && old->cancelable)
            old->progress->cancel();
        m_latest.remove(spec.key);
    }
    const JobId id = ++m_nextId;
    Running running;
    running.key = spec.key;
    running.title = spec.title;
    running.blocksEditing = spec.blocksEditing;
    running.cancelable = spec.cancelable;
    running.progress = std::make_shared<JobProgress>();
    running.clock.start();
    auto progress = running.progress;
    m_jobs.insert(id, std::move(running));
    if (!spec.key.isEmpty())
        m_latest.insert(spec.key, id);
    if (spec.blocksEditing && m_blocking++ == 0)
        emit editingBlockedChanged(true);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QPointer<JobRunner> self(this);
    m_pool->start(
        [self, id, body = std::move(body), progress, guard, hasContext, deliver = std::move(deliver)]() mutable {
            body(*progress);
            // Back on the UI thread; the runner may be gone when the window closed meanwhile.
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(), [self, id, guard, hasContext, deliver] { self->complete(id, guard, hasContext, deliver); },
                Qt::QueuedConnection);
        });
    emit started(id, spec.key, spec.title);
    return id;
}

void JobRunner::complete(JobId id, const QPointer<QObject>& context, bool hasContext, const Deliver& deliver)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    const Running running = it.value();
    m_jobs.erase(it);
    // A job replaced by a newer one of its key delivers nothing; nor one whose context is gone.
    const bool latest = running.key.isEmpty() || m_latest.value(running.key) == id;
    if (!running.key.isEmpty() && latest)
        m_latest.remove(running.key);
    if (running.blocksEditing && --m_blocking == 0)
        emit editingBlockedChanged(false);
    if (latest && (!hasContext || context))
        deliver(running.progress->isCanceled());
    emit finished(id, running.key);
}

void JobRunner::cancel(JobId id)
{
    auto it = m_jobs.find(id);
    if (it != m_jobs.end() && it->cancelable)
        it->progress->cancel();
}

void JobRunner::cancelKey(const QString& key)
{
    if (const JobId id = m_latest.value(key, 0)) {
        cancel(id);
        m_latest.remove(key); // whatever it returns now is stale
    }
}

void JobRunner::cancelAll()
{
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it)
        it->progress->cancel();
    m_latest.clear();
}

void JobRunner::waitForIdle()
{
    cancelAll();
    m_pool->waitForDone();
    // The workers are done; their deliveries are queued. Drop them: nobody waits for a canceled job's result.
    QHash<JobId, Running> left;
    left.swap(m_jobs);
    for (auto it = left.begin(); it != left.end(); ++it) {
        if (it->blocksEditing && --m_blocking == 0)
            emit editingBlockedChanged(false);
        emit finished(it.key(), it->key);
    }
}

JobRunner::JobId JobRunner::newestJob() const
{
    JobId newest = 0;
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it)
        newest = std::max(newest, it.key());
    return newest;
}

bool JobRunner::isKeyRunning(const QString& key) const { return m_latest.contains(key); }

std::shared_ptr<const JobProgress> JobRunner::progress(JobId id) const
{
    auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : it->progress;
}

QString JobRunner::title(JobId id) const { return m_jobs.value(id).title; }

QString JobRunner::key(JobId id) const { return m_jobs.value(id).key; }

double JobRunner::elapsed(JobId id) const
{
    auto it = m_jobs.find(id);
    return it == m_jobs.end() ? 0.0 : it->clock.elapsed() / 1000.0;
}

} // namespace lector
