// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli drift: what moved between a baseline batch (or range of days) and a current one.

#include "cli_support.h"

#include <lector/analysis/drift.h>
#include <lector/store/project_store.h>

#include <nlohmann/json.hpp>

#include <chrono>

using namespace lector;
using namespace lector::cli;

namespace {

nlohmann::json toJson(const std::vector<double>& v)
{
    nlohmann::json a = nlohmann::json::array();
    for (const double x : v)
        a.push_back(x);
    return a;
}

nlohmann::json propertyJson(const PropertyDrift& p)
{
    nlohmann::json bins = nlohmann::json::array();
    for (const QString& b : p.bins)
        bins.push_back(b.toStdString());
    nlohmann::json j { { "key", p.key.toStdString() }, { "title", p.title.toStdString() },
        { "group", p.group.toStdString() }, { "kind", p.kind == DriftKind::Continuous ? "continuous" : "categorical" },
        { "baseline_count", p.baselineCount }, { "current_count", p.currentCount },
        { "method", driftMethodName(p.method).toStdString() }, { "drifted", p.drifted },
        { "verdict", p.verdict().toStdString() } };
    if (p.judged()) {
        j["score"] = p.score;
        j["threshold"] = p.threshold;
        j["statistic"] = p.statistic;
        j["p_value"] = p.pValue;
        j["distance"] = p.distance;
        j["psi"] = p.psi;
        j["psi_drifted"] = p.psiDrifted;
    }
    if (p.kind == DriftKind::Continuous && p.baselineCount > 0 && p.currentCount > 0) {
        j["baseline_mean"] = p.baselineMean;
        j["current_mean"] = p.currentMean;
        j["baseline_median"] = p.baselineMedian;
        j["current_median"] = p.currentMedian;
    }
    if (!p.note.isEmpty())
        j["note"] = p.note.toStdString();
    j["histogram"] = { { "bins", std::move(bins) }, { "edges", toJson(p.binEdges) },
        { "baseline", toJson(p.baselineShares) }, { "current", toJson(p.currentShares) } };
    return j;
}

QString textReport(const DriftReport& r)
{
    QString text = Cli::tr("baseline %1 (%2 images) against current %3 (%4 images)%5\n%6\n\n")
                       .arg(r.baseline.label())
                       .arg(r.baselineImages)
                       .arg(r.current.label())
                       .arg(r.currentImages)
                       .arg(r.run.isEmpty() ? QString() : Cli::tr(", run %1").arg(r.run))
                       .arg(r.verdict());
    text += QStringLiteral("%1 %2 %3 %4  %5\n")
                .arg(padded(Cli::tr("property"), -18))
                .arg(padded(Cli::tr("baseline"), 10))
                .arg(padded(Cli::tr("current"), 10))
                .arg(QStringLiteral("PSI"), 6)
                .arg(Cli::tr("verdict"));
    for (const PropertyDrift& p : r.properties) {
        const bool means = p.kind == DriftKind::Continuous && p.baselineCount > 0 && p.currentCount > 0
            && !std::isnan(p.baselineMean);
        text += QStringLiteral("%1 %2 %3 %4  %5%6\n")
                    .arg(p.key, -18)
                    .arg(means ? QString::number(p.baselineMean, 'g', 4) : QString::number(p.baselineCount), 10)
                    .arg(means ? QString::number(p.currentMean, 'g', 4) : QString::number(p.currentCount), 10)
                    .arg(p.judged() ? QString::number(p.psi, 'f', 3) : QStringLiteral("-"), 6)
                    .arg(p.drifted ? Cli::tr("DRIFT  ") : QString())
                    .arg(p.verdict());
    }
    for (const DriftProblem& problem : r.problems)
        text += Cli::tr("left out: %1: %2").arg(problem.path, problem.message) + QLatin1Char('\n');
    return text;
}

int runDrift(QCommandLineParser& parser)
{
    const auto started = std::chrono::steady_clock::now();
    if (!parser.isSet(QStringLiteral("baseline")) || !parser.isSet(QStringLiteral("current")))
        return usageError(Cli::tr("drift needs --baseline and --current (a batch, or YYYY-MM-DD..YYYY-MM-DD)"));
    auto baseline = parseDriftSelection(parser.value(QStringLiteral("baseline")));
    if (!baseline)
        return usageError(QStringLiteral("--baseline: ") + baseline.error().message);
    auto current = parseDriftSelection(parser.value(QStringLiteral("current")));
    if (!current)
        return usageError(QStringLiteral("--current: ") + current.error().message);
    DriftOptions options;
    options.annotator = parser.value(QStringLiteral("annotator"));
    options.run = parser.value(QStringLiteral("run"));
    if (parser.isSet(QStringLiteral("drift-share"))) {
        bool ok = false;
        options.datasetDriftShare = parser.value(QStringLiteral("drift-share")).toDouble(&ok);
        if (!ok || !(options.datasetDriftShare > 0 && options.datasetDriftShare <= 1))
            return usageError(Cli::tr("--drift-share takes a share above 0, at most 1 (default 0.5)"));
    }
    // Measuring stores each image's properties where the project can be written; a read-only one is measured all
    // the same.
    auto store = openProjectForReading(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    StderrProgress progress(QStringLiteral("drift"));
    auto report = computeDrift(**store, *baseline, *current, options, &progress);
    if (!report)
        return fail(report.error());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!parser.isSet(QStringLiteral("json"))) {
        printOut(textReport(*report));
        return kExitOk;
    }
    nlohmann::json properties = nlohmann::json::array();
    for (const PropertyDrift& p : report->properties)
        properties.push_back(propertyJson(p));
    nlohmann::json problems = nlohmann::json::array();
    for (const DriftProblem& p : report->problems)
        problems.push_back(
            { { "image", p.image }, { "path", p.path.toStdString() }, { "message", p.message.toStdString() } });
    nlohmann::json j {
        { "baseline",
            { { "selection", report->baseline.label().toStdString() }, { "images", report->baselineImages } } },
        { "current", { { "selection", report->current.label().toStdString() }, { "images", report->currentImages } } },
        { "run", report->run.toStdString() }, { "annotator", options.annotator.toStdString() },
        { "dataset_drift", report->datasetDrift }, { "drifted", report->drifted }, { "judged", report->judged },
        { "drift_share", report->driftShare }, { "drift_share_threshold", report->datasetDriftShareThreshold },
        { "verdict", report->verdict().toStdString() }, { "measured", report->measured },
        { "problems", std::move(problems) }, { "properties", std::move(properties) }, { "seconds", seconds }
    };
    printOut(QString::fromStdString(j.dump(2)) + QStringLiteral("\n"));
    return kExitOk;
}

const VerbRegistrar s_drift(QStringLiteral("drift"),
    { QT_TRANSLATE_NOOP("Cli",
          "Drift between batches: compare a current batch (or range of days) with a baseline on image "
          "properties (brightness, contrast, sharpness, skew, size), label properties and prediction "
          "confidence, each by Evidently's rule (a test for a small baseline, a distance for a large one), "
          "with PSI and a dataset-level verdict. Measures and stores what it has not measured yet; changes "
          "no label."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("json"), Cli::tr("Print JSON."));
            addOption(p, QStringLiteral("baseline"),
                Cli::tr("What the current side is compared with: a batch name (batch:NAME when the name looks "
                        "like a range) or a range of UTC days, YYYY-MM-DD..YYYY-MM-DD."),
                QStringLiteral("batch|days"));
            addOption(p, QStringLiteral("current"), Cli::tr("The batch or range of days that may have drifted."),
                QStringLiteral("batch|days"));
            addOption(p, QStringLiteral("annotator"),
                Cli::tr("Only this annotator's labels (default: every annotator's)."), QStringLiteral("name"));
            addOption(p, QStringLiteral("run"),
                Cli::tr("The model run whose confidence is compared (default: the newest)."), QStringLiteral("name"));
            addOption(p, QStringLiteral("drift-share"),
                Cli::tr("The share of drifted properties that makes a dataset drift (default 0.5)."),
                QStringLiteral("share"));
        },
        runDrift });

} // namespace
