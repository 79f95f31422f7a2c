// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "canvas/conflict_focus.h"
#include "panels/session_panel.h"

#include <lector/analysis/suspects.h>
#include <lector/store/suspect_decision_repository.h>

#include <map>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace lector {

/// The label-error finder's list (lector::findSuspects) for one annotator, worst first, computed on the job runner
/// with progress and Cancel. Enter opens the suspect on the canvas; A accepts the model's version, Delete deletes
/// the label, F fixes the box to the prediction, R sends it to review (an open conflict), D dismisses it. Each
/// decision is one step of the project's history and is stored, so the list shows what is fixed, dismissed or open
/// and the finder's precision so far.
class SuspectsPanel : public SessionPanel {
    Q_OBJECT
public:
    explicit SuspectsPanel(ProjectSession* session, QWidget* parent = nullptr);

    /// Finds the suspects again (Find).
    void find();
    void cancel();
    /// The rows shown, in order (after the filters).
    std::vector<Suspect> shownSuspects() const;
    int currentRow() const;
    void setCurrentRow(int row);
    /// The keys' actions on the current row (what A, Delete, F, R, D and Enter do).
    void acceptModel();
    void deleteLabel();
    void fixBox();
    void sendToReview();
    void dismiss();
    void openCurrent();
    QString precisionText() const;
    QString statusOf(const Suspect& s) const;

signals:
    void openOnCanvas(lector::ImageId image, const lector::ConflictFocus& focus);
    /// A computation ended (with its list shown, or a message).
    void computed();

protected:
    void projectOpened() override;
    void projectClosed() override;
    void refreshNow() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillChoices();
    void rebuild();
    void reloadDecisions();
    const Suspect* current() const;
    void decide(SuspectVerdict verdict, const SuspectFix& fix);

    QComboBox* m_annotator = nullptr;
    QComboBox* m_run = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_batch = nullptr;
    QComboBox* m_slice = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_findButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_precision = nullptr;
    QTreeWidget* m_list = nullptr;
    std::shared_ptr<const SuspectReport> m_report;
    std::map<ImageId, QString> m_batchOf;
    std::map<QString, SuspectDecision> m_decisions;
    std::vector<int> m_rows; // index into m_report->suspects per shown row
    AnnotatorId m_owner = 0;
};

} // namespace lector
