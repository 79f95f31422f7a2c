// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/distribution_reader.h>

#include <lector/store/project_store.h>

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <string>

namespace lector {

namespace {

    // The annotator restriction as SQL: bound as ?1 when set. Only our own literals are concatenated.
    std::string labelFilter(std::optional<AnnotatorId> annotator)
    {
        std::string where = " WHERE source <> 'consensus'";
        if (annotator)
            where += " AND annotator_id = ?1";
        return where;
    }

} // namespace

Result<void> DistributionReader::forEachImage(const std::function<void(const ImageRecord&)>& onImage) const
{
    auto s = m_store.database().prepare("SELECT id, width, height, batch, split FROM images ORDER BY id");
    if (!s)
        return std::move(s).error();
    sqlite::Statement& st = **s;
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

Result<void> DistributionReader::forEachImageLabelCount(std::optional<AnnotatorId> annotator,
    const std::function<void(ImageId, std::int64_t, int)>& onImage) const
{
    auto s = m_store.database().prepare("SELECT image_id, COUNT(*), COUNT(DISTINCT annotator_id) FROM annotations"
        + labelFilter(annotator) + " GROUP BY image_id");
    if (!s)
        return std::move(s).error();
    sqlite::Statement& st = **s;
    if (annotator)
        st.bind(1, *annotator);
    return st.forEachRow([&] { onImage(st.columnInt64(0), st.columnInt64(1), st.columnInt(2)); });
}

Result<std::int64_t> DistributionReader::labelCount(std::optional<AnnotatorId> annotator) const
{
    auto s = m_store.database().prepare("SELECT COUNT(*) FROM annotations" + labelFilter(annotator));
    if (!s)
        return std::move(s).error();
    sqlite::Statement& st = **s;
    if (annotator)
        st.bind(1, *annotator);
    auto n = st.firstRow([&] { return st.columnInt64(0); });
    if (!n)
        return std::move(n).error();
    return n->value_or(0);
}

Result<void> DistributionReader::forEachLabel(std::optional<AnnotatorId> annotator,
    const std::function<void(const DistributionLabelRow&)>& onLabel, Progress* progress) const
{
    if (progress && progress->isCanceled())
        return LECTOR_ERROR(ErrorCode::Canceled, QStringLiteral("the distribution was canceled"));
    std::int64_t total = 0;
    if (progress) {
        auto n = labelCount(annotator);
        if (!n)
            return std::move(n).error();
        total = *n;
    }
    auto s = m_store.database().prepare(
        "SELECT image_id, annotator_id, COALESCE(guideline_version, 0), points, text FROM annotations"
        + labelFilter(annotator));
    if (!s)
        return std::move(s).error();
    sqlite::Statement& st = **s;
    if (annotator)
        st.bind(1, *annotator);
    DistributionLabelRow row;
    std::int64_t done = 0;
    for (;;) {
        auto more = st.step();
        if (!more)
            return std::move(more).error();
        if (!*more)
            break;
        row.image = st.columnInt64(0);
        row.annotator = st.columnInt64(1);
        row.guidelineVersion = st.columnInt(2);
        row.points = st.columnUtf8(3);
        row.text = st.columnUtf8(4);
        onLabel(row);
        if (progress && (++done & 0xFFFF) == 0) {
            progress->report(done, total);
            if (progress->isCanceled()) {
                st.reset();
                return LECTOR_ERROR(ErrorCode::Canceled, QStringLiteral("the distribution was canceled"));
            }
        }
    }
    if (progress)
        progress->report(total, total);
    return {};
}

} // namespace lector
