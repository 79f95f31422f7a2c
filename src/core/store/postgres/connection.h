// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// A db::Connection to a PostgreSQL server through libpq (internal to lectorcore).
//
// libpq rather than libpqxx: the store needs a dozen calls (connect, prepare, execute with text parameters, read
// text results, SQLSTATE), all of them C with no ownership puzzles, and the seam above it is ours anyway; libpqxx
// would add a second C++ error model (exceptions) under one that is Result-based everywhere else.
#pragma once

#include "store/db/connection.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace lector::postgres {

/// `?` and `?N` placeholders as PostgreSQL's `$N`, outside string literals, quoted identifiers and comments; the
/// number of parameters in `count` (the highest number), and in `used` which of them the SQL names.
std::string numberedPlaceholders(const std::string& sql, int* count = nullptr, std::vector<bool>* used = nullptr);

/// A connection string ("postgresql://user@host:port/db?sslmode=prefer" or "host=… dbname=…") shown without its
/// password.
QString withoutPassword(const QString& conninfo);

class Connection final : public db::Connection {
public:
    ~Connection() override;

    /// Connects (TLS when the server offers it, unless the string says otherwise); the error names the server and
    /// the reason (refused, unknown database, authentication).
    static Result<std::unique_ptr<Connection>> open(const QString& conninfo);

    db::Backend backend() const override { return db::Backend::Postgres; }
    bool isReadOnly() const override { return m_readOnly; }
    /// Every later transaction read-only (default_transaction_read_only): a write fails with ErrorCode::ReadOnly.
    Result<void> setReadOnly();
    QString path() const override { return m_shown; }
    Result<void> exec(const std::string& sql) override;
    Result<db::Statement*> prepare(const std::string& sql) override;
    Result<std::unique_ptr<db::Statement>> prepareOwned(const std::string& sql) override;
    Error lastError(const QString& what) const override;
    int changes() const override { return m_changes; }
    /// BEGIN and the store's write lock (see connection.cpp), waited for up to kDefaultLockWaitMs.
    Result<void> beginWrite() override;
    /// BEGIN and the store's write lock shared (pg_advisory_xact_lock_shared): label edits run together.
    Result<void> beginEdit() override;
    bool inTransaction() const override;
    bool canCopyInto(const std::string& table) override;
    Result<void> copyRows(const std::string& table, const std::string& columns, std::string_view rows) override;

    /// How long a writer waits for another's transaction before it is told the store is locked (SQLite's busy
    /// timeout, sqlite::Database::kDefaultBusyTimeoutMs, is the same).
    static constexpr int kDefaultLockWaitMs = 5000;
    /// How long connecting waits for a server that does not answer, and a statement for a link that went silent.
    static constexpr int kConnectTimeoutS = 10;
    /// How long connecting again after a loss waits (often on the UI thread, under an edit being saved): a server
    /// that does not answer by then is lost for now, the edit waits in the journal, and the next attempt tries again.
    static constexpr int kReconnectWaitMs = 3000;

    /// One NOTIFY heard on a channel this connection LISTENs to.
    struct Notice {
        std::string channel;
        std::string payload;
        int senderPid = 0; // the backend of the session that sent it
    };
    /// LISTEN on `channel` (quoted here: any text).
    Result<void> listen(const std::string& channel);
    /// Reads what the server sent without blocking and returns the notices in it, in order; an Error (Database)
    /// once the connection is lost.
    Result<std::vector<Notice>> takeNotices();
    /// The socket to wait on for notices (-1 when the connection is lost).
    int socket() const;
    /// This connection's server process, as notices name their sender.
    int backendPid() const;

    pg_conn* handle() const { return m_conn; }
    /// A connection option in effect (libpq's keyword: "tcp_user_timeout", "sslmode"…), empty when unset.
    std::string option(const char* keyword) const;
    /// An Error from a failed result (its SQLSTATE read into the code: 40001/40P01 Locked, 42501 ReadOnly).
    Error resultError(const pg_result* result, const QString& what, const std::string& sql) const;
    void setChanges(int changes) { m_changes = changes; }
    /// True while the connection is being closed: its statements need not deallocate themselves.
    bool closing() const { return m_closing; }
    /// A fresh name for a server-side prepared statement.
    std::string nextStatementName();
    /// Connects again when the connection was lost between transactions (a server restart, a network drop): the
    /// session's settings (SET …, read-only) are made again and prepared statements prepared anew on their next
    /// run (session()). Lost inside a transaction, nothing of it was written and the error says so; the next
    /// transaction connects again. `startsTransaction`: the caller is about to BEGIN.
    Result<void> reconnectIfLost(bool startsTransaction);
    /// Prepares `numbered` on the server under `name` (connecting again first, or once more, when the connection
    /// turned out lost outside a transaction); `sql` names it in an error.
    Result<void> prepareOnServer(const std::string& name, const std::string& numbered,
        const std::vector<unsigned int>& types, const std::string& sql);
    /// After a failure: the connection turned out lost, and `sql` may simply run again on a new session: a BEGIN,
    /// or a read outside any transaction (never a write whose commit the server may have made before the loss).
    bool mayRunAgain(const std::string& sql) const;
    /// Counts the server sessions this connection has had: a statement prepared in another must be prepared again.
    int session() const { return m_session; }

private:
    Connection(pg_conn* conn, QString shown);
    pg_conn* m_conn = nullptr;
    QString m_shown;
    Result<void> beginLocked(const char* lockFunction);
    int m_changes = 0;
    bool m_closing = false;
    bool m_readOnly = false;
    bool m_transactionOpen = false; // BEGIN ran and neither COMMIT nor ROLLBACK since
    int m_session = 0;
    std::vector<std::string> m_sessionSettings; // the SETs made, in order, to make again on a new session
    std::int64_t m_statements = 0;
    std::unordered_map<std::string, std::unique_ptr<db::Statement>> m_cache;
    /// PQreset, waiting at most `ms`; true when connected again.
    bool resetWithin(int ms);
    /// True when the table's row-level security applies to this session's user (asked once per table).
    bool rowSecurityApplies(const std::string& table);
    /// A statement prepared on the server; `streams`: a read inside a transaction goes through a cursor.
    Result<std::unique_ptr<db::Statement>> makeStatement(const std::string& sql, bool streams);
    /// One COPY … FROM STDIN of `rows` into `table`.
    Result<void> copyIn(const std::string& table, const std::string& columns, std::string_view rows);
    std::unordered_map<std::string, bool> m_rowSecurity;
    std::optional<bool> m_mayStage; // the user may make temporary tables, to stage rows for a table under policies
};

} // namespace lector::postgres
