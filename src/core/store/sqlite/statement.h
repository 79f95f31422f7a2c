// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "store/db/connection.h"

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
class Statement final : public db::Statement {
public:
    Statement(Database& db, sqlite3_stmt* stmt, std::string sql);
    ~Statement() override;

    using db::Statement::bind;
    void reset() override;
    db::Statement& bind(int index, std::int64_t value) override;
    db::Statement& bind(int index, double value) override;
    db::Statement& bind(int index, const QString& value) override;
    db::Statement& bind(int index, std::string_view utf8) override;
    db::Statement& bindNull(int index) override;
    Result<bool> step() override;
    Result<void> run() override;
    std::int64_t columnInt64(int column) const override;
    double columnDouble(int column) const override;
    bool columnIsNull(int column) const override;
    QString columnText(int column) const override;
    std::string_view columnUtf8(int column) const override;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    std::string m_sql;
    int m_bindError = 0;
};

} // namespace lector::sqlite
