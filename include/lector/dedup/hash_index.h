// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/parallel_for.h>

#include <array>
#include <cstdint>
#include <vector>

namespace lector {

/// Two hashes of an index within a distance: indices into the hashes given (first < second).
struct HashPair {
    std::uint32_t first = 0;
    std::uint32_t second = 0;
    int distance = 0;
    friend bool operator==(const HashPair& a, const HashPair& b)
    {
        return a.first == b.first && a.second == b.second && a.distance == b.distance;
    }
};

/// Multi-index hashing over 64-bit hashes (Norouzi, Punjani and Fleet, 2012): four tables, one per 16-bit quarter.
/// Two hashes within distance T agree to within floor(T / 4) bits on at least one quarter (pigeonhole), so probing
/// each quarter's buckets within that radius finds every pair without comparing all pairs; each pair is reported
/// once, from the first quarter that finds it. Immutable once built: queries are thread-safe.
class HashIndex {
public:
    explicit HashIndex(std::vector<std::uint64_t> hashes);

    /// The largest threshold accepted (a radius of 4 bits per quarter: 2517 probes per quarter and hash).
    static constexpr int kMaxThreshold = 19;

    std::size_t size() const { return m_hashes.size(); }
    /// Every pair within `threshold` (0..kMaxThreshold), sorted by (first, second). Runs on lector::parallelFor
    /// threads as `options` says; an empty list when canceled.
    std::vector<HashPair> pairsWithin(int threshold, const ParallelOptions& options = {}) const;

private:
    void compareBucket(
        int q, std::size_t a, const std::vector<std::uint16_t>& masks, int threshold, std::vector<HashPair>& out) const;

    std::vector<std::uint64_t> m_hashes;
    // Per quarter: bucket starts (65537) and the hash indices sorted by that quarter, with their hashes beside them
    // so that a bucket is scanned without jumping around memory.
    std::array<std::vector<std::uint32_t>, 4> m_starts;
    std::array<std::vector<std::uint32_t>, 4> m_ids;
    std::array<std::vector<std::uint64_t>, 4> m_sorted;
};

} // namespace lector
