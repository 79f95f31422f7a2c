// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/edit_log.h>
#include <lector/store/types.h>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace lector {

class ProjectStore;

/// The edit-log entries the first application of one undo step wrote, one per row; filled when the write reaches
/// the store (at once, or on Retry), so that an undo queued behind a failed write can still name them.
struct EditTrail {
    std::vector<std::int64_t> entries;
};
using EditTrailPtr = std::shared_ptr<EditTrail>;

/// Why the document writes: a person's edit or an engine's (the first application of a step, whose entries go into
/// `trail`), or an undo or redo of that step (which name the entries in `trail`).
struct EditCause {
    EditReason reason = EditReason::Edit;
    EditTrailPtr trail;
};

/// The reason and trail of one undo step over its life: the first redo() is the edit itself, undo() an undo of it,
/// every later redo() a redo. Commands hold one and ask it for the cause of each write.
class StepCause {
public:
    explicit StepCause(EditReason first = EditReason::Edit)
        : m_first(first)
        , m_trail(std::make_shared<EditTrail>())
    {
    }
    EditCause redo()
    {
        const EditReason reason = m_applied ? EditReason::Redo : m_first;
        m_applied = true;
        return { reason, m_trail };
    }
    EditCause undo() const { return { EditReason::Undo, m_trail }; }
    void setFirstReason(EditReason reason) { m_first = reason; }
    const EditTrailPtr& trail() const { return m_trail; }

private:
    EditReason m_first;
    EditTrailPtr m_trail;
    bool m_applied = false;
};

/// The regions of the image being edited: those of the current annotator (`me`), which are editable, plus
/// read-only overlays (other annotators' regions, the predictions of one model run).
///
/// Invariant: the document, the store and the undo stack agree. Only undo commands call the three setters
/// (addAnnotations, updateAnnotations, removeAnnotations); each runs one store call (one transaction that
/// also writes the edit log with the seconds spent and why: edit, engine, undo or redo) and then emits one
/// signal carrying the ids. The document keeps the rows as the store wrote them (guideline version in force,
/// source, times), so what the screen shows is what is stored.
///
/// When a store write fails (locked database, full disk) the edit is still applied here, so the user keeps it on
/// screen, and queued; storeError() is emitted. Editing goes on: later edits queue behind it in order (a box drawn
/// and its typed text included), and retryPending() writes the queue in order. A region added while the store
/// failed gets a provisional negative id, which the document keeps (commands and items refer to it) and maps to
/// the store's id once written. Only a store opened read-only, or a job that writes these labels, stops editing.
///
/// A change to a label someone else changed since it was read (a team's server: a reviewer, the same member on
/// another workstation) is refused by the store (ErrorCode::Stale) and is not queued: the document reads the
/// image's labels again, so that the newer state is shown, and staleEdit() says what was not saved, with the text
/// that was typed; the undo history no longer matches the store then, and its owner clears it.
class LabelDocument : public QObject {
    Q_OBJECT
public:
    explicit LabelDocument(QObject* parent = nullptr);
    ~LabelDocument() override;

    void setStore(ProjectStore* store, AnnotatorId me);
    ProjectStore* store() const { return m_store; }
    AnnotatorId me() const { return m_me; }

    /// Loads an image's regions and overlays (loading is the one change made outside commands). Refused
    /// (false) while unsaved edits are queued, so they are never dropped.
    bool load(ImageId image, QString* error = nullptr);
    /// Re-reads the overlays (other annotators, predictions) of the current image.
    void reloadOverlays();
    void clear();

    ImageId image() const { return m_image.id; }
    const ImageRecord& imageRecord() const { return m_image; }

    /// My regions, ordered by id.
    const std::map<AnnotationId, Annotation>& annotations() const { return m_annotations; }
    const Annotation* annotation(AnnotationId id) const;
    bool contains(AnnotationId id) const { return m_annotations.count(id) != 0; }

    /// Other annotators' regions of this image, and the names of all annotators.
    const std::vector<Annotation>& otherAnnotations() const { return m_others; }
    QString annotatorName(AnnotatorId id) const;
    /// The predictions of the chosen run for this image (empty when no run is chosen).
    const std::vector<Prediction>& predictions() const { return m_predictions; }
    const Prediction* prediction(std::int64_t id) const;
    void setPredictionRun(RunId run);
    RunId predictionRun() const { return m_run; }

    // The setters below are for undo commands only.
    /// Adds regions of `me` to the current image. A region whose id is set (> 0, or a provisional id < 0) is put
    /// back under that id, as it was. Returns the rows as stored (as kept on screen when the write is queued).
    std::vector<Annotation> addAnnotations(std::vector<Annotation> annotations, const EditCause& cause);
    /// Writes geometry, text, flags, script and source of existing regions (matched by id); an undo or redo puts
    /// them back exactly as given. Returns the rows as stored (or as kept on screen).
    std::vector<Annotation> updateAnnotations(const std::vector<Annotation>& annotations, const EditCause& cause);
    void removeAnnotations(const std::vector<AnnotationId>& ids, const EditCause& cause);

