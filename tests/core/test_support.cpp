// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "test_support.h"

#include <QDir>
#include <QFile>
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

namespace {

/// Whether this process can still create a file in `dir` or open `file` for writing.
bool writable(const QString& path)
{
    if (QFileInfo(path).isDir()) {
        QFile probe(QDir(path).filePath(QStringLiteral(".write-probe")));
        if (!probe.open(QIODevice::WriteOnly))
            return false;
        probe.close();
        probe.remove();
        return true;
    }
    QFile file(path);
    return file.open(QIODevice::ReadWrite);
}

} // namespace

ReadOnlyPath::ReadOnlyPath(QString path)
    : m_path(std::move(path))
{
    const auto perms = QFile::permissions(m_path);
    QFile::setPermissions(m_path,
        perms
            & ~(QFileDevice::WriteOwner | QFileDevice::WriteUser | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    m_how = QStringLiteral("chmod a-w");
    if (writable(m_path)) { // root
        m_immutable = QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), m_path }) == 0;
        m_how = QStringLiteral("chattr +i");
    }
    m_ok = !writable(m_path);
}

ReadOnlyPath::~ReadOnlyPath()
{
    if (m_immutable)
        QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), m_path });
    QFile::setPermissions(m_path, QFile::permissions(m_path) | QFileDevice::WriteOwner | QFileDevice::WriteUser);
}

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
