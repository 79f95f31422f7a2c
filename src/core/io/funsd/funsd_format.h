// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/io/format.h>

namespace lector {

/// FUNSD (Jaume et al., ICDAR-OST 2019): one JSON file per image, {"form": [entity...]}, each entity holding
/// "words": [{"text", "box": [x0, y0, x1, y1]}]. Every word becomes one Region with an axis-aligned box;
/// entities (question/answer/header/other) and their links are not kept.
///
/// Reading: `path` is one .json file or a folder of them (or a FUNSD split folder holding `annotations/` and
/// `images/`). X.json pairs with the image X.<ext> in options.imagesDir; when that is empty, with the sibling
/// `images/` folder of an `annotations/` folder, else the label's own folder. A word with empty text is kept:
/// it is a real word whose text the annotators did not give, so its Region has empty text and FlagIllegible.
///
/// Writing: <outDir>/<stem>.json per image, one entity per word (label "other", id = its index, no links),
/// the box being the word's bounding box rounded outward to whole pixels.
class FunsdFormat : public Format {
public:
    QString id() const override { return QStringLiteral("funsd"); }
    QString displayName() const override { return QStringLiteral("FUNSD JSON"); }
    QString nameFilter() const override { return QStringLiteral("FUNSD JSON (*.json)"); }
    int capabilities() const override { return ReadWrite; }
    bool supportsFile(const QString& path) const override;
    Result<ImportBatch> read(const QString& path, const ReadOptions& options) const override;
    Result<ExportReport> write(const ExportSet& set, const QString& outDir, const WriteOptions& options) const override;
};

} // namespace lector
