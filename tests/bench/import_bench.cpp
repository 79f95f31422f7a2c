// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Import benchmark (issue #3): a generated COCO file with 1,000,000 word boxes on 20,000 images, imported by
// `lector-cli import` into a new store, against the sqlite3 shell loading the same rows from CSV into the same
// schema in one transaction. Both run as child processes, measured the same way (wall time, peak RSS by wait4).
// Then `lector-cli info --json` on the result. Prints the figures and the ratio; --check fails when a target is
// missed. With --server URL (issue #15) the same import goes into a server project too, against psql's \copy of
// the same rows into the same schema (lector-cli init --server made both), in one transaction: once as the
// project's owner (whose rows go by COPY) and once as a team's lead (under row-level security, by INSERT); each run
// makes three schemas and a lead of its own and drops them.

#include <lector/io/coco_generator.h>
#include <lector/io/format_registry.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

namespace {

struct RunStats {
    double seconds = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

/// Runs argv with stdin from `stdinFile` (or /dev/null) and stdout to /dev/null; wall time and peak RSS.
RunStats runChild(const std::vector<std::string>& argv, const std::string& stdinFile = "/dev/null")
{
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, stdinFile.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    RunStats stats;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        std::fprintf(stderr, "cannot start %s\n", args[0]);
        return stats;
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    stats.maxRssKb = usage.ru_maxrss;
    stats.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    posix_spawn_file_actions_destroy(&actions);
    return stats;
}

QString csvField(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

/// The same rows lector-cli writes, as CSV for the sqlite3 shell (images, then annotations, with ids).
bool writeBaselineCsv(const QString& cocoDir, const QString& outDir, long long* regions)
{
    const lector::Format* coco = lector::FormatRegistry::instance().format(QStringLiteral("coco"));
    lector::ReadOptions options;
    options.imagesDir = QDir(cocoDir).filePath(QStringLiteral("images"));
    auto batch = coco->read(QDir(cocoDir).filePath(QStringLiteral("annotations.json")), options);
    if (!batch) {
        std::fprintf(stderr, "%s\n", qPrintable(batch.error().toString()));
        return false;
    }
    QFile images(QDir(outDir).filePath(QStringLiteral("images.csv")));
    QFile anns(QDir(outDir).filePath(QStringLiteral("annotations.csv")));
    if (!images.open(QIODevice::WriteOnly) || !anns.open(QIODevice::WriteOnly))
        return false;
    const QString now = QString::number(QDateTime::currentMSecsSinceEpoch());
    long long annId = 0;
    QByteArray buf;
    for (size_t i = 0; i < batch->images.size(); ++i) {
        const auto& img = batch->images[i];
        QFile f(img.imagePath);
        f.open(QIODevice::ReadOnly);
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        images.write(QStringLiteral("%1,%2,%3,%4,%5,bench,,%6\n")
                         .arg(i + 1)
                         .arg(csvField(QStringLiteral("coco/images/") + QFileInfo(img.imagePath).fileName()), sha)
                         .arg(img.width)
                         .arg(img.height)
                         .arg(now)
                         .toUtf8());
        for (const auto& r : img.regions) {
            const auto b = r.polygon.boundingBox();
            buf += QStringLiteral("%1,%2,1,,%3,%4,%5,%6,%7,%8,%9,,import,%10,%10,0\n")
                       .arg(++annId)
                       .arg(i + 1)
                       .arg(csvField(QString::fromStdString(r.polygon.toText())))
                       .arg(b.x0)
                       .arg(b.y0)
                       .arg(b.x1)
                       .arg(b.y1)
                       .arg(csvField(r.text))
                       .arg(r.flags)
                       .arg(now)
                       .toUtf8();
            if (buf.size() > (1 << 20)) {
                anns.write(buf);
                buf.clear();
            }
        }
    }
    anns.write(buf);
    *regions = annId;
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto value = [&](const QString& name, const QString& def) {
        const int i = static_cast<int>(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : def;
    };
    const int images = value(QStringLiteral("--images"), QStringLiteral("20000")).toInt();
    const int boxes = value(QStringLiteral("--boxes"), QStringLiteral("50")).toInt();
    const QString work = QFileInfo(value(QStringLiteral("--work"), QStringLiteral("bench-import"))).absoluteFilePath();
    const bool check = args.contains(QStringLiteral("--check"));
    if (args.contains(QStringLiteral("--help"))) {
        std::printf("lector-bench-import [--images 20000] [--boxes 50] [--work DIR] [--server URL] [--check]\n"
                    "Imports a generated COCO file (made once under DIR, default ./bench-import) with lector-cli\n"
                    "against the sqlite3 shell loading the same rows; with --server (a postgresql:// URL) also into\n"
                    "a server project against psql's \\copy. --check fails when a target (2x) is missed.\n");
        return 0;
    }
    const std::string cli = LECTOR_CLI_PATH;

    const QString cocoDir = QDir(work).filePath(QStringLiteral("coco-%1x%2").arg(images).arg(boxes));
    if (!QFileInfo::exists(QDir(cocoDir).filePath(QStringLiteral("annotations.json")))) {
        std::printf("generating %d images x %d boxes in %s ...\n", images, boxes, qPrintable(cocoDir));
        std::fflush(stdout);
        auto r = lector::generateCocoDataset(cocoDir, images, boxes, 1);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 2;
        }
    }
    const QString base = QDir(work).filePath(QStringLiteral("baseline"));
    QDir().mkpath(base);
    long long regions = 0;
    if (!writeBaselineCsv(cocoDir, base, &regions))
        return 2;

    // sqlite3 shell: same schema (our migration), same rows, one transaction.
    const QString baseDb = QDir(base).filePath(QStringLiteral("baseline.db"));
    QFile::remove(baseDb);
    QFile::remove(baseDb + QStringLiteral("-wal"));
    const QString script = QDir(base).filePath(QStringLiteral("load.sql"));
    {
        QFile f(script);
        f.open(QIODevice::WriteOnly);
        f.write(
            QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n.read %1\n"
                           "INSERT INTO annotators (id, name, role, created_at) VALUES (1, 'bench', 'annotator', 0);\n"
                           "BEGIN;\n.import --csv %2 images\n.import --csv %3 annotations\nCOMMIT;\n")
                .arg(QStringLiteral(LECTOR_SCHEMA_SQL), QDir(base).filePath(QStringLiteral("images.csv")),
                    QDir(base).filePath(QStringLiteral("annotations.csv")))
                .toUtf8());
    }
    const RunStats sqlite = runChild({ "sqlite3", baseDb.toStdString() }, script.toStdString());

    // The baseline: the same rows into tables of the same columns with one index (annotations by image)
    // and no other index or constraint; Lector's schema has three more on annotations and two on images.
    const QString plainDb = QDir(base).filePath(QStringLiteral("one-index.db"));
    QFile::remove(plainDb);
    QFile::remove(plainDb + QStringLiteral("-wal"));
    const QString plainScript = QDir(base).filePath(QStringLiteral("load-one-index.sql"));
    {
        QFile f(plainScript);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral(
            "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n"
            "CREATE TABLE images (id INTEGER PRIMARY KEY, path TEXT, sha256 TEXT, width INTEGER, height INTEGER, "
            "batch TEXT, split TEXT, added_at BIGINT);\n"
            "CREATE TABLE annotations (id INTEGER PRIMARY KEY, image_id INTEGER, annotator_id INTEGER, "
            "guideline_version INTEGER, points TEXT, x_min DOUBLE PRECISION, y_min DOUBLE PRECISION, x_max DOUBLE "
            "PRECISION, y_max DOUBLE PRECISION, text TEXT, flags INTEGER, script TEXT, source TEXT, created_at BIGINT, "
            "updated_at BIGINT, seconds_spent DOUBLE PRECISION);\n"
            "CREATE INDEX annotations_by_image ON annotations (image_id);\n"
            "BEGIN;\n.import --csv %1 images\n.import --csv %2 annotations\nCOMMIT;\n")
                    .arg(QDir(base).filePath(QStringLiteral("images.csv")),
                        QDir(base).filePath(QStringLiteral("annotations.csv")))
                    .toUtf8());
    }
    const RunStats plain = runChild({ "sqlite3", plainDb.toStdString() }, plainScript.toStdString());

