// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli init: an empty project store, in a file or on a PostgreSQL server.

#include "cli_support.h"

#include <lector/store/project_store.h>

using namespace lector;
using namespace lector::cli;

namespace {

int runInit(QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString server = parser.value(QStringLiteral("server"));
    if (server.isEmpty() == (args.size() < 2))
        return usageError(Cli::tr("init takes a project file, or --server URL (one of them)"));
    const QString path = server.isEmpty() ? args.at(1) : server;
    if (!server.isEmpty() && !ProjectStore::isServerLocation(server))
        return usageError(Cli::tr("--server takes a postgresql:// URL"));
    auto store = ProjectStore::create(path);
    if (!store)
        return fail(store.error());
    printOut(Cli::tr("created %1\n").arg((*store)->path()));
    if ((*store)->isServer()) {
        if (auto r = (*store)->setUpTeamRoles(); !r)
            return fail(r.error());
        printOut(Cli::tr("team roles %1, %2 and %3 made (lector-cli team adds members)\n")
                     .arg(*(*store)->teamRoleName(Role::Annotator), *(*store)->teamRoleName(Role::Reviewer),
                         *(*store)->teamRoleName(Role::Lead)));
    }
    return kExitOk;
}

const VerbRegistrar s_init(QStringLiteral("init"),
    { QT_TRANSLATE_NOOP("Cli", "Create an empty project store (a file, or with --server on a PostgreSQL server)."),
        QStringLiteral("[PROJECT.lector]"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("server"),
                Cli::tr("Create it on a server instead: postgresql://USER@HOST:PORT/DATABASE, its schema "
                        "named by ?options=-csearch_path%3DNAME (made when missing; public otherwise)."),
                QStringLiteral("url"));
        },
        runInit, {}, 0, 1 });

} // namespace
