// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli consensus: a vote of the annotators' regions, disagreements recorded as conflicts.

#include "cli_support.h"

#include <lector/analysis/consensus.h>
#include <lector/store/project_store.h>

#include <nlohmann/json.hpp>

using namespace lector;
using namespace lector::cli;

namespace {

int runConsensus(QCommandLineParser& parser)
{
    auto store = openProject(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    ConsensusOptions options;
    if (parser.isSet(QStringLiteral("iou")))
        options.iouThreshold = parser.value(QStringLiteral("iou")).toDouble();
    if (parser.isSet(QStringLiteral("exclude")))
        options.exclude = excludedAnnotators(parser);
    auto summary = buildConsensus(**store, options);
    if (!summary)
        return fail(summary.error());
    nlohmann::ordered_json j;
    j["images"] = summary->images;
    j["clusters"] = summary->clusters;
    j["consensus_regions"] = summary->consensusRegions;
    j["conflicts"] = summary->conflicts;
    j["conflicts_by_kind"] = nlohmann::ordered_json::object();
    for (const auto& [kind, n] : summary->conflictsByKind)
        j["conflicts_by_kind"][kind.toStdString()] = n;
    if (parser.isSet(QStringLiteral("json")))
        printOut(QString::fromStdString(j.dump(2)) + QLatin1Char('\n'));
    else
        printOut(QStringLiteral("consensus: %1 regions from %2 clusters on %3 images; %4 conflicts to review\n")
                     .arg(summary->consensusRegions)
                     .arg(summary->clusters)
                     .arg(summary->images)
                     .arg(summary->conflicts));
    return kExitOk;
}

const VerbRegistrar s_consensus(QStringLiteral("consensus"),
    { QStringLiteral("Vote a consensus of the annotators' regions and record every "
                     "disagreement as a conflict to review."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("json"), QStringLiteral("Print JSON."));
            addOption(p, QStringLiteral("iou"),
                QStringLiteral("IoU at which two regions are the same word (default 0.5)."),
                QStringLiteral("threshold"));
            addOption(p, QStringLiteral("exclude"),
                QStringLiteral("Annotators to leave out (comma separated; default: reference)."),
                QStringLiteral("names"));
        },
        runConsensus });

} // namespace
