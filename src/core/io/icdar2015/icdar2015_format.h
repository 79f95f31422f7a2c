// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/tr.h>
#include <lector/io/format.h>

namespace lector {

/// ICDAR 2015 Incidental Scene Text ground truth (also SROIE) and Robust Reading Competition results: one
/// gt_<stem>.txt (or <stem>.txt) per image, each line "x1,y1,x2,y2,x3,y3,x4,y4,transcription", the transcription being
/// everything after the 8th comma; "###" marks a don't-care region, read as an empty text with FlagDontCare. Results
/// res_<stem>.txt have "x1,...,y4", "x1,...,y4,confidence" or "x1,...,y4,confidence,transcription" lines.
///
/// Writing follows what the RRC scripts (rrc_evaluation_funcs.get_tl_line_values, task 4.1 script.py) accept, so that
/// the official script scores an export as lector-cli eval does: whole-pixel corners ("-?[0-9]+"; each coordinate
/// rounded to the nearest pixel, halves away from zero), clockwise on screen (validate_clockwise_points), polygons
/// that are not quadrilaterals as their bounding box. Labels go to gt_<stem>.txt, don't care and illegible words as
/// "###". A model run goes to res_<stem>.txt with the confidence (shortest exact fixed-point decimal, in [0, 1]) and,
/// with WriteOptions::resultTranscriptions, the transcription (end-to-end task 4.4), the lines sorted by falling
/// confidence as the script sorts them. The scripts pair files named gt_img_<n>.txt and res_img_<n>.txt only.
class Icdar2015Format : public Format {
public:
    QString id() const override { return QStringLiteral("icdar2015"); }
    QString displayName() const override { return QStringLiteral("ICDAR 2015 / SROIE"); }
    QString nameFilter() const override
    {
        return Core::tr("ICDAR 2015 ground truth or RRC results") + QStringLiteral(" (*.txt)");
    }
    int capabilities() const override { return ReadWrite; }
    bool supportsFile(const QString& path) const override;
    Result<ImportBatch> read(const QString& path, const ReadOptions& options) const override;
    Result<ExportReport> write(const ExportSet& set, const QString& outDir, const WriteOptions& options) const override;
};

} // namespace lector
