// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli agreement: inter-annotator agreement.

#include "cli_support.h"

#include <lector/metrics/agreement_input_loader.h>
#include <lector/metrics/agreement_json.h>
#include <lector/metrics/agreement_report.h>
#include <lector/metrics/store_agreement_source.h>
#include <lector/store/agreement_history.h>
#include <lector/store/project_store.h>

#include <nlohmann/json.hpp>

using namespace lector;
using namespace lector::cli;

namespace {

int runAgreement(QCommandLineParser& parser)
{
    // --save writes the history: a project that cannot be written is refused with the reason, not opened read-only.
    const bool save = parser.isSet(QStringLiteral("save"));
    const QString path = parser.positionalArguments().at(1);
    auto store = save ? openProject(path) : openProjectForReading(path);
    if (!store)
        return fail(store.error());
    AgreementOptions options;
    if (parser.isSet(QStringLiteral("iou"))) {
        bool ok = false;
        options.iouThreshold = parser.value(QStringLiteral("iou")).toDouble(&ok);
        if (!ok || options.iouThreshold <= 0 || options.iouThreshold > 1)
            return usageError(Cli::tr("--iou takes a number in (0, 1]"));
    }
    // --exclude replaces the default list ('' leaves nobody out); --include takes names back out of it.
    QStringList exclude = StoreAgreementSource::defaultExclusions();
    if (parser.isSet(QStringLiteral("exclude")))
        exclude = excludedAnnotators(parser);
    QStringList include;
    for (const QString& list : parser.values(QStringLiteral("include")))
        include << list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& name : include)
        exclude.removeAll(name);
    if (parser.isSet(QStringLiteral("exclude"))) {
        if (auto known = requireAnnotators(**store, excludedAnnotators(parser), QStringLiteral("--exclude")); !known)
            return fail(known.error());
    }
    if (auto known = requireAnnotators(**store, include, QStringLiteral("--include")); !known)
        return fail(known.error());
    AgreementHistoryRepository history(**store);
    auto lastEntry = history.lastEntry(); // before computing: the snapshot is stamped with the labels it saw
    if (!lastEntry)
        return fail(lastEntry.error());
    auto report = computeAgreement(**store, exclude, options);
    if (!report)
        return fail(report.error());
    if (save) {
        auto saved = history.save(*report, QStringLiteral("cli"), *lastEntry);
        if (!saved)
            return fail(saved.error());
        // On stderr, so that --json stays one JSON document.
        printErr(saved->saved ? Cli::tr("lector-cli: saved agreement snapshot %1").arg(saved->id)
                              : Cli::tr("lector-cli: the labels have not changed since agreement snapshot %1; "
                                        "not saved again")
                                    .arg(saved->id));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        // Streamed: the per-image part of a big project would not fit in a JSON tree.
        writeJson(*report, 2,
            [](std::string_view piece) { printOut(QString::fromUtf8(piece.data(), qsizetype(piece.size()))); });
        printOut(QStringLiteral("\n"));
        return kExitOk;
    }
    const nlohmann::json j = toJson(*report, false);
    auto num = [](const nlohmann::json& v, int digits) {
        return v.is_null() ? QStringLiteral("–") : QString::number(v.get<double>(), 'f', digits);
    };
    QString text = Cli::tr("%1 images labeled by two or more annotators, IoU threshold %2\n"
                           "alpha (text) %3, alpha (geometry) %4\n\n")
                       .arg(j["images"].get<std::int64_t>())
                       .arg(options.iouThreshold)
                       .arg(num(j["alpha_text"], 3), num(j["alpha_geometry"], 3));
    text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                .arg(padded(Cli::tr("pair a / b"), -26))
                .arg(padded(Cli::tr("matched"), 8))
                .arg(padded(Cli::tr("prec"), 6))
                .arg(padded(Cli::tr("recall"), 6))
                .arg(QStringLiteral("F1"), 6)
                .arg(QStringLiteral("IoU"), 6)
                .arg(QStringLiteral("CER"), 6);
    for (const auto& p : j["pairs"]) {
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                    .arg(padded(
                        QString::fromStdString(p["a"].get<std::string>() + " / " + p["b"].get<std::string>()), -26))
                    .arg(p["matched"].get<std::int64_t>(), 8)
                    .arg(num(p["precision"], 3), 6)
                    .arg(num(p["recall"], 3), 6)
                    .arg(num(p["f1"], 3), 6)
                    .arg(num(p["mean_iou"], 3), 6)
                    .arg(num(p["cer"], 3), 6);
    }
    text += Cli::tr("\nrecall: share of a's regions matched; precision: share of b's; CER: edit distance over the "
                    "mean length of the two transcriptions (neither is the reference)\n");
    printOut(text);
    return kExitOk;
}

const VerbRegistrar s_agreement(QStringLiteral("agreement"),
    { QT_TRANSLATE_NOOP("Cli",
          "Inter-annotator agreement: matching per annotator pair, "
          "Krippendorff's alpha, Fleiss' kappa, by image, slice and "
          "guideline version."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("json"), Cli::tr("Print JSON."));
            addOption(p, QStringLiteral("save"),
                Cli::tr("Keep the report in the project's agreement history (see the history verb); not "
                        "again when the labels, IoU, annotators and guideline version are unchanged."));
            addOption(p, QStringLiteral("iou"), Cli::tr("IoU at which two regions can match (default 0.5)."),
                QStringLiteral("threshold"));
            addOption(p, QStringLiteral("exclude"),
                Cli::tr("Annotators to leave out (comma separated; default: reference,consensus; '' leaves "
                        "nobody out). Leaving out consensus also leaves out consensus regions written under "
                        "another name."),
                QStringLiteral("names"));
            addOption(p, QStringLiteral("include"),
                Cli::tr("Annotators to keep although excluded by default or by --exclude (comma separated; "
                        "e.g. consensus, to see each annotator's agreement with it)."),
                QStringLiteral("names"));
        },
        runAgreement });

} // namespace
