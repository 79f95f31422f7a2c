// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/analysis/efficiency.h>
#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/metrics/detection_eval.h>

#include <QString>
#include <QStringList>

#include <vector>

namespace lector {

class ProjectStore;

struct FeedbackOptions {
    QString annotator;
    /// What the rater is compared with: an annotator's labels ("reference", "consensus"); empty takes the reference
    /// when it has labels, else the consensus.
    QString against;
    double looseIou = 0.7; // a matched box below this IoU is loose
    int confusions = 10; // most frequent character confusions listed
    int batches = 5; // the last batches of the trend
};

/// How the rater's words differ from the truth, on the images they labeled.
struct DisagreementKinds {
    long long missed = 0; // truth words with no box of the rater
    long long extra = 0; // rater boxes with no truth word
    long long loose = 0; // matched, box IoU under FeedbackOptions::looseIou
    long long text = 0; // matched, another transcription
    long long flags = 0; // matched, the illegible flag differs
};

/// One batch of the trend, in import order.
struct FeedbackBatch {
    QString batch;
    long long words = 0; // truth words on the rater's images of the batch
    double recall = 0;
    double wordAccuracy = 0;
};

/// A slice a guideline version is about (GuidelineVersion::about), and how the rater and the others do on it.
struct FeedbackRule {
    int version = 0;
    QString changelog;
    QString dimension;
    QString bin;
    long long words = 0; // truth words of the slice on the rater's images
    long long errors = 0; // of them missed or misread by the rater
    double wordAccuracy = 0;
    double teamWordAccuracy = 0; // every other annotator's words of the slice pooled; NaN without any
};

/// Another annotator against the same truth, for comparison.
struct FeedbackPeer {
    QString name;
    long long words = 0;
    double recall = 0;
    double wordAccuracy = 0;
};

/// One rater's feedback page: agreement with the truth, its kinds, the confusions, the speed, the trend, the rules.
struct RaterFeedback {
    QString annotator;
    QString against;
    int images = 0; // images the rater labeled (a region, or marked done) that the truth labeled too
    DetectionCounts counts; // the rater's words scored against the truth (the ICDAR 2015 protocol)
    DisagreementKinds kinds;
    std::vector<CharConfusion> confusions; // truth -> the rater's character, most frequent first
    AnnotatorEfficiency speed;
    double teamMedianBoxesPerHour = 0; // the median over the annotators with boxes (this one included)
    std::vector<FeedbackBatch> batches; // the last FeedbackOptions::batches, oldest first
    std::vector<FeedbackRule> rules;
    std::vector<FeedbackPeer> peers; // the other annotators, by name
};

/// Computes the feedback of one annotator from the store. NotFound naming the annotator (or the truth) when it does
/// not exist; InvalidArgument when the annotator labeled no image the truth labeled. Changes nothing.
Result<RaterFeedback> computeRaterFeedback(
    ProjectStore& store, const FeedbackOptions& options, Progress* progress = nullptr);

/// The page a lead hands to the rater: self-contained HTML (inline style, no script), escaped.
QString feedbackHtml(const RaterFeedback& feedback);

} // namespace lector
