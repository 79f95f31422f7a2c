// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/tr.h>
#include <lector/io/format.h>

namespace lector {

/// PaddleOCR inference results, read as a model run's predictions:
/// - tools/infer/predict_system.py's system_results.txt: "<image>\t<JSON list>" per line, each item
///   {"transcription": str, "points": [[x, y], ...]} with an optional "score" (a number, or a numeric string as some
///   forks print it) that becomes the confidence;
/// - tools/infer/predict_det.py's det_results.txt: "<image>\t[[[x, y], ...], ...]", bare polygons;
/// - PaddleOCR 3 (PaddleX) predict results saved with save_to_json: one <name>_res.json per image (a file or a
///   folder of them), {"input_path", "rec_texts", "rec_scores", "rec_polys"} or, detection only, {"dt_polys",
///   "dt_scores"}; also accepted wrapped as {"res": {...}}.
/// Image paths are resolved against the images folder, falling back to the file name (results made elsewhere).
/// The transcription "###" is a don't-care region, as in PPOCRLabel.
class PaddleOcrFormat : public ReadOnlyFormat {
public:
    QString id() const override { return QStringLiteral("paddleocr"); }
    QString displayName() const override { return Core::tr("PaddleOCR results"); }
    QString nameFilter() const override
    {
        return Core::tr("PaddleOCR results") + QStringLiteral(" (system_results.txt det_results.txt *_res.json)");
    }
    bool supportsFile(const QString& path) const override;
    Result<ImportBatch> read(const QString& path, const ReadOptions& options) const override;
};

} // namespace lector
