// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/store_eval_source.h>

#include <lector/store/label_set_cursor.h>
#include <lector/store/labeled_image_cursor.h>
#include <lector/store/project_store.h>
#include <lector/store/read_snapshot.h>

#include <algorithm>

namespace lector {

StoreEvalSource::~StoreEvalSource()
{
    // Cursors first, then the snapshot they read under.
    m_detections.reset();
    m_truth.reset();
    m_images.reset();
    m_snapshot.reset();
}

Result<std::unique_ptr<StoreEvalSource>> StoreEvalSource::open(const ProjectStore& store, const EvalSource& groundTruth,
    const EvalSource& detections, std::size_t chunkImages, std::size_t chunkRegions)
{
    auto truth = resolveEvalSource(store, groundTruth);
    if (!truth)
        return std::move(truth).error();
    auto detected = resolveEvalSource(store, detections);
    if (!detected)
        return std::move(detected).error();
    std::unique_ptr<StoreEvalSource> source(new StoreEvalSource);
    source->m_groundTruthName = groundTruth.label();
    source->m_detectionName = detections.name;
    source->m_chunkImages = std::max<std::size_t>(1, chunkImages);
    source->m_chunkRegions = std::max<std::size_t>(1, chunkRegions);
    auto snapshot = ReadSnapshot::begin(store);
    if (!snapshot)
        return std::move(snapshot).error();
    source->m_snapshot = std::move(snapshot).value();
    auto confident = LabeledImageCursor::everyRegionHasConfidence(store, *truth, *detected);
    if (!confident)
        return std::move(confident).error();
    source->m_everyDetectionHasConfidence = *confident;
    auto images = LabeledImageCursor::open(store, *truth);
    if (!images)
        return std::move(images).error();
    source->m_images = std::move(images).value();
    auto truthRows = LabelSetCursor::open(store, *truth);
    if (!truthRows)
        return std::move(truthRows).error();
    source->m_truth = std::move(truthRows).value();
    auto detectionRows = LabelSetCursor::open(store, *detected);
    if (!detectionRows)
        return std::move(detectionRows).error();
    source->m_detections = std::move(detectionRows).value();
    return source;
}

std::int64_t StoreEvalSource::imageCount() const { return m_images->count(); }

bool StoreEvalSource::nextIsFull() const
{
    return m_exhausted || m_next.size() >= m_chunkImages || m_nextRegions >= m_chunkRegions;
}

Result<void> StoreEvalSource::readOne()
{
    LabeledImage image;
    auto more = m_images->next(image);
    if (!more)
        return std::move(more).error();
    if (!*more) {
        m_exhausted = true;
        return {};
    }
    EvalImage& e = m_next.emplace_back();
    e.id = image.id;
    e.batch = std::move(image.batch);
    e.addedAt = image.addedAt;
    e.width = image.width;
    e.height = image.height;
    // Detection rows of images the ground truth did not label are skipped by the cursor: they do not count.
    LECTOR_TRY(m_truth->readImage(e.id, e.groundTruth, e.groundTruthIds));
    LECTOR_TRY(m_detections->readImage(e.id, e.detections, e.detectionIds));
    m_nextRegions += e.groundTruth.size() + e.detections.size();
    return {};
}

Result<EvalImageChunk> StoreEvalSource::nextChunk()
{
    while (!nextIsFull())
        LECTOR_TRY(readOne());
    std::swap(m_current, m_next);
    m_next.clear();
    m_nextRegions = 0;
    return EvalImageChunk { m_current.data(), m_current.size() };
}

Result<void> StoreEvalSource::readAhead()
{
    if (!nextIsFull())
        LECTOR_TRY(readOne());
    return {};
}

} // namespace lector
