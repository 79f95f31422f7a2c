// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/analysis/efficiency.h>
#include <lector/metrics/agreement_source.h>
#include <lector/store/types.h>

#include <cstdint>
#include <map>
#include <optional>

namespace lector {

class ProjectStore;

/// Passes a source's images on unchanged and, as they go by, counts for each annotator the regions that match a
/// consensus region of the same image (IoU >= 0.5) with the same transcription and flags: the share is their
/// agreement with the consensus (AnnotatorEfficiency::consensusAgreement). Wrapped around the agreement report's
/// source, the project is read once for both. Counts only images where the consensus has regions, so nothing is
/// counted without a consensus. On the store's thread, like the source.
class ConsensusTally : public AgreementSource {
public:
    /// `consensus`: the annotator the consensus is written under; nullopt when there is none (nothing is counted).
    ConsensusTally(AgreementSource& source, const ProjectStore& store, std::optional<AnnotatorId> consensus);

    QStringList annotators() const override { return m_source.annotators(); }
    std::int64_t imageCount() const override { return m_source.imageCount(); }
    Result<int> read(std::vector<AgreementImage>& images, int max) override;

    /// Sets consensusAgreement of the report's annotators who had regions on an image with consensus regions.
    void fill(EfficiencyReport& efficiency) const;

private:
    Result<void> tally(const AgreementImage& image);

    AgreementSource& m_source;
    const ProjectStore& m_store;
    std::optional<AnnotatorId> m_consensus;
    std::map<QString, std::pair<std::int64_t, std::int64_t>> m_counts; // name -> (agreeing, regions)
};

} // namespace lector
