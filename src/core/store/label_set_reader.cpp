// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/label_set_reader.h>

#include <lector/store/project_store.h>

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <string>

namespace lector {

namespace {

/// Columns: image_id, id, points, text, flags, script, then (predictions) confidence.
StoredRegion readRow(const db::Statement& s, bool withConfidence)
{
    StoredRegion r;
    r.image = s.columnInt64(0);
    r.id = s.columnInt64(1);
    if (auto p = Polygon::parse(std::string(s.columnUtf8(2))))
        r.region.polygon = std::move(*p);
    r.region.text = s.columnText(3);
    r.region.flags = static_cast<std::uint32_t>(s.columnInt64(4));
    r.region.script = s.columnText(5);
    if (withConfidence && !s.columnIsNull(6))
        r.region.confidence = s.columnDouble(6);
    return r;
}

} // namespace

LabelSetReader::LabelSetReader(const ProjectStore& store)
    : m_store(store)
{
}

Result<std::vector<StoredRegion>> LabelSetReader::annotatorRegions(AnnotatorId annotator) const
{
    LECTOR_PREPARE(s, m_store.database(),
        "SELECT image_id, id, points, text, flags, script FROM annotations WHERE annotator_id = ? "
        "ORDER BY image_id, id");
    s.bind(1, annotator);
    std::vector<StoredRegion> out;
    LECTOR_TRY(s.forEachRow([&] { out.push_back(readRow(s, false)); }));
    return out;
}

Result<std::vector<StoredRegion>> LabelSetReader::runRegions(RunId run) const
{
    LECTOR_PREPARE(s, m_store.database(),
        "SELECT image_id, id, points, text, flags, script, confidence FROM predictions WHERE run_id = ? "
        "ORDER BY image_id, id");
    s.bind(1, run);
    std::vector<StoredRegion> out;
    LECTOR_TRY(s.forEachRow([&] { out.push_back(readRow(s, true)); }));
    return out;
}

Result<std::vector<ImageId>> LabelSetReader::imagesDone(AnnotatorId annotator) const
{
    LECTOR_PREPARE(s, m_store.database(),
        "SELECT image_id FROM image_states WHERE annotator_id = ? AND state = 2 ORDER BY image_id");
    s.bind(1, annotator);
    std::vector<ImageId> out;
    LECTOR_TRY(s.forEachRow([&] { out.push_back(s.columnInt64(0)); }));
    return out;
}

} // namespace lector
