// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "document/label_document.h"

#include <lector/store/project_store.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace lector {

QList<AnnotationId> toIdList(const std::vector<AnnotationId>& ids)
{
    QList<AnnotationId> out;
    out.reserve(static_cast<qsizetype>(ids.size()));
    for (AnnotationId id : ids)
        out.append(id);
    return out;
}

std::vector<AnnotationId> toIdVector(const QList<AnnotationId>& ids)
{
    return std::vector<AnnotationId>(ids.begin(), ids.end());
}

LabelDocument::LabelDocument(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
}

LabelDocument::~LabelDocument() = default;

void LabelDocument::setStore(ProjectStore* store, AnnotatorId me)
{
    // What still waits is in the journal already (saveJournal after every change to the queue).
    m_pending.clear();
    m_provisional.clear();
    m_store = store;
    m_me = me;
    clear();
    if (const int restored = m_store ? restoreJournal() : 0; restored > 0)
        emit journalRestored(restored);
}

namespace {

QString& journalFolderSetting()
{
    static QString folder;
    return folder;
}

QJsonObject annotationToJson(const Annotation& a)
{
    QJsonArray points;
    for (double v : a.region.polygon.flat())
        points.append(v);
    return QJsonObject { { QStringLiteral("id"), qint64(a.id) }, { QStringLiteral("image"), qint64(a.image) },
        { QStringLiteral("annotator"), qint64(a.annotator) }, { QStringLiteral("guideline"), a.guidelineVersion },
        { QStringLiteral("points"), points }, { QStringLiteral("text"), a.region.text },
        { QStringLiteral("flags"), static_cast<qint64>(a.region.flags) }, { QStringLiteral("script"), a.region.script },
        { QStringLiteral("source"), sourceName(a.source) }, { QStringLiteral("updated_at"), qint64(a.updatedAt) },
        { QStringLiteral("seconds"), a.secondsSpent }, { QStringLiteral("version"), qint64(a.version) } };
}

std::optional<Annotation> annotationFromJson(const QJsonObject& o)
{
    Annotation a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.image = o.value(QStringLiteral("image")).toInteger();
    a.annotator = o.value(QStringLiteral("annotator")).toInteger();
    a.guidelineVersion = o.value(QStringLiteral("guideline")).toInt();
    std::vector<double> flat;
    for (const auto& v : o.value(QStringLiteral("points")).toArray())
        flat.push_back(v.toDouble());
    auto polygon = Polygon::fromFlat(flat);
    if (!polygon || !a.image)
        return std::nullopt;
    a.region.polygon = *polygon;
    a.region.text = o.value(QStringLiteral("text")).toString();
    a.region.flags = static_cast<std::uint32_t>(o.value(QStringLiteral("flags")).toInteger());
    a.region.script = o.value(QStringLiteral("script")).toString();
    if (!parseSource(o.value(QStringLiteral("source")).toString(), &a.source))
        return std::nullopt;
    a.updatedAt = o.value(QStringLiteral("updated_at")).toInteger();
    a.secondsSpent = o.value(QStringLiteral("seconds")).toDouble();
    a.version = o.value(QStringLiteral("version")).toInteger();
    return a;
}

} // namespace

void LabelDocument::setJournalFolder(const QString& folder) { journalFolderSetting() = folder; }

QString LabelDocument::journalFolder()
{
    const QString& set = journalFolderSetting();
    return set.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                               .filePath(QStringLiteral("journal"))
                         : set;
}

QString LabelDocument::journalPath() const
{
    if (!m_store)
        return {};
    // The project as it is shown (a server's URL without its password) and the annotator: one journal each.
    const QByteArray key = m_store->path().toUtf8() + '\n' + QByteArray::number(m_me);
    const QString name = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
    return QDir(journalFolder()).filePath(name + QStringLiteral(".json"));
}

