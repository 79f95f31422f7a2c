// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

// Appending JSON tokens to a UTF-8 buffer, for writers that stream large files instead of building a DOM.

#include <QString>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>

namespace lector::io::json_text {

/// A JSON string literal; UTF-8 passes through, quotes, backslashes and control characters are escaped.
inline void appendString(std::string& out, const std::string& utf8)
{
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 15];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

inline void appendString(std::string& out, const QString& text) { appendString(out, text.toStdString()); }

/// The shortest decimal that reads back as exactly `value` (whole numbers without a fraction). Callers
/// check finiteness: JSON has no NaN.
inline void appendNumber(std::string& out, double value)
{
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, res.ptr);
}

inline void appendInt(std::string& out, std::int64_t value)
{
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, res.ptr);
}

} // namespace lector::io::json_text
