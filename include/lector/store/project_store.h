// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/io/import_batch.h>
#include <lector/store/edit_log.h>
#include <lector/store/image_query.h>
#include <lector/store/types.h>

#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace lector {

namespace db {
class Connection;
}

/// Where an import's regions go: labels of an annotator, or predictions of a model run (exactly one is set).
struct ImportTarget {
    QString annotator;
    Role role = Role::Annotator; // used when the annotator is new
    QString run;
    QString model; // model name recorded with a new run
    QString batch; // batch name recorded on images new to the project; default: "import-<date>"
    QString split;
    Source source = Source::Import;
    /// Images without regions whose pixels do not decode are left out, each with a warning, instead of failing the
    /// import (a folder's stray broken scan); an image with regions that does not decode still fails it.
    bool skipUnreadableImages = false;

    /// Neither an annotator nor a run: the batch's images alone, which must carry no regions (a folder of scans).
    static ImportTarget imagesOnly() { return {}; }
    bool isImagesOnly() const { return annotator.isEmpty() && run.isEmpty(); }
    static ImportTarget forAnnotator(const QString& name, Role role = Role::Annotator)
    {
        ImportTarget t;
        t.annotator = name;
        t.role = role;
        return t;
    }
    static ImportTarget forRun(const QString& name, const QString& model = {})
    {
        ImportTarget t;
        t.run = name;
        t.model = model;
        return t;
    }
};

struct ImportSummary {
    int imagesAdded = 0;
    int imagesSkipped = 0; // left out with skipUnreadableImages
    int imagesExisting = 0; // already in the project (same SHA-256): not added again, their regions attached
    std::int64_t regions = 0;
    std::vector<Issue> warnings;
};

/// Which labels to export: one annotator's, or one run's predictions. Empty both: the only annotator.
struct ExportSelector {
    QString annotator;
    QString run;
    /// Only the images the annotator marked done (an annotator's labels only).
    bool doneOnly = false;
    /// Images marked a duplicate of another (DuplicateRepository) are left out unless this is set.
    bool includeDuplicates = false;
};

struct ProjectInfo {
    std::int64_t images = 0;
    std::int64_t annotations = 0;
    std::int64_t dontCare = 0;
    std::map<QString, std::int64_t> annotationsByAnnotator;
    std::map<QString, std::int64_t> predictionsByRun;
    std::int64_t guidelineVersions = 0;
    int schemaVersion = 0;
};

struct CheckReport {
    bool integrityOk = false;
    QString integrityMessage;
    /// What the store lacks of the schema this build writes: "the table annotations is missing", "the column
    /// annotations.text is missing" (SQLite's integrity_check passes on a store whose table was dropped).
    QStringList schemaProblems;
    std::vector<Issue> problems; // missing or undecodable images
    bool ok() const { return integrityOk && schemaProblems.isEmpty() && problems.empty(); }
};

/// How a project is opened. ReadOnly never writes the file (nor migrates it): for a project in a folder or on a
/// medium without write permission, which ReadWrite refuses with ErrorCode::ReadOnly.
enum class OpenMode { ReadWrite, ReadOnly };

/// The project store: one SQLite file (NAME.lector) beside or above its images, or a team's project on a PostgreSQL
/// server (a `postgresql://` URL naming the database, and the schema with `?options=-csearch_path%3DNAME`; the public
/// schema otherwise). Owns one connection; use one ProjectStore per thread. Every write runs in one transaction; the
/// schema is migrated forward on open, and a file from a newer Lector is refused. All SQL lives in src/core/store.
class ProjectStore {
public:
    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    /// True for a location on a server (`postgresql://` or `postgres://`), false for a project file.
    static bool isServerLocation(const QString& location);

    /// Creates a new, empty project; fails when the file exists (or the server's schema holds a project already, or
    /// other tables).
    static Result<std::unique_ptr<ProjectStore>> create(const QString& path);
    /// Opens an existing project, migrating it to the current schema (ReadWrite). Errors say what is wrong:
    /// NotFound (no file), Locked (another program holds it, after waiting `busyTimeoutMs`), ReadOnly (no write
    /// permission for the file or its folder: open it with OpenMode::ReadOnly), Corrupt (damaged, not an SQLite
    /// database, or a schema_version that is missing or invalid), InvalidArgument (an SQLite file that is not a
    /// project, or an empty file: only create() makes a project), SchemaTooNew. ReadOnly mode also refuses a project
    /// that needs migrating (ReadOnly, saying so).
    static Result<std::unique_ptr<ProjectStore>> open(
        const QString& path, OpenMode mode = OpenMode::ReadWrite, int busyTimeoutMs = 5000);
    /// The schema version this build writes.
    static int currentSchemaVersion();

