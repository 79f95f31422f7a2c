// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/store/types.h>

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace lector {

class ProjectStore;

namespace db {
class Statement;
}

/// One label set of the project: an annotator's annotations or a model run's predictions.
struct LabelSetId {
    enum class Kind { Annotator, Run };
    Kind kind = Kind::Annotator;
    std::int64_t id = 0; // AnnotatorId or RunId

    static LabelSetId annotator(AnnotatorId id) { return { Kind::Annotator, id }; }
    static LabelSetId run(RunId id) { return { Kind::Run, id }; }
};

/// Walks one label set ordered by image then id (the rows LabelSetReader reads at once), an image at a time, so
/// that a pass over the project holds one image's regions instead of the whole set. Reads only, on the store's
/// connection (so it lives on the store's thread) with a statement of its own: two cursors over the same set do
/// not disturb each other. Open the cursors of one pass under one ReadSnapshot so that they agree.
class LabelSetCursor {
public:
    /// Only the rows of images `first` to `last` (ids, inclusive): what one of several readers of a pass reads.
    static Result<std::unique_ptr<LabelSetCursor>> open(const ProjectStore& store, LabelSetId set, ImageId first = 0,
        ImageId last = std::numeric_limits<ImageId>::max());
    ~LabelSetCursor();
    LabelSetCursor(const LabelSetCursor&) = delete;
    LabelSetCursor& operator=(const LabelSetCursor&) = delete;

    /// Appends the regions of `image` to `regions` and their row ids (annotation or prediction ids) to `ids`, in id
    /// order; predictions carry their confidence (NaN when the run gave none). Rows of images before `image` are
    /// skipped without being decoded, so calls must come in ascending image order.
    Result<void> readImage(ImageId image, std::vector<Region>& regions, std::vector<std::int64_t>& ids);

private:
    LabelSetCursor(std::unique_ptr<db::Statement> rows, bool predictions);
    Result<void> advance();

    std::unique_ptr<db::Statement> m_rows;
    bool m_predictions = false;
    bool m_hasRow = false;
    std::string m_points;
};

} // namespace lector
