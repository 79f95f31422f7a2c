// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli team: a server project's members and the roles PostgreSQL holds them to.

#include "cli_support.h"

#include <lector/store/project_store.h>

#include <QTextStream>

#include <cstdio>
#include <termios.h>

using namespace lector;
using namespace lector::cli;

namespace {

/// A password typed at the terminal without echo, or one line of stdin when it is not a terminal.
QString readPassword(const QString& prompt)
{
    const bool tty = isatty(fileno(stdin));
    termios saved {};
    if (tty) {
        std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
        tcgetattr(fileno(stdin), &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(stdin), TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(fileno(stdin), TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    return line;
}

int runTeam(QCommandLineParser& parser)
{
    const QString url = parser.positionalArguments().at(1);
    if (!ProjectStore::isServerLocation(url))
        return usageError(Cli::tr("team takes a server project's postgresql:// URL"));
    auto store = openProject(url);
    if (!store)
        return fail(store.error());
    if (parser.isSet(QStringLiteral("setup"))) {
        if (auto r = (*store)->setUpTeamRoles(); !r)
            return fail(r.error());
        printOut(Cli::tr("team roles and policies are in place\n"));
    }
    if (parser.isSet(QStringLiteral("add"))) {
        Role role = Role::Annotator;
        const QString roleText = parser.value(QStringLiteral("role"));
        if (!roleText.isEmpty() && !parseRole(roleText, &role))
            return usageError(Cli::tr("--role takes annotator, reviewer or lead"));
        const QString password = parser.isSet(QStringLiteral("password"))
            ? readPassword(Cli::tr("password for %1: ").arg(parser.value(QStringLiteral("add"))))
            : QString();
        const QString user = parser.value(QStringLiteral("add"));
        if (auto r = (*store)->addTeamMember(user, role, password); !r)
            return fail(r.error());
        printOut(Cli::tr("%1 is a member as %2 (%3)\n").arg(user, roleName(role), *(*store)->teamRoleName(role)));
    }
    auto people = (*store)->annotators();
    if (!people)
        return fail(people.error());
    QString text;
    for (const Annotator& a : *people)
        text += QStringLiteral("  %1 %2\n").arg(a.name, -24).arg(roleName(a.role));
    printOut(text);
    return kExitOk;
}

const VerbRegistrar s_team(QStringLiteral("team"),
    { QT_TRANSLATE_NOOP("Cli",
          "A server project's members and their roles (annotator, reviewer, lead), enforced by "
          "PostgreSQL."),
        QStringLiteral("URL"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("setup"),
                Cli::tr("Make the project's group roles and row-level security (init --server does)."));
            addOption(p, QStringLiteral("add"), Cli::tr("Make a database user a member (created when missing)."),
                QStringLiteral("user"));
            addOption(p, QStringLiteral("role"), Cli::tr("With --add: annotator (default), reviewer or lead."),
                QStringLiteral("role"));
            addOption(p, QStringLiteral("password"),
                Cli::tr("With --add: set the user's password, read from the terminal (or a line of stdin)."));
        },
        runTeam });

} // namespace
