// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lectorcore's text for a user (error messages, warnings, report sentences) goes through Core::tr(): lupdate files it
// under the context "Core" of resources/translations/lector_<code>.ts, and it reads in the interface's language once
// the app or the CLI has installed its translator (lector/core/language.h); English where none is (the core tests).
// What a machine reads (SQL, JSON keys, CSV headers, format names, log lines) stays a QStringLiteral.
#pragma once

#include <QCoreApplication>

namespace lector {

struct Core {
    Q_DECLARE_TR_FUNCTIONS(Core)
};

} // namespace lector
