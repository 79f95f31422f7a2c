// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/drift_statistics.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace lector {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

double kolmogorovSurvival(double x)
{
    if (!(x > 0))
        return 1.0;
    if (x < 0.2)
        return 1.0; // the series converges slowly here, and Q is 1 to double precision below about 0.27
    double sum = 0;
    for (int k = 1; k <= 100; ++k) {
        const double term = std::exp(-2.0 * k * k * x * x);
        sum += (k % 2 ? 1.0 : -1.0) * term;
        if (term < 1e-18)
            break;
    }
    return std::clamp(2.0 * sum, 0.0, 1.0);
}

double ksExactPValue(std::int64_t n, std::int64_t m, double d)
{
    if (n <= 0 || m <= 0)
        return kNaN;
    // In integers: a point (i of a, j of b) of an interleaving is inside while |i (m / g) - j (n / g)| < h, h the
    // observed D in units of 1 / lcm.
    const std::int64_t g = std::gcd(n, m);
    const std::int64_t lcm = (n / g) * m;
    const auto h = std::int64_t(std::llround(d * double(lcm)));
    if (h <= 0)
        return 1.0;
    const std::int64_t stepA = m / g, stepB = n / g;
    // The probability of reaching (i, j) on an inside path when each interleaving is equally likely: a step takes
    // from a with probability (n - i) / (n + m - i - j). Probabilities stay in [0, 1]: no overflow of C(n + m, n).
    std::vector<double> row(std::size_t(m + 1), 0.0);
    auto inside = [&](std::int64_t i, std::int64_t j) { return std::abs(i * stepA - j * stepB) < h; };
    for (std::int64_t i = 0; i <= n; ++i) {
        for (std::int64_t j = 0; j <= m; ++j) {
            double p = 0;
            if (i == 0 && j == 0) {
                p = 1;
            } else if (inside(i, j)) {
                if (i > 0) // row[j] still holds (i - 1, j)
                    p += row[std::size_t(j)] * double(n - i + 1) / double(n + m - i - j + 1);
                if (j > 0)
                    p += row[std::size_t(j - 1)] * double(m - j + 1) / double(n + m - i - j + 1);
            }
            row[std::size_t(j)] = p;
        }
    }
    return std::clamp(1.0 - row[std::size_t(m)], 0.0, 1.0);
}

KsResult ksTwoSample(std::vector<double> a, std::vector<double> b, KsMethod method)
{
    KsResult r;
    if (a.empty() || b.empty()) {
        r.pValue = kNaN;
        return r;
    }
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    const double n = double(a.size()), m = double(b.size());
    std::size_t i = 0, j = 0;
    double d = 0;
    // Step through the distinct pooled values: both ECDFs jump past every copy of a value before comparing.
    while (i < a.size() || j < b.size()) {
        const double v = j >= b.size() || (i < a.size() && a[i] <= b[j]) ? a[i] : b[j];
        while (i < a.size() && a[i] <= v)
            ++i;
        while (j < b.size() && b[j] <= v)
            ++j;
        d = std::max(d, std::abs(double(i) / n - double(j) / m));
    }
    r.statistic = d;
    const bool exact = method == KsMethod::Exact || (method == KsMethod::Auto && n * m <= kKsExactCells);
    r.pValue = exact ? ksExactPValue(std::int64_t(a.size()), std::int64_t(b.size()), d)
                     : kolmogorovSurvival(std::sqrt(n * m / (n + m)) * d);
    return r;
}

double wassersteinDistance(std::vector<double> a, std::vector<double> b)
{
    if (a.empty() || b.empty())
        return 0;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    const double n = double(a.size()), m = double(b.size());
    std::size_t i = 0, j = 0;
    double area = 0;
    double previous = std::min(a.front(), b.front());
    // Between consecutive pooled values both ECDFs are flat: add |F_a - F_b| times the gap.
    while (i < a.size() || j < b.size()) {
        const double v = j >= b.size() || (i < a.size() && a[i] <= b[j]) ? a[i] : b[j];
        area += std::abs(double(i) / n - double(j) / m) * (v - previous);
        previous = v;
        while (i < a.size() && a[i] <= v)
            ++i;
        while (j < b.size() && b[j] <= v)
            ++j;
    }
    return area;
}

double normedWassersteinDistance(const std::vector<double>& baseline, const std::vector<double>& current)
{
    if (baseline.empty() || current.empty())
        return 0;
    double mean = 0;
    for (const double v : baseline)
        mean += v;
    mean /= double(baseline.size());
    double squares = 0;
    for (const double v : baseline)
        squares += (v - mean) * (v - mean);
    const double deviation = std::sqrt(squares / double(baseline.size()));
    return wassersteinDistance(baseline, current) / std::max(deviation, 0.001);
}

