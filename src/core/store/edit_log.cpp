// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/edit_log.h>

#include <unordered_map>

namespace lector {

QString editReasonName(EditReason reason)
{
    switch (reason) {
    case EditReason::Edit:
        return QStringLiteral("edit");
    case EditReason::Undo:
        return QStringLiteral("undo");
    case EditReason::Redo:
        return QStringLiteral("redo");
    case EditReason::Import:
        return QStringLiteral("import");
    case EditReason::Engine:
        return QStringLiteral("engine");
    case EditReason::Settlement:
        return QStringLiteral("settlement");
    }
    return {};
}

bool parseEditReason(const QString& name, EditReason* reason)
{
    for (EditReason r : { EditReason::Edit, EditReason::Undo, EditReason::Redo, EditReason::Import, EditReason::Engine,
             EditReason::Settlement }) {
        if (editReasonName(r) == name) {
            *reason = r;
            return true;
        }
    }
    return false;
}

std::vector<AnnotationId> WrittenAnnotations::ids() const
{
    std::vector<AnnotationId> out;
    out.reserve(rows.size());
    for (const Annotation& a : rows)
        out.push_back(a.id);
    return out;
}

std::vector<char> standingEntries(const std::vector<EditStep>& steps)
{
    std::vector<char> standing(steps.size(), 0);
    std::unordered_map<std::int64_t, std::size_t> index; // entry id -> step
    std::unordered_map<AnnotationId, std::vector<std::size_t>> onAnnotation; // steps that stand or stood, in order
    std::unordered_map<std::int64_t, std::vector<std::size_t>> takenBack; // undone entry -> what its latest undo took
    index.reserve(steps.size());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const EditStep& s = steps[i];
        index.emplace(s.entry, i);
        if (s.reason == EditReason::Undo) {
            const auto target = index.find(s.undoes);
            if (target == index.end())
                continue; // an undo of an entry we do not have (a trimmed log): nothing to take back
            std::vector<std::size_t>& taken = takenBack[s.undoes];
            taken.clear();
            auto& list = onAnnotation[steps[target->second].annotation];
            for (std::size_t k : list) {
                if (k >= target->second && standing[k]) {
                    standing[k] = 0;
                    taken.push_back(k);
                }
            }
        } else if (s.reason == EditReason::Redo) {
            const auto taken = takenBack.find(s.undoes);
            if (taken == takenBack.end())
                continue;
            for (std::size_t k : taken->second)
                standing[k] = 1;
            takenBack.erase(taken);
        } else {
            standing[i] = 1;
            onAnnotation[s.annotation].push_back(i);
        }
    }
    return standing;
}

ImageState nextImageState(ImageState current, ImageEvent event)
{
    switch (event) {
    case ImageEvent::Edited:
        return current == ImageState::ToDo ? ImageState::InProgress : current;
    case ImageEvent::MarkedDone:
        return ImageState::Done;
    case ImageEvent::Reopened:
        return current == ImageState::Done ? ImageState::InProgress : current;
    }
    return current;
}

} // namespace lector
