// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/project_store.h>
#include <lector/store/project_transfer.h>

#include <lector/core/parallel_for.h>
#include <lector/core/tr.h>
#include <lector/image/image_probe.h>

#include "store/annotation_rows.h"
#include "store/db/dialect.h"
#include "store/db/row_appender.h"
#include "store/db/transaction.h"
#include "store/postgres/connection.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QUrl>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <limits>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <variant>

static void initMigrationResources() { Q_INIT_RESOURCE(migrations); }

namespace lector {

namespace {

constexpr int kSchemaVersion = 15;
constexpr int kProgressEvery = 4096;

using store::bindGeometry;
using store::nowMs;
using store::readRegion;
using store::utf8;

/// The image root setWorkstationImageRoot gave the server project at `location`, empty when none.
QString workstationImageRoot(const QString& location);

} // namespace

namespace {

/// A server project's database, host and schema, read from its connection.
struct ServerName {
    QString database;
    QString host;
    QString schema;
};

ServerName serverName(db::Connection& db)
{
    ServerName name;
    auto s = db.prepare("SELECT current_database(), coalesce(inet_server_addr()::text, 'local'), current_schema()");
    if (!s)
        return name;
    auto row = (*s)->firstRow([&] {
        return ServerName { (*s)->columnText(0), (*s)->columnText(1), (*s)->columnText(2) };
    });
    return row && *row ? **row : name;
}

} // namespace

ProjectStore::ProjectStore(QString path, std::unique_ptr<db::Connection> db)
    : m_path(db->backend() == db::Backend::Postgres ? db->path() : path)
    , m_location(std::move(path))
    , m_db(std::move(db))
{
    if (m_db->backend() == db::Backend::Postgres) {
        const ServerName name = serverName(*m_db);
        m_serverDatabase = name.database;
        m_serverHost = name.host;
        m_serverSchema = name.schema;
    }
}

ProjectStore::~ProjectStore() = default;

int ProjectStore::currentSchemaVersion() { return kSchemaVersion; }

bool ProjectStore::isServerLocation(const QString& location)
{
    return location.startsWith(QStringLiteral("postgresql://")) || location.startsWith(QStringLiteral("postgres://"));
}

namespace {

/// The first schema a search_path names ("$user" aside), unquoted; empty when it names none.
QString firstSchema(const QString& searchPath)
{
    for (QString part : searchPath.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part == QStringLiteral("\"$user\""))
            continue;
        if (part.size() >= 2 && part.startsWith(QLatin1Char('"')) && part.endsWith(QLatin1Char('"')))
            part = part.mid(1, part.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        return part;
    }
    return {};
}

/// A connection to a server project. Its database must exist (the server's administrator makes it); its schema
/// too, except when `creating`, which makes the one the search_path names.
Result<std::unique_ptr<db::Connection>> connectServer(
    const QString& url, bool readOnly, int lockWaitMs, bool creating = false)
{
    auto connection = postgres::Connection::open(url);
    if (!connection)
        return std::move(connection).error();
    postgres::Connection& pg = **connection;
    if (lockWaitMs != postgres::Connection::kDefaultLockWaitMs) // open() set the default already
        LECTOR_TRY(pg.exec("SET lock_timeout = " + std::to_string(std::max(0, lockWaitMs)) + ";"));
    LECTOR_PREPARE(schema, pg, "SELECT current_schema() IS NOT NULL, current_setting('search_path')");
    for (int attempt = 0;; ++attempt) {
        auto present
            = schema.firstRow([&] { return std::make_pair(schema.columnInt64(0) != 0, schema.columnText(1)); });
        if (!present)
            return std::move(present).error();
        if (*present && (*present)->first)
            break;
        const QString name = *present ? firstSchema((*present)->second) : QString();
        if (!creating || attempt > 0 || name.isEmpty())
            return LECTOR_ERROR(ErrorCode::NotFound,
                Core::tr("the schema %1 does not exist on the server (lector-cli init --server makes it)")
                    .arg(name.isEmpty() ? Core::tr("the search_path names") : name))
                .at(pg.path());
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        LECTOR_TRY(pg.exec("CREATE SCHEMA IF NOT EXISTS \"" + quoted.toStdString() + "\";"));
    }
    if (readOnly)
        LECTOR_TRY(pg.setReadOnly());
    return std::unique_ptr<db::Connection>(std::move(connection).value());
}

} // namespace

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString& path)
{
    if (isServerLocation(path)) {
        auto db = connectServer(path, false, postgres::Connection::kDefaultLockWaitMs, true);
        if (!db)
            return std::move(db).error();
        std::unique_ptr<ProjectStore> store(new ProjectStore(path, std::move(db).value()));
        // Each script commits on its own: a failure leaves the scripts before it, which open() would go on from;
        // but a server schema that holds a project already is refused before anything is written.
        LECTOR_TRY(store->migrate(true));
        return store;
    }
    const QString abs = path == QStringLiteral(":memory:") ? path : QFileInfo(path).absoluteFilePath();
    if (abs != path || !QFileInfo(abs).absoluteDir().exists()) {
        if (!QFileInfo(abs).absoluteDir().exists() && abs != QStringLiteral(":memory:"))
            return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("the folder for the project does not exist")).at(abs);
    }
    auto db = sqlite::Database::open(abs, sqlite::Database::Mode::CreateNew);
    if (!db)
        return std::move(db).error();
    std::unique_ptr<ProjectStore> store(new ProjectStore(abs, std::move(db).value()));
    if (auto r = store->migrate(true); !r) {
        store.reset();
        QFile::remove(abs);
        return std::move(r).error();
    }
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString& path, OpenMode mode, int busyTimeoutMs)
{
    if (isServerLocation(path)) {
        auto db = connectServer(path, mode == OpenMode::ReadOnly, busyTimeoutMs);
        if (!db)
            return std::move(db).error();
        std::unique_ptr<ProjectStore> store(new ProjectStore(path, std::move(db).value()));
        LECTOR_TRY(store->migrate(false));
        LECTOR_PREPARE(root, store->database(), "SELECT value FROM project WHERE key = ?");
        root.bind(1, std::string_view(kImageRootKey));
        auto stored = root.firstRow([&] { return root.columnText(0); });
        if (!stored)
            return std::move(stored).error();
        const QString mine = workstationImageRoot(path);
        store->setImageRoot(mine.isEmpty() ? stored->value_or(QString()) : mine);
        return store;
    }
    const QString abs = path == QStringLiteral(":memory:") ? path : QFileInfo(path).absoluteFilePath();
    auto db = sqlite::Database::open(abs,
        mode == OpenMode::ReadOnly ? sqlite::Database::Mode::ReadOnly : sqlite::Database::Mode::OpenExisting,
        busyTimeoutMs);
    if (!db)
        return std::move(db).error();
    std::unique_ptr<ProjectStore> store(new ProjectStore(abs, std::move(db).value()));
    LECTOR_TRY(store->migrate(false));
    return store;
}

bool ProjectStore::isServer() const { return m_db->backend() == db::Backend::Postgres; }

namespace {

struct WorkstationRoots {
    QMutex mutex;
    QHash<QString, QString> byServer; // by the URL without its password
};

WorkstationRoots& workstationRoots()
{
    static WorkstationRoots roots;
    return roots;
}

QString workstationImageRoot(const QString& location)
{
    WorkstationRoots& roots = workstationRoots();
    QMutexLocker lock(&roots.mutex);
    return roots.byServer.value(postgres::withoutPassword(location));
}

} // namespace

QString ProjectStore::withoutPassword(const QString& location)
{
    return isServerLocation(location) ? postgres::withoutPassword(location) : location;
}

QString ProjectStore::sideFolder(const QString& what) const
{
    if (!isServer()) {
        const QFileInfo project(m_path);
        return project.absoluteDir().filePath(project.completeBaseName() + QLatin1Char('-') + what);
    }
    const QString base = rootDir().isEmpty() ? QDir::currentPath() : rootDir();
    return QDir(base).filePath(QStringLiteral("%1.%2-%3").arg(m_serverDatabase, m_serverSchema, what));
}

QString ProjectStore::displayName() const
{
    if (!isServer())
        return QFileInfo(m_path).fileName();
    const QUrl url(m_path);
    return QStringLiteral("%1 (%2 on %3)")
        .arg(m_serverSchema, m_serverDatabase, url.host().isEmpty() ? m_serverHost : url.host());
}

Result<QString> ProjectStore::teamRoleName(Role role) const
{
    if (!isServer())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a project file has no team roles")).at(m_path);
    const QString base = m_serverSchema == QStringLiteral("public") ? m_serverDatabase : m_serverSchema;
    return QStringLiteral("lector_%1_%2").arg(base, roleName(role));
}

namespace {

/// `name` as a quoted identifier, quoted by the server itself.
Result<std::string> quotedIdentifier(db::Connection& db, const QString& name)
{
    LECTOR_PREPARE(s, db, "SELECT quote_ident(?)");
    s.bind(1, name);
    auto q = s.firstRow([&] { return std::string(s.columnUtf8(0)); });
    if (!q)
        return std::move(q).error();
    return q->value_or(std::string());
}

} // namespace

