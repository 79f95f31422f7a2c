// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/dedup/hash_index.h>

#include <gtest/gtest.h>

#include <random>
#include <vector>

using namespace lector;

namespace {

std::vector<HashPair> bruteForce(const std::vector<std::uint64_t>& h, int threshold)
{
    std::vector<HashPair> out;
    for (std::size_t i = 0; i < h.size(); ++i) {
        for (std::size_t j = i + 1; j < h.size(); ++j) {
            const int d = __builtin_popcountll(h[i] ^ h[j]);
            if (d <= threshold)
                out.push_back({ std::uint32_t(i), std::uint32_t(j), d });
        }
    }
    return out;
}

// Random hashes in clumps: copies of a few seeds with a few bits flipped, so that every distance occurs.
std::vector<std::uint64_t> clumpedHashes(std::mt19937_64& rng, int count)
{
    std::vector<std::uint64_t> seeds(20);
    for (auto& s : seeds)
        s = rng();
    std::vector<std::uint64_t> out;
    for (int i = 0; i < count; ++i) {
        std::uint64_t h = i % 3 == 0 ? rng() : seeds[rng() % seeds.size()];
        const int flips = int(rng() % 24);
        for (int k = 0; k < flips; ++k)
            h ^= std::uint64_t(1) << (rng() % 64);
        out.push_back(h);
    }
    out.push_back(out.front()); // a duplicate hash
    return out;
}

} // namespace

TEST(HashIndex, EqualsBruteForceAtEveryThreshold)
{
    std::mt19937_64 rng(7);
    const std::vector<std::uint64_t> hashes = clumpedHashes(rng, 1500);
    const HashIndex index(hashes);
    for (int threshold = 0; threshold <= HashIndex::kMaxThreshold; ++threshold) {
        const std::vector<HashPair> want = bruteForce(hashes, threshold);
        EXPECT_EQ(index.pairsWithin(threshold), want) << "threshold " << threshold;
        if (threshold == 10) {
            EXPECT_GT(want.size(), 1000U); // the clumps make the test bite
        }
    }
}

TEST(HashIndex, SameOnOneThreadAndMany)
{
    std::mt19937_64 rng(11);
    const std::vector<std::uint64_t> hashes = clumpedHashes(rng, 5000);
    const HashIndex index(hashes);
    ParallelOptions one;
    one.threads = 1;
    ParallelOptions many;
    many.threads = 4;
    EXPECT_EQ(index.pairsWithin(9, one), index.pairsWithin(9, many));
}

TEST(HashIndex, CanceledGivesNothing)
{
    std::mt19937_64 rng(3);
    const HashIndex index(clumpedHashes(rng, 5000));
    SilentProgress progress;
    progress.cancel();
    ParallelOptions options;
    options.progress = &progress;
    EXPECT_TRUE(index.pairsWithin(8, options).empty());
}
