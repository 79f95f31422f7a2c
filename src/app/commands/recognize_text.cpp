// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/recognize_text.h"

#include <QCoreApplication>

namespace lector {

namespace {
std::vector<AnnotationId> idsOf(const std::vector<std::pair<AnnotationId, QString>>& texts)
{
    std::vector<AnnotationId> ids;
    ids.reserve(texts.size());
    for (const auto& t : texts)
        ids.push_back(t.first);
    return ids;
}
}

RecognizeText::RecognizeText(
    LabelDocument* document, const std::vector<std::pair<AnnotationId, QString>>& texts, QUndoCommand* parent)
    : ChangeAnnotations(document, idsOf(texts), QCoreApplication::translate("Undo", "Re-read Text"), parent)
{
    for (size_t i = 0; i < m_after.size() && i < texts.size(); ++i) {
        m_after[i].region.text = texts[i].second;
        m_after[i].source = Source::Auto; // the engine's text: re-reading may replace it again without asking
    }
    m_cause.setFirstReason(EditReason::Engine);
}

} // namespace lector