void LabelDocument::saveJournal()
{
    const QString path = journalPath();
    if (path.isEmpty())
        return;
    if (m_pending.empty()) {
        QFile::remove(path);
        return;
    }
    QJsonArray writes;
    for (const PendingWrite& w : m_pending) {
        QJsonArray annotations;
        for (Annotation a : w.annotations) {
            if (w.kind == PendingWrite::Kind::Update) {
                if (const Annotation* known = annotation(a.id))
                    a.version = known->version; // what it is checked against, as write() would
            }
            a.id = a.id < 0 && storeId(a.id) > 0 ? storeId(a.id) : a.id; // written meanwhile: its row's id
            annotations.append(annotationToJson(a));
        }
        QJsonArray ids;
        QJsonArray versions;
        for (std::size_t i = 0; i < w.ids.size(); ++i) {
            ids.append(qint64(w.ids[i] < 0 && storeId(w.ids[i]) > 0 ? storeId(w.ids[i]) : w.ids[i]));
            versions.append(qint64(i < w.versions.size() ? w.versions[i] : 0));
        }
        const char* kind = w.kind == PendingWrite::Kind::Add ? "add"
            : w.kind == PendingWrite::Kind::Update           ? "update"
                                                             : "remove";
        writes.append(QJsonObject { { QStringLiteral("kind"), QLatin1String(kind) },
            { QStringLiteral("reason"), editReasonName(w.cause.reason) }, { QStringLiteral("seconds"), w.seconds },
            { QStringLiteral("annotations"), annotations }, { QStringLiteral("ids"), ids },
            { QStringLiteral("versions"), versions } });
    }
    const QJsonObject journal { { QStringLiteral("project"), m_store->path() },
        { QStringLiteral("annotator"), qint64(m_me) }, { QStringLiteral("writes"), writes } };
    QDir().mkpath(journalFolder());
    // Whole or not at all: a crash while it is written leaves the journal before.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(journal).toJson(QJsonDocument::Compact)) < 0
        || !file.commit())
        emit storeError(tr("The edits waiting to be saved could not be kept on this workstation (%1: %2); they stay "
                           "on screen until the project takes them.")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
}

int LabelDocument::restoreJournal()
{
    QFile file(journalPath());
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return 0;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject journal = doc.object();
    if (error.error != QJsonParseError::NoError
        || journal.value(QStringLiteral("project")).toString() != m_store->path()) {
        emit storeError(tr("The journal of edits waiting to be saved cannot be read (%1: %2); it is left as it is.")
                            .arg(QDir::toNativeSeparators(file.fileName()), error.errorString()));
        return 0;
    }
    std::vector<PendingWrite> restored;
    for (const auto& value : journal.value(QStringLiteral("writes")).toArray()) {
        const QJsonObject o = value.toObject();
        PendingWrite w;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        w.kind = kind == QStringLiteral("add") ? PendingWrite::Kind::Add
            : kind == QStringLiteral("update") ? PendingWrite::Kind::Update
                                               : PendingWrite::Kind::Remove;
        if (!parseEditReason(o.value(QStringLiteral("reason")).toString(), &w.cause.reason))
            w.cause.reason = EditReason::Edit;
        w.seconds = o.value(QStringLiteral("seconds")).toDouble();
        for (const auto& a : o.value(QStringLiteral("annotations")).toArray()) {
            if (auto row = annotationFromJson(a.toObject())) {
                m_nextProvisional = std::min(m_nextProvisional, row->id - 1);
                w.annotations.push_back(*row);
            }
        }
        for (const auto& id : o.value(QStringLiteral("ids")).toArray())
            w.ids.push_back(id.toInteger());
        for (const auto& v : o.value(QStringLiteral("versions")).toArray())
            w.versions.push_back(v.toInteger());
        restored.push_back(std::move(w));
    }
    m_pending = std::move(restored);
    return static_cast<int>(m_pending.size());
}

void LabelDocument::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    const bool was = isReadOnly();
    m_paused = paused;
    if (isReadOnly() != was)
        emit readOnlyChanged(isReadOnly());
}

void LabelDocument::clear()
{
    m_image = ImageRecord();
    m_annotations.clear();
    m_others.clear();
    m_predictions.clear();
    emit loaded();
}

bool LabelDocument::load(ImageId image, QString* error)
{
    auto setError = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_store)
        return setError(tr("No project is open."));
    if (!m_pending.empty() && !retryPending())
        return setError(tr("Edits on this image are not saved yet: %1").arg(m_lastError));
    auto record = m_store->image(image);
    if (!record)
        return setError(record.error().toString());
    if (!*record)
        return setError(tr("There is no image %1 in the project.").arg(image));
    auto mine = m_store->annotations(image, m_me);
    if (!mine)
        return setError(mine.error().toString());
    m_image = **record;
    m_annotations.clear();
    for (Annotation& a : *mine)
        m_annotations.emplace(a.id, std::move(a));
    m_provisional.clear();
    m_clock.restart();
    reloadOverlays();
    emit loaded();
    return true;
}

