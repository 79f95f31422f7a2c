// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "analysis/consensus_tally.h"

#include <lector/metrics/region_matching.h>
#include <lector/store/project_store.h>

namespace lector {

ConsensusTally::ConsensusTally(AgreementSource& source, const ProjectStore& store, std::optional<AnnotatorId> consensus)
    : m_source(source)
    , m_store(store)
    , m_consensus(consensus)
{
}

Result<int> ConsensusTally::read(std::vector<AgreementImage>& images, int max)
{
    const size_t first = images.size();
    auto n = m_source.read(images, max);
    if (!n || !m_consensus)
        return n;
    for (size_t i = first; i < images.size(); ++i)
        LECTOR_TRY(tally(images[i]));
    return n;
}

void ConsensusTally::fill(EfficiencyReport& efficiency) const
{
    for (AnnotatorEfficiency& a : efficiency.annotators) {
        auto it = m_counts.find(a.name);
        if (it != m_counts.end() && it->second.second > 0)
            a.consensusAgreement = static_cast<double>(it->second.first) / static_cast<double>(it->second.second);
    }
}

Result<void> ConsensusTally::tally(const AgreementImage& image)
{
    auto voted = m_store.annotations(image.id, *m_consensus);
    if (!voted)
        return std::move(voted).error();
    if (voted->empty())
        return {};
    std::vector<Polygon> votedPolygons;
    for (const Annotation& v : *voted)
        votedPolygons.push_back(v.region.polygon);
    for (const auto& [name, regions] : image.byAnnotator) {
        std::vector<Polygon> polygons;
        for (const AgreementRegion& r : regions)
            polygons.push_back(r.region.polygon);
        auto& [agreeing, total] = m_counts[name];
        total += static_cast<std::int64_t>(regions.size());
        for (const RegionMatch& m : matchRegions(polygons, votedPolygons, 0.5)) {
            const Region& mine = regions[static_cast<size_t>(m.a)].region;
            const Region& vote = (*voted)[static_cast<size_t>(m.b)].region;
            if (mine.text == vote.text && mine.flags == vote.flags)
                ++agreeing;
        }
    }
    return {};
}

} // namespace lector
