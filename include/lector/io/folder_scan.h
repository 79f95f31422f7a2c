// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/io/import_batch.h>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace lector {

/// A label set found among the scanned files, already read: what importing it would add.
struct FoundLabels {
    QString formatId;
    QString formatName;
    QString path; // the label file or folder
    QString imagesDir; // what its image paths resolved against (empty: the format's own default)
    ImportBatch batch;
    int imagesMatched = 0; // images of the scan these labels name
    std::int64_t regions = 0;
    /// Every region has a confidence, or the format only carries a model's output: a run, not an annotator.
    bool looksLikePredictions = false;
};

struct FolderScanOptions {
    bool recursive = true;
    /// Look for label files beside the images and read them (the slow part of a scan).
    bool detectLabels = true;
    /// Folders deeper than this below a scanned folder are not entered (a guard against deep or looping trees).
    int maxDepth = 32;
};

/// What a folder (or files dropped on the window) holds for a project: its images, found by extension and by their
/// first bytes and checked by their header, the label sets beside them that read, and what was passed over and why.
struct FolderScan {
    QStringList roots; // what was scanned, absolute
    std::vector<QString> images; // absolute paths, in natural order
    std::vector<FoundLabels> labels; // best first: the most images named
    std::vector<Issue> problems; // files that look like images but are not, folders that cannot be read, label
                                 // sets that look like a format but do not read
    int folders = 0;
    std::int64_t imageBytes = 0;

    /// A few lines for a dialog or the CLI: counts, formats, problems.
    QString summary() const;
};

/// Scans folders and files: every image in them (in subfolders too with `recursive`), and with `detectLabels` every
/// label set a known format reads. Hidden folders are skipped, symbolic links to folders are not followed. An error
/// only when nothing can be scanned (a path missing) or on cancel.
Result<FolderScan> scanPaths(
    const QStringList& paths, const FolderScanOptions& options = {}, Progress* progress = nullptr);

/// What importing a scan writes: the chosen label set's images with their regions, then every other image found
/// with none (`labels` null: the images alone), in one batch, so that the import is one transaction.
ImportBatch folderImportBatch(const FolderScan& scan, const FoundLabels* labels);

/// True when the file's first bytes are those of an image format Lector decodes (PNG, JPEG, TIFF, BMP, WebP, GIF).
bool looksLikeImageFile(const QString& path);

} // namespace lector
