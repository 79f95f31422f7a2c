// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "store/db/connection.h"

#include <lector/core/result.h>

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace lector::sqlite {

class Statement;

/// One SQLite connection with the project's pragmas (WAL, foreign keys, busy timeout, synchronous=NORMAL).
/// Not thread-safe: one Database per thread. Hot statements are prepared once and cached by their SQL text.
///
/// Opening tells apart what can go wrong, as the user must act on it: a file another program holds locked
/// (ErrorCode::Locked, after waiting the busy timeout), a file or folder without write permission
/// (ErrorCode::ReadOnly: open it with Mode::ReadOnly), and a file that is damaged or no database at all
/// (ErrorCode::Corrupt).
class Database final : public db::Connection {
public:
    ~Database() override;

    /// ReadOnly opens an existing file without ever writing it; when SQLite cannot create the WAL index (-shm)
    /// beside it (a read-only folder or file system) and no write-ahead log is left to read, it is opened as
    /// immutable.
    enum class Mode { OpenExisting, CreateNew, ReadOnly };
    static constexpr int kDefaultBusyTimeoutMs = 5000;
    /// `busyTimeoutMs` is set before the first query: opening waits that long for another program's lock.
    static Result<std::unique_ptr<Database>> open(
        const QString& path, Mode mode, int busyTimeoutMs = kDefaultBusyTimeoutMs);

    /// True when the connection cannot write (opened with Mode::ReadOnly).
    bool isReadOnly() const override;
    db::Backend backend() const override { return db::Backend::Sqlite; }

    sqlite3* handle() const { return m_db; }
    QString path() const override { return m_path; }

    /// Runs one or more statements without results (DDL, pragmas).
    Result<void> exec(const std::string& sql) override;
    /// A cached prepared statement, reset and with its bindings cleared; valid until the Database dies.
    Result<db::Statement*> prepare(const std::string& sql) override;
    /// A statement of its own, not cached: for cursors that stay open while other reads run, where two of the
    /// same SQL must not share one statement.
    Result<std::unique_ptr<db::Statement>> prepareOwned(const std::string& sql) override;

    /// An Error from the connection's last failure: message, extended code and what was being done.
    Error lastError(const QString& what) const override;
    int changes() const override;
    Result<void> beginWrite() override { return exec("BEGIN IMMEDIATE;"); }
    bool inTransaction() const override;

private:
    Database(sqlite3* db, QString path);
    static Result<sqlite3*> openHandle(const QString& path, Mode mode, bool immutable, int busyTimeoutMs);
    /// The first query, which is where SQLite finds out what the file is; its failure as the user should read it.
    /// Returns the number of sqlite_master entries (0: an empty file).
    static Result<std::int64_t> probe(sqlite3* handle, const QString& path, Mode mode);
    sqlite3* m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

} // namespace lector::sqlite
