// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/conflict_repository.h>

#include <lector/core/tr.h>
#include <lector/metrics/agreement_report.h>

#include <lector/store/project_store.h>

#include "store/annotation_rows.h"
#include "store/db/transaction.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <string>

namespace lector {

namespace {

std::int64_t nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

/// The members as a sorted JSON array: the same cluster always gives the same text.
std::string idsJson(std::vector<AnnotationId> ids)
{
    std::sort(ids.begin(), ids.end());
    return nlohmann::json(ids).dump();
}

std::vector<AnnotationId> parseIds(std::string_view text)
{
    std::vector<AnnotationId> ids;
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_array()) {
        for (const auto& v : j) {
            if (v.is_number_integer())
                ids.push_back(v.get<AnnotationId>());
        }
    }
    return ids;
}

/// Deletes the open conflicts of the images and adds the new ones, skipping those over the same members as a
/// conflict a reviewer already settled. Runs inside the caller's transaction.
Result<ConsensusWritten> writeConflicts(db::Connection& db, const std::vector<ImageId>& images,
    const std::vector<Conflict>& conflicts, const std::vector<AnnotationId>& consensusIds)
{
    LECTOR_PREPARE(settled, db,
        "SELECT c.annotation_ids, c.id, coalesce(a.name, '') FROM conflicts c "
        "LEFT JOIN annotators a ON a.id = c.resolved_by WHERE c.image_id = ? AND c.status <> 'open'");
    LECTOR_PREPARE(del, db, "DELETE FROM conflicts WHERE image_id = ? AND status = 'open'");
    std::map<std::pair<ImageId, std::string>, std::pair<std::int64_t, QString>> done;
    for (const ImageId image : images) {
        settled.reset();
        settled.bind(1, image);
        LECTOR_TRY(settled.forEachRow([&] {
            done.emplace(std::make_pair(image, idsJson(parseIds(settled.columnUtf8(0)))),
                std::make_pair(settled.columnInt64(1), settled.columnText(2)));
        }));
        del.reset();
        LECTOR_TRY(del.bind(1, image).run());
    }
    LECTOR_PREPARE(ins, db,
        "INSERT INTO conflicts (image_id, kind, kinds, status, severity, created_at, annotation_ids, consensus_id, "
        "x_min, y_min, x_max, y_max) VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    const std::int64_t now = nowMs();
    ConsensusWritten out;
    out.conflicts.assign(conflicts.size(), 0);
    out.settledBefore.assign(conflicts.size(), 0);
    out.settledBy.resize(conflicts.size());
    for (std::size_t i = 0; i < conflicts.size(); ++i) {
        const Conflict& c = conflicts[i];
        const std::string members = idsJson(c.annotations);
        const auto before = done.find({ c.image, members });
        if (before != done.end()) {
            out.settledBefore[i] = before->second.first;
            out.settledBy[i] = before->second.second;
            continue;
        }
        ins.reset();
        ins.bind(1, c.image)
            .bind(2, c.kinds.value(0))
            .bind(3, c.kinds.join(QLatin1Char(',')))
            .bind(4, c.severity)
            .bind(5, c.createdAt ? c.createdAt : now)
            .bind(6, std::string_view(members));
        const AnnotationId consensus = i < consensusIds.size() ? consensusIds[i] : c.consensus;
        if (consensus > 0)
            ins.bind(7, consensus);
        else
            ins.bindNull(7);
        ins.bind(8, c.bounds.x0).bind(9, c.bounds.y0).bind(10, c.bounds.x1).bind(11, c.bounds.y1);
        auto inserted = ins.runReturningId();
        if (!inserted)
            return std::move(inserted).error();
        out.conflicts[i] = *inserted;
    }
    return out;
}

const char* const kSelect
    = "SELECT c.id, c.image_id, c.kinds, c.kind, c.status, c.severity, c.annotation_ids, "
      "coalesce(c.consensus_id, 0), c.x_min, c.y_min, c.x_max, c.y_max, c.created_at, coalesce(c.resolution, ''), "
      "coalesce(a.name, ''), coalesce(c.resolved_at, 0), c.note FROM conflicts c "
      "LEFT JOIN annotators a ON a.id = c.resolved_by ";

Conflict readConflict(const db::Statement& s)
{
    Conflict c;
    c.id = s.columnInt64(0);
    c.image = s.columnInt64(1);
    const QString kinds = s.columnText(2);
    c.kinds = kinds.isEmpty() ? QStringList { s.columnText(3) } : kinds.split(QLatin1Char(','));
    parseConflictStatus(s.columnText(4), &c.status);
    c.severity = s.columnDouble(5);
    c.annotations = parseIds(s.columnUtf8(6));
    c.consensus = s.columnInt64(7);
    c.bounds = { s.columnDouble(8), s.columnDouble(9), s.columnDouble(10), s.columnDouble(11) };
    c.createdAt = s.columnInt64(12);
    parseConflictResolution(s.columnText(13), &c.resolution);
    c.reviewer = s.columnText(14);
    c.resolvedAt = s.columnInt64(15);
    c.note = s.columnText(16);
    return c;
}

} // namespace

QString conflictStatusName(ConflictStatus status)
{
    switch (status) {
    case ConflictStatus::Open:
        return QStringLiteral("open");
    case ConflictStatus::Resolved:
        return QStringLiteral("resolved");
    case ConflictStatus::GuidelineGap:
        return QStringLiteral("guideline_gap");
    }
    return {};
}

bool parseConflictStatus(const QString& name, ConflictStatus* status)
{
    for (ConflictStatus s : { ConflictStatus::Open, ConflictStatus::Resolved, ConflictStatus::GuidelineGap }) {
        if (conflictStatusName(s) == name) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString conflictResolutionName(ConflictResolution resolution)
{
    switch (resolution) {
    case ConflictResolution::None:
        return {};
    case ConflictResolution::AcceptedAnnotator:
        return QStringLiteral("accepted_annotator");
    case ConflictResolution::AcceptedConsensus:
        return QStringLiteral("accepted_consensus");
    case ConflictResolution::Edited:
        return QStringLiteral("edited");
    case ConflictResolution::GuidelineGap:
        return QStringLiteral("guideline_gap");
    }
    return {};
}

bool parseConflictResolution(const QString& name, ConflictResolution* resolution)
{
    for (ConflictResolution r : { ConflictResolution::None, ConflictResolution::AcceptedAnnotator,
             ConflictResolution::AcceptedConsensus, ConflictResolution::Edited, ConflictResolution::GuidelineGap }) {
        if (conflictResolutionName(r) == name) {
            *resolution = r;
            return true;
        }
    }
    return false;
}

Result<void> ConflictRepository::replaceOpen(const std::vector<ImageId>& images, const std::vector<Conflict>& conflicts)
{
    db::Connection& db = m_store.database();
    auto tx = db::Transaction::begin(db);
    if (!tx)
        return std::move(tx).error();
    LECTOR_TRY(writeConflicts(db, images, conflicts, {}));
    return tx->commit();
}

Result<ConsensusWritten> ConflictRepository::replaceConsensus(const ConsensusWrite& write)
{
    Q_ASSERT(write.conflictConsensus.empty() || write.conflictConsensus.size() == write.conflicts.size());
    for (const Annotation& a : write.annotations) {
        if (!a.region.polygon.isValid())
            return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a region needs at least 3 finite points"));
    }
    db::Connection& db = m_store.database();
    auto tx = db::Transaction::begin(db);
    if (!tx)
        return std::move(tx).error();
    // Open conflicts first: they point at the consensus regions about to go.
    LECTOR_PREPARE(delOpen, db, "DELETE FROM conflicts WHERE image_id = ? AND status = 'open'");
    LECTOR_PREPARE(delOld, db, "DELETE FROM annotations WHERE image_id = ? AND annotator_id = ?");
    for (const ImageId image : write.images) {
        delOpen.reset();
        LECTOR_TRY(delOpen.bind(1, image).run());
        delOld.reset();
        LECTOR_TRY(delOld.bind(1, image).bind(2, write.consensusAnnotator).run());
    }
    LECTOR_PREPARE(ins, db,
        "INSERT INTO annotations (image_id, annotator_id, guideline_version, points, x_min, y_min, x_max, y_max, "
        "text, flags, script, source, created_at, updated_at, seconds_spent) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING id");
    const std::int64_t now = nowMs();
    std::vector<AnnotationId> ids;
    ids.reserve(write.annotations.size());
    for (const Annotation& a : write.annotations) {
        const Polygon& p = a.region.polygon;
        const BoxF b = p.boundingBox();
        ins.reset();
        ins.bind(1, a.image).bind(2, write.consensusAnnotator);
        if (a.guidelineVersion > 0)
            ins.bind(3, a.guidelineVersion);
        else
            ins.bindNull(3);
        auto inserted = ins.bind(4, p.toText())
                            .bind(5, b.x0)
                            .bind(6, b.y0)
                            .bind(7, b.x1)
                            .bind(8, b.y1)
                            .bind(9, a.region.text)
                            .bind(10, static_cast<std::int64_t>(a.region.flags))
                            .bind(11, a.region.script)
                            .bind(12, sourceName(Source::Consensus))
                            .bind(13, now)
                            .bind(14, now)
                            .runReturningId();
        if (!inserted)
            return std::move(inserted).error();
        ids.push_back(*inserted);
    }
    std::vector<AnnotationId> consensusIds(write.conflicts.size(), 0);
    for (std::size_t i = 0; i < write.conflictConsensus.size(); ++i) {
        const int k = write.conflictConsensus[i];
        if (k >= 0 && static_cast<std::size_t>(k) < ids.size())
            consensusIds[i] = ids[static_cast<std::size_t>(k)];
    }
    auto written = writeConflicts(db, write.images, write.conflicts, consensusIds);
    if (!written)
        return std::move(written).error();
    LECTOR_TRY(tx->commit());
    return std::move(written).value();
}

Result<std::vector<Conflict>> ConflictRepository::list(const ConflictFilter& filter) const
{
    // Unused filters bind values that match everything, so one cached statement serves every query.
    LECTOR_PREPARE(s, m_store.database(),
        std::string(kSelect)
            + "WHERE (? = '' OR c.status = ?) AND (? = '' OR (',' || c.kinds || ',') LIKE ('%,' || ? || ',%')) "
              "AND (CAST(? AS BIGINT) = 0 OR c.image_id = ?) AND c.severity >= ? "
              "AND (? = '' OR c.image_id IN (SELECT i.id FROM images i WHERE i.batch = ?)) "
              "AND (? = '' OR c.image_id IN (SELECT i.id FROM images i WHERE i.split = ?)) "
              "ORDER BY c.severity DESC, c.id LIMIT ?");
    const QString status = filter.status ? conflictStatusName(*filter.status) : QString();
    const ImageId image = filter.image.value_or(0);
    s.bind(1, status).bind(2, status).bind(3, filter.kind).bind(4, filter.kind);
    s.bind(5, image).bind(6, image).bind(7, filter.minSeverity);
    s.bind(8, filter.batch).bind(9, filter.batch).bind(10, filter.split).bind(11, filter.split);
    const bool bySlice = !filter.sliceDimension.isEmpty();
    if (bySlice && !regionDimensions().contains(filter.sliceDimension))
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("unknown slice dimension \"%1\" (one of %2)")
                .arg(filter.sliceDimension, regionDimensions().join(QStringLiteral(", "))));
    // No limit is the largest one: PostgreSQL refuses LIMIT -1.
    s.bind(12, bySlice || filter.limit < 0 ? std::numeric_limits<std::int64_t>::max() : std::int64_t(filter.limit));
    std::vector<Conflict> out;
    LECTOR_TRY(s.forEachRow([&] { out.push_back(readConflict(s)); }));
    if (!bySlice)
        return out;
    // The slice of a region is computed, not stored: filter here, over the members' regions.
    std::vector<Conflict> kept;
    for (Conflict& c : out) {
        if (filter.limit >= 0 && static_cast<int>(kept.size()) >= filter.limit)
            break;
        bool in = false;
        for (AnnotationId member : c.annotations) {
            auto a = m_store.annotation(member);
            if (!a)
                return std::move(a).error();
            if (*a && regionBin(filter.sliceDimension, (*a)->region) == filter.sliceBin) {
                in = true;
                break;
            }
        }
        if (in)
            kept.push_back(std::move(c));
    }
    return kept;
}

Result<std::optional<Conflict>> ConflictRepository::conflict(std::int64_t id) const
{
    LECTOR_PREPARE(s, m_store.database(), std::string(kSelect) + "WHERE c.id = ?");
    s.bind(1, id);
    return s.firstRow([&] { return readConflict(s); });
}

namespace {

/// Writes a conflict's resolution columns (and its consensus region) as `c` has them.
Result<void> writeResolution(db::Connection& db, const Conflict& c, AnnotatorId reviewer)
{
    LECTOR_PREPARE(s, db,
        "UPDATE conflicts SET status = ?, resolution = ?, resolved_by = ?, resolved_at = ?, note = ?, "
        "consensus_id = ? WHERE id = ?");
    s.bind(1, conflictStatusName(c.status));
    if (c.resolution == ConflictResolution::None)
        s.bindNull(2);
    else
        s.bind(2, conflictResolutionName(c.resolution));
    if (reviewer)
        s.bind(3, reviewer);
    else
        s.bindNull(3);
    if (c.resolvedAt)
        s.bind(4, c.resolvedAt);
    else
        s.bindNull(4);
    s.bind(5, c.note);
    if (c.consensus)
        s.bind(6, c.consensus);
    else
        s.bindNull(6);
    LECTOR_TRY(s.bind(7, c.id).run());
    if (db.changes() == 0)
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("there is no conflict %1").arg(c.id));
    return {};
}

} // namespace

Result<Settlement> ConflictRepository::settleInTransaction(std::int64_t id, const SettleDecision& decision)
{
    if (decision.resolution == ConflictResolution::None)
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a resolution is needed to settle a conflict"));
    db::Connection& db = m_store.database();
    auto found = conflict(id);
    if (!found)
        return std::move(found).error();
    if (!*found)
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("there is no conflict %1").arg(id)).at(m_store.path());
    if ((*found)->status != ConflictStatus::Open)
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("conflict %1 was settled already (%2)").arg(id).arg(conflictStatusName((*found)->status)))
            .at(m_store.path());
    auto reviewer = m_store.ensureAnnotator(decision.reviewer, Role::Reviewer);
    if (!reviewer)
        return std::move(reviewer).error();

    Settlement settlement;
    settlement.before = **found;
    settlement.after = **found;
    if (decision.accepted) {
        EditContext context;
        context.editor = *reviewer;
        context.reason = EditReason::Settlement;
        std::optional<Annotation> current;
        if (settlement.before.consensus) {
            auto row = store::findAnnotation(db, settlement.before.consensus);
            if (!row)
                return std::move(row).error();
            current = std::move(*row);
        }
        Result<WrittenAnnotations> written = WrittenAnnotations {};
        if (current) {
            settlement.consensusBefore = current;
            Annotation a = *current;
            a.region = *decision.accepted;
            a.region.confidence = std::numeric_limits<double>::quiet_NaN();
            written = store::changeAnnotations(db, { store::unchecked(a) }, context);
        } else {
            auto consensusId = m_store.ensureAnnotator(QStringLiteral("consensus"), Role::Reviewer);
            if (!consensusId)
                return std::move(consensusId).error();
            Annotation a;
            a.image = settlement.before.image;
            a.annotator = *consensusId;
            a.region = *decision.accepted;
            a.region.confidence = std::numeric_limits<double>::quiet_NaN();
            a.source = Source::Consensus;
            written = store::insertAnnotations(db, { a }, context);
            settlement.consensusAdded = true;
        }
        if (!written)
            return std::move(written).error();
        settlement.consensusAfter = written->rows.front();
        settlement.entries = written->entries;
        settlement.after.consensus = settlement.consensusAfter->id;
    }
    Conflict& after = settlement.after;
    after.status = decision.resolution == ConflictResolution::GuidelineGap ? ConflictStatus::GuidelineGap
                                                                           : ConflictStatus::Resolved;
    after.resolution = decision.resolution;
    after.reviewer = decision.reviewer;
    after.resolvedAt = decision.at ? decision.at : store::nowMs();
    after.note = decision.note;
    LECTOR_TRY(writeResolution(db, after, *reviewer));
    return settlement;
}

