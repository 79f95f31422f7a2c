// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/analysis/suspects.h>
#include <lector/core/result.h>

#include <QString>

#include <cstdint>
#include <vector>

namespace lector {

class ProjectStore;

/// How well the finder's list of one kind finds the errors a ground truth shows.
struct SuspectKindQuality {
    SuspectKind kind = SuspectKind::MissedWord;
    std::int64_t errors = 0; // the annotator's errors of this kind against the truth
    std::int64_t listed = 0; // suspects of this kind
    std::int64_t found = 0; // errors among them
    double precisionAt100 = 0;
    double precisionAt500 = 0;
    double recall = 0;
    double averagePrecision = 0;
};

/// Average precision of a ranked list against `positives` relevant items in all: the mean, over the relevant items,
/// of the precision at each one's rank (an item never listed counts 0).
double averagePrecision(const std::vector<char>& relevant, std::int64_t positives);

/// Measures the report's missed words, wrong texts and loose boxes of `annotator` against the labels of `truth`
/// (the demo's "reference") on the images the annotator labeled (a label, or the image marked done). An error: a truth
/// word with no label of the annotator at IoU > 0.3 (missed), a label matched one to one (IoU >= 0.5) to a truth word
/// of another text (wrong text), a label whose best IoU with the truth is in [0.3, 0.7) (loose). A suspect is right
/// when it names such an error (a missed word: its place matches the missed truth word at IoU >= 0.5), each error
/// counted once.
Result<std::vector<SuspectKindQuality>> measureSuspectQuality(
    const ProjectStore& store, const SuspectReport& report, const QString& annotator, const QString& truth);

} // namespace lector
