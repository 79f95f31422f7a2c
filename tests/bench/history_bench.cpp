// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Times the agreement history (issue 14: a history of 1,000 snapshots reads in under 2 s): one agreement report on
// generated labels (images × annotators × words, with jitter, missed words and typos) is computed once, the
// baseline, then saved N times into a fresh store under --work (as the app and agreement --save save it), and the
// history is read back as the dashboard's Trend tab and lector-cli history read it: every snapshot with its lines,
// then a trend of one figure. Prints each time and its ratio to computing the report once.
#include <lector/metrics/agreement_report.h>
#include <lector/store/agreement_history.h>
#include <lector/store/project_store.h>

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

using namespace lector;

namespace {

struct Options {
    int snapshots = 1000;
    int annotators = 6;
    int images = 2000;
    int words = 30;
    QString work;
};

void usage()
{
    std::puts("lector-bench-history: times saving and reading the agreement history.\n"
              "  --work DIR        where the bench store goes (required; history-bench.lector is replaced)\n"
              "  --snapshots N     snapshots saved and read (default 1000)\n"
              "  --annotators K    annotators, all labeling every image: K(K-1)/2 pairs per snapshot (default 6)\n"
              "  --images M        images of the report (default 2000)\n"
              "  --words W         words per image (default 30)\n"
              "  --help            this text");
}

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

AgreementInput generate(const Options& o)
{
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> jitter(0, 1.5);
    const QStringList vocabulary
        = QStringLiteral("the of and to in total 2026 $12.50 한국어 서울 invoice price date").split(QLatin1Char(' '));
    AgreementInput input;
    for (int i = 0; i < o.images; ++i) {
        AgreementImage image;
        image.id = i + 1;
        image.batch = QStringLiteral("batch-%1").arg(i % 5);
        for (int a = 0; a < o.annotators; ++a) {
            std::vector<AgreementRegion>& regions = image.byAnnotator[QStringLiteral("annotator-%1").arg(a)];
            std::mt19937 words(static_cast<unsigned>(i)); // the same words for every annotator
            for (int w = 0; w < o.words; ++w) {
                const double x = 20 + (w % 5) * 150, y = 20 + (w / 5) * 40;
                const QString text = vocabulary[static_cast<int>(words() % vocabulary.size())];
                if (unit(rng) < 0.03)
                    continue; // missed
                AgreementRegion r;
                r.region.polygon = Polygon::fromBox(
                    { x + jitter(rng), y + jitter(rng), x + 90 + jitter(rng), y + 24 + jitter(rng) });
                r.region.text = unit(rng) < 0.03 ? text + QLatin1Char('x') : text;
                r.guidelineVersion = 1 + (2 * i >= o.images);
                regions.push_back(std::move(r));
            }
        }
        input.images.push_back(std::move(image));
    }
    return input;
}

bool parse(int argc, char** argv, Options& o)
{
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        auto number = [&](int& out) {
            const char* v = value();
            out = v ? std::atoi(v) : 0;
            return out > 0;
        };
        if (!std::strcmp(arg, "--help")) {
            usage();
            std::exit(0);
        }
        if (!std::strcmp(arg, "--work")) {
            const char* v = value();
            if (!v)
                return false;
            o.work = QString::fromLocal8Bit(v);
        } else if (!std::strcmp(arg, "--snapshots")) {
            if (!number(o.snapshots))
                return false;
        } else if (!std::strcmp(arg, "--annotators")) {
            if (!number(o.annotators) || o.annotators < 2)
                return false;
        } else if (!std::strcmp(arg, "--images")) {
            if (!number(o.images))
                return false;
        } else if (!std::strcmp(arg, "--words")) {
            if (!number(o.words))
                return false;
        } else {
            return false;
        }
    }
    return !o.work.isEmpty();
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    if (!parse(argc, argv, o)) {
        usage();
        return 1;
    }
    if (!QDir().mkpath(o.work)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(o.work));
        return 1;
    }
    const AgreementInput input = generate(o);
    auto start = std::chrono::steady_clock::now();
    const AgreementReport report = computeAgreement(input);
    const double compute = seconds(start);
    const std::vector<SnapshotLine> lines = snapshotLines(report);
    std::printf("report: %d images, %d annotators, %zu pairs, %zu lines a snapshot; computed once in %.3f s "
                "(the baseline)\n",
        report.images, int(report.annotators.size()), report.pairs.size(), lines.size(), compute);

    const QString path = QDir(o.work).filePath(QStringLiteral("history-bench.lector"));
    for (const char* suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
    {
        auto store = ProjectStore::create(path);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return 1;
        }
        AgreementHistoryRepository history(**store);
        start = std::chrono::steady_clock::now();
        for (int i = 0; i < o.snapshots; ++i) {
            SnapshotTime at;
            at.takenAt = 1'772'442'000'000LL + std::int64_t(i) * 3'600'000;
            at.guidelineVersion = 1 + (2 * i >= o.snapshots);
            auto saved = history.save(report, QStringLiteral("bench"), i, at);
            if (!saved) {
                std::fprintf(stderr, "%s\n", qPrintable(saved.error().toString()));
                return 1;
            }
        }
        const double save = seconds(start);
        std::printf("save:  %d snapshots in %.3f s, %.2f ms each (%.3fx one computation each)\n", o.snapshots, save,
            1000 * save / o.snapshots, save / o.snapshots / compute);
    }
    // Read on a connection of its own, as the dashboard's worker and lector-cli history do.
    auto store = ProjectStore::open(path, OpenMode::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }
    AgreementHistoryRepository history(**store);
    start = std::chrono::steady_clock::now();
    auto bare = history.snapshots(false);
    const double readBare = seconds(start);
    start = std::chrono::steady_clock::now();
    auto all = history.snapshots(true);
    const double read = seconds(start);
    if (!bare || !all) {
        std::fprintf(stderr, "reading the history failed\n");
        return 1;
    }
    start = std::chrono::steady_clock::now();
    const std::vector<TrendPoint> overall = trend(*all, QStringLiteral("f1"), SnapshotScope::Overall);
    const std::vector<TrendPoint> annotator
        = trend(*all, QStringLiteral("f1"), SnapshotScope::Annotator, QStringLiteral("annotator-1"));
    const double trends = seconds(start);
    std::size_t rows = 0;
    for (const AgreementSnapshot& s : *all)
        rows += s.lines.size();
    const bool same = !overall.empty() && !annotator.empty() && std::isfinite(overall.back().value)
        && std::abs(overall.back().value - all->back().find(SnapshotScope::Overall)->figures.f1()) < 1e-12;
    std::printf("read:  %zu snapshots without lines in %.3f s; with their %zu lines in %.3f s (%.3fx one "
                "computation); target < 2 s: %s\n",
        bare->size(), readBare, rows, read, read / compute, read < 2 ? "met" : "missed");
    std::printf("trend: two figures over %zu snapshots in %.4f s%s\n", all->size(), trends,
        same ? "" : " (WRONG: the trend's last point is not the snapshot's figure)");
    return same ? 0 : 1;
}
