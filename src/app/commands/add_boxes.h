// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "document/label_document.h"

#include <lector/store/types.h>

#include <QUndoCommand>

#include <vector>

namespace lector {

/// Adds regions of the current annotator to the current image. The first redo() gets ids from the store;
/// undo() removes them and a later redo() puts them back under the same ids.
class AddBoxes : public QUndoCommand {
public:
    /// `reason`: Edit for boxes a person drew or pasted, Engine for predictions accepted as labels.
    AddBoxes(LabelDocument* document, std::vector<Annotation> annotations, EditReason reason = EditReason::Edit,
        QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    /// The regions' ids (after the first redo()).
    std::vector<AnnotationId> ids() const;

private:
    LabelDocument* m_document;
    std::vector<Annotation> m_annotations; // as stored after the first redo()
    StepCause m_cause;
};

} // namespace lector
