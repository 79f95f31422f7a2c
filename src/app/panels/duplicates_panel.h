// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "panels/session_panel.h"

#include <lector/dedup/duplicate_finder.h>

#include <QHash>
#include <QString>

#include <map>
#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QSlider;
class QTreeWidget;
class QTreeWidgetItem;

namespace lector {

class ThumbnailCache;

/// The Duplicates dock: finds duplicate images on the job runner (hashing only what is new, with progress and
/// Cancel), lists each cluster with its images' thumbnails, sizes, batches, annotators and label counts, and keeps
/// the one the user picks (the others are marked `duplicate of` it: one undo step). The threshold slider re-clusters
/// the pairs already found, so the cluster count follows it live; pairs that a wider threshold brings in have their
/// pixels checked first (a job; pages of one template are not duplicates). Double-click opens an image.
class DuplicatesPanel : public SessionPanel {
    Q_OBJECT
public:
    explicit DuplicatesPanel(ProjectSession* session, QWidget* parent = nullptr);
    ~DuplicatesPanel() override;

    /// Starts a search (what the Find button does).
    void findDuplicates();
    bool isSearching() const;
    int threshold() const;
    void setThreshold(int bits);
    /// Clusters listed: exact ones, then near ones at the threshold.
    int clusterCount() const;
    /// Whether the pixels of pairs within the threshold are being checked.
    bool isChecking() const;
    /// Candidate pairs within the threshold that the hashes put together and the pixel check told apart (pages of
    /// one template), counted in the status line so that a lead sees what the check saved them from.
    int rejectedPairs() const;
    QString statusText() const;
    /// The images of cluster `index`, ascending.
    std::vector<ImageId> clusterImages(int index) const;
    /// Keeps `image` and marks the other images of its cluster duplicates of it (one undo step).
    void keep(ImageId image);
    QTreeWidget* tree() const { return m_tree; }

protected:
    void projectOpened() override;
    void projectClosed() override;

private:
    struct ImageInfo {
        ImageRecord record;
        std::map<QString, int> labelsByAnnotator;
    };
    struct Found {
        ProjectHashes hashes;
        std::vector<ImageCluster> exact;
        std::vector<NearPair> pairs; // candidates at the widest threshold; those within the slider's checked
        std::map<ImageId, ImageInfo> info; // images that can be in a cluster at the widest threshold
    };
    static Result<Found> search(ProjectStore& store, Progress& progress, int threshold);
    /// Checks the pixels of the candidate pairs within the threshold not checked yet (a job), then re-clusters.
    void checkPairs();
    void showFound(Found found);
    void recluster();
    void fillTree();
    void updateThumbnails();

    int m_checkingAt = -1; // the threshold whose pairs a running check job covers
    QPushButton* m_find = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_keep = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_tree = nullptr;
    ThumbnailCache* m_thumbnails = nullptr;
    std::unique_ptr<Found> m_found;
    std::vector<ImageCluster> m_clusters;
    std::map<ImageId, ImageId> m_marks;
    QHash<QString, QTreeWidgetItem*> m_itemBySha;
};

} // namespace lector
