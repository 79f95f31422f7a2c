// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "store/sqlite/database.h"

#include <lector/core/tr.h>

#include "store/sqlite/statement.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace lector::sqlite {

namespace {
constexpr std::int64_t kMmapBytes = std::int64_t(1) << 30; // up to 1 GiB of the file mapped
}

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

namespace {

bool isMemory(const QString& path) { return path == QStringLiteral(":memory:"); }

/// An SQLite URI for `path` with `query` ("immutable=1"): the characters a URI gives meaning to are escaped.
QByteArray fileUri(const QString& path, const char* query)
{
    return QByteArrayLiteral("file:") + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/")
        + QByteArrayLiteral("?") + query;
}

/// Whether a write-ahead log with content lies beside the file: an immutable connection would not see it.
bool hasWalContent(const QString& path) { return QFileInfo(path + QStringLiteral("-wal")).size() > 0; }

QString sqliteMessage(sqlite3* handle)
{
    return handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : Core::tr("out of memory");
}

} // namespace

Result<sqlite3*> Database::openHandle(const QString& path, Mode mode, bool immutable, int busyTimeoutMs)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == Mode::CreateNew)
        flags |= SQLITE_OPEN_CREATE;
    QByteArray name = path.toUtf8();
    if (immutable) {
        flags |= SQLITE_OPEN_URI;
        name = fileUri(path, "immutable=1");
    }
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = sqliteMessage(handle);
        sqlite3_close_v2(handle);
        return LECTOR_ERROR(ErrorCode::Database, Core::tr("cannot open the project: %1").arg(msg)).at(path);
    }
    sqlite3_extended_result_codes(handle, 1);
    // Before any query: the first one already takes a lock, and a writer that holds the file (an import, a
    // connection in locking_mode=EXCLUSIVE) must be waited for, not mistaken for a damaged file.
    sqlite3_busy_timeout(handle, std::max(0, busyTimeoutMs));
    return handle;
}

