// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace lector::test {

/// Runs /usr/bin/python3 -c script with input on stdin and returns its stdout, or nullopt when python3 or a
/// module it imports is missing (the caller skips). A script that fails for another reason is returned as
/// nullopt too, with its stderr in *error.
inline std::optional<QByteArray> runPython(const QString& script, const QByteArray& input, QString* error = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script });
    if (!p.waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("python3 not found");
        return std::nullopt;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError());
        return std::nullopt;
    }
    return p.readAllStandardOutput();
}

/// Numbers as a JSON array, for a reference script's input.
template <typename T> inline QJsonArray toJsonArray(const std::vector<T>& values)
{
    QJsonArray a;
    for (const T& v : values)
        a.append(double(v));
    return a;
}

/// True when /usr/bin/python3 can import every module.
inline bool pythonHas(const QStringList& modules)
{
    return runPython(QStringLiteral("import ") + modules.join(QLatin1Char(',')), {}).has_value();
}

} // namespace lector::test
