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
        "SELECT a.name, e.action, e.at, e.seconds, e.reason, e.id, coalesce(e.annotation_id, 0), "
        "coalesce(e.undoes, 0) FROM edit_log e JOIN annotators a ON a.id = e.annotator_id "
        "WHERE e.action IN ('add', 'change', 'remove') ORDER BY e.id");
    if (!s)
        return std::move(s).error();
    db::Statement& st = **s;
    std::vector<EditActivity> out;
    LECTOR_TRY(st.forEachRow([&] {
        EditActivity e;
        e.annotator = st.columnText(0);
        e.action = st.columnText(1);
        e.at = st.columnInt64(2);
        e.seconds = st.columnDouble(3);
        parseEditReason(st.columnText(4), &e.reason);
        e.entry = st.columnInt64(5);
        e.annotation = st.columnInt64(6);
        e.undoes = st.columnInt64(7);
        out.push_back(std::move(e));
    }));
    return out;
}

} // namespace lector
