// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace lector::sqlite {

class Database;

/// A prepared statement; finalized in its destructor. Bind indexes start at 1, column indexes at 0.
/// step() returns true while a row is available.
class Statement {
public:
    Statement(Database& db, sqlite3_stmt* stmt, std::string sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void reset();
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, std::string_view utf8);
    Statement& bindNull(int index);

    /// Advances; true when a row is ready, false when done. Errors (including a bind that failed) come back here.
    Result<bool> step();
    /// Steps a statement that returns no rows.
    Result<void> run();
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

    std::int64_t columnInt64(int column) const;
    int columnInt(int column) const { return static_cast<int>(columnInt64(column)); }
    double columnDouble(int column) const;
    bool columnIsNull(int column) const;
    QString columnText(int column) const;
    std::string_view columnUtf8(int column) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    std::string m_sql;
    int m_bindError = 0;
};

} // namespace lector::sqlite

/// In a function that returns a Result: prepares `sql` on `db` (a sqlite::Database) as the sqlite::Statement `var`,
/// or returns the error.
// `var` names the statement the macro declares: it cannot be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define LECTOR_PREPARE(var, db, sql)                                                                                   \
    auto var##Result_ = (db).prepare(sql);                                                                             \
    if (!var##Result_)                                                                                                 \
        return std::move(var##Result_).error();                                                                        \
    sqlite::Statement& var = **var##Result_
// NOLINTEND(bugprone-macro-parentheses)
