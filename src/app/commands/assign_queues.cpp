// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/assign_queues.h"

#include "shell/project_session.h"

#include <lector/store/label_queue_repository.h>
#include <lector/store/project_store.h>

#include <QCoreApplication>

namespace lector {

AssignQueues::AssignQueues(ProjectSession* session, std::vector<QueueEntry> queues, QStringList annotators,
    std::vector<QueueEntry> before, QString* firstError, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_queues(std::move(queues))
    , m_annotators(std::move(annotators))
    , m_before(std::move(before))
    , m_firstError(firstError)
{
    setText(QCoreApplication::translate("Undo", "Assign %n image(s) to %1", nullptr, int(m_queues.size()))
                .arg(m_annotators.join(QStringLiteral(", "))));
}

Result<std::vector<QueueEntry>> AssignQueues::currentQueues(ProjectStore& store, const QStringList& annotators)
{
    std::vector<QueueEntry> out;
    LabelQueueRepository repo(store);
    for (const QString& name : annotators) {
        auto found = store.findAnnotator(name);
        if (!found)
            return std::move(found).error();
        if (!*found)
            continue; // new to the project: no queue to put back
        auto queue = repo.queue((*found)->id);
        if (!queue)
            return std::move(queue).error();
        for (const QueuedImage& q : *queue) {
            QueueEntry e;
            e.position = q.position;
            e.image = q.image;
            e.score = q.score;
            parseSelectStrategy(q.strategy, &e.by);
            e.annotators = { name };
            out.push_back(std::move(e));
        }
    }
    return out;
}

bool AssignQueues::apply(const std::vector<QueueEntry>& entries)
{
    auto written = LabelQueueRepository(*m_session->store()).assign(entries, m_session->me().id, m_annotators);
    if (!written) {
        setObsolete(true);
        if (m_firstError)
            *m_firstError = written.error().toString();
        m_session->reportStoreError(written.error().toString());
        return false;
    }
    m_session->notifyQueuesChanged();
    return true;
}

void AssignQueues::redo()
{
    apply(m_queues);
    m_firstError = nullptr; // the caller's string lives for the first redo only
}

void AssignQueues::undo() { apply(m_before); }

} // namespace lector
