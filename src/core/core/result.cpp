// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/core/result.h>

namespace lector {

Error makeError(ErrorCode code, QString message, const char* file, int line)
{
    Error e;
    e.code = code;
    e.message = std::move(message);
    e.sourceFile = file;
    e.sourceLine = line;
    return e;
}

QString locatedMessage(const QString& path, int line, const QString& message)
{
    QString out;
    if (!path.isEmpty()) {
        out += path;
        if (line > 0)
            out += QLatin1Char(':') + QString::number(line);
        out += QStringLiteral(": ");
    }
    return out + message;
}

QString Error::toString() const { return locatedMessage(path, line, message); }

} // namespace lector
