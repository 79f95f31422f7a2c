// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/read_snapshot.h>

#include <lector/store/project_store.h>

#include "store/db/connection.h"

namespace lector {

ReadSnapshot::ReadSnapshot(const ProjectStore& store, bool ownTransaction)
    : m_store(store)
    , m_ownTransaction(ownTransaction)
{
}

Result<std::unique_ptr<ReadSnapshot>> ReadSnapshot::begin(const ProjectStore& store)
{
    db::Connection& db = store.database();
    if (db.backend() == db::Backend::Postgres && !db.inTransaction()) {
        // PostgreSQL has no SAVEPOINT outside a transaction; REPEATABLE READ fixes the snapshot at the first read.
        LECTOR_TRY(db.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;"));
        return std::unique_ptr<ReadSnapshot>(new ReadSnapshot(store, true));
    }
    // Outside a transaction a SAVEPOINT opens a deferred one: its first read fixes the snapshot for the rest.
    LECTOR_TRY(db.exec("SAVEPOINT lector_read_snapshot;"));
    return std::unique_ptr<ReadSnapshot>(new ReadSnapshot(store, false));
}

ReadSnapshot::~ReadSnapshot()
{
    // Nothing was written under it, so ending it cannot lose work; a failure leaves the connection as it was.
    (void)m_store.database().exec(m_ownTransaction ? "COMMIT;" : "RELEASE lector_read_snapshot;");
}

} // namespace lector
