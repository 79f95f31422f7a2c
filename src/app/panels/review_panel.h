// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/conflict_repository.h>
#include <lector/store/types.h>

#include <QWidget>

#include <map>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace lector {

class ProjectStore;
class RegionComparisonView;

/// The reviewer's queue of conflicts (places where annotators disagree), most severe first: each one's versions
/// overlaid and side by side, settled with one key: 1–9 accept that annotator's version, C the consensus, G marks a
/// guideline gap (with a note, and the crop saved into the guideline's gallery), E opens it on the canvas. Every
/// settlement is stored with the reviewer and the time; the consensus label becomes the accepted version.
class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget* parent = nullptr);

    /// `store` is the UI thread's store; `reviewer` the current annotator.
    void setStore(ProjectStore* store, const QString& reviewer);
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

signals:
    /// The reviewer wants to see or edit the conflict on the canvas.
    void openOnCanvas(lector::ImageId image);
    void resolved(std::int64_t conflict);

private:
    void showCurrent();
    bool settle(ConflictResolution resolution, const std::optional<Region>& accepted, const QString& note);

    ProjectStore* m_store = nullptr;
    QString m_reviewer;
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
};

} // namespace lector
