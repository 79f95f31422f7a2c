// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/agreement_input_loader.h>

#include <lector/store/project_store.h>

#include <QHash>

namespace lector {

Result<AgreementInput> loadAgreementInput(const ProjectStore& store, const QStringList& exclude)
{
    auto annotators = store.annotators();
    if (!annotators)
        return std::move(annotators).error();
    QHash<AnnotatorId, QString> names;
    for (const Annotator& a : annotators.value())
        if (!exclude.contains(a.name))
            names.insert(a.id, a.name);
    auto images = store.images();
    if (!images)
        return std::move(images).error();
    AgreementInput input;
    input.images.reserve(images->size());
    for (const ImageRecord& record : images.value()) {
        auto annotations = store.annotations(record.id);
        if (!annotations)
            return std::move(annotations).error();
        AgreementImage image;
        image.id = record.id;
        image.batch = record.batch;
        for (Annotation& a : annotations.value()) {
            const auto name = names.constFind(a.annotator);
            if (name == names.constEnd() || a.source == Source::Consensus)
                continue;
            image.byAnnotator[*name].push_back({ std::move(a.region), a.guidelineVersion });
        }
        input.images.push_back(std::move(image));
    }
    return input;
}

} // namespace lector
