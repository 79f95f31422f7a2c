// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/metrics/agreement_report.h>

#include <nlohmann/json.hpp>

namespace lector {

/// The report as `lector-cli agreement --json` prints it:
/// { images, iou_threshold, annotators, units,
///   pairs: [{a, b, images, regions_a, regions_b, matched, precision, recall, f1, mean_iou, text_agreement, cer}],
///   alpha_text, alpha_geometry, fleiss_kappa: {illegible, dont_care},
///   per_image: [{image, batch, pairs: [...]}],
///   per_slice: {dimension: {bin: {pooled: {...}, pairs: [...]}}},
///   per_guideline_version: {version: {pooled: {...}, pairs: [...]}} }.
/// Figures that are undefined (a ratio over nothing, alpha without pairable values) are null.
nlohmann::json toJson(const AgreementReport& report);

} // namespace lector
