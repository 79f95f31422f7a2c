// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli pull: a server's project into a new project file.

#include "cli_support.h"
#include "transfer_report.h"

#include <lector/store/project_store.h>
#include <lector/store/project_transfer.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace lector;
using namespace lector::cli;

namespace {

int runPull(QCommandLineParser& parser)
{
    const QString url = parser.positionalArguments().at(1);
    const QString file = parser.positionalArguments().at(2);
    if (!ProjectStore::isServerLocation(url) || ProjectStore::isServerLocation(file))
        return usageError(Cli::tr("pull takes a server's postgresql:// URL, then a new project file"));
    auto from = openProjectForReading(url);
    if (!from)
        return fail(from.error());
    if (QFileInfo::exists(file))
        return fail(
            LECTOR_ERROR(ErrorCode::InvalidArgument, Cli::tr("the file exists already: pull writes a new project file"))
                .at(QFileInfo(file).absoluteFilePath()));
    auto to = ProjectStore::create(file);
    if (!to)
        return fail(to.error());
    StderrProgress progress(Cli::tr("pulling"));
    auto copied = copyProject(**from, **to, &progress);
    if (!copied) {
        // Nothing was copied (the copy is one transaction); the empty file it would have gone into goes too.
        const QString made = (*to)->path();
        to->reset();
        QFile::remove(made);
        return fail(copied.error());
    }
    printTransfer((*from)->path(), (*to)->path(), *copied);
    const QString root = (*from)->rootDir();
    if (!root.isEmpty() && QDir::cleanPath(root) != QDir::cleanPath((*to)->rootDir()))
        printOut(Cli::tr("note: image paths are relative to %1 (the server project's image root here); the "
                         "new file finds them only if it is moved there\n")
                     .arg(root));
    return kExitOk;
}

const VerbRegistrar s_pull(QStringLiteral("pull"),
    { QT_TRANSLATE_NOOP("Cli",
          "Copy a project from a PostgreSQL server into a new project file (compared by count and "
          "checksum)."),
        QStringLiteral("URL PROJECT.lector"), [](QCommandLineParser&) {}, runPull, {}, 2, 2 });

} // namespace
