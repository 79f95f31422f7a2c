// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace lector::demo {

/// The demo's random source. std::mt19937's raw output is specified by the standard, but the std
/// distributions are not, so the distributions are written here: the same seed gives the same project with
/// any standard library.
class DemoRandom {
public:
    explicit DemoRandom(std::uint32_t seed);

    /// A new generator seeded from this one; lets independent parts draw without shifting each other.
    DemoRandom fork(std::uint32_t salt);

    double uniform(); // [0, 1)
    double uniform(double lo, double hi);
    int uniformInt(int lo, int hi); // inclusive
    bool chance(double p);
    double gaussian(double mean = 0, double sigma = 1);
    /// Log-normal with the given median; `spread` is the sigma of the logarithm.
    double logNormal(double median, double spread);
    template <typename T> const T& pick(const std::vector<T>& items)
    {
        return items[static_cast<std::size_t>(uniformInt(0, static_cast<int>(items.size()) - 1))];
    }
    template <typename T> void shuffle(std::vector<T>& items)
    {
        for (int i = static_cast<int>(items.size()) - 1; i > 0; --i)
            std::swap(items[static_cast<std::size_t>(i)], items[static_cast<std::size_t>(uniformInt(0, i))]);
    }

private:
    std::mt19937 m_engine;
    bool m_hasSpare = false;
    double m_spare = 0;
};

} // namespace lector::demo
