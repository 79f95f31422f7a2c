// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The one connection interface the store's repositories run their SQL through (internal to lectorcore): SQLite
// (a project file, store/sqlite) and PostgreSQL (a team's server, store/postgres) implement it.
#pragma once

#include <lector/core/result.h>
#include <lector/core/tr.h>

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace lector::db {

enum class Backend { Sqlite, Postgres };

/// A prepared statement. SQL is written once for both backends, with `?` or `?N` placeholders (the PostgreSQL
/// connection numbers them `$N`). Bind indexes start at 1, column indexes at 0. step() returns true while a row is
/// available; a statement that reported its end is ready to run again.
class Statement {
public:
    virtual ~Statement() = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Back to before the first step, bindings cleared.
    virtual void reset() = 0;
    virtual Statement& bind(int index, std::int64_t value) = 0;
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    virtual Statement& bind(int index, double value) = 0;
    virtual Statement& bind(int index, const QString& value) = 0;
    virtual Statement& bind(int index, std::string_view utf8) = 0;
    virtual Statement& bindNull(int index) = 0;

    /// Advances; true when a row is ready, false when done. Errors (including a bind that failed) come back here.
    virtual Result<bool> step() = 0;
    /// Steps a statement that returns no rows, then resets it (its bindings kept).
    virtual Result<void> run() = 0;

    /// Runs an INSERT … RETURNING id (SQLite 3.35 and PostgreSQL alike) and gives that id; the statement is reset.
    Result<std::int64_t> runReturningId()
    {
        auto row = step();
        if (!row)
            return std::move(row).error();
        if (!*row) {
            reset();
            return LECTOR_ERROR(ErrorCode::Internal, Core::tr("an insert returned no id"));
        }
        const std::int64_t id = columnInt64(0);
        auto done = step();
        reset();
        if (!done)
            return std::move(done).error();
        return id;
    }

    /// Calls onRow() for each row, reading columns from this statement; stops at the first error.
    template <typename OnRow> Result<void> forEachRow(OnRow&& onRow)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return std::move(row).error();
            if (!*row)
                return {};
            onRow();
        }
    }

    /// The first row read by `read()`, or nullopt when there is none; the statement is reset afterwards.
    template <typename Read> auto firstRow(Read&& read) -> Result<std::optional<decltype(read())>>
    {
        using Value = decltype(read());
        auto row = step();
        if (!row)
            return std::move(row).error();
        std::optional<Value> value;
        if (*row)
            value = read();
        reset();
        return value;
    }

    virtual std::int64_t columnInt64(int column) const = 0;
    int columnInt(int column) const { return static_cast<int>(columnInt64(column)); }
    virtual double columnDouble(int column) const = 0;
    virtual bool columnIsNull(int column) const = 0;
    virtual QString columnText(int column) const = 0;
    /// Valid until the next step or reset.
    virtual std::string_view columnUtf8(int column) const = 0;

protected:
    Statement() = default;
};

/// One connection to a project's store.
class Connection {
public:
    virtual ~Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    virtual Backend backend() const = 0;
    /// True when the connection cannot write.
    virtual bool isReadOnly() const = 0;
    /// What errors name: the project file, or the server's URL without its password.
    virtual QString path() const = 0;

    /// Runs one or more statements without results (DDL, settings).
    virtual Result<void> exec(const std::string& sql) = 0;
    /// A cached prepared statement, reset and with its bindings cleared; valid until the connection dies.
    virtual Result<Statement*> prepare(const std::string& sql) = 0;
    /// A statement of its own, not cached: for cursors that stay open while other reads run.
    virtual Result<std::unique_ptr<Statement>> prepareOwned(const std::string& sql) = 0;

    /// An Error from the connection's last failure: message, the backend's code and what was being done.
    virtual Error lastError(const QString& what) const = 0;
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    virtual int changes() const = 0;

    /// A write transaction: SQLite takes the write lock at once (BEGIN IMMEDIATE), so that two writers never
    /// deadlock upgrading a read lock; PostgreSQL's rows lock as they are written.
    virtual Result<void> beginWrite() = 0;
    /// A write transaction that only edits labels (annotations, their states, the log): SQLite's is beginWrite();
    /// PostgreSQL's shares the write lock with other label edits (row locks keep them apart), so that a team's
    /// edits run side by side and wait only for the writers that look up and then insert.
    virtual Result<void> beginEdit() { return beginWrite(); }
    /// True when rows may be written to `table` by copyRows(): PostgreSQL (by COPY, or for a user under the table's
    /// row-level security through a temporary table of their own). SQLite has no such path.
    virtual bool canCopyInto(const std::string& table) { return (void)table, false; }
    /// Writes rows given in COPY's text format (tab between values, a newline after each row, `\N` for NULL, `\`,
    /// tab, newline and carriage return escaped) into `columns` of `table`, in one COPY … FROM STDIN.
    virtual Result<void> copyRows(const std::string& table, const std::string& columns, std::string_view rows)
    {
        (void)columns, (void)rows;
        return LECTOR_ERROR(
            ErrorCode::Internal, Core::tr("this store cannot copy rows into %1").arg(QString::fromStdString(table)));
    }
    /// True inside a transaction (a write, a read snapshot, or a SAVEPOINT that opened one).
    virtual bool inTransaction() const = 0;
    Result<void> commit() { return exec("COMMIT;"); }
    Result<void> rollback() { return exec("ROLLBACK;"); }

protected:
    Connection() = default;
};

} // namespace lector::db

/// In a function that returns a Result: prepares `sql` on `connection` (a db::Connection) as the db::Statement `var`,
/// or returns the error.
// `var` names the statement the macro declares: it cannot be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define LECTOR_PREPARE(var, connection, sql)                                                                           \
    auto var##Result_ = (connection).prepare(sql);                                                                     \
    if (!var##Result_)                                                                                                 \
        return std::move(var##Result_).error();                                                                        \
    ::lector::db::Statement& var = **var##Result_
// NOLINTEND(bugprone-macro-parentheses)
