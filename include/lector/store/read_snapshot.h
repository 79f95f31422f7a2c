// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>

#include <memory>

namespace lector {

class ProjectStore;

/// Every read on the store's connection while it lives sees one committed state of the project, however long the
/// reads take and whatever other connections write meanwhile (WAL keeps that state for it). A long read made of
/// several queries, such as cursors walked side by side, takes one so that its queries agree. On SQLite a SAVEPOINT,
/// so that it also nests inside a transaction already open on the connection; on PostgreSQL a REPEATABLE READ, READ
/// ONLY transaction when none is open (a SAVEPOINT inside one that is). Ended when it dies. Reads only: it must
/// not outlive the store, and statements opened under it must be reset or finalized before it ends.
class ReadSnapshot {
public:
    static Result<std::unique_ptr<ReadSnapshot>> begin(const ProjectStore& store);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    ReadSnapshot(const ProjectStore& store, bool ownTransaction);
    const ProjectStore& m_store;
    bool m_ownTransaction; // a transaction of its own to commit, not a SAVEPOINT to release
};

} // namespace lector
