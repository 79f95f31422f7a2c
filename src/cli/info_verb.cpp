// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli info: what a project holds, as text or JSON.

#include "cli_support.h"

#include <lector/store/project_store.h>
#include <lector/store/project_transfer.h>

#include <nlohmann/json.hpp>

#include <optional>

using namespace lector;
using namespace lector::cli;

namespace {

int runInfo(QCommandLineParser& parser)
{
    auto store = openProjectForReading(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    auto info = (*store)->info();
    if (!info)
        return fail(info.error());
    std::optional<ProjectChecksum> checksum;
    if (parser.isSet(QStringLiteral("checksum"))) {
        StderrProgress progress(Cli::tr("checksum"));
        auto sum = projectChecksum(**store, &progress);
        if (!sum)
            return fail(sum.error());
        checksum = std::move(sum).value();
    }
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
        if (checksum) {
            j["sha256"] = checksum->sha256.toStdString();
            j["tables"] = nlohmann::ordered_json::object();
            for (const TableChecksum& t : checksum->tables)
                j["tables"][t.table.toStdString()] = { { "rows", t.rows }, { "sha256", t.sha256.toStdString() } };
        }
        printOut(QString::fromStdString(j.dump(2)) + QLatin1Char('\n'));
        return kExitOk;
    }
    QString text = Cli::tr("project:            %1\nimages:             %2\nannotations:        %3 (%4 don't care)\n"
                           "guideline versions: %5\n")
                       // In one pass: a server's URL holds %3D, which a second arg() would take for a placeholder.
                       .arg((*store)->path(), QString::number(info->images), QString::number(info->annotations),
                           QString::number(info->dontCare), QString::number(info->guidelineVersions));
    for (const auto& [name, n] : info->annotationsByAnnotator)
        text += Cli::tr("  annotator %1: %2\n").arg(name, QString::number(n));
    for (const auto& [name, n] : info->predictionsByRun)
        text += Cli::tr("  model run %1: %2 predictions\n").arg(name, QString::number(n));
    if (checksum)
        text += Cli::tr("content sha256:     %1 (%2 rows; the same on a file and a server)\n")
                    .arg(checksum->sha256)
                    .arg(checksum->rows());
    printOut(text);
    return kExitOk;
}

const VerbRegistrar s_info(QStringLiteral("info"),
    { QT_TRANSLATE_NOOP("Cli", "Counts of images, labels, predictions and guideline versions."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("json"), Cli::tr("Print JSON."));
            addOption(p, QStringLiteral("checksum"),
                Cli::tr("Also every table's rows and a SHA-256 of the content (as push and pull compare)."));
        },
        runInfo });

} // namespace
