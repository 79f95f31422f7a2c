// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The label-error finder, measured two ways (docs/suspects.md, docs/performance.md):
//   quality  on the demo project, which knows the truth (its "reference" annotator): per simulated annotator and
//            kind, precision at the first 100 and 500 suspects, recall of the annotator's errors and the average
//            precision of the ranked list (lector::measureSuspectQuality), and beside it the same figures from the
//            independent reference tests/core/analysis/suspects_ap_reference.py (shapely, scipy) on the JSON of
//            `lector-cli suspects`, which must agree.
//   speed    findSuspects of one annotator over N images x W words against a run (the generated project of
//            lector-bench-eval), with the detection evaluation of the same labels against the same run timed in
//            the same run as the baseline: both read every label and prediction and match them per image.
// Usage: lector-bench-suspects --work DIR [--pages N] [--images N] [--words N] [--only quality|speed]
//        [--no-reference]. Writes only under --work.

#include "synthetic_eval_project.h"

#include <lector/analysis/suspect_quality.h>
#include <lector/analysis/suspects.h>
#include <lector/demo/demo_generator.h>
#include <lector/metrics/detection_eval_loader.h>
#include <lector/store/project_store.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

using namespace lector;

namespace {

struct Options {
    QString work;
    int pages = 60;
    int images = 100000;
    int words = 20;
    QString only;
    bool reference = true;
};

void usage()
{
    std::printf(
        "Usage: lector-bench-suspects --work DIR [options]\n"
        "Measures the label-error finder (lector-cli suspects):\n"
        "  quality  on the demo project (DIR/demo-N/demo.lector, made once): per simulated annotator and kind,\n"
        "           P@100, P@500, recall and average precision against its \"reference\" truth, beside the\n"
        "           independent reference tests/core/analysis/suspects_ap_reference.py (/usr/bin/python3)\n"
        "  speed    findSuspects over N images x W words against a run (DIR/eval-N-W.lector, made once), with\n"
        "           the detection evaluation of the same project timed in the same run as the baseline\n"
        "Options:\n"
        "  --work DIR        where the projects and JSON files are written (required)\n"
        "  --pages N         demo pages (default 60)\n"
        "  --images N        images of the speed project (default 100000)\n"
        "  --words N         words per image of the speed project (default 20)\n"
        "  --only WHAT       quality or speed\n"
        "  --no-reference    leave out the Python reference\n");
}

std::unique_ptr<ProjectStore> openOrDie(const QString& path)
{
    auto store = ProjectStore::open(path, OpenMode::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "lector-bench-suspects: %s\n", qPrintable(store.error().toString()));
        std::exit(2);
    }
    return std::move(*store);
}

/// The Python reference's figures for one annotator: kind -> its "errors listed found p100 p500 recall ap".
using Figures = std::map<QString, std::map<QString, double>>;

Figures referenceFigures(const QString& project, const QString& annotator, const QString& run, const QString& work)
{
    const QString json = QDir(work).filePath(QStringLiteral("suspects-%1.json").arg(annotator));
    QProcess cli;
    cli.setStandardOutputFile(json);
    cli.start(QStringLiteral(LECTOR_CLI_PATH),
        { QStringLiteral("suspects"), project, QStringLiteral("--annotator"), annotator, QStringLiteral("--run"), run,
            QStringLiteral("--exclude"), QStringLiteral("reference"), QStringLiteral("--json") });
    if (!cli.waitForFinished(-1) || cli.exitCode() != 0) {
        std::fprintf(stderr, "lector-bench-suspects: lector-cli suspects failed for %s\n", qPrintable(annotator));
        return {};
    }
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral(LECTOR_SOURCE_DIR "/tests/core/analysis/suspects_ap_reference.py"), project, annotator,
            json });
    if (!py.waitForFinished(-1) || py.exitCode() != 0) {
        std::fprintf(
            stderr, "lector-bench-suspects: the Python reference failed: %s\n", py.readAllStandardError().constData());
        return {};
    }
    Figures out;
    for (const QString& line : QString::fromUtf8(py.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 1; i < parts.size(); ++i) {
            const QStringList kv = parts[i].split(QLatin1Char('='));
            if (kv.size() == 2)
                out[parts[0]][kv[0]] = kv[1].toDouble();
        }
    }
    return out;
}

