// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <cstdint>
#include <functional>
#include <unordered_map>
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

/// Nominal alpha added up one unit at a time, for more units than should be held at once (every word of a project):
/// it keeps only the count of each value and the observed sum, and gives what krippendorffAlpha(units) gives over
/// the same units in the same order, bit for bit (the expected sum is of integers, exact in any order).
class NominalAlphaAccumulator {
public:
    /// One unit's values (ids, any int); a unit with fewer than two values is left out, as krippendorffAlpha does.
    void addUnit(const std::vector<int>& values);
    AlphaResult result() const;

private:
    std::unordered_map<int, std::int64_t> m_count; // n_v over pairable values
    std::int64_t m_equalPairs = 0; // Σ_v n_v (n_v − 1): ordered pairs of equal values
    double m_observedSum = 0;
    AlphaResult m_sums;
};

/// Alpha with distance 1 − similarity over data whose values are all distinct (each value in one unit once: the
/// regions of geometry alpha, distance 1 − IoU), added up one unit at a time. With distinct values the expected
/// disagreement needs only n and the summed similarity of the listed pairs, so neither the units nor the pairs are
/// kept. Gives krippendorffAlpha(units, similarities) over such data: the observed part bit for bit when the units
/// come in the same order, the expected part within rounding (its similarities are summed in another order).
class DistinctValuesAlphaAccumulator {
public:
    /// A unit of `values` values whose distances summed over its unordered pairs are `pairDistance` (1 − similarity
    /// for a listed pair, 1 for any other). A unit with fewer than two values is left out.
    void addUnit(int values, double pairDistance);
    /// Adds the similarity of listed pairs, summed, whose two values both lie in units of two or more values (other
    /// pairs do not count: their values are not pairable). Each pair once.
    void addSimilarity(double similarity);
    AlphaResult result() const;

private:
    double m_observedSum = 0;
    double m_similarity = 0;
    AlphaResult m_sums;
};

} // namespace lector
