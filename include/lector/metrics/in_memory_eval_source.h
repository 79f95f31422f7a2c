// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/metrics/eval_image_source.h>

namespace lector {

/// An EvalImageSource over a DetectionEvalInput already in memory, without copying it: chunks point into the
/// input, which must outlive the source.
class InMemoryEvalSource : public EvalImageSource {
public:
    /// `chunkSize` images per chunk (0: all of them in one).
    explicit InMemoryEvalSource(const DetectionEvalInput& input, std::size_t chunkSize = 0);

    QString groundTruthName() const override;
    QString detectionName() const override;
    std::int64_t imageCount() const override;
    Result<bool> everyDetectionHasConfidence() override;
    Result<EvalImageChunk> nextChunk() override;

private:
    const DetectionEvalInput& m_input;
    std::size_t m_chunkSize = 0;
    std::size_t m_next = 0;
};

} // namespace lector
