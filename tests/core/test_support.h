// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QString>

#include <gtest/gtest.h>

namespace lector::test {

/// The shared real OCR samples: $LECTOR_TEST_DATA, else ../shared/data beside the repository. Empty when absent.
QString sharedDataDir();
/// tests/data in the repository.
QString repoTestDataDir();
/// Path of the built lector-cli.
QString cliPath();
/// Writes a demo project (lector-cli demo) with `pages` pages into `dir`; returns the .lector path, or an empty
/// string after recording a test failure.
QString makeDemoProject(const QString& dir, int pages);

} // namespace lector::test

/// Skips the test (with a message saying why) when the shared samples are not on this machine.
#define LECTOR_REQUIRE_SHARED_DATA()                                                                                   \
    do {                                                                                                               \
        if (::lector::test::sharedDataDir().isEmpty())                                                                 \
            GTEST_SKIP() << "shared OCR samples not found: set LECTOR_TEST_DATA or put them in ../shared/data";        \
    } while (false)

/// Prints a QString in gtest messages.
inline std::ostream& operator<<(std::ostream& os, const QString& s) { return os << s.toStdString(); }
