// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/in_memory_eval_source.h>

#include <algorithm>

namespace lector {

InMemoryEvalSource::InMemoryEvalSource(const DetectionEvalInput& input, std::size_t chunkSize)
    : m_input(input)
    , m_chunkSize(chunkSize > 0 ? chunkSize : std::max<std::size_t>(1, input.images.size()))
{
}

QString InMemoryEvalSource::groundTruthName() const { return m_input.groundTruthName; }

QString InMemoryEvalSource::detectionName() const { return m_input.detectionName; }

std::int64_t InMemoryEvalSource::imageCount() const { return std::int64_t(m_input.images.size()); }

Result<bool> InMemoryEvalSource::everyDetectionHasConfidence()
{
    return std::all_of(m_input.images.begin(), m_input.images.end(), [](const EvalImage& image) {
        return std::all_of(
            image.detections.begin(), image.detections.end(), [](const Region& r) { return r.hasConfidence(); });
    });
}

Result<EvalImageChunk> InMemoryEvalSource::nextChunk()
{
    const std::size_t count = std::min(m_chunkSize, m_input.images.size() - m_next);
    EvalImageChunk chunk { m_input.images.data() + m_next, count };
    m_next += count;
    return chunk;
}

} // namespace lector
