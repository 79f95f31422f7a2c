// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/consensus_quality.h>

#include <lector/metrics/detection_eval_loader.h>
#include <lector/store/project_store.h>

#include <map>
#include <set>

namespace lector {

Result<ConsensusQuality> compareWithTruth(
    const ProjectStore& store, const QString& truth, const ConsensusOptions& options)
{
    auto consensus
        = loadDetectionEvalInput(store, EvalSource::annotator(truth), EvalSource::annotator(options.annotator));
    if (!consensus)
        return std::move(consensus).error();
    std::map<ImageId, const EvalImage*> consensusImages;
    for (const EvalImage& image : consensus->images)
        consensusImages[image.id] = &image;
    auto annotators = store.annotators();
    if (!annotators)
        return std::move(annotators).error();

    ConsensusQuality quality;
    quality.truth = truth;
    std::set<ImageId> covered;
    for (const Annotator& who : *annotators) {
        if (who.name == truth || who.name == options.annotator || options.exclude.contains(who.name))
            continue;
        auto input = loadDetectionEvalInput(store, EvalSource::annotator(truth), EvalSource::annotator(who.name));
        if (!input)
            return std::move(input).error();
        // Both sides on the annotator's images only: a page they never saw is no miss of theirs, and the consensus
        // there does not say how it compares with them.
        DetectionEvalInput mine { input->groundTruthName, input->detectionName, {} };
        DetectionEvalInput voted { consensus->groundTruthName, consensus->detectionName, {} };
        for (EvalImage& image : input->images) {
            if (image.detections.empty())
                continue;
            covered.insert(image.id);
            const auto it = consensusImages.find(image.id);
            EvalImage other = it != consensusImages.end() ? *it->second : image;
            if (it == consensusImages.end())
                other.detections.clear(); // the truth labeled it, the consensus has nothing there
            voted.images.push_back(std::move(other));
            mine.images.push_back(std::move(image));
        }
        if (mine.images.empty())
            continue;
        AnnotatorQuality q;
        q.annotator = who.name;
        q.images = static_cast<long long>(mine.images.size());
        q.annotatorCounts = evaluateDetections(mine).totals;
        q.consensusCounts = evaluateDetections(voted).totals;
        quality.annotators.push_back(std::move(q));
    }
    DetectionEvalInput all { consensus->groundTruthName, consensus->detectionName, {} };
    for (const EvalImage& image : consensus->images) {
        if (covered.count(image.id))
            all.images.push_back(image);
    }
    quality.images = static_cast<long long>(all.images.size());
    quality.consensus = evaluateDetections(all).totals;
    return quality;
}

} // namespace lector
