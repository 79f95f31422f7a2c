// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli push: a project file onto a PostgreSQL server, for a team.

#include "cli_support.h"
#include "transfer_report.h"

#include <lector/store/project_store.h>
#include <lector/store/project_transfer.h>

#include <QFileInfo>

using namespace lector;
using namespace lector::cli;

namespace {

int runPush(QCommandLineParser& parser)
{
    const QString file = parser.positionalArguments().at(1);
    const QString url = parser.positionalArguments().at(2);
    if (ProjectStore::isServerLocation(file) || !ProjectStore::isServerLocation(url))
        return usageError(Cli::tr("push takes a project file, then a server's postgresql:// URL"));
    auto from = openProjectForReading(file);
    if (!from)
        return fail(from.error());
    // A new schema gets the project; one that holds an empty project (init --server) takes it too.
    auto to = ProjectStore::create(url);
    if (!to && to.error().code == ErrorCode::Exists)
        to = ProjectStore::open(url);
    if (!to)
        return fail(to.error());
    StderrProgress progress(Cli::tr("pushing"));
    auto copied = copyProject(**from, **to, &progress);
    if (!copied)
        return fail(copied.error());
    // Image paths stay as the file stored them, relative to its folder where they could be: a workstation finds
    // them under its image root, which starts as this folder.
    const QString root = (*from)->rootDir();
    if (auto r = (*to)->storeImageRoot(root); !r)
        return fail(r.error());
    printTransfer((*from)->path(), (*to)->path(), *copied);
    printOut(Cli::tr("images stay where they are: their paths are relative to %1, which is the server "
                     "project's image root until a workstation names its own mount of that folder "
                     "(--image-root or LECTOR_IMAGE_ROOT)\n")
                 .arg(root));
    return kExitOk;
}

const VerbRegistrar s_push(QStringLiteral("push"),
    { QT_TRANSLATE_NOOP(
          "Cli", "Copy a project file onto a PostgreSQL server (every row, compared by count and checksum)."),
        QStringLiteral("PROJECT.lector URL"), [](QCommandLineParser&) {}, runPush, {}, 2, 2 });

} // namespace
