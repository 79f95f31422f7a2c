// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "annotator_profile.h"
#include "demo_random.h"

#include <lector/store/types.h>

#include <cstdint>
#include <vector>

namespace lector::demo {

struct RenderedPage;

/// One simulated annotator labeling pages one after the other: misses, merges, splits, typos, don't-care
/// flags and box noise after their profile, with timestamps from a working clock that runs in sessions over
/// weekdays (09:00-12:30, 13:30-18:00 UTC), with pauses. Labels made from `guidelineV2At` on cite version 2.
class AnnotatorSimulator {
public:
    AnnotatorSimulator(AnnotatorProfile profile, std::int64_t startMs, std::int64_t guidelineV2At, std::uint32_t seed);

    const AnnotatorProfile& profile() const { return m_profile; }

    /// The annotations of one page in the order drawn; `image` and `annotator` are left for the caller.
    std::vector<Annotation> label(const RenderedPage& page);

private:
    void startPage();
    void advance(double seconds);
    Region makeRegion(const RenderedPage& page, const BoxF& local, const QString& text, const QString& script);

    AnnotatorProfile m_profile;
    std::int64_t m_guidelineV2At;
    DemoRandom m_rng;
    std::int64_t m_clock; // Unix ms
    std::int64_t m_sessionEnd;
};

} // namespace lector::demo
