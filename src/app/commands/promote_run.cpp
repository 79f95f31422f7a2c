// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/promote_run.h"

#include "shell/project_session.h"

#include <lector/store/project_store.h>

#include <QCoreApplication>

#include <algorithm>

namespace lector {

PromoteRun::PromoteRun(ProjectSession* session, const QString& annotator, PromoteSummary summary, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_summary(std::move(summary))
{
    setText(QCoreApplication::translate(
        "Undo", "Promote %n Prediction(s) to Pre-labels of %1", nullptr, static_cast<int>(m_summary.promoted))
                .arg(annotator));
}

void PromoteRun::undo()
{
    ProjectStore& store = *m_session->store();
    if (m_rows.empty()) {
        // What redo puts back: the rows as they are now (a person may have corrected some since; those corrections
        // are undone with them, as the canvas undoes a box with its later edits).
        for (AnnotationId id : m_summary.annotations) {
            auto row = store.annotation(id);
            if (row && *row)
                m_rows.push_back(**row);
        }
    }
    std::vector<AnnotationId> ids;
    std::vector<std::int64_t> undoes;
    for (size_t i = 0; i < m_summary.annotations.size(); ++i) {
        const AnnotationId id = m_summary.annotations[i];
        if (std::none_of(m_rows.begin(), m_rows.end(), [id](const Annotation& a) { return a.id == id; }))
            continue; // removed by hand meanwhile
        ids.push_back(id);
        undoes.push_back(i < m_summary.entries.size() ? m_summary.entries[i] : 0);
    }
    EditContext context;
    context.editor = m_session->me().id;
    context.reason = EditReason::Undo;
    context.undoes = undoes;
    if (auto r = store.removeAnnotations(ids, context); !r) {
        setObsolete(true);
        m_session->reportStoreError(r.error().toString());
    }
    m_session->notifyLabelsChanged();
}

void PromoteRun::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    EditContext context;
    context.editor = m_session->me().id;
    context.reason = EditReason::Redo;
    for (const Annotation& a : m_rows) {
        const auto it = std::find(m_summary.annotations.begin(), m_summary.annotations.end(), a.id);
        const size_t i = size_t(it - m_summary.annotations.begin());
        context.undoes.push_back(i < m_summary.entries.size() ? m_summary.entries[i] : 0);
    }
    if (auto r = m_session->store()->addAnnotations(m_rows, context); !r) {
        setObsolete(true);
        m_session->reportStoreError(r.error().toString());
    }
    m_session->notifyLabelsChanged();
}

} // namespace lector
