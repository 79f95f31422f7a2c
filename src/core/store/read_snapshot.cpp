// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/read_snapshot.h>

#include <lector/store/project_store.h>

#include "store/sqlite/database.h"

namespace lector {

ReadSnapshot::ReadSnapshot(const ProjectStore& store)
    : m_store(store)
{
}

Result<std::unique_ptr<ReadSnapshot>> ReadSnapshot::begin(const ProjectStore& store)
{
    // Outside a transaction a SAVEPOINT opens a deferred one: its first read fixes the snapshot for the rest.
    LECTOR_TRY(store.database().exec("SAVEPOINT lector_read_snapshot;"));
    return std::unique_ptr<ReadSnapshot>(new ReadSnapshot(store));
}

ReadSnapshot::~ReadSnapshot()
{
    // Nothing was written under it, so releasing cannot lose work; a failure leaves the connection as it was.
    (void)m_store.database().exec("RELEASE lector_read_snapshot;");
}

} // namespace lector
