// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QWidget>

#include <vector>

class QTimer;

namespace lector {

class ProjectSession;

/// What every dock panel is: a view of the project session, built with it, subscribing to what it announces. A
/// panel that computes (dashboard, predictions, distribution) does so only while it is on screen: a change while
/// it is hidden behind another tab marks it stale, and it computes when it is shown (or at once when eager, for
/// tests and screenshots). Panels that point at images emit the two request signals, which the window wires the
/// same way for every panel.
class SessionPanel : public QWidget {
    Q_OBJECT
public:
    SessionPanel(ProjectSession* session, QWidget* parent = nullptr);

    ProjectSession* session() const { return m_session; }
    /// Compute even while hidden (tests, screenshots).
    void setEager(bool eager);
    bool isEager() const { return m_eager; }
    /// True while a change waits for the panel to be shown.
    bool isStale() const { return m_stale; }

signals:
    /// Show this image on the canvas.
    void imageRequested(lector::ImageId image);
    /// A bar, point or row stands for these images (worst first where that means something); `sliceDimension`
    /// and `sliceBin` name the slice of regions behind it when there is one, so that the canvas can point at them.
    void imagesRequested(const QString& description, const std::vector<lector::ImageId>& images,
        const QString& sliceDimension, const QString& sliceBin);

protected:
    /// A project was opened (also called once, from the event loop, for a panel made while one is open).
    virtual void projectOpened() { }
    /// The project is about to close: drop what was shown of it.
    virtual void projectClosed() { }
    /// Recompute what the panel shows (called when on screen or eager, at most once per change burst).
    virtual void refreshNow() { }
    /// The data changed: refresh now when on screen (or eager), else when next shown.
    void invalidate();
    /// The same after a short quiet spell, for changes that come in bursts (edits on the canvas).
    void invalidateSoon();
    void showEvent(QShowEvent* event) override;

private:
    bool onScreen() const;

    ProjectSession* m_session;
    bool m_eager = false;
    bool m_stale = false;
    QTimer* m_quiet = nullptr;
};

} // namespace lector
