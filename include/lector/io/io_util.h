// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lector::io {

/// The image file endings Lector pairs label files with, lower case, without the dot.
const QStringList& imageSuffixes();

/// Reads a whole file; errors name the file.
Result<QByteArray> readFileBytes(const QString& path);

/// Reads a text file as UTF-8: strips a BOM, rejects bytes that are not UTF-8 with an error naming the file and
/// the line of the first bad byte. Line endings are left as they are (readers split on \n and drop a \r).
Result<QString> readUtf8File(const QString& path);

/// Splits text into lines, dropping a final \r of each line (CRLF files) and one empty last line.
QStringList splitLines(const QString& text);

/// Writes a file atomically through QSaveFile, creating its folder when missing: it either has the new
/// content or is left as it was.
Result<void> writeFileAtomically(const QString& path, const QByteArray& content);

/// Creates `dir` (and parents) when missing.
Result<void> ensureDir(const QString& dir);

/// The image in `imagesDir` whose base name is `stem` (any of imageSuffixes(), case-insensitive); empty when none.
QString findImageForStem(const QString& imagesDir, const QString& stem);

/// A path found inside a label file, resolved: absolute paths as they are, relative ones against `imagesDir`;
/// when that file does not exist, the file name alone is tried in `imagesDir` (label files and results made on
/// another machine). Returns the first candidate when none exists, so that the error can name it.
QString resolveImagePath(const QString& imagesDir, const QString& pathInLabel);

/// Label files in `dir` whose names end with one of `suffixes` (e.g. ".txt"), sorted by name.
QStringList listFiles(const QString& dir, const QStringList& suffixes);

/// Copies `from` to `to` unless `to` already exists with the same size; errors name both files.
Result<void> copyFileIfMissing(const QString& from, const QString& to);

} // namespace lector::io
