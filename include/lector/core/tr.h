// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lectorcore's text for a user (error messages, warnings, report sentences) goes through Core::tr(): lupdate files it
// under the context "Core" of resources/translations/lector_<code>.ts, and it reads in the interface's language once
// the app or the CLI has installed its translator (lector/core/language.h); English where none is (the core tests).
// What a machine reads (SQL, JSON keys, CSV headers, format names, log lines) stays a QStringLiteral.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace lector {

struct Core {
    Q_DECLARE_TR_FUNCTIONS(Core)
};

/// A key as the store or a file spells it ("hangul") beside its name for a person, marked for lupdate:
/// { "hangul", QT_TRANSLATE_NOOP("Core", "Hangul") }.
struct KeyName {
    const char* key;
    const char* name;
};

/// `key`'s name from `names`, translated in `context` (the context its QT_TRANSLATE_NOOPs name); the key itself when
/// the table does not have it. How a table column, a slice, a unit or a conflict kind is shown without changing what
/// is stored.
template <std::size_t N> QString translatedName(const char* context, const QString& key, const KeyName (&names)[N])
{
    for (const KeyName& n : names)
        if (key == QLatin1String(n.key))
            return QCoreApplication::translate(context, n.name);
    return key;
}

} // namespace lector
