// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/label_set_cursor.h>

#include <lector/store/project_store.h>

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <string>

namespace lector {

LabelSetCursor::LabelSetCursor(std::unique_ptr<db::Statement> rows, bool predictions)
    : m_rows(std::move(rows))
    , m_predictions(predictions)
{
}

LabelSetCursor::~LabelSetCursor() = default;

Result<std::unique_ptr<LabelSetCursor>> LabelSetCursor::open(
    const ProjectStore& store, LabelSetId set, ImageId first, ImageId last)
{
    // Both walk an index in (image, id) order, so SQLite streams the rows without sorting the whole set first:
    // predictions_by_run_image for a run; for an annotator, annotations_by_image probed image by image from the
    // images table. CROSS JOIN keeps that loop order: left to itself the planner takes annotations_by_annotator
    // and sorts every row of the annotator in a temporary B-tree (EXPLAIN QUERY PLAN: USE TEMP B-TREE).
    const bool predictions = set.kind == LabelSetId::Kind::Run;
    const std::string sql = predictions
        ? "SELECT image_id, id, points, text, flags, script, confidence FROM predictions WHERE run_id = ?1 "
          "AND image_id BETWEEN ?2 AND ?3 ORDER BY image_id, id"
        : "SELECT a.image_id, a.id, a.points, a.text, a.flags, a.script FROM images i "
          "CROSS JOIN annotations a WHERE a.image_id = i.id AND a.annotator_id = ?1 AND i.id BETWEEN ?2 AND ?3 "
          "ORDER BY i.id, a.id";
    auto statement = store.database().prepareOwned(sql);
    if (!statement)
        return std::move(statement).error();
    (*statement)->bind(1, set.id).bind(2, std::int64_t(first)).bind(3, std::int64_t(last));
    std::unique_ptr<LabelSetCursor> cursor(new LabelSetCursor(std::move(statement).value(), predictions));
    LECTOR_TRY(cursor->advance());
    return cursor;
}

Result<void> LabelSetCursor::advance()
{
    auto row = m_rows->step();
    if (!row)
        return std::move(row).error();
    m_hasRow = *row;
    if (!m_hasRow)
        m_rows->reset(); // done: let go of the read so that a snapshot around it can end
    return {};
}

Result<void> LabelSetCursor::readImage(ImageId image, std::vector<Region>& regions, std::vector<std::int64_t>& ids)
{
    while (m_hasRow) {
        const ImageId at = m_rows->columnInt64(0);
        if (at > image)
            return {};
        if (at == image) {
            ids.push_back(m_rows->columnInt64(1));
            Region& r = regions.emplace_back();
            const std::string_view points = m_rows->columnUtf8(2);
            m_points.assign(points.data(), points.size()); // one buffer for every row: no allocation per row
            if (auto p = Polygon::parse(m_points))
                r.polygon = std::move(*p);
            r.text = m_rows->columnText(3);
            r.flags = static_cast<std::uint32_t>(m_rows->columnInt64(4));
            r.script = m_rows->columnText(5);
            if (m_predictions && !m_rows->columnIsNull(6))
                r.confidence = m_rows->columnDouble(6);
        }
        LECTOR_TRY(advance());
    }
    return {};
}

} // namespace lector
