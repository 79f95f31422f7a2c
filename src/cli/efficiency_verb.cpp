// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli efficiency: per annotator speed from the edit log.

#include "cli_support.h"

#include <lector/analysis/efficiency.h>
#include <lector/store/project_store.h>

#include <nlohmann/json.hpp>

using namespace lector;
using namespace lector::cli;

namespace {

int runEfficiency(QCommandLineParser& parser)
{
    auto store = openProjectForReading(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    EfficiencyOptions options;
    if (parser.isSet(QStringLiteral("idle")))
        options.idleThresholdSeconds = parser.value(QStringLiteral("idle")).toDouble();
    options.exclude = excludedAnnotators(parser);
    if (auto known = requireAnnotators(**store, options.exclude, QStringLiteral("--exclude")); !known)
        return fail(known.error());
    auto report = computeEfficiency(**store, options);
    if (!report)
        return fail(report.error());
    if (auto agreement = fillConsensusAgreement(**store, *report); !agreement)
        return fail(agreement.error());
    const nlohmann::json j = efficiencyToJson(*report);
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromStdString(j.dump(2)) + QLatin1Char('\n'));
        return kExitOk;
    }
    QString text = QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                       .arg(padded(Cli::tr("annotator"), -12))
                       .arg(padded(Cli::tr("boxes"), 8))
                       .arg(padded(Cli::tr("active h"), 9))
                       .arg(padded(Cli::tr("boxes/h"), 8))
                       .arg(padded(Cli::tr("median s"), 9))
                       .arg(padded(Cli::tr("corr/box"), 9))
                       .arg(padded(Cli::tr("consensus"), 9));
    for (const auto& a : j["annotators"]) {
        const nlohmann::json& agreement = a["agreement_with_consensus"];
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                    .arg(padded(QString::fromStdString(a["name"].get<std::string>()), -12))
                    .arg(a["boxes"].get<std::int64_t>(), 8)
                    .arg(a["active_hours"].get<double>(), 9, 'f', 2)
                    .arg(a["boxes_per_hour"].get<double>(), 8, 'f', 1)
                    .arg(a["median_seconds_per_box"].get<double>(), 9, 'f', 1)
                    .arg(a["corrections_per_box"].get<double>(), 9, 'f', 3)
                    .arg(agreement.is_null() ? QStringLiteral("–") : QString::number(agreement.get<double>(), 'f', 3),
                        9);
    }
    text += Cli::tr("\nconsensus: share of the annotator's regions matching a consensus region (IoU >= 0.5) with the "
                    "same text and flags; – before a consensus is built\n");
    printOut(text);
    return kExitOk;
}

const VerbRegistrar s_efficiency(QStringLiteral("efficiency"),
    { QT_TRANSLATE_NOOP("Cli",
          "Per annotator speed from the edit log: boxes per active hour, "
          "median seconds per box, corrections per box."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("json"), Cli::tr("Print JSON."));
            addOption(p, QStringLiteral("idle"), Cli::tr("Idle threshold in seconds (default 120)."),
                QStringLiteral("seconds"));
            addOption(p, QStringLiteral("exclude"), Cli::tr("Annotators to leave out (comma separated)."),
                QStringLiteral("names"));
        },
        runEfficiency });

} // namespace
