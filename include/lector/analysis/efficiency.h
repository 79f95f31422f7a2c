// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/store/edit_activity_reader.h>

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace lector {

class ProjectStore;

struct EfficiencyOptions {
    /// A pause between two edits longer than this is idle: it is dropped and a new session begins.
    double idleThresholdSeconds = 120;
    /// Annotators left out (e.g. "reference", whose labels were imported rather than drawn).
    QStringList exclude;
};

/// Speed figures of one annotator from the edit log.
struct AnnotatorEfficiency {
    QString name;
    std::int64_t boxes = 0; // a person's "add" edits that still stand (not undone; engines' rows are no boxes)
    std::int64_t corrections = 0; // their "change" and "remove" edits that still stand
    double activeSeconds = 0;
    int sessions = 0;
    double medianSecondsPerBox = 0; // median of the "add" events' seconds; 0 without boxes
    /// Share of this annotator's regions that agree with the consensus; set by fillConsensusAgreement (or the
    /// dashboard's computeQualitySummary) when one was built.
    std::optional<double> consensusAgreement;

    double activeHours() const { return activeSeconds / 3600.0; }
    double boxesPerHour() const { return activeSeconds > 0 ? boxes / activeHours() : 0; }
    double correctionsPerBox() const { return boxes > 0 ? static_cast<double>(corrections) / boxes : 0; }
};

struct EfficiencyReport {
    double idleThresholdSeconds = 120;
    std::vector<AnnotatorEfficiency> annotators; // sorted by name
};

/// Active time: the events of one annotator in time order; a gap up to the idle threshold counts whole. A longer
/// gap counts nothing and starts a new session, whose first event counts its own recorded seconds (capped at the
/// threshold) — the work that led up to it. So a day with a coffee break is two sessions, and the break is not work.
EfficiencyReport computeEfficiency(const std::vector<EditActivity>& events, const EfficiencyOptions& options = {});
/// The same over a project's edit log.
Result<EfficiencyReport> computeEfficiency(ProjectStore& store, const EfficiencyOptions& options = {});

/// Sets consensusAgreement of the report's annotators once a consensus was built (the annotator "consensus" has
/// regions): the share of each one's regions that match a consensus region of the same image (IoU >= 0.5) with the
/// same transcription and flags, over the images and regions the agreement report reads (reference and consensus
/// left out), so the same figure as the dashboard's (computeQualitySummary). Without a consensus it leaves them
/// unset. One pass over the project, on the store's thread.
Result<void> fillConsensusAgreement(const ProjectStore& store, EfficiencyReport& report);

/// {"idle_threshold_seconds", "annotators": [{name, boxes, active_hours, boxes_per_hour, median_seconds_per_box,
/// corrections, corrections_per_box, sessions, agreement_with_consensus (null when unknown)}]}
nlohmann::json efficiencyToJson(const EfficiencyReport& report);

} // namespace lector
