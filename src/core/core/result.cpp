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

QString Error::toString() const
{
    QString out;
    if (!path.isEmpty()) {
        out += path;
        if (line > 0)
            out += QLatin1Char(':') + QString::number(line);
        out += QStringLiteral(": ");
    }
    out += message;
    return out;
}

} // namespace lector
