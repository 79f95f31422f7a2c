// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QString>

namespace lector {

enum class Theme { Light, Dark };

/// Fusion style with a light or dark palette, the same on every desktop; persisted by the caller.
void applyTheme(Theme theme);
QString themeName(Theme theme);
Theme themeFromName(const QString& name);

} // namespace lector
