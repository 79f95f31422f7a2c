// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/store/types.h>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <vector>

namespace lector {

class ProjectStore;

/// How the images to label next are chosen.
enum class SelectStrategy {
    Mixed, // the default: least confidence, diversity and rare slices taken in turn
    LeastConfidence, // the model's least confident pages: mean (1 − confidence) of a run's words
    Margin, // the pages whose words sit nearest the model's doubt: mean |2 confidence − 1| of a run's words, lowest
    AnnotatorDisagreement, // pages two or more annotators labeled, worst agreement first (to label again or review)
    RunDisagreement, // pages where two runs read differently: 1 − end-to-end F1 of one run against the other
    Diversity, // k-center greedy over the stored image hashes: each pick the page farthest from all labeled and picked
    RareSlices, // pages of batches, sizes and scripts the labeled images under-represent
    Random, // a seeded random pick: the baseline the others are measured against
};
QString selectStrategyName(SelectStrategy strategy); // "mixed", "least-confidence", "margin", ...
bool parseSelectStrategy(const QString& name, SelectStrategy* strategy);
/// Every strategy, in the order the UI lists them.
std::vector<SelectStrategy> selectStrategies();
/// One line for the UI and --help.
QString selectStrategyExplanation(SelectStrategy strategy);

/// What selection knows of one image. Figures a strategy does not need stay NaN (or unhashed).
struct SelectCandidate {
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    ImageId image = 0;
    QString batch;
    int width = 0;
    int height = 0;
    bool labeled = false; // an annotator (not the reference, not the consensus) has labeled it
    int predictions = 0; // words of the run with a confidence
    double uncertainty = kNone; // mean (1 − confidence) over them
    double margin = kNone; // mean |2 confidence − 1| over them
    QString script; // the script most of the run's words are in (ties: the first by name); empty without words
    double annotatorDisagreement = kNone; // 1 − F1 pooled over the pairs of annotators on it
    double runDisagreement = kNone; // 1 − end-to-end F1 of the second run against the first
    bool hashed = false;
    std::uint64_t phash = 0;
    std::uint64_t dhash = 0;
};

struct SelectOptions {
    SelectStrategy strategy = SelectStrategy::Mixed;
    int budget = 100;
    /// Labeled images are candidates too (by default only images nobody labeled are). AnnotatorDisagreement looks
    /// at labeled images whatever this says.
    bool includeLabeled = false;
    std::uint32_t seed = 1; // Random, and the order of Random's ties
};

struct SelectedImage {
    ImageId image = 0;
    double score = 0; // the strategy's own: higher is picked first
    SelectStrategy by = SelectStrategy::Random; // which strategy picked it (Mixed names the one whose turn it was)
};

/// What a strategy can use: the candidates in the pool (not duplicates; unlabeled unless includeLabeled) with the
/// figure it needs. Pure and deterministic: the same candidates and options give the same queue.
/// - LeastConfidence / Margin / AnnotatorDisagreement / RunDisagreement: by the figure, ties by image id; images
///   without the figure are left out.
/// - Diversity: k-center greedy (Sener & Savarese 2018) with distance the Hamming distance of pHash plus dHash
///   (0-128); the centres start as every labeled image that is hashed (none: the pool's first image by id); score
///   is the distance to the nearest centre at the time of the pick, over 128. Unhashed images are left out.
/// - RareSlices: each pick takes the image whose batch, size bin (imageSizeBin, as the evaluation's slices) or script
/// is most under-represented among the
///   labeled images and the picks so far: log of (share among all candidates + labeled) over (share among labeled
///   and picked), add-one smoothed, the largest over the three dimensions; ties by image id.
/// - Random: a seeded shuffle.
/// - Mixed: least confidence (when any image has a run's confidence), diversity (when hashed) and rare slices in
///   turn, each taking its best image not picked yet.
std::vector<SelectedImage> selectImages(const std::vector<SelectCandidate>& candidates, const SelectOptions& options);

/// Where the figures come from in a project.
struct SelectSources {
    QString run; // LeastConfidence, Margin, Mixed: empty takes the newest run (none: Mixed does without)
    QString otherRun; // RunDisagreement: the second run
};

/// What selectFromStore found.
struct Selection {
    std::vector<SelectedImage> images;
    std::int64_t pool = 0; // candidates the strategy could choose from
    std::int64_t duplicates = 0; // images marked a duplicate, never chosen
    QString run; // the run whose confidences were used ("" when none)
    QStringList notes; // what the user should know: images without hashes, a strategy with nothing to go on
};

/// Reads the candidates from the store (images, who labeled them, duplicates, the run's confidences and scripts in
/// one pass over its predictions, stored hashes; agreement and the second run only for the strategies that need
/// them) and selects. NotFound naming the run when it does not exist; InvalidArgument when the strategy needs a run
/// or a second run that is not given. Changes nothing in the store. Canceled through `progress`.
Result<Selection> selectFromStore(const ProjectStore& store, const SelectOptions& options,
    const SelectSources& sources = {}, Progress* progress = nullptr);

/// One image of the queue with who is to label it.
struct QueueEntry {
    int position = 0; // 0-based, the selection's order
    ImageId image = 0;
    double score = 0;
    SelectStrategy by = SelectStrategy::Random;
    QStringList annotators;
};

/// Deals the selection out to `annotators`: a share `overlap` of the images (spread evenly through the queue, the
/// count rounded to the nearest) goes to `perOverlap` annotators each (at most all of them), the rest to one; each
/// image goes to the annotators with the least work so far (ties in the order given), so that loads differ by at
/// most one image. InvalidArgument without annotators, with overlap outside [0, 1] or perOverlap below 2 while
/// overlap > 0.
Result<std::vector<QueueEntry>> assignQueue(
    const std::vector<SelectedImage>& selection, const QStringList& annotators, double overlap, int perOverlap = 2);

} // namespace lector
