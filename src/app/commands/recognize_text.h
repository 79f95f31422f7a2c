// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "commands/change_annotations.h"

#include <utility>

namespace lector {

/// Writes the text an OCR engine re-read into several regions at once: one undo entry, one store transaction.
class RecognizeText : public ChangeAnnotations {
public:
    RecognizeText(LabelDocument* document, const std::vector<std::pair<AnnotationId, QString>>& texts,
        QUndoCommand* parent = nullptr);
};

} // namespace lector
