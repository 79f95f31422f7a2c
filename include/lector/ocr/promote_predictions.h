// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/store/types.h>

#include <QString>

#include <cstdint>
#include <vector>

namespace lector {

class ProjectStore;

struct PromoteOptions {
    QString run; // the model run whose predictions become pre-labels
    QString annotator; // whose pre-labels they become (created as an annotator when new)
    std::vector<ImageId> images; // empty: every image the run has predictions on
    double minConfidence = 0; // predictions below are left out (a prediction without confidence counts as 0)
    double duplicateIoU = 0.5; // a prediction overlapping one of the annotator's regions this much is a duplicate
};

struct PromoteSummary {
    std::int64_t promoted = 0;
    std::int64_t skippedDuplicate = 0; // overlapped a region the annotator already had (or one promoted just now)
    std::int64_t skippedLowConfidence = 0; // below minConfidence
    std::vector<AnnotationId> annotations; // ids of the new pre-labels
};

/// Turns a run's predictions into an annotator's pre-labels (Annotation::source Auto, text, script and geometry of
/// the prediction), added through ProjectStore::addAnnotations in one transaction, so that they are in the edit log
/// and one undo removes them all. Never duplicates: a prediction whose polygon overlaps (IoU >= duplicateIoU) a
/// region the annotator already has on that image, or one promoted earlier in the same call, is skipped; promoting
/// the same run twice adds nothing the second time. Call on the thread that owns `store`.
Result<PromoteSummary> promotePredictions(ProjectStore& store, const PromoteOptions& options);

} // namespace lector
