// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "document/label_document.h"

#include <lector/store/project_store.h>

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
    m_pending.clear();
    m_provisional.clear();
    m_store = store;
    m_me = me;
    m_readOnly = false;
    clear();
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
    m_readOnly = false;
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
    auto it = std::find_if(m_predictions.begin(), m_predictions.end(), [id](const Prediction& p) { return p.id == id; });
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

bool LabelDocument::write(const PendingWrite& w, QString* error, std::vector<AnnotationId>* added)
{
    using Kind = PendingWrite::Kind;
    if (!m_store) {
        *error = tr("No project is open.");
        return false;
    }
    switch (w.kind) {
    case Kind::Add: {
        std::vector<Annotation> rows = w.annotations;
        for (Annotation& a : rows)
            a.id = storeId(a.id); // 0 for a provisional region not yet written: the store makes its id
        auto ids = m_store->addAnnotations(rows);
        if (!ids) {
            *error = ids.error().toString();
            return false;
        }
        for (size_t i = 0; i < w.annotations.size() && i < ids->size(); ++i) {
            if (w.annotations[i].id < 0)
                m_provisional[w.annotations[i].id] = (*ids)[i];
        }
        if (added)
            *added = std::move(*ids);
        return true;
    }
    case Kind::Update: {
        std::vector<Annotation> rows = w.annotations;
        for (Annotation& a : rows)
            a.id = storeId(a.id);
        auto r = m_store->updateAnnotations(rows, m_me, w.seconds);
        if (!r) {
            *error = r.error().toString();
            return false;
        }
        return true;
    }
    case Kind::Remove: {
        std::vector<AnnotationId> ids;
        ids.reserve(w.ids.size());
        for (AnnotationId id : w.ids)
            ids.push_back(storeId(id));
        auto r = m_store->removeAnnotations(ids, m_me);
        if (!r) {
            *error = r.error().toString();
            return false;
        }
        return true;
    }
    }
    return false;
}

void LabelDocument::fail(const QString& error)
{
    m_lastError = error;
    const bool was = m_readOnly;
    m_readOnly = true;
    if (!was)
        emit readOnlyChanged(true);
    emit storeError(tr("The edit could not be saved: %1. The project is read-only until it can be written again; "
                       "unsaved edits stay on screen (%n pending).",
        nullptr, pendingWriteCount())
                        .arg(error));
}

void LabelDocument::submit(PendingWrite w)
{
    // Once a write failed, later ones queue behind it so that the store sees them in order.
    if (m_pending.empty()) {
        QString error;
        if (write(w, &error))
            return;
        m_pending.push_back(std::move(w));
        fail(error);
        return;
    }
    m_pending.push_back(std::move(w));
}

std::vector<AnnotationId> LabelDocument::addAnnotations(std::vector<Annotation> annotations)
{
    const double seconds = takeSeconds();
    const double each = annotations.empty() ? 0 : seconds / static_cast<double>(annotations.size());
    for (Annotation& a : annotations) {
        a.image = m_image.id;
        a.annotator = m_me;
        a.secondsSpent = each;
    }
    PendingWrite w;
    w.kind = PendingWrite::Kind::Add;
    w.seconds = seconds;
    w.annotations = annotations;
    std::vector<AnnotationId> stored;
    QString error;
    const bool written = m_pending.empty() && write(w, &error, &stored);
    if (written) {
        for (size_t i = 0; i < annotations.size() && i < stored.size(); ++i) {
            if (annotations[i].id >= 0)
                annotations[i].id = stored[i];
        }
    } else {
        for (Annotation& a : annotations) {
            if (a.id == 0)
                a.id = m_nextProvisional--;
        }
        w.annotations = annotations;
        const bool first = m_pending.empty();
        m_pending.push_back(std::move(w));
        if (first)
            fail(error);
    }
    std::vector<AnnotationId> ids;
    ids.reserve(annotations.size());
    for (Annotation& a : annotations) {
        ids.push_back(a.id);
        m_annotations[a.id] = std::move(a);
    }
    emit annotationsAdded(toIdList(ids));
    return ids;
}

void LabelDocument::updateAnnotations(const std::vector<Annotation>& annotations)
{
    PendingWrite w;
    w.kind = PendingWrite::Kind::Update;
    w.seconds = takeSeconds();
    w.annotations = annotations;
    std::vector<AnnotationId> ids;
    ids.reserve(annotations.size());
    for (const Annotation& a : annotations) {
        ids.push_back(a.id);
        auto it = m_annotations.find(a.id);
        if (it != m_annotations.end()) {
            it->second.region.polygon = a.region.polygon;
            it->second.region.text = a.region.text;
            it->second.region.flags = a.region.flags;
            it->second.region.script = a.region.script;
        }
    }
    submit(std::move(w));
    emit annotationsChanged(toIdList(ids));
}

void LabelDocument::removeAnnotations(const std::vector<AnnotationId>& ids)
{
    takeSeconds();
    PendingWrite w;
    w.kind = PendingWrite::Kind::Remove;
    w.ids = ids;
    for (AnnotationId id : ids)
        m_annotations.erase(id);
    submit(std::move(w));
    emit annotationsRemoved(toIdList(ids));
}

bool LabelDocument::retryPending()
{
    while (!m_pending.empty()) {
        QString error;
        if (!write(m_pending.front(), &error)) {
            fail(error);
            return false;
        }
        m_pending.erase(m_pending.begin());
    }
    if (m_readOnly) {
        m_readOnly = false;
        m_lastError.clear();
        emit readOnlyChanged(false);
    }
    return true;
}

} // namespace lector