    /// The project file's path, or the server's URL without its password: what messages name.
    QString path() const { return m_path; }
    /// What open() takes to open this project again (a server URL as it was given, a password in it included).
    QString location() const { return m_location; }
    /// True when opened with OpenMode::ReadOnly: every write fails with ErrorCode::ReadOnly.
    bool isReadOnly() const;
    /// How long a write waits for another writer's lock before failing with ErrorCode::Locked (default 5000 ms).
    /// The UI thread uses less, so that a locked store gives a message instead of a long freeze.
    Result<void> setBusyTimeout(int milliseconds);
    /// The folder image paths are stored relative to where possible: the one that holds the project file, or for a
    /// server project the workstation's mount of the shared image folder (setImageRoot; none: paths stay absolute).
    QString rootDir() const;
    /// For a server project: where this workstation finds the images (see rootDir). A file project ignores it.
    void setImageRoot(const QString& folder);
    /// Where this workstation finds the images of the server project at `location` (its URL, with or without a
    /// password): every ProjectStore opened on it in this process from now on starts with that image root, worker
    /// threads' connections included. An empty folder forgets it (the project's stored image_root applies).
    static void setWorkstationImageRoot(const QString& location, const QString& folder);
    /// A location as messages and recent-project lists show it: a server URL without its password.
    static QString withoutPassword(const QString& location);
    /// A folder of the project's own files (the guideline's gallery of crops): `<name>-<what>` beside a project
    /// file; for a server project in its image root, which the team shares, named after its schema and database.
    QString sideFolder(const QString& what) const;
    /// A short name for titles: the file's name, or "schema (database on host)".
    QString displayName() const;

    // A server project's team (InvalidArgument on a file). Each member logs in as their own database user, a
    // member of one of the project's group roles; PostgreSQL's privileges and row-level security then hold every
    // connection to what the role may do (resources/migrations/team_roles.sql), whichever program connects.
    /// Makes (or brings up to date) the group roles and the policies; needs a user who may create roles.
    Result<void> setUpTeamRoles();
    /// The project's group role for `role` ("lector_<schema>_annotator", or with the database's name for the public
    /// schema).
    Result<QString> teamRoleName(Role role) const;
    /// Makes `user` a member with `role` (creating the login role when missing, with `password` when one is given)
    /// and their annotator of the same name; a member's earlier role is taken away.
    Result<void> addTeamMember(const QString& user, Role role, const QString& password = QString());
    /// The database user this connection is (a server project), whose annotator a session works as.
    Result<QString> databaseUser() const;
    /// Records `folder` in the project (its `image_root` setting) as where its images are: the image root a server
    /// project opens with until setImageRoot says otherwise (push records the folder of the file it came from).
    Result<void> storeImageRoot(const QString& folder);
    bool isServer() const;
    QString absoluteImagePath(const ImageRecord& image) const;
    QString relativeImagePath(const QString& absolutePath) const;

    // Annotators
    Result<AnnotatorId> ensureAnnotator(const QString& name, Role role = Role::Annotator);
    Result<std::vector<Annotator>> annotators() const;
    Result<std::optional<Annotator>> findAnnotator(const QString& name) const;

    // Guideline
    /// Publishes a new version (number = last + 1) written by `author` (an annotator name, created if new); `about`
    /// names the slices of the data the change is about ("script:mixed", see GuidelineVersion::about).
    Result<GuidelineVersion> publishGuideline(
        const QString& markdown, const QString& changelog, const QString& author, const QStringList& about = {});
    /// Takes the newest version back (undoing a publication); refused once a label was made under it.
    Result<void> withdrawGuideline(int number);
    /// Puts a withdrawn version back as it was (redoing a publication); it must follow the newest.
    Result<void> republishGuideline(const GuidelineVersion& version);
    Result<std::vector<GuidelineVersion>> guidelineVersions() const;
    Result<std::optional<GuidelineVersion>> currentGuideline() const;

    // Images
    Result<std::vector<ImageRecord>> images() const;
    Result<std::optional<ImageRecord>> image(ImageId id) const;
    Result<std::int64_t> imageCount() const;
    /// 1-based position of the image in id order (what "image n of N" shows); 0 when it does not exist.
    Result<std::int64_t> imagePosition(ImageId id) const;
    /// Sets batch and split of images (used by generators and later by the browser).
    Result<void> setImageBatch(const std::vector<ImageId>& ids, const QString& batch, const QString& split);

    /// The browser's query: how many images match, and one page of them (offset, limit) in the query's order.
    Result<std::int64_t> countImages(const ImageQuery& query) const;
    Result<std::vector<ImageRow>> queryImages(const ImageQuery& query, std::int64_t offset, int limit) const;
    /// Every image id the query lists, in its order (what "the images the browser lists" means to a batch job).
    Result<std::vector<ImageId>> queryImageIds(const ImageQuery& query) const;
    /// Distinct batch and split names, sorted, for the browser's filters.
    Result<QStringList> batches() const;
    /// Calls `text` with the transcription of every label of `annotator` that is not don't-care, in no given order:
    /// what a character census needs, without reading and parsing every polygon.
    Result<void> forEachLabelText(AnnotatorId annotator, const std::function<void(const QString&)>& text) const;
    Result<QStringList> splits() const;

