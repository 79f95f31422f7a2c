// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/suspect_decision_repository.h>

#include <lector/core/tr.h>
#include <lector/store/project_store.h>

#include "store/annotation_rows.h"
#include "store/db/transaction.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <nlohmann/json.hpp>

namespace lector {

namespace {

EditContext undoContext(AnnotatorId editor, EditReason reason, std::int64_t entry)
{
    EditContext c;
    c.editor = editor;
    c.reason = reason;
    c.undoes = { entry };
    return c;
}

Result<std::int64_t> insertDecision(
    db::Connection& db, const SuspectDecision& d, const std::string& fixJson, std::int64_t entry)
{
    LECTOR_PREPARE(ins, db,
        "INSERT INTO suspect_decisions (suspect_key, kind, image_id, annotation_id, decision, decided_by, decided_at, "
        "fix_json, entries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    ins.bind(1, d.key).bind(2, suspectKindName(d.kind)).bind(3, d.image);
    d.annotation > 0 ? ins.bind(4, d.annotation) : ins.bindNull(4);
    ins.bind(5, suspectVerdictName(d.verdict));
    d.decidedBy > 0 ? ins.bind(6, d.decidedBy) : ins.bindNull(6);
    ins.bind(7, d.decidedAt);
    fixJson.empty() ? ins.bindNull(8) : ins.bind(8, std::string_view(fixJson));
    entry > 0 ? ins.bind(9, std::string_view(nlohmann::json::array({ entry }).dump())) : ins.bindNull(9);
    return ins.runReturningId();
}

/// Writes the fix of a decision (what decide and redo share); fills before/after/entry of `write`.
Result<void> applyFix(db::Connection& db, SuspectDecisionWrite& write, const EditContext& context)
{
    using Action = SuspectFix::Action;
    if (write.action == Action::Add) {
        auto written = store::insertAnnotations(db, { write.after }, context);
        LECTOR_TRY(written);
        write.after = written->rows.front();
        write.entry = written->entries.front();
    } else if (write.action == Action::Change) {
        auto written = store::changeAnnotations(db, { store::unchecked(write.after) }, context);
        LECTOR_TRY(written);
        write.after = written->rows.front();
        write.entry = written->entries.front();
    } else if (write.action == Action::Remove) {
        auto entries = store::deleteAnnotations(db, { write.before.id }, context);
        LECTOR_TRY(entries);
        write.entry = entries->front();
    }
    return {};
}

} // namespace

QString suspectVerdictName(SuspectVerdict verdict)
{
    return verdict == SuspectVerdict::Fixed ? QStringLiteral("fixed") : QStringLiteral("dismissed");
}

Result<SuspectDecisionWrite> SuspectDecisionRepository::decide(const Suspect& suspect, SuspectVerdict verdict,
    const SuspectFix& fix, AnnotatorId owner, AnnotatorId by, double seconds)
{
    db::Connection& db = m_store.database();
    auto tx = db::Transaction::begin(db);
    LECTOR_TRY(tx);
    SuspectDecisionWrite write;
    write.decision.key = suspect.key();
    write.decision.kind = suspect.kind;
    write.decision.image = suspect.image;
    write.decision.annotation = suspect.annotation;
    write.decision.verdict = verdict;
    write.decision.decidedBy = by;
    write.decision.decidedAt = store::nowMs();
    write.action = verdict == SuspectVerdict::Fixed ? fix.action : SuspectFix::Action::None;
    if (write.action == SuspectFix::Action::Change || write.action == SuspectFix::Action::Remove) {
        auto before = store::findAnnotation(db, suspect.annotation);
        LECTOR_TRY(before);
        if (!*before)
            return LECTOR_ERROR(
                ErrorCode::NotFound, Core::tr("the suspect's label %1 no longer exists").arg(suspect.annotation));
        write.before = **before;
        write.after = write.before;
        write.after.region = fix.region;
        write.after.region.confidence = std::numeric_limits<double>::quiet_NaN();
        write.after.source = Source::Manual;
    } else if (write.action == SuspectFix::Action::Add) {
        write.after.image = suspect.image;
        write.after.annotator = owner;
        write.after.region = fix.region;
        write.after.region.confidence = std::numeric_limits<double>::quiet_NaN();
        write.after.source = Source::Manual;
    }
    EditContext context = EditContext::edit(by, seconds);
    context.imageEvent = ImageEvent::Edited;
    LECTOR_TRY(applyFix(db, write, context));
    nlohmann::json fixJson;
    if (write.action != SuspectFix::Action::None) {
        static const char* const actions[] = { "none", "add", "change", "remove" };
        fixJson["action"] = actions[int(write.action)];
        if (write.action != SuspectFix::Action::Remove)
            fixJson["region"] = store::regionJson(write.after.region);
        fixJson["annotation"] = write.action == SuspectFix::Action::Add ? write.after.id : write.before.id;
    }
    auto id = insertDecision(db, write.decision, fixJson.is_null() ? std::string() : fixJson.dump(), write.entry);
    LECTOR_TRY(id);
    write.decision.id = *id;
    LECTOR_TRY(tx->commit());
    return write;
}

Result<void> SuspectDecisionRepository::undo(const SuspectDecisionWrite& write)
{
    db::Connection& db = m_store.database();
    auto tx = db::Transaction::begin(db);
    LECTOR_TRY(tx);
    const EditContext context = undoContext(write.decision.decidedBy, EditReason::Undo, write.entry);
    if (write.action == SuspectFix::Action::Add) {
        LECTOR_TRY(store::deleteAnnotations(db, { write.after.id }, context));
    } else if (write.action == SuspectFix::Action::Change) {
        LECTOR_TRY(store::changeAnnotations(db, { store::unchecked(write.before) }, context));
    } else if (write.action == SuspectFix::Action::Remove) {
        LECTOR_TRY(store::insertAnnotations(db, { write.before }, context));
    }
    LECTOR_PREPARE(del, db, "DELETE FROM suspect_decisions WHERE id = ?");
    LECTOR_TRY(del.bind(1, write.decision.id).run());
    return tx->commit();
}

Result<SuspectDecisionWrite> SuspectDecisionRepository::redo(const SuspectDecisionWrite& write)
{
    db::Connection& db = m_store.database();
    auto tx = db::Transaction::begin(db);
    LECTOR_TRY(tx);
    SuspectDecisionWrite again = write;
    const EditContext context = undoContext(write.decision.decidedBy, EditReason::Redo, write.entry);
    LECTOR_TRY(applyFix(db, again, context));
    again.entry = write.entry; // a redo names the original entry, as the log's undo and redo entries do
    nlohmann::json fixJson;
    if (again.action != SuspectFix::Action::None)
        fixJson["annotation"] = again.action == SuspectFix::Action::Add ? again.after.id : again.before.id;
    auto id = insertDecision(db, again.decision, fixJson.is_null() ? std::string() : fixJson.dump(), write.entry);
    LECTOR_TRY(id);
    again.decision.id = *id;
    LECTOR_TRY(tx->commit());
    return again;
}

Result<std::map<QString, SuspectDecision>> SuspectDecisionRepository::decisions() const
{
    db::Connection& db = m_store.database();
    LECTOR_PREPARE(q, db,
        "SELECT id, suspect_key, kind, image_id, coalesce(annotation_id, 0), decision, coalesce(decided_by, 0), "
        "decided_at FROM suspect_decisions ORDER BY id");
    std::map<QString, SuspectDecision> out;
    LECTOR_TRY(q.forEachRow([&] {
        SuspectDecision d;
        d.id = q.columnInt64(0);
        d.key = q.columnText(1);
        parseSuspectKind(q.columnText(2), &d.kind);
        d.image = q.columnInt64(3);
        d.annotation = q.columnInt64(4);
        d.verdict = q.columnText(5) == QLatin1String("fixed") ? SuspectVerdict::Fixed : SuspectVerdict::Dismissed;
        d.decidedBy = q.columnInt64(6);
        d.decidedAt = q.columnInt64(7);
        out[d.key] = d; // ordered by id: the newest stands
    }));
    q.reset();
    return out;
}

Result<SuspectPrecision> SuspectDecisionRepository::precision() const
{
    auto all = decisions();
    LECTOR_TRY(all);
    SuspectPrecision p;
    for (const auto& [key, d] : *all)
        (d.verdict == SuspectVerdict::Fixed ? p.fixed : p.dismissed) += 1;
    return p;
}

} // namespace lector
