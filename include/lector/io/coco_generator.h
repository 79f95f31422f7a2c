// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>

#include <QString>

namespace lector {

/// Writes a synthetic COCO-Text dataset for benchmarks and tests:
/// - `dir`/images/img_000001.png ...: 64x48 grey PNGs with a few random pixels and the image's number coded in
///   the first row, so that no two files (and no two SHA-256 sums) are equal;
/// - `dir`/annotations.json: "images" (file_name "img_000001.png", width 64, height 48) and `boxesPerImage`
///   annotations per image, each with a bbox inside the image, for every other one a 4-point segmentation,
///   and a short random word as utf8_string (now and then with quotes, commas, backslashes, non-ASCII
///   letters, or "###"; about 1 in 20 marked illegible).
/// The same `seed` gives the same files. CocoFormat reads the result back with `dir` as the path.
Result<void> generateCocoDataset(const QString& dir, int images, int boxesPerImage, unsigned seed);

} // namespace lector
