// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/labeled_image_cursor.h>

#include <lector/store/project_store.h>

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

namespace lector {

namespace {

/// The condition on images i that they were labeled by the set bound as ?1.
const char* labeledCondition(LabelSetId set)
{
    return set.kind == LabelSetId::Kind::Run
        ? "EXISTS (SELECT 1 FROM predictions p WHERE p.run_id = ?1 AND p.image_id = i.id)"
        : "(EXISTS (SELECT 1 FROM annotations a WHERE a.image_id = i.id AND a.annotator_id = ?1) "
          "OR EXISTS (SELECT 1 FROM image_states s WHERE s.image_id = i.id AND s.annotator_id = ?1 "
          "AND s.state = 2))";
}

} // namespace

LabeledImageCursor::LabeledImageCursor(std::unique_ptr<db::Statement> rows, std::int64_t count)
    : m_rows(std::move(rows))
    , m_count(count)
{
}

LabeledImageCursor::~LabeledImageCursor() = default;

Result<std::unique_ptr<LabeledImageCursor>> LabeledImageCursor::open(const ProjectStore& store, LabelSetId set)
{
    const std::string where = std::string(" FROM images i WHERE ") + labeledCondition(set);
    std::int64_t count = 0;
    {
        LECTOR_PREPARE(c, store.database(), "SELECT count(*)" + where);
        c.bind(1, set.id);
        auto n = c.firstRow([&] { return c.columnInt64(0); });
        if (!n)
            return std::move(n).error();
        count = n->value_or(0);
    }
    auto rows = store.database().prepareOwned(
        "SELECT i.id, i.batch, i.added_at, i.width, i.height" + where + " ORDER BY i.id");
    if (!rows)
        return std::move(rows).error();
    (*rows)->bind(1, set.id);
    return std::unique_ptr<LabeledImageCursor>(new LabeledImageCursor(std::move(rows).value(), count));
}

Result<bool> LabeledImageCursor::next(LabeledImage& image)
{
    if (m_done)
        return false;
    auto row = m_rows->step();
    if (!row)
        return std::move(row).error();
    if (!*row) {
        m_done = true;
        m_rows->reset();
        return false;
    }
    image.id = m_rows->columnInt64(0);
    const std::string_view batch = m_rows->columnUtf8(1);
    if (batch != m_batchUtf8 || m_batch.isNull()) {
        m_batchUtf8.assign(batch.data(), batch.size());
        m_batch = QString::fromUtf8(batch.data(), qsizetype(batch.size()));
    }
    image.batch = m_batch;
    image.addedAt = m_rows->columnInt64(2);
    image.width = m_rows->columnInt(3);
    image.height = m_rows->columnInt(4);
    return true;
}

Result<bool> LabeledImageCursor::isLabeled(const ProjectStore& store, LabelSetId set, ImageId image)
{
    LECTOR_PREPARE(
        s, store.database(), std::string("SELECT 1 FROM images i WHERE i.id = ?2 AND ") + labeledCondition(set));
    s.bind(1, set.id);
    s.bind(2, image);
    auto row = s.firstRow([] { return true; });
    if (!row)
        return std::move(row).error();
    return row->has_value();
}

Result<bool> LabeledImageCursor::everyRegionHasConfidence(
    const ProjectStore& store, LabelSetId labeledBy, LabelSetId set)
{
    // One region without a confidence answers it; a run whose regions all have one is read through once.
    const std::string regions = set.kind == LabelSetId::Kind::Run
        ? "SELECT 1 FROM predictions d JOIN images i ON i.id = d.image_id WHERE d.run_id = ?2 AND d.confidence IS NULL"
        : "SELECT 1 FROM annotations d JOIN images i ON i.id = d.image_id WHERE d.annotator_id = ?2";
    LECTOR_PREPARE(s, store.database(), regions + " AND " + labeledCondition(labeledBy) + " LIMIT 1");
    s.bind(1, labeledBy.id);
    s.bind(2, set.id);
    auto row = s.firstRow([] { return true; });
    if (!row)
        return std::move(row).error();
    return !row->has_value();
}

} // namespace lector
