// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Moving a project between a file and a server: push and pull keep every row, the checksum is what an independent
// reading of the file (Python's sqlite3 and hashlib) makes of it, and a copy that cannot be whole writes nothing.
#include <lector/store/project_transfer.h>

#include <lector/store/project_store.h>

#include "metrics/python_reference.h"
#include "store_backend.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lector;

namespace {

// The checksum as documented in project_transfer.h, computed from the file by Python's own sqlite3 and hashlib.
const char* const kReferenceChecksum = R"py(
import hashlib, json, sqlite3, sys
db = sqlite3.connect(sys.argv[1] if len(sys.argv) > 1 else sys.stdin.read().strip())
db.text_factory = bytes
tables = [r[0].decode() for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
          "'sqlite\\_%' ESCAPE '\\' AND name <> 'schema_version' ORDER BY rowid")]
out, whole = {}, hashlib.sha256()
for t in tables:
    cols = []
    for cid, name, ctype, notnull, default, pk in db.execute("PRAGMA table_info(%s)" % t):
        ctype = ctype.decode().upper()
        kind = 'i' if 'INT' in ctype else 'r' if any(k in ctype for k in ('REAL', 'DOUB', 'FLOA')) else 't'
        cols.append((name.decode(), kind))
    rows = []
    for row in db.execute("SELECT %s FROM %s" % (", ".join(c for c, _ in cols), t)):
        if t == 'project' and row[0] == b'image_root':
            continue
        enc = b''
        for (name, kind), v in zip(cols, row):
            if v is None:
                enc += b'n'
            elif kind == 'i':
                enc += b'i%d;' % int(v)
            elif kind == 'r':
                enc += b'r' + ('%.17g' % float(v)).encode() + b';'
            else:
                v = v if isinstance(v, bytes) else str(v).encode()
                enc += b't%d:' % len(v) + v
        rows.append(enc)
    rows.sort()
    h = hashlib.sha256()
    for r in rows:
        h.update(b'%d\n' % len(r) + r)
    out[t] = [len(rows), h.hexdigest()]
    whole.update(('%s %d %s\n' % (t, len(rows), h.hexdigest())).encode())
print(json.dumps({"tables": out, "sha256": whole.hexdigest()}))
)py";

// Every table's rows of two files, compared as sets by Python's sqlite3: 'same', or what differs.
const char* const kCompareFiles = R"py(
import sqlite3, sys
a, b = sys.stdin.read().split('\n')[:2]
da, db = sqlite3.connect(a), sqlite3.connect(b)
names = [r[0] for r in da.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")]
bad = []
for t in names:
    ra = sorted(da.execute("SELECT * FROM %s" % t).fetchall(), key=repr)
    rb = sorted(db.execute("SELECT * FROM %s" % t).fetchall(), key=repr)
    if t == 'project':
        ra = [r for r in ra if r[0] != 'image_root']
        rb = [r for r in rb if r[0] != 'image_root']
    if ra != rb:
        bad.append('%s: %d rows and %d' % (t, len(ra), len(rb)))
print('; '.join(bad) if bad else 'same')
)py";

class ProjectTransferTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // A demo project: images, labels of several annotators, predictions, guideline versions, conflicts, the
        // edit log with its undos.
        m_file = test::makeDemoProject(m_dir.path(), 6);
        ASSERT_FALSE(m_file.isEmpty());
    }

    /// What Python's reading of a file gives as its checksum; skips the test without python3.
    std::optional<QJsonObject> referenceChecksum(const QString& file)
    {
        QString error;
        auto out = test::runPython(QString::fromUtf8(kReferenceChecksum), file.toUtf8(), &error);
        EXPECT_TRUE(out) << error;
        if (!out)
            return std::nullopt;
        return QJsonDocument::fromJson(*out).object();
    }

    QTemporaryDir m_dir;
    QString m_file;
};

void expectMatchesReference(const ProjectChecksum& ours, const QJsonObject& reference)
{
    EXPECT_EQ(ours.sha256, reference.value(QStringLiteral("sha256")).toString());
    const QJsonObject tables = reference.value(QStringLiteral("tables")).toObject();
    EXPECT_EQ(std::size_t(tables.size()), ours.tables.size());
    for (const TableChecksum& t : ours.tables) {
        const auto row = tables.value(t.table).toArray();
        EXPECT_EQ(row.at(0).toInteger(), t.rows) << t.table;
        EXPECT_EQ(row.at(1).toString(), t.sha256) << t.table;
    }
}

std::int64_t tableRows(const ProjectChecksum& sum, const char* table)
{
    for (const TableChecksum& t : sum.tables)
        if (t.table == QLatin1String(table))
            return t.rows;
    return -1;
}

} // namespace

TEST_F(ProjectTransferTest, TheChecksumIsWhatAnIndependentReadingOfTheFileMakesOfIt)
{
    auto store = ProjectStore::open(m_file, OpenMode::ReadOnly);
    ASSERT_TRUE(store) << store.error().toString();
    auto sum = projectChecksum(**store);
    ASSERT_TRUE(sum) << sum.error().toString();
    EXPECT_GT(tableRows(*sum, "annotations"), 100);
    EXPECT_GT(tableRows(*sum, "edit_log"), 100);
    EXPECT_GT(tableRows(*sum, "predictions"), 0);
    auto reference = referenceChecksum(m_file);
    ASSERT_TRUE(reference);
    expectMatchesReference(*sum, *reference);
}

