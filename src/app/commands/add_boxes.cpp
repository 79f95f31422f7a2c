// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/add_boxes.h"

#include "document/label_document.h"

#include <QCoreApplication>

namespace lector {

AddBoxes::AddBoxes(LabelDocument* document, std::vector<Annotation> annotations, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_annotations(std::move(annotations))
{
    setText(QCoreApplication::translate("Undo", "Add %n Box(es)", nullptr, static_cast<int>(m_annotations.size())));
}

void AddBoxes::redo()
{
    const std::vector<AnnotationId> ids = m_document->addAnnotations(m_annotations);
    for (size_t i = 0; i < ids.size() && i < m_annotations.size(); ++i)
        m_annotations[i].id = ids[i];
}

void AddBoxes::undo()
{
    m_document->removeAnnotations(ids());
}

std::vector<AnnotationId> AddBoxes::ids() const
{
    std::vector<AnnotationId> out;
    out.reserve(m_annotations.size());
    for (const Annotation& a : m_annotations)
        out.push_back(a.id);
    return out;
}

} // namespace lector
