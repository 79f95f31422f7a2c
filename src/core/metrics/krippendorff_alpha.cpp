// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/krippendorff_alpha.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <unordered_map>

namespace lector {

namespace {

std::uint64_t pairKey(int v, int w)
{
    if (v > w)
        std::swap(v, w);
    return (std::uint64_t(std::uint32_t(v)) << 32) | std::uint32_t(w);
}

AlphaResult finish(AlphaResult r)
{
    if (r.values < 2 || !(r.expected > 0))
        r.alpha = std::numeric_limits<double>::quiet_NaN();
    else
        r.alpha = 1 - r.observed / r.expected;
    return r;
}

} // namespace

ReliabilityUnits unitsFromMatrix(const std::vector<int>& matrix, int units, int coders, int missing)
{
    ReliabilityUnits out(units);
    for (int u = 0; u < units; ++u)
        for (int c = 0; c < coders; ++c) {
            const int v = matrix[size_t(u) * coders + c];
            if (v != missing)
                out[u].push_back(v);
        }
    return out;
}

AlphaResult krippendorffAlpha(const ReliabilityUnits& units, const std::vector<ValueSimilarity>& similarities)
{
    std::unordered_map<std::uint64_t, double> similar;
    similar.reserve(similarities.size() * 2);
    for (const ValueSimilarity& s : similarities)
        if (s.v != s.w)
            similar[pairKey(s.v, s.w)] = s.similarity;

    AlphaResult r;
    std::unordered_map<int, long long> count; // n_v over pairable values
    double observedSum = 0; // Σ_u 1/(m_u − 1) Σ_{i≠j} δ
    for (const std::vector<int>& unit : units) {
        const size_t m = unit.size();
        if (m < 2)
            continue;
        ++r.units;
        r.values += static_cast<int>(m);
        double d = 0; // over unordered pairs, doubled below
        for (size_t i = 0; i < m; ++i) {
            ++count[unit[i]];
            for (size_t j = i + 1; j < m; ++j) {
                if (unit[i] == unit[j])
                    continue;
                double delta = 1;
                if (!similar.empty()) {
                    const auto it = similar.find(pairKey(unit[i], unit[j]));
                    if (it != similar.end())
                        delta = 1 - it->second;
                }
                d += delta;
            }
        }
        observedSum += 2 * d / double(m - 1);
    }
    const double n = r.values;
    if (n < 2)
        return finish(r);
    r.observed = observedSum / n;
    // Σ over ordered pairs of pairable values i ≠ j of δ: n(n−1) less the pairs of equal values (δ = 0) less the
    // similarity of the listed pairs of different values.
    double expectedSum = n * (n - 1);
    for (const auto& [v, c] : count)
        expectedSum -= double(c) * double(c - 1);
    for (const auto& [key, s] : similar) {
        const auto iv = count.find(int(std::uint32_t(key >> 32)));
        const auto iw = count.find(int(std::uint32_t(key & 0xffffffffu)));
        if (iv != count.end() && iw != count.end())
            expectedSum -= 2 * double(iv->second) * double(iw->second) * s;
    }
    r.expected = expectedSum / (n * (n - 1));
    return finish(r);
}

AlphaResult krippendorffAlpha(const ReliabilityUnits& units, const std::function<double(int, int)>& distance)
{
    AlphaResult r;
    std::unordered_map<int, long long> count;
    double observedSum = 0;
    for (const std::vector<int>& unit : units) {
        const size_t m = unit.size();
        if (m < 2)
            continue;
        ++r.units;
        r.values += static_cast<int>(m);
        double d = 0;
        for (size_t i = 0; i < m; ++i) {
            ++count[unit[i]];
            for (size_t j = 0; j < m; ++j)
                if (i != j)
                    d += distance(unit[i], unit[j]);
        }
        observedSum += d / double(m - 1);
    }
    const double n = r.values;
    if (n < 2)
        return finish(r);
    r.observed = observedSum / n;
    std::vector<std::pair<int, long long>> values(count.begin(), count.end());
    std::sort(values.begin(), values.end());
    double expectedSum = 0;
    for (const auto& [v, cv] : values)
        for (const auto& [w, cw] : values)
            expectedSum += (v == w ? double(cv) * double(cv - 1) : double(cv) * double(cw)) * distance(v, w);
    r.expected = expectedSum / (n * (n - 1));
    return finish(r);
}

void NominalAlphaAccumulator::addUnit(const std::vector<int>& values)
{
    const size_t m = values.size();
    if (m < 2)
        return;
    ++m_sums.units;
    m_sums.values += static_cast<int>(m);
    // The same operations in the same order as krippendorffAlpha, so that the observed sum rounds alike.
    double d = 0;
    for (size_t i = 0; i < m; ++i) {
        std::int64_t& c = m_count[values[i]];
        m_equalPairs += 2 * c; // n_v(n_v − 1) grows by 2 n_v when n_v grows by one
        ++c;
        for (size_t j = i + 1; j < m; ++j)
            if (values[i] != values[j])
                d += 1;
    }
    m_observedSum += 2 * d / double(m - 1);
}

AlphaResult NominalAlphaAccumulator::result() const
{
    AlphaResult r = m_sums;
    const double n = r.values;
    if (n < 2)
        return finish(r);
    r.observed = m_observedSum / n;
    r.expected = (n * (n - 1) - double(m_equalPairs)) / (n * (n - 1));
    return finish(r);
}

void DistinctValuesAlphaAccumulator::addUnit(int values, double pairDistance)
{
    if (values < 2)
        return;
    ++m_sums.units;
    m_sums.values += values;
    m_observedSum += 2 * pairDistance / double(values - 1);
}

void DistinctValuesAlphaAccumulator::addSimilarity(double similarity) { m_similarity += similarity; }

AlphaResult DistinctValuesAlphaAccumulator::result() const
{
    AlphaResult r = m_sums;
    const double n = r.values;
    if (n < 2)
        return finish(r);
    r.observed = m_observedSum / n;
    // Every n_v is 1: no pairs of equal values, and each listed pair of different values counts twice (ordered).
    r.expected = (n * (n - 1) - 2 * m_similarity) / (n * (n - 1));
    return finish(r);
}

} // namespace lector
