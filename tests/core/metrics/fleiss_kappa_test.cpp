// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/fleiss_kappa.h>

#include "test_support.h"

#include <cmath>

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
