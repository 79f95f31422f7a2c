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
/// How the KS p-value is found: the Smirnov limit above; the exact distribution of D under the null (no ties), as
/// scipy.stats.ks_2samp(..., method="exact") computes it: one minus the share of the C(n + m, n) interleavings of
/// the samples whose ECDF difference stays strictly below the observed D (D rounded to a multiple of 1 / lcm(n, m)
/// first); Auto: exact while n * m <= kKsExactCells, else the limit.
enum class KsMethod { Asymptotic, Exact, Auto };
constexpr double kKsExactCells = 1e7;
KsResult ksTwoSample(std::vector<double> a, std::vector<double> b, KsMethod method = KsMethod::Asymptotic);

/// The exact two-sided p-value P(D >= d) of samples of sizes n and m (see KsMethod::Exact). O(n m) time, O(m) space.
double ksExactPValue(std::int64_t n, std::int64_t m, double d);

/// The first Wasserstein distance between two samples, the area between their ECDFs (as
/// scipy.stats.wasserstein_distance(a, b) computes it). 0 when a sample is empty.
double wassersteinDistance(std::vector<double> a, std::vector<double> b);

/// The Wasserstein distance divided by the baseline's standard deviation (population, floored at 0.001): the
/// scale-free drift score Evidently applies to a numerical column of more than 1,000 reference values.
double normedWassersteinDistance(const std::vector<double>& baseline, const std::vector<double>& current);

/// The Jensen-Shannon distance of two count (or share) vectors over the same categories, natural logarithm: the
/// square root of the mean Kullback-Leibler divergence of each from their average (as
/// scipy.spatial.distance.jensenshannon(p, q) computes it, each normalized to sum 1). 0 when a side is all zero.
double jensenShannonDistance(const std::vector<double>& p, const std::vector<double>& q);

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
