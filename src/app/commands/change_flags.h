// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "commands/change_annotations.h"

namespace lector {

/// Sets or clears one flag (illegible, don't care) on regions.
class ChangeFlags : public ChangeAnnotations {
public:
    ChangeFlags(LabelDocument* document, const std::vector<AnnotationId>& ids, std::uint32_t flag, bool on,
        QUndoCommand* parent = nullptr);
};

} // namespace lector
