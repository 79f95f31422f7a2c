// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/analysis/consensus.h>
#include <lector/core/result.h>
#include <lector/metrics/detection_eval.h>

#include <QString>

#include <vector>

namespace lector {

class ProjectStore;

/// One annotator beside the consensus, both scored against a ground truth on the same images: those the annotator
/// labeled (drew a region on) and the ground truth labeled.
struct AnnotatorQuality {
    QString annotator;
    long long images = 0;
    DetectionCounts annotatorCounts;
    DetectionCounts consensusCounts;
};

/// How close a consensus is to a ground truth, and each annotator on their own images.
struct ConsensusQuality {
    QString truth;
    long long images = 0; // images some annotator labeled, and the ground truth too
    DetectionCounts consensus; // over those images
    std::vector<AnnotatorQuality> annotators; // in annotator id order
};

/// Scores the consensus (the annotator options.annotator) and each annotator the consensus is built from (those
/// not in options.exclude, `truth` always left out) against the annotator `truth`, with the ICDAR 2015 protocol of
/// evaluateDetections (IoU above 0.5, one-to-one, greedy), on the images each one labeled. What docs/consensus.md
/// and the consensus tests measure the consensus by. NotFound when `truth` or the consensus has no labels.
Result<ConsensusQuality> compareWithTruth(
    const ProjectStore& store, const QString& truth, const ConsensusOptions& options = {});

} // namespace lector
