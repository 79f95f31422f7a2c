// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <functional>
#include <vector>

namespace lector {

/// Krippendorff's alpha and its parts. alpha = 1 − observed / expected disagreement; NaN when undefined (fewer
/// than two pairable values, or no expected disagreement: every value the same).
struct AlphaResult {
    double alpha = 0;
    double observed = 0; // D_o
    double expected = 0; // D_e
    int units = 0; // units with at least two values (the pairable ones)
    int values = 0; // n: values in those units
};

/// Reliability data as units, each the values (ids, any int) of the coders who rated it; missing ratings are
/// simply absent, so units may hold different numbers of values, and units with fewer than two are left out
/// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
using ReliabilityUnits = std::vector<std::vector<int>>;

/// Units from a units × coders matrix (row-major) where `missing` marks an absent rating.
ReliabilityUnits unitsFromMatrix(const std::vector<int>& matrix, int units, int coders, int missing = -1);

/// A pair of different values whose distance is 1 − similarity (for geometry: the IoU of two regions).
struct ValueSimilarity {
    int v = 0;
    int w = 0;
    double similarity = 0;
};

/// Alpha for distances in [0, 1] that are 0 between equal values and 1 between different ones except for the
/// listed pairs (distance 1 − similarity). With no pairs this is the nominal alpha; with the IoU of every
/// overlapping pair of regions it is alpha for geometry with distance 1 − IoU. Linear in the units plus the
/// listed pairs, so it scales to millions of values (a dense distance would cost n²).
AlphaResult krippendorffAlpha(const ReliabilityUnits& units, const std::vector<ValueSimilarity>& similarities = {});

/// Alpha for any distance δ(v, w) (Krippendorff's δ², e.g. (v − w)² for interval data), computed over the
/// distinct values: O(units' pairs + distinct values²). For small data and tests.
AlphaResult krippendorffAlpha(const ReliabilityUnits& units, const std::function<double(int, int)>& distance);

} // namespace lector
