// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/prediction_repository.h>

#include <lector/core/tr.h>
#include <lector/store/project_store.h>

#include "store/db/transaction.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

namespace lector {

namespace {

} // namespace

Result<void> PredictionRepository::addImagePredictions(RunId run, ImageId image, const std::vector<Region>& regions)
{
    for (const Region& r : regions) {
        if (!r.polygon.isValid())
            return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a region needs at least 3 finite points"));
    }
    db::Connection& db = m_store.database();
    auto tx = db::Transaction::begin(db);
    if (!tx)
        return std::move(tx).error();
    // The same columns as ProjectStore::importBatch writes for a run.
    LECTOR_PREPARE(ins, db,
        "INSERT INTO predictions (run_id, image_id, points, x_min, y_min, x_max, y_max, text, flags, script, "
        "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Region& r : regions) {
        const BoxF b = r.polygon.boundingBox();
        ins.reset();
        ins.bind(1, run)
            .bind(2, image)
            .bind(3, std::string_view(r.polygon.toText()))
            .bind(4, b.x0)
            .bind(5, b.y0)
            .bind(6, b.x1)
            .bind(7, b.y1)
            .bind(8, r.text)
            .bind(9, static_cast<std::int64_t>(r.flags))
            .bind(10, r.script);
        if (r.hasConfidence())
            ins.bind(11, r.confidence);
        else
            ins.bindNull(11);
        LECTOR_TRY(ins.run());
    }
    return tx->commit();
}

Result<void> PredictionRepository::setRunSettings(RunId run, const QString& settingsJson)
{
    LECTOR_PREPARE(s, m_store.database(), "UPDATE model_runs SET settings = ? WHERE id = ?");
    LECTOR_TRY(s.bind(1, settingsJson).bind(2, run).run());
    if (m_store.database().changes() == 0)
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("model run %1 does not exist").arg(run)).at(m_store.path());
    return {};
}

Result<std::optional<ModelRun>> PredictionRepository::findRun(const QString& name) const
{
    LECTOR_PREPARE(
        s, m_store.database(), "SELECT id, name, model, settings, created_at FROM model_runs WHERE name = ?");
    s.bind(1, name);
    return s.firstRow([&] {
        return ModelRun { s.columnInt64(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnInt64(4) };
    });
}

Result<std::map<ImageId, std::int64_t>> PredictionRepository::countsByImage(RunId run) const
{
    LECTOR_PREPARE(
        s, m_store.database(), "SELECT image_id, count(*) FROM predictions WHERE run_id = ? GROUP BY image_id");
    s.bind(1, run);
    std::map<ImageId, std::int64_t> out;
    LECTOR_TRY(s.forEachRow([&] { out[s.columnInt64(0)] = s.columnInt64(1); }));
    return out;
}

Result<void> PredictionRepository::removeRun(RunId run)
{
    db::Connection& db = m_store.database();
    auto tx = db::Transaction::begin(db);
    if (!tx)
        return std::move(tx).error();
    // Explicitly, rather than by the foreign key's cascade, so that a connection without foreign_keys still agrees.
    LECTOR_PREPARE(delPredictions, db, "DELETE FROM predictions WHERE run_id = ?");
    LECTOR_TRY(delPredictions.bind(1, run).run());
    LECTOR_PREPARE(delRun, db, "DELETE FROM model_runs WHERE id = ?");
    LECTOR_TRY(delRun.bind(1, run).run());
    return tx->commit();
}

} // namespace lector