TEST_F(ProjectTransferTest, AFileCopiedIntoANewFileHoldsTheSameRows)
{
    auto from = ProjectStore::open(m_file, OpenMode::ReadOnly);
    ASSERT_TRUE(from);
    const QString copyPath = m_dir.filePath(QStringLiteral("copy.lector"));
    {
        auto to = ProjectStore::create(copyPath);
        ASSERT_TRUE(to);
        auto copied = copyProject(**from, **to);
        ASSERT_TRUE(copied) << copied.error().toString();
        auto again = projectChecksum(**to);
        ASSERT_TRUE(again);
        EXPECT_EQ(*again, *copied);
    }
    QString error;
    auto compared
        = test::runPython(QString::fromUtf8(kCompareFiles), (m_file + QLatin1Char('\n') + copyPath).toUtf8(), &error);
    ASSERT_TRUE(compared) << error;
    EXPECT_EQ(compared->trimmed(), QByteArray("same"));
}

TEST_F(ProjectTransferTest, ACopyIntoAProjectThatHoldsSomethingIsRefusedAndWritesNothing)
{
    auto from = ProjectStore::open(m_file, OpenMode::ReadOnly);
    ASSERT_TRUE(from);
    auto to = ProjectStore::create(m_dir.filePath(QStringLiteral("busy.lector")));
    ASSERT_TRUE(to);
    ASSERT_TRUE((*to)->ensureAnnotator(QStringLiteral("someone")));
    auto before = projectChecksum(**to);
    ASSERT_TRUE(before);
    auto copied = copyProject(**from, **to);
    ASSERT_FALSE(copied);
    EXPECT_EQ(copied.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(copied.error().message.contains(QStringLiteral("annotators"))) << copied.error().toString();
    auto after = projectChecksum(**to);
    ASSERT_TRUE(after);
    EXPECT_EQ(*after, *before);
}

TEST_F(ProjectTransferTest, ACanceledCopyWritesNothing)
{
    auto from = ProjectStore::open(m_file, OpenMode::ReadOnly);
    ASSERT_TRUE(from);
    auto to = ProjectStore::create(m_dir.filePath(QStringLiteral("canceled.lector")));
    ASSERT_TRUE(to);
    SilentProgress progress;
    progress.cancel();
    auto copied = copyProject(**from, **to, &progress);
    ASSERT_FALSE(copied);
    EXPECT_EQ(copied.error().code, ErrorCode::Canceled);
    auto info = (*to)->info();
    ASSERT_TRUE(info);
    EXPECT_EQ(info->images, 0);
    EXPECT_EQ(info->annotations, 0);
}

TEST_F(ProjectTransferTest, PushedToAServerAndPulledBackNothingIsLost)
{
    test::ProjectLocation server(db::Backend::Postgres, m_dir.path());
    LECTOR_REQUIRE_BACKEND(server);
    auto from = ProjectStore::open(m_file, OpenMode::ReadOnly);
    ASSERT_TRUE(from);
    auto reference = referenceChecksum(m_file);
    ASSERT_TRUE(reference);
    ProjectChecksum pushed;
    {
        auto to = ProjectStore::create(server.location());
        ASSERT_TRUE(to) << to.error().toString();
        auto copied = copyProject(**from, **to);
        ASSERT_TRUE(copied) << copied.error().toString();
        expectMatchesReference(*copied, *reference);
        pushed = *copied;
        ASSERT_TRUE((*to)->storeImageRoot(QFileInfo(m_file).absolutePath()));
    }
    // The server's own count of each table, through its catalog, not through Lector's reader.
    // (The checksum leaves out the project's image_root, which push recorded after the copy.)
    for (const TableChecksum& t : pushed.tables)
        EXPECT_EQ(server.scalar("SELECT count(*) FROM " + t.table.toStdString()
                      + (t.table == QLatin1String("project") ? " WHERE key <> 'image_root'" : "")),
            t.rows)
            << t.table;

    auto onServer = ProjectStore::open(server.location());
    ASSERT_TRUE(onServer) << onServer.error().toString();
    EXPECT_EQ((*onServer)->rootDir(), QFileInfo(m_file).absolutePath())
        << "a server project finds its images where the file that was pushed had them";
    auto serverSum = projectChecksum(**onServer);
    ASSERT_TRUE(serverSum);
    EXPECT_EQ(*serverSum, pushed);
    auto images = (*onServer)->images();
    ASSERT_TRUE(images && !images->empty());
    EXPECT_TRUE(QFile::exists((*onServer)->absoluteImagePath(images->front())));

    const QString pulled = m_dir.filePath(QStringLiteral("pulled.lector"));
    {
        auto to = ProjectStore::create(pulled);
        ASSERT_TRUE(to);
        auto copied = copyProject(**onServer, **to);
        ASSERT_TRUE(copied) << copied.error().toString();
        EXPECT_EQ(*copied, pushed);
    }
    QString error;
    auto compared
        = test::runPython(QString::fromUtf8(kCompareFiles), (m_file + QLatin1Char('\n') + pulled).toUtf8(), &error);
    ASSERT_TRUE(compared) << error;
    EXPECT_EQ(compared->trimmed(), QByteArray("same"));

    // The server numbers what is added after the copy past every id it was given.
    std::int64_t highest = server.scalar("SELECT max(id) FROM annotations");
    Annotation a;
    a.image = images->front().id;
    a.annotator = *(*onServer)->ensureAnnotator(QStringLiteral("late"));
    a.region.polygon = Polygon::fromBox({ 1, 1, 9, 9 });
    a.region.text = QStringLiteral("새");
    auto added = (*onServer)->addAnnotations({ a });
    ASSERT_TRUE(added) << added.error().toString();
    EXPECT_GT(server.scalar("SELECT max(id) FROM annotations"), highest);

    // And a changed value changes the checksum.
    auto changed = projectChecksum(**onServer);
    ASSERT_TRUE(changed);
    EXPECT_NE(*changed, pushed);
}
