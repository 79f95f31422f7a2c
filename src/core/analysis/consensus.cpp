// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/consensus.h>

#include <lector/metrics/polygon_iou.h>
#include <lector/store/project_store.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace lector {

namespace {

QString normalized(const QString& text) { return text.simplified(); }

/// Majority vote; a tie goes to the value of the earliest annotator among the tied ones.
template <typename T, typename Key> T vote(const std::vector<Annotation>& members, Key key)
{
    std::vector<std::pair<T, int>> counts;
    for (const Annotation& m : members) {
        const T v = key(m);
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == v; });
        if (it == counts.end())
            counts.emplace_back(v, 1);
        else
            ++it->second;
    }
    // counts is in first-appearance (annotator) order; max_element keeps the first of equal counts.
    return std::max_element(counts.begin(), counts.end(), [](const auto& x, const auto& y) {
        return x.second < y.second;
    })->first;
}

} // namespace

Polygon medianQuad(const std::vector<Polygon>& polygons)
{
    std::vector<std::vector<PointF>> quads;
    quads.reserve(polygons.size());
    for (const Polygon& p : polygons) {
        Polygon q = p.isQuad() ? p : Polygon::fromBox(p.boundingBox());
        if (q.signedArea() < 0) // make every quad clockwise on screen
            std::reverse(q.points.begin(), q.points.end());
        // Start at the top-left corner (smallest x + y), so that corner i means the same corner in every quad.
        const auto first = std::min_element(
            q.points.begin(), q.points.end(), [](const PointF& a, const PointF& b) { return a.x + a.y < b.x + b.y; });
        std::rotate(q.points.begin(), first, q.points.end());
        quads.push_back(std::move(q.points));
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        const std::size_t n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    };
    Polygon out;
    for (int corner = 0; corner < 4; ++corner) {
        std::vector<double> xs, ys;
        for (const auto& q : quads) {
            xs.push_back(q[static_cast<std::size_t>(corner)].x);
            ys.push_back(q[static_cast<std::size_t>(corner)].y);
        }
        out.points.push_back({ median(xs), median(ys) });
    }
    return out;
}

std::vector<ConsensusCluster> clusterImage(
    const std::vector<std::vector<Annotation>>& byAnnotator, const ConsensusOptions& options)
{
    const int k = static_cast<int>(byAnnotator.size());
    std::vector<ConsensusCluster> clusters;
    // Greedy one-to-one matching of each annotator's regions to the clusters built so far, best IoU first; a
    // cluster is compared through its first member (the earliest annotator's region).
    for (const auto& regions : byAnnotator) {
        struct Pair {
            double iou;
            std::size_t region;
            std::size_t cluster;
        };
        std::vector<Pair> pairs;
        for (std::size_t r = 0; r < regions.size(); ++r) {
            for (std::size_t c = 0; c < clusters.size(); ++c) {
                const double iou = polygonIoU(regions[r].region.polygon, clusters[c].members.front().region.polygon);
                if (iou >= options.iouThreshold)
                    pairs.push_back({ iou, r, c });
            }
        }
        std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.iou > b.iou; });
        std::vector<bool> regionUsed(regions.size(), false);
        std::vector<bool> clusterUsed(clusters.size(), false);
        for (const Pair& p : pairs) {
            if (regionUsed[p.region] || clusterUsed[p.cluster])
                continue;
            regionUsed[p.region] = clusterUsed[p.cluster] = true;
            clusters[p.cluster].members.push_back(regions[p.region]);
        }
        for (std::size_t r = 0; r < regions.size(); ++r) {
            if (!regionUsed[r]) {
                ConsensusCluster c;
                c.members.push_back(regions[r]);
                clusters.push_back(std::move(c));
            }
        }
    }

    for (ConsensusCluster& c : clusters) {
        const auto& m = c.members;
        const int n = static_cast<int>(m.size());
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j)
                c.minIoU = std::min(c.minIoU, polygonIoU(m[i].region.polygon, m[j].region.polygon));
        }
        const QString text = vote<QString>(m, [](const Annotation& a) { return normalized(a.region.text); });
        const std::uint32_t flags = vote<std::uint32_t>(m, [](const Annotation& a) { return a.region.flags; });
        std::set<QString> texts;
        std::set<std::uint32_t> flagSets;
        int agreeing = 0;
        std::vector<Polygon> polygons;
        for (const Annotation& a : m) {
            texts.insert(normalized(a.region.text));
            flagSets.insert(a.region.flags);
            agreeing += normalized(a.region.text) == text && a.region.flags == flags;
            polygons.push_back(a.region.polygon);
        }
        if (n < k)
            c.kinds << QStringLiteral("missing");
        if (c.minIoU < options.lowIoU)
            c.kinds << QStringLiteral("geometry");
        if (texts.size() > 1)
            c.kinds << QStringLiteral("text");
        if (flagSets.size() > 1)
            c.kinds << QStringLiteral("flags");
        // Share of the image's annotators who did not give the voted region (missing or different), plus how far
        // the least-overlapping pair is from a perfect match.
        c.severity = k > 0 ? static_cast<double>(k - agreeing) / k + (1 - c.minIoU) : 0;
        if (c.kinds.isEmpty())
            c.severity = 0;
        c.hasConsensus = 2 * n > k;
        if (c.hasConsensus) {
            c.consensus.polygon = medianQuad(polygons);
            c.consensus.text = text;
            c.consensus.flags = flags;
            c.consensus.script = vote<QString>(m, [](const Annotation& a) { return a.region.script; });
        }
    }
    return clusters;
}

