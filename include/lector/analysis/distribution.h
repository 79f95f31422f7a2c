// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/store/types.h>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace lector {

class ProjectStore;

/// One bar of a histogram: its label, what it counts and the distinct images behind it (ascending ids).
struct DistributionBin {
    QString label;
    std::int64_t count = 0;
    std::vector<ImageId> images;

    friend bool operator==(const DistributionBin& a, const DistributionBin& b)
    {
        return a.label == b.label && a.count == b.count && a.images == b.images;
    }
};

/// The histogram of one dimension. `unit` says what `count` counts: "images", "boxes", "labels" or "characters";
/// bins are in display order (numeric bins ascending, names sorted, characters most frequent first).
struct DistributionHistogram {
    QString dimension; // key: "batch", "box_height", "characters_latin", ...
    QString title; // for a chart: "Box height (px)"
    QString unit;
    std::vector<DistributionBin> bins;

    /// `unit` for an axis's title, in the interface's language.
    QString unitLabel() const;

    std::int64_t total() const;
    int binIndex(const QString& label) const; // -1 when absent
};

struct DistributionOptions {
    QString annotator; // only this annotator's labels; empty: every annotator's (consensus regions excluded)
    int topCharacters = 30; // characters kept per script group
    // Label readers in parallel, each on its own connection; 0: one per 250,000 labels, up to maxThreads.
    int threads = 0;
    int maxThreads = 0; // 0: one per core (a GUI leaves one core to its UI thread)
};

/// What the dataset looks like: images per batch and split, image sizes, words per image, box geometry,
/// transcription length and script, character frequencies per script, labels per annotator and guideline version.
/// An immutable value: computed on a worker thread, read on the UI thread. Every bar knows its images, so that a
/// click can filter the dataset browser to them.
///
/// Dimensions (unit), bins half-open [low, high):
/// - batch, split (images): names, "(none)" for an empty name;
/// - image_size (images): "W×H", the 12 most common, then "other"; megapixels (images): <0.1, 0.1–0.5, 0.5–1,
///   1–2, 2–4, 4–8, ≥8;
/// - words_per_image (images): labels on the image, averaged over the annotators who labeled it and rounded;
///   0, 1–4, 5–9, 10–19, 20–49, 50–99, 100–199, ≥200;
/// - box_height, box_width (boxes): the word's extent along and across its baseline (a quad's mean edge lengths,
///   as the agreement slices measure it; the bounding box for other polygons), in px, powers of two;
/// - aspect_ratio (boxes): width / height: <0.5, 0.5–1, 1–2, 2–4, 4–8, 8–16, ≥16;
/// - rotation (boxes): angle of a quad's top edge to the horizontal in degrees, 0–90: 0–2, 2–5, 5–10, 10–20,
///   20–45, 45–90;
/// - text_length (boxes): code points, 0 … 9, 10–14, 15–19, ≥20;
/// - script (boxes): scriptBin() of the transcription;
/// - characters_latin, characters_hangul, characters_digits, characters_symbols, characters_other (characters):
///   the most frequent characters of each group (white space left out), occurrences in transcriptions;
/// - annotator, guideline_version (labels): "v1", "v2", … and "none" for labels made without a guideline.
struct Distribution {
    std::int64_t images = 0;
    std::int64_t labels = 0; // regions counted (the annotator selection, no consensus)
    QString annotator; // the selection; empty: all
    QStringList annotators; // every annotator in the project, for a filter
    std::vector<DistributionHistogram> histograms;

    const DistributionHistogram* histogram(const QString& dimension) const;
    /// The images behind one bar; empty when the dimension or bin does not exist.
    std::vector<ImageId> imagesBehind(const QString& dimension, const QString& bin) const;
    std::vector<ImageId> imagesBehind(const QString& dimension, int binIndex) const;
    /// A sentence for a bar: "box height 8–16 px: 312 boxes on 120 images".
    QString describe(const QString& dimension, int binIndex) const;
};

/// The dimensions, in display order.
QStringList distributionDimensions();

/// Reads the store in one pass over its images and one over its labels, on the calling thread with the store's
/// connection; a big project's labels are split by id among options.threads threads, each opening the project
/// again (ProjectStore is one connection per thread). Progress counts annotation ids passed; cancel gives
/// ErrorCode::Canceled. NotFound when options.annotator is not in the project.
Result<Distribution> computeDistribution(
    ProjectStore& store, const DistributionOptions& options = {}, Progress* progress = nullptr);

} // namespace lector
