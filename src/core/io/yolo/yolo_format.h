// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/tr.h>
#include <lector/io/format.h>

namespace lector {

/// YOLO detection labels: one <stem>.txt per image, each line "class cx cy w h [confidence]" with the box centre and
/// size divided by the image width and height; class 0 is "text" (classes.txt). Boxes only, no transcriptions: polygons
/// are written as their bounding box and don't-care regions are left out, as the format cannot mark them. Reading takes
/// the image size from the image file's header.
class YoloFormat : public Format {
public:
    QString id() const override { return QStringLiteral("yolo"); }
    QString displayName() const override { return Core::tr("YOLO boxes"); }
    QString nameFilter() const override { return Core::tr("YOLO labels") + QStringLiteral(" (*.txt)"); }
    int capabilities() const override { return ReadWrite; }
    bool supportsFile(const QString& path) const override;
    Result<ImportBatch> read(const QString& path, const ReadOptions& options) const override;
    Result<ExportReport> write(const ExportSet& set, const QString& outDir, const WriteOptions& options) const override;
};

} // namespace lector
