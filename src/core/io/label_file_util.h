// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

// Helpers that several label formats share (private to src/core/io): number parsing and printing, finding label files
// and their images, JSON parsing with error positions, copying exported images.

#include <lector/core/result.h>
#include <lector/geometry/polygon.h>
#include <lector/image/image_header.h>
#include <lector/io/format.h>

#include "io/json_path_sax.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <vector>

namespace lector::io {

/// A finite decimal number (surrounding blanks allowed); nullopt for anything else, NaN and infinities too.
std::optional<double> parseFiniteNumber(QStringView text);

/// The shortest decimal that reads back as exactly `value` ("377" for 377.0, "0.1" for 0.1).
QString formatNumber(double value);

/// The label files a reader takes from `path`: the file itself, or the files in the folder whose names end with one of
/// `suffixes` (in subfolders too when `recursive`), sorted. An error names `path` when it does not exist or holds no
/// such file.
Result<QStringList> labelFilesAt(const QString& path, const QStringList& suffixes, bool recursive = false);

/// Reads one label file into the image it describes; what is worth a warning goes to `warnings`.
using LabelFileReader = std::function<Result<ImportedImage>(const QString& file, std::vector<Issue>& warnings)>;

/// Reads each of `files` in order into one batch of `formatId`, stopping at the first error.
Result<ImportBatch> readEachFile(const QString& formatId, const QStringList& files, const LabelFileReader& readFile);

/// Parses the JSON list after an image path's tab into regions; errors at `file` and `line`.
using RegionListParser = std::function<Result<std::vector<Region>>(const QString& list, const QString& file, int line)>;

/// Reads a text file of "image path<TAB>JSON list" lines (PPOCRLabel's Label.txt, PaddleOCR's results): images
/// resolved in `imagesDir` (resolveImagePath), each list parsed by `parse`; blank lines skipped; a second line for an
/// image adds its regions to the first, with a warning. Errors name the file and line.
Result<ImportBatch> readImageListLines(
    const QString& formatId, const QString& file, const QString& imagesDir, const RegionListParser& parse);

/// Where a reader looks for images: options.imagesDir, or else the folder of the labels at `labelPath`.
QString imagesDirFor(const ReadOptions& options, const QString& labelPath);

/// The image in `imagesDir` named after one of `stems` (tried in order); an error at `labelFile` when none is.
Result<QString> imageForLabelFile(const QString& imagesDir, const QStringList& stems, const QString& labelFile);

/// The first non-blank line of a text file (BOM stripped), reading at most its first 64 KiB; empty when the file cannot
/// be read. For supportsFile() sniffing.
QString firstNonEmptyLine(const QString& path);

/// The offset of the first '[' or '{' of `data` that opens a level deeper than `maxDepth` (strings skipped); nullopt
/// when none does.
std::optional<std::size_t> jsonTooDeepAt(const char* data, std::size_t size, int maxDepth);

/// Parses UTF-8 JSON text, nested at most kMaxJsonDepth levels (json_path_sax.h). On a syntax error the Error is at
/// `path` and at the line of the bad byte, counting `firstLine` as the text's first line (JSON lines inside a larger
/// file pass their own line). Numbers out of range are errors too, at `firstLine` for one-line text and at no line
/// otherwise.
Result<nlohmann::json> parseJson(const QByteArray& utf8, const QString& path, int firstLine = 1);

/// The points of a JSON list [[x, y], ...] of finite numbers; nullopt when it is anything else.
std::optional<std::vector<PointF>> pointsFromJson(const nlohmann::json& value);

/// An exported image's path below an output folder: its relativePath, or its file name when relativePath is empty,
/// absolute or leads out of the folder.
QString safeRelativePath(const ExportImage& image);

/// The base name label files are named after ("img_1" for "train/img_1.jpg").
QString exportStem(const ExportImage& image);

/// Copies the image to `outDir`/safeRelativePath() (to `outDir`/<file name> when not `keepFolders`, for formats whose
/// label files lie flat in one folder) unless it is there already; returns the copy's path.
Result<QString> copyImageInto(const ExportImage& image, const QString& outDir, bool keepFolders = true);

/// The exported image's size: its width and height when set, else read from the image file's header.
std::optional<ImageSize> exportImageSize(const ExportImage& image);

/// An error when two images of the set share a stem: formats that name one label file per stem would write both into
/// one file.
Result<void> checkUniqueStems(const ExportSet& set, const QString& outDir);

} // namespace lector::io
