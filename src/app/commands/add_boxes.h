// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QUndoCommand>

#include <vector>

namespace lector {

class LabelDocument;

/// Adds regions of the current annotator to the current image. The first redo() gets ids from the store;
/// undo() removes them and a later redo() puts them back under the same ids.
class AddBoxes : public QUndoCommand {
public:
    AddBoxes(LabelDocument* document, std::vector<Annotation> annotations, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    /// The regions' ids (after the first redo()).
    std::vector<AnnotationId> ids() const;

private:
    LabelDocument* m_document;
    std::vector<Annotation> m_annotations;
};

} // namespace lector
