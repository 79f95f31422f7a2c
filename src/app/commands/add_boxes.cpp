// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/add_boxes.h"

#include "document/label_document.h"

#include <QCoreApplication>

namespace lector {

AddBoxes::AddBoxes(
    LabelDocument* document, std::vector<Annotation> annotations, EditReason reason, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_annotations(std::move(annotations))
    , m_cause(reason)
{
    setText(QCoreApplication::translate("Undo", "Add %n Box(es)", nullptr, static_cast<int>(m_annotations.size())));
}

void AddBoxes::redo()
{
    // The first time the store makes the rows; a redo puts the same rows back under their ids.
    m_annotations = m_document->addAnnotations(m_annotations, m_cause.redo());
}

void AddBoxes::undo() { m_document->removeAnnotations(ids(), m_cause.undo()); }

std::vector<AnnotationId> AddBoxes::ids() const
{
    std::vector<AnnotationId> out;
    out.reserve(m_annotations.size());
    for (const Annotation& a : m_annotations)
        out.push_back(a.id);
    return out;
}

} // namespace lector
