// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "shell/project_session.h"

#include "shell/job_runner.h"
#include "shell/live_updates.h"

#include <lector/store/project_store.h>

#include <QUndoStack>

namespace lector {

ProjectSession::ProjectSession(QObject* parent)
    : QObject(parent)
    , m_history(new QUndoStack(this))
{
    m_jobs = new JobRunner([this] { return path(); }, this);
    m_live = new LiveUpdates(this);
}

ProjectSession::~ProjectSession()
{
    // Workers first: they hold connections to the file and callbacks into the panels.
    m_jobs->waitForIdle();
}

QString ProjectSession::path() const { return m_store ? m_store->location() : QString(); }

QString ProjectSession::shownPath() const { return m_store ? m_store->path() : QString(); }

Result<void> ProjectSession::open(const QString& path, const QString& annotator, Role role)
{
    auto file = ProjectStore::open(path);
    // A project in a folder I cannot write (a shared read-only copy, a mounted archive) opens to be looked at.
    if (!file && file.error().code == ErrorCode::ReadOnly)
        file = ProjectStore::open(path, OpenMode::ReadOnly);
    if (!file)
        return std::move(file).error();
    std::unique_ptr<ProjectStore> store = std::move(file).value();
    (void)store->setBusyTimeout(1000); // the UI thread waits at most a second for another writer
    QString who = annotator;
    if (store->isServer()) {
        // On a server each member is their database user: the server's policies hold them to it.
        auto user = store->databaseUser();
        if (!user)
            return std::move(user).error();
        who = *user;
    }
    // A read-only project records nobody new: someone known sees their labels, anyone else only the others'.
    AnnotatorId id = 0;
    if (!store->isReadOnly()) {
        auto made = store->ensureAnnotator(who, role);
        if (!made)
            return std::move(made).error();
        id = *made;
    }
    auto found = store->findAnnotator(who);
    if (!found)
        return std::move(found).error();
    close();
    m_store = std::move(store);
    m_me = found->value_or(Annotator { id, who, role });
    m_jobs->setReadOnly(m_store->isReadOnly()); // workers read it as the session does
    reloadRuns();
    emit opened();
    return {};
}

bool ProjectSession::isReadOnly() const { return m_store && m_store->isReadOnly(); }

void ProjectSession::close()
{
    if (!m_store)
        return;
    emit closed();
    m_jobs->waitForIdle();
    m_history->clear();
    m_runs.clear();
    m_store.reset();
    m_me = {};
}

Result<void> ProjectSession::switchAnnotator(const QString& name, Role role)
{
    if (!m_store)
        return LECTOR_ERROR(ErrorCode::InvalidArgument, tr("no project is open"));
    if (m_store->isServer() && name != m_me.name)
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            tr("on a server project you work as your database user (%1): connect as another user to switch")
                .arg(m_me.name));
    auto id = m_store->ensureAnnotator(name, role);
    if (!id)
        return std::move(id).error();
    auto found = m_store->findAnnotator(name);
    if (!found)
        return std::move(found).error();
    m_me = found->value_or(Annotator { *id, name, role });
    // The project's steps were someone else's: nobody undoes another person's settlement from here.
    m_history->clear();
    emit annotatorChanged();
    return {};
}

void ProjectSession::notifyLabelsChanged(const QList<ImageId>& images) { emit labelsChanged(images); }

void ProjectSession::notifyConflictsChanged() { emit conflictsChanged(); }

void ProjectSession::notifyGuidelineChanged() { emit guidelineChanged(); }

void ProjectSession::notifyQueuesChanged() { emit queuesChanged(); }

void ProjectSession::notifyRunsChanged()
{
    reloadRuns();
    emit runsChanged();
}

void ProjectSession::reportStoreError(const QString& message) { emit storeError(message); }

void ProjectSession::reloadRuns()
{
    m_runs.clear();
    if (!m_store)
        return;
    if (auto runs = m_store->runs())
        m_runs = std::move(runs).value();
}

} // namespace lector
