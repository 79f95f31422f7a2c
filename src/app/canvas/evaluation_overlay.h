// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QString>

#include <vector>

namespace lector {

/// A region of an evaluation drawn on the canvas: a detection that matched the ground truth, one that did not, a
/// ground-truth word no detection found, or a detection set aside by a don't-care region.
struct EvaluationOverlayRegion {
    enum class Kind { TruePositive, FalsePositive, Missed, SetAside };
    Kind kind = Kind::TruePositive;
    Region region;
    QString toolTip;
};

using EvaluationOverlay = std::vector<EvaluationOverlayRegion>;

} // namespace lector
