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

} // namespace lector
