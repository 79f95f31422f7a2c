// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/io/export_report.h>
#include <lector/io/import_batch.h>

#include <QString>

namespace lector {

struct ReadOptions {
    /// Folder against which image paths in label files, and label files named after images, are resolved.
    QString imagesDir;
    /// For prediction files that name images by id only (COCO results): the ground-truth file whose image
    /// list maps ids to file names. Empty when not given.
    QString referenceFile;
};

struct WriteOptions {
    /// Copy the image files next to the labels (formats that expect that layout do it regardless).
    bool copyImages = false;
    /// PPOCRLabel: also write rec_gt.txt and crop_img/ (each word cut out of its image along its quadrilateral) for
    /// training a recognizer, as PPOCRLabel's "Export Recognition Result" does.
    bool recognitionCrops = false;
    /// ICDAR 2015 results (a model run): write each detection's transcription after its confidence, as the RRC
    /// end-to-end task (4.4) reads them. Without it the files are those of text localization (task 4.1), whose
    /// script refuses a transcription.
    bool resultTranscriptions = false;
};

/// A labels file format, read and/or written. Readers parse fully and report the first malformed record
/// with its file and line (or JSON record); they never touch the store. Writers write every file atomically
/// (QSaveFile) into an output folder and return what they wrote and what the format could not carry, counted
/// (ExportReport): reading the files back gives every region as it was, except for what the report counts.
/// Mirrors Tiled's MapFormat.
class Format {
public:
    enum Capability { Read = 1, Write = 2, ReadWrite = Read | Write };

    virtual ~Format() = default;
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    virtual QString nameFilter() const = 0;
    virtual int capabilities() const = 0;
    /// Cheap sniffing of a label file or folder: true when this format would read it.
    virtual bool supportsFile(const QString& path) const = 0;
    /// `path` is a label file or a folder of label files.
    virtual Result<ImportBatch> read(const QString& path, const ReadOptions& options) const;
    /// `outDir` is created when missing.
    virtual Result<ExportReport> write(const ExportSet& set, const QString& outDir, const WriteOptions& options) const;
};

class ReadOnlyFormat : public Format {
public:
    int capabilities() const override { return Read; }
};

class WriteOnlyFormat : public Format {
public:
    int capabilities() const override { return Write; }
};

} // namespace lector
