// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/image_property_repository.h>

#include <lector/store/project_store.h>

#include "store/annotation_rows.h"
#include "store/db/transaction.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

namespace lector {

Result<std::vector<StoredImageProperties>> ImagePropertyRepository::all() const
{
    LECTOR_PREPARE(s, m_store.database(),
        "SELECT image_id, file_size, file_mtime, brightness, contrast, sharpness, skew FROM image_properties "
        "ORDER BY image_id");
    std::vector<StoredImageProperties> out;
    LECTOR_TRY(s.forEachRow([&] {
        StoredImageProperties p;
        p.image = s.columnInt64(0);
        p.fileSize = s.columnInt64(1);
        p.fileMtime = s.columnInt64(2);
        p.properties.brightness = s.columnDouble(3);
        p.properties.contrast = s.columnDouble(4);
        p.properties.sharpness = s.columnDouble(5);
        p.properties.skew = s.columnDouble(6);
        out.push_back(p);
    }));
    return out;
}

Result<void> ImagePropertyRepository::put(const std::vector<StoredImageProperties>& rows)
{
    db::Connection& db = m_store.database();
    auto tx = db::Transaction::begin(db);
    if (!tx)
        return std::move(tx).error();
    LECTOR_PREPARE(s, db,
        "INSERT INTO image_properties (image_id, file_size, file_mtime, brightness, contrast, sharpness, skew, "
        "measured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (image_id) DO UPDATE SET "
        "file_size = excluded.file_size, file_mtime = excluded.file_mtime, brightness = excluded.brightness, "
        "contrast = excluded.contrast, sharpness = excluded.sharpness, skew = excluded.skew, "
        "measured_at = excluded.measured_at");
    const std::int64_t now = store::nowMs();
    for (const StoredImageProperties& p : rows) {
        s.reset();
        s.bind(1, p.image)
            .bind(2, p.fileSize)
            .bind(3, p.fileMtime)
            .bind(4, p.properties.brightness)
            .bind(5, p.properties.contrast)
            .bind(6, p.properties.sharpness)
            .bind(7, p.properties.skew)
            .bind(8, now);
        LECTOR_TRY(s.run());
    }
    return tx->commit();
}

} // namespace lector
