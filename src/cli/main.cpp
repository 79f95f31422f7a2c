// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli: the core from the command line. Exit codes: 0 success, 1 user error (one line on stderr naming the
// file and the problem), 2 internal error. This file dispatches to the verbs (src/cli/<verb>_verb.cpp) and owns the
// options every verb shares; it knows no verb by name.

#include "cli_support.h"

#include <lector/core/language.h>
#include <lector/core/logging.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <memory>
#include <new>
#include <utility>
#include <vector>

#include "lector_version.h"

using namespace lector;
using namespace lector::cli;

namespace {

/// Declares a verb's arguments and options, the shared ones first, on `parser`; returns its --help option.
QCommandLineOption declareVerb(QCommandLineParser& parser, const QString& name, const Verb& verb)
{
    parser.setApplicationDescription(verb.summaryText());
    parser.addPositionalArgument(name, Cli::tr("The command."));
    const QStringList positionalNames = verb.arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& p : positionalNames)
        parser.addPositionalArgument(p, QString());
    parser.addOption({ QStringLiteral("log-level"), Cli::tr("trace, debug, info, warn (default), error, off."),
        QStringLiteral("level") });
    parser.addOption({ QStringLiteral("image-root"),
        Cli::tr("For a server project (postgresql://…): the folder this workstation finds its images in (default "
                "$LECTOR_IMAGE_ROOT, else the folder it was pushed from)."),
        QStringLiteral("dir") });
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, Cli::tr("Show this help."));
    parser.addOption(help);
    verb.declare(parser);
    return help;
}

/// Parses the verb's arguments; returns -1 to go on, else the exit code (help printed, or a usage error).
int parseVerb(QCommandLineParser& parser, const QString& name, const Verb& verb, const QStringList& args,
    int minPositional, int maxPositional)
{
    const QCommandLineOption help = declareVerb(parser, name, verb);
    if (!parser.parse(args))
        return usageError(parser.errorText() + Cli::tr(" (see lector-cli %1 --help)").arg(name));
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt's own word, as its translation spells it (a variable, so that lupdate leaves it to qtbase_<code>.ts).
        const char* const parserContext = "QCommandLineParser";
        const QString options = QCoreApplication::translate(parserContext, "[options]");
        text.replace(options + QLatin1Char(' ') + name, name + QLatin1Char(' ') + options);
        printOut(text);
        return kExitOk;
    }
    initLogging(QStringLiteral("lector-cli"), parser.value(QStringLiteral("log-level")));
    imageRootOption() = parser.value(QStringLiteral("image-root"));
    const int positional = static_cast<int>(parser.positionalArguments().size()) - 1;
    if (positional < minPositional || positional > maxPositional)
        return usageError(Cli::tr("%1 takes %2 (see lector-cli %1 --help)").arg(name, verb.arguments));
    return -1;
}

void printUsage()
{
    QString text = Cli::tr("Usage: lector-cli COMMAND [options]\n\nCommands:\n");
    for (const auto& [name, verb] : registeredVerbs())
        text += QStringLiteral("  %1 %2\n      %3\n").arg(name, -7).arg(verb.arguments, verb.summaryText());
    text += Cli::tr("\nlector-cli COMMAND --help shows a command's options; --man writes the manual page, "
                    "--version the version.\n");
    printOut(text);
}

/// Text for a roff line: backslashes escaped, and a line that would start with a control character guarded.
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QStringLiteral("\\&"));
    return text;
}

/// An option's spec ("-h, --help", "--format <format>") in roff: the names bold, hyphens as \-, the value italic.
QString roffOption(const QString& spec)
{
    QString out;
    for (const QString& part : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        if (part.startsWith(QLatin1Char('<')))
            out += QStringLiteral("\\fI") + part.mid(1, part.size() - 2) + QStringLiteral("\\fR");
        else
            out += QStringLiteral("\\fB") + QString(part).replace(QLatin1Char('-'), QStringLiteral("\\-"))
                + QStringLiteral("\\fR");
    }
    return out;
}

