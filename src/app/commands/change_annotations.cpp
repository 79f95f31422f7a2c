// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/change_annotations.h"

#include "document/label_document.h"

namespace lector {

ChangeAnnotations::ChangeAnnotations(
    LabelDocument* document, const std::vector<AnnotationId>& ids, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
{
    m_before.reserve(ids.size());
    for (AnnotationId id : ids) {
        const Annotation* a = document->annotation(id);
        Q_ASSERT(a);
        if (a)
            m_before.push_back(*a);
    }
    m_after = m_before;
}

void ChangeAnnotations::undo() { m_document->updateAnnotations(m_before, m_cause.undo()); }

void ChangeAnnotations::redo()
{
    std::vector<Annotation> stored = m_document->updateAnnotations(m_after, m_cause.redo());
    if (stored.size() == m_after.size())
        m_after = std::move(stored);
}

std::vector<AnnotationId> ChangeAnnotations::ids() const
{
    std::vector<AnnotationId> out;
    out.reserve(m_before.size());
    for (const Annotation& a : m_before)
        out.push_back(a.id);
    return out;
}

bool ChangeAnnotations::absorb(const ChangeAnnotations& other)
{
    if (other.m_document != m_document || other.ids() != ids())
        return false;
    m_after = other.m_after;
    bool same = true;
    for (size_t i = 0; i < m_before.size() && same; ++i) {
        same = m_before[i].region.polygon == m_after[i].region.polygon
            && m_before[i].region.text == m_after[i].region.text && m_before[i].region.flags == m_after[i].region.flags;
    }
    setObsolete(same);
    return true;
}

} // namespace lector
