// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "store_backend.h"

#include "store/postgres/connection.h"
#include "store/sqlite/database.h"

#include <QDir>
#include <QRandomGenerator>

namespace lector::test {

ProjectLocation::ProjectLocation(db::Backend backend, const QString& dir, const QString& fileName)
    : m_backend(backend)
    , m_dir(dir)
{
    if (backend == db::Backend::Sqlite) {
        m_location = QDir(dir).filePath(fileName);
        return;
    }
    const QString server = qEnvironmentVariable("LECTOR_TEST_PG");
    if (server.isEmpty())
        return;
    auto admin = postgres::Connection::open(server);
    if (!admin) {
        ADD_FAILURE() << "cannot reach the test cluster: " << admin.error().toString().toStdString();
        return;
    }
    m_schema = "lector_test_" + std::to_string(QRandomGenerator::global()->generate64());
    if (!(*admin)->exec("CREATE SCHEMA " + m_schema + ";")) {
        ADD_FAILURE() << "cannot make a schema on the test cluster";
        m_schema.clear();
        return;
    }
    m_location = server + (server.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
        + QStringLiteral("options=-csearch_path%3D") + QString::fromStdString(m_schema);
}

ProjectLocation::~ProjectLocation()
{
    if (m_schema.empty())
        return;
    if (auto admin = postgres::Connection::open(qEnvironmentVariable("LECTOR_TEST_PG")))
        (void)(*admin)->exec("DROP SCHEMA " + m_schema + " CASCADE;");
}

Result<std::unique_ptr<ProjectStore>> ProjectLocation::create() const
{
    auto store = ProjectStore::create(m_location);
    if (store && m_backend == db::Backend::Postgres)
        (*store)->setImageRoot(m_dir);
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectLocation::open(OpenMode mode) const
{
    auto store = ProjectStore::open(m_location, mode);
    if (store && m_backend == db::Backend::Postgres)
        (*store)->setImageRoot(m_dir);
    return store;
}

std::unique_ptr<db::Connection> ProjectLocation::connect() const
{
    if (m_backend == db::Backend::Sqlite) {
        auto db = sqlite::Database::open(m_location, sqlite::Database::Mode::OpenExisting);
        if (!db) {
            ADD_FAILURE() << db.error().toString().toStdString();
            return nullptr;
        }
        return std::move(db).value();
    }
    auto db = postgres::Connection::open(m_location);
    if (!db) {
        ADD_FAILURE() << db.error().toString().toStdString();
        return nullptr;
    }
    return std::move(db).value();
}

bool ProjectLocation::exec(const std::string& sql) const
{
    auto db = connect();
    if (!db)
        return false;
    auto r = db->exec(sql);
    if (!r)
        ADD_FAILURE() << r.error().toString().toStdString();
    return bool(r);
}

std::int64_t ProjectLocation::scalar(const std::string& sql) const
{
    auto db = connect();
    if (!db)
        return -1;
    auto s = db->prepare(sql);
    if (!s) {
        ADD_FAILURE() << s.error().toString().toStdString();
        return -1;
    }
    auto v = (*s)->firstRow([&] { return (*s)->columnInt64(0); });
    if (!v || !*v) {
        ADD_FAILURE() << "no value from: " << sql;
        return -1;
    }
    return **v;
}

bool ProjectLocation::execOnServer(const std::string& sql)
{
    const QString server = qEnvironmentVariable("LECTOR_TEST_PG");
    if (server.isEmpty())
        return false;
    auto admin = postgres::Connection::open(server);
    return admin && (*admin)->exec(sql);
}

std::string backendName(const ::testing::TestParamInfo<db::Backend>& info)
{
    return info.param == db::Backend::Sqlite ? "Sqlite" : "Postgres";
}

} // namespace lector::test
