// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/store/conflict_repository.h>
#include <lector/store/types.h>

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace lector {

class ProjectStore;

struct ConsensusOptions {
    double iouThreshold = 0.5; // regions of two annotators at or above this IoU are the same word
    double lowIoU = 0.7; // a cluster whose members overlap less than this (pairwise) is a geometry conflict
    QStringList exclude { QStringLiteral("reference") };
    QString annotator = QStringLiteral("consensus");
};

/// One place on an image: at most one region per annotator.
struct ConsensusCluster {
    std::vector<Annotation> members; // in annotator order
    Region consensus; // valid only when hasConsensus
    bool hasConsensus = false; // a majority of the image's annotators drew it
    QStringList kinds; // empty when they all agree
    double severity = 0;
    double minIoU = 1;
};

struct ConsensusSummary {
    int images = 0; // images with at least one annotator's regions
    int clusters = 0;
    int consensusRegions = 0;
    int conflicts = 0;
    std::map<QString, int> conflictsByKind;
};

/// Clusters the regions of an image's annotators, one list per annotator who labeled it (k lists, in annotator
/// order: the first wins ties), and votes each cluster. Pure: the store is not touched.
std::vector<ConsensusCluster> clusterImage(
    const std::vector<std::vector<Annotation>>& byAnnotator, const ConsensusOptions& options = {});

/// The per-corner median of quads after putting each one's corners in the same order (top-left first, clockwise).
/// Polygons that are not quads take part as their bounding box.
Polygon medianQuad(const std::vector<Polygon>& polygons);

/// For every image: clusters, votes, writes the consensus regions (Source::Consensus, under options.annotator,
/// replacing that annotator's earlier regions on the image) and the open conflicts, all in one transaction.
/// `progress` gets one report per image; canceling returns ErrorCode::Canceled with nothing written.
Result<ConsensusSummary> buildConsensus(
    ProjectStore& store, const ConsensusOptions& options = {}, Progress* progress = nullptr);

} // namespace lector
