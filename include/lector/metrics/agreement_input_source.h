// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/metrics/agreement_source.h>

namespace lector {

/// An AgreementInput in memory as an AgreementSource: what computeAgreement(const AgreementInput&) streams, so that
/// tests and small callers keep their whole input. It copies each image as it is read; the input must outlive it.
class AgreementInputSource : public AgreementSource {
public:
    /// `chunk` caps the images one read() gives (0: no cap), so that tests can put the chunk boundaries anywhere.
    explicit AgreementInputSource(const AgreementInput& input, int chunk = 0);

    QStringList annotators() const override { return m_annotators; }
    std::int64_t imageCount() const override { return std::int64_t(m_input.images.size()); }
    Result<int> read(std::vector<AgreementImage>& images, int max) override;

private:
    const AgreementInput& m_input;
    int m_chunk = 0;
    std::size_t m_next = 0;
    QStringList m_annotators;
};

} // namespace lector
