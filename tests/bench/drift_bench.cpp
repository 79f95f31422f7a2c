// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Drift between batches, measured (issue 14 §6):
//   report   computeDrift over a generated project of two batches of --images images x --words words each
//            (written under --work once, with stored image properties, so that the report reads and compares
//            only), against the baseline of reading the same annotation rows alone in the same run. Target: under
//            2 s for 2 x 50,000 images.
//   measure  image properties measured from the files (the reduced decode, brightness, contrast, sharpness, skew)
//            of the scans in --data, against the baseline of the same reduced decode alone, per image, one thread.
// Run with --help for the options; writes only under --work.
#include <lector/analysis/drift.h>
#include <lector/image/image_properties.h>
#include <lector/store/image_property_repository.h>
#include <lector/store/project_store.h>

#include "dedup/reduced_decode.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "synthetic_eval_project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

#include <unistd.h>

using namespace lector;

namespace {

struct Options {
    QString work;
    QString data;
    int images = 50000; // a side
    int words = 10;
    bool report = true;
    bool measure = true;
};

void usage()
{
    std::puts("lector-bench-drift: the drift report's speed, and measuring image properties against decoding.\n"
              "  --work DIR     where the generated project goes (required; kept for the next run)\n"
              "  --images N     images a side (default 50000: two sides of 50,000)\n"
              "  --words W      words per image (default 10)\n"
              "  --data DIR     scans to measure (default $LECTOR_TEST_DATA/funsd/training_data/images)\n"
              "  --report-only, --measure-only\n"
              "  --help         this text");
}

double since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::unique_ptr<ProjectStore> openOrDie(const QString& path)
{
    auto store = ProjectStore::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        std::exit(2);
    }
    return std::move(store).value();
}

bool prepare(const QString& path, const Options& o)
{
    std::printf("generating 2 x %d images x %d words in %s (once) ...\n", o.images, o.words, qPrintable(path));
    std::fflush(stdout);
    const QDir folder = QFileInfo(path).dir();
    QDir().mkpath(folder.path());
    if (!bench::generateEvalProject(path, 2 * o.images, o.words))
        return false;
    // Every image's file is a small file hard-linked under each name (a seed a 10,000 images: ext4 allows 65,000
    // links to one file): the report checks each file's size and time as on a real project, and finds it measured.
    auto seedOf = [&](int id) { return folder.filePath(QStringLiteral("seed-%1.bin").arg((id - 1) / 10000)); };
    for (int id = 1; id <= 2 * o.images; ++id) {
        const QString seed = seedOf(id);
        if (!QFileInfo::exists(seed)) {
            QFile f(seed);
            if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(4096, 'x')) != 4096)
                return false;
        }
        const QByteArray name = QFile::encodeName(folder.filePath(QStringLiteral("img_%1.png").arg(id)));
        if (::link(QFile::encodeName(seed).constData(), name.constData()) != 0 && errno != EEXIST) {
            std::perror(name.constData());
            return false;
        }
    }
    auto store = openOrDie(path);
    auto split = store->database().prepare("UPDATE images SET batch = CASE WHEN id <= ? THEN 'base' ELSE 'cur' END");
    if (!split)
        return false;
    (*split)->bind(1, std::int64_t(o.images));
    if (!(*split)->run())
        return false;
    // Stored properties as a measured project has them: the current side a little darker and blurrier.
    auto images = store->images();
    if (!images)
        return false;
    std::mt19937 rng(9);
    std::normal_distribution<double> bright(235, 6), contrast(30, 5), sharp(900, 250), skew(0, 0.8);
    std::vector<StoredImageProperties> rows;
    rows.reserve(images->size());
    for (const ImageRecord& r : *images) {
        const bool current = r.batch == QLatin1String("cur");
        const QFileInfo stamp(seedOf(int(r.id)));
        StoredImageProperties p;
        p.image = r.id;
        p.fileSize = stamp.size();
        p.fileMtime = stamp.lastModified().toMSecsSinceEpoch();
        p.properties = { bright(rng) - (current ? 8 : 0), contrast(rng), sharp(rng) * (current ? 0.7 : 1), skew(rng) };
        rows.push_back(p);
    }
    return bool(ImagePropertyRepository(*store).put(rows));
}