Result<void> ConflictRepository::undoInTransaction(const Settlement& settlement)
{
    db::Connection& db = m_store.database();
    auto reviewer = m_store.findAnnotator(settlement.after.reviewer);
    if (!reviewer)
        return std::move(reviewer).error();
    EditContext context;
    context.editor = *reviewer ? (*reviewer)->id : 0;
    context.reason = EditReason::Undo;
    context.undoes = settlement.entries;
    // The conflict first: it points at a consensus label an undo may remove.
    LECTOR_TRY(writeResolution(db, settlement.before, 0));
    if (settlement.consensusAfter) {
        if (settlement.consensusAdded) {
            auto removed = store::deleteAnnotations(db, { settlement.consensusAfter->id }, context);
            if (!removed)
                return std::move(removed).error();
        } else if (settlement.consensusBefore) {
            auto restored = store::changeAnnotations(db, { store::unchecked(*settlement.consensusBefore) }, context);
            if (!restored)
                return std::move(restored).error();
        }
    }
    return {};
}

Result<void> ConflictRepository::redoInTransaction(const Settlement& settlement)
{
    db::Connection& db = m_store.database();
    auto reviewer = m_store.ensureAnnotator(settlement.after.reviewer, Role::Reviewer);
    if (!reviewer)
        return std::move(reviewer).error();
    auto current = conflict(settlement.before.id);
    if (!current)
        return std::move(current).error();
    if (!*current || (*current)->status != ConflictStatus::Open)
        return LECTOR_ERROR(
            ErrorCode::InvalidArgument, Core::tr("conflict %1 is no longer open").arg(settlement.before.id))
            .at(m_store.path());
    EditContext context;
    context.editor = *reviewer;
    context.reason = EditReason::Redo;
    context.undoes = settlement.entries;
    if (settlement.consensusAfter) {
        auto written = settlement.consensusAdded
            ? store::insertAnnotations(db, { *settlement.consensusAfter }, context)
            : store::changeAnnotations(db, { store::unchecked(*settlement.consensusAfter) }, context);
        if (!written)
            return std::move(written).error();
    }
    return writeResolution(db, settlement.after, *reviewer);
}

