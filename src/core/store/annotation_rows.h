// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Reading and writing annotation rows and their edit-log entries inside a caller's transaction: the one place that
// writes the annotations table for a person, an engine, an undo or a settlement, so that every such write is
// logged the same way. Private to src/core/store.
#pragma once

#include <lector/core/result.h>
#include <lector/store/edit_log.h>
#include <lector/store/types.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lector::db {
class Connection;
class Statement;
}

namespace lector::store {

std::int64_t nowMs();
std::string utf8(const QString& s);

/// Columns from `first`: points, text, flags, script.
Region readRegion(const db::Statement& s, int first);
/// Binds points, x_min, y_min, x_max, y_max from `first`.
void bindGeometry(db::Statement& s, int first, const Polygon& polygon);
nlohmann::json regionJson(const Region& r);
/// What the edit log keeps of an annotation before and after a change.
nlohmann::json annotationJson(const Annotation& a);

/// "SELECT <every annotation column> FROM annotations" for readAnnotationRow.
extern const char* const kAnnotationColumns;
Annotation readAnnotationRow(const db::Statement& s);
Result<std::optional<Annotation>> findAnnotation(db::Connection& db, AnnotationId id);

/// Number of the newest guideline version, 0 when there is none; what new and changed labels are stamped with.
Result<int> guidelineInForce(db::Connection& db);

/// Appends one edit-log entry; returns its id.
struct LogWrite {
    std::int64_t at = 0;
    AnnotatorId annotator = 0; // 0: none (NULL)
    const char* action = "";
    EditReason reason = EditReason::Edit;
    std::int64_t undoes = 0;
    AnnotationId annotation = 0;
    ImageId image = 0;
    std::string before; // empty: NULL
    std::string after;
    double seconds = 0;
};
Result<std::int64_t> appendLog(db::Connection& db, const LogWrite& entry);

/// The three annotation writes, inside the caller's transaction (see ProjectStore for what each does).
Result<WrittenAnnotations> insertAnnotations(
    db::Connection& db, const std::vector<Annotation>& annotations, const EditContext& context);
/// `a` without its version: a change the caller's own transaction has checked already (a settlement, a decision and
/// their undo put back rows they wrote themselves), so it is not refused as stale.
inline Annotation unchecked(Annotation a)
{
    a.version = 0;
    return a;
}

Result<WrittenAnnotations> changeAnnotations(
    db::Connection& db, const std::vector<Annotation>& annotations, const EditContext& context);
/// `removed` (optional) receives the rows as they were. `versions` (optional, one per id, 0 = unchecked): the
/// version each must still be at, else Stale.
Result<std::vector<std::int64_t>> deleteAnnotations(db::Connection& db, const std::vector<AnnotationId>& ids,
    const EditContext& context, std::vector<Annotation>* removed = nullptr,
    const std::vector<std::int64_t>& versions = {});

Result<ImageState> readImageState(db::Connection& db, ImageId image, AnnotatorId annotator);
Result<void> writeImageState(db::Connection& db, ImageId image, AnnotatorId annotator, ImageState state);

} // namespace lector::store
