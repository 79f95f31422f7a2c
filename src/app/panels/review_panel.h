// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/conflict_repository.h>
#include <lector/store/types.h>

#include "canvas/conflict_focus.h"
#include "panels/session_panel.h"

#include <map>
#include <set>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QPushButton;

namespace lector {

class RegionComparisonView;

/// The reviewer's queue of conflicts (places where annotators disagree), grouped by image (images in the order of
/// their most severe conflict), one row per word, most severe first: each one's versions overlaid and side by side
/// (fitted to the dock), settled with one key, keyboard only: N or Down the next, Shift+N or Up the previous,
/// 1–9 accept that annotator's version, Left/Right highlight a version and Enter accepts it, C the consensus,
/// S skips it (it stays open, and the queue passes over it for the rest of the session), G marks a guideline gap
/// (with a note, and the crop saved into the guideline's gallery), E shows it on the canvas in focus mode (zoomed
/// to it, only its versions shown) until the next conflict or Escape. Settle by Majority settles, as one step,
/// what a clear majority decides (settleByMajority on a worker). Every
/// settlement is one call of ConflictRepository::settle (one transaction: the consensus label becomes the accepted
/// version, the conflict records the reviewer and the time) and one step of the project's history, which the
/// panel's Undo and Redo (Ctrl+Z, Ctrl+Shift+Z inside it) take back and repeat. The reviewer is the session's
/// annotator; the queue follows the session's conflicts.
class ReviewPanel : public SessionPanel {
    Q_OBJECT
public:
    explicit ReviewPanel(ProjectSession* session, QWidget* parent = nullptr);

    void reload();
    /// Shows only open conflicts of this kind (empty: all kinds).
    void setKindFilter(const QString& kind);
    /// Shows only conflicts with a region in this slice (see regionBin); an empty dimension shows all slices.
    void setSliceFilter(const QString& dimension, const QString& bin);

    int queueSize() const;
    std::int64_t currentConflict() const;
    /// Rows are the conflicts in the queue's order (image groups, then words), headers not counted.
    bool selectRow(int row);
    int currentRow() const;
    /// The next (previous) conflict not skipped; false at the end of the queue.
    bool selectNext();
    bool selectPrevious();
    /// Leaves the current conflict open and moves on; the queue passes over it until the project is closed.
    bool skipCurrent();
    bool isSkipped(std::int64_t conflict) const { return m_skipped.count(conflict) != 0; }
    /// Highlights a version of the current conflict (index in the comparison's order; the consensus is last).
    void highlightVersion(int index);
    int highlightedVersion() const;
    /// Accepts the highlighted version (the consensus when that is highlighted).
    bool acceptHighlighted();
    /// What the canvas's focus mode shows for the current conflict (empty when none).
    ConflictFocus currentFocus() const;
    /// Settles what a clear majority decides on a worker, then pushes it as one step (recordMajoritySettlement).
    void settleByMajority();
    /// Puts a bulk settlement made by the majority (here or by Build Consensus) on the project's history as one
    /// step, and says how many were settled.
    void recordMajoritySettlement(BulkSettlement bulk);
    /// "N settled by majority, M need review", for the project as it is now.
    QString majorityText() const;
    /// Accepts the version of the member at `index` (0-based, in the comparison's order).
    bool acceptMember(int index);
    bool acceptConsensus();
    /// Records that the reviewer settled it by editing the labels on the canvas.
    bool markEdited(const QString& note);
    bool markGuidelineGap(const QString& note);
    /// Where guideline-gap crops are saved: "<project name>-gallery" beside the project file.
    QString galleryDir() const;
    /// Why the last settlement was refused (empty after one that worked).
    QString lastError() const { return m_lastError; }

signals:
    /// The reviewer wants to see or edit the conflict on the canvas.
    void openOnCanvas(lector::ImageId image, const lector::ConflictFocus& focus);
    /// The reviewer moved to another conflict or pressed Escape: the canvas's focus mode ends.
    void focusEnded();
    /// Settle by Majority finished (the message says how many, or why not).
    void majorityFinished(const QString& message);
    void resolved(std::int64_t conflict);
    /// A settlement was refused (the store said why); the queue stays as it was.
    void settleFailed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void projectOpened() override;
    void projectClosed() override;

private:
    void showCurrent();
    void createKeys(QGridLayout* buttons);
    void fillQueue(std::vector<Conflict> conflicts);
    /// The first row at or after `from` (before it, going back) that is not skipped; -1 when none.
    int unskippedFrom(int from, int step) const;
    void updateMajorityLabel();
    bool settle(ConflictResolution resolution, const std::optional<Region>& accepted, const QString& note);

    void reloadBatches();

    std::vector<Conflict> m_queue; // in the order shown
    std::vector<QTreeWidgetItem*> m_rows; // parallel to m_queue
    std::set<std::int64_t> m_skipped; // this session's skipped conflicts
    std::vector<std::pair<QString, std::optional<Annotation>>> m_members; // name, annotation of the current conflict
    std::optional<Annotation> m_consensus;
    QComboBox* m_status = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_batch = nullptr;
    QComboBox* m_slice = nullptr;
    QDoubleSpinBox* m_minSeverity = nullptr;
    QLabel* m_count = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_majority = nullptr;
    QPushButton* m_settleMajority = nullptr;
    std::int64_t m_shownConflict = 0; // what the comparison shows (focus ends when it changes)
    RegionComparisonView* m_compare = nullptr;
    QLabel* m_details = nullptr;
    QString m_lastError;
};

} // namespace lector