Result<void> ProjectStore::setUpTeamRoles()
{
    auto annotator = teamRoleName(Role::Annotator);
    if (!annotator)
        return std::move(annotator).error();
    const QString reviewer = *teamRoleName(Role::Reviewer);
    const QString lead = *teamRoleName(Role::Lead);
    initMigrationResources();
    QFile file(QStringLiteral(":/lector/migrations/team_roles.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return LECTOR_ERROR(ErrorCode::Internal, Core::tr("team_roles.sql is missing from the build"));
    std::string sql = file.readAll().toStdString();
    const std::pair<std::string, QString> names[]
        = { { "@annotator_name@", *annotator }, { "@reviewer_name@", reviewer }, { "@lead_name@", lead } };
    const std::pair<std::string, QString> quoted[] = { { "@annotator@", *annotator }, { "@reviewer@", reviewer },
        { "@lead@", lead }, { "@schema@", m_serverSchema } };
    const auto replaceAll = [&sql](const std::string& from, const std::string& to) {
        for (std::size_t at = sql.find(from); at != std::string::npos; at = sql.find(from, at + to.size()))
            sql.replace(at, from.size(), to);
    };
    for (const auto& [mark, value] : names)
        replaceAll(mark, value.toStdString()); // role names are ours: letters, digits, underscores
    for (const auto& [mark, value] : quoted) {
        auto q = quotedIdentifier(*m_db, value);
        if (!q)
            return std::move(q).error();
        replaceAll(mark, *q);
    }
    auto tx = db::Transaction::begin(*m_db);
    if (!tx)
        return std::move(tx).error();
    LECTOR_TRY(m_db->exec(sql));
    return tx->commit();
}

Result<void> ProjectStore::addTeamMember(const QString& user, Role role, const QString& password)
{
    if (user.trimmed().isEmpty())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a member needs a database user name"));
    auto group = teamRoleName(role);
    if (!group)
        return std::move(group).error();
    auto who = quotedIdentifier(*m_db, user);
    if (!who)
        return std::move(who).error();
    auto tx = db::Transaction::begin(*m_db);
    if (!tx)
        return std::move(tx).error();
    {
        LECTOR_PREPARE(exists, *m_db, "SELECT count(*) FROM pg_roles WHERE rolname = ?");
        exists.bind(1, user);
        auto n = exists.firstRow([&] { return exists.columnInt64(0); });
        if (!n)
            return std::move(n).error();
        if (n->value_or(0) == 0)
            LECTOR_TRY(m_db->exec("CREATE ROLE " + *who + " LOGIN;"));
    }
    if (!password.isEmpty()) {
        // The literal quoted by the server (format's %L), never by hand.
        LECTOR_PREPARE(alter, *m_db, "SELECT format('ALTER ROLE %I PASSWORD %L', CAST(? AS text), CAST(? AS text))");
        alter.bind(1, user).bind(2, password);
        auto statement = alter.firstRow([&] { return std::string(alter.columnUtf8(0)); });
        if (!statement)
            return std::move(statement).error();
        LECTOR_TRY(m_db->exec(statement->value_or(std::string()) + ";"));
    }
    for (Role other : { Role::Annotator, Role::Reviewer, Role::Lead }) {
        auto name = quotedIdentifier(*m_db, *teamRoleName(other));
        if (!name)
            return std::move(name).error();
        LECTOR_TRY(m_db->exec(
            (other == role ? "GRANT " : "REVOKE ") + *name + (other == role ? " TO " : " FROM ") + *who + ";"));
    }
    LECTOR_PREPARE(member, *m_db,
        "INSERT INTO annotators (name, role, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET role = "
        "excluded.role");
    LECTOR_TRY(member.bind(1, user).bind(2, roleName(role)).bind(3, nowMs()).run());
    return tx->commit();
}

Result<QString> ProjectStore::databaseUser() const
{
    if (!isServer())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a project file has no database user")).at(m_path);
    LECTOR_PREPARE(s, *m_db, "SELECT session_user");
    auto user = s.firstRow([&] { return s.columnText(0); });
    if (!user)
        return std::move(user).error();
    return user->value_or(QString());
}

void ProjectStore::setWorkstationImageRoot(const QString& location, const QString& folder)
{
    WorkstationRoots& roots = workstationRoots();
    QMutexLocker lock(&roots.mutex);
    if (folder.isEmpty())
        roots.byServer.remove(postgres::withoutPassword(location));
    else
        roots.byServer.insert(postgres::withoutPassword(location), folder);
}

bool ProjectStore::isReadOnly() const { return m_db->isReadOnly(); }

namespace {

Result<std::int64_t> scalarInt(db::Connection& db, const std::string& sql)
{
    LECTOR_PREPARE(s, db, sql);
    auto row = s.step();
    if (!row)
        return std::move(row).error();
    const std::int64_t v = s.columnInt64(0);
    s.reset();
    return v;
}

/// The catalog queries the probe needs, per backend: a server project's tables are those of its schema.
struct Catalog {
    std::string tableNamed; // count of tables named ?1
    std::string everything; // count of all objects
    std::string notWholeVersions; // count of schema_version rows whose version is not an integer
};

/// What a database without Lector's tables is, per backend.
QString otherDatabase(db::Backend backend)
{
    return backend == db::Backend::Postgres ? Core::tr("a schema on the server with other tables than Lector's")
                                            : Core::tr("an SQLite database without Lector's tables");
}

const Catalog& catalogOf(db::Backend backend)
{
    static const Catalog sqlite { "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
        "SELECT count(*) FROM sqlite_master",
        "SELECT count(*) FROM schema_version WHERE typeof(version) <> 'integer'" };
    static const Catalog postgres { "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                    "current_schema() AND table_name = ?",
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
        "SELECT 0" /* a BIGINT column: nothing else fits */ };
    return backend == db::Backend::Postgres ? postgres : sqlite;
}

Result<std::int64_t> tablesNamed(db::Connection& db, std::initializer_list<const char*> names)
{
    std::int64_t n = 0;
    for (const char* name : names) {
        LECTOR_PREPARE(s, db, catalogOf(db.backend()).tableNamed);
        s.bind(1, std::string_view(name));
        auto found = s.firstRow([&] { return s.columnInt64(0); });
        if (!found)
            return std::move(found).error();
        n += found->value_or(0);
    }
    return n;
}

/// The version in schema_version, 0 for a file being created. What is not a project (an empty file, another
/// program's database) or a damaged one (no or a nonsensical version) is named, and never written to.
Result<int> storedSchemaVersion(db::Connection& db, const QString& path, bool creating)
{
    const Catalog& catalog = catalogOf(db.backend());
    auto hasTable = tablesNamed(db, { "schema_version" });
    if (!hasTable)
        return std::move(hasTable).error();
    if (*hasTable == 0) {
        auto entries = scalarInt(db, catalog.everything);
        if (!entries)
            return std::move(entries).error();
        if (*entries == 0) {
            if (creating)
                return 0;
            return LECTOR_ERROR(ErrorCode::InvalidArgument,
                db.backend() == db::Backend::Postgres
                    ? Core::tr("not a Lector project: the server's schema is empty (lector-cli init --server "
                               "creates a project)")
                    : Core::tr("not a Lector project: the file is empty (lector-cli init creates a project)"))
                .at(path);
        }
        auto lectorTables = tablesNamed(db, { "images", "annotations" });
        if (!lectorTables)
            return std::move(lectorTables).error();
        if (*lectorTables > 0)
            return LECTOR_ERROR(ErrorCode::Corrupt,
                Core::tr("the project is damaged: its schema_version table is missing, so its schema version "
                         "is unknown"))
                .at(path);
        return LECTOR_ERROR(
            ErrorCode::InvalidArgument, Core::tr("not a Lector project (%1)").arg(otherDatabase(db.backend())))
            .at(path);
    }
    if (creating)
        return LECTOR_ERROR(ErrorCode::Exists,
            Core::tr("a Lector project is there already (open it, or name another schema or database)"))
            .at(path);
    auto notWhole = scalarInt(db, catalog.notWholeVersions);
    if (!notWhole)
        return std::move(notWhole).error();
    LECTOR_PREPARE(read, db, "SELECT count(*), min(version), max(version) FROM schema_version");
    auto row = read.step();
    if (!row)
        return std::move(row).error();
    const std::int64_t rows = read.columnInt64(0);
    const std::int64_t lowest = read.columnInt64(1);
    const std::int64_t highest = read.columnInt64(2);
    read.reset();
    if (rows == 0)
        return LECTOR_ERROR(ErrorCode::Corrupt,
            Core::tr("the project is damaged: its schema_version table is empty, so its schema version is "
                     "unknown"))
            .at(path);
    if (*notWhole > 0)
        return LECTOR_ERROR(
            ErrorCode::Corrupt, Core::tr("the project is damaged: its schema version is not a whole number"))
            .at(path);
    if (lowest < 1)
        return LECTOR_ERROR(ErrorCode::Corrupt,
            Core::tr("the project is damaged: its schema version is %1 (versions start at 1)").arg(lowest))
            .at(path);
    if (highest > std::numeric_limits<int>::max())
        return int(std::numeric_limits<int>::max());
    return int(highest);
}

} // namespace

Result<void> ProjectStore::migrate(bool creating)
{
    initMigrationResources();
    db::Connection& db = *m_db;
    auto stored = storedSchemaVersion(db, m_path, creating);
    if (!stored)
        return std::move(stored).error();
    const int version = *stored;
    if (version > kSchemaVersion)
        return LECTOR_ERROR(ErrorCode::SchemaTooNew,
            Core::tr("the project was written by a newer Lector (schema %1; this one knows up to %2)")
                .arg(version)
                .arg(kSchemaVersion))
            .at(m_path);
    if (version < kSchemaVersion && db.isReadOnly())
        return LECTOR_ERROR(ErrorCode::ReadOnly,
            Core::tr("the project has schema %1 and must be upgraded to schema %2, which needs write access; "
                     "open it once where it can be written")
                .arg(version)
                .arg(kSchemaVersion))
            .at(m_path);
    static const char* const scripts[]
        = { "0001_initial.sql", "0002_image_states_conflicts.sql", "0003_conflict_details.sql",
              "0004_guideline_about.sql", "0005_edit_log_reasons.sql", "0006_image_hashes_duplicates.sql",
              "0007_suspect_decisions.sql", "0008_agreement_history.sql", "0009_label_queue.sql",
              "0010_image_properties.sql", "0011_rehash_whole_decodes.sql", "0012_agreement_line_order.sql",
              "0013_edit_log_database_user.sql", "0014_annotation_versions.sql", "0015_change_notices.sql" };
    static_assert(std::size(scripts) == kSchemaVersion, "one migration script per schema version");
    for (int v = version + 1; v <= kSchemaVersion; ++v) {
        const QString name = QString::fromLatin1(scripts[v - 1]);
        QFile file(QStringLiteral(":/lector/migrations/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return LECTOR_ERROR(ErrorCode::Internal, Core::tr("migration %1 is missing from the build").arg(name));
        const std::string sql = file.readAll().toStdString();
        // One transaction per script with its version bump: a crash never leaves a half-migrated project.
        auto tx = db::Transaction::begin(db);
        if (!tx)
            return std::move(tx).error();
        LECTOR_TRY(
            db.exec(db.backend() == db::Backend::Postgres ? db::postgresMigration(sql) : db::sqliteMigration(sql)));
        LECTOR_TRY(db.exec(v == 1 ? "INSERT INTO schema_version (version) VALUES (1);"
                                  : "UPDATE schema_version SET version = " + std::to_string(v) + ";"));
        if (v == 1) {
            LECTOR_PREPARE(meta, db, "INSERT INTO project (key, value) VALUES (?, ?)");
            LECTOR_TRY(meta.bind(1, std::string_view("created_at")).bind(2, QString::number(nowMs())).run());
        }
        LECTOR_TRY(tx->commit());
        spdlog::get("store") ? spdlog::get("store")->info("migrated {} to schema {}", utf8(m_path), v) : void();
    }
    return {};
}

Result<void> ProjectStore::setBusyTimeout(int milliseconds)
{
    const std::string ms = std::to_string(std::max(0, milliseconds));
    return m_db->exec(isServer() ? "SET lock_timeout = " + ms + ";" : "PRAGMA busy_timeout = " + ms + ";");
}

Result<void> ProjectStore::storeImageRoot(const QString& folder)
{
    const QString root = folder.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    auto tx = db::Transaction::begin(*m_db);
    if (!tx)
        return std::move(tx).error();
    LECTOR_PREPARE(s, *m_db,
        "INSERT INTO project (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    LECTOR_TRY(s.bind(1, std::string_view(kImageRootKey)).bind(2, root).run());
    LECTOR_TRY(tx->commit());
    if (isServer() && m_imageRoot.isEmpty())
        m_imageRoot = root;
    return {};
}

void ProjectStore::setImageRoot(const QString& folder)
{
    m_imageRoot = folder.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

QString ProjectStore::rootDir() const
{
    if (isServer())
        return m_imageRoot;
    if (m_path == QStringLiteral(":memory:"))
        return QDir::currentPath();
    return QFileInfo(m_path).absolutePath();
}

QString ProjectStore::absoluteImagePath(const ImageRecord& image) const
{
    if (QFileInfo(image.path).isAbsolute() || rootDir().isEmpty())
        return image.path;
    return QDir::cleanPath(QDir(rootDir()).filePath(image.path));
}

QString ProjectStore::relativeImagePath(const QString& absolutePath) const
{
    const QString root = QDir::cleanPath(rootDir());
    QString abs = QDir::cleanPath(QFileInfo(absolutePath).absoluteFilePath());
    if (!rootDir().isEmpty() && abs.startsWith(root + QLatin1Char('/')))
        return abs.mid(root.size() + 1);
    return abs;
}

// ---- Annotators --------------------------------------------------------------------------------------------------

namespace {
Annotator readAnnotator(const db::Statement& s)
{
    Annotator a;
    a.id = s.columnInt64(0);
    a.name = s.columnText(1);
    parseRole(s.columnText(2), &a.role);
    return a;
}
}

Result<std::optional<Annotator>> ProjectStore::findAnnotator(const QString& name) const
{
    LECTOR_PREPARE(s, *m_db, "SELECT id, name, role FROM annotators WHERE name = ?");
    s.bind(1, name);
    return s.firstRow([&] { return readAnnotator(s); });
}

Result<AnnotatorId> ProjectStore::ensureAnnotator(const QString& name, Role role)
{
    if (name.trimmed().isEmpty())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("an annotator needs a name"));
    auto found = findAnnotator(name);
    if (!found)
        return std::move(found).error();
    if (*found)
        return (*found)->id;
    LECTOR_PREPARE(s, *m_db, "INSERT INTO annotators (name, role, created_at) VALUES (?, ?, ?) RETURNING id");
    return s.bind(1, name).bind(2, roleName(role)).bind(3, nowMs()).runReturningId();
}

Result<std::vector<Annotator>> ProjectStore::annotators() const
{
    LECTOR_PREPARE(s, *m_db, "SELECT id, name, role FROM annotators ORDER BY name");
    std::vector<Annotator> out;
    LECTOR_TRY(s.forEachRow([&] { out.push_back(readAnnotator(s)); }));
    return out;
}

// ---- Guideline ---------------------------------------------------------------------------------------------------

Result<GuidelineVersion> ProjectStore::publishGuideline(
    const QString& markdown, const QString& changelog, const QString& author, const QStringList& about)
{
    auto tx = db::Transaction::begin(*m_db);
    if (!tx)
        return std::move(tx).error();
    auto authorId = ensureAnnotator(author, Role::Lead);
    if (!authorId)
        return std::move(authorId).error();
    LECTOR_PREPARE(last, *m_db, "SELECT coalesce(max(number), 0) FROM guideline_versions");
    auto row = last.step();
    if (!row)
        return std::move(row).error();
    GuidelineVersion g;
    g.number = last.columnInt(0) + 1;
    last.reset();
    g.markdown = markdown;
    g.changelog = changelog;
    g.author = author;
    g.createdAt = nowMs();
    g.about = about;
    nlohmann::json aboutJson = nlohmann::json::array();
    for (const QString& slice : about)
        aboutJson.push_back(slice.toStdString());
    LECTOR_PREPARE(ins, *m_db,
        "INSERT INTO guideline_versions (number, markdown, changelog, author_id, created_at, about) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
    auto inserted = ins.bind(1, g.number)
                        .bind(2, markdown)
                        .bind(3, changelog)
                        .bind(4, *authorId)
                        .bind(5, g.createdAt)
                        .bind(6, QString::fromStdString(aboutJson.dump()))
                        .runReturningId();
    if (!inserted)
        return std::move(inserted).error();
    g.id = *inserted;
    LECTOR_TRY(tx->commit());
    return g;
}

Result<void> ProjectStore::withdrawGuideline(int number)
{
    auto tx = db::Transaction::begin(*m_db);
    if (!tx)
        return std::move(tx).error();
    auto newest = store::guidelineInForce(*m_db);
    if (!newest)
        return std::move(newest).error();
    if (number != *newest || number <= 0)
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("only the newest guideline version can be withdrawn (version %1 is newer than %2)")
                .arg(*newest)
                .arg(number))
            .at(m_path);
    LECTOR_PREPARE(used, *m_db, "SELECT count(*) FROM annotations WHERE guideline_version = ?");
    used.bind(1, number);
    auto labels = used.firstRow([&] { return used.columnInt64(0); });
    if (!labels)
        return std::move(labels).error();
    if (labels->value_or(0) > 0)
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("guideline version %1 cannot be withdrawn: %2 labels were made under it")
                .arg(number)
                .arg(labels->value_or(0)))
            .at(m_path);
    LECTOR_PREPARE(del, *m_db, "DELETE FROM guideline_versions WHERE number = ?");
    LECTOR_TRY(del.bind(1, number).run());
    return tx->commit();
}

Result<void> ProjectStore::republishGuideline(const GuidelineVersion& version)
{
    auto tx = db::Transaction::begin(*m_db);
    if (!tx)
        return std::move(tx).error();
    auto newest = store::guidelineInForce(*m_db);
    if (!newest)
        return std::move(newest).error();
    if (*newest != version.number - 1)
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("guideline version %1 follows version %2, but the newest is %3")
                .arg(version.number)
                .arg(version.number - 1)
                .arg(*newest))
            .at(m_path);
    auto authorId = ensureAnnotator(version.author, Role::Lead);
    if (!authorId)
        return std::move(authorId).error();
    nlohmann::json aboutJson = nlohmann::json::array();
    for (const QString& slice : version.about)
        aboutJson.push_back(slice.toStdString());
    LECTOR_PREPARE(ins, *m_db,
        "INSERT INTO guideline_versions (id, number, markdown, changelog, author_id, created_at, about) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    LECTOR_TRY(ins.bind(1, version.id)
                   .bind(2, version.number)
                   .bind(3, version.markdown)
                   .bind(4, version.changelog)
                   .bind(5, *authorId)
                   .bind(6, version.createdAt)
                   .bind(7, QString::fromStdString(aboutJson.dump()))
                   .run());
    return tx->commit();
}

Result<std::vector<GuidelineVersion>> ProjectStore::guidelineVersions() const
{
    LECTOR_PREPARE(s, *m_db,
        "SELECT g.id, g.number, g.markdown, g.changelog, coalesce(a.name, ''), g.created_at, g.about "
        "FROM guideline_versions g LEFT JOIN annotators a ON a.id = g.author_id ORDER BY g.number");
    std::vector<GuidelineVersion> out;
    LECTOR_TRY(s.forEachRow([&] {
        GuidelineVersion g;
        g.id = s.columnInt64(0);
        g.number = s.columnInt(1);
        g.markdown = s.columnText(2);
        g.changelog = s.columnText(3);
        g.author = s.columnText(4);
        g.createdAt = s.columnInt64(5);
        const auto about = nlohmann::json::parse(s.columnText(6).toStdString(), nullptr, false);
        if (about.is_array())
            for (const auto& slice : about)
                if (slice.is_string())
                    g.about << QString::fromStdString(slice.get<std::string>());
        out.push_back(std::move(g));
    }));
    return out;
}

Result<std::optional<GuidelineVersion>> ProjectStore::currentGuideline() const
{
    auto all = guidelineVersions();
    if (!all)
        return std::move(all).error();
    if (all->empty())
        return std::optional<GuidelineVersion>();
    return std::optional<GuidelineVersion>(all->back());
}

// ---- Images ------------------------------------------------------------------------------------------------------

namespace {
constexpr const char* kImageColumns = "SELECT id, path, sha256, width, height, batch, split, added_at FROM images";

ImageRecord readImage(const db::Statement& s)
{
    ImageRecord r;
    r.id = s.columnInt64(0);
    r.path = s.columnText(1);
    r.sha256 = s.columnText(2);
    r.width = s.columnInt(3);
    r.height = s.columnInt(4);
    r.batch = s.columnText(5);
    r.split = s.columnText(6);
    r.addedAt = s.columnInt64(7);
    return r;
}
}

Result<std::vector<ImageRecord>> ProjectStore::images() const
{
    LECTOR_PREPARE(s, *m_db, std::string(kImageColumns) + " ORDER BY id");
    std::vector<ImageRecord> out;
    LECTOR_TRY(s.forEachRow([&] { out.push_back(readImage(s)); }));
    return out;
}

Result<std::optional<ImageRecord>> ProjectStore::image(ImageId id) const
{
    LECTOR_PREPARE(s, *m_db, std::string(kImageColumns) + " WHERE id = ?");
    s.bind(1, id);
    return s.firstRow([&] { return readImage(s); });
}

Result<std::int64_t> ProjectStore::imageCount() const { return scalarInt(*m_db, "SELECT count(*) FROM images"); }

Result<std::int64_t> ProjectStore::imagePosition(ImageId id) const
{
    LECTOR_PREPARE(s, *m_db,
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM images WHERE id = ?1) "
        "THEN (SELECT count(*) FROM images WHERE id <= ?1) ELSE 0 END");
    s.bind(1, id);
    auto row = s.step();
    if (!row)
        return std::move(row).error();
    const std::int64_t n = s.columnInt64(0);
    s.reset();
    return n;
}

Result<void> ProjectStore::setImageBatch(const std::vector<ImageId>& ids, const QString& batch, const QString& split)
{
    auto tx = db::Transaction::begin(*m_db);
    if (!tx)
        return std::move(tx).error();
    LECTOR_PREPARE(s, *m_db, "UPDATE images SET batch = ?, split = ? WHERE id = ?");
    for (ImageId id : ids) {
        s.reset();
        LECTOR_TRY(s.bind(1, batch).bind(2, split).bind(3, id).run());
    }
    return tx->commit();
}

// ---- Browser queries ---------------------------------------------------------------------------------------------

namespace {
/// The WHERE clause and its bound values for an ImageQuery; values are bound in order, never concatenated.
struct QueryParts {
    std::string join; // restricts to ImageQuery::images; its value is the first bound
    std::string where;
    std::vector<std::variant<std::int64_t, QString>> values;
};

QString likePattern(const QString& needle)
{
    QString escaped = needle;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QueryParts whereClause(const ImageQuery& q, db::Backend backend)
{
    QueryParts parts;
    std::vector<std::string> terms;
    if (q.images) {
        // A JSON array joined through json_each keeps the given order (its key) and costs one primary-key
        // lookup per id; duplicates are dropped here so that no image is listed twice.
        std::string json = "[";
        std::unordered_set<ImageId> seen;
        for (ImageId id : *q.images)
            if (seen.insert(id).second) {
                if (json.size() > 1)
                    json += ',';
                json += std::to_string(id);
            }
        json += ']';
        parts.join = backend == db::Backend::Postgres
            ? " JOIN json_array_elements_text(CAST(? AS json)) WITH ORDINALITY AS g(value, key) "
              "ON CAST(g.value AS BIGINT) = i.id"
            : " JOIN json_each(?) g ON g.value = i.id";
        parts.values.emplace_back(QString::fromStdString(json));
    }
    using S = ImageQuery::Status;
    switch (q.status) {
    case S::Any:
        break;
    case S::Unlabeled:
        terms.push_back("NOT EXISTS (SELECT 1 FROM annotations a WHERE a.image_id = i.id)");
        break;
    case S::LabeledByMe:
        terms.push_back("EXISTS (SELECT 1 FROM annotations a WHERE a.image_id = i.id AND a.annotator_id = ?)");
        parts.values.emplace_back(q.me);
        break;
    case S::LabeledByAtLeast:
        terms.push_back("(SELECT count(DISTINCT a.annotator_id) FROM annotations a WHERE a.image_id = i.id) >= ?");
        parts.values.emplace_back(static_cast<std::int64_t>(q.minAnnotators));
        break;
    case S::InConflict:
        terms.push_back("EXISTS (SELECT 1 FROM conflicts c WHERE c.image_id = i.id AND c.status = 'open')");
        break;
    case S::Reviewed:
        terms.push_back("EXISTS (SELECT 1 FROM image_states s JOIN annotators r ON r.id = s.annotator_id "
                        "WHERE s.image_id = i.id AND s.state = 2 AND r.role IN ('reviewer', 'lead'))");
        break;
    case S::ToDoForMe:
        // Not done by me, and in my queue while I have one (LabelQueueRepository).
        terms.push_back("NOT EXISTS (SELECT 1 FROM image_states s WHERE s.image_id = i.id AND s.annotator_id = ? "
                        "AND s.state = 2) AND (NOT EXISTS (SELECT 1 FROM label_queue lq WHERE lq.annotator_id = ?) "
                        "OR EXISTS (SELECT 1 FROM label_queue lq WHERE lq.annotator_id = ? AND lq.image_id = i.id))");
        parts.values.emplace_back(q.me);
        parts.values.emplace_back(q.me);
        parts.values.emplace_back(q.me);
        break;
    case S::DoneByMe:
        terms.push_back("EXISTS (SELECT 1 FROM image_states s WHERE s.image_id = i.id AND s.annotator_id = ? "
                        "AND s.state = 2)");
        parts.values.emplace_back(q.me);
        break;
    }
    if (!q.batch.isEmpty()) {
        terms.push_back("i.batch = ?");
        parts.values.emplace_back(q.batch);
    }
    if (!q.split.isEmpty()) {
        terms.push_back("i.split = ?");
        parts.values.emplace_back(q.split);
    }
    if (!q.nameContains.isEmpty()) {
        terms.push_back("lower(i.path) LIKE lower(?) ESCAPE '\\'");
        parts.values.emplace_back(likePattern(q.nameContains));
    }
    if (!q.textContains.isEmpty()) {
        terms.push_back("EXISTS (SELECT 1 FROM annotations a WHERE a.image_id = i.id AND lower(a.text) LIKE lower(?) "
                        "ESCAPE '\\')");
        parts.values.emplace_back(likePattern(q.textContains));
    }
    for (size_t t = 0; t < terms.size(); ++t)
        parts.where += (t == 0 ? " WHERE " : " AND ") + terms[t];
    return parts;
}

int bindParts(db::Statement& s, const QueryParts& parts, int first)
{
    int index = first;
    for (const auto& v : parts.values) {
        if (std::holds_alternative<std::int64_t>(v))
            s.bind(index++, std::get<std::int64_t>(v));
        else
            s.bind(index++, std::get<QString>(v));
    }
    return index;
}
} // namespace

Result<std::int64_t> ProjectStore::countImages(const ImageQuery& query) const
{
    const QueryParts parts = whereClause(query, m_db->backend());
    LECTOR_PREPARE(s, *m_db, "SELECT count(*) FROM images i" + parts.join + parts.where);
    bindParts(s, parts, 1);
    auto row = s.step();
    if (!row)
        return std::move(row).error();
    const std::int64_t n = s.columnInt64(0);
    s.reset();
    return n;
}

namespace {
/// ORDER BY of an ImageQuery (the counts it may sort by are the select list's "regions" and "anns").
std::string orderClause(const ImageQuery& query)
{
    std::string order;
    switch (query.sort) {
    case ImageQuery::Sort::Id:
        // My to do in my queue's order (no queue: every position is NULL, and the id decides).
        order = query.status == ImageQuery::Status::ToDoForMe
            ? "(SELECT lq.position FROM label_queue lq WHERE lq.annotator_id = " + std::to_string(query.me)
                + " AND lq.image_id = i.id)"
            : std::string("i.id");
        break;
    case ImageQuery::Sort::Name:
        order = "i.path";
        break;
    case ImageQuery::Sort::RegionCount:
        order = "regions";
        break;
    case ImageQuery::Sort::AnnotatorCount:
        order = "anns";
        break;
    case ImageQuery::Sort::Given:
        order = query.images ? "g.key" : "i.id";
        break;
    }
    const char* dir = query.descending ? " DESC" : "";
    return " ORDER BY " + order + dir + ", i.id" + dir;
}

// Counts per row are correlated subqueries over the (image_id, annotator_id) index: cheap for one page.
const std::string kRowCounts
    = "(SELECT count(*) FROM annotations a WHERE a.image_id = i.id) AS regions, "
      "(SELECT count(DISTINCT a.annotator_id) FROM annotations a WHERE a.image_id = i.id) AS anns";
}

Result<std::vector<ImageRow>> ProjectStore::queryImages(const ImageQuery& query, std::int64_t offset, int limit) const
{
    const QueryParts parts = whereClause(query, m_db->backend());
    const std::string sql = "SELECT i.id, i.path, i.sha256, i.width, i.height, i.batch, i.split, i.added_at, "
        + kRowCounts
        + ", (SELECT count(*) FROM annotations a WHERE a.image_id = i.id AND a.annotator_id = ?) AS mine"
          ", coalesce((SELECT s.state FROM image_states s WHERE s.image_id = i.id AND s.annotator_id = ?), 0)"
          " FROM images i"
        + parts.join + parts.where + orderClause(query) + " LIMIT ? OFFSET ?";
    LECTOR_PREPARE(s, *m_db, sql);
    s.bind(1, query.me).bind(2, query.me);
    const int next = bindParts(s, parts, 3);
    s.bind(next, limit).bind(next + 1, offset);
    std::vector<ImageRow> out;
    out.reserve(static_cast<size_t>(std::max(0, limit)));
    LECTOR_TRY(s.forEachRow([&] {
        ImageRow r;
        r.image = readImage(s);
        r.regionCount = s.columnInt(8);
        r.annotatorCount = s.columnInt(9);
        r.myRegionCount = s.columnInt(10);
        r.myState = static_cast<ImageState>(std::clamp(s.columnInt(11), 0, 2));
        out.push_back(std::move(r));
    }));
    return out;
}

Result<std::vector<ImageId>> ProjectStore::queryImageIds(const ImageQuery& query) const
{
    const QueryParts parts = whereClause(query, m_db->backend());
    const bool countsNeeded
        = query.sort == ImageQuery::Sort::RegionCount || query.sort == ImageQuery::Sort::AnnotatorCount;
    const std::string sql = "SELECT i.id" + (countsNeeded ? ", " + kRowCounts : std::string()) + " FROM images i"
        + parts.join + parts.where + orderClause(query);
    LECTOR_PREPARE(s, *m_db, sql);
    bindParts(s, parts, 1);
    std::vector<ImageId> out;
    LECTOR_TRY(s.forEachRow([&] { out.push_back(s.columnInt64(0)); }));
    return out;
}

Result<QStringList> ProjectStore::batches() const
{
    LECTOR_PREPARE(s, *m_db, "SELECT DISTINCT batch FROM images WHERE batch <> '' ORDER BY batch");
    QStringList out;
    LECTOR_TRY(s.forEachRow([&] { out << s.columnText(0); }));
    return out;
}

Result<void> ProjectStore::forEachLabelText(
    AnnotatorId annotator, const std::function<void(const QString&)>& text) const
{
    LECTOR_PREPARE(s, *m_db, "SELECT text FROM annotations WHERE annotator_id = ? AND (flags & ?) = 0");
    s.bind(1, annotator).bind(2, std::int64_t(FlagDontCare));
    return s.forEachRow([&] { text(s.columnText(0)); });
}

Result<QStringList> ProjectStore::splits() const
{
    LECTOR_PREPARE(s, *m_db, "SELECT DISTINCT split FROM images WHERE split <> '' ORDER BY split");
    QStringList out;
    LECTOR_TRY(s.forEachRow([&] { out << s.columnText(0); }));
    return out;
}

// ---- Image states ------------------------------------------------------------------------------------------------

Result<void> ProjectStore::setImageState(ImageId image, AnnotatorId annotator, ImageState state)
{
    return store::writeImageState(*m_db, image, annotator, state);
}

Result<ImageState> ProjectStore::imageState(ImageId image, AnnotatorId annotator) const
{
    return store::readImageState(*m_db, image, annotator);
}

Result<ImageStateChange> ProjectStore::changeImageState(ImageId image, AnnotatorId annotator, ImageEvent event)
{
    auto tx = db::Transaction::begin(*m_db);
    if (!tx)
        return std::move(tx).error();
    auto before = store::readImageState(*m_db, image, annotator);
    if (!before)
        return std::move(before).error();
    ImageStateChange change { *before, nextImageState(*before, event) };
    if (change.after != change.before)
        LECTOR_TRY(store::writeImageState(*m_db, image, annotator, change.after));
    LECTOR_TRY(tx->commit());
    return change;
}

Result<ImageId> ProjectStore::nextToDo(AnnotatorId annotator, ImageId after) const
{
    // With a queue: the next of its images not done after `after`'s place in it (from the start when `after` is not
    // in it), wrapping round.
    {
        LECTOR_PREPARE(pos, *m_db,
            "SELECT coalesce((SELECT position FROM label_queue WHERE annotator_id = ?1 AND image_id = ?2), -1), "
            "EXISTS (SELECT 1 FROM label_queue WHERE annotator_id = ?1)");
        pos.bind(1, annotator).bind(2, after);
        auto place = pos.firstRow([&] { return std::pair { pos.columnInt64(0), pos.columnInt(1) != 0 }; });
        if (!place)
            return std::move(place).error();
        if (*place && (*place)->second) {
            const std::int64_t at = (*place)->first;
            for (const bool wrapped : { false, true }) {
                LECTOR_PREPARE(s, *m_db,
                    std::string("SELECT q.image_id FROM label_queue q WHERE q.annotator_id = ?1 AND q.position ")
                        + (wrapped ? "<= ?2" : "> ?2")
                        + " AND NOT EXISTS (SELECT 1 FROM image_states s WHERE s.image_id = q.image_id AND "
                          "s.annotator_id = ?1 AND s.state = 2) ORDER BY q.position, q.image_id LIMIT 1");
                s.bind(1, annotator).bind(2, at);
                auto next = s.firstRow([&] { return s.columnInt64(0); });
                if (!next)
                    return std::move(next).error();
                if (*next)
                    return **next;
            }
            return ImageId(0);
        }
    }
    const char* notDone = " AND NOT EXISTS (SELECT 1 FROM image_states s WHERE s.image_id = i.id AND "
                          "s.annotator_id = ? AND s.state = 2)";
    for (const bool wrapped : { false, true }) {
        LECTOR_PREPARE(s, *m_db,
            std::string("SELECT i.id FROM images i WHERE i.id ") + (wrapped ? "<= ?" : "> ?") + notDone
                + " ORDER BY i.id LIMIT 1");
        s.bind(1, after).bind(2, annotator);
        auto row = s.step();
        if (!row)
            return std::move(row).error();
        if (*row) {
            const ImageId id = s.columnInt64(0);
            s.reset();
            return id;
        }
    }
    return ImageId(0);
}

// ---- Annotations -------------------------------------------------------------------------------------------------

Result<std::optional<Annotation>> ProjectStore::annotation(AnnotationId id) const
{
    return store::findAnnotation(*m_db, id);
}

Result<std::vector<Annotation>> ProjectStore::annotations(ImageId image, std::optional<AnnotatorId> annotator) const
{
    const std::string sql = std::string(store::kAnnotationColumns) + " WHERE image_id = ?"
        + (annotator ? " AND annotator_id = ?" : "") + " ORDER BY id";
    LECTOR_PREPARE(s, *m_db, sql);
    s.bind(1, image);
    if (annotator)
        s.bind(2, *annotator);
    std::vector<Annotation> out;
    LECTOR_TRY(s.forEachRow([&] { out.push_back(store::readAnnotationRow(s)); }));
    return out;
}

Result<WrittenAnnotations> ProjectStore::addAnnotations(
    const std::vector<Annotation>& annotations, const EditContext& context)
{
    auto tx = db::Transaction::beginEdit(*m_db);
    if (!tx)
        return std::move(tx).error();
    auto written = store::insertAnnotations(*m_db, annotations, context);
    if (!written)
        return std::move(written).error();
    LECTOR_TRY(tx->commit());
    return written;
}

Result<WrittenAnnotations> ProjectStore::updateAnnotations(
    const std::vector<Annotation>& annotations, const EditContext& context)
{
    auto tx = db::Transaction::beginEdit(*m_db);
    if (!tx)
        return std::move(tx).error();
    auto written = store::changeAnnotations(*m_db, annotations, context);
    if (!written)
        return Error(std::move(written).error()).at(m_path);
    LECTOR_TRY(tx->commit());
    return written;
}

Result<std::vector<std::int64_t>> ProjectStore::removeAnnotations(
    const std::vector<AnnotationId>& ids, const EditContext& context, const std::vector<std::int64_t>& versions)
{
    auto tx = db::Transaction::beginEdit(*m_db);
    if (!tx)
        return std::move(tx).error();
    auto entries = store::deleteAnnotations(*m_db, ids, context, nullptr, versions);
    if (!entries)
        return Error(std::move(entries).error()).at(m_path);
    LECTOR_TRY(tx->commit());
    return entries;
}

// ---- Model runs --------------------------------------------------------------------------------------------------

Result<RunId> ProjectStore::createRun(const QString& name, const QString& model, const QString& settingsJson)
{
    if (name.trimmed().isEmpty())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a model run needs a name"));
    LECTOR_PREPARE(find, *m_db, "SELECT id FROM model_runs WHERE name = ?");
    find.bind(1, name);
    auto row = find.step();
    if (!row)
        return std::move(row).error();
    if (*row) {
        find.reset();
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a model run named \"%1\" exists already").arg(name))
            .at(m_path);
    }
    LECTOR_PREPARE(
        s, *m_db, "INSERT INTO model_runs (name, model, settings, created_at) VALUES (?, ?, ?, ?) RETURNING id");
    return s.bind(1, name)
        .bind(2, model)
        .bind(3, settingsJson.isEmpty() ? QStringLiteral("{}") : settingsJson)
        .bind(4, nowMs())
        .runReturningId();
}

Result<std::vector<ModelRun>> ProjectStore::runs() const
{
    LECTOR_PREPARE(s, *m_db, "SELECT id, name, model, settings, created_at FROM model_runs ORDER BY id");
    std::vector<ModelRun> out;
    LECTOR_TRY(s.forEachRow([&] {
        out.push_back({ s.columnInt64(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnInt64(4) });
    }));
    return out;
}

Result<std::vector<Prediction>> ProjectStore::predictions(RunId run, std::optional<ImageId> image) const
{
    const std::string sql
        = std::string("SELECT points, text, flags, script, id, run_id, image_id, confidence FROM predictions "
                      "WHERE run_id = ?")
        + (image ? " AND image_id = ?" : "") + " ORDER BY image_id, id";
    LECTOR_PREPARE(s, *m_db, sql);
    s.bind(1, run);
    if (image)
        s.bind(2, *image);
    std::vector<Prediction> out;
    LECTOR_TRY(s.forEachRow([&] {
        Prediction p;
        p.region = readRegion(s, 0);
        p.id = s.columnInt64(4);
        p.run = s.columnInt64(5);
        p.image = s.columnInt64(6);
        if (!s.columnIsNull(7))
            p.region.confidence = s.columnDouble(7);
        out.push_back(std::move(p));
    }));
    return out;
}

// ---- Edit log ----------------------------------------------------------------------------------------------------

Result<std::vector<EditLogEntry>> ProjectStore::editLog(std::int64_t limit) const
{
    LECTOR_PREPARE(s, *m_db,
        "SELECT e.id, e.at, coalesce(a.name, ''), e.action, e.reason, coalesce(e.undoes, 0), "
        "coalesce(e.annotation_id, 0), coalesce(e.image_id, 0), coalesce(e.before_json, ''), "
        "coalesce(e.after_json, ''), e.seconds "
        "FROM edit_log e LEFT JOIN annotators a ON a.id = e.annotator_id ORDER BY e.id LIMIT ?");
    s.bind(1, limit < 0 ? std::numeric_limits<std::int64_t>::max() : limit); // PostgreSQL refuses LIMIT -1
    std::vector<EditLogEntry> out;
    LECTOR_TRY(s.forEachRow([&] {
        EditLogEntry e;
        e.id = s.columnInt64(0);
        e.at = s.columnInt64(1);
        e.annotator = s.columnText(2);
        e.action = s.columnText(3);
        parseEditReason(s.columnText(4), &e.reason);
        e.undoes = s.columnInt64(5);
        e.annotation = s.columnInt64(6);
        e.image = s.columnInt64(7);
        e.before = s.columnText(8);
        e.after = s.columnText(9);
        e.seconds = s.columnDouble(10);
        out.push_back(std::move(e));
    }));
    return out;
}

// ---- Import ------------------------------------------------------------------------------------------------------

namespace {

/// Every region of a batch has a valid polygon; the image paths to probe, in order.
Result<std::vector<QString>> validateBatch(const ImportBatch& batch)
{
    std::vector<QString> paths;
    paths.reserve(batch.images.size());
    for (const ImportedImage& img : batch.images) {
        for (size_t i = 0; i < img.regions.size(); ++i) {
            if (!img.regions[i].polygon.isValid())
                return LECTOR_ERROR(ErrorCode::Parse,
                    Core::tr("region %1 of image %2 has fewer than 3 points or a coordinate that is not a number")
                        .arg(i + 1)
                        .arg(QFileInfo(img.imagePath).fileName()))
                    .at(img.labelFile);
        }
        paths.push_back(img.imagePath);
    }
    return paths;
}

/// Probes every image of a batch before anything is written. With `skipUnreadable`, an image without regions that
/// does not decode is left out (its probe stays empty) with a warning; otherwise the first failure fails the import,
/// naming the label file that referenced the image.
Result<std::vector<ImageProbe>> probeBatch(const ImportBatch& batch, const std::vector<QString>& paths,
    bool skipUnreadable, Progress* progress, ImportSummary& summary)
{
    auto named = [&](Error e) {
        for (const ImportedImage& img : batch.images) {
            if (img.imagePath == e.path && !img.labelFile.isEmpty()) {
                e.message += Core::tr(" (referenced by %1)").arg(img.labelFile);
                break;
            }
        }
        return e;
    };
    if (!skipUnreadable) {
        auto probes = probeImages(paths, progress);
        if (!probes)
            return named(std::move(probes).error());
        return probes;
    }
    std::vector<Result<ImageProbe>> each(paths.size(), Result<ImageProbe>(ImageProbe {}));
    ParallelOptions options;
    options.progress = progress;
    if (!parallelFor(paths.size(), options, [&](std::size_t i, int) { each[i] = probeImage(paths[i]); }))
        return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("import canceled; nothing was written"));
    std::vector<ImageProbe> probes(paths.size());
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (each[i]) {
            probes[i] = std::move(each[i]).value();
            continue;
        }
        Error e = std::move(each[i]).error();
        if (!batch.images[i].regions.empty())
            return named(std::move(e));
        ++summary.imagesSkipped;
        summary.warnings.push_back({ Core::tr("%1: left out").arg(e.message), e.path, 0 });
    }
    return probes;
}

/// Calls onRow(statement) for each row of `select` + " IN (?, …)" over `keys`, kLookupChunk keys to a statement:
/// a few round trips for thousands of keys on a server.
template <typename OnRow>
Result<void> forEachIn(
    db::Connection& db, const std::string& select, const std::vector<std::string>& keys, OnRow&& onRow)
{
    constexpr std::size_t kLookupChunk = 500;
    const auto sqlFor = [&](std::size_t n) {
        std::string sql = select + " IN (";
        for (std::size_t k = 0; k < n; ++k)
            sql += k ? ", ?" : "?";
        return sql + ')';
    };
    for (std::size_t first = 0; first < keys.size(); first += kLookupChunk) {
        const std::size_t n = std::min(kLookupChunk, keys.size() - first);
        std::unique_ptr<db::Statement> owned;
        db::Statement* s = nullptr;
        if (n == kLookupChunk) {
            auto cached = db.prepare(sqlFor(n));
            if (!cached)
                return std::move(cached).error();
            s = *cached;
        } else {
            auto made = db.prepareOwned(sqlFor(n));
            if (!made)
                return std::move(made).error();
            owned = std::move(made).value();
            s = owned.get();
        }
        for (std::size_t k = 0; k < n; ++k)
            s->bind(int(k) + 1, std::string_view(keys[first + k]));
        LECTOR_TRY(s->forEachRow([&] { onRow(*s); }));
        s->reset();
    }
    return {};
}

/// Writes one batch's images and regions inside the import's transaction. First every image: found in the project
/// by content, or earlier in the batch, or added (a few lookups and one multi-row insert per chunk, not three
/// statements per image); then the regions as labels or predictions, appended many to a statement.
class BatchWriter {
public:
    BatchWriter(db::Connection& db, ImportSummary& summary)
        : m_db(db)
        , m_summary(summary)
    {
    }

    /// Each image's id, 0 for one left out (its probe is empty): already in the project (same SHA-256) or in this
    /// batch, else added under relPaths[i]. Fails, writing nothing of its own, when the project has another image at
    /// one of those paths.
    Result<std::vector<ImageId>> images(const ImportBatch& batch, const std::vector<ImageProbe>& probes,
        const std::vector<QString>& relPaths, const QString& batchName, const QString& split, std::int64_t now)
    {
        const std::size_t n = batch.images.size();
        std::vector<std::string> shas(n);
        std::vector<std::string> keys;
        keys.reserve(n);
        std::unordered_set<std::string> unique;
        for (std::size_t i = 0; i < n; ++i) {
            if (probes[i].sha256.isEmpty())
                continue;
            shas[i] = store::utf8(probes[i].sha256);
            if (unique.insert(shas[i]).second)
                keys.push_back(shas[i]);
        }
        std::unordered_map<std::string, ImageId> inProject;
        LECTOR_TRY(forEachIn(m_db, "SELECT sha256, id FROM images WHERE sha256", keys,
            [&](const db::Statement& s) { inProject.emplace(std::string(s.columnUtf8(0)), s.columnInt64(1)); }));

        // In the batch's order, so that its warnings read in that order too.
        std::unordered_set<std::string> added; // shas this batch has seen
        std::vector<std::size_t> toAdd; // the images that add them
        std::unordered_map<std::string, std::size_t> newPaths; // their paths, to the image that has it
        for (std::size_t i = 0; i < n; ++i) {
            if (shas[i].empty() || added.count(shas[i]))
                continue;
            const ImportedImage& img = batch.images[i];
            added.insert(shas[i]);
            if (inProject.count(shas[i])) {
                ++m_summary.imagesExisting;
                m_summary.warnings.push_back(
                    { Core::tr("image already in the project (same content): not added again"), img.imagePath, 0 });
                continue;
            }
            const ImageProbe& probe = probes[i];
            if ((img.width > 0 && img.width != probe.width) || (img.height > 0 && img.height != probe.height))
                m_summary.warnings.push_back({ Core::tr("the labels give the size %1×%2 but the image is %3×%4; "
                                                        "the image's own size is kept")
                                                   .arg(img.width)
                                                   .arg(img.height)
                                                   .arg(probe.width)
                                                   .arg(probe.height),
                    img.labelFile.isEmpty() ? img.imagePath : img.labelFile, 0 });
            if (!newPaths.emplace(store::utf8(relPaths[i]), i).second)
                return samePathError(img);
            toAdd.push_back(i);
        }
        std::vector<std::string> paths;
        paths.reserve(newPaths.size());
        for (const std::size_t i : toAdd)
            paths.push_back(store::utf8(relPaths[i]));
        std::optional<std::size_t> taken;
        LECTOR_TRY(forEachIn(m_db, "SELECT path FROM images WHERE path", paths, [&](const db::Statement& s) {
            const std::size_t i = newPaths.at(std::string(s.columnUtf8(0)));
            taken = taken ? std::min(*taken, i) : i;
        }));
        if (taken)
            return samePathError(batch.images[*taken]);

        db::RowAppender insert(m_db, "images", { "path", "sha256", "width", "height", "batch", "split", "added_at" });
        for (const std::size_t i : toAdd) {
            insert.add(relPaths[i])
                .add(std::string_view(shas[i]))
                .add(probes[i].width)
                .add(probes[i].height)
                .add(batchName)
                .add(split)
                .add(now);
            LECTOR_TRY(insert.endRow());
        }
        LECTOR_TRY(insert.finish());
        m_summary.imagesAdded += int(toAdd.size());
        std::vector<std::string> addedShas;
        addedShas.reserve(toAdd.size());
        for (const std::size_t i : toAdd)
            addedShas.push_back(shas[i]);
        LECTOR_TRY(forEachIn(m_db, "SELECT sha256, id FROM images WHERE sha256", addedShas,
            [&](const db::Statement& s) { inProject.emplace(std::string(s.columnUtf8(0)), s.columnInt64(1)); }));

        std::vector<ImageId> ids(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            if (shas[i].empty())
                continue;
            auto it = inProject.find(shas[i]);
            if (it == inProject.end())
                return LECTOR_ERROR(ErrorCode::Internal, Core::tr("an added image was not found again"))
                    .at(batch.images[i].imagePath);
            ids[i] = it->second;
        }
        return ids;
    }

    /// Appends predictions of `run`.
    void startPredictions(RunId run)
    {
        m_run = run;
        m_regions.emplace(m_db, "predictions",
            std::vector<std::string> { "run_id", "image_id", "points", "x_min", "y_min", "x_max", "y_max", "text",
                "flags", "script", "confidence" });
    }
    /// Appends labels of `annotator`, made under `guideline` (0: none in force).
    void startLabels(AnnotatorId annotator, int guideline, const QString& source, std::int64_t now)
    {
        m_annotator = annotator;
        m_guideline = guideline;
        m_source = store::utf8(source);
        m_now = now;
        m_regions.emplace(m_db, "annotations",
            std::vector<std::string> { "image_id", "annotator_id", "guideline_version", "points", "x_min", "y_min",
                "x_max", "y_max", "text", "flags", "script", "source", "created_at", "updated_at", "seconds_spent" });
    }

    Result<void> region(ImageId image, const Region& r)
    {
        db::RowAppender& row = *m_regions;
        const BoxF b = r.polygon.boundingBox();
        if (m_run) {
            row.add(m_run).add(image);
        } else {
            row.add(image).add(m_annotator);
            if (m_guideline > 0)
                row.add(m_guideline);
            else
                row.addNull();
        }
        row.add(r.polygon.toText()).add(b.x0).add(b.y0).add(b.x1).add(b.y1);
        row.add(r.text).add(static_cast<std::int64_t>(r.flags)).add(r.script);
        if (m_run) {
            if (r.hasConfidence())
                row.add(r.confidence);
            else
                row.addNull();
        } else {
            row.add(std::string_view(m_source)).add(m_now).add(m_now).add(0.0);
        }
        return row.endRow();
    }

    /// Writes the regions not yet written.
    Result<void> finish() { return m_regions ? m_regions->finish() : Result<void> {}; }

private:
    static Error samePathError(const ImportedImage& img)
    {
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("the project has another image at this path (the file changed since it was added); "
                     "nothing was imported"))
            .at(img.imagePath);
    }

    db::Connection& m_db;
    ImportSummary& m_summary;
    std::optional<db::RowAppender> m_regions;
    RunId m_run = 0;
    AnnotatorId m_annotator = 0;
    int m_guideline = 0;
    std::string m_source;
    std::int64_t m_now = 0;
};

