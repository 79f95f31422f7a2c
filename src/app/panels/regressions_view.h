// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/metrics/detection_eval_loader.h>
#include <lector/metrics/slice_regression.h>

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lector {

class ProgressStrip;
class ProjectSession;

/// The Predictions dock's Regressions tab: the run shown against a baseline run, on the same ground truth, slice by
/// slice (lector::compareRuns on the job runner, with progress and Cancel): recall and word accuracy of each, the
/// change and its bootstrap interval; slices whose whole interval lies below zero are flagged and listed first.
/// A double-click lists the slice's images (sliceRequested).
class RegressionsView : public QWidget {
    Q_OBJECT
public:
    RegressionsView(ProjectSession* session, QWidget* parent = nullptr);

    /// The run and ground truth the Predictions dock shows; the baseline list is every other run.
    void setContext(const QString& run, const EvalSource& groundTruth);
    bool setBaseline(const QString& run);
    /// Compares on a worker (the Compare button); compared follows.
    void compare();
    bool isComparing() const;
    const std::optional<RegressionReport>& report() const { return m_report; }
    QString summaryText() const;
    /// The changes in table order (flagged first, worst first; then the rest as the report has them).
    const std::vector<SliceChange>& rows() const { return m_rows; }
    void activateRow(int row);
    void clear();

signals:
    void compared();
    void sliceRequested(const QString& dimension, const QString& bin);

private:
    void show(const RegressionReport& report);

    ProjectSession* m_session;
    QString m_run;
    EvalSource m_groundTruth;
    std::optional<RegressionReport> m_report;
    std::vector<SliceChange> m_rows;
    QComboBox* m_baseline = nullptr;
    QPushButton* m_compare = nullptr;
    ProgressStrip* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace lector