/// The options block of a parser's help text as (spec, description) pairs: Qt writes an option on a line of its own
/// that starts with two spaces and a dash, its description beside it and on the deeper-indented lines below.
std::vector<std::pair<QString, QString>> helpOptions(const QString& helpText)
{
    std::vector<std::pair<QString, QString>> out;
    bool inOptions = false;
    const char* const parserContext = "QCommandLineParser"; // Qt's word, in the language Qt's translation has
    const QString optionsTitle = QCoreApplication::translate(parserContext, "Options:");
    static const QRegularExpression optionLine(QStringLiteral("^  (-\\S.*?)(?:  +(.*))?$"));
    for (const QString& line : helpText.split(QLatin1Char('\n'))) {
        if (line == optionsTitle) {
            inOptions = true;
            continue;
        }
        if (!inOptions)
            continue;
        if (line.trimmed().isEmpty())
            break;
        const auto m = optionLine.match(line);
        if (m.hasMatch())
            out.emplace_back(m.captured(1).trimmed(), m.captured(2).trimmed());
        else if (!out.empty())
            out.back().second += (out.back().second.isEmpty() ? QString() : QStringLiteral(" ")) + line.trimmed();
    }
    return out;
}

/// lector-cli(1), made from the same verbs, summaries and options as --help (packaging/ installs it), in the
/// language the rest of the CLI speaks: packaging/ writes the English page under LC_ALL=C and the Korean one under
/// LANG=ko_KR.UTF-8.
void printManPage()
{
    QString page;
    page += QStringLiteral(".TH LECTOR-CLI 1 \"%1\" \"lector-cli %2\" \"%3\"\n")
                .arg(QDate::currentDate().toString(Qt::ISODate), QStringLiteral(LECTOR_VERSION),
                    Cli::tr("User Commands"));
    page += QStringLiteral(".SH %1\nlector-cli \\- %2\n")
                .arg(Cli::tr("NAME"), Cli::tr("the Lector labeling IDE for OCR datasets, from the command line"));
    page += QStringLiteral(".SH %1\n.B lector-cli\n.I COMMAND\n.RI [ options ]\n.I ARGUMENTS\n.br\n"
                           ".B lector-cli\n.B \\-\\-help\n|\n.B \\-\\-version\n")
                .arg(Cli::tr("SYNOPSIS"));
    page += QStringLiteral(".SH %1\n").arg(Cli::tr("DESCRIPTION"))
        + Cli::tr("lector-cli runs Lector's core on a project store: an SQLite file (\\fINAME\\fB.lector\\fR) or a "
                  "project on a PostgreSQL server (a \\fBpostgresql://\\fR URL). It imports and exports label sets, "
                  "measures agreement and label noise, pre-labels with Tesseract, evaluates model runs, and moves "
                  "projects between a file and a server. Imports are all or nothing; errors are one line on standard "
                  "error naming the file and the problem.")
        + QStringLiteral("\n.PP\n") + Cli::tr("\\fBlector\\fR(1) is the IDE over the same stores.") + QLatin1Char('\n');
    page += QStringLiteral(".SH %1\n").arg(Cli::tr("COMMANDS"));
    for (const auto& [name, verb] : registeredVerbs()) {
        QCommandLineParser parser;
        declareVerb(parser, name, verb);
        page += QStringLiteral(".SS \"%1 %2\"\n").arg(name, verb.arguments);
        page += roff(verb.summaryText()) + QLatin1Char('\n');
        for (const auto& [spec, description] : helpOptions(parser.helpText())) {
            if (spec.contains(QStringLiteral("--log-level")) || spec.contains(QStringLiteral("--image-root"))
                || spec.contains(QStringLiteral("--help")))
                continue; // every command's: under OPTIONS once
            page += QStringLiteral(".TP\n") + roffOption(spec) + QLatin1Char('\n') + roff(description)
                + QLatin1Char('\n');
        }
    }
    page += QStringLiteral(".SH %1\n%2\n").arg(Cli::tr("OPTIONS"), Cli::tr("Every command also takes:"));
    page += QStringLiteral(".TP\n\\fB\\-\\-log\\-level\\fR \\fIlevel\\fR\n%1\n")
                .arg(roff(Cli::tr("trace, debug, info, warn (default), error, off.")));
    page += QStringLiteral(".TP\n\\fB\\-\\-image\\-root\\fR \\fIdir\\fR\n%1\n")
                .arg(Cli::tr("For a server project: the folder this workstation finds its images in (default "
                             "\\fB$LECTOR_IMAGE_ROOT\\fR, else the folder it was pushed from)."));
    page += QStringLiteral(".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\n%1\n")
                .arg(roff(Cli::tr("The command's usage and options.")));
    page += QStringLiteral(".SH %1\n").arg(Cli::tr("ENVIRONMENT"));
    page += QStringLiteral(".TP\n.B LECTOR_IMAGE_ROOT\n%1\n")
                .arg(roff(Cli::tr("Where this workstation finds a server project's images.")));
    page += QStringLiteral(".TP\n.B LECTOR_MAX_MEGAPIXELS\n%1\n")
                .arg(roff(Cli::tr("The largest image an import or a check decodes (default 250; 0: no limit).")));
    page += QStringLiteral(".TP\n.B OMP_THREAD_LIMIT\n%1\n")
                .arg(roff(Cli::tr("Set it to 1 before a command that runs Tesseract on shared cores.")));
    page += QStringLiteral(".TP\n.BR LANGUAGE \", \" LC_ALL \", \" LC_MESSAGES \", \" LANG\n%1\n")
                .arg(roff(Cli::tr("The language of the help, the errors and the sentences a command prints (English "
                                  "or Korean; LC_ALL=C is English). What scripts read is the same in every language: "
                                  "option names, exit codes, JSON keys and identifiers, CSV columns.")));
    page += QStringLiteral(".TP\n.BR PGPASSFILE \", \" PGSSLMODE\n%1\n")
                .arg(Cli::tr("Read by libpq for a server project: passwords come from the prompt, "
                             "\\fI~/.pgpass\\fR or the keyring, never from the project."));
    page += QStringLiteral(".SH %1\n.TP\n0\n%2\n.TP\n1\n%3\n.TP\n2\n%4\n")
                .arg(Cli::tr("EXIT STATUS"), Cli::tr("Success."),
                    Cli::tr("A user error: bad arguments, a missing or malformed file, a locked or read-only store; "
                            "one line on standard error says which."),
                    Cli::tr("An internal error (a bug)."));
    page
        += QStringLiteral(".SH %1\n%2\n")
               .arg(Cli::tr("SEE ALSO"),
                   Cli::tr("\\fBlector\\fR(1); the manual in /usr/share/doc/lector and Help \\(-> Manual in the IDE."));
    printOut(page);
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
    // Help, errors, the manual page and the sentences a verb prints in the system's language (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG); what scripts read stays as it is.
    installInterfaceLanguage(effectiveLanguage(QString()));

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == QStringLiteral("--help") || args[1] == QStringLiteral("-h")
        || args[1] == QStringLiteral("help")) {
        printUsage();
        return args.size() < 2 ? kExitUser : kExitOk;
    }
    if (args[1] == QStringLiteral("--man")) {
        printManPage();
        return kExitOk;
    }
    if (args[1] == QStringLiteral("--version")) {
        printOut(QStringLiteral("lector-cli %1 (commit %2)\n")
                     .arg(QStringLiteral(LECTOR_VERSION), QStringLiteral(LECTOR_GIT_COMMIT)));
        return kExitOk;
    }
    const auto it = verbs.find(args[1]);
    if (it == verbs.end())
        return usageError(Cli::tr("unknown command \"%1\" (see lector-cli --help)").arg(args[1]));
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
        printErr(QStringLiteral("lector-cli: ") + Cli::tr("out of memory"));
        return kExitInternal;
    }
}
