// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli promote: a model run's predictions become an annotator's pre-labels, without duplicates.

#include "cli_support.h"

#include <lector/ocr/promote_predictions.h>
#include <lector/store/project_store.h>

#include <nlohmann/json.hpp>

using namespace lector;
using namespace lector::cli;

namespace {

int runPromote(QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("run")) || !parser.isSet(QStringLiteral("annotator")))
        return usageError(Cli::tr("promote needs --run RUN and --annotator NAME"));
    auto store = openProject(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    PromoteOptions options;
    options.run = parser.value(QStringLiteral("run"));
    options.annotator = parser.value(QStringLiteral("annotator"));
    if (parser.isSet(QStringLiteral("min-confidence"))) {
        bool ok = false;
        options.minConfidence = parser.value(QStringLiteral("min-confidence")).toDouble(&ok);
        if (!ok || options.minConfidence < 0 || options.minConfidence > 1)
            return usageError(Cli::tr("--min-confidence takes a number from 0 to 1"));
    }
    if (parser.isSet(QStringLiteral("iou"))) {
        bool ok = false;
        options.duplicateIoU = parser.value(QStringLiteral("iou")).toDouble(&ok);
        if (!ok || options.duplicateIoU <= 0 || options.duplicateIoU > 1)
            return usageError(Cli::tr("--iou takes a number in (0, 1]"));
    }
    auto summary = promotePredictions(**store, options);
    if (!summary)
        return fail(summary.error());
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::ordered_json j;
        j["run"] = options.run.toStdString();
        j["annotator"] = options.annotator.toStdString();
        j["promoted"] = summary->promoted;
        j["skipped_duplicate"] = summary->skippedDuplicate;
        j["skipped_low_confidence"] = summary->skippedLowConfidence;
        printOut(QString::fromStdString(j.dump(2)) + QLatin1Char('\n'));
    } else {
        printOut(Cli::tr("promoted %1 predictions of %2 to %3's pre-labels (%4 duplicates, %5 below the "
                         "confidence threshold skipped)\n")
                     .arg(summary->promoted)
                     .arg(options.run, options.annotator)
                     .arg(summary->skippedDuplicate)
                     .arg(summary->skippedLowConfidence));
    }
    return kExitOk;
}

const VerbRegistrar s_promote(QStringLiteral("promote"),
    { QT_TRANSLATE_NOOP("Cli",
          "Turn a model run's predictions into an annotator's pre-labels (source auto), skipping words "
          "that overlap the annotator's own regions."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("run"), Cli::tr("The model run."), QStringLiteral("name"));
            addOption(p, QStringLiteral("annotator"), Cli::tr("Whose pre-labels (created when new)."),
                QStringLiteral("name"));
            addOption(p, QStringLiteral("min-confidence"), Cli::tr("Only predictions at least this confident."),
                QStringLiteral("c"));
            addOption(p, QStringLiteral("iou"),
                Cli::tr("Overlap with an existing region that makes a duplicate (default 0.5)."),
                QStringLiteral("threshold"));
            addOption(p, QStringLiteral("json"), Cli::tr("Print JSON."));
        },
        runPromote });

} // namespace
