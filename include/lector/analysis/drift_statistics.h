// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <cstdint>
#include <vector>

namespace lector {

/// The statistics a drift report is made of (issue 14 §3), each checked against scipy.stats in the tests. Written
/// here rather than taken from a library because Debian's C++ packages the project uses (OpenCV, Qt) have no
/// two-sample tests; Boost.Math would, but only for the distribution functions these few lines already need.

/// Two-sample Kolmogorov-Smirnov: D = sup |F_a - F_b| over the pooled values (ties handled as scipy does, by the
/// empirical distribution functions at every distinct value), and the two-sided p-value of Smirnov's limit
/// distribution, Q(sqrt(n m / (n + m)) D) with Q(x) = 2 sum_k (-1)^(k-1) exp(-2 k^2 x^2) (scipy.stats.kstwobign.sf).
/// NaN p and 0 statistic when a sample is empty.
struct KsResult {
    double statistic = 0;
    double pValue = 0;
};
KsResult ksTwoSample(std::vector<double> a, std::vector<double> b);

/// Kolmogorov's limit survival function Q(x) (scipy.stats.kstwobign.sf).
double kolmogorovSurvival(double x);

/// Pearson's chi-squared test of homogeneity of two count vectors over the same categories (a 2 x k contingency
/// table, as scipy.stats.chi2_contingency(..., correction=False) computes it): categories empty in both are left
/// out; dof = k' - 1. NaN p when fewer than two categories remain or a side is empty.
struct ChiSquaredResult {
    double statistic = 0;
    int dof = 0;
    double pValue = 0;
};
ChiSquaredResult chiSquaredHomogeneity(const std::vector<std::int64_t>& a, const std::vector<std::int64_t>& b);

/// The chi-squared distribution's survival function (scipy.stats.chi2.sf): the regularized upper incomplete gamma
/// Q(dof / 2, x / 2), by its series below a + 1 and its continued fraction above.
double chiSquaredSurvival(double x, int dof);

/// Population stability index: sum over bins of (c - b) ln(c / b) of the two share vectors, each share floored at
/// `floor` (Evidently's and the usual convention) so that an empty bin does not make it infinite.
double populationStabilityIndex(
    const std::vector<double>& baselineShares, const std::vector<double>& currentShares, double floor = 1e-4);

/// Shares of `values` in the bins whose inner edges are `edges` (ascending): bin 0 is (-inf, edges[0]), bin k is
/// [edges[k-1], edges[k]), the last [edges.back(), inf).
std::vector<double> binShares(const std::vector<double>& values, const std::vector<double>& edges);

/// The inner edges of `bins` quantile bins of the baseline (distinct, ascending): the population stability index
/// of continuous properties uses them.
std::vector<double> quantileEdges(std::vector<double> baseline, int bins = 10);

} // namespace lector