    // lector-cli import into a new store.
    const QString project = QDir(work).filePath(QStringLiteral("bench.lector"));
    for (const char* suffix : { "", "-wal", "-shm" })
        QFile::remove(project + QString::fromLatin1(suffix));
    runChild({ cli, "init", project.toStdString() });
    const RunStats lector = runChild({ cli, "import", project.toStdString(), "--format", "coco", "--labels",
        QDir(cocoDir).filePath(QStringLiteral("annotations.json")).toStdString(), "--images",
        QDir(cocoDir).filePath(QStringLiteral("images")).toStdString(), "--annotator", "bench" });

    std::vector<double> infoTimes;
    for (int i = 0; i < 7; ++i)
        infoTimes.push_back(runChild({ cli, "info", project.toStdString(), "--json" }).seconds);
    std::sort(infoTimes.begin(), infoTimes.end());
    const double infoMedian = infoTimes[infoTimes.size() / 2];

    // The same on a PostgreSQL server: COPY of the CSV rows, against lector-cli import through the seam.
    const QString server = value(QStringLiteral("--server"), QString());
    RunStats pgCopy;
    RunStats pgLector;
    RunStats pgLead;
    if (!server.isEmpty()) {
        const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch());
        const QString copySchema = QStringLiteral("bench_copy_") + tag;
        const QString lectorSchema = QStringLiteral("bench_import_") + tag;
        const auto urlOf = [&server](const QString& schema) {
            return server + (server.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                + QStringLiteral("options=-csearch_path%3D") + schema;
        };
        runChild({ cli, "init", "--server", urlOf(copySchema).toStdString() });
        runChild({ cli, "init", "--server", urlOf(lectorSchema).toStdString() });
        const QString copyScript = QDir(base).filePath(QStringLiteral("copy.sql"));
        {
            QFile f(copyScript);
            f.open(QIODevice::WriteOnly);
            f.write(QStringLiteral(
                "INSERT INTO annotators (id, name, role, created_at) VALUES (1, 'bench', 'annotator', 0);\n"
                "BEGIN;\n"
                "\\copy images (id, path, sha256, width, height, batch, split, added_at) FROM '%1' WITH (FORMAT "
                "csv, FORCE_NOT_NULL (batch, split))\n"
                "\\copy annotations (id, image_id, annotator_id, guideline_version, points, x_min, y_min, x_max, "
                "y_max, text, flags, script, source, created_at, updated_at, seconds_spent) FROM '%2' WITH (FORMAT "
                "csv, FORCE_NOT_NULL (text, script))\n"
                "COMMIT;\n")
                        .arg(QDir(base).filePath(QStringLiteral("images.csv")),
                            QDir(base).filePath(QStringLiteral("annotations.csv")))
                        .toUtf8());
        }
        pgCopy = runChild(
            { "psql", urlOf(copySchema).toStdString(), "-X", "-q", "-v", "ON_ERROR_STOP=1" }, copyScript.toStdString());
        pgLector = runChild({ cli, "import", urlOf(lectorSchema).toStdString(), "--format", "coco", "--labels",
            QDir(cocoDir).filePath(QStringLiteral("annotations.json")).toStdString(), "--images",
            QDir(cocoDir).filePath(QStringLiteral("images")).toStdString(), "--annotator", "bench", "--image-root",
            cocoDir.toStdString() });
        // A team's lead imports under the row-level policies, where PostgreSQL refuses COPY FROM: the rows go by
        // multi-row INSERTs instead (the owner's went by COPY).
        const QString leadSchema = QStringLiteral("bench_lead_") + tag;
        const QString lead = QStringLiteral("bench_lead_") + tag;
        runChild({ cli, "init", "--server", urlOf(leadSchema).toStdString() });
        runChild({ cli, "team", urlOf(leadSchema).toStdString(), "--add", lead.toStdString(), "--role", "lead" });
        QUrl asLead(urlOf(leadSchema));
        asLead.setUserName(lead);
        pgLead = runChild({ cli, "import", asLead.toString(QUrl::FullyEncoded).toStdString(), "--format", "coco",
            "--labels", QDir(cocoDir).filePath(QStringLiteral("annotations.json")).toStdString(), "--images",
            QDir(cocoDir).filePath(QStringLiteral("images")).toStdString(), "--annotator", "bench", "--image-root",
            cocoDir.toStdString() });
        runChild({ "psql", server.toStdString(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c",
            QStringLiteral("SET client_min_messages = warning; DROP SCHEMA %1 CASCADE; DROP SCHEMA %2 CASCADE; "
                           "DROP SCHEMA %3 CASCADE; DROP ROLE %4;")
                .arg(copySchema, lectorSchema, leadSchema, lead)
                .toStdString() });
    }

    const double ratio = lector.seconds / plain.seconds;
    const double schemaRatio = lector.seconds / sqlite.seconds;
    std::printf("import benchmark: %d images, %lld word boxes\n", images, regions);
    std::printf("  sqlite3 shell, CSV .import, one index:      %8.2f s  (exit %d)\n", plain.seconds, plain.exitCode);
    std::printf("  sqlite3 shell, CSV .import, Lector's schema:%8.2f s  (exit %d)\n", sqlite.seconds, sqlite.exitCode);
    std::printf("  lector-cli import --format coco:            %8.2f s  (exit %d), peak RSS %.0f MB\n", lector.seconds,
        lector.exitCode, lector.maxRssKb / 1024.0);
    std::printf("  ratio lector / sqlite3, one index:          %8.2f  (target <= 2.0)\n", ratio);
    std::printf("  ratio lector / sqlite3, Lector's schema:    %8.2f\n", schemaRatio);
    std::printf("  lector-cli info --json, median of 7:        %8.1f ms (target < 200 ms)\n", infoMedian * 1000);
    const double pgRatio = server.isEmpty() ? 0 : pgLector.seconds / pgCopy.seconds;
    const double pgLeadRatio = server.isEmpty() ? 0 : pgLead.seconds / pgCopy.seconds;
    if (!server.isEmpty()) {
        std::printf(
            "  PostgreSQL: psql \\copy, one transaction:    %8.2f s  (exit %d)\n", pgCopy.seconds, pgCopy.exitCode);
        std::printf("  PostgreSQL: lector-cli import:              %8.2f s  (exit %d), peak RSS %.0f MB\n",
            pgLector.seconds, pgLector.exitCode, pgLector.maxRssKb / 1024.0);
        std::printf("  ratio lector / COPY:                        %8.2f  (target <= 2.0)\n", pgRatio);
        std::printf("  PostgreSQL: lector-cli import as a lead:    %8.2f s  (exit %d), under row-level security\n",
            pgLead.seconds, pgLead.exitCode);
        std::printf("  ratio lead / COPY:                          %8.2f  (target <= 2.0)\n", pgLeadRatio);
    }
    if (sqlite.exitCode != 0 || plain.exitCode != 0 || lector.exitCode != 0
        || (!server.isEmpty() && (pgCopy.exitCode || pgLector.exitCode || pgLead.exitCode)))
        return 2;
    if (check
        && (ratio > 2.0 || lector.maxRssKb > 1024 * 1024 || infoMedian > 0.2 || pgRatio > 2.0 || pgLeadRatio > 2.0)) {
        std::printf("a target was missed\n");
        return 1;
    }
    return 0;
}
