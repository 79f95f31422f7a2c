// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/tr.h>
#include <lector/io/format.h>

namespace lector {

/// PPOCRLabel's Label.txt (PaddleOCR): one line per image, "<folder>/<image>\t<JSON list>", each JSON item
/// {"transcription": str, "points": [[x, y], ...], "difficult": bool}. "difficult" maps to FlagIllegible, the
/// transcription "###" to FlagDontCare (with an empty text). The images fileState.txt beside Label.txt lists are
/// the ones checked in PPOCRLabel: they are marked done (ImportedImage::done), a checked one without words too.
///
/// Writing lays out a folder PPOCRLabel opens as it is (File > Open Dir) and PaddleOCR trains from: the images lie
/// in the output folder (copied there), with Label.txt and fileState.txt beside them, keyed "<folder>/<file>" as
/// PPOCRLabel's getImglabelidx looks them up. Every exported image is listed in fileState.txt as checked, since
/// PPOCRLabel keeps the labels of checked images only when it saves (ExportSelector::doneOnly exports the images
/// marked done alone). Don't-care and illegible words are written "###", which PaddleOCR's DetLabelEncode ignores
/// when training (illegible ones with "difficult": true). JSON as Python's json.dumps writes it (raw UTF-8), with
/// the words true/false/null inside texts \u-escaped against PPOCRLabel's textual replacements before eval().
/// WriteOptions::recognitionCrops adds rec_gt.txt and crop_img/, PPOCRLabel's recognition export.
class PpocrLabelFormat : public Format {
public:
    QString id() const override { return QStringLiteral("ppocrlabel"); }
    QString displayName() const override { return QStringLiteral("PPOCRLabel (Label.txt)"); }
    QString nameFilter() const override { return Core::tr("PPOCRLabel labels") + QStringLiteral(" (Label.txt *.txt)"); }
    int capabilities() const override { return ReadWrite; }
    bool supportsFile(const QString& path) const override;
    Result<ImportBatch> read(const QString& path, const ReadOptions& options) const override;
    Result<ExportReport> write(const ExportSet& set, const QString& outDir, const WriteOptions& options) const override;
};

} // namespace lector
