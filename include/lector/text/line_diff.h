// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace lector {

/// One line of a line diff: kept in both texts, removed from the old one, or added in the new one.
struct DiffLine {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; // 1-based; 0 for added lines
    int newLine = 0; // 1-based; 0 for removed lines
};

/// A minimal line diff (longest common subsequence of lines): what changed between two versions of the guideline.
/// Removed lines come before the added lines that replace them.
std::vector<DiffLine> diffLines(const QString& oldText, const QString& newText);

} // namespace lector
