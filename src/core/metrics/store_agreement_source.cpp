// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/store_agreement_source.h>

#include <lector/store/project_store.h>

namespace lector {

Result<std::unique_ptr<StoreAgreementSource>> StoreAgreementSource::open(
    const ProjectStore& store, const QStringList& exclude)
{
    std::unique_ptr<StoreAgreementSource> source(new StoreAgreementSource);
    auto annotators = store.annotators();
    if (!annotators)
        return std::move(annotators).error();
    ImageLabelCursor::Filter filter;
    filter.annotators.emplace();
    for (const Annotator& a : *annotators)
        if (!exclude.contains(a.name)) {
            source->m_names.insert(a.id, a.name);
            filter.annotators->push_back(a.id);
        }
    // A consensus may be written under another name (buildConsensus's options.annotator): leaving out "consensus"
    // leaves out every region that came from one, and keeping the name keeps them.
    filter.consensusSource = !exclude.contains(QStringLiteral("consensus"));
    auto cursor = ImageLabelCursor::open(store, filter);
    if (!cursor)
        return std::move(cursor).error();
    source->m_cursor = std::move(*cursor);
    for (AnnotatorId id : source->m_cursor->annotatorsWithLabels())
        source->m_annotators.push_back(source->m_names.value(id));
    source->m_annotators.sort();
    return source;
}

Result<int> StoreAgreementSource::read(std::vector<AgreementImage>& images, int max)
{
    int n = 0;
    for (; n < max; ++n) {
        auto more = m_cursor->next(m_image);
        if (!more)
            return std::move(more).error();
        if (!*more)
            break;
        AgreementImage image;
        image.id = m_image.id;
        image.batch = m_image.batch;
        // Labels come by annotator: one map entry per run of them.
        std::vector<Annotation>& labels = m_image.labels;
        for (size_t begin = 0, end = 0; begin < labels.size(); begin = end) {
            while (end < labels.size() && labels[end].annotator == labels[begin].annotator)
                ++end;
            std::vector<AgreementRegion>& regions = image.byAnnotator[m_names.value(labels[begin].annotator)];
            regions.reserve(regions.size() + (end - begin));
            for (size_t i = begin; i < end; ++i)
                regions.push_back({ std::move(labels[i].region), labels[i].guidelineVersion });
        }
        images.push_back(std::move(image));
    }
    return n;
}

Result<AgreementReport> computeAgreement(
    const ProjectStore& store, const QStringList& exclude, const AgreementOptions& options, Progress* progress)
{
    auto source = StoreAgreementSource::open(store, exclude);
    if (!source)
        return std::move(source).error();
    return computeAgreement(**source, options, progress);
}

} // namespace lector
