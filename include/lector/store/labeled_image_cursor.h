// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/store/label_set_cursor.h>
#include <lector/store/types.h>

#include <QString>

#include <cstdint>
#include <memory>
#include <string>

namespace lector {

/// An image as a pass over a label set needs it.
struct LabeledImage {
    ImageId id = 0;
    QString batch;
    std::int64_t addedAt = 0;
    int width = 0;
    int height = 0;
};

/// Walks the images a label set labeled, in ascending id: those where it has a region and, for an annotator, also
/// those it marked done (an empty page is a label too). The companion of LabelSetCursor, with the same threading
/// and snapshot rules. Images of one batch share one QString, so a long pass keeps one copy of each name.
class LabeledImageCursor {
public:
    static Result<std::unique_ptr<LabeledImageCursor>> open(const ProjectStore& store, LabelSetId set);
    ~LabeledImageCursor();
    LabeledImageCursor(const LabeledImageCursor&) = delete;
    LabeledImageCursor& operator=(const LabeledImageCursor&) = delete;

    /// How many images the cursor walks in all (one query, under the caller's snapshot).
    std::int64_t count() const { return m_count; }
    /// The next image; false at the end.
    Result<bool> next(LabeledImage& image);
    /// Whether the label set labeled `image` (by the same rule).
    static Result<bool> isLabeled(const ProjectStore& store, LabelSetId set, ImageId image);
    /// Whether every region of `set` on the images `labeledBy` labeled has a confidence: true when `set` has no region
    /// there, false for an annotator with one (annotations carry none). One query, under the caller's snapshot.
    static Result<bool> everyRegionHasConfidence(const ProjectStore& store, LabelSetId labeledBy, LabelSetId set);

private:
    LabeledImageCursor(std::unique_ptr<db::Statement> rows, std::int64_t count);

    std::unique_ptr<db::Statement> m_rows;
    std::int64_t m_count = 0;
    bool m_done = false;
    std::string m_batchUtf8;
    QString m_batch;
};

} // namespace lector
