// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "store/db/row_appender.h"

#include <lector/core/tr.h>

#include "store/db/connection.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <utility>

namespace lector::db {

RowAppender::RowAppender(Connection& db, std::string table, std::vector<std::string> columns)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
{
    m_copy = m_db.canCopyInto(m_table);
    if (m_copy) {
        m_text.reserve(kCopyChunkBytes + 4096);
        return;
    }
    // A wide table gets fewer rows per statement, so that its parameters stay under SQLite's limit.
    if (!m_columns.empty())
        m_rowsPerInsert = std::max(1, std::min(kRowsPerInsert, 30000 / int(m_columns.size())));
    m_values.reserve(std::size_t(m_rowsPerInsert) * m_columns.size());
}

// COPY's text format: the value's own characters, but for the four that frame values and rows.
void RowAppender::copyText(std::string_view utf8)
{
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            m_text += "\\\\";
            break;
        case '\t':
            m_text += "\\t";
            break;
        case '\n':
            m_text += "\\n";
            break;
        case '\r':
            m_text += "\\r";
            break;
        default:
            m_text += c;
        }
    }
}

RowAppender& RowAppender::add(std::int64_t value)
{
    ++m_inRow;
    if (m_copy) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        m_text.append(digits, std::size_t(end - digits));
        copyValueEnd();
        return *this;
    }
    Value v;
    v.kind = Value::Kind::Integer;
    v.integer = value;
    m_values.push_back(v);
    return *this;
}

RowAppender& RowAppender::add(double value)
{
    ++m_inRow;
    if (m_copy) {
        // As the statements bind a double: 17 significant digits, which read back to the same double.
        char digits[40];
        const int n = std::snprintf(digits, sizeof digits, "%.17g", value);
        m_text.append(digits, std::size_t(std::max(0, n)));
        copyValueEnd();
        return *this;
    }
    Value v;
    v.kind = Value::Kind::Real;
    v.real = value;
    m_values.push_back(v);
    return *this;
}

RowAppender& RowAppender::add(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    return add(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

RowAppender& RowAppender::add(std::string_view utf8)
{
    ++m_inRow;
    if (m_copy) {
        copyText(utf8);
        copyValueEnd();
        return *this;
    }
    Value v;
    v.kind = Value::Kind::Text;
    v.offset = m_text.size();
    v.size = utf8.size();
    m_text.append(utf8);
    m_values.push_back(v);
    return *this;
}

RowAppender& RowAppender::addNull()
{
    ++m_inRow;
    if (m_copy) {
        m_text += "\\N";
        copyValueEnd();
        return *this;
    }
    m_values.emplace_back();
    return *this;
}

std::string RowAppender::insertSql(int rows) const
{
    std::string sql = "INSERT INTO " + m_table + " (";
    std::string row = "(";
    for (std::size_t k = 0; k < m_columns.size(); ++k) {
        sql += (k ? ", " : "") + m_columns[k];
        row += k ? ", ?" : "?";
    }
    row += ')';
    sql += ") VALUES ";
    sql.reserve(sql.size() + std::size_t(rows) * (row.size() + 2));
    for (int r = 0; r < rows; ++r)
        sql += (r ? ", " : "") + row;
    return sql;
}

Result<void> RowAppender::endRow()
{
    const std::size_t given = std::exchange(m_inRow, 0);
    if (given != m_columns.size()) {
        // The row cannot be taken back out of the chunk: the whole chunk goes, and the error says it is a bug.
        m_values.clear();
        m_text.clear();
        m_rows = 0;
        return LECTOR_ERROR(ErrorCode::Internal,
            Core::tr("a row for %1 has %2 values, not %3")
                .arg(QString::fromStdString(m_table))
                .arg(given)
                .arg(m_columns.size()));
    }
    ++m_rows;
    if (m_copy) {
        if (!m_text.empty())
            m_text.back() = '\n'; // the last value's tab ends the row
        return m_text.size() >= kCopyChunkBytes ? writeCopy() : Result<void> {};
    }
    if (m_rows < m_rowsPerInsert)
        return {};
    auto insert = m_db.prepare(insertSql(m_rows));
    if (!insert)
        return std::move(insert).error();
    return write(**insert, m_rows);
}

Result<void> RowAppender::finish()
{
    if (m_rows == 0)
        return {};
    if (m_copy)
        return writeCopy();
    // The last, shorter chunk's statement is used once: not kept in the connection's cache.
    auto insert = m_db.prepareOwned(insertSql(m_rows));
    if (!insert)
        return std::move(insert).error();
    return write(**insert, m_rows);
}

namespace {

Error inChunk(Error e, int rows, const std::string& table)
{
    e.message
        = Core::tr("writing %1 rows to %2: %3").arg(QString::number(rows), QString::fromStdString(table), e.message);
    return e;
}

} // namespace

Result<void> RowAppender::writeCopy()
{
    std::string columns;
    for (const std::string& c : m_columns)
        columns += (columns.empty() ? "" : ", ") + c;
    auto copied = m_db.copyRows(m_table, columns, m_text);
    const int rows = std::exchange(m_rows, 0);
    m_text.clear();
    if (!copied)
        return inChunk(std::move(copied).error(), rows, m_table);
    m_written += rows;
    return {};
}

Result<void> RowAppender::write(Statement& insert, int rows)
{
    insert.reset();
    for (std::size_t k = 0; k < m_values.size(); ++k) {
        const Value& v = m_values[k];
        const int index = int(k) + 1;
        switch (v.kind) {
        case Value::Kind::Null:
            insert.bindNull(index);
            break;
        case Value::Kind::Integer:
            insert.bind(index, v.integer);
            break;
        case Value::Kind::Real:
            insert.bind(index, v.real);
            break;
        case Value::Kind::Text:
            insert.bind(index, std::string_view(m_text).substr(v.offset, v.size));
            break;
        }
    }
    auto ran = insert.run();
    m_values.clear();
    m_text.clear();
    m_rows = 0;
    if (!ran)
        return inChunk(std::move(ran).error(), rows, m_table);
    m_written += rows;
    return {};
}

} // namespace lector::db
