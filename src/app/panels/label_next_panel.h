// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "panels/session_panel.h"

#include <lector/analysis/selection.h>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace lector {

class ProgressStrip;

/// Choose what to label next (lector::selectFromStore on the job runner, with progress and Cancel): a strategy,
/// explained in one line, its run(s), a budget; the chosen images in order (double-click opens one); then Assign
/// deals them to the checked annotators with an overlap (lector::assignQueue) and stores the queues their "To do
/// for me" follows. The queues' progress (queued, done) per annotator is shown below. Changes no label.
class LabelNextPanel : public SessionPanel {
    Q_OBJECT
public:
    explicit LabelNextPanel(ProjectSession* session, QWidget* parent = nullptr);

    void setStrategy(SelectStrategy strategy);
    SelectStrategy strategy() const;
    QString explanation() const;
    void setBudget(int images);
    void setIncludeLabeled(bool include);
    /// Runs the selection on a worker (the Choose button); selectionReady or a message follows.
    void choose();
    void cancel();
    bool isChoosing() const;
    const std::optional<Selection>& selection() const { return m_selection; }
    QString statusText() const;

    /// Checks exactly these annotators for Assign.
    void setAssignees(const QStringList& names);
    QStringList assignableAnnotators() const;
    void setOverlap(double share, int perImage = 2);
    /// Deals the selection out and stores the queues (the Assign button); false with the reason in *error.
    bool assign(QString* error = nullptr);
    /// Rows of the progress table: annotator, queued, done.
    std::vector<std::tuple<QString, int, int>> queueProgress() const;
    /// Opens the image of a result row (as a double click does).
    void activateRow(int row);

signals:
    /// A selection finished (shown), failed or was canceled.
    void chosen();

protected:
    void projectOpened() override;
    void projectClosed() override;
    void refreshNow() override { refreshProgress(); }

private:
    void fillRuns();
    void fillAnnotators();
    void showSelection();
    void refreshProgress();
    void updateControls();

    std::optional<Selection> m_selection;
    QStringList m_shownPaths; // file names of the shown rows
    QComboBox* m_strategy = nullptr;
    QLabel* m_explanation = nullptr;
    QComboBox* m_run = nullptr;
    QComboBox* m_otherRun = nullptr;
    QSpinBox* m_budget = nullptr;
    QCheckBox* m_includeLabeled = nullptr;
    QPushButton* m_choose = nullptr;
    ProgressStrip* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QListWidget* m_annotators = nullptr;
    QDoubleSpinBox* m_overlap = nullptr;
    QSpinBox* m_perOverlap = nullptr;
    QPushButton* m_assign = nullptr;
    QTableWidget* m_queues = nullptr;
};

} // namespace lector
