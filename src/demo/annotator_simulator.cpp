// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "annotator_simulator.h"

#include "rendered_page.h"
#include "typo_maker.h"
#include "vocabulary.h"

#include <algorithm>
#include <cmath>

namespace lector::demo {

namespace {

constexpr std::int64_t kHourMs = 3600 * 1000;
constexpr std::int64_t kDayMs = 24 * kHourMs;
constexpr double kTinyPixels = 11;

struct Window {
    std::int64_t begin;
    std::int64_t end;
};
constexpr Window kWindows[]
    = { { 9 * kHourMs, 12 * kHourMs + kHourMs / 2 }, { 13 * kHourMs + kHourMs / 2, 18 * kHourMs } };

bool isWeekend(std::int64_t day)
{
    const std::int64_t weekday = (day + 3) % 7; // 1970-01-01 was a Thursday; Monday = 0
    return weekday >= 5;
}

} // namespace

AnnotatorSimulator::AnnotatorSimulator(
    AnnotatorProfile profile, std::int64_t startMs, std::int64_t guidelineV2At, std::uint32_t seed)
    : m_profile(std::move(profile))
    , m_guidelineV2At(guidelineV2At)
    , m_rng(seed)
    , m_clock(startMs)
    , m_sessionEnd(startMs)
{
}

void AnnotatorSimulator::advance(double seconds) { m_clock += static_cast<std::int64_t>(std::llround(seconds * 1000)); }

void AnnotatorSimulator::startPage()
{
    if (m_clock >= m_sessionEnd) {
        // The next working window after the clock, on a weekday; now and then a day off.
        std::int64_t day = m_clock / kDayMs;
        std::int64_t begin = -1;
        std::int64_t windowEnd = 0;
        while (begin < 0) {
            if (!isWeekend(day) && !(m_clock % kDayMs < kWindows[0].begin && m_rng.chance(0.1))) {
                for (const Window& w : kWindows) {
                    const std::int64_t b = day * kDayMs + w.begin;
                    if (b + kHourMs / 2 > m_clock && day * kDayMs + w.end > m_clock + kHourMs / 2) {
                        begin = std::max(b, m_clock);
                        windowEnd = day * kDayMs + w.end;
                        break;
                    }
                }
            }
            if (begin < 0) {
                ++day;
                m_clock = day * kDayMs;
            }
        }
        m_clock = begin + static_cast<std::int64_t>(m_rng.uniform(0, 40) * 60 * 1000);
        const double hours = std::clamp(m_rng.logNormal(m_profile.sessionHours, 0.35), 0.5, 4.0);
        m_sessionEnd = std::min(windowEnd, m_clock + static_cast<std::int64_t>(hours * kHourMs));
    }
    advance(m_rng.uniform(15, 60)); // opening the page, looking it over
}

Region AnnotatorSimulator::makeRegion(
    const RenderedPage& page, const BoxF& local, const QString& text, const QString& script)
{
    const double loose = m_rng.uniform(m_profile.looseMin, m_profile.looseMax);
    BoxF b = local;
    b.x0 += m_rng.gaussian(0, m_profile.jitter) - loose;
    b.y0 += m_rng.gaussian(0, m_profile.jitter) - loose;
    b.x1 += m_rng.gaussian(0, m_profile.jitter) + loose;
    b.y1 += m_rng.gaussian(0, m_profile.jitter) + loose + m_profile.bottomBias;
    if (b.x1 - b.x0 < 2)
        b.x1 = b.x0 + 2;
    if (b.y1 - b.y0 < 2)
        b.y1 = b.y0 + 2;
    Polygon quad = page.mapBox(b);
    if (m_profile.axisAlignedOnRotated && page.angleDegrees != 0)
        quad = Polygon::fromBox(quad.boundingBox());
    for (PointF& p : quad.points) {
        // Whole-ish pixels as a mouse gives them, inside the image.
        p.x = std::clamp(std::round(p.x * 4) / 4, 0.0, static_cast<double>(page.width));
        p.y = std::clamp(std::round(p.y * 4) / 4, 0.0, static_cast<double>(page.height));
    }
    Region r;
    r.polygon = std::move(quad);
    r.text = text;
    r.script = script;
    return r;
}

std::vector<Annotation> AnnotatorSimulator::label(const RenderedPage& page)
{
    startPage();
    std::vector<Annotation> out;
    std::vector<double> seconds;
    const auto& words = page.words;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const PageWord& w = words[i];
        if (m_rng.chance(m_profile.missRate))
            continue;
        const bool v1 = m_clock < m_guidelineV2At;
        std::vector<Region> regions;
        if (i + 1 < words.size() && words[i + 1].line == w.line && m_rng.chance(m_profile.mergeRate)) {
            const PageWord& n = words[i + 1];
            const BoxF u { std::min(w.local.x0, n.local.x0), std::min(w.local.y0, n.local.y0),
                std::max(w.local.x1, n.local.x1), std::max(w.local.y1, n.local.y1) };
            regions.push_back(
                makeRegion(page, u, w.text + QLatin1Char(' ') + n.text, w.script == n.script ? w.script : QString()));
            ++i;
        } else if (w.isPrice && v1 && m_rng.chance(m_profile.priceSplitBeforeV2)) {
            // Guideline v1 said nothing about prices: the sign boxed on its own.
            const double cut = w.local.x0 + w.local.width() / w.text.size();
            regions.push_back(
                makeRegion(page, { w.local.x0, w.local.y0, cut, w.local.y1 }, w.text.left(1), QStringLiteral("Zyyy")));
            regions.push_back(makeRegion(page, { cut, w.local.y0, w.local.x1, w.local.y1 }, w.text.mid(1), w.script));
        } else if (w.text.size() >= 4 && m_rng.chance(m_profile.splitRate)) {
            const int k = m_rng.uniformInt(1, static_cast<int>(w.text.size()) - 1);
            const double cut = w.local.x0 + w.local.width() * k / w.text.size();
            regions.push_back(makeRegion(page, { w.local.x0, w.local.y0, cut, w.local.y1 }, w.text.left(k), w.script));
            regions.push_back(makeRegion(page, { cut, w.local.y0, w.local.x1, w.local.y1 }, w.text.mid(k), w.script));
        } else {
            Region r = makeRegion(page, w.local, w.text, w.script);
            const bool korean = w.script == QLatin1String("Hang");
            if (w.fontPixels < kTinyPixels && m_rng.chance(m_profile.dontCareRate)) {
                r.flags |= FlagDontCare;
                r.text = QStringLiteral("###");
            } else if (m_rng.chance(m_profile.typoRate * (korean ? m_profile.koreanTypoFactor : 1.0))) {
                r.text = TypoMaker::humanTypo(r.text, m_rng);
            }
            regions.push_back(std::move(r));
        }
        for (Region& r : regions) {
            // Drawing a box and typing its text: longer words take longer, Hangul takes longer to type.
            const double typing = 0.25 * r.text.size() * (r.script == QLatin1String("Hang") ? 2.0 : 1.0);
            const double spent = std::clamp(m_rng.logNormal(m_profile.secondsPerBox, 0.35) + typing, 3.0, 15.0);
            advance(spent);
            Annotation a;
            a.region = std::move(r);
            a.source = Source::Manual;
            a.secondsSpent = std::round(spent * 10) / 10;
            a.createdAt = m_clock;
            a.updatedAt = m_clock;
            a.guidelineVersion = m_clock < m_guidelineV2At ? 1 : 2;
            out.push_back(std::move(a));
            if (m_rng.chance(m_profile.idleRate))
                advance(m_rng.uniform(120, 900)); // a pause: coffee, a question in the chat
        }
    }
    // A last look over the page: some boxes get touched again before moving on.
    for (Annotation& a : out) {
        if (m_rng.chance(0.05)) {
            const double fix = m_rng.uniform(3, 12);
            advance(fix);
            a.updatedAt = m_clock;
            a.secondsSpent = std::round((a.secondsSpent + fix) * 10) / 10;
        }
    }
    return out;
}

} // namespace lector::demo