/// A bulk write's settings on a project file, for as long as it lives: foreign keys are not looked up row by row
/// (the writer made or found every key it writes, inside the same transaction), and the page cache holds up to
/// kBulkCacheKiB of the transaction's pages so that an index page is not written to the log again each time it
/// fills. Both are set back afterwards; on a server, and inside a caller's transaction (where SQLite ignores the
/// first), nothing changes.
class BulkWriteSettings {
public:
    explicit BulkWriteSettings(db::Connection& db)
        : m_db(db.backend() == db::Backend::Sqlite && !db.inTransaction() ? &db : nullptr)
    {
        if (!m_db)
            return;
        if (auto cache = m_db->prepare("PRAGMA cache_size")) {
            if (auto was = (*cache)->firstRow([&] { return (*cache)->columnInt64(0); }); was && *was)
                m_cache = **was;
        }
        (void)m_db->exec("PRAGMA foreign_keys=OFF; PRAGMA cache_size=-" + std::to_string(kBulkCacheKiB) + ";");
    }
    ~BulkWriteSettings()
    {
        if (m_db)
            (void)m_db->exec("PRAGMA foreign_keys=ON; PRAGMA cache_size=" + std::to_string(m_cache) + ";");
    }
    BulkWriteSettings(const BulkWriteSettings&) = delete;
    BulkWriteSettings& operator=(const BulkWriteSettings&) = delete;

