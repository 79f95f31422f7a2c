// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The slice bins of the detection evaluation, shared by the per-image kernel and the accumulator (private).
#pragma once

#include <QString>
#include <QStringList>

namespace lector::detail {

/// Region dimensions in display order: height, aspect, rotation, text_length, script (regionDimensions()).
constexpr int kRegionDimensions = 5;
/// The region dimension's name and bins, from the agreement report (one definition of the bins for both reports).
const QString& regionDimensionName(int dimension);
const QStringList& regionDimensionBins(int dimension);
/// Where a region dimension's bins start among the region slice keys (the bins laid end to end).
int regionSliceOffset(int dimension);
/// The image size bins, in display order, and an image's bin among them.
const QStringList& imageSizeBins();
int imageSizeIndex(int width, int height);
/// The text of a code point, empty for 0 ("none" in an alignment).
QString codePointText(uint c);

} // namespace lector::detail
