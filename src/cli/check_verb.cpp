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
    printOut(
        QStringLiteral("ok: %1 images present and decodable, integrity check passed\n").arg((*(*store)->imageCount())));
    return kExitOk;
}

const VerbRegistrar s_check(QStringLiteral("check"),
    { QStringLiteral("Check that every image is present and decodable, and the "
                     "store's integrity."),
        QStringLiteral("PROJECT.lector"), [](QCommandLineParser&) {}, runCheck });

} // namespace