    static constexpr int kBulkCacheKiB = 128 * 1024;

private:
    db::Connection* m_db;
    std::int64_t m_cache = -2000; // SQLite's default, 2,000 KiB, unless the connection said otherwise
};

} // namespace

Result<ImportSummary> ProjectStore::importBatch(
    const ImportBatch& batch, const ImportTarget& target, Progress* progress)
{
    const bool toRun = !target.run.isEmpty();
    const bool imagesOnly = target.isImagesOnly();
    if (toRun && !target.annotator.isEmpty())
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("an import goes either to an annotator or to a model run (give one, not both)"));
    if (imagesOnly && batch.regionCount() > 0)
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("%1 regions need an annotator or a model run to belong to").arg(batch.regionCount()));

    // 1. Validate everything before anything is written.
    auto paths = validateBatch(batch);
    if (!paths)
        return std::move(paths).error();
    ImportSummary summary;
    summary.warnings = batch.warnings;
    auto probes = probeBatch(batch, *paths, target.skipUnreadableImages, progress, summary);
    if (!probes)
        return std::move(probes).error();
    const std::int64_t now = nowMs();
    const QString batchName = target.batch.isEmpty()
        ? QStringLiteral("import-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd"))
        : target.batch;

    // 2. One transaction for the whole batch.
    const BulkWriteSettings bulk(*m_db); // before the transaction, and back after it
    auto tx = db::Transaction::begin(*m_db);
    if (!tx)
        return std::move(tx).error();

    AnnotatorId annotatorId = 0;
    RunId runId = 0;
    if (imagesOnly) {
        // No one's labels: no annotator is made.
    } else if (toRun) {
        auto id = createRun(target.run, target.model,
            QString::fromStdString(nlohmann::json { { "format", utf8(batch.formatId) } }.dump()));
        if (!id)
            return std::move(id).error();
        runId = *id;
    } else {
        auto id = ensureAnnotator(target.annotator, target.role);
        if (!id)
            return std::move(id).error();
        annotatorId = *id;
    }
    auto guidelineResult = store::guidelineInForce(*m_db);
    if (!guidelineResult)
        return std::move(guidelineResult).error();
    const int guideline = *guidelineResult;

    std::vector<QString> relPaths;
    relPaths.reserve(batch.images.size());
    for (const ImportedImage& img : batch.images)
        relPaths.push_back(relativeImagePath(img.imagePath));
    BatchWriter writer(*m_db, summary);
    auto imageIds = writer.images(batch, *probes, relPaths, batchName, target.split, now);
    if (!imageIds)
        return std::move(imageIds).error();
    if (toRun)
        writer.startPredictions(runId);
    else if (!imagesOnly)
        writer.startLabels(annotatorId, guideline, sourceName(target.source), now);

    const std::int64_t total = static_cast<std::int64_t>(batch.regionCount());
    std::int64_t done = 0;
    for (size_t i = 0; i < batch.images.size(); ++i) {
        const ImportedImage& img = batch.images[i];
        const ImageId imageId = (*imageIds)[i];
        if (!imageId)
            continue; // skipped: does not decode
        if (img.done && !toRun)
            LECTOR_TRY(store::writeImageState(*m_db, imageId, annotatorId, ImageState::Done));
        for (const Region& r : img.regions) {
            LECTOR_TRY(writer.region(imageId, r));
            if (++done % kProgressEvery == 0 && progress) {
                progress->report(done, total);
                if (progress->isCanceled())
                    return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("import canceled; nothing was written"));
            }
        }
    }
    LECTOR_TRY(writer.finish());
    summary.regions = done;

    if (!batch.images.empty() && summary.imagesSkipped == int(batch.images.size()))
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("none of the %1 images decodes; nothing was imported").arg(batch.images.size()));
    nlohmann::json detail { { "format", utf8(batch.formatId) }, { "images_added", summary.imagesAdded },
        { "images_existing", summary.imagesExisting }, { "regions", summary.regions } };
    if (toRun)
        detail["run"] = utf8(target.run);
    if (summary.imagesSkipped > 0)
        detail["images_skipped"] = summary.imagesSkipped;
    store::LogWrite entry;
    entry.at = now;
    entry.annotator = toRun ? 0 : annotatorId;
    entry.action = "import";
    entry.reason = EditReason::Import;
    entry.after = detail.dump();
    if (auto logged = store::appendLog(*m_db, entry); !logged)
        return std::move(logged).error();

    if (progress && progress->isCanceled())
        return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("import canceled; nothing was written"));
    LECTOR_TRY(tx->commit());
    if (progress)
        progress->report(total, total);
    return summary;
}

