// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/geometry/polygon.h>

#include <cstddef>
#include <vector>

namespace lector {

/// The order in which a reader meets word boxes: lines top to bottom, words left to right within a line.
/// Two boxes share a line when their vertical extents overlap by at least half the smaller height (so a
/// slightly tilted line stays one line, and stacked lines do not merge). Returns indices into `boxes`.
/// Plain geometry without Qt Gui, so that it is unit-tested without a scene.
std::vector<std::size_t> readingOrder(const std::vector<BoxF>& boxes);

} // namespace lector
