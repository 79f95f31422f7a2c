// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/metrics/detection_eval.h>

#include <QHash>
#include <QString>

#include <array>
#include <cstdint>

namespace lector {

/// The merge of a detection evaluation: adds one image's outcome (evaluateImageOutcome) at a time to the totals, the
/// per-image summaries, the slices, the batches, the scored detections (for AP, the histogram and the threshold
/// curve) and the character confusions, and finishes them into a DetectionEvalReport. Feed it the images in
/// input order from one thread: sums then run in that order, so the report is the same whatever thread computed
/// each outcome. It keeps per image only the summary, never regions or matches.
class DetectionEvalAccumulator {
public:
    DetectionEvalAccumulator(
        const QString& groundTruthName, const QString& detectionName, const DetectionEvalOptions& options);

    void add(ImageOutcome&& outcome);
    /// Images added so far.
    std::int64_t images() const { return std::int64_t(m_report.perImage.size()); }
    /// Sorts the batches, slices, confidences and confusions into the report and computes AP; the accumulator is
    /// spent afterwards.
    DetectionEvalReport finish();

    /// Region slice bins in all (the bins of regionDimensions() laid end to end).
    static constexpr int kRegionBins = 24;
    /// Image size bins (imageSizeBin()).
    static constexpr int kImageSizeBins = 5;

private:
    DetectionEvalReport m_report;
    QHash<QString, int> m_batchIndex;
    std::array<DetectionCounts, kRegionBins> m_regionSlices {};
    std::array<DetectionCounts, kImageSizeBins> m_imageSizeSlices {};
    QHash<quint64, long long> m_confusions;
    bool m_confidenceMissing = false;
    bool m_matchedByConfidence = true; // every image so far matched its detections by confidence
};

} // namespace lector