void LabelDocument::reloadOverlays()
{
    m_others.clear();
    m_predictions.clear();
    if (!m_store || m_image.id == 0)
        return;
    if (auto all = m_store->annotations(m_image.id)) {
        for (Annotation& a : *all) {
            if (a.annotator != m_me)
                m_others.push_back(std::move(a));
        }
    }
    m_annotatorNames.clear();
    if (auto annotators = m_store->annotators()) {
        for (const Annotator& a : *annotators)
            m_annotatorNames[a.id] = a.name;
    }
    if (m_run != 0) {
        if (auto p = m_store->predictions(m_run, m_image.id))
            m_predictions = std::move(*p);
    }
    emit overlaysChanged();
}

const Annotation* LabelDocument::annotation(AnnotationId id) const
{
    auto it = m_annotations.find(id);
    return it == m_annotations.end() ? nullptr : &it->second;
}

QString LabelDocument::annotatorName(AnnotatorId id) const
{
    auto it = m_annotatorNames.find(id);
    return it == m_annotatorNames.end() ? QString() : it->second;
}

const Prediction* LabelDocument::prediction(std::int64_t id) const
{
    auto it
        = std::find_if(m_predictions.begin(), m_predictions.end(), [id](const Prediction& p) { return p.id == id; });
    return it == m_predictions.end() ? nullptr : &*it;
}

void LabelDocument::setPredictionRun(RunId run)
{
    if (run == m_run)
        return;
    m_run = run;
    reloadOverlays();
}

double LabelDocument::takeSeconds()
{
    const double seconds = std::min(m_clock.restart() / 1000.0, m_idleCap);
    return std::max(seconds, 0.0);
}

AnnotationId LabelDocument::storeId(AnnotationId id) const
{
    if (id >= 0)
        return id;
    auto it = m_provisional.find(id);
    return it == m_provisional.end() ? 0 : it->second;
}

EditContext LabelDocument::contextFor(const PendingWrite& w) const
{
    EditContext context;
    context.editor = m_me;
    context.reason = w.cause.reason;
    context.seconds = w.seconds;
    const bool restores = w.cause.reason == EditReason::Undo || w.cause.reason == EditReason::Redo;
    if (restores && w.cause.trail)
        context.undoes = w.cause.trail->entries; // written by now: the queue keeps the order
    else
        context.imageEvent = ImageEvent::Edited; // the first edit of an image starts it
    return context;
}

void LabelDocument::adopt(AnnotationId key, const Annotation& row)
{
    auto it = m_annotations.find(key);
    if (it == m_annotations.end())
        return;
    it->second = row;
    it->second.id = key;
}

bool LabelDocument::write(const PendingWrite& w, QString* error, std::vector<Annotation>* written)
{
    using Kind = PendingWrite::Kind;
    if (!m_store) {
        *error = tr("No project is open.");
        return false;
    }
    const EditContext context = contextFor(w);
    const bool first = w.cause.trail && (w.cause.reason == EditReason::Edit || w.cause.reason == EditReason::Engine);
    std::vector<std::int64_t> entries;
    switch (w.kind) {
    case Kind::Add: {
        std::vector<Annotation> rows = w.annotations;
        for (Annotation& a : rows)
            a.id = storeId(a.id); // 0 for a provisional region not yet written: the store makes its id
        auto stored = m_store->addAnnotations(rows, context);
        if (!stored) {
            *error = stored.error().toString();
            return false;
        }
        for (size_t i = 0; i < w.annotations.size() && i < stored->rows.size(); ++i) {
            if (w.annotations[i].id < 0)
                m_provisional[w.annotations[i].id] = stored->rows[i].id;
        }
        entries = stored->entries;
        if (written)
            *written = std::move(stored->rows);
        break;
    }
    case Kind::Update: {
        std::vector<Annotation> rows = w.annotations;
        for (Annotation& a : rows) {
            // Checked against the version this document last saw stored (its own edits' included); a row it does
            // not hold is not checked.
            const Annotation* known = annotation(a.id);
            a.version = known ? known->version : a.version; // not held: the version the write carries (journal)
            a.id = storeId(a.id);
        }
        auto stored = m_store->updateAnnotations(rows, context);
        if (!stored) {
            m_stale = stored.error().code == ErrorCode::Stale;
            *error = stored.error().toString();
            return false;
        }
        entries = stored->entries;
        if (written)
            *written = std::move(stored->rows);
        break;
    }
    case Kind::Remove: {
        std::vector<AnnotationId> ids;
        ids.reserve(w.ids.size());
        for (AnnotationId id : w.ids)
            ids.push_back(storeId(id));
        auto removed = m_store->removeAnnotations(ids, context, w.versions);
        if (!removed) {
            m_stale = removed.error().code == ErrorCode::Stale;
            *error = removed.error().toString();
            return false;
        }
        entries = std::move(*removed);
        break;
    }
    }
    if (first)
        w.cause.trail->entries = std::move(entries);
    return true;
}

