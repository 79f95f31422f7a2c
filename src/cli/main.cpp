// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli: the core from the command line. Exit codes: 0 success, 1 user error (one line on stderr naming the
// file and the problem), 2 internal error.

#include <lector/analysis/consensus.h>
#include <lector/analysis/efficiency.h>
#include <lector/core/logging.h>
#include <lector/metrics/agreement_input_loader.h>
#include <lector/metrics/agreement_json.h>
#include <lector/metrics/agreement_report.h>
#include <lector/io/format_registry.h>
#include <lector/store/project_store.h>

#include "cli_support.h"

#ifdef LECTOR_HAVE_DEMO
#include <lector/demo/demo_generator.h>

#include <QGuiApplication>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <unistd.h>

using namespace lector;
using namespace lector::cli;

namespace {

Result<std::unique_ptr<ProjectStore>> openProject(const QString& path) { return ProjectStore::open(path); }

// ---- init --------------------------------------------------------------------------------------------------------

int runInit(QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(1);
    auto store = ProjectStore::create(path);
    if (!store)
        return fail(store.error());
    printOut(QStringLiteral("created %1\n").arg((*store)->path()));
    return kExitOk;
}

// ---- import ------------------------------------------------------------------------------------------------------

int runImport(QCommandLineParser& parser)
{
    const QString project = parser.positionalArguments().at(1);
    const QString labels = parser.value(QStringLiteral("labels"));
    QString imagesDir = parser.value(QStringLiteral("images"));
    if (labels.isEmpty())
        return usageError(QStringLiteral("import needs --labels FILE_OR_DIR"));
    if (!QFileInfo::exists(labels))
        return fail(LECTOR_ERROR(ErrorCode::NotFound, QStringLiteral("label file or folder not found")).at(labels));
    if (!imagesDir.isEmpty() && !QFileInfo(imagesDir).isDir())
        return fail(LECTOR_ERROR(ErrorCode::NotFound, QStringLiteral("images folder not found")).at(imagesDir));
    if (parser.isSet(QStringLiteral("annotator")) && parser.isSet(QStringLiteral("predictions")))
        return usageError(QStringLiteral("give --annotator or --predictions, not both"));

    const FormatRegistry& registry = FormatRegistry::instance();
    const Format* format = nullptr;
    if (parser.isSet(QStringLiteral("format"))) {
        format = registry.format(parser.value(QStringLiteral("format")));
        if (!format || !(format->capabilities() & Format::Read))
            return usageError(QStringLiteral("unknown format \"%1\"; known: %2")
                                  .arg(parser.value(QStringLiteral("format")), registry.ids().join(QStringLiteral(", "))));
    } else {
        format = registry.detect(labels);
        if (!format)
            return fail(LECTOR_ERROR(ErrorCode::InvalidArgument,
                QStringLiteral("cannot tell the format of the labels; give --format (one of %1)")
                    .arg(registry.ids().join(QStringLiteral(", "))))
                            .at(labels));
    }
    auto store = openProject(project);
    if (!store)
        return fail(store.error());

    ReadOptions options;
    options.imagesDir = imagesDir.isEmpty() ? QFileInfo(labels).absolutePath() : QFileInfo(imagesDir).absoluteFilePath();
    options.referenceFile = parser.value(QStringLiteral("reference"));
    QElapsedTimer timer;
    timer.start();
    auto batch = format->read(QFileInfo(labels).absoluteFilePath(), options);
    if (!batch)
        return fail(batch.error());
    const qint64 parseMs = timer.elapsed();

    ImportTarget target;
    if (parser.isSet(QStringLiteral("predictions"))) {
        target.run = parser.value(QStringLiteral("predictions"));
        target.model = parser.value(QStringLiteral("model"));
    } else {
        target.annotator = parser.isSet(QStringLiteral("annotator")) ? parser.value(QStringLiteral("annotator"))
                                                                     : QStringLiteral("imported");
        if (parser.isSet(QStringLiteral("role")) && !parseRole(parser.value(QStringLiteral("role")), &target.role))
            return usageError(QStringLiteral("--role is one of annotator, reviewer, lead"));
    }
    target.batch = parser.value(QStringLiteral("batch"));
    target.split = parser.value(QStringLiteral("split"));
    StderrProgress progress(QStringLiteral("importing"));
    auto summary = (*store)->importBatch(*batch, target, &progress);
    if (!summary)
        return fail(summary.error());
    for (const Issue& w : summary->warnings)
        printErr(QStringLiteral("warning: ") + w.toString());
    printOut(QStringLiteral("imported %1 regions on %2 images (%3 new, %4 already in the project) as %5 \"%6\" "
                            "from %7 [%8]; parse %9 ms, total %10 ms\n")
                 .arg(summary->regions)
                 .arg(summary->imagesAdded + summary->imagesExisting)
                 .arg(summary->imagesAdded)
                 .arg(summary->imagesExisting)
                 .arg(target.run.isEmpty() ? QStringLiteral("annotator") : QStringLiteral("model run"),
                     target.run.isEmpty() ? target.annotator : target.run, labels, format->id())
                 .arg(parseMs)
                 .arg(timer.elapsed()));
    return kExitOk;
}

// ---- export ------------------------------------------------------------------------------------------------------

int runExport(QCommandLineParser& parser)
{
    const QString project = parser.positionalArguments().at(1);
    const QString outDir = parser.value(QStringLiteral("out"));
    if (outDir.isEmpty())
        return usageError(QStringLiteral("export needs --out DIR"));
    if (!parser.isSet(QStringLiteral("format")))
        return usageError(QStringLiteral("export needs --format (one of %1)")
                              .arg(FormatRegistry::instance().ids().join(QStringLiteral(", "))));
    const Format* format = FormatRegistry::instance().format(parser.value(QStringLiteral("format")));
    if (!format || !(format->capabilities() & Format::Write))
        return usageError(QStringLiteral("unknown format \"%1\"; known: %2")
                              .arg(parser.value(QStringLiteral("format")),
                                  FormatRegistry::instance().ids().join(QStringLiteral(", "))));
    if (parser.isSet(QStringLiteral("annotator")) && parser.isSet(QStringLiteral("run")))
        return usageError(QStringLiteral("give --annotator or --run, not both"));
    auto store = openProject(project);
    if (!store)
        return fail(store.error());
    auto set = (*store)->exportSet({ parser.value(QStringLiteral("annotator")), parser.value(QStringLiteral("run")) });
    if (!set)
        return fail(set.error());
    WriteOptions options;
    options.copyImages = parser.isSet(QStringLiteral("copy-images"));
    auto written = format->write(*set, QFileInfo(outDir).absoluteFilePath(), options);
    if (!written)
        return fail(written.error());
    std::int64_t regions = 0;
    for (const ExportImage& img : set->images)
        regions += static_cast<std::int64_t>(img.regions.size());
    printOut(QStringLiteral("exported %1 regions on %2 images of %3 \"%4\" to %5 [%6]\n")
                 .arg(regions)
                 .arg(set->images.size())
                 .arg(set->predictions ? QStringLiteral("model run") : QStringLiteral("annotator"), set->name, outDir,
                     format->id()));
    return kExitOk;
}

// ---- info --------------------------------------------------------------------------------------------------------

int runInfo(QCommandLineParser& parser)
{
    auto store = openProject(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    auto info = (*store)->info();
    if (!info)
        return fail(info.error());
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::ordered_json j;
        j["project"] = (*store)->path().toStdString();
        j["schema_version"] = info->schemaVersion;
        j["images"] = info->images;
        j["annotations"] = info->annotations;
        j["dont_care"] = info->dontCare;
        j["annotations_by_annotator"] = nlohmann::ordered_json::object();
        for (const auto& [name, n] : info->annotationsByAnnotator)
            j["annotations_by_annotator"][name.toStdString()] = n;
        j["predictions_by_run"] = nlohmann::ordered_json::object();
        for (const auto& [name, n] : info->predictionsByRun)
            j["predictions_by_run"][name.toStdString()] = n;
        j["guideline_versions"] = info->guidelineVersions;
        printOut(QString::fromStdString(j.dump(2)) + QLatin1Char('\n'));
        return kExitOk;
    }
    QString text = QStringLiteral("project:            %1\nimages:             %2\nannotations:        %3 (%4 don't care)\n"
                                  "guideline versions: %5\n")
                       .arg((*store)->path())
                       .arg(info->images)
                       .arg(info->annotations)
                       .arg(info->dontCare)
                       .arg(info->guidelineVersions);
    for (const auto& [name, n] : info->annotationsByAnnotator)
        text += QStringLiteral("  annotator %1: %2\n").arg(name).arg(n);
    for (const auto& [name, n] : info->predictionsByRun)
        text += QStringLiteral("  model run %1: %2 predictions\n").arg(name).arg(n);
    printOut(text);
    return kExitOk;
}

// ---- check -------------------------------------------------------------------------------------------------------

int runCheck(QCommandLineParser& parser)
{
    auto store = openProject(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    StderrProgress progress(QStringLiteral("checking"));
    auto report = (*store)->check(&progress);
    if (!report)
        return fail(report.error());
    if (!report->integrityOk)
        printErr(QStringLiteral("lector-cli: %1: integrity check failed: %2")
                     .arg((*store)->path(), report->integrityMessage));
    for (const Issue& p : report->problems)
        printErr(QStringLiteral("lector-cli: ") + p.toString());
    if (!report->ok())
        return kExitUser;
    printOut(QStringLiteral("ok: %1 images present and decodable, integrity check passed\n")
                 .arg((*(*store)->imageCount())));
    return kExitOk;
}

// ---- efficiency and consensus ----------------------------------------------------------------------------------

QStringList excludedAnnotators(QCommandLineParser& parser)
{
    QStringList out;
    for (const QString& v : parser.values(QStringLiteral("exclude")))
        out << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return out;
}

int runEfficiency(QCommandLineParser& parser)
{
    auto store = openProject(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    EfficiencyOptions options;
    if (parser.isSet(QStringLiteral("idle")))
        options.idleThresholdSeconds = parser.value(QStringLiteral("idle")).toDouble();
    options.exclude = excludedAnnotators(parser);
    auto report = computeEfficiency(**store, options);
    if (!report)
        return fail(report.error());
    const nlohmann::json j = efficiencyToJson(*report);
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromStdString(j.dump(2)) + QLatin1Char('\n'));
        return kExitOk;
    }
    QString text = QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(QStringLiteral("annotator"), -12)
                       .arg(QStringLiteral("boxes"), 8)
                       .arg(QStringLiteral("active h"), 9)
                       .arg(QStringLiteral("boxes/h"), 8)
                       .arg(QStringLiteral("median s"), 9)
                       .arg(QStringLiteral("corr/box"), 9);
    for (const auto& a : j["annotators"]) {
        text += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                    .arg(QString::fromStdString(a["name"].get<std::string>()), -12)
                    .arg(a["boxes"].get<std::int64_t>(), 8)
                    .arg(a["active_hours"].get<double>(), 9, 'f', 2)
                    .arg(a["boxes_per_hour"].get<double>(), 8, 'f', 1)
                    .arg(a["median_seconds_per_box"].get<double>(), 9, 'f', 1)
                    .arg(a["corrections_per_box"].get<double>(), 9, 'f', 3);
    }
    printOut(text);
    return kExitOk;
}

int runAgreement(QCommandLineParser& parser)
{
    auto store = openProject(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    AgreementOptions options;
    if (parser.isSet(QStringLiteral("iou"))) {
        bool ok = false;
        options.iouThreshold = parser.value(QStringLiteral("iou")).toDouble(&ok);
        if (!ok || options.iouThreshold <= 0 || options.iouThreshold > 1)
            return usageError(QStringLiteral("--iou takes a number in (0, 1]"));
    }
    QStringList exclude { QStringLiteral("reference"), QStringLiteral("consensus") };
    if (parser.isSet(QStringLiteral("exclude")))
        exclude = excludedAnnotators(parser);
    auto report = computeAgreement(**store, exclude, options);
    if (!report)
        return fail(report.error());
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
    QString text = QStringLiteral("%1 images labeled by two or more annotators, IoU threshold %2\n"
                                  "alpha (text) %3, alpha (geometry) %4\n\n")
                       .arg(j["images"].get<std::int64_t>())
                       .arg(options.iouThreshold)
                       .arg(num(j["alpha_text"], 3), num(j["alpha_geometry"], 3));
    text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                .arg(QStringLiteral("pair (a = reference)"), -26)
                .arg(QStringLiteral("matched"), 8)
                .arg(QStringLiteral("prec"), 6)
                .arg(QStringLiteral("recall"), 6)
                .arg(QStringLiteral("F1"), 6)
                .arg(QStringLiteral("IoU"), 6)
                .arg(QStringLiteral("CER"), 6);
    for (const auto& p : j["pairs"]) {
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                    .arg(QString::fromStdString(p["a"].get<std::string>() + " / " + p["b"].get<std::string>()), -26)
                    .arg(p["matched"].get<std::int64_t>(), 8)
                    .arg(num(p["precision"], 3), 6)
                    .arg(num(p["recall"], 3), 6)
                    .arg(num(p["f1"], 3), 6)
                    .arg(num(p["mean_iou"], 3), 6)
                    .arg(num(p["cer"], 3), 6);
    }
    printOut(text);
    return kExitOk;
}

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

// ---- demo --------------------------------------------------------------------------------------------------------

int runDemo(QCommandLineParser& parser)
{
#ifdef LECTOR_HAVE_DEMO
    const QString dir = parser.positionalArguments().at(1);
    if (!QDir().mkpath(dir))
        return fail(LECTOR_ERROR(ErrorCode::Io, QStringLiteral("cannot create the folder")).at(dir));
    demo::DemoOptions options;
    if (parser.isSet(QStringLiteral("pages")))
        options.pages = parser.value(QStringLiteral("pages")).toInt();
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toUInt();
    StderrProgress progress(QStringLiteral("rendering"));
    auto summary = demo::generateDemoProject(QFileInfo(dir).absoluteFilePath(), options, &progress);
    if (!summary)
        return fail(summary.error());
    printOut(QStringLiteral("wrote %1 with %2 pages and %3 ground-truth words\n")
                 .arg(QDir(dir).filePath(QStringLiteral("demo.lector")))
                 .arg(summary->images)
                 .arg(summary->groundTruthRegions));
    return kExitOk;
#else
    Q_UNUSED(parser);
    return fail(LECTOR_ERROR(ErrorCode::InvalidArgument, QStringLiteral("this build has no demo generator")));
#endif
}

std::map<QString, Verb> verbs()
{
    auto opt = [](QCommandLineParser& p, const QString& name, const QString& help, const QString& value = {}) {
        p.addOption(QCommandLineOption(name, help, value));
    };
    std::map<QString, Verb> v;
    v[QStringLiteral("init")] = { QStringLiteral("Create an empty project store."), QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser&) {}, runInit };
    v[QStringLiteral("import")] = { QStringLiteral("Import images and their labels (or a model's predictions), "
                                                   "all or nothing."),
        QStringLiteral("PROJECT.lector"),
        [opt](QCommandLineParser& p) {
            opt(p, QStringLiteral("format"),
                QStringLiteral("Label format: %1 (sroie = icdar2015). Detected when left out.")
                    .arg(FormatRegistry::instance().ids().join(QStringLiteral(", "))),
                QStringLiteral("format"));
            opt(p, QStringLiteral("images"), QStringLiteral("Folder of the images (paths in labels resolve here)."),
                QStringLiteral("dir"));
            opt(p, QStringLiteral("labels"), QStringLiteral("Label file or folder."), QStringLiteral("file-or-dir"));
            opt(p, QStringLiteral("annotator"), QStringLiteral("Import as this annotator's labels (default: imported)."),
                QStringLiteral("name"));
            opt(p, QStringLiteral("role"), QStringLiteral("Role of a new annotator: annotator, reviewer, lead."),
                QStringLiteral("role"));
            opt(p, QStringLiteral("predictions"), QStringLiteral("Import as the predictions of a new model run."),
                QStringLiteral("run"));
            opt(p, QStringLiteral("model"), QStringLiteral("Model name recorded with --predictions."),
                QStringLiteral("name"));
            opt(p, QStringLiteral("reference"),
                QStringLiteral("COCO file whose \"images\" maps the image ids of a COCO results file."),
                QStringLiteral("file"));
            opt(p, QStringLiteral("batch"), QStringLiteral("Batch name for new images (default: import-DATE)."),
                QStringLiteral("name"));
            opt(p, QStringLiteral("split"), QStringLiteral("Split for new images (train, val, test)."),
                QStringLiteral("name"));
        },
        runImport };
    v[QStringLiteral("export")] = { QStringLiteral("Export one annotator's labels or one run's predictions."),
        QStringLiteral("PROJECT.lector"),
        [opt](QCommandLineParser& p) {
            opt(p, QStringLiteral("format"),
                QStringLiteral("Label format: %1.").arg(FormatRegistry::instance().ids().join(QStringLiteral(", "))),
                QStringLiteral("format"));
            opt(p, QStringLiteral("out"), QStringLiteral("Output folder (created when missing)."), QStringLiteral("dir"));
            opt(p, QStringLiteral("annotator"), QStringLiteral("Whose labels (default: the only annotator)."),
                QStringLiteral("name"));
            opt(p, QStringLiteral("run"), QStringLiteral("Export this model run's predictions instead."),
                QStringLiteral("run"));
            opt(p, QStringLiteral("copy-images"), QStringLiteral("Copy the images next to the labels."));
        },
        runExport };
    v[QStringLiteral("info")] = { QStringLiteral("Counts of images, labels, predictions and guideline versions."),
        QStringLiteral("PROJECT.lector"),
        [opt](QCommandLineParser& p) { opt(p, QStringLiteral("json"), QStringLiteral("Print JSON.")); }, runInfo };
    v[QStringLiteral("check")] = { QStringLiteral("Check that every image is present and decodable, and the "
                                                  "store's integrity."),
        QStringLiteral("PROJECT.lector"), [](QCommandLineParser&) {}, runCheck };
    v[QStringLiteral("efficiency")] = { QStringLiteral("Per annotator speed from the edit log: boxes per active hour, "
                                                       "median seconds per box, corrections per box."),
        QStringLiteral("PROJECT.lector"),
        [opt](QCommandLineParser& p) {
            opt(p, QStringLiteral("json"), QStringLiteral("Print JSON."));
            opt(p, QStringLiteral("idle"), QStringLiteral("Idle threshold in seconds (default 120)."),
                QStringLiteral("seconds"));
            opt(p, QStringLiteral("exclude"), QStringLiteral("Annotators to leave out (comma separated)."),
                QStringLiteral("names"));
        },
        runEfficiency };
    v[QStringLiteral("agreement")] = { QStringLiteral("Inter-annotator agreement: matching per annotator pair, "
                                                      "Krippendorff's alpha, Fleiss' kappa, by image, slice and "
                                                      "guideline version."),
        QStringLiteral("PROJECT.lector"),
        [opt](QCommandLineParser& p) {
            opt(p, QStringLiteral("json"), QStringLiteral("Print JSON."));
            opt(p, QStringLiteral("iou"), QStringLiteral("IoU at which two regions can match (default 0.5)."),
                QStringLiteral("threshold"));
            opt(p, QStringLiteral("exclude"),
                QStringLiteral("Annotators to leave out (comma separated; default: reference,consensus)."),
                QStringLiteral("names"));
        },
        runAgreement };
    v[QStringLiteral("consensus")] = { QStringLiteral("Vote a consensus of the annotators' regions and record every "
                                                      "disagreement as a conflict to review."),
        QStringLiteral("PROJECT.lector"),
        [opt](QCommandLineParser& p) {
            opt(p, QStringLiteral("json"), QStringLiteral("Print JSON."));
            opt(p, QStringLiteral("iou"), QStringLiteral("IoU at which two regions are the same word (default 0.5)."),
                QStringLiteral("threshold"));
            opt(p, QStringLiteral("exclude"),
                QStringLiteral("Annotators to leave out (comma separated; default: reference)."), QStringLiteral("names"));
        },
        runConsensus };
    v[QStringLiteral("demo")] = { QStringLiteral("Write a demo project (rendered pages, three simulated annotators, "
                                                 "a model run) to DIR/demo.lector."),
        QStringLiteral("DIR"),
        [opt](QCommandLineParser& p) {
            opt(p, QStringLiteral("pages"), QStringLiteral("Number of pages (default 60)."), QStringLiteral("n"));
            opt(p, QStringLiteral("seed"), QStringLiteral("Random seed (default 7)."), QStringLiteral("n"));
        },
        runDemo };
    for (const auto& [name, verb] : registeredVerbs())
        v[name] = verb;
    return v;
}

void printUsage()
{
    QString text = QStringLiteral("Usage: lector-cli COMMAND [options]\n\nCommands:\n");
    for (const auto& [name, verb] : verbs())
        text += QStringLiteral("  %1 %2\n      %3\n").arg(name, -7).arg(verb.arguments, verb.summary);
    text += QStringLiteral("\nlector-cli COMMAND --help shows a command's options.\n");
    printOut(text);
}

} // namespace

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> app;
#ifdef LECTOR_HAVE_DEMO
    if (argc > 1 && std::string_view(argv[1]) == "demo") {
        // Rendering text needs Qt Gui's font database; the offscreen platform keeps the CLI headless.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lector-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTOR_VERSION));

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == QStringLiteral("--help") || args[1] == QStringLiteral("-h")
        || args[1] == QStringLiteral("help")) {
        printUsage();
        return args.size() < 2 ? kExitUser : kExitOk;
    }
    if (args[1] == QStringLiteral("--version")) {
        printOut(QStringLiteral("lector-cli %1\n").arg(QStringLiteral(LECTOR_VERSION)));
        return kExitOk;
    }
    const auto all = verbs();
    auto it = all.find(args[1]);
    if (it == all.end())
        return usageError(QStringLiteral("unknown command \"%1\" (see lector-cli --help)").arg(args[1]));
    QCommandLineParser parser;
    // Positional argument 0 is the verb itself, 1 the project (or folder).
    const int code = parseVerb(parser, it->first, it->second, args, 1, 1);
    if (code >= 0)
        return code;
    return it->second.run(parser);
}
