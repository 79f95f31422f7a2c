// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/detection_eval_accumulator.h>

#include "metrics/detection_eval_slices.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace lector {

DetectionEvalAccumulator::DetectionEvalAccumulator(
    const QString& groundTruthName, const QString& detectionName, const DetectionEvalOptions& options)
{
    m_report.groundTruthName = groundTruthName;
    m_report.detectionName = detectionName;
    m_report.options = options;
}

void DetectionEvalAccumulator::add(ImageOutcome&& outcome)
{
    const ImageEvaluation& e = outcome.evaluation;
    const DetectionCounts& c = e.counts;
    m_report.totals.add(c);

    // Batches in import order: by their first image's time added, then its id.
    auto it = m_batchIndex.constFind(e.batch);
    if (it == m_batchIndex.constEnd()) {
        it = m_batchIndex.insert(e.batch, int(m_report.perBatch.size()));
        m_report.perBatch.push_back({ e.batch, e.image, outcome.addedAt, {} });
    }
    BatchEvaluation& batch = m_report.perBatch[size_t(*it)];
    if (std::make_pair(outcome.addedAt, e.image) < std::make_pair(batch.firstAddedAt, batch.firstImage)) {
        batch.firstAddedAt = outcome.addedAt;
        batch.firstImage = e.image;
    }
    batch.counts.add(c);

    m_imageSizeSlices[size_t(detail::imageSizeIndex(e.width, e.height))].add(c);
    for (const RegionSliceCounts& s : outcome.regionSlices)
        m_regionSlices[size_t(s.bin)].add(s.counts);
    m_report.scored.insert(m_report.scored.end(), outcome.scored.begin(), outcome.scored.end());
    m_confidenceMissing = m_confidenceMissing || outcome.confidenceMissing;
    m_matchedByConfidence = m_matchedByConfidence && outcome.order == DetectionOrder::Confidence;
    for (const auto& [truth, detected] : outcome.confusions)
        ++m_confusions[(quint64(truth) << 32) | quint64(detected)];

    // Only the summary stays: the match lists go with the outcome.
    m_report.perImage.push_back(static_cast<ImageSummary&&>(std::move(outcome.evaluation)));
}

DetectionEvalReport DetectionEvalAccumulator::finish()
{
    DetectionEvalReport& report = m_report;
    std::sort(report.perBatch.begin(), report.perBatch.end(), [](const BatchEvaluation& x, const BatchEvaluation& y) {
        return std::make_pair(x.firstAddedAt, x.firstImage) < std::make_pair(y.firstAddedAt, y.firstImage);
    });

    // Slices dimension by dimension in display order, empty bins left out; batch bins in import order.
    const auto addSlice = [&](const QString& dimension, const QString& bin, const DetectionCounts& s) {
        if (s.groundTruth + s.detections + s.images == 0)
            return;
        report.perSlice.push_back({ dimension, bin, s });
    };
    for (int d = 0; d < detail::kRegionDimensions; ++d) {
        const QStringList& bins = detail::regionDimensionBins(d);
        for (int b = 0; b < int(bins.size()); ++b)
            addSlice(detail::regionDimensionName(d), bins[b],
                m_regionSlices[size_t(detail::regionSliceOffset(d)) + size_t(b)]);
    }
    for (const BatchEvaluation& b : report.perBatch)
        report.perSlice.push_back({ QStringLiteral("batch"), b.batch, b.counts });
    const QStringList& sizes = detail::imageSizeBins();
    for (int b = 0; b < int(sizes.size()); ++b)
        addSlice(QStringLiteral("image_size"), sizes[b], m_imageSizeSlices[size_t(b)]);

    // Confidences, highest first; ties keep image and detection order.
    std::stable_sort(report.scored.begin(), report.scored.end(),
        [](const ScoredDetection& x, const ScoredDetection& y) { return x.confidence > y.confidence; });
    // compute_ap ranks the matches the script made by confidence; over matches made in file order it would not be
    // the script's figure.
    if (m_confidenceMissing || !m_matchedByConfidence) {
        report.averagePrecision = std::numeric_limits<double>::quiet_NaN();
    } else {
        // compute_ap of the script: precision at each correct detection, summed, over the care ground truth.
        double ap = 0;
        long long correct = 0;
        for (size_t n = 0; n < report.scored.size(); ++n) {
            if (report.scored[n].matched) {
                ++correct;
                ap += double(correct) / double(n + 1);
            }
        }
        report.averagePrecision = report.totals.groundTruth > 0 ? ap / double(report.totals.groundTruth) : ap;
    }

    report.confusions.reserve(size_t(m_confusions.size()));
    for (auto it = m_confusions.constBegin(); it != m_confusions.constEnd(); ++it)
        report.confusions.push_back({ detail::codePointText(uint(it.key() >> 32)),
            detail::codePointText(uint(it.key() & 0xffffffffu)), it.value() });
    std::sort(report.confusions.begin(), report.confusions.end(), [](const CharConfusion& x, const CharConfusion& y) {
        if (x.count != y.count)
            return x.count > y.count;
        return std::tie(x.truth, x.detected) < std::tie(y.truth, y.detected);
    });
    m_batchIndex.clear();
    m_confusions.clear();
    return std::move(m_report);
}

} // namespace lector
