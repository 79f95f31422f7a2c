// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "store/sqlite/database.h"

#include "store/sqlite/statement.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace lector::sqlite {

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::~Database()
{
    m_cache.clear(); // finalize every statement before closing
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    const bool memory = path == QStringLiteral(":memory:");
    if (!memory) {
        const bool exists = QFileInfo::exists(path);
        if (mode == Mode::OpenExisting && !exists)
            return LECTOR_ERROR(ErrorCode::NotFound, QStringLiteral("no project file here")).at(path);
        if (mode == Mode::CreateNew && exists)
            return LECTOR_ERROR(ErrorCode::InvalidArgument, QStringLiteral("a file of that name exists already"))
                .at(path);
    }
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (mode == Mode::CreateNew)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* handle = nullptr;
    const QByteArray utf8 = path.toUtf8();
    int rc = sqlite3_open_v2(utf8.constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        QString msg = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("out of memory");
        sqlite3_close_v2(handle);
        return LECTOR_ERROR(ErrorCode::Database, QStringLiteral("cannot open the project: %1").arg(msg)).at(path);
    }
    sqlite3_extended_result_codes(handle, 1);
    std::unique_ptr<Database> db(new Database(handle, path));
    // Is it an SQLite database at all? Reading the schema fails with SQLITE_NOTADB when not.
    auto probe = db->exec("SELECT count(*) FROM sqlite_master;");
    if (!probe)
        return LECTOR_ERROR(ErrorCode::Database, QStringLiteral("not a Lector project (not an SQLite database)"))
            .at(path)
            .withDetail(probe.error().message);
    const char* pragmas = "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";
    LECTOR_TRY(db->exec(pragmas));
    if (!memory) {
        auto wal = db->prepare("PRAGMA journal_mode=WAL;");
        if (!wal)
            return std::move(wal).error();
        auto row = (*wal)->step();
        if (!row)
            return std::move(row).error();
        (*wal)->reset();
    }
    return db;
}

Result<void> Database::exec(const std::string& sql)
{
    char* err = nullptr;
    int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        Error e = lastError(QStringLiteral("running SQL"));
        if (err) {
            e.detail = QString::fromUtf8(err) + QStringLiteral(" in: ") + QString::fromStdString(sql.substr(0, 200));
            sqlite3_free(err);
        }
        return e;
    }
    return {};
}

Result<Statement*> Database::prepare(const std::string& sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        it->second->reset();
        return it->second.get();
    }
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(
        m_db, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return lastError(QStringLiteral("preparing a statement"))
            .withDetail(QString::fromStdString(sql) + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
    auto owned = std::make_unique<Statement>(*this, stmt, sql);
    Statement* raw = owned.get();
    m_cache.emplace(sql, std::move(owned));
    return raw;
}

Result<std::unique_ptr<Statement>> Database::prepareOwned(const std::string& sql)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(m_db, sql.c_str(), static_cast<int>(sql.size()), 0, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return lastError(QStringLiteral("preparing a statement"))
            .withDetail(QString::fromStdString(sql) + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
    return std::make_unique<Statement>(*this, stmt, sql);
}

Error Database::lastError(const QString& what) const
{
    const int code = sqlite3_extended_errcode(m_db);
    const int primary = code & 0xff;
    ErrorCode ec = ErrorCode::Database;
    QString message;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        ec = ErrorCode::Locked;
        message = QStringLiteral("the project is locked by another program; try again when it is done");
    } else if (primary == SQLITE_FULL) {
        ec = ErrorCode::Io;
        message = QStringLiteral("the disk is full; nothing was written");
    } else if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_CANTOPEN) {
        ec = ErrorCode::Io;
        message = QStringLiteral("the project cannot be written (read-only file or folder)");
    } else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
        message = QStringLiteral("the project file is damaged");
    } else {
        message = QStringLiteral("database error while %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    return LECTOR_ERROR(ec, message)
        .at(m_path)
        .withDetail(QStringLiteral("%1 (extended code %2)").arg(QString::fromUtf8(sqlite3_errmsg(m_db))).arg(code));
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

} // namespace lector::sqlite
