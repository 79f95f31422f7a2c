// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/analysis/selection.h>
#include <lector/core/result.h>
#include <lector/store/types.h>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <vector>

namespace lector {

class ProjectStore;

/// One row of an annotator's queue, as stored.
struct QueuedImage {
    ImageId image = 0;
    int position = 0;
    QString strategy;
    double score = 0;
    bool done = false; // the annotator marked the image done
};

/// The label queues (table label_queue): what each annotator is to label next. While an annotator has one, the
/// browser's "To do for me" and Next To Do follow it (ImageQuery::Status::ToDoForMe, ProjectStore::nextToDo).
/// Uses the store's connection: call it from the thread that owns the store.
class LabelQueueRepository {
public:
    explicit LabelQueueRepository(ProjectStore& store)
        : m_store(store)
    {
    }

    /// Replaces the queues of every annotator in `annotators` and every one the entries name (created when new)
    /// with those entries, in one transaction (a named annotator who got no entry is left with an empty queue);
    /// `by` is who assigned them. Nothing else changes: no label, no other annotator's queue.
    Result<void> assign(const std::vector<QueueEntry>& entries, AnnotatorId by = 0, const QStringList& annotators = {});
    /// An annotator's queue in order, with what they have done of it.
    Result<std::vector<QueuedImage>> queue(AnnotatorId annotator) const;
    /// Queued and done images of each annotator with a queue, by name.
    Result<std::map<QString, std::pair<int, int>>> progress() const;
    /// Empties an annotator's queue: their to do is every image again.
    Result<void> clear(AnnotatorId annotator);

private:
    ProjectStore& m_store;
};

} // namespace lector
