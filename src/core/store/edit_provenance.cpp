// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/edit_provenance.h>

#include <lector/store/project_store.h>

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <nlohmann/json.hpp>

namespace lector {

RereadOutcome rereadOutcome(
    const QString& current, const QString& read, const PersonEdit& provenance, PersonTextPolicy policy)
{
    const QString text = read.trimmed();
    if (!provenance.exists || text.isEmpty() || text == current)
        return RereadOutcome::Unchanged;
    if (current.isEmpty() || !provenance.textIsPersons())
        return RereadOutcome::Replace;
    switch (policy) {
    case PersonTextPolicy::Overwrite:
        return RereadOutcome::Replace;
    case PersonTextPolicy::Keep:
        return RereadOutcome::Keep;
    case PersonTextPolicy::Ask:
        break;
    }
    return RereadOutcome::Ask;
}

Result<std::vector<PersonEdit>> EditProvenance::inspect(const std::vector<AnnotationId>& ids) const
{
    db::Connection& db = m_store.database();
    auto source = db.prepare("SELECT source FROM annotations WHERE id = ?");
    if (!source)
        return std::move(source).error();
    auto history = db.prepare("SELECT id, action, reason, coalesce(undoes, 0), coalesce(before_json, ''), "
                              "coalesce(after_json, '') FROM edit_log WHERE annotation_id = ? ORDER BY id");
    if (!history)
        return std::move(history).error();
    std::vector<PersonEdit> out;
    out.reserve(ids.size());
    for (const AnnotationId id : ids) {
        PersonEdit e;
        e.annotation = id;
        db::Statement& s = **source;
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
            // Only edits that still stand count: a person's text change that was undone is not there any more.
            db::Statement& c = **history;
            c.reset();
            c.bind(1, id);
            struct Row {
                QString action;
                std::string before, after;
            };
            std::vector<EditStep> steps;
            std::vector<Row> rows;
            LECTOR_TRY(c.forEachRow([&] {
                EditStep step;
                step.entry = c.columnInt64(0);
                step.annotation = id;
                parseEditReason(c.columnText(2), &step.reason);
                step.undoes = c.columnInt64(3);
                steps.push_back(step);
                rows.push_back({ c.columnText(1), std::string(c.columnUtf8(4)), std::string(c.columnUtf8(5)) });
            }));
            const std::vector<char> standing = standingEntries(steps);
            for (std::size_t k = 0; k < steps.size(); ++k) {
                if (!standing[k] || rows[k].action != QLatin1String("change"))
                    continue;
                const auto before = nlohmann::json::parse(rows[k].before, nullptr, false);
                const auto after = nlohmann::json::parse(rows[k].after, nullptr, false);
                if (!before.is_object() || !after.is_object()) {
                    // An entry we cannot read: assume the worst.
                    e.textChanged = e.geometryChanged = e.flagsChanged = true;
                    continue;
                }
                auto differs = [&](const char* key) {
                    return before.value(key, nlohmann::json()) != after.value(key, nlohmann::json());
                };
                // Text an engine wrote (re-reading) is not a person's.
                const bool engine = steps[k].reason == EditReason::Engine || after.value("source", "") == "auto";
                e.textChanged = e.textChanged || (differs("text") && !engine);
                e.geometryChanged = e.geometryChanged || differs("points");
                e.flagsChanged = e.flagsChanged || differs("flags") || differs("script");
            }
        }
        out.push_back(e);
    }
    return out;
}

} // namespace lector
