// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// What to label next, measured (issue 14 §2):
//   lift   on the demo project (generated under --work once): the pages each strategy picks from the demo's own
//          run have a higher word error rate against the reference than a random pick of the same size. Prints
//          each strategy's lift over random (mean error of its picks over the mean error of all pages, which is a
//          random pick's expectation) and the oracle's, which picks the truly worst pages (the ceiling), and the
//          share of the oracle's lift over random each strategy reaches (target: least confidence >= 70 %).
//   speed  selection over a generated project of --images images x --words words (written under --work once),
//          least confidence and mixed (hashes written for every image), against the baseline of reading the same
//          predictions' rows alone in the same run. Target: under 2 s at 100,000 images.
// Run with --help for the options; writes only under --work.
#include <lector/analysis/selection.h>
#include <lector/dedup/duplicate_finder.h>
#include <lector/demo/demo_generator.h>
#include <lector/metrics/detection_eval_loader.h>
#include <lector/store/image_hash_repository.h>
#include <lector/store/project_store.h>

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "synthetic_eval_project.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>

using namespace lector;

namespace {

struct Options {
    QString work;
    int pages = 60;
    int budget = 10;
    int images = 100000;
    int words = 20;
    bool lift = true;
    bool speed = true;
};

void usage()
{
    std::puts("lector-bench-select: the lift of each selection strategy on the demo, and selection's speed.\n"
              "  --work DIR     where the demo and the generated project go (required; kept for the next run)\n"
              "  --pages N      demo pages (default 60)\n"
              "  --budget K     pages picked on the demo (default 10)\n"
              "  --images N     images of the speed project (default 100000)\n"
              "  --words W      words per image there (default 20)\n"
              "  --lift-only, --speed-only\n"
              "  --help         this text");
}

double since(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

std::unique_ptr<ProjectStore> openOrDie(const QString& path)
{
    auto store = ProjectStore::open(path);
    if (!store) {
        std::fprintf(stderr, "lector-bench-select: %s\n", qPrintable(store.error().toString()));
        std::exit(2);
    }
    return std::move(store).value();
}

int lift(const Options& o)
{
    const QString dir = QDir(o.work).filePath(QStringLiteral("demo-%1").arg(o.pages));
    const QString project = QDir(dir).filePath(QStringLiteral("demo.lector"));
    if (!QFileInfo::exists(project)) {
        std::printf("generating the demo, %d pages, in %s (once) ...\n", o.pages, qPrintable(dir));
        auto made = demo::generateDemoProject(dir, demo::DemoOptions { o.pages, 7 });
        if (!made) {
            std::fprintf(stderr, "lector-bench-select: %s\n", qPrintable(made.error().toString()));
            return 2;
        }
    }
    auto store = openOrDie(project);
    if (!updateProjectHashes(*store)) // diversity's descriptors, as lector-cli select stores them
        return 2;
    auto runs = store->runs();
    if (!runs || runs->empty())
        return 2;
    const QString run = runs->front().name;
    // The truth: each page's word error rate of the run against the reference (1 - end-to-end word accuracy:
    // a missed word is an error, as a misread one).
    auto report = evaluateDetections(
        *store, EvalSource::annotator(QStringLiteral("reference")), EvalSource::run(run), DetectionEvalOptions {});
    if (!report) {
        std::fprintf(stderr, "lector-bench-select: %s\n", qPrintable(report.error().toString()));
        return 2;
    }
    std::map<ImageId, double> error;
    double mean = 0;
    for (const ImageSummary& s : report->perImage) {
        error[s.image] = 1.0 - s.counts.wordAccuracy();
        mean += error[s.image];
    }
    mean /= double(error.size());
    auto pickError = [&](const std::vector<SelectedImage>& picked) {
        double sum = 0;
        for (const SelectedImage& p : picked)
            sum += error.count(p.image) ? error[p.image] : 0;
        return picked.empty() ? 0.0 : sum / double(picked.size());
    };
    std::vector<std::pair<double, ImageId>> worst;
    for (const auto& [image, e] : error)
        worst.emplace_back(-e, image);
    std::sort(worst.begin(), worst.end());
    double oracle = 0;
    for (int i = 0; i < o.budget && i < int(worst.size()); ++i)
        oracle += -worst[size_t(i)].first;
    oracle /= std::min<double>(o.budget, double(worst.size()));
    const double oracleLift = oracle / mean;
    std::printf("\nlift on the demo (%d pages, %d picked, run \"%s\"): page error = 1 - word accuracy against "
                "\"reference\"; all pages' mean %.4f (a random pick's expectation)\n",
        o.pages, o.budget, qPrintable(run), mean);
    std::printf("%-20s %10s %8s %14s\n", "strategy", "error", "lift", "of oracle's");
    std::printf("%-20s %10.4f %8.3f %14s\n", "oracle", oracle, oracleLift, "100 %");
    // Every page is labeled by a simulated annotator: the pool is every page.
    int status = 0;
    for (SelectStrategy s : { SelectStrategy::LeastConfidence, SelectStrategy::Margin, SelectStrategy::Mixed,
             SelectStrategy::Diversity, SelectStrategy::RareSlices }) {
        SelectOptions options;
        options.strategy = s;
        options.budget = o.budget;
        options.includeLabeled = true;
        // The run whose errors are measured: the newest (the default) would be another model.
        SelectSources sources;
        sources.run = run;
        auto selection = selectFromStore(*store, options, sources);
        if (!selection) {
            std::fprintf(stderr, "%s\n", qPrintable(selection.error().toString()));
            return 2;
        }
        const double e = pickError(selection->images);
        const double l = e / mean;
        const double share = oracleLift > 1 ? (l - 1) / (oracleLift - 1) : 0;
        std::printf("%-20s %10.4f %8.3f %12.0f %%%s\n", qPrintable(selectStrategyName(s)), e, l, 100 * share,
            s == SelectStrategy::LeastConfidence
                ? (share >= 0.7 ? "   target >= 70 %: met" : "   target >= 70 %: MISSED")
                : "");
        if (s == SelectStrategy::LeastConfidence && share < 0.7)
            status = 1;
    }
    // Random, over 1000 seeds: its mean is the expectation the lifts are taken against.
    double randomSum = 0;
    for (std::uint32_t seed = 1; seed <= 1000; ++seed) {
        SelectOptions options;
        options.strategy = SelectStrategy::Random;
        options.budget = o.budget;
        options.includeLabeled = true;
        options.seed = seed;
        auto selection = selectFromStore(*store, options);
        if (!selection)
            return 2;
        randomSum += pickError(selection->images);
    }
    std::printf("%-20s %10.4f %8.3f %14s\n", "random (1000 seeds)", randomSum / 1000, randomSum / 1000 / mean, "0 %");
    return status;
}

int speed(const Options& o)
{
    const QString path = QDir(o.work).filePath(QStringLiteral("select-%1x%2.lector").arg(o.images).arg(o.words));
    if (!QFileInfo::exists(path)) {
        std::printf("\ngenerating %d images x %d words in %s (once) ...\n", o.images, o.words, qPrintable(path));
        std::fflush(stdout);
        if (!bench::generateEvalProject(path, o.images, o.words))
            return 2;
        auto store = openOrDie(path);
        auto images = store->images();
        if (!images)
            return 2;
        std::mt19937_64 rng(5);
        std::vector<StoredImageHash> rows;
        for (const ImageRecord& r : *images) {
            StoredImageHash h;
            h.image = r.id;
            h.hashes.phash = rng();
            h.hashes.dhash = rng();
            rows.push_back(h);
        }
        if (!ImageHashRepository(*store).put(rows))
            return 2;
    }
    auto store = openOrDie(path);
    // Baseline: the predictions' rows alone, read as selection reads them.
    auto start = std::chrono::steady_clock::now();
    std::int64_t rows = 0;
    {
        auto q = store->database().prepare(
            "SELECT image_id, confidence, script FROM predictions ORDER BY run_id, image_id");
        if (!q)
            return 2;
        db::Statement& st = **q;
        auto done = st.forEachRow([&] {
            rows += st.columnInt64(0) > 0;
            (void)st.columnDouble(1);
            (void)st.columnText(2);
        });
        st.reset();
        if (!done)
            return 2;
    }
    const double baseline = since(start);
    std::printf("\nselection over %d images x %d words (%lld predictions); baseline: reading the rows alone %.3f s\n",
        o.images, o.words, static_cast<long long>(rows), baseline);
    int status = 0;
    for (SelectStrategy s : { SelectStrategy::LeastConfidence, SelectStrategy::Mixed, SelectStrategy::RareSlices }) {
        SelectOptions options;
        options.strategy = s;
        options.budget = 1000;
        start = std::chrono::steady_clock::now();
        auto selection = selectFromStore(*store, options);
        const double t = since(start);
        if (!selection) {
            std::fprintf(stderr, "%s\n", qPrintable(selection.error().toString()));
            return 2;
        }
        std::printf("%-18s 1000 of %lld in %.3f s (%.2fx the baseline); target < 2 s: %s\n",
            qPrintable(selectStrategyName(s)), static_cast<long long>(selection->pool), t, t / baseline,
            t < 2 ? "met" : "missed");
        if (t >= 2)
            status = 1;
    }
    return status;
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
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
        } else if (!std::strcmp(a, "--pages")) {
            ok = number(o.pages);
        } else if (!std::strcmp(a, "--budget")) {
            ok = number(o.budget);
        } else if (!std::strcmp(a, "--images")) {
            ok = number(o.images);
        } else if (!std::strcmp(a, "--words")) {
            ok = number(o.words);
        } else if (!std::strcmp(a, "--lift-only")) {
            o.speed = false;
        } else if (!std::strcmp(a, "--speed-only")) {
            o.lift = false;
        } else {
            ok = false;
        }
        if (!ok) {
            usage();
            return 1;
        }
    }
    if (o.work.isEmpty() || !QDir().mkpath(o.work)) {
        usage();
        return 1;
    }
    QGuiApplication app(argc, argv); // the demo renders its pages with QPainter
    int status = 0;
    if (o.lift)
        status = std::max(status, lift(o));
    if (o.speed)
        status = std::max(status, speed(o));
    return status;
}
