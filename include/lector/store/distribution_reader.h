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

/// Streams what the data distribution needs from the store without materializing rows: images, and labels in
/// storage order (a rowid scan, the cheapest order; labels of an image mostly come together), optionally one range
/// of annotation ids so that several connections can read a big project in parallel. Consensus regions are always
/// left out; `annotator` restricts to one annotator's labels. Uses the store's connection: call it on the store's
/// thread.
class DistributionReader {
public:
    /// Inclusive range of annotation ids; an empty range has first > last.
    struct IdRange {
        AnnotationId first = 0;
        AnnotationId last = -1;
    };

    explicit DistributionReader(ProjectStore& store)
        : m_store(store)
    {
    }

    /// id, width, height, batch and split of every image (other fields empty), in id order.
    Result<void> forEachImage(const std::function<void(const ImageRecord&)>& onImage) const;
    /// The smallest and largest annotation id (consensus included; from the rowid b-tree, instant).
    Result<IdRange> labelIds() const;
    /// Every label of the selection with an id in `range`. Reports the position in the range to `progress`
    /// (done = ids passed, total = ids in the range) every 65,536 rows and stops with ErrorCode::Canceled when it
    /// is canceled.
    Result<void> forEachLabel(std::optional<AnnotatorId> annotator, IdRange range,
        const std::function<void(const DistributionLabelRow&)>& onLabel, Progress* progress = nullptr) const;

private:
    ProjectStore& m_store;
};

} // namespace lector
