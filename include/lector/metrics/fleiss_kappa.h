// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <vector>

namespace lector {

/// Fleiss' kappa (Fleiss 1971) from a subjects × categories table of counts (row-major): counts[i * categories + j]
/// raters put subject i in category j. Subjects rated by fewer than two raters are left out; when raters differ
/// between subjects, each subject's agreement uses its own number of raters (with a constant number this is
/// Fleiss' formula exactly). NaN when undefined (no subjects, or chance agreement is 1: one category only).
double fleissKappa(const std::vector<int>& counts, int categories);

/// Fleiss' kappa added up one subject at a time, for more subjects than should be held at once: what fleissKappa
/// gives over the same rows in the same order, bit for bit, from the category totals and the sum of P_i.
class FleissKappaAccumulator {
public:
    explicit FleissKappaAccumulator(int categories);
    /// One subject's row: `categories` counts. A subject with fewer than two ratings is left out.
    void addSubject(const int* counts);
    double kappa() const;

private:
    std::vector<double> m_categoryTotals;
    double m_ratings = 0;
    double m_agreementSum = 0;
    int m_rated = 0;
};

} // namespace lector
