// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/geometry/polygon.h>
#include <lector/store/edit_log.h>
#include <lector/store/types.h>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace lector {

class ProjectStore;

enum class ConflictStatus { Open, Resolved, GuidelineGap };
/// How a reviewer settled a conflict. GuidelineGap leaves the conflict in status GuidelineGap, the others Resolved.
enum class ConflictResolution { None, AcceptedAnnotator, AcceptedConsensus, Edited, GuidelineGap };

QString conflictStatusName(ConflictStatus status);
bool parseConflictStatus(const QString& name, ConflictStatus* status);
QString conflictResolutionName(ConflictResolution resolution); // empty for None
bool parseConflictResolution(const QString& name, ConflictResolution* resolution);

/// One cluster of regions that the annotators of an image disagree on.
struct Conflict {
    std::int64_t id = 0;
    ImageId image = 0;
    QStringList kinds; // missing, geometry, text, flags; the first is the main one
    ConflictStatus status = ConflictStatus::Open;
    double severity = 0;
    std::vector<AnnotationId> annotations; // the cluster's members
    AnnotationId consensus = 0; // the consensus region built for it; 0 when none
    BoxF bounds; // where on the image (union of the members)
    std::int64_t createdAt = 0;
    ConflictResolution resolution = ConflictResolution::None;
    QString reviewer;
    std::int64_t resolvedAt = 0;
    QString note;
};

struct ConflictFilter {
    std::optional<ConflictStatus> status;
    QString kind; // conflicts having this kind among theirs; empty: any
    std::optional<ImageId> image;
    double minSeverity = 0;
    QString batch; // conflicts on images of this batch; empty: any
    QString split; // likewise for the split
    /// Conflicts with a member region in this slice (see regionBin in lector/metrics/agreement_report.h: height,
    /// aspect, rotation, text_length, script); empty: any.
    QString sliceDimension;
    QString sliceBin;
    int limit = -1;
};

/// What buildConsensus writes for a set of images: consensus regions and conflicts, a conflict pointing at the
/// consensus region of its cluster by index into `annotations` (-1: none).
struct ConsensusWrite {
    std::vector<ImageId> images;
    AnnotatorId consensusAnnotator = 0;
    std::vector<Annotation> annotations;
    std::vector<Conflict> conflicts;
    std::vector<int> conflictConsensus; // parallel to conflicts
};

/// What replaceConsensus wrote, parallel to ConsensusWrite::conflicts: each conflict's new id, or, for one left out
/// because a conflict over the same regions was settled before (and stays so), 0 and that conflict's id and
/// reviewer.
struct ConsensusWritten {
    std::vector<std::int64_t> conflicts;
    std::vector<std::int64_t> settledBefore;
    std::vector<QString> settledBy;
};

/// What a reviewer decided about one conflict.
struct SettleDecision {
    ConflictResolution resolution = ConflictResolution::None;
    /// The version that becomes the consensus label of the place (accepting an annotator's version); unset: the
    /// consensus label stays as it is.
    std::optional<Region> accepted;
    QString reviewer; // an annotator name, created as a reviewer if new
    QString note;
    std::int64_t at = 0; // Unix ms; 0: now
};

/// What settling a conflict changed, so that an undo puts back exactly what was there and a redo repeats it.
struct Settlement {
    Conflict before; // the conflict as it was (open)
    Conflict after;
    std::optional<Annotation> consensusBefore; // the consensus label before; unset when there was none
    std::optional<Annotation> consensusAfter; // the consensus label the settlement wrote; unset when untouched
    bool consensusAdded = false; // the settlement made the consensus label (there was none)
    std::vector<std::int64_t> entries; // edit-log entries of the consensus write (what an undo names)
};

/// Settlements of many conflicts made as one step (the consensus settling what a clear majority decides): one
/// undo reverses all of them exactly, one redo repeats them.
struct BulkSettlement {
    std::vector<Settlement> settlements; // in the order settled
    bool isEmpty() const { return settlements.empty(); }
};

/// The store's conflicts table: the reviewer's queue. Rebuilding replaces only open conflicts; resolved ones stay
/// as history, and a rebuilt conflict over the same regions as a settled one is not reopened.
class ConflictRepository {
public:
    explicit ConflictRepository(ProjectStore& store)
        : m_store(store)
    {
    }

    /// Removes the open conflicts of `images` and adds `conflicts` (their id, status and resolution ignored), in
    /// one transaction.
    Result<void> replaceOpen(const std::vector<ImageId>& images, const std::vector<Conflict>& conflicts);
    /// Replaces the consensus annotator's regions and the open conflicts of the images in one transaction. The
    /// consensus regions are machine-made: they are not written to the edit log.
    Result<ConsensusWritten> replaceConsensus(const ConsensusWrite& write);

    /// Conflicts matching `filter`, most severe first.
    Result<std::vector<Conflict>> list(const ConflictFilter& filter = {}) const;
    Result<std::optional<Conflict>> conflict(std::int64_t id) const;
    /// Settles an open conflict in one transaction: the accepted version (if any) becomes the consensus label of
    /// the place (changed, or made under the annotator "consensus" when the conflict had none; logged with reason
    /// settlement by the reviewer), and the conflict records the resolution, reviewer, time and note.
    /// InvalidArgument for ConflictResolution::None or a conflict that is not open; NotFound for an unknown id.
    Result<Settlement> settle(std::int64_t conflict, const SettleDecision& decision);
    /// Undoes a settlement in one transaction: the conflict open again and the consensus label as it was (logged as
    /// an undo of the settlement's entries).
    Result<void> undoSettlement(const Settlement& settlement);
    /// Repeats an undone settlement in one transaction (logged as a redo); the consensus label keeps its id.
    Result<void> redoSettlement(const Settlement& settlement);
    /// Settles many open conflicts in one transaction, each as settle() does (consensus labels written with
    /// reason settlement); all or nothing: an unknown conflict, one not open, or one named twice fails the whole.
    Result<BulkSettlement> settleAll(const std::vector<std::pair<std::int64_t, SettleDecision>>& decisions);
    /// Undoes every settlement of a bulk step in one transaction, the last first (logged as undos).
    Result<void> undoBulkSettlement(const BulkSettlement& bulk);
    /// Repeats an undone bulk step in one transaction (logged as redos); fails, changing nothing, when one of its
    /// conflicts is no longer open.
    Result<void> redoBulkSettlement(const BulkSettlement& bulk);
    /// How many conflicts are in each status (statuses without any are absent).
    Result<std::map<ConflictStatus, std::int64_t>> countsByStatus() const;

private:
    // The steps of settle, undoSettlement and redoSettlement inside the caller's transaction.
    Result<Settlement> settleInTransaction(std::int64_t conflict, const SettleDecision& decision);
    Result<void> undoInTransaction(const Settlement& settlement);
    Result<void> redoInTransaction(const Settlement& settlement);

    ProjectStore& m_store;
};

} // namespace lector
