// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/distribution_reader.h>

#include <lector/core/tr.h>
#include <lector/store/project_store.h>

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

namespace lector {

namespace {

Error canceled() { return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("the distribution was canceled")); }

} // namespace

Result<void> DistributionReader::forEachImage(const std::function<void(const ImageRecord&)>& onImage) const
{
    auto s = m_store.database().prepare("SELECT id, width, height, batch, split FROM images ORDER BY id");
    if (!s)
        return std::move(s).error();
    db::Statement& st = **s;
    ImageRecord r;
    return st.forEachRow([&] {
        r.id = st.columnInt64(0);
        r.width = st.columnInt(1);
        r.height = st.columnInt(2);
        r.batch = st.columnText(3);
        r.split = st.columnText(4);
        onImage(r);
    });
}

Result<DistributionReader::IdRange> DistributionReader::labelIds() const
{
    auto s = m_store.database().prepare("SELECT MIN(id), MAX(id), COUNT(*) > 0 FROM annotations");
    if (!s)
        return std::move(s).error();
    db::Statement& st = **s;
    auto row = st.firstRow([&] {
        return st.columnInt(2) ? IdRange { st.columnInt64(0), st.columnInt64(1) } : IdRange {};
    });
    if (!row)
        return std::move(row).error();
    return row->value_or(IdRange {});
}

Result<void> DistributionReader::forEachLabel(std::optional<AnnotatorId> annotator, IdRange range,
    const std::function<void(const DistributionLabelRow&)>& onLabel, Progress* progress) const
{
    if (progress && progress->isCanceled())
        return canceled();
    if (range.first > range.last)
        return {};
    // Only our own literals are concatenated; values are bound.
    std::string sql = "SELECT id, image_id, annotator_id, COALESCE(guideline_version, 0), points, text "
                      "FROM annotations WHERE id BETWEEN ?1 AND ?2 AND source <> 'consensus'";
    if (annotator)
        sql += " AND annotator_id = ?3";
    auto s = m_store.database().prepare(sql);
    if (!s)
        return std::move(s).error();
    db::Statement& st = **s;
    st.bind(1, range.first).bind(2, range.last);
    if (annotator)
        st.bind(3, *annotator);
    const std::int64_t span = range.last - range.first + 1;
    DistributionLabelRow row;
    std::int64_t rows = 0;
    for (;;) {
        auto more = st.step();
        if (!more)
            return std::move(more).error();
        if (!*more)
            break;
        row.image = st.columnInt64(1);
        row.annotator = st.columnInt64(2);
        row.guidelineVersion = st.columnInt(3);
        row.points = st.columnUtf8(4);
        row.text = st.columnUtf8(5);
        onLabel(row);
        if (progress && (++rows & 0xFFFF) == 0) {
            progress->report(st.columnInt64(0) - range.first + 1, span);
            if (progress->isCanceled()) {
                st.reset();
                return canceled();
            }
        }
    }
    if (progress)
        progress->report(span, span);
    return {};
}

} // namespace lector
