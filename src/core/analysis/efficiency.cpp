// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/efficiency.h>

#include <lector/metrics/store_agreement_source.h>
#include <lector/store/project_store.h>

#include "analysis/consensus_tally.h"

#include <algorithm>
#include <map>

namespace lector {

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2;
}

} // namespace

EfficiencyReport computeEfficiency(const std::vector<EditActivity>& events, const EfficiencyOptions& options)
{
    // Work that was undone is no work, and undo and redo are not work either: replay the log first (in entry
    // order), then keep a person's edits that still stand. Engines' rows (promoted pre-labels, accepted
    // predictions, re-read text), imports and settlements are not an annotator's labeling.
    std::vector<std::size_t> order(events.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(
        order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return events[x].entry < events[y].entry; });
    std::vector<EditStep> steps;
    steps.reserve(events.size());
    for (std::size_t i : order)
        steps.push_back({ events[i].entry, events[i].annotation, events[i].reason, events[i].undoes });
    const std::vector<char> standing = standingEntries(steps);

    // Group by annotator, then put each group in time order (the input may come in any order).
    std::map<QString, std::vector<const EditActivity*>> byAnnotator;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const EditActivity& e = events[order[k]];
        if (standing[k] && e.reason == EditReason::Edit && !options.exclude.contains(e.annotator))
            byAnnotator[e.annotator].push_back(&e);
    }
    const double threshold = options.idleThresholdSeconds;
    EfficiencyReport report;
    report.idleThresholdSeconds = threshold;
    report.annotators.reserve(byAnnotator.size());
    for (auto& [name, list] : byAnnotator) {
        std::stable_sort(
            list.begin(), list.end(), [](const EditActivity* a, const EditActivity* b) { return a->at < b->at; });
        AnnotatorEfficiency eff;
        eff.name = name;
        std::vector<double> boxSeconds;
        const EditActivity* previous = nullptr;
        for (const EditActivity* e : list) {
            if (e->action == QLatin1String("add")) {
                ++eff.boxes;
                boxSeconds.push_back(e->seconds);
            } else {
                ++eff.corrections;
            }
            const double gap = previous ? (e->at - previous->at) / 1000.0 : 0;
            if (previous && gap <= threshold) {
                eff.activeSeconds += gap;
            } else {
                ++eff.sessions;
                eff.activeSeconds += std::clamp(e->seconds, 0.0, threshold);
            }
            previous = e;
        }
        eff.medianSecondsPerBox = median(std::move(boxSeconds));
        report.annotators.push_back(std::move(eff));
    }
    return report;
}

Result<EfficiencyReport> computeEfficiency(ProjectStore& store, const EfficiencyOptions& options)
{
    auto events = EditActivityReader(store).activity();
    if (!events)
        return std::move(events).error();
    return computeEfficiency(*events, options);
}

nlohmann::json efficiencyToJson(const EfficiencyReport& report)
{
    nlohmann::json annotators = nlohmann::json::array();
    for (const AnnotatorEfficiency& a : report.annotators) {
        annotators.push_back({ { "name", a.name.toStdString() }, { "boxes", a.boxes },
            { "active_hours", a.activeHours() }, { "boxes_per_hour", a.boxesPerHour() },
            { "median_seconds_per_box", a.medianSecondsPerBox }, { "corrections", a.corrections },
            { "corrections_per_box", a.correctionsPerBox() }, { "sessions", a.sessions },
            { "agreement_with_consensus",
                a.consensusAgreement ? nlohmann::json(*a.consensusAgreement) : nlohmann::json(nullptr) } });
    }
    return { { "idle_threshold_seconds", report.idleThresholdSeconds }, { "annotators", std::move(annotators) } };
}

Result<void> fillConsensusAgreement(const ProjectStore& store, EfficiencyReport& report)
{
    auto consensus = store.findAnnotator(QStringLiteral("consensus"));
    if (!consensus)
        return std::move(consensus).error();
    if (!*consensus)
        return {};
    // The images and regions the dashboard's agreement report reads, so that both give the same share.
    auto source = StoreAgreementSource::open(store);
    if (!source)
        return std::move(source).error();
    ConsensusTally tally(**source, store, (*consensus)->id);
    std::vector<AgreementImage> images;
    for (;;) {
        images.clear();
        auto n = tally.read(images, 256);
        if (!n)
            return std::move(n).error();
        if (*n == 0)
            break;
    }
    tally.fill(report);
    return {};
}

} // namespace lector
