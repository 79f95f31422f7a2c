// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/remove_boxes.h"

#include "document/label_document.h"

#include <QCoreApplication>

namespace lector {

RemoveBoxes::RemoveBoxes(LabelDocument* document, const std::vector<AnnotationId>& ids, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    m_annotations.reserve(ids.size());
    for (AnnotationId id : ids) {
        if (const Annotation* a = document->annotation(id))
            m_annotations.push_back(*a);
    }
    setText(QCoreApplication::translate("Undo", "Remove %n Box(es)", nullptr, static_cast<int>(m_annotations.size())));
}

void RemoveBoxes::redo()
{
    std::vector<AnnotationId> ids;
    ids.reserve(m_annotations.size());
    for (const Annotation& a : m_annotations)
        ids.push_back(a.id);
    m_document->removeAnnotations(ids, m_cause.redo());
}

void RemoveBoxes::undo() { m_document->addAnnotations(m_annotations, m_cause.undo()); }

} // namespace lector
