// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/image_hash_repository.h>

#include <lector/store/project_store.h>

#include "store/annotation_rows.h"
#include "store/db/transaction.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

namespace lector {

Result<std::vector<StoredImageHash>> ImageHashRepository::all() const
{
    LECTOR_PREPARE(s, m_store.database(),
        "SELECT image_id, file_size, file_mtime, width, height, phash, dhash, rhash, coalesce(pixel_sha256, '') "
        "FROM image_hashes ORDER BY image_id");
    std::vector<StoredImageHash> out;
    LECTOR_TRY(s.forEachRow([&] {
        StoredImageHash h;
        h.image = s.columnInt64(0);
        h.fileSize = s.columnInt64(1);
        h.fileMtime = s.columnInt64(2);
        h.hashes.width = s.columnInt(3);
        h.hashes.height = s.columnInt(4);
        h.hashes.phash = std::uint64_t(s.columnInt64(5));
        h.hashes.dhash = std::uint64_t(s.columnInt64(6));
        h.hashes.rhash = std::uint64_t(s.columnInt64(7));
        h.pixelSha256 = s.columnText(8);
        out.push_back(std::move(h));
    }));
    return out;
}

Result<void> ImageHashRepository::put(const std::vector<StoredImageHash>& rows)
{
    db::Connection& db = m_store.database();
    auto tx = db::Transaction::begin(db);
    if (!tx)
        return std::move(tx).error();
    LECTOR_PREPARE(s, db,
        "INSERT INTO image_hashes (image_id, file_size, file_mtime, width, height, phash, dhash, rhash, "
        "pixel_sha256, hashed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (image_id) DO UPDATE SET "
        "file_size = excluded.file_size, file_mtime = excluded.file_mtime, width = excluded.width, "
        "height = excluded.height, phash = excluded.phash, dhash = excluded.dhash, rhash = excluded.rhash, "
        "pixel_sha256 = excluded.pixel_sha256, hashed_at = excluded.hashed_at");
    const std::int64_t now = store::nowMs();
    for (const StoredImageHash& h : rows) {
        s.reset();
        s.bind(1, h.image)
            .bind(2, h.fileSize)
            .bind(3, h.fileMtime)
            .bind(4, h.hashes.width)
            .bind(5, h.hashes.height)
            .bind(6, std::int64_t(h.hashes.phash))
            .bind(7, std::int64_t(h.hashes.dhash))
            .bind(8, std::int64_t(h.hashes.rhash));
        if (h.pixelSha256.isEmpty())
            s.bindNull(9);
        else
            s.bind(9, h.pixelSha256);
        s.bind(10, now);
        LECTOR_TRY(s.run());
    }
    return tx->commit();
}

Result<void> ImageHashRepository::setPixelSha256(const std::vector<std::pair<ImageId, QString>>& values)
{
    db::Connection& db = m_store.database();
    auto tx = db::Transaction::begin(db);
    if (!tx)
        return std::move(tx).error();
    LECTOR_PREPARE(s, db, "UPDATE image_hashes SET pixel_sha256 = ? WHERE image_id = ?");
    for (const auto& [image, sha] : values) {
        s.reset();
        s.bind(1, sha).bind(2, image);
        LECTOR_TRY(s.run());
    }
    return tx->commit();
}

} // namespace lector
