// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "commands/change_annotations.h"

namespace lector {

/// Sets the transcription of one region.
class ChangeTranscription : public ChangeAnnotations {
public:
    ChangeTranscription(
        LabelDocument* document, AnnotationId id, const QString& transcription, QUndoCommand* parent = nullptr);
};

} // namespace lector
