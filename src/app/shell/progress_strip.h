// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QWidget>

#include <memory>

class QProgressBar;
class QPushButton;
class QTimer;

namespace lector {

class SharedProgress;

/// A progress bar and a Cancel button for a panel's work on a worker thread: visible while the work runs, following
/// its SharedProgress (busy until a total is known). One piece of work at a time: starting another cancels the one
/// before, so the latest request wins.
class ProgressStrip : public QWidget {
    Q_OBJECT
public:
    explicit ProgressStrip(QWidget* parent = nullptr);
    ~ProgressStrip() override;

    /// Cancels the work under way, if any, shows the strip and returns the new work's progress for the worker.
    std::shared_ptr<SharedProgress> start();
    /// The work ended (done, failed or canceled): hides the strip.
    void finish();
    bool isRunning() const { return m_progress != nullptr; }
    /// What the Cancel button does.
    void cancel();

private:
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_timer = nullptr;
    std::shared_ptr<SharedProgress> m_progress;
};

} // namespace lector
