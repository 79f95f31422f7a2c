// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/metrics/detection_eval_loader.h>
#include <lector/metrics/eval_image_source.h>

#include <memory>
#include <vector>

namespace lector {

class LabeledImageCursor;
class LabelSetCursor;
class ReadSnapshot;

/// The images of an evaluation read straight from the store, a chunk at a time: the same images, regions, ids and
/// order as loadDetectionEvalInput (the images the ground-truth side labeled, ascending id), walked with one
/// cursor over those images and one over each side, all under one ReadSnapshot on the store's connection. It holds
/// two chunks at most: the one being evaluated and the next, which readAhead() fills while the other cores work.
/// Lives on the store's thread and must not outlive the store.
class StoreEvalSource : public EvalImageSource {
public:
    /// NotFound (listing what exists) when the annotator or run is unknown. `chunkImages` images per chunk (and
    /// fewer when they hold more than `chunkRegions` regions).
    static Result<std::unique_ptr<StoreEvalSource>> open(const ProjectStore& store, const EvalSource& groundTruth,
        const EvalSource& detections, std::size_t chunkImages = 512, std::size_t chunkRegions = 131072);
    ~StoreEvalSource() override;

    QString groundTruthName() const override { return m_groundTruthName; }
    QString detectionName() const override { return m_detectionName; }
    std::int64_t imageCount() const override;
    /// Asked of the store when the source opens, under its snapshot.
    Result<bool> everyDetectionHasConfidence() override { return m_everyDetectionHasConfidence; }
    Result<EvalImageChunk> nextChunk() override;
    Result<void> readAhead() override;

private:
    StoreEvalSource() = default;
    bool nextIsFull() const;
    Result<void> readOne();

    // Declared first, so that it ends after the cursors it covers.
    std::unique_ptr<ReadSnapshot> m_snapshot;
    std::unique_ptr<LabeledImageCursor> m_images;
    std::unique_ptr<LabelSetCursor> m_truth;
    std::unique_ptr<LabelSetCursor> m_detections;
    QString m_groundTruthName;
    QString m_detectionName;
    std::size_t m_chunkImages = 0;
    std::size_t m_chunkRegions = 0;
    std::vector<EvalImage> m_current;
    std::vector<EvalImage> m_next;
    std::size_t m_nextRegions = 0;
    bool m_exhausted = false;
    bool m_everyDetectionHasConfidence = false;
};

} // namespace lector
