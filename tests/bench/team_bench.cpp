// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Many annotators on one server project (issue #15 §6): N client threads, each on a connection of its own, make M
// edits each (an add, then changes of their own labels); every edit's round trip is timed. Then nothing may be lost
// (every add is there, every last change is what the client wrote), and a client killed with SIGKILL mid-run loses
// nothing it was told was saved. The same workload on a project file, in the same run, is the baseline.
//
//   lector-bench-team --server postgresql://USER@HOST:PORT/DB [--clients 20] [--edits 500] [--work DIR]
//
// --server defaults to $LECTOR_TEST_PG (scripts/pg-cluster.sh's lector_pg_start makes one). Each run makes a schema
// of its own and drops it; files go under --work only.

#include <lector/store/project_store.h>

#include "store/postgres/connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace lector;

namespace {

struct ClientResult {
    std::vector<double> ms; // round trip of each edit
    std::vector<std::pair<AnnotationId, QString>> last; // each label's id and the text it was last given
    int errors = 0;
    QString firstError;
};

Annotation newLabel(ImageId image, AnnotatorId who, int k)
{
    Annotation a;
    a.image = image;
    a.annotator = who;
    a.region.polygon = Polygon::fromBox({ double(k % 40), 2, double(k % 40) + 8, 10 });
    a.region.text = QStringLiteral("w%1").arg(k);
    return a;
}

/// One client's M edits: every fifth an add, the others a change of one of its own labels.
ClientResult runClient(const QString& location, int client, int edits, const std::vector<ImageId>& images)
{
    ClientResult out;
    auto store = ProjectStore::open(location);
    if (!store) {
        out.errors = edits;
        out.firstError = store.error().toString();
        return out;
    }
    const AnnotatorId me = *(*store)->ensureAnnotator(QStringLiteral("client%1").arg(client));
    std::vector<Annotation> mine;
    for (int k = 0; k < edits; ++k) {
        const auto start = std::chrono::steady_clock::now();
        bool ok = false;
        if (mine.empty() || k % 5 == 0) {
            auto added = (*store)->addAnnotations({ newLabel(images[std::size_t(k) % images.size()], me, k) });
            ok = bool(added);
            if (added) {
                mine.push_back(added->rows.front());
                out.last.emplace_back(added->rows.front().id, added->rows.front().region.text);
            } else if (out.firstError.isEmpty()) {
                out.firstError = added.error().toString();
            }
        } else {
            const std::size_t which = std::size_t(k) % mine.size();
            Annotation changed = mine[which];
            changed.region.text = QStringLiteral("c%1-%2").arg(client).arg(k);
            auto updated = (*store)->updateAnnotations({ changed }, {});
            ok = bool(updated);
            if (updated) {
                mine[which] = updated->rows.front();
                out.last[which].second = changed.region.text;
            } else if (out.firstError.isEmpty()) {
                out.firstError = updated.error().toString();
            }
        }
        out.ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        if (!ok)
            ++out.errors;
    }
    return out;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t at = std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    return v[at];
}

struct RunFigures {
    double p50 = 0, p99 = 0, max = 0, seconds = 0;
    int errors = 0, lost = 0;
    QString firstError;
};

RunFigures runAll(const QString& location, int clients, int edits, const std::vector<ImageId>& images)
{
    std::vector<ClientResult> results(static_cast<std::size_t>(clients));
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] { results[std::size_t(c)] = runClient(location, c, edits, images); });
    for (std::thread& t : threads)
        t.join();
    RunFigures f;
    f.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::vector<double> all;
    for (const ClientResult& r : results) {
        all.insert(all.end(), r.ms.begin(), r.ms.end());
        f.errors += r.errors;
        if (f.firstError.isEmpty())
            f.firstError = r.firstError;
    }
    f.p50 = percentile(all, 0.50);
    f.p99 = percentile(all, 0.99);
    f.max = all.empty() ? 0 : *std::max_element(all.begin(), all.end());
    // None lost: every label each client was told was saved is there, with the text it last gave it.
    auto check = ProjectStore::open(location);
    for (const ClientResult& r : results)
        for (const auto& [id, text] : r.last) {
            auto row = (*check)->annotation(id);
            if (!row || !*row || (*row)->region.text != text)
                ++f.lost;
        }
    return f;
}

std::vector<ImageId> makeImages(ProjectStore& store, const QString& dir, int count)
{
    QDir().mkpath(dir);
    ImportBatch batch;
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(dir).filePath(QStringLiteral("p%1.png").arg(i));
        if (!QFileInfo::exists(path)) {
            cv::Mat m(48, 64, CV_8UC3, cv::Scalar(255, 255, 255 - i % 200));
            m.at<cv::Vec3b>(i % 48, i % 64) = cv::Vec3b(0, 0, 0);
            cv::imwrite(path.toStdString(), m);
        }
        batch.images.push_back({ path, 0, 0, {}, {}, false });
    }
    (void)store.importBatch(batch, ImportTarget::imagesOnly());
    std::vector<ImageId> ids;
    for (const ImageRecord& r : *store.images())
        ids.push_back(r.id);
    return ids;
}

