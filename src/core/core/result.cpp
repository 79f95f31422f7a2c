// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/core/result.h>

#include <algorithm>

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

QString escapeControlCharacters(const QString& text)
{
    const auto isControl = [](QChar c) {
        const char16_t u = c.unicode();
        // C0, DEL and C1 controls, and the Unicode line and paragraph separators a terminal or a label might break at.
        return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
    };
    if (std::none_of(text.begin(), text.end(), isControl))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (!isControl(c)) {
            out += c;
            continue;
        }
        switch (c.unicode()) {
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            out += c.unicode() < 0x100 ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                                       : QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

QString locatedMessage(const QString& path, int line, const QString& message)
{
    // Paths and messages quote the input (a file name, a field of a label file): its control characters are escaped
    // so that an error stays one line and cannot move a terminal's cursor or colour what follows.
    QString out;
    if (!path.isEmpty()) {
        out += escapeControlCharacters(path);
        if (line > 0)
            out += QLatin1Char(':') + QString::number(line);
        out += QStringLiteral(": ");
    }
    return out + escapeControlCharacters(message);
}

QString Error::toString() const { return locatedMessage(path, line, message); }

} // namespace lector
