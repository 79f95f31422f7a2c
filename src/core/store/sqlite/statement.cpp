// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "store/sqlite/statement.h"

#include <lector/core/tr.h>

#include "store/sqlite/database.h"

#include <sqlite3.h>

namespace lector::sqlite {

Statement::Statement(Database& db, sqlite3_stmt* stmt, std::string sql)
    : m_db(db)
    , m_stmt(stmt)
    , m_sql(std::move(sql))
{
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

db::Statement& Statement::bind(int index, std::int64_t value)
{
    if (int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

db::Statement& Statement::bind(int index, double value)
{
    if (int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

db::Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    if (int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

db::Statement& Statement::bind(int index, std::string_view utf8)
{
    if (int rc = sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

db::Statement& Statement::bindNull(int index)
{
    if (int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != 0)
        return LECTOR_ERROR(ErrorCode::Internal, Core::tr("cannot bind a value"))
            .at(m_db.path())
            .withDetail(QString::fromStdString(m_sql));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = m_db.lastError(Core::tr("running a statement"));
    e.detail += QStringLiteral(" in: ") + QString::fromStdString(m_sql);
    sqlite3_reset(m_stmt);
    return e;
}

Result<void> Statement::run()
{
    auto r = step();
    if (!r)
        return std::move(r).error();
    sqlite3_reset(m_stmt);
    return {};
}

std::int64_t Statement::columnInt64(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::columnDouble(int column) const { return sqlite3_column_double(m_stmt, column); }

bool Statement::columnIsNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

QString Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return text ? QString::fromUtf8(text, n) : QString();
}

std::string_view Statement::columnUtf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string_view(text, static_cast<size_t>(n)) : std::string_view();
}

} // namespace lector::sqlite
