// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QString>

#include <optional>
#include <vector>

namespace lector {

/// Which images the dataset browser lists. Every filter and the sort run in SQL, so that a page of a
/// 100,000-image project costs one indexed query.
struct ImageQuery {
    enum class Status {
        Any,
        Unlabeled, // no region of any annotator
        LabeledByMe, // `me` has at least one region on it
        LabeledByAtLeast, // at least `minAnnotators` annotators have regions on it
        InConflict, // an open conflict (conflicts table, filled by the review work)
        Reviewed, // a reviewer or lead marked it Done
        ToDoForMe, // `me` has not marked it Done; while `me` has a label queue, only its images, in its order
        DoneByMe, // `me` marked it Done
    };
    /// Given: the order of `images` (only with `images` set; otherwise id order).
    enum class Sort { Id, Name, RegionCount, AnnotatorCount, Given };

    Status status = Status::Any;
    int minAnnotators = 1;
    AnnotatorId me = 0;
    QString batch; // exact; empty = any
    QString split; // exact; empty = any
    QString nameContains; // substring of the path, case-insensitive
    QString textContains; // substring of any transcription on the image, case-insensitive
    /// Only these images (what a chart bar or table row of a panel stands for); unset: all. Duplicates and ids
    /// not in the project are ignored.
    std::optional<std::vector<ImageId>> images;
    Sort sort = Sort::Id;
    bool descending = false;
};

/// One row of the browser: the image plus what the list shows about it.
struct ImageRow {
    ImageRecord image;
    int regionCount = 0; // regions of all annotators
    int annotatorCount = 0; // distinct annotators with regions
    int myRegionCount = 0; // regions of ImageQuery::me
    ImageState myState = ImageState::ToDo;
};

} // namespace lector