double jensenShannonDistance(const std::vector<double>& p, const std::vector<double>& q)
{
    double sp = 0, sq = 0;
    for (const double v : p)
        sp += v;
    for (const double v : q)
        sq += v;
    if (!(sp > 0) || !(sq > 0) || p.size() != q.size())
        return 0;
    double divergence = 0;
    for (std::size_t k = 0; k < p.size(); ++k) {
        const double a = p[k] / sp, b = q[k] / sq, mid = (a + b) / 2;
        if (a > 0)
            divergence += a * std::log(a / mid);
        if (b > 0)
            divergence += b * std::log(b / mid);
    }
    return std::sqrt(std::max(0.0, divergence / 2));
}

double chiSquaredSurvival(double x, int dof)
{
    if (dof <= 0)
        return kNaN;
    if (!(x > 0))
        return 1.0;
    const double a = dof / 2.0, z = x / 2.0;
    const double logPrefix = a * std::log(z) - z - std::lgamma(a);
    if (z < a + 1) {
        // P(a, z) by its series; Q = 1 - P.
        double term = 1.0 / a, sum = term;
        for (int n = 1; n < 1000; ++n) {
            term *= z / (a + n);
            sum += term;
            if (std::abs(term) < std::abs(sum) * 1e-16)
                break;
        }
        return std::clamp(1.0 - sum * std::exp(logPrefix), 0.0, 1.0);
    }
    // Q(a, z) by its continued fraction (modified Lentz).
    const double tiny = 1e-300;
    double bb = z + 1 - a, c = 1 / tiny, d = 1 / bb, h = d;
    for (int n = 1; n < 1000; ++n) {
        const double an = -n * (n - a);
        bb += 2;
        d = an * d + bb;
        d = std::abs(d) < tiny ? tiny : d;
        c = bb + an / c;
        c = std::abs(c) < tiny ? tiny : c;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1) < 1e-16)
            break;
    }
    return std::clamp(std::exp(logPrefix) * h, 0.0, 1.0);
}

ChiSquaredResult chiSquaredHomogeneity(const std::vector<std::int64_t>& a, const std::vector<std::int64_t>& b)
{
    ChiSquaredResult r;
    double na = 0, nb = 0;
    std::vector<std::pair<double, double>> cells;
    for (std::size_t k = 0; k < std::max(a.size(), b.size()); ++k) {
        const double x = k < a.size() ? double(a[k]) : 0, y = k < b.size() ? double(b[k]) : 0;
        if (x + y == 0)
            continue;
        cells.emplace_back(x, y);
        na += x;
        nb += y;
    }
    if (cells.size() < 2 || na == 0 || nb == 0) {
        r.pValue = kNaN;
        return r;
    }
    const double total = na + nb;
    for (const auto& [x, y] : cells) {
        const double column = x + y;
        const double ea = na * column / total, eb = nb * column / total;
        r.statistic += (x - ea) * (x - ea) / ea + (y - eb) * (y - eb) / eb;
    }
    r.dof = static_cast<int>(cells.size()) - 1;
    r.pValue = chiSquaredSurvival(r.statistic, r.dof);
    return r;
}

double populationStabilityIndex(
    const std::vector<double>& baselineShares, const std::vector<double>& currentShares, double floor)
{
    double psi = 0;
    for (std::size_t k = 0; k < std::min(baselineShares.size(), currentShares.size()); ++k) {
        const double b = std::max(baselineShares[k], floor), c = std::max(currentShares[k], floor);
        psi += (c - b) * std::log(c / b);
    }
    return psi;
}

std::vector<double> binShares(const std::vector<double>& values, const std::vector<double>& edges)
{
    std::vector<double> shares(edges.size() + 1, 0.0);
    if (values.empty())
        return shares;
    for (double v : values)
        shares[static_cast<std::size_t>(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin())] += 1;
    for (double& s : shares)
        s /= double(values.size());
    return shares;
}

std::vector<double> quantileEdges(std::vector<double> baseline, int bins)
{
    std::vector<double> edges;
    if (baseline.empty() || bins < 2)
        return edges;
    std::sort(baseline.begin(), baseline.end());
    for (int k = 1; k < bins; ++k) {
        const double at = double(k) / bins * double(baseline.size() - 1);
        const auto lo = static_cast<std::size_t>(std::floor(at));
        const std::size_t hi = std::min(lo + 1, baseline.size() - 1);
        const double edge = baseline[lo] + (at - double(lo)) * (baseline[hi] - baseline[lo]);
        if (edges.empty() || edge > edges.back())
            edges.push_back(edge);
    }
    return edges;
}

} // namespace lector
