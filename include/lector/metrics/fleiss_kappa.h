// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <vector>

namespace lector {

/// Fleiss' kappa (Fleiss 1971) from a subjects × categories table of counts (row-major): counts[i * categories + j]
/// raters put subject i in category j. Subjects rated by fewer than two raters are left out; when raters differ
/// between subjects, each subject's agreement uses its own number of raters (with a constant number this is
/// Fleiss' formula exactly). NaN when undefined (no subjects, or chance agreement is 1: one category only).
double fleissKappa(const std::vector<int>& counts, int categories);

} // namespace lector
