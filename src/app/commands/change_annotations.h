// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "document/label_document.h"

#include <lector/store/types.h>

#include <QUndoCommand>

#include <vector>

namespace lector {

/// The shared shape of every command that rewrites fields of existing regions (geometry, text, flags): it
/// holds the regions before and after by id, and redo()/undo() make one LabelDocument::updateAnnotations call.
/// Subclasses fill `after` from `before`; like Tiled's ChangeValue<Object, Value>.
class ChangeAnnotations : public QUndoCommand {
public:
    /// `ids` must be regions of the document; the current values are captured as "before".
    ChangeAnnotations(LabelDocument* document, const std::vector<AnnotationId>& ids, const QString& text,
        QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    std::vector<AnnotationId> ids() const;
    const std::vector<Annotation>& before() const { return m_before; }
    const std::vector<Annotation>& after() const { return m_after; }

protected:
    /// Takes over the other command's "after" when both touch the same regions (for mergeWith()); marks this
    /// command obsolete when the merged change is no change at all.
    bool absorb(const ChangeAnnotations& other);

    LabelDocument* m_document;
    std::vector<Annotation> m_before; // as stored before: what an undo puts back
    std::vector<Annotation> m_after; // as stored after the first redo(): what a redo puts back
    StepCause m_cause;
};

} // namespace lector
