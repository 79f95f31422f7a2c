// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "test_support.h"

#include <QDir>
#include <QFileInfo>

namespace lector::test {

QString sharedDataDir()
{
    QString dir = qEnvironmentVariable("LECTOR_TEST_DATA");
    if (dir.isEmpty())
        dir = QStringLiteral(LECTOR_TEST_DATA_DEFAULT);
    if (!QFileInfo(dir).isDir())
        return {};
    return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}

QString repoTestDataDir() { return QStringLiteral(LECTOR_SOURCE_DIR "/tests/data"); }

QString cliPath() { return QStringLiteral(LECTOR_CLI_PATH); }

} // namespace lector::test
