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
    std::vector<std::int64_t> entries; // their edit-log entries (what undoing the promotion names)
};

/// Which of one image's predictions become labels: the one rule for promoting a whole run and for accepting the
/// predictions above a threshold on the canvas (Shift+A). Predictions below `minConfidence` are left out (one
/// without a confidence counts as 0); a prediction whose polygon overlaps (IoU >= duplicateIoU) one of `existing`
/// or one chosen before it is a duplicate. Indices into `predictions`, in order.
struct PromotionChoice {
    std::vector<std::size_t> chosen;
    std::int64_t skippedDuplicate = 0;
    std::int64_t skippedLowConfidence = 0;
};
PromotionChoice choosePredictions(const std::vector<Prediction>& predictions, const std::vector<Polygon>& existing,
    double minConfidence, double duplicateIoU = 0.5);

/// A prediction as a label of `annotator`: its geometry, text, flags and script, source Auto, no confidence.
Annotation labelFromPrediction(const Prediction& prediction, AnnotatorId annotator);

/// Turns a run's predictions into an annotator's pre-labels (Annotation::source Auto, text, script and geometry of
/// the prediction), added through ProjectStore::addAnnotations in one transaction with reason engine, so that they
/// are in the edit log and one undo removes them all (PromoteSummary::annotations and ::entries). Chooses by
/// choosePredictions: never a duplicate of a region the annotator has; promoting the same run twice adds nothing
/// the second time. Call on the thread that owns `store`.
Result<PromoteSummary> promotePredictions(ProjectStore& store, const PromoteOptions& options);

} // namespace lector
