// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "model_simulator.h"

#include "rendered_page.h"
#include "typo_maker.h"

#include <algorithm>
#include <cmath>

namespace lector::demo {

namespace {

constexpr double kSmallPixels = 12;

} // namespace

ModelSimulator::ModelSimulator(std::uint32_t seed, bool retrained)
    : m_rng(seed)
    , m_retrained(retrained)
{
}

std::vector<Region> ModelSimulator::predict(const RenderedPage& page)
{
    std::vector<Region> out;
    const auto& words = page.words;
    auto detect = [&](const BoxF& local, const QString& truth, const QString& script, double errorRate, double base) {
        BoxF b = local;
        const double j = 1.0 + 0.04 * local.height();
        b.x0 += m_rng.gaussian(0.5, j);
        b.x1 += m_rng.gaussian(-0.5, j);
        b.y0 += m_rng.gaussian(0.8, j);
        b.y1 += m_rng.gaussian(-0.8, j);
        if (b.x1 - b.x0 < 2)
            b.x1 = b.x0 + 2;
        if (b.y1 - b.y0 < 2)
            b.y1 = b.y0 + 2;
        Region r;
        r.polygon = page.mapBox(b);
        for (PointF& p : r.polygon.points) {
            p.x = std::clamp(std::round(p.x * 100) / 100, 0.0, static_cast<double>(page.width));
            p.y = std::clamp(std::round(p.y * 100) / 100, 0.0, static_cast<double>(page.height));
        }
        r.script = script;
        r.text = truth;
        const bool wrong = m_rng.chance(errorRate);
        if (wrong)
            r.text = TypoMaker::ocrError(truth, m_rng);
        // Right answers cluster near 1, wrong ones spread lower; both overlap as with real models.
        const double c = wrong ? m_rng.uniform(0.25, 0.85) : 1.0 - std::abs(m_rng.gaussian(0, 0.06)) - base;
        r.confidence = std::round(std::clamp(c, 0.05, 0.999) * 1000) / 1000;
        out.push_back(std::move(r));
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        const PageWord& w = words[i];
        const bool small = w.fontPixels < kSmallPixels;
        const bool korean = w.script == QLatin1String("Hang");
        const double miss = 0.015 + (small ? 0.12 : 0) + (korean ? 0.04 : 0);
        if (m_rng.chance(miss))
            continue;
        const double error = m_retrained
            ? (korean ? 0.22 : 0.012) + (small ? 0.25 : 0) + (w.text.size() > 10 ? 0.03 : 0)
            : 0.03 + (small ? 0.3 : 0) + (korean ? 0.12 : 0) + (w.text.size() > 10 ? 0.05 : 0);
        const double blurred = page.degraded ? 0.06 : 0; // the drifted batch's blur costs every word
        const double base = (small ? 0.08 : 0) + (korean ? 0.04 : 0) + (page.degraded ? 0.05 : 0);
        if (i + 1 < words.size() && words[i + 1].line == w.line && m_rng.chance(0.015)) {
            const PageWord& n = words[i + 1];
            const BoxF u { w.local.x0, std::min(w.local.y0, n.local.y0), n.local.x1, std::max(w.local.y1, n.local.y1) };
            detect(
                u, w.text + QLatin1Char(' ') + n.text, w.script == n.script ? w.script : QString(), error, base + 0.1);
            ++i;
            continue;
        }
        detect(w.local, w.text, w.script, error + blurred, base);
    }
    // False positives: specks and rules read as characters, in the margins and between lines.
    static const QString junk[] = { QStringLiteral("|"), QStringLiteral("l"), QStringLiteral("."), QStringLiteral("-"),
        QStringLiteral("'"), QStringLiteral("1"), QStringLiteral("~"), QStringLiteral("i") };
    const int fakes = m_rng.uniformInt(0, 3);
    for (int k = 0; k < fakes; ++k) {
        const double x = m_rng.uniform(10, page.width - 40);
        const double y = m_rng.uniform(10, page.height - 40);
        const double w = m_rng.uniform(4, 18);
        const double h = m_rng.uniform(8, 20);
        Region r;
        r.polygon = page.mapBox({ x, y, x + w, y + h });
        r.text = junk[m_rng.uniformInt(0, static_cast<int>(std::size(junk)) - 1)];
        r.script = QStringLiteral("Zyyy");
        r.confidence = std::round(m_rng.uniform(0.05, 0.45) * 1000) / 1000;
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace lector::demo
