// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli watch: what other members change in a server project, as it happens (the IDE's live updates).

#include "cli_support.h"

#include <lector/store/change_listener.h>
#include <lector/store/project_store.h>

#include <QDateTime>
#include <QElapsedTimer>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace lector;
using namespace lector::cli;

namespace {

int runWatch(QCommandLineParser& parser)
{
    const QString url = parser.positionalArguments().at(1);
    if (!ProjectStore::isServerLocation(url))
        return usageError(
            Cli::tr("watch takes a server project's postgresql:// URL: a project file has nobody else to watch"));
    bool ok = true;
    const double seconds = parser.isSet(QStringLiteral("for")) ? parser.value(QStringLiteral("for")).toDouble(&ok) : -1;
    if (!ok || (parser.isSet(QStringLiteral("for")) && !(seconds > 0)))
        return usageError(Cli::tr("--for takes a number of seconds above 0"));
    const long long count
        = parser.isSet(QStringLiteral("count")) ? parser.value(QStringLiteral("count")).toLongLong(&ok) : -1;
    if (!ok || (parser.isSet(QStringLiteral("count")) && count < 1))
        return usageError(Cli::tr("--count takes a whole number of changes, 1 or more"));
    const bool json = parser.isSet(QStringLiteral("json"));

    auto store = openProjectForReading(url);
    if (!store)
        return fail(store.error());
    auto listener = ChangeListener::open(**store);
    if (!listener)
        return fail(listener.error());
    // On stderr, so that --json's lines stay the only thing on stdout; once it is said, changes are heard.
    printErr(Cli::tr("watching %1 (%2)%3")
                 .arg((*store)->displayName(), (*store)->path(),
                     seconds > 0 ? Cli::tr(" for %1 s").arg(seconds) : Cli::tr("; Ctrl+C stops")));
    std::fflush(stderr);
    std::map<ImageId, QString> names;
    const auto nameOf = [&](ImageId image) -> QString {
        auto it = names.find(image);
        if (it != names.end())
            return it->second;
        auto record = (*store)->image(image);
        QString name = record && *record ? (*record)->path : QString();
        names.emplace(image, name);
        return name;
    };
    QElapsedTimer clock;
    clock.start();
    long long printed = 0;
    while (count < 0 || printed < count) {
        int waitMs = 1000;
        if (seconds > 0) {
            const qint64 left = static_cast<qint64>(seconds * 1000) - clock.elapsed();
            if (left <= 0)
                break;
            waitMs = static_cast<int>(std::min<qint64>(left, 1000));
        }
        (*listener)->wait(waitMs);
        auto changes = (*listener)->take();
        if (!changes)
            return fail(changes.error());
        for (const StoreChange& c : *changes) {
            const QString kind = storeChangeKindName(c.kind);
            const QString image = c.image ? nameOf(c.image) : QString();
            if (json) {
                nlohmann::ordered_json j;
                j["at"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
                j["kind"] = kind.toStdString();
                if (c.image) {
                    j["image_id"] = c.image;
                    j["image"] = image.toStdString();
                }
                printOut(QString::fromStdString(j.dump()) + QLatin1Char('\n'));
            } else {
                printOut(c.image ? Cli::tr("%1 %2 (image %3)\n").arg(kind, image).arg(c.image)
                                 : QStringLiteral("%1\n").arg(kind));
            }
            std::fflush(stdout);
            if (count > 0 && ++printed >= count)
                break;
        }
    }
    return kExitOk;
}

const VerbRegistrar s_watch(QStringLiteral("watch"),
    { QT_TRANSLATE_NOOP("Cli",
          "Print what other members change in a server project as it happens: labels, states, "
          "conflicts, queues and guideline versions, one line each (the IDE's live updates)."),
        QStringLiteral("URL"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("for"), Cli::tr("Stop after this many seconds."), QStringLiteral("seconds"));
            addOption(p, QStringLiteral("count"), Cli::tr("Stop after this many changes."), QStringLiteral("n"));
            addOption(p, QStringLiteral("json"), Cli::tr("One JSON object per line."));
        },
        runWatch, {}, 1, 1 });

} // namespace
