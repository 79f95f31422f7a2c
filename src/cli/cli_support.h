// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// What every lector-cli verb shares: exit codes, error printing, progress on stderr, and the verb table. A verb in
// its own file registers itself with a static VerbRegistrar.
#pragma once

#include <lector/core/logging.h>
#include <lector/core/progress.h>
#include <lector/core/result.h>

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <map>
#include <unistd.h>

namespace lector::cli {

constexpr int kExitOk = 0;
constexpr int kExitUser = 1;
constexpr int kExitInternal = 2;

inline void printErr(const QString& line) { std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData()); }
inline void printOut(const QString& text) { std::fputs(text.toLocal8Bit().constData(), stdout); }

inline int fail(const Error& e)
{
    printErr(QStringLiteral("lector-cli: ") + e.toString());
    return e.isUserError() ? kExitUser : kExitInternal;
}

inline int usageError(const QString& message)
{
    printErr(QStringLiteral("lector-cli: ") + message);
    return kExitUser;
}

/// Progress on stderr, as a percentage that rewrites itself, only when stderr is a terminal.
class StderrProgress : public Progress {
public:
    explicit StderrProgress(QString what)
        : m_what(std::move(what))
        , m_tty(isatty(fileno(stderr)))
    {
    }
    ~StderrProgress() override
    {
        if (m_tty && m_lastPercent >= 0)
            std::fputs("\n", stderr);
    }
    void report(std::int64_t done, std::int64_t total) override
    {
        if (!m_tty || total <= 0)
            return;
        const int percent = static_cast<int>(100 * done / total);
        if (percent == m_lastPercent)
            return;
        m_lastPercent = percent;
        std::fprintf(stderr, "\r%s: %d%%", m_what.toLocal8Bit().constData(), percent);
        std::fflush(stderr);
    }
    bool isCanceled() const override { return false; }

private:
    QString m_what;
    bool m_tty;
    int m_lastPercent = -1;
};

struct Verb {
    QString summary;
    QString arguments;
    std::function<void(QCommandLineParser&)> declare;
    std::function<int(QCommandLineParser&)> run;
};

/// Parses the verb's arguments; returns -1 to go on, else the exit code (help printed, or a usage error).
inline int parseVerb(QCommandLineParser& parser, const QString& name, const Verb& verb, const QStringList& args,
    int minPositional, int maxPositional)
{
    parser.setApplicationDescription(verb.summary);
    parser.addPositionalArgument(name, QStringLiteral("The command."));
    const QStringList positionalNames = verb.arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& p : positionalNames)
        parser.addPositionalArgument(p, QString());
    parser.addOption({ QStringLiteral("log-level"), QStringLiteral("trace, debug, info, warn (default), error, off."),
        QStringLiteral("level") });
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
    const int positional = static_cast<int>(parser.positionalArguments().size()) - 1;
    if (positional < minPositional || positional > maxPositional)
        return usageError(QStringLiteral("%1 takes %2 (see lector-cli %1 --help)").arg(name, verb.arguments));
    return -1;
}


/// Verbs defined outside main.cpp, registered at static initialisation.
inline std::map<QString, Verb>& registeredVerbs()
{
    static std::map<QString, Verb> verbs;
    return verbs;
}

struct VerbRegistrar {
    VerbRegistrar(const QString& name, Verb verb) { registeredVerbs()[name] = std::move(verb); }
};

/// Adds an option to a verb's parser.
inline void addOption(QCommandLineParser& p, const QString& name, const QString& help, const QString& value = {})
{
    p.addOption(QCommandLineOption(name, help, value));
}

} // namespace lector::cli