/// --child: adds labels until killed, printing each id once its transaction committed.
int runChild(const QString& location)
{
    auto store = ProjectStore::open(location);
    if (!store)
        return 2;
    const AnnotatorId me = *(*store)->ensureAnnotator(QStringLiteral("killed"));
    const ImageId image = (*store)->images()->front().id;
    for (int k = 0;; ++k) {
        auto added = (*store)->addAnnotations({ newLabel(image, me, k) });
        if (!added)
            return 3;
        std::printf("%lld\n", static_cast<long long>(added->rows.front().id));
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const QString& name, const QString& def) {
        const int i = static_cast<int>(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : def;
    };
    if (args.contains(QStringLiteral("--help"))) {
        std::printf("lector-bench-team --server postgresql://USER@HOST:PORT/DB [--clients 20] [--edits 500] "
                    "[--work DIR]\n  N clients x M edits on a server project and on a project file: edit round "
                    "trips p50/p99/max,\n  nothing lost, a killed client loses nothing it was told was saved.\n"
                    "  --server defaults to $LECTOR_TEST_PG; files only under --work (default bench-team).\n");
        return 0;
    }
    if (args.contains(QStringLiteral("--child")))
        return runChild(value(QStringLiteral("--child"), QString()));
    const QString server = value(QStringLiteral("--server"), qEnvironmentVariable("LECTOR_TEST_PG"));
    if (server.isEmpty()) {
        std::fprintf(stderr, "no server: give --server or set LECTOR_TEST_PG\n");
        return 1;
    }
    const int clients = value(QStringLiteral("--clients"), QStringLiteral("20")).toInt();
    const int edits = value(QStringLiteral("--edits"), QStringLiteral("500")).toInt();
    const QString work = QFileInfo(value(QStringLiteral("--work"), QStringLiteral("bench-team"))).absoluteFilePath();
    QDir().mkpath(work);
    const QString schema = QStringLiteral("bench_team_%1").arg(QCoreApplication::applicationPid());
    const QString url = server + (server.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
        + QStringLiteral("options=-csearch_path%3D") + schema;
    const QString file = QDir(work).filePath(QStringLiteral("team-%1.lector").arg(QCoreApplication::applicationPid()));

    std::printf("%d clients x %d edits (1 in 5 an add, the rest changes of their own labels)\n", clients, edits);
    RunFigures figures[2];
    const QString locations[2] = { file, url };
    const char* names[2] = { "SQLite file", "PostgreSQL" };
    for (int b = 0; b < 2; ++b) {
        auto store = ProjectStore::create(locations[b]);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return 2;
        }
        const std::vector<ImageId> images = makeImages(**store, QDir(work).filePath(QStringLiteral("images")), 50);
        store->reset();
        figures[b] = runAll(locations[b], clients, edits, images);
        const RunFigures& f = figures[b];
        std::printf("%-12s p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  %5.1f edits/s  errors %d  lost %d%s%s\n", names[b],
            f.p50, f.p99, f.max, clients * edits / f.seconds, f.errors, f.lost,
            f.firstError.isEmpty() ? "" : "  first error: ", qPrintable(f.firstError));
    }
    std::printf("PostgreSQL / SQLite: p50 %.2fx, p99 %.2fx\n", figures[1].p50 / figures[0].p50,
        figures[1].p99 / figures[0].p99);

    // A client killed mid-run: everything it printed as saved is on the server.
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), url });
    std::vector<AnnotationId> told;
    while (told.size() < 200 && child.waitForReadyRead(10000))
        while (child.canReadLine())
            told.push_back(child.readLine().trimmed().toLongLong());
    child.kill(); // SIGKILL, mid-transaction most likely
    child.waitForFinished();
    auto check = ProjectStore::open(url);
    int missing = 0;
    for (AnnotationId id : told) {
        auto row = (*check)->annotation(id);
        if (!row || !*row)
            ++missing;
    }
    std::printf("killed client: told %zu saved, %d missing after SIGKILL\n", told.size(), missing);
    check->reset();
    if (auto admin = postgres::Connection::open(server))
        (void)(*admin)->exec("DROP SCHEMA " + schema.toStdString() + " CASCADE;");
    QFile::remove(file);
    const bool ok = figures[0].lost == 0 && figures[1].lost == 0 && figures[1].errors == 0 && missing == 0;
    return ok ? 0 : 1;
}
