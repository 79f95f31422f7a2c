// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "demo_random.h"

#include <lector/store/types.h>

#include <vector>

namespace lector::demo {

struct RenderedPage;

/// A synthetic OCR model: detections are the true quads with a little noise, and it fails where real models
/// fail. It misses and misreads small text and Hangul more often, merges a few neighbours, sees a few words
/// in specks of noise, and its confidence is higher when it is right.
class ModelSimulator {
public:
    /// `retrained`: the second model of the demo, fine-tuned on more Latin text: it reads Latin words better and
    /// Hangul words worse (the regression a slice comparison should find while the total holds).
    explicit ModelSimulator(std::uint32_t seed, bool retrained = false);

    std::vector<Region> predict(const RenderedPage& page);

private:
    DemoRandom m_rng;
    bool m_retrained = false;
};

} // namespace lector::demo
