// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/edit_activity_reader.h>

#include <lector/store/project_store.h>

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

namespace lector {

Result<std::vector<EditActivity>> EditActivityReader::activity() const
{
    auto s = m_store.database().prepare(
        "SELECT a.name, e.action, e.at, e.seconds FROM edit_log e JOIN annotators a ON a.id = e.annotator_id "
        "WHERE e.action IN ('add', 'change', 'remove') "
        // Pre-labels promoted from a model run, and consensus regions, are added by machine, not drawn.
        "AND NOT (e.action = 'add' AND json_extract(e.after_json, '$.source') IN ('auto', 'consensus')) "
        "ORDER BY a.name, e.at, e.id");
    if (!s)
        return std::move(s).error();
    sqlite::Statement& st = **s;
    std::vector<EditActivity> out;
    LECTOR_TRY(st.forEachRow([&] {
        out.push_back({ st.columnText(0), st.columnText(1), st.columnInt64(2), st.columnDouble(3) });
    }));
    return out;
}

} // namespace lector
