// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli export: one annotator's labels or one run's predictions, in any writable format.

#include "cli_support.h"

#include <lector/io/format_registry.h>
#include <lector/store/project_store.h>

#include <QFileInfo>

using namespace lector;
using namespace lector::cli;

namespace {

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
    auto store = openProjectForReading(project);
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

const VerbRegistrar s_export(QStringLiteral("export"),
    { QStringLiteral("Export one annotator's labels or one run's predictions."), QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("format"),
                QStringLiteral("Label format: %1.").arg(FormatRegistry::instance().ids().join(QStringLiteral(", "))),
                QStringLiteral("format"));
            addOption(p, QStringLiteral("out"), QStringLiteral("Output folder (created when missing)."),
                QStringLiteral("dir"));
            addOption(p, QStringLiteral("annotator"), QStringLiteral("Whose labels (default: the only annotator)."),
                QStringLiteral("name"));
            addOption(p, QStringLiteral("run"), QStringLiteral("Export this model run's predictions instead."),
                QStringLiteral("run"));
            addOption(p, QStringLiteral("copy-images"), QStringLiteral("Copy the images next to the labels."));
        },
        runExport });

} // namespace
