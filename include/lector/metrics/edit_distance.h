// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QString>

namespace lector {

/// Levenshtein distance (insertions, deletions, substitutions, each costing 1) over Unicode code points, so a
/// character outside the BMP counts once and precomposed Hangul syllables count as one character each.
int editDistance(const QString& a, const QString& b);

/// Number of Unicode code points in s (what editDistance counts, and the denominator of a character error rate).
int codePointLength(const QString& s);

} // namespace lector
