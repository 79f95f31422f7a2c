// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "shell/display_names.h"

#include <QCoreApplication>

namespace lector {

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Annotator:
        return QCoreApplication::translate("DisplayNames", "annotator");
    case Role::Reviewer:
        return QCoreApplication::translate("DisplayNames", "reviewer");
    case Role::Lead:
        return QCoreApplication::translate("DisplayNames", "lead");
    }
    return roleName(role);
}

QString imageStateTitle(ImageState state)
{
    switch (state) {
    case ImageState::ToDo:
        return QCoreApplication::translate("DisplayNames", "to do");
    case ImageState::InProgress:
        return QCoreApplication::translate("DisplayNames", "in progress");
    case ImageState::Done:
        return QCoreApplication::translate("DisplayNames", "done");
    }
    return imageStateName(state);
}

QString sourceTitle(Source source)
{
    switch (source) {
    case Source::Manual:
        return QCoreApplication::translate("DisplayNames", "manual");
    case Source::Import:
        return QCoreApplication::translate("DisplayNames", "import");
    case Source::Auto:
        return QCoreApplication::translate("DisplayNames", "auto");
    case Source::Consensus:
        return QCoreApplication::translate("DisplayNames", "consensus");
    }
    return sourceName(source);
}

QString conflictKindTitle(const QString& kind)
{
    if (kind == QLatin1String("missing"))
        return QCoreApplication::translate("DisplayNames", "missing");
    if (kind == QLatin1String("geometry"))
        return QCoreApplication::translate("DisplayNames", "geometry");
    if (kind == QLatin1String("text"))
        return QCoreApplication::translate("DisplayNames", "text");
    if (kind == QLatin1String("flags"))
        return QCoreApplication::translate("DisplayNames", "flags");
    return kind;
}

QString conflictKindsTitle(const QStringList& kinds)
{
    QStringList titles;
    for (const QString& k : kinds)
        titles << conflictKindTitle(k);
    return titles.join(QStringLiteral(", "));
}

QString conflictStatusTitle(const QString& status)
{
    if (status == QLatin1String("open"))
        return QCoreApplication::translate("DisplayNames", "open");
    if (status == QLatin1String("resolved"))
        return QCoreApplication::translate("DisplayNames", "resolved");
    if (status == QLatin1String("guideline_gap"))
        return QCoreApplication::translate("DisplayNames", "guideline gap");
    return status;
}

} // namespace lector
