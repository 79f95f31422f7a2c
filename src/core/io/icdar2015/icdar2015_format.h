// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/io/format.h>

namespace lector {

/// ICDAR 2015 Incidental Scene Text ground truth (also SROIE): one gt_<stem>.txt (or <stem>.txt) per image, each line
/// "x1,y1,x2,y2,x3,y3,x4,y4,transcription", the transcription being everything after the 8th comma. "###" marks a
/// don't-care region: read as an empty text with FlagDontCare, written back as "###". Polygons that are not
/// quadrilaterals are written as their bounding box (the format has only quads).
class Icdar2015Format : public Format {
public:
    QString id() const override { return QStringLiteral("icdar2015"); }
    QString displayName() const override { return QStringLiteral("ICDAR 2015 / SROIE"); }
    QString nameFilter() const override { return QStringLiteral("ICDAR 2015 ground truth (*.txt)"); }
    int capabilities() const override { return ReadWrite; }
    bool supportsFile(const QString& path) const override;
    Result<ImportBatch> read(const QString& path, const ReadOptions& options) const override;
    Result<void> write(const ExportSet& set, const QString& outDir, const WriteOptions& options) const override;
};

} // namespace lector
