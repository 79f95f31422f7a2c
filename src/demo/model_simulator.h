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
    explicit ModelSimulator(std::uint32_t seed);

    std::vector<Region> predict(const RenderedPage& page);

private:
    DemoRandom m_rng;
};

} // namespace lector::demo