// ---- Export ------------------------------------------------------------------------------------------------------

namespace {

/// Whose regions an export takes: a run's or an annotator's id, and its name.
struct ExportSource {
    std::int64_t key = 0;
    QString name;
    bool predictions = false;
};

Result<ExportSource> findRunSource(db::Connection& db, const QString& run, const QString& projectPath)
{
    LECTOR_PREPARE(find, db, "SELECT id FROM model_runs WHERE name = ?");
    find.bind(1, run);
    auto id = find.firstRow([&] { return find.columnInt64(0); });
    if (!id)
        return std::move(id).error();
    if (!*id)
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("no model run named \"%1\"").arg(run)).at(projectPath);
    return ExportSource { **id, run, true };
}

/// The only annotator with labels, when no name is given.
Result<QString> onlyAnnotatorWithLabels(db::Connection& db, const QString& projectPath)
{
    LECTOR_PREPARE(who, db, "SELECT DISTINCT a.name FROM annotations n JOIN annotators a ON a.id = n.annotator_id");
    QStringList names;
    LECTOR_TRY(who.forEachRow([&] { names << who.columnText(0); }));
    if (names.size() != 1)
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            names.isEmpty() ? Core::tr("the project has no labels to export")
                            : Core::tr("the project has labels of several annotators (%1): name one")
                                  .arg(names.join(QStringLiteral(", "))))
            .at(projectPath);
    return names.first();
}