Result<std::int64_t> Database::probe(sqlite3* handle, const QString& path, Mode mode)
{
    std::int64_t entries = 0;
    const auto count = [](void* into, int, char** values, char**) {
        *static_cast<std::int64_t*>(into) = values[0] ? std::strtoll(values[0], nullptr, 10) : 0;
        return 0;
    };
    char* err = nullptr;
    const int rc = sqlite3_exec(handle, "SELECT count(*) FROM sqlite_master;", count, &entries, &err);
    sqlite3_free(err);
    if (rc == SQLITE_OK) {
        if (mode != Mode::ReadOnly && !isMemory(path) && sqlite3_db_readonly(handle, "main") == 1)
            return LECTOR_ERROR(ErrorCode::ReadOnly, Core::tr("the project is read-only: the file cannot be written"))
                .at(path)
                .withDetail(QStringLiteral("SQLite opened the file read-only"));
        return entries;
    }
    const int code = sqlite3_extended_errcode(handle);
    const QString detail = QStringLiteral("%1 (extended code %2)").arg(sqliteMessage(handle)).arg(code);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return LECTOR_ERROR(
            ErrorCode::Locked, Core::tr("the project is locked by another program; try again when it is done"))
            .at(path)
            .withDetail(detail);
    case SQLITE_NOTADB:
        return LECTOR_ERROR(ErrorCode::Corrupt, Core::tr("not a Lector project (not an SQLite database)"))
            .at(path)
            .withDetail(detail);
    case SQLITE_CORRUPT:
        return LECTOR_ERROR(ErrorCode::Corrupt, Core::tr("the project file is damaged (SQLite finds it corrupt)"))
            .at(path)
            .withDetail(detail);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        // The database file opened, so what cannot be opened is its -wal or -shm, which SQLite creates beside it.
        return LECTOR_ERROR(
            ErrorCode::ReadOnly, Core::tr("the project is read-only: no write permission for the file or its folder"))
            .at(path)
            .withDetail(detail);
    case SQLITE_IOERR:
        return LECTOR_ERROR(ErrorCode::Io, Core::tr("cannot read the project: %1").arg(sqliteMessage(handle)))
            .at(path)
            .withDetail(detail);
    default:
        return LECTOR_ERROR(ErrorCode::Database, Core::tr("cannot open the project: %1").arg(sqliteMessage(handle)))
            .at(path)
            .withDetail(detail);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode, int busyTimeoutMs)
{
    const bool memory = isMemory(path);
    if (!memory) {
        const QFileInfo info(path);
        if (mode != Mode::CreateNew && !info.exists())
            return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("no project file here")).at(path);
        if (mode == Mode::CreateNew && info.exists())
            return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a file of that name exists already")).at(path);
        if (info.isDir())
            return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a folder, not a project file")).at(path);
    }
    auto opened = openHandle(path, mode, false, busyTimeoutMs);
    if (!opened)
        return std::move(opened).error();
    std::unique_ptr<Database> db(new Database(*opened, path));
    auto probed = probe(db->m_db, path, mode);
    if (!probed && mode == Mode::ReadOnly && probed.error().code == ErrorCode::ReadOnly) {
        // A WAL file needs its -shm index, which SQLite cannot create in a read-only folder. With no log left to
        // read, the file alone is the whole database: read it as immutable (no locks, no -shm). Nobody else can
        // be writing it, or their -shm would be there. With a log, the file alone is out of date.
        if (hasWalContent(path))
            return LECTOR_ERROR(ErrorCode::ReadOnly,
                Core::tr("the project cannot be read: its folder is read-only and changes in %1-wal were "
                         "never merged into it; open it once where it can be written")
                    .arg(QFileInfo(path).fileName()))
                .at(path)
                .withDetail(probed.error().detail);
        db.reset();
        opened = openHandle(path, mode, true, busyTimeoutMs);
        if (!opened)
            return std::move(opened).error();
        db.reset(new Database(*opened, path));
        probed = probe(db->m_db, path, mode);
    }
    if (!probed)
        return std::move(probed).error();
    LECTOR_TRY(db->exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"));
    // Reads through a memory map instead of a pread and a copy per page: the whole-project passes (agreement,
    // evaluation, suspects, drift) spent a tenth of their time there. SQLite still writes with write(2) (no
    // SQLITE_MMAP_READWRITE in Debian's build), so a crash cannot leave a half-written page through the map.
    LECTOR_TRY(db->exec("PRAGMA mmap_size=" + std::to_string(kMmapBytes) + ";"));
    // Switching an empty file to WAL writes its first page: an existing file that is empty (0 bytes) is no project,
    // and the caller refuses it as it is.
    const bool empty = *probed == 0;
    if (!memory && (mode == Mode::CreateNew || (mode == Mode::OpenExisting && !empty))) {
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

bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

bool Database::isReadOnly() const { return sqlite3_db_readonly(m_db, "main") == 1; }

Result<void> Database::exec(const std::string& sql)
{
    char* err = nullptr;
    int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        Error e = lastError(Core::tr("running SQL"));
        if (err) {
            e.detail = QString::fromUtf8(err) + QStringLiteral(" in: ") + QString::fromStdString(sql.substr(0, 200));
            sqlite3_free(err);
        }
        return e;
    }
    return {};
}

Result<db::Statement*> Database::prepare(const std::string& sql)
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
        return lastError(Core::tr("preparing a statement"))
            .withDetail(QString::fromStdString(sql) + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
    auto owned = std::make_unique<Statement>(*this, stmt, sql);
    db::Statement* raw = owned.get();
    m_cache.emplace(sql, std::move(owned));
    return raw;
}

Result<std::unique_ptr<db::Statement>> Database::prepareOwned(const std::string& sql)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(m_db, sql.c_str(), static_cast<int>(sql.size()), 0, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return lastError(Core::tr("preparing a statement"))
            .withDetail(QString::fromStdString(sql) + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
    return std::unique_ptr<db::Statement>(std::make_unique<Statement>(*this, stmt, sql));
}

Error Database::lastError(const QString& what) const
{
    const int code = sqlite3_extended_errcode(m_db);
    const int primary = code & 0xff;
    ErrorCode ec = ErrorCode::Database;
    QString message;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        ec = ErrorCode::Locked;
        message = Core::tr("the project is locked by another program; try again when it is done");
    } else if (primary == SQLITE_FULL) {
        ec = ErrorCode::Io;
        message = Core::tr("the disk is full; nothing was written");
    } else if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_CANTOPEN) {
        ec = ErrorCode::ReadOnly;
        message = Core::tr("the project cannot be written (read-only file or folder)");
    } else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
        ec = ErrorCode::Corrupt;
        message = Core::tr("the project file is damaged");
    } else {
        message = Core::tr("database error while %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    return LECTOR_ERROR(ec, message)
        .at(m_path)
        .withDetail(QStringLiteral("%1 (extended code %2)").arg(QString::fromUtf8(sqlite3_errmsg(m_db))).arg(code));
}

int Database::changes() const { return sqlite3_changes(m_db); }

} // namespace lector::sqlite
