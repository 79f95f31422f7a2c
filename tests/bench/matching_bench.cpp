// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Times matchRegions on one page of many words: a grid of W words, the second annotator's shifted by a pixel, so
// every word has exactly one twin (the case tests/core/metrics/region_matching_test.cpp checks for correctness).
// Beside it, the all-pairs baseline: polygonIoU over every pair, what the grid saves. Writes nothing.
// Usage: lector-bench-matching [--words W (4000)] [--rounds R (5)] [--no-baseline]
#include <lector/metrics/polygon_iou.h>
#include <lector/metrics/region_matching.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace lector;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char** argv)
{
    int words = 4000, rounds = 5;
    bool baseline = true;
    for (int i = 1; i < argc; ++i) {
        const char* next = i + 1 < argc ? argv[i + 1] : "";
        if (!std::strcmp(argv[i], "--words"))
            words = std::atoi(next), ++i;
        else if (!std::strcmp(argv[i], "--rounds"))
            rounds = std::atoi(next), ++i;
        else if (!std::strcmp(argv[i], "--no-baseline"))
            baseline = false;
        else {
            const bool help = !std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h");
            std::fprintf(
                help ? stdout : stderr, "usage: lector-bench-matching [--words W] [--rounds R] [--no-baseline]\n");
            return help ? 0 : 1;
        }
    }
    if (words < 1 || rounds < 1)
        return 1;

    const int columns = 50;
    std::vector<Polygon> a, b;
    for (int k = 0; k < words; ++k) {
        const double x = (k % columns) * 40.0, y = (k / columns) * 20.0;
        a.push_back(Polygon::fromBox({ x, y, x + 35, y + 15 }));
        b.push_back(Polygon::fromBox({ x + 1, y + 1, x + 36, y + 16 }));
    }
    std::printf("%d words against their twins shifted by a pixel, %d rounds\n", words, rounds);
    std::vector<double> grid;
    std::size_t matched = 0;
    for (int r = 0; r < rounds; ++r) {
        const auto start = std::chrono::steady_clock::now();
        matched = matchRegions(a, b, 0.5).size();
        grid.push_back(secondsSince(start));
    }
    std::printf("matchRegions: median %.2f ms [best %.2f, worst %.2f], %zu matched\n", median(grid) * 1e3,
        *std::min_element(grid.begin(), grid.end()) * 1e3, *std::max_element(grid.begin(), grid.end()) * 1e3, matched);
    if (baseline) {
        // Once: it is the slow side.
        const auto start = std::chrono::steady_clock::now();
        std::size_t overlapping = 0;
        for (const Polygon& p : a)
            for (const Polygon& q : b)
                overlapping += polygonIoU(p, q) > 0;
        const double seconds = secondsSince(start);
        std::printf("baseline, polygonIoU over all %lld pairs: %.2f ms (%zu overlapping); ratio %.1f\n",
            static_cast<long long>(words) * words, seconds * 1e3, overlapping, seconds / median(grid));
    }
    return 0;
}