/// The annotator's state of every image that has one (no row: ToDo).
Result<std::unordered_map<ImageId, ImageState>> readImageStates(db::Connection& db, AnnotatorId annotator)
{
    std::unordered_map<ImageId, ImageState> states;
    LECTOR_PREPARE(s, db, "SELECT image_id, state FROM image_states WHERE annotator_id = ?");
    s.bind(1, annotator);
    LECTOR_TRY(s.forEachRow(
        [&] { states.emplace(s.columnInt64(0), static_cast<ImageState>(std::clamp(s.columnInt(1), 0, 2))); }));
    return states;
}

} // namespace

Result<ExportSet> ProjectStore::exportSet(const ExportSelector& selector) const
{
    ExportSource source;
    if (!selector.run.isEmpty()) {
        if (selector.doneOnly)
            return LECTOR_ERROR(ErrorCode::InvalidArgument,
                Core::tr("images are marked done by annotators, not by model runs: export an annotator's "
                         "labels to take only the images done"))
                .at(m_path);
        auto run = findRunSource(*m_db, selector.run, m_path);
        if (!run)
            return std::move(run).error();
        source = *run;
    } else {
        QString name = selector.annotator;
        if (name.isEmpty()) {
            auto only = onlyAnnotatorWithLabels(*m_db, m_path);
            if (!only)
                return std::move(only).error();
            name = *only;
        }
        auto found = findAnnotator(name);
        if (!found)
            return std::move(found).error();
        if (!*found)
            return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("no annotator named \"%1\"").arg(name)).at(m_path);
        source = ExportSource { (*found)->id, name, false };
    }
    auto imgs = images();
    if (!imgs)
        return std::move(imgs).error();
    std::unordered_map<ImageId, ImageState> states;
    if (!source.predictions) {
        auto read = readImageStates(*m_db, source.key);
        if (!read)
            return std::move(read).error();
        states = std::move(read).value();
    }
    const auto stateOf = [&](ImageId id) {
        const auto it = states.find(id);
        return it == states.end() ? ImageState::ToDo : it->second;
    };

    // Images in id order (images() lists them so): those with regions, and for an annotator those marked done
    // without any (an image labeled as holding no text).
    std::unordered_map<ImageId, std::vector<Region>> regionsOf;
    const char* sql = source.predictions
        ? "SELECT points, text, flags, script, image_id, confidence FROM predictions WHERE run_id = ? "
          "ORDER BY image_id, id"
        : "SELECT points, text, flags, script, image_id, NULL FROM annotations WHERE annotator_id = ? "
          "ORDER BY image_id, id";
    LECTOR_PREPARE(s, *m_db, sql);
    s.bind(1, source.key);
    LECTOR_TRY(s.forEachRow([&] {
        Region r = readRegion(s, 0);
        if (!s.columnIsNull(5))
            r.confidence = s.columnDouble(5);
        regionsOf[s.columnInt64(4)].push_back(std::move(r));
    }));

    std::unordered_set<ImageId> duplicates;
    if (!selector.includeDuplicates) {
        LECTOR_PREPARE(d, *m_db, "SELECT image_id FROM image_duplicates");
        LECTOR_TRY(d.forEachRow([&] { duplicates.insert(d.columnInt64(0)); }));
    }

    ExportSet set;
    set.name = source.name;
    set.predictions = source.predictions;
    for (const ImageRecord& rec : *imgs) {
        if (duplicates.count(rec.id))
            continue;
        const auto regions = regionsOf.find(rec.id);
        const ImageState state = stateOf(rec.id);
        if (regions == regionsOf.end() && state != ImageState::Done)
            continue;
        if (selector.doneOnly && state != ImageState::Done) {
            ++set.imagesNotDone;
            continue;
        }
        ExportImage ei;
        ei.id = rec.id;
        ei.absolutePath = absoluteImagePath(rec);
        ei.relativePath = QFileInfo(rec.path).isAbsolute() ? QFileInfo(rec.path).fileName() : rec.path;
        ei.width = rec.width;
        ei.height = rec.height;
        ei.split = rec.split;
        ei.state = state;
        if (regions != regionsOf.end())
            ei.regions = std::move(regions->second);
        set.images.push_back(std::move(ei));
    }
    return set;
}

