// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/project_transfer.h>

#include <lector/core/tr.h>
#include <lector/store/project_store.h>
#include <lector/store/read_snapshot.h>

#include "store/db/connection.h"
#include "store/db/row_appender.h"
#include "store/db/transaction.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <unordered_map>

namespace lector {

namespace {

constexpr int kProgressEvery = 4096;

struct Column {
    std::string name;
    char type = 't'; // i(nteger), r(eal), t(ext): the declared type's affinity
    int key = 0; // its place in the primary key, 0 when not in it
};

struct Table {
    std::string name;
    std::vector<Column> columns;
    std::string select; // every column, in primary-key order where there is one
    std::string insert; // a row of every column
    bool hasIdentity = false; // an `id INTEGER PRIMARY KEY` a server numbers with a sequence
};

/// Lector's tables in the order their migrations create them (a table's foreign keys name only those before it),
/// read from the schema this build writes: nothing to keep in step by hand.
Result<std::vector<Table>> readLectorTables()
{
    auto reference = ProjectStore::create(QStringLiteral(":memory:"));
    if (!reference)
        return std::move(reference).error();
    db::Connection& db = (*reference)->database();
    std::vector<Table> tables;
    {
        LECTOR_PREPARE(s, db,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND "
            "name <> 'schema_version' ORDER BY rowid");
        LECTOR_TRY(s.forEachRow([&] {
            Table t;
            t.name = std::string(s.columnUtf8(0));
            tables.push_back(std::move(t));
        }));
    }
    for (Table& t : tables) {
        LECTOR_PREPARE(c, db, "SELECT name, upper(type), pk FROM pragma_table_info(?) ORDER BY cid");
        c.bind(1, std::string_view(t.name));
        LECTOR_TRY(c.forEachRow([&] {
            Column col;
            col.name = std::string(c.columnUtf8(0));
            const std::string type(c.columnUtf8(1));
            if (type.find("INT") != std::string::npos)
                col.type = 'i';
            else if (type.find("REAL") != std::string::npos || type.find("DOUB") != std::string::npos
                || type.find("FLOA") != std::string::npos)
                col.type = 'r';
            col.key = c.columnInt(2);
            t.columns.push_back(std::move(col));
        }));
        std::vector<const Column*> key;
        std::string list;
        std::string marks;
        for (const Column& col : t.columns) {
            list += list.empty() ? "" : ", ";
            list += col.name;
            marks += marks.empty() ? "?" : ", ?";
            if (col.key > 0)
                key.push_back(&col);
        }
        t.insert.append("INSERT INTO ")
            .append(t.name)
            .append(" (")
            .append(list)
            .append(") VALUES (")
            .append(marks)
            .append(")");
        std::sort(key.begin(), key.end(), [](const Column* a, const Column* b) { return a->key < b->key; });
        t.select = "SELECT " + list + " FROM " + t.name;
        for (std::size_t k = 0; k < key.size(); ++k)
            t.select += (k ? ", " : " ORDER BY ") + key[k]->name;
        t.hasIdentity = key.size() == 1 && key[0]->name == "id" && key[0]->type == 'i';
    }
    return tables;
}

const Result<std::vector<Table>>& lectorTables()
{
    static const Result<std::vector<Table>> tables = readLectorTables();
    return tables;
}

/// One row in the checksum's encoding: each value tagged with its kind, text with its length, so that no two rows
/// encode alike.
std::string encodeRow(const db::Statement& s, const Table& t)
{
    std::string out;
    for (int k = 0; k < int(t.columns.size()); ++k) {
        if (s.columnIsNull(k)) {
            out += 'n';
            continue;
        }
        switch (t.columns[std::size_t(k)].type) {
        case 'i':
            out += 'i' + std::to_string(s.columnInt64(k)) + ';';
            break;
        case 'r': {
            char text[40];
            std::snprintf(text, sizeof text, "r%.17g;", s.columnDouble(k));
            out += text;
            break;
        }
        default: {
            const std::string_view v = s.columnUtf8(k);
            out += 't' + std::to_string(v.size()) + ':';
            out.append(v);
        }
        }
    }
    return out;
}

/// Rows that are where a project is, not what it holds.
bool isLocal(const db::Statement& s, const Table& t)
{
    return t.name == "project" && s.columnUtf8(0) == std::string_view(kImageRootKey);
}

/// Sorts a table's encoded rows and hashes them.
TableChecksum finish(const Table& t, std::vector<std::string>& rows)
{
    std::sort(rows.begin(), rows.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const std::string& r : rows) {
        const std::string length = std::to_string(r.size()) + '\n';
        hash.addData(QByteArrayView(length.data(), qsizetype(length.size())));
        hash.addData(QByteArrayView(r.data(), qsizetype(r.size())));
    }
    return { QString::fromStdString(t.name), std::int64_t(rows.size()), QString::fromLatin1(hash.result().toHex()) };
}

void seal(ProjectChecksum& sum)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const TableChecksum& t : sum.tables)
        hash.addData(QStringLiteral("%1 %2 %3\n").arg(t.table).arg(t.rows).arg(t.sha256).toUtf8());
    sum.sha256 = QString::fromLatin1(hash.result().toHex());
}

