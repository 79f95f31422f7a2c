// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/ocr/promote_predictions.h>

#include <QUndoCommand>

namespace lector {

class ProjectSession;

/// A model run's predictions made an annotator's pre-labels (promotePredictions, on a worker, before the push).
/// Undo removes exactly the labels it made, in one transaction logged as an undo of their entries; redo puts them
/// back under their ids. On the project's history: it spans many images.
class PromoteRun : public QUndoCommand {
public:
    PromoteRun(
        ProjectSession* session, const QString& annotator, PromoteSummary summary, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;
    const PromoteSummary& summary() const { return m_summary; }

private:
    ProjectSession* m_session;
    PromoteSummary m_summary;
    std::vector<Annotation> m_rows; // the labels as made, read back on the first undo
    bool m_done = true;
};

} // namespace lector