// ---- Info and check ----------------------------------------------------------------------------------------------

Result<ProjectInfo> ProjectStore::info() const
{
    ProjectInfo info;
    info.schemaVersion = kSchemaVersion;
    auto scalar = [this](const char* sql) -> Result<std::int64_t> {
        LECTOR_PREPARE(s, *m_db, sql);
        auto row = s.step();
        if (!row)
            return std::move(row).error();
        const std::int64_t v = s.columnInt64(0);
        s.reset();
        return v;
    };
    auto images = scalar("SELECT count(*) FROM images");
    if (!images)
        return std::move(images).error();
    info.images = *images;
    auto guidelines = scalar("SELECT count(*) FROM guideline_versions");
    if (!guidelines)
        return std::move(guidelines).error();
    info.guidelineVersions = *guidelines;
    auto dontCare = scalar("SELECT count(*) FROM annotations WHERE (flags & 2) <> 0");
    if (!dontCare)
        return std::move(dontCare).error();
    info.dontCare = *dontCare;

    auto grouped = [this](const char* sql, std::map<QString, std::int64_t>& out) -> Result<void> {
        LECTOR_PREPARE(s, *m_db, sql);
        LECTOR_TRY(s.forEachRow([&] { out[s.columnText(0)] = s.columnInt64(1); }));
        return {};
    };
    // Counting through the per-annotator index, then naming: no scan of the annotations table.
    LECTOR_TRY(grouped("SELECT a.name, (SELECT count(*) FROM annotations n WHERE n.annotator_id = a.id) "
                       "FROM annotators a",
        info.annotationsByAnnotator));
    LECTOR_TRY(grouped("SELECT r.name, (SELECT count(*) FROM predictions p WHERE p.run_id = r.id) FROM model_runs r",
        info.predictionsByRun));
    for (auto it = info.annotationsByAnnotator.begin(); it != info.annotationsByAnnotator.end();) {
        info.annotations += it->second;
        it = it->second == 0 ? info.annotationsByAnnotator.erase(it) : std::next(it);
    }
    return info;
}

