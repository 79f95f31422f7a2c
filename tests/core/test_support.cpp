// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

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

QString makeDemoProject(const QString& dir, int pages)
{
    QProcess cli;
    cli.start(cliPath(), { QStringLiteral("demo"), dir, QStringLiteral("--pages"), QString::number(pages) });
    if (!cli.waitForFinished(300'000) || cli.exitCode() != 0) {
        ADD_FAILURE() << "lector-cli demo failed: " << cli.readAllStandardError().toStdString();
        return {};
    }
    return QDir(dir).filePath(QStringLiteral("demo.lector"));
}

} // namespace lector::test
