// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/io/format.h>

namespace lector {

/// labelme (wkentaro/labelme) JSON: one file per image with "shapes" [{label, points, shape_type, flags}], "imagePath"
/// relative to the JSON file, "imageData" and the image size. Rectangles (2 points) and polygons are read, the label
/// being the transcription; other shape types are skipped with a warning. Don't-care and illegible are kept in the
/// shape's flags ({"dont_care": true}, {"illegible": true}); the label "###" also means don't-care. Axis-aligned boxes
/// are written as rectangles, everything else as polygons.
class LabelmeFormat : public Format {
public:
    QString id() const override { return QStringLiteral("labelme"); }
    QString displayName() const override { return QStringLiteral("labelme JSON"); }
    QString nameFilter() const override { return QStringLiteral("labelme JSON (*.json)"); }
    int capabilities() const override { return ReadWrite; }
    bool supportsFile(const QString& path) const override;
    Result<ImportBatch> read(const QString& path, const ReadOptions& options) const override;
    Result<ExportReport> write(const ExportSet& set, const QString& outDir, const WriteOptions& options) const override;
};

} // namespace lector
