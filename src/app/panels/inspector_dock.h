// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include "panels/session_panel.h"

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace lector {

/// The selected region in words and numbers: transcription (editable), flags, corners, size, who made it, from
/// where, under which guideline version. Edits are emitted, not applied: the main window turns them into undo
/// commands, so that the inspector never writes to the store itself.
class InspectorDock : public SessionPanel {
    Q_OBJECT
public:
    explicit InspectorDock(ProjectSession* session, QWidget* parent = nullptr);

    /// Shows one annotation (`annotatorName` for its author), or a summary line for none / several selected.
    void showAnnotation(const Annotation& annotation, const QString& annotatorName, bool editable);
    void showSummary(const QString& text);

    QString shownText() const;
    QLineEdit* textEdit() const { return m_text; }

signals:
    void transcriptionEdited(AnnotationId id, const QString& text);
    void flagsEdited(AnnotationId id, std::uint32_t flags);

protected:
    void projectClosed() override;

private:
    std::optional<Annotation> m_current;
    QLabel* m_summary = nullptr;
    QLineEdit* m_text = nullptr;
    QCheckBox* m_illegible = nullptr;
    QCheckBox* m_dontCare = nullptr;
    QLabel* m_geometry = nullptr;
    QLabel* m_origin = nullptr;
};

} // namespace lector
