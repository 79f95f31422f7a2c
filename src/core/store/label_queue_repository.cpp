// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/label_queue_repository.h>

#include <lector/core/tr.h>
#include <lector/store/project_store.h>

#include "store/annotation_rows.h"
#include "store/db/transaction.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <set>

namespace lector {

Result<void> LabelQueueRepository::assign(
    const std::vector<QueueEntry>& entries, AnnotatorId by, const QStringList& annotators)
{
    if (m_store.isReadOnly())
        return LECTOR_ERROR(ErrorCode::ReadOnly, Core::tr("the project is open read-only: no queue can be assigned"))
            .at(m_store.path());
    std::map<QString, AnnotatorId> ids;
    QStringList names = annotators;
    for (const QueueEntry& e : entries)
        names << e.annotators;
    {
        for (const QString& name : names) {
            if (ids.count(name))
                continue;
            auto id = m_store.ensureAnnotator(name); // its own write, before the queue's transaction
            LECTOR_TRY(id);
            ids[name] = *id;
        }
    }
    db::Connection& db = m_store.database();
    auto tx = db::Transaction::begin(db);
    LECTOR_TRY(tx);
    LECTOR_PREPARE(del, db, "DELETE FROM label_queue WHERE annotator_id = ?");
    for (const auto& [name, id] : ids) {
        del.bind(1, id);
        LECTOR_TRY(del.run());
    }
    LECTOR_PREPARE(ins, db,
        "INSERT INTO label_queue (annotator_id, image_id, position, strategy, score, assigned_by, assigned_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    const std::int64_t now = store::nowMs();
    for (const QueueEntry& e : entries) {
        for (const QString& name : e.annotators) {
            ins.bind(1, ids[name]).bind(2, e.image).bind(3, e.position).bind(4, selectStrategyName(e.by));
            ins.bind(5, e.score);
            by > 0 ? ins.bind(6, by) : ins.bindNull(6);
            ins.bind(7, now);
            LECTOR_TRY(ins.run());
        }
    }
    return tx->commit();
}

Result<std::vector<QueuedImage>> LabelQueueRepository::queue(AnnotatorId annotator) const
{
    LECTOR_PREPARE(q, m_store.database(),
        "SELECT q.image_id, q.position, q.strategy, q.score, EXISTS (SELECT 1 FROM image_states s WHERE "
        "s.image_id = q.image_id AND s.annotator_id = q.annotator_id AND s.state = 2) FROM label_queue q "
        "WHERE q.annotator_id = ? ORDER BY q.position, q.image_id");
    q.bind(1, annotator);
    std::vector<QueuedImage> out;
    LECTOR_TRY(q.forEachRow([&] {
        out.push_back({ q.columnInt64(0), q.columnInt(1), q.columnText(2), q.columnDouble(3), q.columnInt(4) != 0 });
    }));
    q.reset();
    return out;
}

Result<std::map<QString, std::pair<int, int>>> LabelQueueRepository::progress() const
{
    LECTOR_PREPARE(q, m_store.database(),
        "SELECT n.name, count(*), sum(CASE WHEN EXISTS (SELECT 1 FROM image_states s WHERE s.image_id = q.image_id "
        "AND s.annotator_id = q.annotator_id AND s.state = 2) THEN 1 ELSE 0 END) FROM label_queue q JOIN annotators n "
        "ON "
        "n.id = q.annotator_id GROUP BY n.name ORDER BY n.name");
    std::map<QString, std::pair<int, int>> out;
    LECTOR_TRY(q.forEachRow([&] { out[q.columnText(0)] = { q.columnInt(1), q.columnInt(2) }; }));
    q.reset();
    return out;
}

Result<void> LabelQueueRepository::clear(AnnotatorId annotator)
{
    if (m_store.isReadOnly())
        return LECTOR_ERROR(ErrorCode::ReadOnly, Core::tr("the project is open read-only: no queue can be cleared"))
            .at(m_store.path());
    LECTOR_PREPARE(del, m_store.database(), "DELETE FROM label_queue WHERE annotator_id = ?");
    del.bind(1, annotator);
    return del.run();
}

} // namespace lector
