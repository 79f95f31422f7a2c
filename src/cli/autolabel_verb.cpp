// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli autolabel: pre-label a project with an OCR engine (a model run), optionally promoting the words to an
// annotator's pre-labels.

#include "cli_support.h"

#include <lector/ocr/autolabel.h>
#include <lector/ocr/promote_predictions.h>
#include <lector/store/project_store.h>

#include <nlohmann/json.hpp>

using namespace lector;
using namespace lector::cli;

namespace {

/// Parses an integer option in [low, high]; false (after printing why) when it is malformed.
bool intOption(QCommandLineParser& parser, const QString& name, int low, int high, int* value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < low || v > high) {
        usageError(Cli::tr("--%1 takes a whole number from %2 to %3").arg(name).arg(low).arg(high));
        return false;
    }
    *value = v;
    return true;
}

nlohmann::ordered_json promotedJson(const PromoteSummary& s)
{
    nlohmann::ordered_json j;
    j["promoted"] = s.promoted;
    j["skipped_duplicate"] = s.skippedDuplicate;
    j["skipped_low_confidence"] = s.skippedLowConfidence;
    return j;
}

int runAutolabelVerb(QCommandLineParser& parser)
{
    auto store = openProject(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    AutolabelOptions options;
    if (parser.isSet(QStringLiteral("engine")))
        options.engine = parser.value(QStringLiteral("engine"));
    if (parser.isSet(QStringLiteral("lang")))
        options.ocr.language = parser.value(QStringLiteral("lang"));
    if (parser.isSet(QStringLiteral("tessdata")))
        options.ocr.dataPath = parser.value(QStringLiteral("tessdata"));
    options.runName = parser.value(QStringLiteral("run"));
    options.model = parser.value(QStringLiteral("model"));
    options.stopOnError = parser.isSet(QStringLiteral("stop-on-error"));
    if (!intOption(parser, QStringLiteral("psm"), 1, 13, &options.ocr.pageSegMode)
        || !intOption(parser, QStringLiteral("threads"), 1, 256, &options.threads))
        return kExitUser;
    if (parser.isSet(QStringLiteral("upscale"))
        && !OcrSettings::parseUpscale(parser.value(QStringLiteral("upscale")), &options.ocr.upscale))
        return usageError(Cli::tr("--upscale takes auto or a factor from 1 to %1").arg(OcrSettings::kMaxUpscale));
    if (parser.isSet(QStringLiteral("binarize"))
        && !parseBinarization(parser.value(QStringLiteral("binarize")), &options.ocr.binarization))
        return usageError(Cli::tr("--binarize takes none, otsu or adaptive"));
    double minConfidence = 0; // what --promote accepts: every word unless --min-confidence says otherwise
    if (parser.isSet(QStringLiteral("min-confidence"))) {
        bool ok = false;
        minConfidence = parser.value(QStringLiteral("min-confidence")).toDouble(&ok);
        if (!ok || minConfidence < 0 || minConfidence > 1)
            return usageError(Cli::tr("--min-confidence takes a number from 0 to 1"));
        options.acceptThreshold = minConfidence;
    } else if (parser.isSet(QStringLiteral("promote")))
        options.acceptThreshold = 0; // every word is promoted, so none is below what is accepted
    if (parser.isSet(QStringLiteral("batch"))) {
        const QString batch = parser.value(QStringLiteral("batch"));
        auto images = (*store)->images();
        if (!images)
            return fail(images.error());
        for (const ImageRecord& r : *images) {
            if (r.batch == batch)
                options.images.push_back(r.id);
        }
        if (options.images.empty())
            return usageError(Cli::tr("the project has no images in batch \"%1\"").arg(batch));
    }

    StderrProgress progress(Cli::tr("reading"));
    auto summary = runAutolabel(**store, options, &progress);
    if (!summary)
        return fail(summary.error());
    for (const Issue& issue : summary->failures)
        printErr(QStringLiteral("lector-cli: ") + Cli::tr("skipped: ") + issue.toString());

    nlohmann::ordered_json j;
    j["run"] = summary->runName.toStdString();
    j["images"] = summary->imagesDone;
    j["images_failed"] = summary->imagesFailed;
    j["words"] = summary->words;
    j["accept_threshold"] = summary->acceptThreshold;
    j["below_threshold"] = summary->belowThreshold;
    nlohmann::json below = nlohmann::json::array();
    for (const auto& [image, count] : summary->belowByImage)
        below.push_back({ { "image", image }, { "words", count } });
    j["below_threshold_by_image"] = below;
    j["seconds"] = summary->seconds;
    j["images_per_second"] = summary->imagesPerSecond();
    nlohmann::json failures = nlohmann::json::array();
    for (const Issue& issue : summary->failures)
        failures.push_back({ { "path", issue.path.toStdString() }, { "error", issue.message.toStdString() } });
    j["failures"] = failures;
    QString text = Cli::tr("run %1: %2 images read, %3 words in %4 s (%5 images/s)%6\n")
                       .arg(summary->runName)
                       .arg(summary->imagesDone)
                       .arg(summary->words)
                       .arg(summary->seconds, 0, 'f', 1)
                       .arg(summary->imagesPerSecond(), 0, 'f', 2)
                       .arg(summary->imagesFailed ? Cli::tr(", %1 skipped").arg(summary->imagesFailed) : QString());
    if (summary->belowThreshold > 0) {
        // They are in the run all the same: a promotion with a lower --min-confidence adds them.
        text += Cli::tr("%1 words below the confidence threshold %2 (in the run; `lector-cli promote "
                        "--min-confidence 0` adds them as pre-labels)\n")
                    .arg(summary->belowThreshold)
                    .arg(summary->acceptThreshold);
    }

    if (parser.isSet(QStringLiteral("promote"))) {
        PromoteOptions promote;
        promote.run = summary->runName;
        promote.annotator = parser.value(QStringLiteral("promote"));
        promote.minConfidence = minConfidence;
        auto promoted = promotePredictions(**store, promote);
        if (!promoted)
            return fail(promoted.error());
        j["promotion"] = promotedJson(*promoted);
        j["promotion"]["annotator"] = promote.annotator.toStdString();
        text += Cli::tr("promoted %1 words to %2's pre-labels (%3 duplicates, %4 below the confidence "
                        "threshold skipped)\n")
                    .arg(promoted->promoted)
                    .arg(promote.annotator)
                    .arg(promoted->skippedDuplicate)
                    .arg(promoted->skippedLowConfidence);
    }
    printOut(parser.isSet(QStringLiteral("json")) ? QString::fromStdString(j.dump(2)) + QLatin1Char('\n') : text);
    return kExitOk;
}

const VerbRegistrar s_autolabel(QStringLiteral("autolabel"),
    { QT_TRANSLATE_NOOP("Cli",
          "Pre-label images with an OCR engine (Tesseract): one model run of word predictions, each image "
          "written whole; --promote turns them into an annotator's pre-labels."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("engine"), Cli::tr("OCR engine (default tesseract)."), QStringLiteral("name"));
            addOption(p, QStringLiteral("lang"), Cli::tr("Languages joined by + (default eng), e.g. eng+kor."),
                QStringLiteral("languages"));
            addOption(p, QStringLiteral("psm"),
                Cli::tr("Tesseract page segmentation mode (default 4, one column: the best measured, docs/ocr.md)."),
                QStringLiteral("n"));
            addOption(p, QStringLiteral("upscale"),
                Cli::tr("Scale pages up before reading: auto (small text to 20 px glyphs, the default) or a "
                        "factor from 1 to 4."),
                QStringLiteral("f"));
            addOption(p, QStringLiteral("binarize"),
                Cli::tr("Threshold pages before reading: none (default), otsu or adaptive."), QStringLiteral("method"));
            addOption(p, QStringLiteral("tessdata"),
                Cli::tr("Folder of the .traineddata files (default $TESSDATA_PREFIX, else "
                        "/usr/share/tesseract-ocr/5/tessdata)."),
                QStringLiteral("dir"));
            addOption(p, QStringLiteral("run"), Cli::tr("Name of the new run (default engine-lang-time)."),
                QStringLiteral("name"));
            addOption(p, QStringLiteral("model"), Cli::tr("Model name recorded with the run."), QStringLiteral("name"));
            addOption(p, QStringLiteral("batch"), Cli::tr("Only the images of this batch."), QStringLiteral("name"));
            addOption(
                p, QStringLiteral("threads"), Cli::tr("Worker threads (default: one per core)."), QStringLiteral("n"));
            addOption(p, QStringLiteral("stop-on-error"),
                Cli::tr("Stop at the first image that fails (default: skip it and go on)."));
            addOption(p, QStringLiteral("promote"), Cli::tr("Then add the words as this annotator's pre-labels."),
                QStringLiteral("annotator"));
            addOption(p, QStringLiteral("min-confidence"),
                Cli::tr("The acceptance threshold (0 to 1, default 0.6): the words below it are counted, and "
                        "--promote leaves them out."),
                QStringLiteral("c"));
            addOption(p, QStringLiteral("json"), Cli::tr("Print JSON."));
        },
        runAutolabelVerb });

} // namespace
