// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QString>

namespace lector::demo {

/// How one simulated annotator works: the size of their mistakes and their speed. Distances in pixels,
/// rates per word, times in seconds.
struct AnnotatorProfile {
    QString name;
    double jitter = 1.0; // sigma of each box edge
    double looseMin = 0; // every box grown outwards by a uniform amount in [looseMin, looseMax]
    double looseMax = 0;
    double bottomBias = 0; // added to the bottom edge (negative: cuts descenders)
    double missRate = 0.02;
    double mergeRate = 0.01; // one box over a word and the next, texts joined with a space
    double splitRate = 0.005;
    double typoRate = 0.01;
    double koreanTypoFactor = 1.5;
    double dontCareRate = 0.3; // on tiny words (below 11 px)
    double priceSplitBeforeV2 = 0.3; // boxes "$" apart from "12.50" while guideline v1 was silent on it
    bool axisAlignedOnRotated = false; // draws upright rectangles even on rotated pages
    double secondsPerBox = 7; // median
    double sessionHours = 2; // median length of a working session
    double idleRate = 0.02; // chance per box of a pause of a few minutes
};

} // namespace lector::demo
