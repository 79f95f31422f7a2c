// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli export: one annotator's labels or one run's predictions, in any writable format, and what the format
// could not carry.

#include "cli_support.h"

#include <lector/io/export_options.h>
#include <lector/io/format_registry.h>
#include <lector/store/project_store.h>

#include <QFileInfo>

#include <nlohmann/json.hpp>

using namespace lector;
using namespace lector::cli;

namespace {

/// The formats export writes (paddleocr results are read only).
QString formatList()
{
    QStringList ids;
    for (const Format* f : FormatRegistry::instance().formats()) {
        if (f->capabilities() & Format::Write)
            ids << f->id();
    }
    return ids.join(QStringLiteral(", "));
}

/// The options that only some formats or sets take, checked before anything is written (by the rule the app's
/// Export dialog enables its options by).
int checkFormatOptions(QCommandLineParser& parser, const Format& format)
{
    WriteOptions options;
    options.recognitionCrops = parser.isSet(QStringLiteral("ppocr-rec"));
    options.resultTranscriptions = parser.isSet(QStringLiteral("with-text"));
    const auto bad = inapplicableExportOption(
        format, parser.isSet(QStringLiteral("run")), parser.isSet(QStringLiteral("done-only")), options);
    if (!bad)
        return kExitOk;
    const char* flag = *bad == ExportOption::DoneOnly ? "--done-only"
        : *bad == ExportOption::RecognitionCrops      ? "--ppocr-rec"
                                                      : "--with-text";
    return usageError(QStringLiteral("%1: %2").arg(QLatin1String(flag), exportOptionRule(*bad)));
}

void printReport(const ExportSet& set, const ExportReport& report, const QString& outDir, bool json)
{
    if (json) {
        nlohmann::ordered_json j;
        j["format"] = report.formatId.toStdString();
        j["out"] = outDir.toStdString();
        j[set.predictions ? "run" : "annotator"] = set.name.toStdString();
        j["images"] = report.images;
        j["regions"] = report.regions;
        j["images_not_done"] = set.imagesNotDone;
        j["files"] = report.files.size();
        j["lossless"] = report.isLossless();
        j["loss"] = nlohmann::ordered_json::object();
        for (const ExportLoss kind : report.tracked())
            j["loss"][ExportReport::key(kind).toStdString()] = report.count(kind);
        printOut(QString::fromStdString(j.dump(2)) + QLatin1Char('\n'));
        return;
    }
    QString text
        = Cli::tr("exported %1 regions on %2 images of %3 \"%4\" to %5 [%6]\n")
              .arg(report.regions)
              .arg(report.images)
              .arg(set.predictions ? Cli::tr("model run") : Cli::tr("annotator"), set.name, outDir, report.formatId);
    if (set.imagesNotDone > 0)
        text += Cli::tr("left out %1 images with labels not marked done\n").arg(set.imagesNotDone);
    const QStringList lines = report.lossLines();
    if (lines.isEmpty())
        text += Cli::tr("nothing lost: %1 carries everything exported\n").arg(report.formatId);
    else
        text += Cli::tr("what %1 cannot carry:\n  %2\n").arg(report.formatId, lines.join(QStringLiteral("\n  ")));
    printOut(text);
}

int runExport(QCommandLineParser& parser)
{
    const QString project = parser.positionalArguments().at(1);
    const QString outDir = parser.value(QStringLiteral("out"));
    if (outDir.isEmpty())
        return usageError(Cli::tr("export needs --out DIR"));
    if (!parser.isSet(QStringLiteral("format")))
        return usageError(Cli::tr("export needs --format (one of %1)").arg(formatList()));
    const Format* format = FormatRegistry::instance().format(parser.value(QStringLiteral("format")));
    if (!format || !(format->capabilities() & Format::Write))
        return usageError(
            Cli::tr("unknown format \"%1\"; known: %2").arg(parser.value(QStringLiteral("format")), formatList()));
    if (parser.isSet(QStringLiteral("annotator")) && parser.isSet(QStringLiteral("run")))
        return usageError(Cli::tr("give --annotator or --run, not both"));
    if (const int rc = checkFormatOptions(parser, *format); rc != kExitOk)
        return rc;
    auto store = openProjectForReading(project);
    if (!store)
        return fail(store.error());
    ExportSelector selector { parser.value(QStringLiteral("annotator")), parser.value(QStringLiteral("run")),
        parser.isSet(QStringLiteral("done-only")), parser.isSet(QStringLiteral("include-duplicates")) };
    auto set = (*store)->exportSet(selector);
    if (!set)
        return fail(set.error());
    WriteOptions options;
    options.copyImages = parser.isSet(QStringLiteral("copy-images"));
    options.recognitionCrops = parser.isSet(QStringLiteral("ppocr-rec"));
    options.resultTranscriptions = parser.isSet(QStringLiteral("with-text"));
    auto report = format->write(*set, QFileInfo(outDir).absoluteFilePath(), options);
    if (!report)
        return fail(report.error());
    printReport(*set, *report, outDir, parser.isSet(QStringLiteral("json")));
    return kExitOk;
}

const VerbRegistrar s_export(QStringLiteral("export"),
    { QT_TRANSLATE_NOOP(
          "Cli", "Export one annotator's labels or one run's predictions, and say what the format cannot carry."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(
                p, QStringLiteral("format"), Cli::tr("Label format: %1.").arg(formatList()), QStringLiteral("format"));
            addOption(p, QStringLiteral("out"),
                Cli::tr("Output folder (created when missing). For ppocrlabel it is the image folder "
                        "PPOCRLabel opens: the images are copied into it."),
                QStringLiteral("dir"));
            addOption(p, QStringLiteral("annotator"), Cli::tr("Whose labels (default: the only annotator)."),
                QStringLiteral("name"));
            addOption(p, QStringLiteral("run"),
                Cli::tr("Export this model run's predictions instead (icdar2015: RRC result files "
                        "res_img_N.txt with whole-pixel corners and the confidence; coco: results.json)."),
                QStringLiteral("run"));
            addOption(p, QStringLiteral("include-duplicates"),
                Cli::tr("Also export the images marked duplicates of others (lector-cli dedup --mark)."));
            addOption(p, QStringLiteral("done-only"),
                Cli::tr("Only the images the annotator marked done (ppocrlabel: fileState.txt then lists "
                        "exactly those)."));
            addOption(p, QStringLiteral("ppocr-rec"),
                Cli::tr("ppocrlabel: also write rec_gt.txt and crop_img/, each word cut out along its "
                        "quadrilateral, to train a recognizer."));
            addOption(p, QStringLiteral("with-text"),
                Cli::tr("icdar2015 results: add the transcription after the confidence (RRC end-to-end, "
                        "task 4.4; the text localization script, task 4.1, refuses it)."));
            addOption(p, QStringLiteral("copy-images"), Cli::tr("Copy the images next to the labels."));
            addOption(p, QStringLiteral("json"),
                Cli::tr("Print what was written as JSON: images, regions, and under \"loss\" the count of "
                        "each kind of loss the format was checked for."));
        },
        runExport });

} // namespace
