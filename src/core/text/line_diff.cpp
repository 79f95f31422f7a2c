// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/text/line_diff.h>

#include <algorithm>

namespace lector {

std::vector<DiffLine> diffLines(const QString& oldText, const QString& newText)
{
    const QStringList a = oldText.split(QLatin1Char('\n'));
    const QStringList b = newText.split(QLatin1Char('\n'));
    // Trim the common head and tail first: guideline versions differ in a few places, so the quadratic table
    // below covers only the changed middle.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    // lcs[i][j]: length of the LCS of a[head+i..] and b[head+j..] within the middle.
    std::vector<std::vector<int>> lcs(static_cast<size_t>(n + 1), std::vector<int>(static_cast<size_t>(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[i][j] = a[head + i] == b[head + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    std::vector<DiffLine> out;
    out.reserve(static_cast<size_t>(a.size() + b.size()));
    for (qsizetype k = 0; k < head; ++k)
        out.push_back({ DiffLine::Kind::Same, a[k], int(k + 1), int(k + 1) });
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[head + i] == b[head + j]) {
            out.push_back({ DiffLine::Kind::Same, a[head + i], int(head + i + 1), int(head + j + 1) });
            ++i;
            ++j;
        } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
            out.push_back({ DiffLine::Kind::Removed, a[head + i], int(head + i + 1), 0 });
            ++i;
        } else {
            out.push_back({ DiffLine::Kind::Added, b[head + j], 0, int(head + j + 1) });
            ++j;
        }
    }
    for (qsizetype k = 0; k < tail; ++k) {
        const qsizetype oi = a.size() - tail + k;
        const qsizetype ni = b.size() - tail + k;
        out.push_back({ DiffLine::Kind::Same, a[oi], int(oi + 1), int(ni + 1) });
    }
    return out;
}

} // namespace lector
