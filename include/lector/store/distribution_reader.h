// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/store/types.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

namespace lector {

class ProjectStore;

/// One label as the distribution reads it: the stored columns, not parsed (the text views live until the callback
/// returns).
struct DistributionLabelRow {
    ImageId image = 0;
    AnnotatorId annotator = 0;
    int guidelineVersion = 0; // 0 when none
    std::string_view points; // "x1,y1,x2,y2,..." (Polygon::parse)
    std::string_view text; // UTF-8
};

/// Streams what the data distribution needs from the store, without materializing rows: images, label counts per
/// image (one GROUP BY), and labels in storage order (a rowid scan, the cheapest order). Consensus regions are
/// always left out; `annotator` restricts to one annotator's labels. Uses the store's connection, so call it on
/// the store's thread.
class DistributionReader {
public:
    explicit DistributionReader(ProjectStore& store)
        : m_store(store)
    {
    }

    /// id, width, height, batch and split of every image (other fields empty), in id order.
    Result<void> forEachImage(const std::function<void(const ImageRecord&)>& onImage) const;
    /// For each image with labels: how many, and from how many annotators.
    Result<void> forEachImageLabelCount(std::optional<AnnotatorId> annotator,
        const std::function<void(ImageId image, std::int64_t labels, int annotators)>& onImage) const;
    Result<std::int64_t> labelCount(std::optional<AnnotatorId> annotator) const;
    /// Every label; reports to `progress` (done of labelCount) every 65,536 rows and stops with ErrorCode::Canceled
    /// when it is canceled.
    Result<void> forEachLabel(std::optional<AnnotatorId> annotator,
        const std::function<void(const DistributionLabelRow&)>& onLabel, Progress* progress = nullptr) const;

private:
    ProjectStore& m_store;
};

} // namespace lector
