// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QString>

namespace lector {

// The names the interface shows, in its language. The core's roleName, imageStateName and sourceName are the
// stored spellings (the store, JSON, the CLI): never shown translated, never stored translated.
QString roleTitle(Role role);
QString imageStateTitle(ImageState state);
QString sourceTitle(Source source);

} // namespace lector
