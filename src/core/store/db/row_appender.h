// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Many rows into one table through one INSERT per chunk (internal to lectorcore): the bulk writers' (import, push,
// pull) way to the store on either backend.
#pragma once

#include <lector/core/result.h>

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lector::db {

class Connection;
class Statement;

/// Appends rows to one table inside the caller's transaction, in chunks: on a server that is one round trip per
/// chunk instead of one per row (a loopback round trip costs about as much as the server's work on a whole row).
/// On PostgreSQL (canCopyInto) a chunk is one COPY … FROM STDIN of kCopyChunkBytes: straight into the table for its
/// owner, and through a temporary table and one INSERT … SELECT for a member under row-level security (PostgreSQL
/// refuses COPY FROM there; the policies check each row of the INSERT). Elsewhere (a file, or a server user who may
/// not make temporary tables) a chunk is one multi-row `INSERT … VALUES (…), (…)` of kRowsPerInsert rows, prepared
/// once. Values are given in the order of `columns`, each row closed by endRow(); finish() writes the rest. Between
/// chunks the connection is free for other statements, but rows become visible to its reads only as their chunk is
/// written: a caller that reads what it appended calls finish() first.
class RowAppender {
public:
    RowAppender(Connection& db, std::string table, std::vector<std::string> columns);
    RowAppender(const RowAppender&) = delete;
    RowAppender& operator=(const RowAppender&) = delete;

    RowAppender& add(std::int64_t value);
    RowAppender& add(int value) { return add(static_cast<std::int64_t>(value)); }
    RowAppender& add(double value);
    RowAppender& add(const QString& value);
    RowAppender& add(std::string_view utf8);
    RowAppender& addNull();
    /// Closes the row; writes a chunk when one is full. An error names the table and the failure; the rows of the
    /// failed chunk are dropped (the caller's transaction is to be rolled back).
    Result<void> endRow();
    /// Writes the rows not yet written.
    Result<void> finish();

    /// Rows per INSERT: enough that a round trip is a small share of a chunk, few enough that one statement's
    /// parameters stay far under both backends' limits (SQLite 32,766, PostgreSQL 65,535).
    static constexpr int kRowsPerInsert = 250;
    /// How much COPY text a chunk gathers before it is sent.
    static constexpr std::size_t kCopyChunkBytes = std::size_t(1) << 20;
    /// Rows written so far.
    std::int64_t written() const { return m_written; }
    /// True when the rows go by COPY.
    bool copies() const { return m_copy; }

private:
    struct Value {
        enum class Kind : std::uint8_t { Null, Integer, Real, Text } kind = Kind::Null;
        std::int64_t integer = 0;
        double real = 0;
        std::size_t offset = 0; // Text: its bytes in m_text
        std::size_t size = 0;
    };
    std::string insertSql(int rows) const;
    Result<void> write(Statement& insert, int rows);
    Result<void> writeCopy();
    void copyText(std::string_view utf8);
    void copyValueEnd() { m_text += '\t'; }

    Connection& m_db;
    std::string m_table;
    std::vector<std::string> m_columns;
    int m_rowsPerInsert = kRowsPerInsert;
    bool m_copy = false;
    std::vector<Value> m_values; // INSERT: the rows not yet written, row after row
    std::string m_text; // INSERT: their text values, one after another; COPY: the rows not yet written, as COPY text
    int m_rows = 0; // rows not yet written
    std::size_t m_inRow = 0; // values given for the open row
    std::int64_t m_written = 0;
};

} // namespace lector::db
