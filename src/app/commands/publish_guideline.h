// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QUndoCommand>

namespace lector {

class ProjectSession;

/// A guideline version a lead published (ProjectStore::publishGuideline, before the push), on the project's
/// history: undo withdraws it while no label was made under it (after that the store refuses, the refusal is shown
/// and the step is dropped), redo publishes it again as it was.
class PublishGuideline : public QUndoCommand {
public:
    PublishGuideline(ProjectSession* session, GuidelineVersion version, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ProjectSession* m_session;
    GuidelineVersion m_version;
    bool m_done = true;
};

} // namespace lector
