// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/session_panel.h"

#include "shell/project_session.h"

#include <QTimer>

namespace lector {

SessionPanel::SessionPanel(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_quiet(new QTimer(this))
{
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(1500);
    connect(m_quiet, &QTimer::timeout, this, &SessionPanel::invalidate);
    connect(session, &ProjectSession::opened, this, [this] { projectOpened(); });
    connect(session, &ProjectSession::closed, this, [this] {
        m_quiet->stop();
        m_stale = false;
        projectClosed();
    });
    // Made while a project is open: show it, once the derived panel is complete.
    if (session->isOpen())
        QTimer::singleShot(0, this, [this] {
            if (m_session->isOpen())
                projectOpened();
        });
}

void SessionPanel::setEager(bool eager)
{
    m_eager = eager;
    if (m_eager && m_stale)
        invalidate();
}

bool SessionPanel::onScreen() const { return m_eager || (isVisible() && !visibleRegion().isEmpty()); }

void SessionPanel::invalidate()
{
    m_quiet->stop();
    if (!onScreen()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    refreshNow();
}

void SessionPanel::invalidateSoon()
{
    if (!onScreen()) {
        m_stale = true;
        return;
    }
    m_quiet->start();
}

void SessionPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        // Shown as a tab comes to the front: the region is known once the event loop has laid it out.
        QTimer::singleShot(0, this, [this] {
            if (m_stale)
                invalidate();
        });
    }
}

} // namespace lector
