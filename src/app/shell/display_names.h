// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QString>
#include <QStringList>

namespace lector {

// The names the interface shows, in its language. The core's roleName, imageStateName and sourceName are the
// stored spellings (the store, JSON, the CLI): never shown translated, never stored translated.
QString roleTitle(Role role);
QString imageStateTitle(ImageState state);
QString sourceTitle(Source source);
/// A conflict's kind as the store spells it ("missing", "geometry", "text", "flags"), and a list of them joined.
QString conflictKindTitle(const QString& kind);
QString conflictKindsTitle(const QStringList& kinds);
/// A conflict's status as conflictStatusName spells it ("open", "resolved", "guideline_gap").
QString conflictStatusTitle(const QString& status);

} // namespace lector