Result<Settlement> ConflictRepository::settle(std::int64_t id, const SettleDecision& decision)
{
    if (decision.resolution == ConflictResolution::None)
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a resolution is needed to settle a conflict"));
    auto tx = db::Transaction::begin(m_store.database());
    if (!tx)
        return std::move(tx).error();
    auto settlement = settleInTransaction(id, decision);
    if (!settlement)
        return settlement;
    LECTOR_TRY(tx->commit());
    return settlement;
}

Result<void> ConflictRepository::undoSettlement(const Settlement& settlement)
{
    auto tx = db::Transaction::begin(m_store.database());
    if (!tx)
        return std::move(tx).error();
    LECTOR_TRY(undoInTransaction(settlement));
    return tx->commit();
}

Result<void> ConflictRepository::redoSettlement(const Settlement& settlement)
{
    auto tx = db::Transaction::begin(m_store.database());
    if (!tx)
        return std::move(tx).error();
    LECTOR_TRY(redoInTransaction(settlement));
    return tx->commit();
}

Result<BulkSettlement> ConflictRepository::settleAll(
    const std::vector<std::pair<std::int64_t, SettleDecision>>& decisions)
{
    std::set<std::int64_t> named;
    for (const auto& [id, decision] : decisions) {
        if (!named.insert(id).second)
            return LECTOR_ERROR(
                ErrorCode::InvalidArgument, Core::tr("conflict %1 is named twice in one settlement").arg(id));
    }
    auto tx = db::Transaction::begin(m_store.database());
    if (!tx)
        return std::move(tx).error();
    BulkSettlement bulk;
    bulk.settlements.reserve(decisions.size());
    for (const auto& [id, decision] : decisions) {
        auto settlement = settleInTransaction(id, decision);
        if (!settlement)
            return std::move(settlement).error();
        bulk.settlements.push_back(std::move(settlement).value());
    }
    LECTOR_TRY(tx->commit());
    return bulk;
}

