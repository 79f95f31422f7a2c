// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/change_transcription.h"

#include <QCoreApplication>

namespace lector {

ChangeTranscription::ChangeTranscription(
    LabelDocument* document, AnnotationId id, const QString& transcription, QUndoCommand* parent)
    : ChangeAnnotations(document, { id }, QCoreApplication::translate("Undo", "Change Transcription"), parent)
{
    for (Annotation& a : m_after) {
        a.region.text = transcription;
        a.source = Source::Manual; // the text is now a person's, even on a machine's pre-label
    }
}

} // namespace lector
