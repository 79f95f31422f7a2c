// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>

#include <QString>

#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace lector::sqlite {

class Statement;

/// One SQLite connection with the project's pragmas (WAL, foreign keys, busy timeout, synchronous=NORMAL).
/// Not thread-safe: one Database per thread. Hot statements are prepared once and cached by their SQL text.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    enum class Mode { OpenExisting, CreateNew };
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode);

    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

    /// Runs one or more statements without results (DDL, pragmas).
    Result<void> exec(const std::string& sql);
    /// A cached prepared statement, reset and with its bindings cleared; valid until the Database dies.
    Result<Statement*> prepare(const std::string& sql);
    /// A statement of its own, not cached: for cursors that stay open while other reads run, where two of the
    /// same SQL must not share one statement.
    Result<std::unique_ptr<Statement>> prepareOwned(const std::string& sql);

    /// An Error from the connection's last failure: message, extended code and what was being done.
    Error lastError(const QString& what) const;
    std::int64_t lastInsertId() const;
    int changes() const;

private:
    Database(sqlite3* db, QString path);
    sqlite3* m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

} // namespace lector::sqlite
