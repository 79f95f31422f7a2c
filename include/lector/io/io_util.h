// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace lector::io {

/// The image file endings Lector pairs label files with, lower case, without the dot.
const QStringList& imageSuffixes();

/// The largest file readFileBytes() and readUtf8File() read whole: 256 MiB. A label file holds the labels of one
/// image or of one data set; a bigger file, or a device that never ends (/dev/zero), is an error naming it instead of
/// an allocation that fails.
constexpr qint64 kMaxWholeFileBytes = qint64(256) << 20;
/// The longest line forEachUtf8Line() takes: 16 MiB (a page of a thousand words takes about 100 KiB).
constexpr qint64 kMaxLineBytes = qint64(16) << 20;

/// Reads a whole file of at most `maxBytes`; errors name the file.
Result<QByteArray> readFileBytes(const QString& path, qint64 maxBytes = kMaxWholeFileBytes);

/// Reads a text file as UTF-8: strips a BOM, rejects bytes that are not UTF-8 with an error naming the file and
/// the line of the first bad byte. Line endings are left as they are (readers split on \n and drop a \r).
Result<QString> readUtf8File(const QString& path);

/// Streams a UTF-8 text file line by line: `onLine(line number, text)` gets each line (BOM stripped from the first,
/// a final \r dropped; no empty line after a last \n), and the first error it returns stops the reading. Memory
/// stays one line whatever the file's size; a line longer than kMaxLineBytes, or bytes that are not UTF-8, are an
/// error at the file and that line.
Result<void> forEachUtf8Line(const QString& path, const std::function<Result<void>(int, const QString&)>& onLine);

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
