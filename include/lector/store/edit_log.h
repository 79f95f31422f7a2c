// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lector {

/// Why a row changed: what the edit log records beside each entry, so that every figure read from the log can tell
/// a person's work from what only reverses or repeats it, and from what machines or other people did.
enum class EditReason {
    Edit, // a person's edit (drawing, moving, typing, flagging, removing)
    Undo, // an undo of an earlier entry (EditContext::undoes names it)
    Redo, // a redo of an earlier entry that an undo took back
    Import, // rows read from label files
    Engine, // rows an engine wrote: pre-labels promoted from a run, predictions accepted on the canvas, re-read text
    Settlement, // a reviewer settling a conflict (the consensus label takes the accepted version)
};
QString editReasonName(EditReason reason); // "edit", "undo", "redo", "import", "engine", "settlement"
bool parseEditReason(const QString& name, EditReason* reason);

/// An annotator's progress on an image follows these events; see nextImageState.
enum class ImageEvent {
    Edited, // the annotator changed their labels of the image
    MarkedDone,
    Reopened,
};

/// An image state change: the state before and after.
struct ImageStateChange {
    ImageState before = ImageState::ToDo;
    ImageState after = ImageState::ToDo;
};

/// Who writes annotations and why; passed to every annotation write of the store.
struct EditContext {
    /// Who made the change; 0 for an add means each row's own annotator.
    AnnotatorId editor = 0;
    EditReason reason = EditReason::Edit;
    /// Time spent, split evenly over the rows. Undo and redo are not work: the store records 0 for them.
    double seconds = 0;
    /// For Undo and Redo: per row (parallel to the rows written), the edit-log entry undone or redone; the first
    /// entry of the step, as WrittenAnnotations::entries returned it. 0 where unknown.
    std::vector<std::int64_t> undoes;
    /// When set, the editor's state of each image written follows this event in the same transaction (the first
    /// edit of an image starts it: to do -> in progress).
    std::optional<ImageEvent> imageEvent;

    static EditContext edit(AnnotatorId editor, double seconds = 0)
    {
        EditContext c;
        c.editor = editor;
        c.seconds = seconds;
        return c;
    }
};

/// What an annotation write stored: the rows as they now are in the store (ids, source, guideline version and
/// times as written), and the edit-log entries it wrote, parallel to the rows.
struct WrittenAnnotations {
    std::vector<Annotation> rows;
    std::vector<std::int64_t> entries;

    std::vector<AnnotationId> ids() const;
};

/// One entry of the edit log.
struct EditLogEntry {
    std::int64_t id = 0;
    std::int64_t at = 0; // Unix ms
    QString annotator; // who made the change
    QString action; // add, change, remove, import
    EditReason reason = EditReason::Edit;
    std::int64_t undoes = 0; // for undo and redo: the entry undone or redone
    AnnotationId annotation = 0;
    ImageId image = 0;
    QString before; // JSON
    QString after; // JSON
    double seconds = 0;
};

/// One entry as replaying the log needs it.
struct EditStep {
    std::int64_t entry = 0;
    AnnotationId annotation = 0;
    EditReason reason = EditReason::Edit;
    std::int64_t undoes = 0;
};

/// Which entries still stand once the undos and redos are replayed, one flag per step (the steps in entry order).
/// An undo of entry N takes back N and every later entry on the same annotation that still stood before the undo
/// (a gesture merged into one undo step wrote several entries; the undo names its first); a redo of N puts back
/// exactly what the latest undo of N took back. Undo and redo entries never stand themselves: they are not work.
/// So draw, undo, redo leaves the one drawing standing, and draw, undo leaves nothing.
std::vector<char> standingEntries(const std::vector<EditStep>& steps);

/// The rules of an annotator's progress on one image: an edit starts a to-do image (a done image stays done);
/// marking done is done from any state; reopening a done image puts it back in progress.
ImageState nextImageState(ImageState current, ImageEvent event);

} // namespace lector