Result<std::int64_t> countRows(db::Connection& db, const Table& t)
{
    LECTOR_PREPARE(s, db, "SELECT count(*) FROM " + t.name);
    auto n = s.firstRow([&] { return s.columnInt64(0); });
    if (!n)
        return std::move(n).error();
    return n->value_or(0);
}

/// Reads every table of `db`, handing each row to `onRow(table, statement)` before it is encoded.
template <typename OnRow>
Result<ProjectChecksum> readAll(db::Connection& db, Progress* progress, std::int64_t total, OnRow&& onRow)
{
    const auto& tables = lectorTables();
    if (!tables)
        return tables.error();
    ProjectChecksum sum;
    std::int64_t done = 0;
    for (const Table& t : *tables) {
        auto s = db.prepareOwned(t.select);
        if (!s)
            return std::move(s).error();
        std::vector<std::string> rows;
        for (;;) {
            auto row = (*s)->step();
            if (!row)
                return std::move(row).error();
            if (!*row)
                break;
            LECTOR_TRY(onRow(t, **s));
            if (!isLocal(**s, t))
                rows.push_back(encodeRow(**s, t));
            if (++done % kProgressEvery == 0 && progress) {
                if (progress->isCanceled())
                    return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("the copy was canceled"));
                progress->report(done, total);
            }
        }
        sum.tables.push_back(finish(t, rows));
    }
    seal(sum);
    return sum;
}

Result<std::int64_t> totalRows(db::Connection& db)
{
    const auto& tables = lectorTables();
    if (!tables)
        return tables.error();
    std::int64_t total = 0;
    for (const Table& t : *tables) {
        auto n = countRows(db, t);
        if (!n)
            return std::move(n).error();
        total += *n;
    }
    return total;
}

} // namespace

std::int64_t ProjectChecksum::rows() const
{
    std::int64_t n = 0;
    for (const TableChecksum& t : tables)
        n += t.rows;
    return n;
}

bool ProjectChecksum::operator==(const ProjectChecksum& other) const
{
    if (sha256 != other.sha256 || tables.size() != other.tables.size())
        return false;
    for (std::size_t k = 0; k < tables.size(); ++k) {
        const TableChecksum& a = tables[k];
        const TableChecksum& b = other.tables[k];
        if (a.table != b.table || a.rows != b.rows || a.sha256 != b.sha256)
            return false;
    }
    return true;
}

Result<ProjectChecksum> projectChecksum(const ProjectStore& store, Progress* progress)
{
    auto snapshot = ReadSnapshot::begin(store);
    if (!snapshot)
        return std::move(snapshot).error();
    db::Connection& db = store.database();
    auto total = totalRows(db);
    if (!total)
        return std::move(total).error();
    return readAll(db, progress, *total, [](const Table&, const db::Statement&) -> Result<void> { return {}; });
}

