// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/dedup/image_hashes.h>
#include <lector/dedup/pair_check.h>
#include <lector/store/duplicate_repository.h>
#include <lector/store/types.h>

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace lector {

class DecodedPages;
class ProjectStore;

/// An image of the project with its hashes (what clustering reads; immutable, safe across threads).
struct HashedImage {
    ImageId id = 0;
    QString path; // absolute
    QString batch;
    std::int64_t fileSize = 0;
    std::int64_t addedAt = 0;
    ImageHashes hashes;
};

/// An image that was skipped: missing or no longer decoding.
struct DedupProblem {
    ImageId image = 0;
    QString path;
    QString message;
};

/// Every image's hashes, new and changed files hashed, the rest read from the store.
struct ProjectHashes {
    std::vector<HashedImage> images;
    std::vector<DedupProblem> problems;
    std::int64_t hashed = 0; // images hashed by this run (not read back from the store)
    /// With `keepPages`: the pages this run decoded whole, at the pixel check's size, for checkNearPairs.
    std::shared_ptr<DecodedPages> pages;
};

/// A cluster of images: `distance` is the largest link distance in it (0 for exact duplicates).
struct ImageCluster {
    std::vector<ImageId> images; // ascending
    int distance = 0;
};

/// Two or more regions of one annotator on one image that overlap at IoU >= the threshold (one word boxed twice).
struct RegionCluster {
    ImageId image = 0;
    AnnotatorId annotator = 0;
    std::vector<AnnotationId> regions; // ascending
    double iou = 0; // the smallest IoU of a link in the cluster
};

/// The default near-duplicate threshold (bits of 64) and the largest accepted.
constexpr int kDefaultDedupThreshold = 10;
constexpr int kMaxDedupThreshold = 19;

/// Brings the stored hashes up to date: images without stored hashes, or whose file size or modification time
/// changed, are hashed on lector::parallelFor threads (`threads` as ParallelOptions::threads) and committed in
/// batches of 256, each batch one transaction, so a cancel or a kill keeps whole batches only. Missing and
/// undecodable images are listed in `problems` and skipped. Canceled: ErrorCode::Canceled. `keepPages`: the pages
/// hashing decoded whole (PNG, TIFF, small JPEG) are kept in `pages` within a budget of 256 MB at the pixel check's
/// size, so that a checkNearPairs that follows does not decode them again.
Result<ProjectHashes> updateProjectHashes(
    ProjectStore& store, Progress* progress = nullptr, int threads = 0, bool keepPages = false);

/// Two images the hashes call near: indices into the images, the smaller of their pHash and rhash distances, and
/// what the pixel check found (unchecked: `checked` false). `inferred`: decided by transitivity, not looked at (its
/// images were already joined by confirmed pairs, or their groups were found different); then only check.same is set.
struct NearPair {
    std::size_t first = 0;
    std::size_t second = 0;
    int distance = 0;
    bool checked = false;
    bool inferred = false;
    PairCheck check;
};

/// The candidate pairs: images whose pHash or content-box hash (rhash) lies within `threshold`, found through a
/// HashIndex on each (never all pairs), sorted by (first, second). Quick: hashes only.
std::vector<NearPair> nearCandidates(
    const std::vector<HashedImage>& images, int threshold, Progress* progress = nullptr);

/// Decides every unchecked pair by its pixels (checkPair: aligned, then the ink compared), so that pages of one
/// template (forms, receipts: the same picture at 32 x 32, other words) are not called duplicates. Nearest pairs
/// first, and by transitivity where it decides (see NearPair::inferred): a group of k copies costs k - 1 checks,
/// two groups found different one. Signatures (at kPageCheckSide) are kept in a bounded cache, made on
/// lector::parallelFor threads, and the checks of a round run in parallel. An image that no longer decodes leaves
/// its pairs unconfirmed. Canceled: ErrorCode::Canceled (the pairs decided so far keep their result). `pages`
/// (ProjectHashes::pages): pages already decoded, taken from it instead of decoding their files again.
Result<void> checkNearPairs(const std::vector<HashedImage>& images, std::vector<NearPair>& pairs,
    Progress* progress = nullptr, int threads = 0, DecodedPages* pages = nullptr);

/// Clusters of the pairs within `threshold` that are confirmed (checked and the same page; or every pair within the
/// threshold when `requireCheck` is false), joined transitively. Pure and quick: what the dock's slider calls.
std::vector<ImageCluster> clustersOfPairs(const std::vector<HashedImage>& images, const std::vector<NearPair>& pairs,
    int threshold, bool requireCheck = true);

/// Near-duplicate clusters at `threshold`: nearCandidates, checkNearPairs, clustersOfPairs (`checkPixels` false:
/// the hashes alone).
Result<std::vector<ImageCluster>> nearClusters(
    const std::vector<HashedImage>& images, int threshold, Progress* progress = nullptr, bool checkPixels = true);

/// Exact duplicates: images with the same decoded pixels. Candidates are images of the same size whose pHash and
/// dHash lie within 2 bits (same pixels give the same reduced decode up to the codec's rounding); only they are
/// decoded whole, and their pixel SHA-256 is stored so that a later run decodes nothing again.
Result<std::vector<ImageCluster>> exactClusters(ProjectStore& store, const std::vector<HashedImage>& images);

/// Word-level duplicates of every annotator on every image.
Result<std::vector<RegionCluster>> regionDuplicates(ProjectStore& store, double minIou = 0.9);

/// The default choice for a cluster: keep the largest image (pixels, then file bytes), then the earliest added (then
/// the lowest id); the others are marked duplicates of it.
std::vector<DuplicateMark> defaultMarks(
    const std::vector<ImageCluster>& clusters, const std::vector<HashedImage>& images);

} // namespace lector
