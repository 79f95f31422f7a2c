// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli import: images and their labels, or a model's predictions, in one transaction.

#include "cli_support.h"

#include <lector/io/folder_scan.h>
#include <lector/io/format_registry.h>
#include <lector/store/project_store.h>

#include <QElapsedTimer>
#include <QFileInfo>

using namespace lector;
using namespace lector::cli;

namespace {

/// The annotator or run of the import, from --annotator/--role or --predictions/--model; false on a bad --role.
bool targetFromOptions(QCommandLineParser& parser, ImportTarget* target)
{
    if (parser.isSet(QStringLiteral("predictions"))) {
        target->run = parser.value(QStringLiteral("predictions"));
        target->model = parser.value(QStringLiteral("model"));
    } else {
        target->annotator = parser.isSet(QStringLiteral("annotator")) ? parser.value(QStringLiteral("annotator"))
                                                                      : QStringLiteral("imported");
        if (parser.isSet(QStringLiteral("role")) && !parseRole(parser.value(QStringLiteral("role")), &target->role))
            return false;
    }
    target->batch = parser.value(QStringLiteral("batch"));
    target->split = parser.value(QStringLiteral("split"));
    return true;
}

void printSummary(const ImportSummary& summary, const QString& as, const QString& from, qint64 ms)
{
    for (const Issue& w : summary.warnings)
        printErr(Cli::tr("warning: ") + w.toString());
    printOut(Cli::tr("imported %1 regions on %2 images (%3 new, %4 already in the project%5)%6 from %7; "
                     "%8 ms\n")
                 .arg(summary.regions)
                 .arg(summary.imagesAdded + summary.imagesExisting)
                 .arg(summary.imagesAdded)
                 .arg(summary.imagesExisting)
                 .arg(summary.imagesSkipped ? Cli::tr(", %1 left out").arg(summary.imagesSkipped) : QString())
                 .arg(as.isEmpty() ? QString() : Cli::tr(" as %1").arg(as), from)
                 .arg(ms));
}

/// --images DIR without --labels, or --folder DIR: the images found in the folder, with the best label set found
/// beside them when --folder (what the app's New Project from Folder imports).
int importFolder(QCommandLineParser& parser, const QString& project, const QString& folder, bool detectLabels)
{
    if (!QFileInfo(folder).isDir())
        return fail(LECTOR_ERROR(ErrorCode::NotFound, Cli::tr("images folder not found")).at(folder));
    QElapsedTimer timer;
    timer.start();
    FolderScanOptions options;
    options.detectLabels = detectLabels;
    StderrProgress scanning(Cli::tr("scanning"));
    auto scan = scanPaths({ folder }, options, &scanning);
    if (!scan)
        return fail(scan.error());
    for (const Issue& p : scan->problems)
        printErr(Cli::tr("warning: ") + p.toString());
    if (scan->images.empty() && scan->labels.empty())
        return fail(LECTOR_ERROR(ErrorCode::NotFound, Cli::tr("no images found")).at(folder));
    const FoundLabels* labels = scan->labels.empty() ? nullptr : &scan->labels.front();
    ImportTarget target = ImportTarget::imagesOnly();
    if (labels) {
        if (!targetFromOptions(parser, &target))
            return usageError(Cli::tr("--role is one of annotator, reviewer, lead"));
        printErr(Cli::tr("labels: %1 in %2 (%3 regions)").arg(labels->formatName, labels->path).arg(labels->regions));
    } else {
        target.batch = parser.value(QStringLiteral("batch"));
        target.split = parser.value(QStringLiteral("split"));
    }
    target.skipUnreadableImages = true;
    auto store = openProject(project);
    if (!store)
        return fail(store.error());
    StderrProgress progress(Cli::tr("importing"));
    auto summary = (*store)->importBatch(folderImportBatch(*scan, labels), target, &progress);
    if (!summary)
        return fail(summary.error());
    const QString as = target.isImagesOnly() ? QString()
        : target.run.isEmpty()               ? Cli::tr("annotator \"%1\"").arg(target.annotator)
                                             : Cli::tr("model run \"%1\"").arg(target.run);
    printSummary(
        *summary, as, labels ? QStringLiteral("%1 [%2]").arg(folder, labels->formatId) : folder, timer.elapsed());
    return kExitOk;
}

int runImport(QCommandLineParser& parser)
{
    const QString project = parser.positionalArguments().at(1);
    const QString labels = parser.value(QStringLiteral("labels"));
    QString imagesDir = parser.value(QStringLiteral("images"));
    if (parser.isSet(QStringLiteral("folder"))) {
        if (!labels.isEmpty() || !imagesDir.isEmpty())
            return usageError(Cli::tr("--folder finds the images and labels itself: give it alone"));
        return importFolder(parser, project, parser.value(QStringLiteral("folder")), true);
    }
    if (labels.isEmpty()) {
        if (imagesDir.isEmpty())
            return usageError(Cli::tr("import needs --images DIR, --labels FILE_OR_DIR or --folder DIR"));
        if (parser.isSet(QStringLiteral("annotator")) || parser.isSet(QStringLiteral("predictions")))
            return usageError(Cli::tr("--images alone adds images without labels: no --annotator or "
                                      "--predictions (give --labels too)"));
        return importFolder(parser, project, imagesDir, false);
    }
    if (!QFileInfo::exists(labels))
        return fail(LECTOR_ERROR(ErrorCode::NotFound, Cli::tr("label file or folder not found")).at(labels));
    if (!imagesDir.isEmpty() && !QFileInfo(imagesDir).isDir())
        return fail(LECTOR_ERROR(ErrorCode::NotFound, Cli::tr("images folder not found")).at(imagesDir));
    if (parser.isSet(QStringLiteral("annotator")) && parser.isSet(QStringLiteral("predictions")))
        return usageError(Cli::tr("give --annotator or --predictions, not both"));
    if (!applyPixelLimit(parser))
        return kExitUser;

    const FormatRegistry& registry = FormatRegistry::instance();
    const Format* format = nullptr;
    if (parser.isSet(QStringLiteral("format"))) {
        format = registry.format(parser.value(QStringLiteral("format")));
        if (!format || !(format->capabilities() & Format::Read))
            return usageError(
                Cli::tr("unknown format \"%1\"; known: %2")
                    .arg(parser.value(QStringLiteral("format")), registry.ids().join(QStringLiteral(", "))));
    } else {
        format = registry.detect(labels);
        if (!format)
            return fail(LECTOR_ERROR(ErrorCode::InvalidArgument,
                Cli::tr("cannot tell the format of the labels; give --format (one of %1)")
                    .arg(registry.ids().join(QStringLiteral(", "))))
                            .at(labels));
    }
    auto store = openProject(project);
    if (!store)
        return fail(store.error());

    ReadOptions options;
    options.imagesDir
        = imagesDir.isEmpty() ? QFileInfo(labels).absolutePath() : QFileInfo(imagesDir).absoluteFilePath();
    options.referenceFile = parser.value(QStringLiteral("reference"));
    QElapsedTimer timer;
    timer.start();
    auto batch = format->read(QFileInfo(labels).absoluteFilePath(), options);
    if (!batch)
        return fail(batch.error());
    const qint64 parseMs = timer.elapsed();

    ImportTarget target;
    if (!targetFromOptions(parser, &target))
        return usageError(Cli::tr("--role is one of annotator, reviewer, lead"));
    StderrProgress progress(Cli::tr("importing"));
    auto summary = (*store)->importBatch(*batch, target, &progress);
    if (!summary)
        return fail(summary.error());
    for (const Issue& w : summary->warnings)
        printErr(Cli::tr("warning: ") + w.toString());
    printOut(Cli::tr("imported %1 regions on %2 images (%3 new, %4 already in the project) as %5 \"%6\" "
                     "from %7 [%8]; parse %9 ms, total %10 ms\n")
                 .arg(summary->regions)
                 .arg(summary->imagesAdded + summary->imagesExisting)
                 .arg(summary->imagesAdded)
                 .arg(summary->imagesExisting)
                 .arg(target.run.isEmpty() ? Cli::tr("annotator") : Cli::tr("model run"),
                     target.run.isEmpty() ? target.annotator : target.run, labels, format->id())
                 .arg(parseMs)
                 .arg(timer.elapsed()));
    return kExitOk;
}

const VerbRegistrar s_import(QStringLiteral("import"),
    { QT_TRANSLATE_NOOP("Cli",
          "Import images and their labels (or a model's predictions), all or nothing. "
          "--images DIR alone adds the folder's images without labels; --folder DIR finds the images "
          "and the labels beside them (as the app's New Project from Folder)."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("format"),
                Cli::tr("Label format: %1 (sroie = icdar2015). Detected when left out.")
                    .arg(FormatRegistry::instance().ids().join(QStringLiteral(", "))),
                QStringLiteral("format"));
            addOption(p, QStringLiteral("images"),
                Cli::tr("Folder of the images (paths in labels resolve here); alone: import its images "
                        "(in subfolders too) without labels."),
                QStringLiteral("dir"));
            addOption(p, QStringLiteral("folder"),
                Cli::tr("A dataset folder: every image in it, and the label set found beside them "
                        "(see lector-cli scan)."),
                QStringLiteral("dir"));
            addOption(p, QStringLiteral("labels"), Cli::tr("Label file or folder."), QStringLiteral("file-or-dir"));
            addOption(p, QStringLiteral("annotator"), Cli::tr("Import as this annotator's labels (default: imported)."),
                QStringLiteral("name"));
            addOption(p, QStringLiteral("role"), Cli::tr("Role of a new annotator: annotator, reviewer, lead."),
                QStringLiteral("role"));
            addOption(p, QStringLiteral("predictions"), Cli::tr("Import as the predictions of a new model run."),
                QStringLiteral("run"));
            addOption(
                p, QStringLiteral("model"), Cli::tr("Model name recorded with --predictions."), QStringLiteral("name"));
            addOption(p, QStringLiteral("reference"),
                Cli::tr("COCO file whose \"images\" maps the image ids of a COCO results file."),
                QStringLiteral("file"));
            addOption(p, QStringLiteral("batch"), Cli::tr("Batch name for new images (default: import-DATE)."),
                QStringLiteral("name"));
            addOption(p, QStringLiteral("split"), Cli::tr("Split for new images (train, val, test)."),
                QStringLiteral("name"));
            declarePixelLimit(p);
        },
        runImport });

} // namespace
