// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/io/format.h>

namespace lector {

/// PPOCRLabel's Label.txt (PaddleOCR): one line per image, "<image path>\t<JSON list>", each JSON item
/// {"transcription": str, "points": [[x, y], ...], "difficult": bool}. "difficult" maps to FlagIllegible, the
/// transcription "###" to FlagDontCare (with an empty text). Written as PPOCRLabel writes it: Python json.dumps
/// separators and raw UTF-8 (ensure_ascii=False).
class PpocrLabelFormat : public Format {
public:
    QString id() const override { return QStringLiteral("ppocrlabel"); }
    QString displayName() const override { return QStringLiteral("PPOCRLabel (Label.txt)"); }
    QString nameFilter() const override { return QStringLiteral("PPOCRLabel labels (Label.txt *.txt)"); }
    int capabilities() const override { return ReadWrite; }
    bool supportsFile(const QString& path) const override;
    Result<ImportBatch> read(const QString& path, const ReadOptions& options) const override;
    Result<void> write(const ExportSet& set, const QString& outDir, const WriteOptions& options) const override;
};

} // namespace lector
