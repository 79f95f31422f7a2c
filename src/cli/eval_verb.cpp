// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli eval: a model run's predictions scored against labels by the ICDAR 2015 protocol, end to end too.

#include "cli_support.h"

#include <lector/metrics/detection_eval.h>
#include <lector/metrics/detection_eval_json.h>
#include <lector/metrics/detection_eval_loader.h>
#include <lector/metrics/slice_regression.h>
#include <lector/store/project_store.h>

#include <QFile>
#include <QTemporaryFile>

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>

using namespace lector;
using namespace lector::cli;

namespace {

QString fixed(double v, int digits = 3)
{
    return std::isfinite(v) ? QString::number(v, 'f', digits) : QStringLiteral("–");
}

QString shown(const QString& c)
{
    if (c.isEmpty())
        return QStringLiteral("∅");
    return c == QLatin1String(" ") ? QStringLiteral("␣") : c;
}

QString summaryText(const DetectionEvalReport& r)
{
    const DetectionCounts& t = r.totals;
    QString text = Cli::tr("%1 against %2: %3 images, %4 matching%5, IoU > %6%7\n")
                       .arg(r.detectionName, r.groundTruthName)
                       .arg(t.images)
                       .arg(matchingMethodName(r.options.matching))
                       .arg(r.options.matching == MatchingMethod::Hungarian    ? QString()
                               : r.options.order == DetectionOrder::Confidence ? Cli::tr(" (by confidence)")
                                                                               : Cli::tr(" (in file order)"))
                       .arg(r.options.iouThreshold)
                       .arg(r.options.ignoreCase ? Cli::tr(", case ignored") : QString());
    text += Cli::tr("precision %1  recall %2  H-mean %3  (matched %4 of %5 ground truth, %6 detections; "
                    "%7 don't-care ground truth, %8 detections set aside)\n")
                .arg(fixed(t.precision()), fixed(t.recall()), fixed(t.hmean()))
                .arg(t.matched)
                .arg(t.groundTruth)
                .arg(t.detections)
                .arg(t.groundTruthDontCare)
                .arg(t.detectionsDontCare);
    text += Cli::tr("word accuracy %1 of care ground truth, %2 of matched words; CER %3, WER %4; mean IoU %5; "
                    "AP %6\n")
                .arg(fixed(t.wordAccuracy()), fixed(t.matchedWordAccuracy()), fixed(t.cer()), fixed(t.wer()),
                    fixed(t.meanIoU()), fixed(r.averagePrecision));
    if (!r.scored.empty()) {
        const ThresholdPoint best = bestThreshold(r);
        text += Cli::tr("best confidence threshold %1: precision %2, recall %3, H-mean %4\n")
                    .arg(fixed(best.threshold), fixed(best.precision), fixed(best.recall), fixed(best.hmean));
    }
    text += QStringLiteral("\n%1 %2 %3 %4 %5 %6 %7 %8\n")
                .arg(padded(Cli::tr("batch (import order)", "eval table column"), -24))
                .arg(padded(Cli::tr("images", "eval table column"), 7))
                .arg(padded(Cli::tr("gt", "eval table column"), 7))
                .arg(padded(Cli::tr("det", "eval table column"), 7))
                .arg(padded(Cli::tr("prec", "eval table column"), 6))
                .arg(padded(Cli::tr("recall", "eval table column"), 6))
                .arg(padded(Cli::tr("hmean", "eval table column"), 6))
                .arg(padded(Cli::tr("words", "eval table column"), 6));
    for (const BatchEvaluation& b : r.perBatch) {
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                    .arg(b.batch.isEmpty() ? Cli::tr("(none)") : b.batch, -24)
                    .arg(b.counts.images, 7)
                    .arg(b.counts.groundTruth, 7)
                    .arg(b.counts.detections, 7)
                    .arg(fixed(b.counts.precision()), 6)
                    .arg(fixed(b.counts.recall()), 6)
                    .arg(fixed(b.counts.hmean()), 6)
                    .arg(fixed(b.counts.wordAccuracy()), 6);
    }
    if (!r.confusions.empty()) {
        QStringList top;
        for (size_t i = 0; i < r.confusions.size() && i < 10; ++i)
            top << QStringLiteral("%1→%2 %3")
                       .arg(shown(r.confusions[i].truth), shown(r.confusions[i].detected))
                       .arg(r.confusions[i].count);
        text += Cli::tr("\nmost misread characters (truth→detected, ∅ = none): %1\n")
                    .arg(top.join(QStringLiteral(", ")));
    }
    return text;
}

QString comparisonText(const std::vector<DetectionEvalReport>& reports)
{
    QString text = Cli::tr("against %1, %2 matching, IoU > %3\n\n")
                       .arg(reports.front().groundTruthName)
                       .arg(matchingMethodName(reports.front().options.matching))
                       .arg(reports.front().options.iouThreshold);
    text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                .arg(padded(Cli::tr("run", "eval table column"), -24))
                .arg(padded(Cli::tr("images", "eval table column"), 7))
                .arg(padded(Cli::tr("det", "eval table column"), 7))
                .arg(padded(Cli::tr("prec", "eval table column"), 6))
                .arg(padded(Cli::tr("recall", "eval table column"), 6))
                .arg(padded(Cli::tr("hmean", "eval table column"), 6))
                .arg(padded(Cli::tr("words", "eval table column"), 6))
                .arg(padded(Cli::tr("CER", "eval table column"), 6))
                .arg(padded(Cli::tr("AP", "eval table column"), 6));
    for (const DetectionEvalReport& r : reports) {
        const DetectionCounts& t = r.totals;
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                    .arg(padded(r.detectionName, -24))
                    .arg(t.images, 7)
                    .arg(t.detections, 7)
                    .arg(fixed(t.precision()), 6)
                    .arg(fixed(t.recall()), 6)
                    .arg(fixed(t.hmean()), 6)
                    .arg(fixed(t.wordAccuracy()), 6)
                    .arg(fixed(t.cer()), 6)
                    .arg(fixed(r.averagePrecision), 6);
    }
    return text;
}

nlohmann::json changeJson(const SliceChange& c)
{
    return { { "dimension", c.dimension.toStdString() }, { "bin", c.bin.toStdString() },
        { "metric", c.metric.toStdString() }, { "baseline", c.baseline }, { "current", c.current },
        { "delta", c.delta }, { "low", c.low }, { "high", c.high }, { "ground_truth", c.groundTruth },
        { "images", c.images }, { "regressed", c.regressed }, { "improved", c.improved } };
}

/// `regressions` of eval --json: { baseline_run, resamples, confidence, flagged: [...], slices: [...] }.
nlohmann::json regressionJson(const RegressionReport& r)
{
    nlohmann::json flagged = nlohmann::json::array(), slices = nlohmann::json::array();
    for (const SliceChange& c : r.regressions())
        flagged.push_back(changeJson(c));
    for (const SliceChange& c : r.changes)
        slices.push_back(changeJson(c));
    return { { "baseline_run", r.baselineRun.toStdString() }, { "resamples", r.resamples },
        { "confidence", r.confidence }, { "flagged", std::move(flagged) }, { "slices", std::move(slices) } };
}

QString regressionText(const RegressionReport& r)
{
    QString text = Cli::tr("\nagainst %1, slice by slice (%2 bootstrap resamples of the images, %3 % intervals):\n")
                       .arg(r.baselineRun)
                       .arg(r.resamples)
                       .arg(r.confidence * 100, 0, 'f', 0);
    const auto flagged = r.regressions();
    if (flagged.empty())
        text += Cli::tr("no slice fell beyond its interval\n");
    for (const SliceChange& c : flagged)
        // The slice's names are joined, not substituted: a "%1" in a batch name must not take the next argument.
        text += Cli::tr("REGRESSED ") + c.dimension + QLatin1Char(' ') + c.bin + QLatin1Char(' ') + c.metric
            + Cli::tr(": %1 -> %2 (%3, interval [%4, %5], %6 words)\n")
                  .arg(c.baseline, 0, 'f', 3)
                  .arg(c.current, 0, 'f', 3)
                  .arg(QString::asprintf("%+.3f", c.delta), QString::asprintf("%+.3f", c.low),
                      QString::asprintf("%+.3f", c.high))
                  .arg(c.groundTruth);
    return text;
}

int runEval(QCommandLineParser& parser)
{
    QStringList runs = parser.values(QStringLiteral("run"));
    for (const QString& list : parser.values(QStringLiteral("runs")))
        runs << list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (runs.isEmpty())
        return usageError(Cli::tr("eval needs --run RUN (or --runs A,B to compare runs)"));
    if (parser.isSet(QStringLiteral("against")) && parser.isSet(QStringLiteral("against-run")))
        return usageError(Cli::tr("give --against or --against-run, not both"));

    DetectionEvalOptions options;
    if (parser.isSet(QStringLiteral("iou"))) {
        bool ok = false;
        options.iouThreshold = parser.value(QStringLiteral("iou")).toDouble(&ok);
        if (!ok || options.iouThreshold < 0 || options.iouThreshold >= 1)
            return usageError(Cli::tr("--iou takes a number in [0, 1)"));
    }
    if (parser.isSet(QStringLiteral("matching"))
        && !parseMatchingMethod(parser.value(QStringLiteral("matching")), &options.matching))
        return usageError(Cli::tr("--matching takes greedy or hungarian"));
    options.ignoreCase = parser.isSet(QStringLiteral("ignore-case"));

    auto store = openProject(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    EvalSource truth;
    if (parser.isSet(QStringLiteral("against-run"))) {
        truth = EvalSource::run(parser.value(QStringLiteral("against-run")));
    } else if (parser.isSet(QStringLiteral("against"))) {
        truth = EvalSource::annotator(parser.value(QStringLiteral("against")));
    } else {
        auto name = defaultGroundTruthAnnotator(**store);
        if (!name)
            return fail(name.error());
        truth = EvalSource::annotator(*name);
    }

    // --baseline-run: the run against another, slice by slice, with a bootstrap interval of each change.
    const QString baselineRun = parser.value(QStringLiteral("baseline-run"));
    std::optional<RegressionReport> regressions;
    if (baselineRun.isEmpty() && parser.isSet(QStringLiteral("resamples")))
        return usageError(Cli::tr("--resamples sets the bootstrap of --baseline-run: name the baseline run"));
    if (!baselineRun.isEmpty()) {
        if (runs.size() != 1)
            return usageError(Cli::tr("--baseline-run compares one --run with it"));
        if (baselineRun == runs.front())
            return usageError(Cli::tr("--baseline-run must name another run than --run"));
        RegressionOptions regression;
        regression.eval = options;
        if (parser.isSet(QStringLiteral("resamples"))) {
            bool ok = false;
            regression.resamples = parser.value(QStringLiteral("resamples")).toInt(&ok);
            if (!ok || regression.resamples < 100)
                return usageError(Cli::tr("--resamples takes a whole number, 100 or more"));
        }
        auto compared = compareRuns(**store, truth, runs.front(), baselineRun, regression);
        if (!compared)
            return fail(compared.error());
        regressions = std::move(compared).value();
    }

    // Each run streams from the store (never every image in memory); one run's JSON lists every image's matches,
    // written to a temporary file while the evaluation runs and copied into the document at the end.
    const bool json = parser.isSet(QStringLiteral("json"));
    if (runs.size() == 1) {
        QTemporaryFile entries;
        if (json && !entries.open())
            return fail(LECTOR_ERROR(ErrorCode::Io, Cli::tr("cannot create a temporary file"))
                            .withDetail(entries.errorString()));
        bool first = true;
        const ImageEvaluationObserver writeEntry = [&](const EvalImage& image, const ImageEvaluation& evaluation) {
            const std::string text = (first ? std::string() : std::string(",\n")) + perImageJsonText(evaluation, image);
            first = false;
            return entries.write(text.data(), qint64(text.size())) == qint64(text.size());
        };
        auto report = evaluateDetections(**store, truth, EvalSource::run(runs.front()), options, nullptr,
            json ? writeEntry : ImageEvaluationObserver());
        if (!report) {
            if (json && report.error().code == ErrorCode::Canceled) // only a failed write stops it here
                return fail(LECTOR_ERROR(ErrorCode::Io, Cli::tr("cannot write a temporary file"))
                                .withDetail(entries.errorString()));
            return fail(report.error());
        }
        if (!json) {
            printOut(summaryText(*report) + (regressions ? regressionText(*regressions) : QString()));
            return kExitOk;
        }
        QFile out;
        if (!entries.seek(0) || !out.open(stdout, QIODevice::WriteOnly))
            return fail(LECTOR_ERROR(ErrorCode::Io, Cli::tr("cannot write the evaluation")));
        nlohmann::json extra = nlohmann::json::object();
        if (regressions)
            extra["regressions"] = regressionJson(*regressions);
        if (auto written = writeDetectionEvalJson(*report, &entries, out, extra); !written)
            return fail(written.error());
        return kExitOk;
    }

    std::vector<DetectionEvalReport> reports;
    for (const QString& run : runs) {
        auto report = evaluateDetections(**store, truth, EvalSource::run(run), options);
        if (!report)
            return fail(report.error());
        reports.push_back(std::move(report).value());
    }
    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (const DetectionEvalReport& r : reports)
            list.push_back(toJson(r, nullptr, false));
        printOut(QString::fromStdString(list.dump(2)) + QLatin1Char('\n'));
    } else {
        printOut(comparisonText(reports));
    }
    return kExitOk;
}

const VerbRegistrar s_eval(QStringLiteral("eval"),
    { QT_TRANSLATE_NOOP("Cli",
          "Score model runs' predictions against labels: ICDAR 2015 detection precision, recall and H-mean, "
          "word accuracy, CER and WER, per image, slice and batch."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("run"), Cli::tr("The model run to score (repeat to compare runs)."),
                QStringLiteral("name"));
            addOption(p, QStringLiteral("runs"), Cli::tr("Runs to compare, comma separated."), QStringLiteral("names"));
            addOption(p, QStringLiteral("against"),
                Cli::tr("Ground truth: an annotator, or consensus (default: reference, else the only "
                        "annotator)."),
                QStringLiteral("annotator"));
            addOption(p, QStringLiteral("against-run"), Cli::tr("Ground truth: another run's predictions."),
                QStringLiteral("run"));
            addOption(p, QStringLiteral("iou"), Cli::tr("A pair matches above this IoU (default 0.5)."),
                QStringLiteral("threshold"));
            addOption(p, QStringLiteral("matching"),
                Cli::tr("greedy (the ICDAR 2015 script, default) or hungarian (optimal)."), QStringLiteral("method"));
            addOption(p, QStringLiteral("ignore-case"), Cli::tr("Compare transcriptions case-insensitively."));
            addOption(p, QStringLiteral("json"), Cli::tr("Print JSON."));
            addOption(p, QStringLiteral("baseline-run"),
                Cli::tr("Compare --run with this run slice by slice (recall and word accuracy, paired "
                        "bootstrap over the images); flags slices that fell beyond their interval "
                        "(`regressions` in --json)."),
                QStringLiteral("name"));
            addOption(p, QStringLiteral("resamples"), Cli::tr("--baseline-run: bootstrap resamples (default 1000)."),
                QStringLiteral("n"));
        },
        runEval });

} // namespace
