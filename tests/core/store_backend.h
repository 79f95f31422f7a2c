// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Store tests run on both backends: a project file (SQLite) and a schema of its own on the throwaway PostgreSQL
// cluster scripts/test.sh starts (LECTOR_TEST_PG names it; without it the PostgreSQL cases skip).
#pragma once

#include <lector/core/result.h>
#include <lector/store/project_store.h>

#include "store/db/connection.h"

#include <QString>

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace lector::test {

/// Where one test's project lives: `fileName` in `dir` for SQLite; for PostgreSQL a fresh schema on the test
/// cluster, named in the location's search_path and dropped with everything in it when this dies (after the
/// test's stores: declare it before them). available() is false without a server: the test should skip.
class ProjectLocation {
public:
    ProjectLocation(db::Backend backend, const QString& dir, const QString& fileName = QStringLiteral("p.lector"));
    ~ProjectLocation();
    ProjectLocation(const ProjectLocation&) = delete;
    ProjectLocation& operator=(const ProjectLocation&) = delete;

    bool available() const { return !m_location.isEmpty(); }
    db::Backend backend() const { return m_backend; }
    /// The path or the postgresql:// URL ProjectStore::create and open take.
    const QString& location() const { return m_location; }
    /// The folder the test's images are in: a server project's image root (rootDir), so that image paths are
    /// stored relative to it on both backends.
    const QString& dir() const { return m_dir; }

    /// ProjectStore::create / open of this location, with the image root set for a server project.
    Result<std::unique_ptr<ProjectStore>> create() const;
    Result<std::unique_ptr<ProjectStore>> open(OpenMode mode = OpenMode::ReadWrite) const;
    /// Runs SQL on the project's own database (the file, or the schema) outside the store, as a test sets up
    /// or reads what the store's API does not reach; false (with a test failure recorded) on an error.
    bool exec(const std::string& sql) const;
    /// The first column of the first row of `sql`, -1 (with a failure recorded) on an error.
    std::int64_t scalar(const std::string& sql) const;
    /// Runs SQL on the test cluster as its superuser, outside any project (roles are the cluster's); false when
    /// there is no cluster or it failed.
    static bool execOnServer(const std::string& sql);

private:
    std::unique_ptr<db::Connection> connect() const;

    db::Backend m_backend;
    QString m_dir;
    QString m_location;
    std::string m_schema;
};

/// The test-name suffix for a backend parameter: "Sqlite" or "Postgres".
std::string backendName(const ::testing::TestParamInfo<db::Backend>& info);

} // namespace lector::test

/// Instantiates a TEST_P suite over both backends.
#define LECTOR_ON_BOTH_BACKENDS(suite)                                                                                 \
    INSTANTIATE_TEST_SUITE_P(Backends, suite,                                                                          \
        ::testing::Values(::lector::db::Backend::Sqlite, ::lector::db::Backend::Postgres),                             \
        ::lector::test::backendName)

/// In SetUp: skips when the backend's server is not there.
#define LECTOR_REQUIRE_BACKEND(location)                                                                               \
    do {                                                                                                               \
        if (!(location).available())                                                                                   \
            GTEST_SKIP() << "no PostgreSQL server: LECTOR_TEST_PG is not set (scripts/test.sh starts one)";            \
    } while (false)

namespace lector::db {
/// How gtest names a backend parameter in its messages.
inline void PrintTo(Backend backend, std::ostream* os)
{
    *os << (backend == Backend::Sqlite ? "SQLite" : "PostgreSQL");
}
} // namespace lector::db
