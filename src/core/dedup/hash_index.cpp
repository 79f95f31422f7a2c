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

namespace {

/// One bucket's hashes and, gathered beside them, the hashes of every bucket within the radius above it: the
/// comparisons then run over one contiguous buffer (a few thousand hashes, in L1) instead of many short runs.
struct BucketScan {
    const std::uint64_t* own = nullptr;
    const std::uint32_t* ownIds = nullptr;
    std::uint32_t ownCount = 0;
    std::vector<std::uint64_t> partners;
    std::vector<std::uint32_t> partnerIds;
};

inline void report(
    std::uint64_t diff, int d, int q, int radius, std::uint32_t i, std::uint32_t j, std::vector<HashPair>& out)
{
    // Reported by the first quarter within the radius only, so each pair comes once.
    int first = 0;
    while (__builtin_popcount(unsigned(quarter(diff, first))) > radius)
        ++first;
    if (first == q)
        out.push_back({ std::min(i, j), std::max(i, j), d });
}

// The comparison loop, inlined into a POPCNT build and a portable one (popcount is the whole cost here, and without
// the instruction it is a library call): the CPU picks once.
__attribute__((always_inline)) inline void scanBucket(
    const BucketScan& scan, int q, int threshold, std::vector<HashPair>& out)
{
    const int radius = threshold / 4;
    const std::uint64_t* partners = scan.partners.data();
    const std::size_t count = scan.partners.size();
    for (std::uint32_t x = 0; x < scan.ownCount; ++x) {
        const std::uint64_t h = scan.own[x];
        for (std::uint32_t y = x + 1; y < scan.ownCount; ++y) {
            const std::uint64_t diff = h ^ scan.own[y];
            const int d = __builtin_popcountll(diff);
            if (d <= threshold)
                report(diff, d, q, radius, scan.ownIds[x], scan.ownIds[y], out);
        }
        for (std::size_t y = 0; y < count; ++y) {
            const std::uint64_t diff = h ^ partners[y];
            const int d = __builtin_popcountll(diff);
            if (__builtin_expect(d <= threshold, 0))
                report(diff, d, q, radius, scan.ownIds[x], scan.partnerIds[y], out);
        }
    }
}

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("popcnt"))) void scanBucketPopcnt(
    const BucketScan& scan, int q, int threshold, std::vector<HashPair>& out)
{
    scanBucket(scan, q, threshold, out);
}
#endif

void scanBucketPortable(const BucketScan& scan, int q, int threshold, std::vector<HashPair>& out)
{
    scanBucket(scan, q, threshold, out);
}

using ScanFunction = void (*)(const BucketScan&, int, int, std::vector<HashPair>&);

ScanFunction scanFunction()
{
#if defined(__x86_64__) && defined(__GNUC__)
    if (__builtin_cpu_supports("popcnt"))
        return scanBucketPopcnt;
#endif
    return scanBucketPortable;
}

} // namespace

void HashIndex::compareBucket(
    int q, std::size_t a, const std::vector<std::uint16_t>& masks, int threshold, std::vector<HashPair>& out) const
{
    static const ScanFunction scan = scanFunction();
    const std::vector<std::uint32_t>& starts = m_starts[std::size_t(q)];
    const std::vector<std::uint32_t>& ids = m_ids[std::size_t(q)];
    const std::vector<std::uint64_t>& sorted = m_sorted[std::size_t(q)];
    thread_local BucketScan buffer;
    buffer.own = sorted.data() + starts[a];
    buffer.ownIds = ids.data() + starts[a];
    buffer.ownCount = starts[a + 1] - starts[a];
    buffer.partners.clear();
    buffer.partnerIds.clear();
    for (std::uint16_t mask : masks) {
        const std::size_t b = a ^ mask;
        if (b <= a)
            continue; // the bucket itself is scanned apart, and each pair of buckets once
        buffer.partners.insert(buffer.partners.end(), sorted.begin() + starts[b], sorted.begin() + starts[b + 1]);
        buffer.partnerIds.insert(buffer.partnerIds.end(), ids.begin() + starts[b], ids.begin() + starts[b + 1]);
    }
    scan(buffer, q, threshold, out);
}

std::vector<HashPair> HashIndex::pairsWithin(int threshold, const ParallelOptions& options) const
{
    threshold = std::clamp(threshold, 0, kMaxThreshold);
    const std::vector<std::uint16_t> masks = masksWithin(threshold / 4);
    // Bucket pairs, not hashes, are the unit of work: each bucket is compared with the buckets within the radius
    // above it, both scanned in order, so memory is read in runs instead of one cache miss per probe.
    constexpr std::size_t kBucketsPerItem = 512;
    constexpr std::size_t kItemsPerQuarter = kBuckets / kBucketsPerItem;
    std::vector<HashPair> pairs;
    ParallelOptions o = options;
    o.progress = nullptr; // items here are bucket ranges, not images
    const auto canceled = [&] { return options.progress && options.progress->isCanceled(); };
    const bool done = parallelMap<std::vector<HashPair>>(
        4 * kItemsPerQuarter, o,
        [&](std::size_t item, int) {
            std::vector<HashPair> found;
            const int q = int(item / kItemsPerQuarter);
            const std::size_t first = (item % kItemsPerQuarter) * kBucketsPerItem;
            for (std::size_t a = first; a < first + kBucketsPerItem && !canceled(); ++a) {
                if (m_starts[std::size_t(q)][a] == m_starts[std::size_t(q)][a + 1])
                    continue;
                compareBucket(q, a, masks, threshold, found);
            }
            return found;
        },
        [&](std::size_t, std::vector<HashPair>&& found) {
            pairs.insert(pairs.end(), found.begin(), found.end());
            return !canceled();
        });
    if (!done)
        return {};
    std::sort(pairs.begin(), pairs.end(), [](const HashPair& a, const HashPair& b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    return pairs;
}

} // namespace lector
