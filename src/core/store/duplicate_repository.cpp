// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/duplicate_repository.h>

#include <lector/core/tr.h>
#include <lector/store/project_store.h>

#include "store/annotation_rows.h"
#include "store/db/transaction.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <nlohmann/json.hpp>

namespace lector {

namespace {

std::string markJson(ImageId of)
{
    nlohmann::json j;
    j["duplicate_of"] = of ? nlohmann::json(of) : nlohmann::json(nullptr);
    return j.dump();
}

} // namespace

Result<std::map<ImageId, ImageId>> DuplicateRepository::marks() const
{
    LECTOR_PREPARE(s, m_store.database(), "SELECT image_id, duplicate_of FROM image_duplicates");
    std::map<ImageId, ImageId> out;
    LECTOR_TRY(s.forEachRow([&] { out.emplace(s.columnInt64(0), s.columnInt64(1)); }));
    return out;
}

Result<DuplicateMarking> DuplicateRepository::mark(const std::vector<DuplicateMark>& marks, AnnotatorId editor)
{
    return write(marks, editor, EditReason::Edit, {});
}

Result<DuplicateMarking> DuplicateRepository::revert(const DuplicateMarking& marking, AnnotatorId editor, bool redo)
{
    std::vector<DuplicateMark> back;
    back.reserve(marking.changes.size());
    for (const DuplicateMarking::Change& c : marking.changes)
        back.push_back({ c.image, c.before });
    return write(back, editor, redo ? EditReason::Redo : EditReason::Undo, marking.entries);
}

Result<DuplicateMarking> DuplicateRepository::write(const std::vector<DuplicateMark>& marks, AnnotatorId editor,
    EditReason reason, const std::vector<std::int64_t>& undoes)
{
    db::Connection& db = m_store.database();
    auto tx = db::Transaction::begin(db);
    if (!tx)
        return std::move(tx).error();
    auto current = this->marks();
    if (!current)
        return std::move(current).error();
    std::map<ImageId, ImageId> state = std::move(current).value();
    // Checked against the state as the marks apply in order, so that one marking may move a whole cluster.
    for (const DuplicateMark& m : marks) {
        if (m.duplicateOf != 0)
            state[m.image] = m.duplicateOf;
        else
            state.erase(m.image);
    }
    for (const DuplicateMark& m : marks) {
        if (m.duplicateOf == 0)
            continue;
        if (m.duplicateOf == m.image)
            return LECTOR_ERROR(
                ErrorCode::InvalidArgument, Core::tr("image %1 cannot be a duplicate of itself").arg(m.image))
                .at(m_store.path());
        if (state.count(m.duplicateOf))
            return LECTOR_ERROR(ErrorCode::InvalidArgument,
                Core::tr("image %1 cannot be a duplicate of image %2, which is itself marked a duplicate")
                    .arg(m.image)
                    .arg(m.duplicateOf))
                .at(m_store.path());
        for (ImageId id : { m.image, m.duplicateOf }) {
            auto found = m_store.image(id);
            if (!found)
                return std::move(found).error();
            if (!*found)
                return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("no image %1").arg(id)).at(m_store.path());
        }
    }
    auto before = this->marks();
    if (!before)
        return std::move(before).error();
    DuplicateMarking out;
    LECTOR_PREPARE(set, db,
        "INSERT INTO image_duplicates (image_id, duplicate_of, marked_at) VALUES (?, ?, ?) ON CONFLICT (image_id) DO "
        "UPDATE SET duplicate_of = excluded.duplicate_of, marked_at = excluded.marked_at");
    LECTOR_PREPARE(clear, db, "DELETE FROM image_duplicates WHERE image_id = ?");
    const std::int64_t now = store::nowMs();
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const DuplicateMark& m = marks[i];
        const auto was = before->find(m.image);
        const ImageId old = was == before->end() ? 0 : was->second;
        if (old == m.duplicateOf)
            continue;
        if (m.duplicateOf) {
            set.reset();
            set.bind(1, m.image).bind(2, m.duplicateOf).bind(3, now);
            LECTOR_TRY(set.run());
            (*before)[m.image] = m.duplicateOf;
        } else {
            clear.reset();
            clear.bind(1, m.image);
            LECTOR_TRY(clear.run());
            before->erase(m.image);
        }
        store::LogWrite log;
        log.at = now;
        log.annotator = editor;
        log.action = "duplicate";
        log.reason = reason;
        log.undoes = i < undoes.size() ? undoes[i] : 0;
        log.image = m.image;
        log.before = markJson(old);
        log.after = markJson(m.duplicateOf);
        auto entry = store::appendLog(db, log);
        if (!entry)
            return std::move(entry).error();
        out.changes.push_back({ m.image, old, m.duplicateOf });
        out.entries.push_back(*entry);
    }
    LECTOR_TRY(tx->commit());
    return out;
}

} // namespace lector
