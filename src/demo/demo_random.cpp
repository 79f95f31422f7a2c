// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "demo_random.h"

#include <cmath>

namespace lector::demo {

DemoRandom::DemoRandom(std::uint32_t seed)
    : m_engine(seed)
{
}

DemoRandom DemoRandom::fork(std::uint32_t salt)
{
    return DemoRandom(static_cast<std::uint32_t>(m_engine()) ^ (salt * 0x9E3779B9u));
}

double DemoRandom::uniform()
{
    // 53 random bits from two 32-bit draws.
    const std::uint64_t a = m_engine() >> 5;
    const std::uint64_t b = m_engine() >> 6;
    return static_cast<double>(a * 67108864ull + b) / 9007199254740992.0;
}

double DemoRandom::uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

int DemoRandom::uniformInt(int lo, int hi)
{
    if (hi <= lo)
        return lo;
    const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
    return lo + static_cast<int>(static_cast<std::uint64_t>(uniform() * static_cast<double>(span)) % span);
}

bool DemoRandom::chance(double p) { return uniform() < p; }

double DemoRandom::gaussian(double mean, double sigma)
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return mean + sigma * m_spare;
    }
    // Marsaglia's polar method.
    double u = 0, v = 0, s = 0;
    do {
        u = 2 * uniform() - 1;
        v = 2 * uniform() - 1;
        s = u * u + v * v;
    } while (s >= 1 || s == 0);
    const double f = std::sqrt(-2 * std::log(s) / s);
    m_spare = v * f;
    m_hasSpare = true;
    return mean + sigma * u * f;
}

double DemoRandom::logNormal(double median, double spread) { return median * std::exp(gaussian(0, spread)); }

} // namespace lector::demo