namespace {

struct SchemaObject {
    QString type; // table, index, trigger, view
    QString name;
    QString table; // the table an index or trigger belongs to
    QStringList columns; // of a table
};

Result<std::vector<SchemaObject>> schemaObjects(db::Connection& db)
{
    const bool server = db.backend() == db::Backend::Postgres;
    std::vector<SchemaObject> out;
    {
        // A server project's tables and indexes are those of its schema (the triggers and views SQLite could list,
        // Lector makes none of).
        LECTOR_PREPARE(s, db,
            server ? "SELECT 'table', table_name, table_name FROM information_schema.tables WHERE table_schema = "
                     "current_schema() UNION ALL SELECT 'index', indexname, tablename FROM pg_indexes WHERE "
                     "schemaname = current_schema() ORDER BY 1 DESC, 2"
                   : "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                     "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name");
        LECTOR_TRY(s.forEachRow([&] { out.push_back({ s.columnText(0), s.columnText(1), s.columnText(2), {} }); }));
    }
    for (SchemaObject& o : out) {
        if (o.type != QLatin1String("table"))
            continue;
        LECTOR_PREPARE(c, db,
            server ? "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND "
                     "table_name = ? ORDER BY ordinal_position"
                   : "SELECT name FROM pragma_table_info(?) ORDER BY cid");
        c.bind(1, o.name);
        LECTOR_TRY(c.forEachRow([&] { o.columns << c.columnText(0); }));
    }
    return out;
}

} // namespace

Result<QStringList> ProjectStore::schemaProblems() const
{
    // The reference is the schema this build writes, made by the same migrations in memory: nothing to keep in step.
    auto reference = create(QStringLiteral(":memory:"));
    if (!reference)
        return std::move(reference).error();
    auto expected = schemaObjects((*reference)->database());
    if (!expected)
        return std::move(expected).error();
    auto actual = schemaObjects(*m_db);
    if (!actual)
        return std::move(actual).error();
    QStringList problems;
    QStringList missingTables;
    for (const SchemaObject& want : *expected) {
        const auto have = std::find_if(actual->begin(), actual->end(),
            [&](const SchemaObject& o) { return o.type == want.type && o.name == want.name; });
        if (have == actual->end()) {
            if (want.type == QLatin1String("table"))
                missingTables << want.name;
            else if (missingTables.contains(want.table))
                continue; // gone with its table
            problems << Core::tr("the %1 %2 is missing").arg(want.type, want.name);
            continue;
        }
        for (const QString& column : want.columns) {
            if (!have->columns.contains(column))
                problems << Core::tr("the column %1.%2 is missing").arg(want.name, column);
        }
    }
    return problems;
}

Result<CheckReport> ProjectStore::check(Progress* progress) const
{
    CheckReport report;
    if (isServer()) {
        // The server keeps its own files whole (write-ahead log, checksummed pages when initdb enabled them); what
        // Lector checks on a server is the schema and the images.
        report.integrityOk = true;
        report.integrityMessage = QStringLiteral("ok");
    } else {
        LECTOR_PREPARE(s, *m_db, "PRAGMA integrity_check");
        QStringList lines;
        LECTOR_TRY(s.forEachRow([&] { lines << s.columnText(0); }));
        report.integrityOk = lines == QStringList { QStringLiteral("ok") };
        report.integrityMessage = lines.join(QLatin1Char('\n'));
    }
    auto schema = schemaProblems();
    if (!schema)
        return std::move(schema).error();
    report.schemaProblems = std::move(schema).value();
    auto imgs = images();
    if (!imgs) {
        if (!report.schemaProblems.isEmpty())
            return report; // what the images cannot be listed for is said already
        return std::move(imgs).error();
    }
    std::int64_t done = 0;
    for (const ImageRecord& rec : *imgs) {
        if (progress && progress->isCanceled())
            return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("check canceled"));
        const QString path = absoluteImagePath(rec);
        auto probe = probeImage(path);
        if (!probe)
            report.problems.push_back({ probe.error().message, path, 0 });
        else if (probe->sha256 != rec.sha256)
            report.problems.push_back({ Core::tr("the image changed since it was added (SHA-256 differs)"), path, 0 });
        if (progress)
            progress->report(++done, static_cast<std::int64_t>(imgs->size()));
    }
    return report;
}

} // namespace lector
