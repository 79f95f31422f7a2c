// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/edit_provenance.h>

#include <lector/store/project_store.h>

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <nlohmann/json.hpp>

namespace lector {

Result<std::vector<PersonEdit>> EditProvenance::inspect(const std::vector<AnnotationId>& ids) const
{
    sqlite::Database& db = m_store.database();
    auto source = db.prepare("SELECT source FROM annotations WHERE id = ?");
    if (!source)
        return std::move(source).error();
    auto changes = db.prepare(
        "SELECT coalesce(before_json, ''), coalesce(after_json, '') FROM edit_log WHERE annotation_id = ? AND action = "
        "'change'");
    if (!changes)
        return std::move(changes).error();
    std::vector<PersonEdit> out;
    out.reserve(ids.size());
    for (const AnnotationId id : ids) {
        PersonEdit e;
        e.annotation = id;
        sqlite::Statement& s = **source;
        s.reset();
        s.bind(1, id);
        auto name = s.firstRow([&] { return s.columnText(0); });
        if (!name)
            return std::move(name).error();
        if (*name) {
            e.exists = true;
            Source src = Source::Manual;
            parseSource(**name, &src);
            e.madeByPerson = src == Source::Manual || src == Source::Import;
            sqlite::Statement& c = **changes;
            c.reset();
            c.bind(1, id);
            LECTOR_TRY(c.forEachRow([&] {
                const auto before = nlohmann::json::parse(c.columnUtf8(0), nullptr, false);
                const auto after = nlohmann::json::parse(c.columnUtf8(1), nullptr, false);
                if (!before.is_object() || !after.is_object()) {
                    // An entry we cannot read: assume the worst.
                    e.textChanged = e.geometryChanged = e.flagsChanged = true;
                    return;
                }
                auto differs = [&](const char* key) {
                    return before.value(key, nlohmann::json()) != after.value(key, nlohmann::json());
                };
                // Text an engine wrote (re-reading: the change's source is auto) is not a person's.
                e.textChanged = e.textChanged || (differs("text") && after.value("source", "") != "auto");
                e.geometryChanged = e.geometryChanged || differs("points");
                e.flagsChanged = e.flagsChanged || differs("flags") || differs("script");
            }));
        }
        out.push_back(e);
    }
    return out;
}

} // namespace lector
