// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/analysis/selection.h>
#include <lector/core/result.h>

#include <QStringList>
#include <QUndoCommand>

#include <vector>

namespace lector {

class ProjectSession;
class ProjectStore;

/// Label queues dealt to annotators (the Label Next dock's Assign) as one step of the project's history: redo
/// stores the new queues of the named annotators, undo puts back the queues they had (empty when they had none),
/// each in one transaction (LabelQueueRepository::assign), and both announce queuesChanged. A failed step is
/// reported through the session (and, on the first redo, to `firstError`) and dropped.
class AssignQueues : public QUndoCommand {
public:
    AssignQueues(ProjectSession* session, std::vector<QueueEntry> queues, QStringList annotators,
        std::vector<QueueEntry> before, QString* firstError = nullptr, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    /// The queues `annotators` have now, as entries that assign() takes back (one annotator each).
    static Result<std::vector<QueueEntry>> currentQueues(ProjectStore& store, const QStringList& annotators);

private:
    bool apply(const std::vector<QueueEntry>& entries);

    ProjectSession* m_session;
    std::vector<QueueEntry> m_queues;
    QStringList m_annotators;
    std::vector<QueueEntry> m_before;
    QString* m_firstError;
};

} // namespace lector
