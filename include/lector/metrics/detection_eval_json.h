// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/metrics/detection_eval.h>

#include <nlohmann/json.hpp>

namespace lector {

/// The figures of a count set: { images, ground_truth, ground_truth_dont_care, detections, detections_dont_care,
/// matched, matched_detections, precision, recall, hmean, mean_iou, word_accuracy, matched_word_accuracy,
/// e2e_precision, e2e_hmean, cer, wer, char_errors, char_total, word_errors, word_total, text_equal }.
nlohmann::json toJson(const DetectionCounts& counts);

/// The report as `lector-cli eval --json` prints it: { ground_truth, run, matching, iou, dont_care_area, ignore_case,
/// precision, recall, hmean, word_accuracy, cer, wer, average_precision, counts: {...}, per_batch: [...],
/// confidence_histogram: [...], threshold_curve: [...], best_threshold, confusions: [...] } and, with `details`,
/// per_image: [{ image, batch, counts, precision, recall, hmean, matches: [{gt, det, iou, text_equal}],
/// false_positives: [...], missed: [...], dont_care_detections: [...] }] (ids from `input` when it has them, else
/// indices) and per_slice: {dimension: {bin: counts}}. Undefined figures (AP without confidences) are null.
nlohmann::json toJson(const DetectionEvalReport& report, const DetectionEvalInput* input, bool details = true);

} // namespace lector
