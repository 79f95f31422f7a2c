// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/metrics/detection_eval.h>

#include <nlohmann/json.hpp>

#include <string>

class QIODevice;

namespace lector {

/// The figures of a count set: { images, ground_truth, ground_truth_dont_care, detections, detections_dont_care,
/// matched, matched_detections, precision, recall, hmean, mean_iou, word_accuracy, matched_word_accuracy,
/// e2e_precision, e2e_hmean, cer, wer, char_errors, char_total, word_errors, word_total, text_equal }.
nlohmann::json toJson(const DetectionCounts& counts);

/// The report as `lector-cli eval --json` prints it: { ground_truth, run, matching, detection_order ("confidence" or
/// "file": see DetectionOrder), iou, dont_care_area, ignore_case, precision, recall, hmean, word_accuracy, cer, wer,
/// average_precision, counts: {...}, per_batch: [...], confidence_histogram: [...], threshold_curve: [...],
/// best_threshold, confusions: [...] } and, with `details`, per_image: [{ image, batch, counts, precision, recall,
/// hmean, matches: [{gt, det, iou, text_equal}], false_positives: [...], missed: [...], dont_care_detections: [...] }]
/// (ids from `input` when it has them, else indices) and per_slice: {dimension: {bin: counts}}. Undefined figures (AP
/// unless every detection has a confidence) are null. cer is char_errors over char_total, the code points of the
/// matched ground-truth words: the ground truth (`--against`) is the reference. The report keeps no match lists, so
/// with `input` each image is evaluated again (evaluateImage); without it the per_image entries hold the summary alone
/// (no matches, false_positives, missed, dont_care_detections).
nlohmann::json toJson(const DetectionEvalReport& report, const DetectionEvalInput* input, bool details = true);

/// One per_image entry: the summary's keys, and the lists when given an evaluation (ids from `image` when it has
/// them, else indices).
nlohmann::json toJson(const ImageSummary& summary);
nlohmann::json toJson(const ImageEvaluation& evaluation, const EvalImage* image);

/// One per_image entry as writeDetectionEvalJson() expects it, for an evaluation still running: dumped as it
/// appears inside the whole document, so that the entries of 100,000 images go to a file one by one.
std::string perImageJsonText(const ImageEvaluation& evaluation, const EvalImage& image);

/// Writes what toJson(report, input).dump(2) and a newline give, taking the per_image entries from `entries`: the
/// perImageJsonText() of every image in report order, separated by ",\n" (read from its current position to the
/// end). `entries` may be null when the report has no images. The keys of `extra` (an object) join the document
/// (eval --baseline-run's `regressions`).
Result<void> writeDetectionEvalJson(const DetectionEvalReport& report, QIODevice* entries, QIODevice& out,
    const nlohmann::json& extra = nlohmann::json::object());

} // namespace lector
