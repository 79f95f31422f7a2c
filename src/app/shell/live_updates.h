// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QSocketNotifier;
class QThread;
class QTimer;

namespace lector {

class ChangeListener;
class ProjectSession;

/// A server project's live updates: what other members change (ChangeListener, LISTEN/NOTIFY) is announced through
/// the session as if this window had changed it, so that the canvas, the browser, the review queue and the
/// guideline follow without reloading. Waits on the listener's socket in the event loop (no thread, no polling);
/// a burst of notices (another member's import) is folded into one announcement per quiet 150 ms. A lost
/// connection is said (state Lost) and tried again every few seconds off the UI thread; once it is back everything
/// is announced as changed, since what came meanwhile was not heard. For a project file it stays Off.
class LiveUpdates : public QObject {
    Q_OBJECT
public:
    enum class State { Off, Live, Lost };
    Q_ENUM(State)

    explicit LiveUpdates(ProjectSession* session);
    ~LiveUpdates() override;

    State state() const { return m_state; }
    /// Why the state is what it is, for the status bar's tooltip.
    QString description() const { return m_description; }

signals:
    void stateChanged(lector::LiveUpdates::State state);
    /// Another member published or withdrew a guideline version (after the session's guidelineChanged).
    void guidelineChangedElsewhere();

private:
    void start();
    void stop();
    void readNotices();
    void flush();
    void lose(const QString& why);
    void connectListener();
    void connected(const std::shared_ptr<ChangeListener>& listener, const QString& error, bool again);
    void announceEverything();
    void setState(State state, const QString& description);

    ProjectSession* m_session;
    // Shared with the thread that connects it (connectListener): whichever lets go last deletes it.
    std::shared_ptr<ChangeListener> m_listener;
    QSocketNotifier* m_notifier = nullptr;
    QTimer* m_fold;
    QTimer* m_retry;
    QThread* m_connecting = nullptr;
    int m_generation = 0; // one per project opened: a connection made for the one before is dropped
    bool m_wasLive = false;
    State m_state = State::Off;
    QString m_description;

    QSet<ImageId> m_labels; // labels or states of these images
    bool m_allLabels = false;
    bool m_conflicts = false;
    bool m_queues = false;
    bool m_guideline = false;
};

} // namespace lector
