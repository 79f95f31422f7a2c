// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli: the core from the command line. Exit codes: 0 success, 1 user error (one line on stderr naming the
// file and the problem), 2 internal error. This file dispatches to the verbs (src/cli/<verb>_verb.cpp) and owns the
// options every verb shares; it knows no verb by name.

#include "cli_support.h"

#include <lector/core/logging.h>

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <new>

#include "lector_version.h"

using namespace lector;
using namespace lector::cli;

namespace {

/// Parses the verb's arguments; returns -1 to go on, else the exit code (help printed, or a usage error).
int parseVerb(QCommandLineParser& parser, const QString& name, const Verb& verb, const QStringList& args,
    int minPositional, int maxPositional)
{
    parser.setApplicationDescription(verb.summary);
    parser.addPositionalArgument(name, QStringLiteral("The command."));
    const QStringList positionalNames = verb.arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& p : positionalNames)
        parser.addPositionalArgument(p, QString());
    parser.addOption({ QStringLiteral("log-level"), QStringLiteral("trace, debug, info, warn (default), error, off."),
        QStringLiteral("level") });
    parser.addOption({ QStringLiteral("image-root"),
        QStringLiteral(
            "For a server project (postgresql://…): the folder this workstation finds its images in (default "
            "$LECTOR_IMAGE_ROOT, else the folder it was pushed from)."),
        QStringLiteral("dir") });
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    parser.addOption(help);
    verb.declare(parser);
    if (!parser.parse(args))
        return usageError(parser.errorText() + QStringLiteral(" (see lector-cli %1 --help)").arg(name));
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QStringLiteral("[options] ") + name, name + QStringLiteral(" [options]"));
        printOut(text);
        return kExitOk;
    }
    initLogging(QStringLiteral("lector-cli"), parser.value(QStringLiteral("log-level")));
    imageRootOption() = parser.value(QStringLiteral("image-root"));
    const int positional = static_cast<int>(parser.positionalArguments().size()) - 1;
    if (positional < minPositional || positional > maxPositional)
        return usageError(QStringLiteral("%1 takes %2 (see lector-cli %1 --help)").arg(name, verb.arguments));
    return -1;
}

void printUsage()
{
    QString text = QStringLiteral("Usage: lector-cli COMMAND [options]\n\nCommands:\n");
    for (const auto& [name, verb] : registeredVerbs())
        text += QStringLiteral("  %1 %2\n      %3\n").arg(name, -7).arg(verb.arguments, verb.summary);
    text += QStringLiteral("\nlector-cli COMMAND --help shows a command's options.\n");
    printOut(text);
}

} // namespace

int main(int argc, char** argv)
{
    const auto& verbs = registeredVerbs();
    // The application is built before any parsing (Qt wants it first), so the verb is looked up in argv.
    const auto named = argc > 1 ? verbs.find(QString::fromLocal8Bit(argv[1])) : verbs.end();
    std::unique_ptr<QCoreApplication> app;
    if (named != verbs.end() && named->second.application)
        app = named->second.application(argc, argv);
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lector-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTOR_VERSION));

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == QStringLiteral("--help") || args[1] == QStringLiteral("-h")
        || args[1] == QStringLiteral("help")) {
        printUsage();
        return args.size() < 2 ? kExitUser : kExitOk;
    }
    if (args[1] == QStringLiteral("--version")) {
        printOut(QStringLiteral("lector-cli %1 (commit %2)\n")
                     .arg(QStringLiteral(LECTOR_VERSION), QStringLiteral(LECTOR_GIT_COMMIT)));
        return kExitOk;
    }
    const auto it = verbs.find(args[1]);
    if (it == verbs.end())
        return usageError(QStringLiteral("unknown command \"%1\" (see lector-cli --help)").arg(args[1]));
    QCommandLineParser parser;
    // Positional argument 0 is the verb itself, 1 the project (or folder), and for a few verbs a second.
    const int code = parseVerb(parser, it->first, it->second, args, it->second.minArguments, it->second.maxArguments);
    if (code >= 0)
        return code;
    try {
        return it->second.run(parser);
    } catch (const std::bad_alloc&) {
        // The last resort: readers cap what they read, but a bug that still allocates without bound ends here,
        // with a message, instead of in abort() (exit 134).
        printErr(QStringLiteral("lector-cli: out of memory"));
        return kExitInternal;
    }
}