Result<ProjectChecksum> copyProject(const ProjectStore& from, ProjectStore& to, Progress* progress)
{
    const auto& tables = lectorTables();
    if (!tables)
        return tables.error();
    db::Connection& target = to.database();
    auto tx = db::Transaction::begin(target);
    if (!tx)
        return std::move(tx).error();
    for (const Table& t : *tables) {
        if (t.name == "project")
            continue; // a new project's own creation time, replaced by the source's
        auto n = countRows(target, t);
        if (!n)
            return std::move(n).error();
        if (*n > 0)
            return LECTOR_ERROR(ErrorCode::InvalidArgument,
                Core::tr("the project to copy into is not empty (its table %1 has %2 rows)")
                    .arg(QString::fromStdString(t.name))
                    .arg(*n))
                .at(to.path());
    }
    LECTOR_TRY(target.exec("DELETE FROM project;"));
    const bool server = target.backend() == db::Backend::Postgres;
    // The log's entries keep the database users they had (none, from a file): the trigger that names the writer
    // is off for the copy, inside its transaction (which only the project's owner may do).
    if (server)
        LECTOR_TRY(target.exec("ALTER TABLE edit_log DISABLE TRIGGER edit_log_database_user;"));

    auto snapshot = ReadSnapshot::begin(from);
    if (!snapshot)
        return std::move(snapshot).error();
    auto total = totalRows(from.database());
    if (!total)
        return std::move(total).error();
    // Each table's rows appended many to an INSERT (values as the column's declared type), one table after the
    // other: a table's last rows are written before the next table's, whose keys may refer to them.
    std::optional<db::RowAppender> rows;
    const Table* rowsOf = nullptr;
    auto source
        = readAll(from.database(), progress, 2 * *total, [&](const Table& t, const db::Statement& s) -> Result<void> {
              if (rowsOf != &t) {
                  if (rows)
                      LECTOR_TRY(rows->finish());
                  std::vector<std::string> names;
                  for (const Column& col : t.columns)
                      names.push_back(col.name);
                  rows.emplace(target, t.name, std::move(names));
                  rowsOf = &t;
              }
              for (int k = 0; k < int(t.columns.size()); ++k) {
                  if (s.columnIsNull(k))
                      rows->addNull();
                  else if (t.columns[std::size_t(k)].type == 'i')
                      rows->add(s.columnInt64(k));
                  else if (t.columns[std::size_t(k)].type == 'r')
                      rows->add(s.columnDouble(k));
                  else
                      rows->add(s.columnUtf8(k));
              }
              return rows->endRow();
          });
    if (source && rows) {
        if (auto written = rows->finish(); !written)
            source = std::move(written).error();
    }
    if (!source)
        return std::move(source).error();
    snapshot->reset();

    if (server) {
        LECTOR_TRY(target.exec("ALTER TABLE edit_log ENABLE TRIGGER edit_log_database_user;"));
        // Ids were given: each identity's sequence goes on after the highest, as SQLite's max(id) + 1 would.
        for (const Table& t : *tables) {
            if (!t.hasIdentity)
                continue;
            LECTOR_PREPARE(s, target,
                "SELECT setval(pg_get_serial_sequence('" + t.name + "', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM "
                    + t.name + "), false)");
            auto set = s.firstRow([] { return 0; });
            if (!set)
                return std::move(set).error();
        }
    }

    // What the target now holds, read inside the transaction: committed only if it is what the source holds.
    auto copied
        = readAll(target, progress, 2 * *total, [](const Table&, const db::Statement&) -> Result<void> { return {}; });
    if (!copied)
        return std::move(copied).error();
    if (*copied != *source) {
        for (std::size_t k = 0; k < source->tables.size(); ++k) {
            const TableChecksum& a = source->tables[k];
            const TableChecksum& b = copied->tables[k];
            if (a.rows != b.rows || a.sha256 != b.sha256)
                return LECTOR_ERROR(ErrorCode::Corrupt,
                    Core::tr("the copy differs from the project in table %1 (%2 rows, %3 copied; checksums "
                             "%4 and %5): nothing was written")
                        .arg(a.table)
                        .arg(a.rows)
                        .arg(b.rows)
                        .arg(a.sha256.left(12), b.sha256.left(12)))
                    .at(to.path());
        }
        return LECTOR_ERROR(ErrorCode::Corrupt, Core::tr("the copy differs from the project: nothing was written"))
            .at(to.path());
    }
    LECTOR_TRY(tx->commit());
    return source;
}

} // namespace lector