int report(const Options& o)
{
    const QString path = QDir(o.work).filePath(QStringLiteral("drift-2x%1x%2/p.lector").arg(o.images).arg(o.words));
    if (!QFileInfo::exists(path) && !prepare(path, o)) {
        QDir(QFileInfo(path).path()).removeRecursively(); // half made: made again next time
        return 2;
    }
    auto store = openOrDie(path);
    // Best of three each (the machine is shared): the baseline, the annotation rows alone, read as the report reads
    // them; then the report.
    double baseline = 1e9, t = 1e9;
    std::int64_t rows = 0;
    for (int round = 0; round < 3; ++round) {
        auto start = std::chrono::steady_clock::now();
        rows = 0;
        auto q = store->database().prepare(
            "SELECT id, image_id, annotator_id, COALESCE(guideline_version, 0), points, text FROM annotations");
        if (!q)
            return 2;
        db::Statement& st = **q;
        auto done = st.forEachRow([&] {
            rows += st.columnInt64(1) > 0;
            (void)st.columnText(4);
            (void)st.columnText(5);
        });
        if (!done)
            return 2;
        baseline = std::min(baseline, since(start));
    }
    // Every image measured already (as after a first report): what is timed is the report's own work, with a stat
    // of every file.
    Result<DriftReport> drift = DriftReport {};
    for (int round = 0; round < 3; ++round) {
        const auto start = std::chrono::steady_clock::now();
        drift = computeDrift(
            *store, *parseDriftSelection(QStringLiteral("base")), *parseDriftSelection(QStringLiteral("cur")));
        t = std::min(t, since(start));
        if (!drift)
            break;
    }
    if (!drift) {
        std::fprintf(stderr, "%s\n", qPrintable(drift.error().toString()));
        return 2;
    }
    std::printf(
        "\ndrift report, 2 x %d images, %lld labels (best of 3); baseline: reading the label rows alone %.3f s\n",
        o.images, static_cast<long long>(rows), baseline);
    std::printf("report: %.3f s (%.2fx the baseline), %lld measured, %d left out; %s; target < 2 s: %s\n", t,
        t / baseline, static_cast<long long>(drift->measured), int(drift->problems.size()),
        qPrintable(drift->verdict()), t < 2 ? "met" : "missed");
    return t < 2 ? 0 : 1;
}

int measure(const Options& o)
{
    const QDir dir(o.data);
    const QStringList files = dir.entryList({ QStringLiteral("*.png"), QStringLiteral("*.jpg") }, QDir::Files);
    if (files.isEmpty()) {
        std::fprintf(stderr, "no scans in %s (--data)\n", qPrintable(o.data));
        return 2;
    }
    double decode = 0, full = 0;
    for (const QString& f : files) {
        const QString path = dir.filePath(f);
        auto start = std::chrono::steady_clock::now();
        auto m = detail::readImage(path, detail::reducedGrayFlag(path, kMeasureLongSide, true));
        decode += since(start);
        start = std::chrono::steady_clock::now();
        auto p = measureImageFile(path);
        full += since(start);
        if (!m || !p) {
            std::fprintf(stderr, "%s does not decode\n", qPrintable(path));
            return 2;
        }
    }
    const auto n = double(files.size());
    std::printf("\nmeasuring %d scans of %s, one thread: decode alone %.1f ms an image; measured %.1f ms an image "
                "(%.2fx the decode; %.0f images/s a core)\n",
        int(files.size()), qPrintable(o.data), 1000 * decode / n, 1000 * full / n, full / decode, n / full);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    o.data = qEnvironmentVariable("LECTOR_TEST_DATA", QStringLiteral("../shared/data"))
        + QStringLiteral("/funsd/training_data/images");
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        auto number = [&](int& out) {
            const char* v = next();
            out = v ? std::atoi(v) : 0;
            return out > 0;
        };
        bool ok = true;
        if (!std::strcmp(a, "--help")) {
            usage();
            return 0;
        } else if (!std::strcmp(a, "--work")) {
            const char* v = next();
            ok = v != nullptr;
            if (ok)
                o.work = QString::fromLocal8Bit(v);
        } else if (!std::strcmp(a, "--data")) {
            const char* v = next();
            ok = v != nullptr;
            if (ok)
                o.data = QString::fromLocal8Bit(v);
        } else if (!std::strcmp(a, "--images")) {
            ok = number(o.images);
        } else if (!std::strcmp(a, "--words")) {
            ok = number(o.words);
        } else if (!std::strcmp(a, "--report-only")) {
            o.measure = false;
        } else if (!std::strcmp(a, "--measure-only")) {
            o.report = false;
        } else {
            ok = false;
        }
        if (!ok) {
            usage();
            return 2;
        }
    }
    if (o.work.isEmpty() && o.report) {
        usage();
        return 2;
    }
    if (o.report)
        QDir().mkpath(o.work);
    int status = 0;
    if (o.report)
        status = std::max(status, report(o));
    if (o.measure)
        status = std::max(status, measure(o));
    return status;
}
