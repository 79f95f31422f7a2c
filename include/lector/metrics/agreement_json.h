// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/metrics/agreement_report.h>

#include <nlohmann/json.hpp>

#include <functional>
#include <string_view>

namespace lector {

/// The report as `lector-cli agreement --json` prints it:
/// { images, iou_threshold, annotators, units,
///   pairs: [{a, b, images, regions_a, regions_b, matched, precision, recall, f1, mean_iou, text_agreement, cer}],
///   alpha_text, alpha_geometry, fleiss_kappa: {illegible, dont_care},
///   per_image: [{image, batch, pairs: [...]}],
///   per_slice: {dimension: {bin: {pooled: {...}, pairs: [...]}}},
///   per_guideline_version: {version: {pooled: {...}, pairs: [...]}} }.
/// Figures that are undefined (a ratio over nothing, alpha without pairable values) are null. recall is over a's
/// regions, precision over b's; cer is the edit distance over the mean code-point length of both sides' matched
/// transcriptions (symmetric: no annotator is the reference, unlike eval, where the ground truth is).
/// Without `perImage`, per_image is an empty array: the summary, small whatever the project's size.
nlohmann::json toJson(const AgreementReport& report, bool perImage = true);

/// Writes exactly toJson(report).dump(indent) (indent >= 0) to `write`, piece by piece, without building the
/// per-image part as one tree: that part of a project of 100,000 images would take most of a gigabyte as JSON values.
/// Each piece is whole UTF-8.
void writeJson(const AgreementReport& report, int indent, const std::function<void(std::string_view)>& write);

} // namespace lector
