// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/fleiss_kappa.h>

#include "test_support.h"

#include <cmath>
#include <random>

using namespace lector;

TEST(FleissKappa, WorkedExample)
{
    // Fleiss (1971) as worked on Wikipedia ("Fleiss' kappa"): 10 subjects, 14 raters, 5 categories;
    // P-bar = 0.378, P_e = 0.213, kappa = 0.210.
    const std::vector<int> counts {
        0, 0, 0, 0, 14, //
        0, 2, 6, 4, 2, //
        0, 0, 3, 5, 6, //
        0, 3, 9, 2, 0, //
        2, 2, 8, 1, 1, //
        7, 7, 0, 0, 0, //
        3, 2, 6, 3, 0, //
        2, 5, 3, 2, 2, //
        6, 5, 2, 1, 0, //
        0, 2, 2, 3, 7, //
    };
    EXPECT_NEAR(fleissKappa(counts, 5), 0.210, 0.0005);
}

TEST(FleissKappa, EdgeCases)
{
    // Perfect agreement over two categories: kappa 1.
    EXPECT_DOUBLE_EQ(fleissKappa({ 3, 0, 0, 3 }, 2), 1.0);
    // One category only: chance agreement is 1, kappa undefined.
    EXPECT_TRUE(std::isnan(fleissKappa({ 3, 0, 2, 0 }, 2)));
    // Subjects with a single rating are left out.
    EXPECT_DOUBLE_EQ(fleissKappa({ 3, 0, 0, 3, 1, 0 }, 2), 1.0);
    EXPECT_TRUE(std::isnan(fleissKappa({}, 2)));
}

namespace {

double accumulate(const std::vector<int>& counts, int categories)
{
    FleissKappaAccumulator acc(categories);
    for (size_t i = 0; i + size_t(categories) <= counts.size(); i += size_t(categories))
        acc.addSubject(counts.data() + i);
    return acc.kappa();
}

void expectSameKappa(double a, double b)
{
    EXPECT_EQ(std::isnan(a), std::isnan(b));
    if (!std::isnan(a)) {
        EXPECT_EQ(a, b);
    }
}

} // namespace

TEST(FleissKappa, AccumulatorIsTheFunctionBitForBit)
{
    const std::vector<int> worked { 0, 0, 0, 0, 14, 0, 2, 6, 4, 2, 0, 0, 3, 5, 6, 0, 3, 9, 2, 0, 2, 2, 8, 1, 1, 7, 7, 0,
        0, 0, 3, 2, 6, 3, 0, 2, 5, 3, 2, 2, 6, 5, 2, 1, 0, 0, 2, 2, 3, 7 };
    expectSameKappa(accumulate(worked, 5), fleissKappa(worked, 5));
    EXPECT_NEAR(accumulate(worked, 5), 0.210, 0.0005);
    for (const std::vector<int>& edge : { std::vector<int> { 3, 0, 0, 3 }, std::vector<int> { 3, 0, 2, 0 },
             std::vector<int> { 3, 0, 0, 3, 1, 0 }, std::vector<int> {} })
        expectSameKappa(accumulate(edge, 2), fleissKappa(edge, 2));
    // Random tables, the number of raters differing from subject to subject as it does between units.
    std::mt19937 rng(42);
    for (int round = 0; round < 300; ++round) {
        const int categories = 2 + int(rng() % 4);
        const int subjects = int(rng() % (round % 10 ? 50 : 5000));
        std::vector<int> counts;
        for (int s = 0; s < subjects; ++s) {
            const int raters = int(rng() % 6);
            std::vector<int> row(size_t(categories), 0);
            for (int r = 0; r < raters; ++r)
                ++row[rng() % (rng() % 3 ? 1 : unsigned(categories))];
            counts.insert(counts.end(), row.begin(), row.end());
        }
        expectSameKappa(accumulate(counts, categories), fleissKappa(counts, categories));
    }
}
