// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/metrics/agreement_report.h>

#include <QStringList>

#include <cstdint>
#include <vector>

namespace lector {

/// Where the agreement report reads its images from, a few at a time, so that a project of any size streams through
/// it instead of being held in memory: the project store (StoreAgreementSource), an AgreementInput in memory
/// (AgreementInputSource), a generator (the benchmark). computeAgreement asks annotators() and imageCount() once,
/// then calls read() until it yields nothing, always from its calling thread.
class AgreementSource {
public:
    virtual ~AgreementSource() = default;
    /// Every annotator the images name (in AgreementImage::byAnnotator), and no one else: the report has a pair
    /// for each two of them, whether or not they met on an image. Any order.
    virtual QStringList annotators() const = 0;
    /// How many images read() yields in all; only progress depends on it.
    virtual std::int64_t imageCount() const = 0;
    /// Appends the next images, in order and at most `max` of them, to `images`; returns how many, 0 once every
    /// image was read.
    virtual Result<int> read(std::vector<AgreementImage>& images, int max) = 0;
};

} // namespace lector
