// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/edit_distance.h>

#include <algorithm>
#include <vector>

namespace lector {

namespace {

/// Code points of s without allocating a QList; surrogate pairs joined, lone surrogates kept as they are.
void codePoints(const QString& s, std::vector<char32_t>& out)
{
    out.clear();
    out.reserve(s.size());
    const int n = static_cast<int>(s.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < n && s.at(i + 1).isLowSurrogate()) {
            out.push_back(QChar::surrogateToUcs4(c, s.at(i + 1)));
            ++i;
        } else {
            out.push_back(c.unicode());
        }
    }
}

} // namespace

int codePointLength(const QString& s)
{
    int n = 0;
    const int size = static_cast<int>(s.size());
    for (int i = 0; i < size; ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < size && s.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

int editDistance(const QString& a, const QString& b)
{
    thread_local std::vector<char32_t> x, y;
    thread_local std::vector<int> row;
    codePoints(a, x);
    codePoints(b, y);
    if (x.size() < y.size())
        std::swap(x, y); // the row runs over the shorter text
    const size_t m = y.size();
    row.resize(m + 1);
    for (size_t j = 0; j <= m; ++j)
        row[j] = static_cast<int>(j);
    for (size_t i = 1; i <= x.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (size_t j = 1; j <= m; ++j) {
            const int up = row[j];
            row[j] = std::min({ up + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1) });
            diagonal = up;
        }
    }
    return row[m];
}

} // namespace lector
