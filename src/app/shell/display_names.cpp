// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "shell/display_names.h"

#include <lector/core/tr.h>

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
    static constexpr KeyName kKinds[] = {
        { "missing", QT_TRANSLATE_NOOP("DisplayNames", "missing") },
        { "geometry", QT_TRANSLATE_NOOP("DisplayNames", "geometry") },
        { "text", QT_TRANSLATE_NOOP("DisplayNames", "text") },
        { "flags", QT_TRANSLATE_NOOP("DisplayNames", "flags") },
    };
    return translatedName("DisplayNames", kind, kKinds);
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
    static constexpr KeyName kStatuses[] = {
        { "open", QT_TRANSLATE_NOOP("DisplayNames", "open") },
        { "resolved", QT_TRANSLATE_NOOP("DisplayNames", "resolved") },
        { "guideline_gap", QT_TRANSLATE_NOOP("DisplayNames", "guideline gap") },
    };
    return translatedName("DisplayNames", status, kStatuses);
}

} // namespace lector
