// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/conflict_repository.h>
#include <lector/store/types.h>

#include "panels/session_panel.h"

#include <map>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace lector {

class RegionComparisonView;

/// The reviewer's queue of conflicts (places where annotators disagree), most severe first: each one's versions
/// overlaid and side by side, settled with one key: 1–9 accept that annotator's version, C the consensus, G marks a
/// guideline gap (with a note, and the crop saved into the guideline's gallery), E opens it on the canvas. Every
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
    bool selectRow(int row);
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
    void openOnCanvas(lector::ImageId image);
    void resolved(std::int64_t conflict);
    /// A settlement was refused (the store said why); the queue stays as it was.
    void settleFailed(const QString& message);

protected:
    void projectOpened() override;
    void projectClosed() override;

private:
    void showCurrent();
    bool settle(ConflictResolution resolution, const std::optional<Region>& accepted, const QString& note);

    void reloadBatches();

    std::vector<Conflict> m_queue;
    std::vector<std::pair<QString, std::optional<Annotation>>> m_members; // name, annotation of the current conflict
    std::optional<Annotation> m_consensus;
    QComboBox* m_status = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_batch = nullptr;
    QComboBox* m_slice = nullptr;
    QDoubleSpinBox* m_minSeverity = nullptr;
    QLabel* m_count = nullptr;
    QListWidget* m_list = nullptr;
    RegionComparisonView* m_compare = nullptr;
    QLabel* m_details = nullptr;
    QString m_lastError;
};

} // namespace lector
