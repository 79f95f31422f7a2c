// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "document/label_document.h"

#include <lector/store/types.h>

#include <QUndoCommand>

#include <vector>

namespace lector {

/// Removes regions; undo() puts them back under the same ids, with their text and flags.
class RemoveBoxes : public QUndoCommand {
public:
    RemoveBoxes(LabelDocument* document, const std::vector<AnnotationId>& ids, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    LabelDocument* m_document;
    std::vector<Annotation> m_annotations;
    StepCause m_cause;
};

} // namespace lector
