// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "shell/live_updates.h"

#include "shell/project_session.h"

#include <lector/store/change_listener.h>
#include <lector/store/project_store.h>

#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

namespace lector {

namespace {
constexpr int kFoldMs = 150; // a burst of notices is one announcement
constexpr int kRetryMs = 5000; // a lost connection is tried again this often
constexpr int kManyImages = 500; // beyond this many images, "many": the panels read everything again
} // namespace

LiveUpdates::LiveUpdates(ProjectSession* session)
    : QObject(session)
    , m_session(session)
    , m_fold(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_fold->setSingleShot(true);
    m_fold->setInterval(kFoldMs);
    connect(m_fold, &QTimer::timeout, this, &LiveUpdates::flush);
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &LiveUpdates::connectListener);
    connect(session, &ProjectSession::opened, this, &LiveUpdates::start);
    connect(session, &ProjectSession::closed, this, &LiveUpdates::stop);
}

LiveUpdates::~LiveUpdates()
{
    stop();
    if (m_connecting) {
        m_connecting->wait(); // at most the 10 s connecting waits for a server
        delete m_connecting; // its finished() reaches nobody now
    }
}

void LiveUpdates::start()
{
    stop();
    ProjectStore* store = m_session->store();
    if (!store || !store->isServer())
        return;
    auto listener = ChangeListener::prepare(*store);
    if (!listener) {
        lose(listener.error().message);
        return;
    }
    m_listener = std::shared_ptr<ChangeListener>(std::move(listener).value());
    m_wasLive = false;
    connectListener(); // the status bar says nothing until it is live, or why not
}

void LiveUpdates::stop()
{
    ++m_generation;
    m_fold->stop();
    m_retry->stop();
    delete m_notifier;
    m_notifier = nullptr;
    m_listener.reset(); // a thread still connecting it holds it until it is done
    m_labels.clear();
    m_allLabels = m_conflicts = m_queues = m_guideline = false;
    setState(State::Off, QString());
}

void LiveUpdates::connectListener()
{
    if (!m_listener || m_connecting)
        return;
    delete m_notifier;
    m_notifier = nullptr;
    // Connecting may wait for the network: on a thread of its own, never the UI's. The listener is the thread's
    // alone meanwhile (no notifier reads it).
    std::shared_ptr<ChangeListener> listener = m_listener;
    auto error = std::make_shared<QString>();
    const int generation = m_generation;
    const bool again = m_wasLive;
    m_connecting = QThread::create([listener, error] {
        if (auto r = listener->reconnect(); !r)
            *error = r.error().message;
    });
    connect(m_connecting, &QThread::finished, this, [this, listener, error, generation, again] {
        m_connecting->deleteLater();
        m_connecting = nullptr;
        if (generation != m_generation) {
            // Closed, or another project opened meanwhile: this listener is nobody's; the new one's turn now.
            if (m_listener && !m_notifier && !m_retry->isActive())
                connectListener();
            return;
        }
        connected(listener, *error, again);
    });
    m_connecting->start();
}

void LiveUpdates::connected(const std::shared_ptr<ChangeListener>& listener, const QString& error, bool again)
{
    if (!error.isEmpty()) {
        lose(error);
        return;
    }
    m_notifier = new QSocketNotifier(listener->socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LiveUpdates::readNotices);
    m_wasLive = true;
    setState(State::Live,
        again ? tr("Live again: what changed while the connection was lost was read again.")
              : tr("Live: other members' labels, reviews, assignments and guideline versions appear as they are "
                   "saved."));
    if (again)
        announceEverything(); // what came while the connection was lost was not heard
}

void LiveUpdates::announceEverything()
{
    m_session->notifyLabelsChanged();
    m_session->notifyConflictsChanged();
    m_session->notifyQueuesChanged();
    m_session->notifyGuidelineChanged();
}

void LiveUpdates::readNotices()
{
    if (!m_listener || !m_notifier)
        return;
    auto changes = m_listener->take();
    if (!changes) {
        lose(changes.error().message);
        return;
    }
    for (const StoreChange& c : *changes) {
        switch (c.kind) {
        case StoreChange::Kind::Labels:
        case StoreChange::Kind::States:
            if (!m_allLabels)
                m_labels.insert(c.image);
            break;
        case StoreChange::Kind::Conflicts:
            m_conflicts = true;
            if (!m_allLabels)
                m_labels.insert(c.image); // a settlement changes the consensus and opens the image to everyone
            break;
        case StoreChange::Kind::Queues:
            m_queues = true;
            break;
        case StoreChange::Kind::Guideline:
            m_guideline = true;
            break;
        }
        if (m_labels.size() > kManyImages) {
            m_allLabels = true;
            m_labels.clear();
        }
    }
    if (!changes->empty())
        m_fold->start(); // restarted by every notice: one announcement once the burst is over
}

void LiveUpdates::flush()
{
    if (!m_session->isOpen())
        return;
    const bool guideline = m_guideline;
    if (m_allLabels || !m_labels.isEmpty())
        m_session->notifyLabelsChanged(
            m_allLabels ? QList<ImageId> {} : QList<ImageId>(m_labels.begin(), m_labels.end()));
    if (m_conflicts)
        m_session->notifyConflictsChanged();
    if (m_queues)
        m_session->notifyQueuesChanged();
    if (guideline)
        m_session->notifyGuidelineChanged();
    m_labels.clear();
    m_allLabels = m_conflicts = m_queues = m_guideline = false;
    if (guideline)
        emit guidelineChangedElsewhere();
}

void LiveUpdates::lose(const QString& why)
{
    delete m_notifier;
    m_notifier = nullptr;
    setState(State::Lost,
        tr("Live updates paused: %1. Tried again every %2 s; your own edits are saved as before.")
            .arg(why)
            .arg(kRetryMs / 1000));
    if (m_listener)
        m_retry->start();
}

void LiveUpdates::setState(State state, const QString& description)
{
    const bool changed = state != m_state || description != m_description;
    m_state = state;
    m_description = description;
    if (changed)
        emit stateChanged(state);
}

} // namespace lector
