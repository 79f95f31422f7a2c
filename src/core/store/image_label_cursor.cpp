// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/image_label_cursor.h>

#include <lector/store/project_store.h>
#include <lector/store/read_snapshot.h>

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace lector {

namespace {

Source sourceOf(std::string_view name)
{
    if (name == "import")
        return Source::Import;
    if (name == "auto")
        return Source::Auto;
    if (name == "consensus")
        return Source::Consensus;
    return Source::Manual;
}

} // namespace

ImageLabelCursor::ImageLabelCursor(const ProjectStore& store)
    : m_store(store)
{
}

ImageLabelCursor::~ImageLabelCursor()
{
    // Statements first: the snapshot must not end under an active one.
    m_images.reset();
    m_labels.reset();
    m_snapshot.reset();
}

Result<std::unique_ptr<ImageLabelCursor>> ImageLabelCursor::open(const ProjectStore& store)
{
    return open(store, Filter {});
}

Result<std::unique_ptr<ImageLabelCursor>> ImageLabelCursor::open(const ProjectStore& store, const Filter& filter)
{
    std::unique_ptr<ImageLabelCursor> cursor(new ImageLabelCursor(store));
    LECTOR_TRY(cursor->start(filter));
    return cursor;
}

Result<void> ImageLabelCursor::start(const Filter& filter)
{
    db::Connection& db = m_store.database();
    // Until the destructor, so that the count, the annotators and both cursors agree.
    auto snapshot = ReadSnapshot::begin(m_store);
    if (!snapshot)
        return std::move(snapshot).error();
    m_snapshot = std::move(*snapshot);
    {
        LECTOR_PREPARE(count, db, "SELECT count(*) FROM images");
        auto n = count.firstRow([&] { return count.columnInt64(0); });
        if (!n)
            return std::move(n).error();
        m_imageCount = n->value_or(0);
    }

    std::vector<AnnotatorId> candidates;
    if (filter.annotators) {
        candidates = *filter.annotators;
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    } else {
        LECTOR_PREPARE(all, db, "SELECT id FROM annotators ORDER BY id");
        LECTOR_TRY(all.forEachRow([&] { candidates.push_back(all.columnInt64(0)); }));
    }
    // Through annotations_by_annotator: the first label of each annotator answers, not a scan.
    const std::string consensusTerm = filter.consensusSource ? "" : " AND source <> 'consensus'";
    {
        LECTOR_PREPARE(
            has, db, "SELECT EXISTS (SELECT 1 FROM annotations WHERE annotator_id = ?" + consensusTerm + ")");
        for (AnnotatorId id : candidates) {
            has.reset();
            has.bind(1, id);
            auto exists = has.firstRow([&] { return has.columnInt64(0) != 0; });
            if (!exists)
                return std::move(exists).error();
            if (exists->value_or(false))
                m_annotators.push_back(id);
        }
    }

    auto images = db.prepareOwned("SELECT id, batch FROM images ORDER BY id");
    if (!images)
        return std::move(images).error();
    m_images = std::move(*images);
    if (m_annotators.empty())
        return {};
    // Only the annotators who have labels, as bound parameters; the placeholders are ours. The term on
    // annotator_id is checked on the index entry, before the row is read. INDEXED BY (SQLite's only; PostgreSQL's
    // planner chooses well): given the IN term, SQLite would rather search annotations_by_annotator and sort every
    // label in a temporary b-tree.
    std::string sql = "SELECT image_id, annotator_id, coalesce(guideline_version, 0), points, text, flags, script, "
                      "source FROM annotations";
    if (db.backend() == db::Backend::Sqlite)
        sql += " INDEXED BY annotations_by_image";
    sql += " WHERE annotator_id IN (";
    for (size_t i = 0; i < m_annotators.size(); ++i)
        sql += i ? ", ?" : "?";
    sql += ")" + consensusTerm + " ORDER BY image_id, annotator_id, id";
    auto labels = db.prepareOwned(sql);
    if (!labels)
        return std::move(labels).error();
    m_labels = std::move(*labels);
    for (size_t i = 0; i < m_annotators.size(); ++i)
        m_labels->bind(int(i) + 1, m_annotators[i]);
    auto row = m_labels->step();
    if (!row)
        return std::move(row).error();
    m_labelPending = *row;
    return {};
}

Result<bool> ImageLabelCursor::next(Image& image)
{
    image.labels.clear();
    if (m_done)
        return false; // stepping a finished statement would start it again
    auto row = m_images->step();
    if (!row)
        return std::move(row).error();
    if (!*row) {
        m_done = true;
        return false;
    }
    image.id = m_images->columnInt64(0);
    const std::string_view batch = m_images->columnUtf8(1);
    if (m_lastBatch.isNull() || batch != std::string_view(m_lastBatchUtf8)) {
        m_lastBatch = m_images->columnText(1);
        m_lastBatchUtf8 = std::string(batch);
    }
    image.batch = m_lastBatch;

    while (m_labelPending) {
        db::Statement& s = *m_labels;
        const ImageId on = s.columnInt64(0);
        if (on > image.id)
            break;
        if (on == image.id) { // earlier ids would be labels of no image, which the foreign key rules out
            Annotation a;
            a.image = on;
            a.annotator = s.columnInt64(1);
            a.guidelineVersion = s.columnInt(2);
            if (auto p = Polygon::parse(s.columnUtf8(3)))
                a.region.polygon = std::move(*p);
            a.region.text = s.columnText(4);
            a.region.flags = static_cast<std::uint32_t>(s.columnInt64(5));
            a.region.script = s.columnText(6);
            a.source = sourceOf(s.columnUtf8(7));
            image.labels.push_back(std::move(a));
        }
        auto more = s.step();
        if (!more)
            return std::move(more).error();
        m_labelPending = *more;
    }
    return true;
}

} // namespace lector
