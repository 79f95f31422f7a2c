// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/io/format.h>

namespace lector {

/// COCO-style text annotations: COCO-Text (v1 lists and v2 "imgs"/"anns" dicts), TextOCR, and COCO result
/// files (a bare list of detections with "score") as predictions.
///
/// Ground truth: {"images": [{"id", "file_name", "width", "height"}], "annotations": [{"id", "image_id",
/// "bbox": [x, y, w, h], "segmentation": [[x1, y1, ...]], "utf8_string" or "text", "legibility",
/// "iscrowd"}]}; the dict variant {"imgs": {id: {...}}, "anns": {id: {..., "points" or "mask"}}} too. The
/// polygon (segmentation, points or mask with >= 6 numbers) is preferred over the bbox. "legibility":
/// "illegible" gives FlagIllegible; a text "." in a file without legibility (TextOCR's mark) gives
/// FlagIllegible and empty text; "###" gives FlagDontCare and empty text, "iscrowd": 1 FlagDontCare.
///
/// Results: [{"image_id", "bbox" or "segmentation", "score", "utf8_string" or "text"}]. Integer image ids are
/// mapped to files through ReadOptions::referenceFile (the ground truth's "images"); string ids are file
/// names or stems in the images folder. The score becomes Region::confidence.
///
/// The reader streams the document through a SAX handler (no DOM), so that a million annotations parse in
/// seconds with memory close to that of the resulting Regions.
///
/// Writing: <outDir>/annotations.json in COCO-Text's layout ("imgs" and "anns" keyed by id, "imgToAnns", "cats", each
/// image with its "set"), which coco_text.COCO_Text loads; don't-care regions become "legibility": "illegible"
/// (COCO-Text has no don't care), and illegible ones have no "utf8_string". A prediction set goes to
/// <outDir>/results.json, whose integer image ids are those of the annotations.json written from the same project.
class CocoFormat : public Format {
public:
    QString id() const override { return QStringLiteral("coco"); }
    QString displayName() const override { return QStringLiteral("COCO-Text / TextOCR JSON"); }
    QString nameFilter() const override { return QStringLiteral("COCO JSON (*.json)"); }
    int capabilities() const override { return ReadWrite; }
    bool supportsFile(const QString& path) const override;
    Result<ImportBatch> read(const QString& path, const ReadOptions& options) const override;
    Result<ExportReport> write(const ExportSet& set, const QString& outDir, const WriteOptions& options) const override;
};

} // namespace lector
