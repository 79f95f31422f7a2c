// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "shell/job_runner.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace lector {

/// The one view of running jobs: a progress bar (busy until the job knows its total), what it is doing with the
/// time left, and Cancel. It follows the JobRunner's jobs whose key is one of `keys` (a panel's own refreshes),
/// or every job when it follows none (the status bar's), shows the newest running one and hides when none runs.
class ProgressStrip : public QWidget {
    Q_OBJECT
public:
    ProgressStrip(JobRunner* jobs, const QStringList& keys, QWidget* parent = nullptr);
    ~ProgressStrip() override;

    /// The job shown, 0 when none runs.
    JobRunner::JobId shownJob() const { return m_shown; }
    /// What the Cancel button does: cancels the job shown.
    void cancel();
    /// The label's text (title, count and time left).
    QString text() const;
    /// Shows the job's title and time left beside the bar (the status bar's strip); panels show only the bar.
    void setShowsText(bool shows);

private:
    bool follows(const QString& key) const;
    void pick();
    void update();

    JobRunner* m_jobs;
    QStringList m_keys;
    JobRunner::JobId m_shown = 0;
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_timer = nullptr;
};

/// "about 12 s left" / "about 3 min left" from the seconds elapsed and the share done; empty when unknown.
QString timeLeft(double elapsedSeconds, std::int64_t done, std::int64_t total);

} // namespace lector