void LabelDocument::fail(const QString& error)
{
    m_lastError = error;
    emit storeError(tr("The edit could not be saved: %1. Your edits stay on screen and are saved in order once the "
                       "store takes them (%n waiting).",
        nullptr, pendingWriteCount())
                        .arg(error));
}

void LabelDocument::setStoreReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    const bool was = isReadOnly();
    m_readOnly = readOnly;
    if (isReadOnly() != was)
        emit readOnlyChanged(isReadOnly());
}

bool LabelDocument::submit(PendingWrite w)
{
    // Once a write failed, later ones queue behind it so that the store sees them in order.
    if (m_pending.empty()) {
        QString error;
        m_stale = false;
        if (write(w, &error))
            return true;
        if (m_stale) {
            refuseStale(w, error); // never to be taken: the labels as they are now come back
            return false;
        }
        m_pending.push_back(std::move(w));
        saveJournal();
        fail(error);
        return true;
    }
    m_pending.push_back(std::move(w));
    saveJournal();
    return true;
}

std::vector<Annotation> LabelDocument::addAnnotations(std::vector<Annotation> annotations, const EditCause& cause)
{
    const double seconds = takeSeconds();
    const bool restores = cause.reason == EditReason::Undo || cause.reason == EditReason::Redo;
    for (Annotation& a : annotations) {
        a.image = m_image.id;
        a.annotator = m_me;
        if (!restores)
            a.secondsSpent = annotations.empty() ? 0 : seconds / static_cast<double>(annotations.size());
    }
    PendingWrite w;
    w.kind = PendingWrite::Kind::Add;
    w.seconds = restores ? 0 : seconds;
    w.cause = cause;
    w.annotations = annotations;
    std::vector<Annotation> stored;
    QString error;
    const bool written = m_pending.empty() && write(w, &error, &stored);
    if (written) {
        for (size_t i = 0; i < annotations.size() && i < stored.size(); ++i) {
            const AnnotationId key = annotations[i].id < 0 ? annotations[i].id : stored[i].id;
            annotations[i] = stored[i];
            annotations[i].id = key; // a provisional region keeps the id the items know it by
        }
    } else {
        for (Annotation& a : annotations) {
            if (a.id == 0)
                a.id = m_nextProvisional--;
        }
        w.annotations = annotations;
        const bool first = m_pending.empty();
        m_pending.push_back(std::move(w));
        saveJournal();
        if (first)
            fail(error);
    }
    std::vector<AnnotationId> ids;
    ids.reserve(annotations.size());
    for (const Annotation& a : annotations) {
        ids.push_back(a.id);
        m_annotations[a.id] = a;
    }
    emit annotationsAdded(toIdList(ids));
    return annotations;
}

