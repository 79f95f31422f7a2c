// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli check: every image present and decodable, and the store's integrity.

#include "cli_support.h"

#include <lector/store/project_store.h>

using namespace lector;
using namespace lector::cli;

namespace {

int runCheck(QCommandLineParser& parser)
{
    if (!applyPixelLimit(parser))
        return kExitUser;
    auto store = openProjectForReading(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    StderrProgress progress(Cli::tr("checking"));
    auto report = (*store)->check(&progress);
    if (!report)
        return fail(report.error());
    if (!report->integrityOk)
        printErr(QStringLiteral("lector-cli: ")
            + locatedMessage((*store)->path(), 0, Cli::tr("integrity check failed: %1").arg(report->integrityMessage)));
    for (const QString& problem : report->schemaProblems)
        printErr(QStringLiteral("lector-cli: ")
            + locatedMessage((*store)->path(), 0, Cli::tr("schema check failed: %1").arg(problem)));
    for (const Issue& p : report->problems)
        printErr(QStringLiteral("lector-cli: ") + p.toString());
    if (!report->ok())
        return kExitUser;
    printOut(Cli::tr("ok: %1 images present and decodable, integrity and schema checks passed\n")
                 .arg((*(*store)->imageCount())));
    return kExitOk;
}

const VerbRegistrar s_check(QStringLiteral("check"),
    { QT_TRANSLATE_NOOP("Cli",
          "Check that every image is present and decodable, and the "
          "store's integrity."),
        QStringLiteral("PROJECT.lector"), declarePixelLimit, runCheck });

} // namespace