Result<ConsensusSummary> buildConsensus(ProjectStore& store, const ConsensusOptions& options, Progress* progress)
{
    auto consensusId = store.ensureAnnotator(options.annotator, Role::Reviewer);
    if (!consensusId)
        return std::move(consensusId).error();
    auto images = store.images();
    if (!images)
        return std::move(images).error();
    auto annotators = store.annotators();
    if (!annotators)
        return std::move(annotators).error();
    ConsensusSummary summary;
    ConsensusWrite write;
    write.consensusAnnotator = *consensusId;
    std::int64_t done = 0;
    for (const ImageRecord& image : *images) {
        if (progress) {
            progress->report(done++, static_cast<std::int64_t>(images->size()));
            if (progress->isCanceled())
                return LECTOR_ERROR(ErrorCode::Canceled, QStringLiteral("consensus canceled; nothing was written"));
        }
        write.images.push_back(image.id);
        auto all = store.annotations(image.id);
        if (!all)
            return std::move(all).error();
        // Annotators in id order: the one who joined first wins ties.
        std::vector<std::vector<Annotation>> byAnnotator;
        for (const Annotator& who : *annotators) {
            if (who.id == *consensusId || options.exclude.contains(who.name))
                continue;
            std::vector<Annotation> mine;
            for (const Annotation& a : *all) {
                if (a.annotator == who.id)
                    mine.push_back(a);
            }
            if (!mine.empty())
                byAnnotator.push_back(std::move(mine));
        }
        if (byAnnotator.empty())
            continue;
        ++summary.images;
        for (ConsensusCluster& c : clusterImage(byAnnotator, options)) {
            ++summary.clusters;
            int consensusIndex = -1;
            if (c.hasConsensus) {
                Annotation a;
                a.image = image.id;
                a.annotator = *consensusId;
                a.region = c.consensus;
                a.source = Source::Consensus;
                consensusIndex = static_cast<int>(write.annotations.size());
                write.annotations.push_back(std::move(a));
                ++summary.consensusRegions;
            }
            if (c.kinds.isEmpty())
                continue;
            Conflict conflict;
            conflict.image = image.id;
            conflict.kinds = c.kinds;
            conflict.severity = c.severity;
            BoxF bounds = c.members.front().region.polygon.boundingBox();
            for (const Annotation& m : c.members) {
                conflict.annotations.push_back(m.id);
                const BoxF b = m.region.polygon.boundingBox();
                bounds = { std::min(bounds.x0, b.x0), std::min(bounds.y0, b.y0), std::max(bounds.x1, b.x1),
                    std::max(bounds.y1, b.y1) };
            }
            conflict.bounds = bounds;
            write.conflicts.push_back(std::move(conflict));
            write.conflictConsensus.push_back(consensusIndex);
            ++summary.conflicts;
            for (const QString& kind : c.kinds)
                ++summary.conflictsByKind[kind];
        }
    }
    LECTOR_TRY(ConflictRepository(store).replaceConsensus(write));
    return summary;
}

} // namespace lector
