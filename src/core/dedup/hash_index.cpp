// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/dedup/hash_index.h>

#include <lector/dedup/image_hashes.h>

#include <algorithm>

namespace lector {

namespace {

constexpr int kBuckets = 1 << 16;

std::uint16_t quarter(std::uint64_t h, int q) { return std::uint16_t(h >> (16 * q)); }

std::vector<std::uint16_t> masksWithin(int radius)
{
    std::vector<std::uint16_t> out;
    for (int m = 0; m < kBuckets; ++m) {
        if (__builtin_popcount(unsigned(m)) <= radius)
            out.push_back(std::uint16_t(m));
    }
    std::stable_sort(out.begin(), out.end(),
        [](std::uint16_t a, std::uint16_t b) { return __builtin_popcount(a) < __builtin_popcount(b); });
    return out;
}

} // namespace

HashIndex::HashIndex(std::vector<std::uint64_t> hashes)
    : m_hashes(std::move(hashes))
{
    const auto n = std::uint32_t(m_hashes.size());
    for (int q = 0; q < 4; ++q) {
        std::vector<std::uint32_t>& starts = m_starts[std::size_t(q)];
        starts.assign(kBuckets + 1, 0);
        for (std::uint64_t h : m_hashes)
            ++starts[std::size_t(quarter(h, q)) + 1];
        for (int b = 0; b < kBuckets; ++b)
            starts[std::size_t(b) + 1] += starts[std::size_t(b)];
        std::vector<std::uint32_t> fill(starts.begin(), starts.end() - 1);
        std::vector<std::uint32_t>& ids = m_ids[std::size_t(q)];
        std::vector<std::uint64_t>& sorted = m_sorted[std::size_t(q)];
        ids.resize(n);
        sorted.resize(n);
        for (std::uint32_t i = 0; i < n; ++i) {
            const std::uint32_t at = fill[quarter(m_hashes[i], q)]++;
            ids[at] = i;
            sorted[at] = m_hashes[i];
        }
    }
}

void HashIndex::probe(
    std::size_t i, int threshold, const std::vector<std::uint16_t>& masks, std::vector<HashPair>& out) const
{
    const std::uint64_t h = m_hashes[i];
    const int radius = threshold / 4;
    for (int q = 0; q < 4; ++q) {
        const std::vector<std::uint32_t>& starts = m_starts[std::size_t(q)];
        const std::vector<std::uint32_t>& ids = m_ids[std::size_t(q)];
        const std::vector<std::uint64_t>& sorted = m_sorted[std::size_t(q)];
        const std::uint16_t key = quarter(h, q);
        for (std::uint16_t mask : masks) {
            const std::size_t bucket = std::uint16_t(key ^ mask);
            for (std::uint32_t at = starts[bucket], end = starts[bucket + 1]; at < end; ++at) {
                const std::uint32_t j = ids[at];
                if (j <= i)
                    continue;
                const std::uint64_t x = h ^ sorted[at];
                const int d = __builtin_popcountll(x);
                if (d > threshold)
                    continue;
                // Reported by the first quarter within the radius only, so each pair comes once.
                int first = 0;
                while (__builtin_popcount(unsigned(quarter(x, first))) > radius)
                    ++first;
                if (first == q)
                    out.push_back({ std::uint32_t(i), j, d });
            }
        }
    }
}

std::vector<HashPair> HashIndex::pairsWithin(int threshold, const ParallelOptions& options) const
{
    threshold = std::clamp(threshold, 0, kMaxThreshold);
    const std::vector<std::uint16_t> masks = masksWithin(threshold / 4);
    constexpr std::size_t kBlock = 2048;
    const std::size_t blocks = (m_hashes.size() + kBlock - 1) / kBlock;
    std::vector<HashPair> pairs;
    ParallelOptions o = options;
    o.progress = nullptr; // items here are blocks, not images: the caller's progress counts images
    const bool done = parallelMap<std::vector<HashPair>>(
        blocks, o,
        [&](std::size_t b, int) {
            std::vector<HashPair> found;
            const std::size_t end = std::min(m_hashes.size(), (b + 1) * kBlock);
            for (std::size_t i = b * kBlock; i < end; ++i) {
                if (options.progress && options.progress->isCanceled())
                    break;
                probe(i, threshold, masks, found);
            }
            return found;
        },
        [&](std::size_t, std::vector<HashPair>&& found) {
            pairs.insert(pairs.end(), found.begin(), found.end());
            return !(options.progress && options.progress->isCanceled());
        });
    if (!done)
        return {};
    std::sort(pairs.begin(), pairs.end(), [](const HashPair& a, const HashPair& b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    return pairs;
}

} // namespace lector
