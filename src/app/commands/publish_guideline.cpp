// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/publish_guideline.h"

#include "shell/project_session.h"

#include <lector/store/project_store.h>

#include <QCoreApplication>

namespace lector {

PublishGuideline::PublishGuideline(ProjectSession* session, GuidelineVersion version, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_version(std::move(version))
{
    setText(QCoreApplication::translate("Undo", "Publish Guideline Version %1").arg(m_version.number));
}

void PublishGuideline::undo()
{
    if (auto r = m_session->store()->withdrawGuideline(m_version.number); !r) {
        setObsolete(true);
        m_session->reportStoreError(r.error().toString());
    }
    m_session->notifyGuidelineChanged();
}

void PublishGuideline::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    if (auto r = m_session->store()->republishGuideline(m_version); !r) {
        setObsolete(true);
        m_session->reportStoreError(r.error().toString());
    }
    m_session->notifyGuidelineChanged();
}

} // namespace lector
