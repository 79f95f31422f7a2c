// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/store/conflict_repository.h>
#include <lector/store/types.h>

#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <vector>

namespace lector {

class ProjectStore;

/// How the consensus of several annotators is built. See docs/consensus.md for the method and what it measures.
struct ConsensusOptions {
    /// Two annotators' regions can be the same word at or above this IoU, once each annotator's measured habit
    /// (loose or tight edges) is taken out of their boxes.
    double iouThreshold = 0.5;
    double lowIoU = 0.7; // a cluster whose members overlap less than this (pairwise) is a geometry conflict
    /// A place is a word of the consensus when P(word | who drew it and who did not) is above this.
    double quorum = 0.5;
    /// A conflict is decided by the majority when every question it raises (is it a word, which reading, which
    /// box) has a posterior of at least this; the others need a person.
    double settleConfidence = 0.95;
    /// buildConsensus settles the conflicts the majority decides, as settleByMajority would, and returns them.
    bool settleByMajority = false;
    /// An annotator's edge habit is measured only from at least this many regions matched with others' (fewer:
    /// taken as none).
    int minHabitSamples = 30;
    QStringList exclude { QStringLiteral("reference") };
    QString annotator = QStringLiteral("consensus");
};

/// What the consensus measured of one annotator over the project. The defaults are what an annotator without
/// enough data is taken to be (everyone alike: a plain majority decides).
struct AnnotatorModel {
    AnnotatorId id = 0;
    QString name;
    double sensitivity = 0.75; // P(draws a word that is there)
    double falsePositive = 0.25; // P(draws a place where the consensus finds no word)
    double readingAccuracy = 0.75; // P(reads a word as the consensus does)
    double geometryAgreement = 0.75; // P(their box overlaps the consensus's box by lowIoU or more)
    /// How far this annotator's edges lie outside the consensus's (top, right, bottom, left; pixels, the median),
    /// taken out of their boxes before linking and voting.
    std::array<double, 4> edgeBias {};
    double geometrySigma = 1; // robust spread of their edges around the consensus after the bias (pixels)
    long long regions = 0;
    long long habitSamples = 0; // regions the edge habit was measured from
};

/// The annotators as measured, and the share of places that are words.
struct ConsensusModel {
    double prior = 0.5;
    std::vector<AnnotatorModel> annotators; // in id order
    int iterations = 0; // of the Dawid–Skene fit
    bool converged = false;

    /// The annotator's model, or nullptr.
    const AnnotatorModel* find(AnnotatorId id) const;
};

/// One place on an image: at most one region per annotator.
struct ConsensusCluster {
    std::vector<Annotation> members; // in annotator order
    Region consensus; // the voted region; a word of the consensus when hasConsensus
    bool hasConsensus = false; // P(word) is above the quorum and it is no fragment
    int fragmentOf = -1; // the likelier word (index in the image's clusters) whose box this one lies half inside
    QStringList kinds; // empty when they all agree
    double severity = 0;
    double minIoU = 1; // of the members' boxes, each annotator's habit taken out
    double word = 0; // P(a word is there)
    double readingConfidence = 1; // P(the voted reading is right)
    double geometryConfidence = 1; // P(the voted box is right), from who overlaps it
    bool decided = false; // a conflict that a clear majority decides (see ConsensusOptions::settleConfidence)
    QString verdict; // why, for the settlement's note
};

struct ConsensusSummary {
    int images = 0; // images with at least one annotator's regions
    int clusters = 0;
    int consensusRegions = 0; // the consensus's words
    int conflicts = 0; // clusters the annotators disagree on
    std::map<QString, int> conflictsByKind;
    // Every conflict is one of these three. A conflict over the same regions as one settled in an earlier run
    // stays settled, and counts where it was settled, so that running the consensus again reports the same.
    int needsReview = 0; // open: for a person
    int settledByMajority = 0; // settled as the consensus's decision, by this run or an earlier one
    int settledByReviewers = 0; // settled by a person in an earlier run
    BulkSettlement settlement; // what this run settled (options.settleByMajority): one undo step
    ConsensusModel model;
};

/// Clusters the regions of an image's annotators, one list per annotator who labeled it (k lists, in annotator
/// order: the first wins ties), and votes each cluster with the annotators' measured `model` (an empty model: all
/// annotators alike). Every region of every annotator is linked at once: all pairs of regions of two annotators at
/// iouThreshold or more (each annotator's edge bias taken out), best IoU first, join two clusters when no annotator
/// is in both and their regions overlap by iouThreshold on average. Pure: the store is not touched.
std::vector<ConsensusCluster> clusterImage(const std::vector<std::vector<Annotation>>& byAnnotator,
    const ConsensusOptions& options = {}, const ConsensusModel& model = {});

/// Measures the annotators from every image (the lists as clusterImage takes them): their edge habits from a first
/// clustering, then the clusters again with those taken out, then a Dawid–Skene fit over them (see
/// fitDawidSkene) and how often each one's box overlaps the others'. Deterministic.
ConsensusModel estimateConsensusModel(
    const std::vector<std::vector<std::vector<Annotation>>>& images, const ConsensusOptions& options = {});

/// The per-corner median of quads after putting each one's corners in the same order (top-left first, clockwise).
/// Polygons that are not quads take part as their bounding box.
Polygon medianQuad(const std::vector<Polygon>& polygons);
/// The same with a weight per quad: per corner, the value where half the weight lies on either side (the mean of
/// the two values around an exact half), so equal weights give medianQuad.
Polygon weightedMedianQuad(const std::vector<Polygon>& polygons, const std::vector<double>& weights);

/// For every image: measures the annotators, clusters, votes, writes the consensus regions (Source::Consensus,
/// under options.annotator, replacing that annotator's earlier regions on the image) and the open conflicts, all in
/// one transaction; with options.settleByMajority it then settles what a clear majority decides in a second one
/// (settleByMajority). `progress` gets one report per image; canceling returns ErrorCode::Canceled with nothing
/// written.
Result<ConsensusSummary> buildConsensus(
    ProjectStore& store, const ConsensusOptions& options = {}, Progress* progress = nullptr);

/// Settles, in one transaction, every open conflict that a clear quality-weighted majority decides: resolution
/// accepted_consensus by the reviewer options.annotator, the posteriors in the note, the consensus labels
/// untouched (they are the majority's already). The analysis is buildConsensus's, run again (read-only), so an
/// open conflict whose regions changed since is left alone. Undo it with ConflictRepository::undoBulkSettlement.
/// What the app's "Settle by majority" and lector-cli consensus run.
Result<BulkSettlement> settleByMajority(
    ProjectStore& store, const ConsensusOptions& options = {}, Progress* progress = nullptr);

} // namespace lector
