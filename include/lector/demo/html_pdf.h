// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>

#include <QString>

namespace lector {

/// Writes `html` (plain tables and text, as Qt's rich text lays it out) as an A4 PDF at `path`: written beside it
/// and renamed, so that a failed write leaves no half a PDF and the old file goes only once the new one is whole.
/// Io naming the file when it cannot be written. Needs a QGuiApplication. It lives in lectordemo, the one library
/// with Qt Gui that both lector-cli and the app link (lectorcore is Qt Core only): the feedback page's PDF is made
/// here for both.
Result<void> writeHtmlAsPdf(const QString& html, const QString& path, const QString& title = {});

} // namespace lector
