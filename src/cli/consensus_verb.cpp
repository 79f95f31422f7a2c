// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli consensus: a vote of the annotators' regions, weighted by how well each one agrees with the others;
// what a clear majority decides is settled, the rest recorded as conflicts to review.

#include "cli_support.h"

#include <lector/analysis/consensus.h>
#include <lector/analysis/consensus_quality.h>
#include <lector/store/project_store.h>

#include <nlohmann/json.hpp>

using namespace lector;
using namespace lector::cli;

namespace {

nlohmann::ordered_json figures(const DetectionCounts& c)
{
    return { { "precision", c.precision() }, { "recall", c.recall() }, { "f1", c.hmean() } };
}

nlohmann::ordered_json qualityJson(const ConsensusQuality& q)
{
    nlohmann::ordered_json j;
    j["truth"] = q.truth.toStdString();
    j["images"] = q.images;
    j["consensus"] = figures(q.consensus);
    j["annotators"] = nlohmann::ordered_json::array();
    for (const AnnotatorQuality& a : q.annotators)
        j["annotators"].push_back({ { "annotator", a.annotator.toStdString() }, { "images", a.images },
            { "alone", figures(a.annotatorCounts) }, { "consensus", figures(a.consensusCounts) } });
    return j;
}

nlohmann::ordered_json modelJson(const ConsensusModel& model)
{
    nlohmann::ordered_json j;
    j["prior"] = model.prior;
    j["iterations"] = model.iterations;
    j["annotators"] = nlohmann::ordered_json::array();
    for (const AnnotatorModel& a : model.annotators)
        j["annotators"].push_back({ { "annotator", a.name.toStdString() }, { "regions", a.regions },
            { "sensitivity", a.sensitivity }, { "false_positive_rate", a.falsePositive },
            { "reading_accuracy", a.readingAccuracy }, { "geometry_agreement", a.geometryAgreement },
            { "edge_bias", a.edgeBias }, { "geometry_sigma", a.geometrySigma }, { "habit_samples", a.habitSamples } });
    return j;
}

QString qualityText(const ConsensusQuality& q)
{
    auto f = [](double v) { return QString::number(v, 'f', 3); };
    QString text = Cli::tr("against %1 on %2 images: consensus precision %3, recall %4, F1 %5\n")
                       .arg(q.truth)
                       .arg(q.images)
                       .arg(f(q.consensus.precision()), f(q.consensus.recall()), f(q.consensus.hmean()));
    for (const AnnotatorQuality& a : q.annotators)
        text += Cli::tr("  on %1's %2 images: %1 F1 %3 (precision %4, recall %5), consensus F1 %6 (precision "
                        "%7, recall %8)\n")
                    .arg(a.annotator)
                    .arg(a.images)
                    .arg(f(a.annotatorCounts.hmean()), f(a.annotatorCounts.precision()), f(a.annotatorCounts.recall()),
                        f(a.consensusCounts.hmean()), f(a.consensusCounts.precision()), f(a.consensusCounts.recall()));
    return text;
}

int runConsensus(QCommandLineParser& parser)
{
    auto store = openProject(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    ConsensusOptions options;
    if (parser.isSet(QStringLiteral("iou"))) {
        bool ok = false;
        options.iouThreshold = parser.value(QStringLiteral("iou")).toDouble(&ok);
        if (!ok || options.iouThreshold <= 0 || options.iouThreshold > 1)
            return usageError(Cli::tr("--iou takes a number in (0, 1]"));
    }
    if (parser.isSet(QStringLiteral("exclude")))
        options.exclude = excludedAnnotators(parser);
    if (auto known = requireAnnotators(**store, options.exclude, QStringLiteral("--exclude")); !known)
        return fail(known.error());
    options.settleByMajority = !parser.isSet(QStringLiteral("no-settle"));
    auto summary = buildConsensus(**store, options);
    if (!summary)
        return fail(summary.error());
    nlohmann::ordered_json j;
    j["images"] = summary->images;
    j["clusters"] = summary->clusters;
    j["words"] = summary->consensusRegions;
    j["consensus_regions"] = summary->consensusRegions;
    j["conflicts"] = summary->conflicts;
    j["conflicts_by_kind"] = nlohmann::ordered_json::object();
    for (const auto& [kind, n] : summary->conflictsByKind)
        j["conflicts_by_kind"][kind.toStdString()] = n;
    j["needs_review"] = summary->needsReview;
    j["needs_review_per_word"]
        = summary->consensusRegions ? static_cast<double>(summary->needsReview) / summary->consensusRegions : 0.0;
    j["settled_by_majority"] = summary->settledByMajority;
    j["settled_by_reviewers"] = summary->settledByReviewers;
    j["model"] = modelJson(summary->model);
    std::optional<ConsensusQuality> quality;
    if (parser.isSet(QStringLiteral("against"))) {
        auto q = compareWithTruth(**store, parser.value(QStringLiteral("against")), options);
        if (!q)
            return fail(q.error());
        quality = std::move(q).value();
        j["quality"] = qualityJson(*quality);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromStdString(j.dump(2)) + QLatin1Char('\n'));
        return kExitOk;
    }
    QString text = Cli::tr("consensus: %1 words from %2 clusters on %3 images; %4 conflicts: %5 need review "
                           "(%6 per word), %7 settled by majority, %8 by reviewers\n")
                       .arg(summary->consensusRegions)
                       .arg(summary->clusters)
                       .arg(summary->images)
                       .arg(summary->conflicts)
                       .arg(summary->needsReview)
                       .arg(j["needs_review_per_word"].get<double>(), 0, 'f', 3)
                       .arg(summary->settledByMajority)
                       .arg(summary->settledByReviewers);
    if (quality)
        text += qualityText(*quality);
    printOut(text);
    return kExitOk;
}

const VerbRegistrar s_consensus(QStringLiteral("consensus"),
    { QT_TRANSLATE_NOOP("Cli",
          "Vote a consensus of the annotators' regions, each annotator weighted by how well they agree "
          "with the others; settle what a clear majority decides and record the rest as conflicts to "
          "review."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("json"),
                Cli::tr("Print JSON (words, needs_review, settled_by_majority, conflicts by kind, the "
                        "annotators as measured)."));
            addOption(p, QStringLiteral("iou"),
                Cli::tr("IoU at which two regions can be the same word, each annotator's edge habit taken "
                        "out (default 0.5)."),
                QStringLiteral("threshold"));
            addOption(p, QStringLiteral("exclude"),
                Cli::tr("Annotators to leave out (comma separated; default: reference)."), QStringLiteral("names"));
            addOption(p, QStringLiteral("no-settle"),
                Cli::tr("Leave every conflict open, also those a clear majority decides."));
            addOption(p, QStringLiteral("against"),
                Cli::tr("Also score the consensus and each annotator against this annotator's labels (ICDAR "
                        "2015 precision, recall, F1), the consensus on each annotator's images beside them."),
                QStringLiteral("annotator"));
        },
        runConsensus });

} // namespace
