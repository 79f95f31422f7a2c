// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <vector>

namespace lector {

/// One annotator's say on one place: `reading` numbers the distinct readings (text and flags) drawn there, 0 ..
/// readings-1; -1 when the annotator labeled the image but drew nothing there.
struct DawidSkeneVote {
    int annotator = 0;
    int reading = -1;
};

/// One place (a cluster of regions) and the votes of everyone who labeled its image, each annotator at most once.
struct DawidSkeneItem {
    std::vector<DawidSkeneVote> votes;
    int readings = 0; // distinct readings among the votes
};

/// Beta(a, b) pseudo-counts of the maximum a posteriori estimates. With no data they give the prior's mode
/// (a-1)/(a+b-2). The defaults are symmetric (sensitivity 0.75, false-positive rate 0.25, reading accuracy 0.75,
/// prior 0.5), so that a small project is decided as a plain majority vote would decide it.
struct DawidSkeneOptions {
    double sensitivityA = 4;
    double sensitivityB = 2;
    double falsePositiveA = 2;
    double falsePositiveB = 4;
    double readingA = 4;
    double readingB = 2;
    double priorA = 2;
    double priorB = 2;
    int maxIterations = 5000;
    double tolerance = 1e-10; // stop when no parameter moves by more than this
};

/// What one annotator is estimated to do.
struct DawidSkeneAnnotator {
    double sensitivity = 0; // P(draws the place | a word is there)
    double falsePositive = 0; // P(draws the place | no word is there)
    double readingAccuracy = 0; // P(reads a word as it is | drew it)
};

struct DawidSkeneFit {
    double prior = 0; // P(a place is a word)
    std::vector<DawidSkeneAnnotator> annotators;
    std::vector<double> word; // per item: P(a word is there | the votes)
    std::vector<std::vector<double>> reading; // per item: P(reading r is right | the votes), r < readings
    double unseenPlaces = 0; // expected places nobody drew (of images two or more annotators labeled)
    int iterations = 0;
    bool converged = false;
};

/// The E step for one item: P(word) and, per reading, P(it is right) under the given estimates (`annotators`
/// indexed by DawidSkeneVote::annotator). What fitDawidSkene's posteriors are, and what a consensus scores a
/// place with once the estimates are known.
void scoreDawidSkeneItem(const DawidSkeneItem& item, double prior, const std::vector<DawidSkeneAnnotator>& annotators,
    double* word, std::vector<double>* reading);

/// The model of Dawid and Skene (1979), fitted by expectation maximization, in two parts that share the items:
/// whether a place is a word (two coins per annotator: sensitivity and false-positive rate, over everyone who
/// labeled the image; a place is seen only when someone drew it, so the places nobody drew are expected as missing
/// data, the EM of truncated data) and which reading is right (one coin per annotator: the reading accuracy; a wrong
/// reading is taken as no likelier to be any one candidate than another, so each agreeing annotator adds log(p/(1-p)),
/// the weights of Nitzan and Paroush (1982) for two candidates). Starts from the plain majority (the share of votes
/// that drew the place, the share of readers of each reading), then alternates the M step (MAP estimates under the Beta
/// pseudo-counts, the reading accuracy weighted by P(word)) and the E step until no estimate moves by more than the
/// tolerance. Items voted by one annotator only are scored but do not estimate (they say nothing about how that
/// annotator compares); readings are estimated from items with two readers or more. Deterministic: items and annotators
/// are summed in order. tests/core/analysis/dawid_skene_reference.py is an independent implementation.
DawidSkeneFit fitDawidSkene(
    const std::vector<DawidSkeneItem>& items, int annotators, const DawidSkeneOptions& options = {});

} // namespace lector
