// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "store/annotation_rows.h"

#include <lector/core/tr.h>

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <QDateTime>

#include <algorithm>
#include <set>

namespace lector::store {

std::int64_t nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

std::string utf8(const QString& s) { return s.toStdString(); }

Region readRegion(const db::Statement& s, int first)
{
    Region r;
    if (auto p = Polygon::parse(std::string(s.columnUtf8(first))))
        r.polygon = std::move(*p);
    r.text = s.columnText(first + 1);
    r.flags = static_cast<std::uint32_t>(s.columnInt64(first + 2));
    r.script = s.columnText(first + 3);
    return r;
}

void bindGeometry(db::Statement& s, int first, const Polygon& polygon)
{
    const BoxF b = polygon.boundingBox();
    s.bind(first, polygon.toText())
        .bind(first + 1, b.x0)
        .bind(first + 2, b.y0)
        .bind(first + 3, b.x1)
        .bind(first + 4, b.y1);
}

nlohmann::json regionJson(const Region& r)
{
    return { { "points", r.polygon.flat() }, { "text", utf8(r.text) }, { "flags", r.flags },
        { "script", utf8(r.script) } };
}

nlohmann::json annotationJson(const Annotation& a)
{
    nlohmann::json j = regionJson(a.region);
    j["annotator_id"] = a.annotator;
    j["guideline_version"] = a.guidelineVersion;
    j["source"] = utf8(sourceName(a.source));
    return j;
}

const char* const kAnnotationColumns
    = "SELECT points, text, flags, script, id, image_id, annotator_id, coalesce(guideline_version, 0), source, "
      "created_at, updated_at, seconds_spent, version FROM annotations";

Annotation readAnnotationRow(const db::Statement& s)
{
    Annotation a;
    a.region = readRegion(s, 0);
    a.id = s.columnInt64(4);
    a.image = s.columnInt64(5);
    a.annotator = s.columnInt64(6);
    a.guidelineVersion = s.columnInt(7);
    parseSource(s.columnText(8), &a.source);
    a.createdAt = s.columnInt64(9);
    a.updatedAt = s.columnInt64(10);
    a.secondsSpent = s.columnDouble(11);
    a.version = s.columnInt64(12);
    return a;
}

Result<std::optional<Annotation>> findAnnotation(db::Connection& db, AnnotationId id)
{
    LECTOR_PREPARE(s, db, std::string(kAnnotationColumns) + " WHERE id = ?");
    s.bind(1, id);
    return s.firstRow([&] { return readAnnotationRow(s); });
}

Result<int> guidelineInForce(db::Connection& db)
{
    LECTOR_PREPARE(g, db, "SELECT coalesce(max(number), 0) FROM guideline_versions");
    auto row = g.step();
    if (!row)
        return std::move(row).error();
    const int n = g.columnInt(0);
    g.reset();
    return n;
}

Result<std::int64_t> appendLog(db::Connection& db, const LogWrite& e)
{
    LECTOR_PREPARE(log, db,
        "INSERT INTO edit_log (at, annotator_id, action, annotation_id, image_id, before_json, after_json, seconds, "
        "reason, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    log.bind(1, e.at);
    if (e.annotator)
        log.bind(2, e.annotator);
    else
        log.bindNull(2);
    log.bind(3, std::string_view(e.action));
    if (e.annotation)
        log.bind(4, e.annotation);
    else
        log.bindNull(4);
    if (e.image)
        log.bind(5, e.image);
    else
        log.bindNull(5);
    if (e.before.empty())
        log.bindNull(6);
    else
        log.bind(6, std::string_view(e.before));
    if (e.after.empty())
        log.bindNull(7);
    else
        log.bind(7, std::string_view(e.after));
    log.bind(8, e.seconds).bind(9, editReasonName(e.reason));
    if (e.undoes)
        log.bind(10, e.undoes);
    else
        log.bindNull(10);
    return log.runReturningId();
}

namespace {

Result<void> checkPolygons(const std::vector<Annotation>& annotations)
{
    for (const Annotation& a : annotations) {
        if (!a.region.polygon.isValid())
            return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a region needs at least 3 finite points"));
    }
    return {};
}

/// Undo and redo put a row back exactly as it was; they are not new work.
bool restores(const EditContext& c) { return c.reason == EditReason::Undo || c.reason == EditReason::Redo; }

std::int64_t undoneEntry(const EditContext& c, std::size_t i) { return i < c.undoes.size() ? c.undoes[i] : 0; }

double share(const EditContext& c, std::size_t rows)
{
    return restores(c) || rows == 0 ? 0.0 : c.seconds / static_cast<double>(rows);
}

/// Applies the context's image event to the editor's state of every image written, once per image.
Result<void> applyImageEvent(
    db::Connection& db, const EditContext& context, const std::vector<std::pair<ImageId, AnnotatorId>>& touched)
{
    if (!context.imageEvent)
        return {};
    std::set<std::pair<ImageId, AnnotatorId>> seen(touched.begin(), touched.end());
    for (const auto& [image, annotator] : seen) {
        auto state = readImageState(db, image, annotator);
        if (!state)
            return std::move(state).error();
        const ImageState next = nextImageState(*state, *context.imageEvent);
        if (next != *state)
            LECTOR_TRY(writeImageState(db, image, annotator, next));
    }
    return {};
}

} // namespace

Result<WrittenAnnotations> insertAnnotations(
    db::Connection& db, const std::vector<Annotation>& annotations, const EditContext& context)
{
    LECTOR_TRY(checkPolygons(annotations));
    auto guideline = guidelineInForce(db);
    if (!guideline)
        return std::move(guideline).error();
    // A new annotation gets the next id (?1 is then left out: PostgreSQL's identity takes no NULL); a given id
    // puts a removed annotation back under its old one.
    LECTOR_PREPARE(insNew, db,
        "INSERT INTO annotations (image_id, annotator_id, guideline_version, points, x_min, y_min, x_max, y_max, "
        "text, flags, script, source, created_at, updated_at, seconds_spent) "
        "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) RETURNING id");
    LECTOR_PREPARE(insOld, db,
        "INSERT INTO annotations (id, image_id, annotator_id, guideline_version, points, x_min, y_min, x_max, y_max, "
        "text, flags, script, source, created_at, updated_at, seconds_spent) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) RETURNING id");
    WrittenAnnotations out;
    out.rows.reserve(annotations.size());
    out.entries.reserve(annotations.size());
    std::vector<std::pair<ImageId, AnnotatorId>> touched;
    const std::int64_t now = nowMs();
    const double each = share(context, annotations.size());
    for (std::size_t i = 0; i < annotations.size(); ++i) {
        Annotation a = annotations[i];
        if (a.guidelineVersion <= 0)
            a.guidelineVersion = *guideline;
        if (!a.createdAt)
            a.createdAt = now;
        if (!a.updatedAt)
            a.updatedAt = a.createdAt;
        if (context.seconds > 0 && !restores(context))
            a.secondsSpent = each;
        db::Statement& ins = a.id > 0 ? insOld : insNew;
        ins.reset();
        if (a.id > 0)
            ins.bind(1, a.id);
        ins.bind(2, a.image).bind(3, a.annotator);
        if (a.guidelineVersion > 0)
            ins.bind(4, a.guidelineVersion);
        else
            ins.bindNull(4);
        bindGeometry(ins, 5, a.region.polygon);
        auto inserted = ins.bind(10, a.region.text)
                            .bind(11, static_cast<std::int64_t>(a.region.flags))
                            .bind(12, a.region.script)
                            .bind(13, sourceName(a.source))
                            .bind(14, a.createdAt)
                            .bind(15, a.updatedAt)
                            .bind(16, a.secondsSpent)
                            .runReturningId();
        if (!inserted)
            return std::move(inserted).error();
        a.id = *inserted;
        a.version = 1; // the column's default: a restored label starts again
        LogWrite entry;
        // A generated or imported history keeps its own times; an undo or redo happens now.
        entry.at = restores(context) ? now : a.updatedAt;
        entry.annotator = context.editor ? context.editor : a.annotator;
        entry.action = "add";
        entry.reason = context.reason;
        entry.undoes = undoneEntry(context, i);
        entry.annotation = a.id;
        entry.image = a.image;
        entry.after = annotationJson(a).dump();
        entry.seconds = restores(context) ? 0.0 : a.secondsSpent;
        auto id = appendLog(db, entry);
        if (!id)
            return std::move(id).error();
        out.entries.push_back(*id);
        touched.emplace_back(a.image, entry.annotator);
        out.rows.push_back(std::move(a));
    }
    LECTOR_TRY(applyImageEvent(db, context, touched));
    return out;
}

namespace {

/// The refusal of an edit made to an older version of `current`, naming who changed it last and when.
Error staleLabel(db::Connection& db, const Annotation& current)
{
    QString who;
    std::int64_t at = current.updatedAt;
    if (auto s = db.prepare("SELECT coalesce(e.db_user, a.name), e.at FROM edit_log e LEFT JOIN annotators a ON "
                            "a.id = e.annotator_id WHERE e.annotation_id = ? ORDER BY e.id DESC LIMIT 1")) {
        (*s)->bind(1, current.id);
        if (auto row = (*s)->firstRow([&] { return std::make_pair((*s)->columnText(0), (*s)->columnInt64(1)); });
            row && *row) {
            who = (*row)->first;
            at = (*row)->second;
        }
    }
    Error e = LECTOR_ERROR(ErrorCode::Stale,
        Core::tr("the label was changed meanwhile%1 (%2): this edit was not saved")
            .arg(who.isEmpty() ? QString() : Core::tr(" by %1").arg(who),
                QDateTime::fromMSecsSinceEpoch(at).toString(Qt::ISODate)));
    e.detail = QStringLiteral("annotation %1 is at version %2").arg(current.id).arg(current.version);
    return e;
}

} // namespace

Result<WrittenAnnotations> changeAnnotations(
    db::Connection& db, const std::vector<Annotation>& annotations, const EditContext& context)
{
    LECTOR_TRY(checkPolygons(annotations));
    auto guideline = guidelineInForce(db);
    if (!guideline)
        return std::move(guideline).error();
    LECTOR_PREPARE(upd, db,
        "UPDATE annotations SET points = ?, x_min = ?, y_min = ?, x_max = ?, y_max = ?, text = ?, flags = ?, "
        "script = ?, guideline_version = ?, updated_at = ?, seconds_spent = ?, source = ?, version = version + 1 "
        "WHERE id = ? AND version = ?");
    WrittenAnnotations out;
    out.rows.reserve(annotations.size());
    out.entries.reserve(annotations.size());
    std::vector<std::pair<ImageId, AnnotatorId>> touched;
    const std::int64_t now = nowMs();
    const double each = share(context, annotations.size());
    for (std::size_t i = 0; i < annotations.size(); ++i) {
        const Annotation& a = annotations[i];
        auto before = findAnnotation(db, a.id);
        if (!before)
            return std::move(before).error();
        if (!*before)
            return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("the label was removed meanwhile"));
        if (a.version > 0 && (*before)->version != a.version)
            return staleLabel(db, **before);
        Annotation after = **before;
        after.region = a.region;
        after.region.confidence = (*before)->region.confidence;
        after.source = a.source;
        if (restores(context)) {
            // The row as the undo or redo remembers it: its stamp, time and seconds as they were.
            after.guidelineVersion = a.guidelineVersion;
            after.updatedAt = a.updatedAt ? a.updatedAt : now;
            after.secondsSpent = a.secondsSpent;
        } else {
            after.guidelineVersion = *guideline > 0 ? *guideline : after.guidelineVersion;
            after.updatedAt = now;
            after.secondsSpent += each;
        }
        upd.reset();
        bindGeometry(upd, 1, after.region.polygon);
        upd.bind(6, after.region.text)
            .bind(7, static_cast<std::int64_t>(after.region.flags))
            .bind(8, after.region.script);
        if (after.guidelineVersion > 0)
            upd.bind(9, after.guidelineVersion);
        else
            upd.bindNull(9);
        LECTOR_TRY(upd.bind(10, after.updatedAt)
                       .bind(11, after.secondsSpent)
                       .bind(12, sourceName(after.source))
                       .bind(13, a.id)
                       .bind(14, (*before)->version)
                       .run());
        if (db.changes() != 1)
            return staleLabel(db, **before); // changed between the read and the write (no lock held it)
        after.version = (*before)->version + 1;
        LogWrite entry;
        entry.at = now;
        entry.annotator = context.editor ? context.editor : after.annotator;
        entry.action = "change";
        entry.reason = context.reason;
        entry.undoes = undoneEntry(context, i);
        entry.annotation = a.id;
        entry.image = after.image;
        entry.before = annotationJson(**before).dump();
        entry.after = annotationJson(after).dump();
        entry.seconds = each;
        auto id = appendLog(db, entry);
        if (!id)
            return std::move(id).error();
        out.entries.push_back(*id);
        touched.emplace_back(after.image, entry.annotator);
        out.rows.push_back(std::move(after));
    }
    LECTOR_TRY(applyImageEvent(db, context, touched));
    return out;
}

Result<std::vector<std::int64_t>> deleteAnnotations(db::Connection& db, const std::vector<AnnotationId>& ids,
    const EditContext& context, std::vector<Annotation>* removed, const std::vector<std::int64_t>& versions)
{
    if (!versions.empty() && versions.size() != ids.size())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("one version per removed label is needed"));
    LECTOR_PREPARE(del, db, "DELETE FROM annotations WHERE id = ? AND version = ?");
    std::vector<std::int64_t> entries;
    entries.reserve(ids.size());
    std::vector<std::pair<ImageId, AnnotatorId>> touched;
    const std::int64_t now = nowMs();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        auto before = findAnnotation(db, ids[i]);
        if (!before)
            return std::move(before).error();
        if (!*before)
            return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("the label was removed meanwhile"));
        const std::int64_t seen = versions.empty() ? 0 : versions[i];
        if (seen > 0 && (*before)->version != seen)
            return staleLabel(db, **before);
        del.reset();
        LECTOR_TRY(del.bind(1, ids[i]).bind(2, (*before)->version).run());
        if (db.changes() != 1)
            return staleLabel(db, **before); // changed between the read and the delete
        LogWrite entry;
        entry.at = now;
        entry.annotator = context.editor ? context.editor : (*before)->annotator;
        entry.action = "remove";
        entry.reason = context.reason;
        entry.undoes = undoneEntry(context, i);
        entry.annotation = ids[i];
        entry.image = (*before)->image;
        entry.before = annotationJson(**before).dump();
        auto id = appendLog(db, entry);
        if (!id)
            return std::move(id).error();
        entries.push_back(*id);
        touched.emplace_back(entry.image, entry.annotator);
        if (removed)
            removed->push_back(std::move(**before));
    }
    LECTOR_TRY(applyImageEvent(db, context, touched));
    return entries;
}

Result<ImageState> readImageState(db::Connection& db, ImageId image, AnnotatorId annotator)
{
    LECTOR_PREPARE(s, db, "SELECT state FROM image_states WHERE image_id = ? AND annotator_id = ?");
    s.bind(1, image).bind(2, annotator);
    auto state = s.firstRow([&] { return static_cast<ImageState>(std::clamp(s.columnInt(0), 0, 2)); });
    if (!state)
        return std::move(state).error();
    return state->value_or(ImageState::ToDo);
}

Result<void> writeImageState(db::Connection& db, ImageId image, AnnotatorId annotator, ImageState state)
{
    // Upsert: SQLite 3.24+ and PostgreSQL 9.5+ both speak ON CONFLICT ... DO UPDATE.
    LECTOR_PREPARE(s, db,
        "INSERT INTO image_states (image_id, annotator_id, state, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (image_id, annotator_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at");
    return s.bind(1, image).bind(2, annotator).bind(3, static_cast<int>(state)).bind(4, nowMs()).run();
}

} // namespace lector::store