    /// True when the store was opened read-only, and while editing is paused; tools start no new edits then. A
    /// failed write does not stop editing (see hasPendingWrites).
    bool isReadOnly() const { return m_readOnly || m_paused; }
    /// The store was opened read-only (a file or folder without write permission): nothing can be edited.
    void setStoreReadOnly(bool readOnly);
    /// Pauses editing while a job writes these labels (a promotion into them, an import); readOnlyChanged follows.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool hasPendingWrites() const { return !m_pending.empty(); }
    int pendingWriteCount() const { return static_cast<int>(m_pending.size()); }
    /// Writes the queued edits in order; true when none is left.
    bool retryPending();

    /// The edits waiting to be written are kept on this workstation in a journal (one file per project and
    /// annotator under this folder; by default the application's data folder), rewritten whenever the queue
    /// changes: quitting, a crash or a lost server loses none of them. The next setStore of the same project and
    /// annotator takes them back into the queue (journalRestored), to be written in order with the next retry.
    static void setJournalFolder(const QString& folder);
    static QString journalFolder();
    /// The journal of this project and annotator (whether it exists or not); empty without a store.
    QString journalPath() const;
    QString lastError() const { return m_lastError; }

    /// Idle time beyond this is not counted as time spent on an edit.
    void setIdleCap(double seconds) { m_idleCap = seconds; }
    double idleCap() const { return m_idleCap; }
    /// Seconds since the image was shown or since the last edit, capped at idleCap(); restarts the clock.
    double takeSeconds();

signals:
    /// A new image (or none) was loaded: everything changed.
    void loaded();
    void annotationsAdded(const QList<AnnotationId>& ids);
    void annotationsChanged(const QList<AnnotationId>& ids);
    void annotationsRemoved(const QList<AnnotationId>& ids);
    void overlaysChanged();
    void readOnlyChanged(bool readOnly);
    void storeError(const QString& message);
    /// An edit was refused because the label changed meanwhile; the current labels are shown again.
    void staleEdit(const QString& message);
    /// setStore found edits of an earlier session in the journal: `count` writes wait to be made.
    void journalRestored(int count);

private:
    struct PendingWrite {
        enum class Kind { Add, Update, Remove };
        Kind kind = Kind::Add;
        std::vector<Annotation> annotations;
        std::vector<AnnotationId> ids;
        std::vector<std::int64_t> versions; // a removal's: each label's version as last seen stored (0: unknown)
        double seconds = 0;
        EditCause cause;
    };
    void saveJournal();
    int restoreJournal();
    /// Runs one queued or fresh write against the store; records provisional -> store id mappings, the step's
    /// log entries, and the rows as written.
    bool write(const PendingWrite& w, QString* error, std::vector<Annotation>* written = nullptr);
    EditContext contextFor(const PendingWrite& w) const;
    /// Takes the stored row into the document under the id the document knows it by.
    void adopt(AnnotationId key, const Annotation& row);
    AnnotationId storeId(AnnotationId id) const;
    /// Writes now, or queues behind a failed write; false when the store refused it as stale (the labels were
    /// read again).
    bool submit(PendingWrite w);
    void fail(const QString& error);
    /// After a Stale refusal of `w`: the labels read again, staleEdit emitted.
    void refuseStale(const PendingWrite& w, const QString& error);
    QString staleMessage(const PendingWrite& w, const QString& error) const;
    /// My labels and the overlays of the current image read again from the store.
    void reloadMine();

    ProjectStore* m_store = nullptr;
    AnnotatorId m_me = 0;
    ImageRecord m_image;
    std::map<AnnotationId, Annotation> m_annotations;
    std::vector<Annotation> m_others;
    std::map<AnnotatorId, QString> m_annotatorNames;
    std::vector<Prediction> m_predictions;
    RunId m_run = 0;

    bool m_readOnly = false;
    bool m_paused = false;
    QString m_lastError;
    bool m_stale = false; // the last failed write was refused as stale
    std::vector<PendingWrite> m_pending;
    std::map<AnnotationId, AnnotationId> m_provisional; // provisional id -> store id, once written
    AnnotationId m_nextProvisional = -1;

    QElapsedTimer m_clock;
    double m_idleCap = 120;
};

QList<AnnotationId> toIdList(const std::vector<AnnotationId>& ids);
std::vector<AnnotationId> toIdVector(const QList<AnnotationId>& ids);

} // namespace lector
