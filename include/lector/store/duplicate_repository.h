// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/store/edit_log.h>
#include <lector/store/types.h>

#include <map>
#include <vector>

namespace lector {

class ProjectStore;

/// One image marked as a duplicate of another (duplicateOf 0: not a duplicate).
struct DuplicateMark {
    ImageId image = 0;
    ImageId duplicateOf = 0;
};

/// What a marking changed: each image's mark before and after (only the images whose mark changed), and the edit
/// log entries written, parallel to `changes`. revert() of it puts every `before` back.
struct DuplicateMarking {
    struct Change {
        ImageId image = 0;
        ImageId before = 0;
        ImageId after = 0;
    };
    std::vector<Change> changes;
    std::vector<std::int64_t> entries;
};

/// Images marked `duplicate of` another (table image_duplicates). Marked images leave every export unless
/// ExportSelector::includeDuplicates; nothing is deleted. Each call is one transaction whose every change is an
/// edit-log entry (action "duplicate", the image, before and after as {"duplicate_of": id or null}), so a marking is
/// an edit like any other, and its revert is logged as its undo.
class DuplicateRepository {
public:
    explicit DuplicateRepository(ProjectStore& store)
        : m_store(store)
    {
    }

    /// image -> the image it duplicates.
    Result<std::map<ImageId, ImageId>> marks() const;
    /// Sets the marks (duplicateOf 0 clears one) by `editor` (0: nobody named). An image cannot duplicate itself,
    /// nor an image that is itself marked (chains are refused: InvalidArgument), nor a missing image (NotFound).
    Result<DuplicateMarking> mark(const std::vector<DuplicateMark>& marks, AnnotatorId editor = 0);
    /// Puts back what `marking` changed, logged as undo entries of its entries; returns what the revert changed
    /// (reverting that is the redo).
    Result<DuplicateMarking> revert(const DuplicateMarking& marking, AnnotatorId editor = 0, bool redo = false);

private:
    Result<DuplicateMarking> write(const std::vector<DuplicateMark>& marks, AnnotatorId editor, EditReason reason,
        const std::vector<std::int64_t>& undoes);

    ProjectStore& m_store;
};

} // namespace lector