    // Image states (per annotator)
    /// Writes a state as it is given (what undoing a state change restores); see changeImageState for the rules.
    Result<void> setImageState(ImageId image, AnnotatorId annotator, ImageState state);
    Result<ImageState> imageState(ImageId image, AnnotatorId annotator) const;
    /// Moves the annotator's state of the image by the rules of nextImageState, in one transaction; returns the
    /// state before and after.
    Result<ImageStateChange> changeImageState(ImageId image, AnnotatorId annotator, ImageEvent event);
    /// The first image after `after` (in id order, wrapping around) that `annotator` has not marked Done; 0 when
    /// every image is done. While the annotator has a label queue (LabelQueueRepository), the next of its images in
    /// its order instead, from its start when `after` is not in it; 0 when all of them are done.
    Result<ImageId> nextToDo(AnnotatorId annotator, ImageId after) const;

    // Annotations
    Result<std::optional<Annotation>> annotation(AnnotationId id) const;
    /// All annotations of an image, of one annotator when given, ordered by id.
    Result<std::vector<Annotation>> annotations(ImageId image, std::optional<AnnotatorId> annotator = {}) const;
    /// Adds annotations in one transaction, logging each in the edit log as an "add" by `context.editor` (else its
    /// own annotator) for `context.reason`. An annotation whose id is set (> 0) is put back under that id (undo of a
    /// removal), with its times and seconds as given; otherwise a new id is made. New labels are stamped with the
    /// guideline version in force. Returns the rows as stored and the log entries written.
    Result<WrittenAnnotations> addAnnotations(
        const std::vector<Annotation>& annotations, const EditContext& context = {});
    /// Writes new geometry, text, flags, script and source of existing annotations (matched by id) in one
    /// transaction (source says who wrote the text last: a person's correction is manual, an engine's re-reading
    /// auto), and logs each as a "change" with its before and after and the context's seconds (split evenly). An
    /// edit stamps the guideline version in force and the time; an undo or redo puts the rows back exactly as given
    /// (stamp, times and seconds included). NotFound when an id is gone.
    Result<WrittenAnnotations> updateAnnotations(
        const std::vector<Annotation>& annotations, const EditContext& context);
    /// Removes annotations in one transaction, logging each as a "remove" with what it was; returns the entries.
    /// `versions` (optional, one per id): the version each was last seen at; a label changed since (another
    /// version) is not removed, and the whole call is refused as Stale (0 is not checked).
    Result<std::vector<std::int64_t>> removeAnnotations(const std::vector<AnnotationId>& ids,
        const EditContext& context, const std::vector<std::int64_t>& versions = {});

    // Model runs
    Result<RunId> createRun(const QString& name, const QString& model, const QString& settingsJson);
    Result<std::vector<ModelRun>> runs() const;
    Result<std::vector<Prediction>> predictions(RunId run, std::optional<ImageId> image = {}) const;

    // Edit log
    /// Entries in id order (at most `limit`; -1: all).
    Result<std::vector<EditLogEntry>> editLog(std::int64_t limit = -1) const;

    // Import and export
    /// Adds a parsed batch all-or-nothing: every image is checked (present, decodable, hashed) before one
    /// transaction writes images, regions and one edit-log entry. Images already in the project (same SHA-256)
    /// are reported as warnings and not doubled. Images the batch marks done (ImportedImage::done) are marked done
    /// for the annotator imported into. Cancel through `progress` rolls everything back.
    Result<ImportSummary> importBatch(
        const ImportBatch& batch, const ImportTarget& target, Progress* progress = nullptr);
    Result<ExportSet> exportSet(const ExportSelector& selector) const;

    Result<ProjectInfo> info() const;
    /// Every image present and decodable, SQLite's integrity_check, and every table, column, index and trigger of
    /// the current schema present.
    Result<CheckReport> check(Progress* progress = nullptr) const;

    /// The connection, for the store's own modules (src/core/store) only.
    db::Connection& database() const { return *m_db; }

private:
    ProjectStore(QString path, std::unique_ptr<db::Connection> db);
    /// Brings the schema to the current version. `creating`: the file is new and gets the whole schema; otherwise an
    /// empty file or a broken schema_version is an error, never written to.
    Result<void> migrate(bool creating);
    Result<QStringList> schemaProblems() const;

    QString m_path;
    QString m_location;
    std::unique_ptr<db::Connection> m_db;
    QString m_imageRoot; // a server project's; empty for a file
    // A server project's database, host and schema, read once from its connection (they cannot change under it).
    QString m_serverDatabase;
    QString m_serverHost;
    QString m_serverSchema;
};

} // namespace lector