int quality(const Options& o)
{
    const QString dir = QDir(o.work).filePath(QStringLiteral("demo-%1").arg(o.pages));
    const QString project = QDir(dir).filePath(QStringLiteral("demo.lector"));
    if (!QFileInfo::exists(project)) {
        std::printf("generating the demo, %d pages, in %s (once) ...\n", o.pages, qPrintable(dir));
        std::fflush(stdout);
        auto made = demo::generateDemoProject(dir, demo::DemoOptions { o.pages, 7 });
        if (!made) {
            std::fprintf(stderr, "lector-bench-suspects: %s\n", qPrintable(made.error().toString()));
            return 2;
        }
    }
    auto store = openOrDie(project);
    const auto runs = store->runs();
    const auto annotators = store->annotators();
    if (!runs || runs->empty() || !annotators) {
        std::fprintf(stderr, "lector-bench-suspects: the demo has no run\n");
        return 2;
    }
    const QString run = runs->front().name;
    std::printf(
        "\nsuspects on the demo (%d pages) against the run \"%s\"; truth: \"reference\"\n", o.pages, qPrintable(run));
    std::printf("%-8s %-12s %7s %7s %7s %7s %7s %7s %7s %8s\n", "who", "kind", "errors", "listed", "found", "P@100",
        "P@500", "recall", "AP", "seconds");
    bool agree = true;
    for (const Annotator& a : *annotators) {
        if (a.name == QLatin1String("reference") || a.name == QLatin1String("consensus"))
            continue;
        SuspectOptions so;
        so.annotator = a.name;
        so.run = run;
        so.exclude = { QStringLiteral("reference") };
        auto report = findSuspects(*store, so);
        if (!report) {
            std::fprintf(stderr, "lector-bench-suspects: %s\n", qPrintable(report.error().toString()));
            return 2;
        }
        auto q = measureSuspectQuality(*store, *report, a.name, QStringLiteral("reference"));
        if (!q) {
            std::fprintf(stderr, "lector-bench-suspects: %s\n", qPrintable(q.error().toString()));
            return 2;
        }
        const Figures ref = o.reference ? referenceFigures(project, a.name, run, o.work) : Figures {};
        for (const SuspectKindQuality& k : *q) {
            std::printf("%-8s %-12s %7lld %7lld %7lld %7.3f %7.3f %7.3f %7.3f %8.2f\n", qPrintable(a.name),
                qPrintable(suspectKindName(k.kind)), static_cast<long long>(k.errors), static_cast<long long>(k.listed),
                static_cast<long long>(k.found), k.precisionAt100, k.precisionAt500, k.recall, k.averagePrecision,
                report->seconds);
            if (!o.reference)
                continue;
            const auto it = ref.find(suspectKindName(k.kind));
            const bool same = it != ref.end() && it->second.at(QStringLiteral("errors")) == double(k.errors)
                && it->second.at(QStringLiteral("found")) == double(k.found)
                && std::abs(it->second.at(QStringLiteral("ap")) - k.averagePrecision) < 1e-4
                && std::abs(it->second.at(QStringLiteral("recall")) - k.recall) < 1e-4;
            if (!same) {
                agree = false;
                std::printf("         reference differs: %s\n",
                    it == ref.end() ? "(no figures)"
                                    : qPrintable(QStringLiteral("errors=%1 found=%2 recall=%3 AP=%4")
                                                     .arg(it->second.at(QStringLiteral("errors")))
                                                     .arg(it->second.at(QStringLiteral("found")))
                                                     .arg(it->second.at(QStringLiteral("recall")), 0, 'f', 3)
                                                     .arg(it->second.at(QStringLiteral("ap")), 0, 'f', 3)));
            }
        }
    }
    if (o.reference)
        std::printf("the Python reference (shapely, scipy) %s\n",
            agree ? "gives the same errors, finds, recall and AP" : "DIFFERS (above)");
    return agree ? 0 : 3;
}

int speed(const Options& o)
{
    const QString project = QDir(o.work).filePath(QStringLiteral("eval-%1-%2.lector").arg(o.images).arg(o.words));
    if (!QFileInfo::exists(project)) {
        std::printf("generating %s (once) ...\n", qPrintable(project));
        std::fflush(stdout);
        if (!bench::generateEvalProject(project, o.images, o.words)) {
            QFile::remove(project);
            return 2;
        }
    }
    auto store = openOrDie(project);
    std::printf("\nsuspects of \"reference\" over %d images x %d words against the run \"model\" (best of 3):\n",
        o.images, o.words);
    double evalBest = 1e9, suspectsBest = 1e9;
    std::size_t found = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        auto eval = evaluateDetections(
            *store, EvalSource::annotator(QStringLiteral("reference")), EvalSource::run(QStringLiteral("model")), {});
        evalBest = std::min(evalBest, t.nsecsElapsed() / 1e9);
        t.restart();
        SuspectOptions so;
        so.annotator = QStringLiteral("reference");
        so.run = QStringLiteral("model");
        auto report = findSuspects(*store, so);
        suspectsBest = std::min(suspectsBest, t.nsecsElapsed() / 1e9);
        if (!eval || !report) {
            std::fprintf(
                stderr, "lector-bench-suspects: %s\n", qPrintable((!eval ? eval.error() : report.error()).toString()));
            return 2;
        }
        found = report->suspects.size();
    }
    std::printf("  %-52s %7.2f s\n", "detection evaluation of the same labels (baseline)", evalBest);
    std::printf("  %-52s %7.2f s  (%.2f x the baseline; %zu suspects)\n", "findSuspects", suspectsBest,
        suspectsBest / evalBest, found);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the demo renders its pages; no display is needed
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--help" || arg == "-h") {
            usage();
            return 0;
        } else if (arg == "--work" && hasValue) {
            o.work = QFileInfo(QString::fromLocal8Bit(argv[++i])).absoluteFilePath();
        } else if (arg == "--pages" && hasValue) {
            o.pages = std::atoi(argv[++i]);
        } else if (arg == "--images" && hasValue) {
            o.images = std::atoi(argv[++i]);
        } else if (arg == "--words" && hasValue) {
            o.words = std::atoi(argv[++i]);
        } else if (arg == "--only" && hasValue) {
            o.only = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == "--no-reference") {
            o.reference = false;
        } else {
            std::fprintf(stderr, "lector-bench-suspects: unknown argument %s (see --help)\n", arg.c_str());
            return 1;
        }
    }
    if (o.work.isEmpty() || o.pages <= 0 || o.images <= 0 || o.words <= 0
        || !(o.only.isEmpty() || o.only == QLatin1String("quality") || o.only == QLatin1String("speed"))) {
        std::fprintf(stderr, "lector-bench-suspects: needs --work DIR; counts are positive; --only quality|speed\n");
        return 1;
    }
    QDir().mkpath(o.work);
    QGuiApplication app(argc, argv); // the demo renders its pages with QPainter
    int rc = 0;
    if (o.only.isEmpty() || o.only == QLatin1String("quality"))
        rc = quality(o);
    if (rc == 0 && (o.only.isEmpty() || o.only == QLatin1String("speed")))
        rc = speed(o);
    return rc;
}
