// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/fleiss_kappa.h>

#include <cstddef>
#include <limits>

namespace lector {

double fleissKappa(const std::vector<int>& counts, int categories)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (categories <= 0)
        return nan;
    const std::size_t subjects = counts.size() / std::size_t(categories);
    std::vector<double> categoryTotals(categories, 0);
    double ratings = 0;
    double agreementSum = 0;
    int rated = 0;
    for (std::size_t i = 0; i < subjects; ++i) {
        const int* row = counts.data() + i * std::size_t(categories);
        double n = 0;
        for (int j = 0; j < categories; ++j)
            n += row[j];
        if (n < 2)
            continue;
        double agreeingPairs = 0;
        for (int j = 0; j < categories; ++j) {
            agreeingPairs += double(row[j]) * (row[j] - 1);
            categoryTotals[j] += row[j];
        }
        agreementSum += agreeingPairs / (n * (n - 1)); // P_i
        ratings += n;
        ++rated;
    }
    if (rated == 0)
        return nan;
    const double observed = agreementSum / rated; // P-bar
    double chance = 0; // P_e = Σ p_j²
    for (double t : categoryTotals)
        chance += (t / ratings) * (t / ratings);
    if (chance >= 1)
        return nan;
    return (observed - chance) / (1 - chance);
}

FleissKappaAccumulator::FleissKappaAccumulator(int categories)
    : m_categoryTotals(std::size_t(categories > 0 ? categories : 0), 0)
{
}

void FleissKappaAccumulator::addSubject(const int* row)
{
    const int categories = int(m_categoryTotals.size());
    double n = 0;
    for (int j = 0; j < categories; ++j)
        n += row[j];
    if (n < 2)
        return;
    double agreeingPairs = 0;
    for (int j = 0; j < categories; ++j) {
        agreeingPairs += double(row[j]) * (row[j] - 1);
        m_categoryTotals[std::size_t(j)] += row[j];
    }
    m_agreementSum += agreeingPairs / (n * (n - 1));
    m_ratings += n;
    ++m_rated;
}

double FleissKappaAccumulator::kappa() const
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (m_categoryTotals.empty() || m_rated == 0)
        return nan;
    const double observed = m_agreementSum / m_rated;
    double chance = 0;
    for (double t : m_categoryTotals)
        chance += (t / m_ratings) * (t / m_ratings);
    if (chance >= 1)
        return nan;
    return (observed - chance) / (1 - chance);
}

} // namespace lector
