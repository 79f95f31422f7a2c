// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/metrics/detection_eval.h>
#include <lector/metrics/detection_eval_loader.h>

#include <QString>

#include <cstdint>
#include <vector>

namespace lector {

struct RegressionOptions {
    int resamples = 1000; // bootstrap resamples of the images
    double confidence = 0.95; // of the percentile interval
    std::uint32_t seed = 1;
    long long minGroundTruth = 10; // slices with fewer ground-truth words in the baseline are reported, never flagged
    DetectionEvalOptions eval; // how both runs are scored (the same for both)
};

/// How one figure of one slice moved from the baseline run to the new one, with the bootstrap interval of the
/// change (images resampled with replacement, both runs on the same resample: a paired bootstrap).
struct SliceChange {
    QString dimension; // "all", batch, image_size, height, aspect, rotation, text_length, script
    QString bin;
    QString metric; // "recall" (detection: matched / ground truth) or "word_accuracy" (end to end: same text / ground
                    // truth)
    double baseline = 0;
    double current = 0;
    double delta = 0; // current - baseline
    double low = 0; // the interval of delta
    double high = 0;
    long long groundTruth = 0; // ground-truth words of the slice
    int images = 0; // images with ground truth in the slice
    bool regressed = false; // the whole interval below 0 (and enough words)
    bool improved = false; // the whole interval above 0 (and enough words)
};

struct RegressionReport {
    QString run;
    QString baselineRun;
    QString groundTruth;
    int resamples = 0;
    double confidence = 0;
    /// "all" first; then batches and image sizes by name; then the region slices in the evaluation's order; recall
    /// before word accuracy.
    std::vector<SliceChange> changes;
    /// The regressed changes, worst delta first.
    std::vector<SliceChange> regressions() const;
};

/// Compares two runs scored against the same ground truth (`baseline` and `current` hold the same images in the same
/// order, as loadDetectionEvalInput gives them for one ground truth). Pure and deterministic for a seed.
RegressionReport compareRuns(
    const DetectionEvalInput& baseline, const DetectionEvalInput& current, const RegressionOptions& options = {});

/// Reads both runs against `groundTruth` from the store and compares them. NotFound naming a run or annotator that
/// does not exist. Changes nothing. Canceled through `progress`.
Result<RegressionReport> compareRuns(const ProjectStore& store, const EvalSource& groundTruth, const QString& run,
    const QString& baselineRun, const RegressionOptions& options = {}, Progress* progress = nullptr);

} // namespace lector