std::vector<Annotation> LabelDocument::updateAnnotations(
    const std::vector<Annotation>& annotations, const EditCause& cause)
{
    const bool restores = cause.reason == EditReason::Undo || cause.reason == EditReason::Redo;
    const double seconds = takeSeconds();
    PendingWrite w;
    w.kind = PendingWrite::Kind::Update;
    w.seconds = restores ? 0 : seconds;
    w.cause = cause;
    w.annotations = annotations;
    std::vector<AnnotationId> ids;
    ids.reserve(annotations.size());
    std::vector<Annotation> shown;
    shown.reserve(annotations.size());
    for (const Annotation& a : annotations) {
        ids.push_back(a.id);
        auto it = m_annotations.find(a.id);
        if (it == m_annotations.end())
            continue;
        it->second.region.polygon = a.region.polygon;
        it->second.region.text = a.region.text;
        it->second.region.flags = a.region.flags;
        it->second.region.script = a.region.script;
        it->second.source = a.source;
        if (restores) {
            it->second.guidelineVersion = a.guidelineVersion;
            it->second.updatedAt = a.updatedAt;
            it->second.secondsSpent = a.secondsSpent;
        }
    }
    std::vector<Annotation> stored;
    QString error;
    m_stale = false;
    if (m_pending.empty() && write(w, &error, &stored)) {
        for (size_t i = 0; i < ids.size() && i < stored.size(); ++i)
            adopt(ids[i], stored[i]);
    } else if (m_pending.empty() && m_stale) {
        refuseStale(w, error);
    } else if (m_pending.empty()) {
        m_pending.push_back(std::move(w));
        saveJournal();
        fail(error);
    } else {
        m_pending.push_back(std::move(w));
        saveJournal();
    }
    for (AnnotationId id : ids) {
        if (const Annotation* a = annotation(id))
            shown.push_back(*a);
    }
    emit annotationsChanged(toIdList(ids));
    return shown;
}

void LabelDocument::removeAnnotations(const std::vector<AnnotationId>& ids, const EditCause& cause)
{
    takeSeconds();
    PendingWrite w;
    w.kind = PendingWrite::Kind::Remove;
    w.ids = ids;
    w.cause = cause;
    w.versions.reserve(ids.size());
    for (AnnotationId id : ids) {
        const Annotation* known = annotation(id);
        w.versions.push_back(known ? known->version : 0);
        m_annotations.erase(id);
    }
    if (submit(std::move(w)))
        emit annotationsRemoved(toIdList(ids));
}

bool LabelDocument::retryPending()
{
    bool refused = false;
    while (!m_pending.empty()) {
        QString error;
        const PendingWrite& w = m_pending.front();
        std::vector<Annotation> written;
        m_stale = false;
        if (!write(w, &error, &written)) {
            if (m_stale) {
                // Never to be taken: said, dropped, and the labels read again once the queue is through.
                refused = true;
                m_lastError = error;
                emit staleEdit(staleMessage(w, error));
                m_pending.erase(m_pending.begin());
                continue;
            }
            saveJournal();
            fail(error);
            return false;
        }
        // The rows as stored now (times, guideline version) replace what was kept on screen, under the ids the
        // items know them by (provisional ones included).
        const auto& keys = w.kind == PendingWrite::Kind::Remove ? std::vector<Annotation> {} : w.annotations;
        for (size_t i = 0; i < keys.size() && i < written.size(); ++i) {
            adopt(keys[i].id, written[i]);
            // A write queued behind this one saw the label before it: it is checked against this version.
            for (PendingWrite& later : m_pending) {
                for (size_t k = 0; k < later.ids.size() && k < later.versions.size(); ++k)
                    if (later.ids[k] == keys[i].id)
                        later.versions[k] = written[i].version;
                for (Annotation& a : later.annotations)
                    if (a.id == keys[i].id)
                        a.version = written[i].version;
            }
        }
        m_pending.erase(m_pending.begin());
    }
    saveJournal();
    if (refused)
        reloadMine();
    else
        m_lastError.clear();
    return true;
}

QString LabelDocument::staleMessage(const PendingWrite& w, const QString& error) const
{
    QStringList typed;
    for (const Annotation& a : w.annotations)
        if (!a.region.text.isEmpty())
            typed << QStringLiteral("\u201C%1\u201D").arg(a.region.text);
    return typed.isEmpty()
        ? tr("Your change was not saved: %1. The labels as they are now are shown.").arg(error)
        : tr("Your change was not saved: %1. The labels as they are now are shown; you had typed %2.")
              .arg(error, typed.join(QStringLiteral(", ")));
}

void LabelDocument::refuseStale(const PendingWrite& w, const QString& error)
{
    m_lastError = error;
    const QString message = staleMessage(w, error);
    reloadMine();
    emit staleEdit(message);
}

void LabelDocument::reloadMine()
{
    if (!m_store || m_image.id == 0)
        return;
    auto mine = m_store->annotations(m_image.id, m_me);
    if (!mine)
        return;
    m_annotations.clear();
    for (Annotation& a : *mine)
        m_annotations.emplace(a.id, std::move(a));
    m_provisional.clear();
    reloadOverlays();
    emit loaded();
}

} // namespace lector