Result<void> ConflictRepository::undoBulkSettlement(const BulkSettlement& bulk)
{
    auto tx = db::Transaction::begin(m_store.database());
    if (!tx)
        return std::move(tx).error();
    // The last first, so that two settlements of one consensus label unwind in the order they were made.
    for (auto it = bulk.settlements.rbegin(); it != bulk.settlements.rend(); ++it)
        LECTOR_TRY(undoInTransaction(*it));
    return tx->commit();
}

Result<void> ConflictRepository::redoBulkSettlement(const BulkSettlement& bulk)
{
    auto tx = db::Transaction::begin(m_store.database());
    if (!tx)
        return std::move(tx).error();
    for (const Settlement& settlement : bulk.settlements)
        LECTOR_TRY(redoInTransaction(settlement));
    return tx->commit();
}

Result<std::map<ConflictStatus, std::int64_t>> ConflictRepository::countsByStatus() const
{
    LECTOR_PREPARE(s, m_store.database(), "SELECT status, count(*) FROM conflicts GROUP BY status");
    std::map<ConflictStatus, std::int64_t> out;
    LECTOR_TRY(s.forEachRow([&] {
        ConflictStatus status;
        if (parseConflictStatus(s.columnText(0), &status))
            out[status] = s.columnInt64(1);
    }));
    return out;
}

} // namespace lector
