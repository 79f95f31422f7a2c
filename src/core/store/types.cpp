// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/image_query.h>
#include <lector/store/types.h>

namespace lector {

QString roleName(Role role)
{
    switch (role) {
    case Role::Annotator:
        return QStringLiteral("annotator");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Lead:
        return QStringLiteral("lead");
    }
    return {};
}

bool parseRole(const QString& name, Role* role)
{
    for (Role r : { Role::Annotator, Role::Reviewer, Role::Lead }) {
        if (roleName(r) == name) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString sourceName(Source source)
{
    switch (source) {
    case Source::Manual:
        return QStringLiteral("manual");
    case Source::Import:
        return QStringLiteral("import");
    case Source::Auto:
        return QStringLiteral("auto");
    case Source::Consensus:
        return QStringLiteral("consensus");
    }
    return {};
}

bool parseSource(const QString& name, Source* source)
{
    for (Source s : { Source::Manual, Source::Import, Source::Auto, Source::Consensus }) {
        if (sourceName(s) == name) {
            *source = s;
            return true;
        }
    }
    return false;
}

QString imageStateName(ImageState state)
{
    switch (state) {
    case ImageState::ToDo:
        return QStringLiteral("to do");
    case ImageState::InProgress:
        return QStringLiteral("in progress");
    case ImageState::Done:
        return QStringLiteral("done");
    }
    return {};
}

} // namespace lector
