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
/// Makes a file or folder unwritable for this process while it lives: chmod a-w, and as root (who ignores permissions)
/// chattr +i, the immutable attribute, which binds root too. ok() is false when neither took effect (no chattr, a file
/// system without the attribute, no CAP_LINUX_IMMUTABLE): the test should skip then.
class ReadOnlyPath {
public:
    explicit ReadOnlyPath(QString path);
    ~ReadOnlyPath();
    ReadOnlyPath(const ReadOnlyPath&) = delete;
    ReadOnlyPath& operator=(const ReadOnlyPath&) = delete;
    bool ok() const { return m_ok; }
    /// How it was made read-only ("chattr +i", "chmod a-w"), for skip messages and logs.
    QString how() const { return m_how; }

private:
    QString m_path;
    QString m_how;
    bool m_immutable = false;
    bool m_ok = false;
};

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
