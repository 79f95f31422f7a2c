// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli init: an empty project store.

#include "cli_support.h"

#include <lector/store/project_store.h>

using namespace lector;
using namespace lector::cli;

namespace {

int runInit(QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(1);
    auto store = ProjectStore::create(path);
    if (!store)
        return fail(store.error());
    printOut(QStringLiteral("created %1\n").arg((*store)->path()));
    return kExitOk;
}

const VerbRegistrar s_init(QStringLiteral("init"),
    { QStringLiteral("Create an empty project store."), QStringLiteral("PROJECT.lector"), [](QCommandLineParser&) {},
        runInit });

} // namespace
