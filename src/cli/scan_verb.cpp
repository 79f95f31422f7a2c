// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli scan: what a folder holds for a project (images, label sets beside them, problems), as New Project from
// Folder shows it before importing; writes nothing.

#include "cli_support.h"

#include <lector/io/folder_scan.h>

#include <QDir>

#include <nlohmann/json.hpp>

using namespace lector;
using namespace lector::cli;

namespace {

int runScan(QCommandLineParser& parser)
{
    const QString folder = parser.positionalArguments().at(1);
    FolderScanOptions options;
    options.detectLabels = !parser.isSet(QStringLiteral("no-labels"));
    StderrProgress progress(Cli::tr("scanning"));
    auto scan = scanPaths({ folder }, options, &progress);
    if (!scan)
        return fail(scan.error());
    if (!parser.isSet(QStringLiteral("json"))) {
        printOut(scan->summary() + QLatin1Char('\n'));
        for (const Issue& p : scan->problems)
            printOut(QStringLiteral("  %1\n").arg(p.toString()));
        return kExitOk;
    }
    const QDir root(QFileInfo(folder).absoluteFilePath());
    nlohmann::ordered_json j;
    j["folder"] = root.absolutePath().toStdString();
    j["folders"] = scan->folders;
    j["image_bytes"] = scan->imageBytes;
    j["images"] = nlohmann::ordered_json::array();
    for (const QString& image : scan->images)
        j["images"].push_back(root.relativeFilePath(image).toStdString());
    j["labels"] = nlohmann::ordered_json::array();
    for (const FoundLabels& l : scan->labels) {
        j["labels"].push_back({ { "format", l.formatId.toStdString() },
            { "path", root.relativeFilePath(l.path).toStdString() },
            { "images_dir", l.imagesDir.isEmpty() ? std::string() : root.relativeFilePath(l.imagesDir).toStdString() },
            { "images", l.batch.images.size() }, { "images_matched", l.imagesMatched }, { "regions", l.regions },
            { "predictions", l.looksLikePredictions } });
    }
    j["problems"] = nlohmann::ordered_json::array();
    for (const Issue& p : scan->problems)
        j["problems"].push_back({ { "path", p.path.toStdString() }, { "message", p.message.toStdString() } });
    printOut(QString::fromStdString(j.dump(2)) + QLatin1Char('\n'));
    return kExitOk;
}

const VerbRegistrar s_scan(QStringLiteral("scan"),
    { QT_TRANSLATE_NOOP("Cli",
          "What a folder holds for a project: its images (in subfolders too), the label sets beside them "
          "and what cannot be read; writes nothing (import --folder imports it)."),
        QStringLiteral("DIR"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("json"), Cli::tr("Print JSON (image paths relative to DIR)."));
            addOption(p, QStringLiteral("no-labels"), Cli::tr("Only the images: do not look for labels."));
        },
        runScan });

} // namespace
