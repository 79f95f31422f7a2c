// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/analysis/distribution.h>
#include <lector/geometry/polygon.h>
#include <lector/store/types.h>

#include <QString>

#include <array>
#include <memory>
#include <unordered_map>
#include <vector>

namespace lector {

/// Adds up a Distribution from a stream of rows in one pass, so that a project of millions of labels is never held
/// in memory: images and labels in any order. Each bar keeps the images behind it (a label's image is appended
/// unless it was the bar's last one, then sorted and made unique in finish()), so memory grows with images × bars
/// touched, not with labels. Not thread-safe; to use several threads, give each its own builder for a share of the
/// labels and merge() them into the one that has the images.
class DistributionBuilder {
public:
    explicit DistributionBuilder(const DistributionOptions& options = {});
    ~DistributionBuilder();
    DistributionBuilder(const DistributionBuilder&) = delete;
    DistributionBuilder& operator=(const DistributionBuilder&) = delete;

    /// Names of the project's annotators (for the "annotator" bars and the filter list).
    void setAnnotators(const std::vector<Annotator>& annotators);
    /// Uses id, width, height, batch and split.
    void addImage(const ImageRecord& image);
    void addLabel(
        ImageId image, AnnotatorId annotator, int guidelineVersion, const Polygon& polygon, const QString& text);

    /// Adds what `other` counted (labels and images alike); `other` is spent.
    void merge(DistributionBuilder&& other);

    /// The result; the builder is spent afterwards. Words per image: an image's labels divided by the number of
    /// annotators who labeled it, rounded (0 for an image no label of the selection is on).
    Distribution finish();

    /// The word's extent along its baseline and across it in px (a quad's mean edge lengths, else the bounding box).
    static std::pair<double, double> wordSize(const Polygon& polygon);
    /// Angle of a quad's top edge to the horizontal, folded into 0–90 degrees; 0 for other polygons.
    static double rotationDegrees(const Polygon& polygon);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace lector
