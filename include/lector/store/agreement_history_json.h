// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/agreement_history.h>

#include <nlohmann/json.hpp>

#include <optional>

namespace lector {

/// A snapshot as `lector-cli history --json` prints it:
/// { id, taken_at (ms since the epoch), taken (ISO 8601, UTC), source, iou_threshold, guideline_version,
///   last_entry, images, units, annotators, alpha_text, alpha_geometry,
///   lines: [{scope, a, b, dimension, bin, images, regions_a, regions_b, matched, matched_b, iou_sum, text_equal,
///            edit_distance, length_a, length_b, precision, recall, f1, mean_iou, text_agreement, cer}] }
/// with only the lines of `scope` when given. Undefined figures are null, as in the agreement report's JSON.
nlohmann::json toJson(const AgreementSnapshot& snapshot, std::optional<SnapshotScope> scope = {});

} // namespace lector
