// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/metrics/agreement_source.h>
#include <lector/store/image_label_cursor.h>

#include <QHash>

#include <memory>

namespace lector {

class ProjectStore;

/// The project's labels as an AgreementSource, read with one cursor ordered by image (ImageLabelCursor), so that
/// the report over a project of any size holds a few images at a time. The rules: annotators named in `exclude`
/// (ground truth, consensus) are left out, and when "consensus" is among them so are regions whose source is
/// consensus, whatever annotator they were written under; each image names the annotators who have a region on
/// it; images nobody labeled come too, so that the report counts them. Reads on the store's thread, in one
/// snapshot of the project.
class StoreAgreementSource : public AgreementSource {
public:
    static QStringList defaultExclusions() { return { QStringLiteral("reference"), QStringLiteral("consensus") }; }

    static Result<std::unique_ptr<StoreAgreementSource>> open(
        const ProjectStore& store, const QStringList& exclude = defaultExclusions());

    QStringList annotators() const override { return m_annotators; }
    std::int64_t imageCount() const override { return m_cursor->imageCount(); }
    Result<int> read(std::vector<AgreementImage>& images, int max) override;

private:
    StoreAgreementSource() = default;

    std::unique_ptr<ImageLabelCursor> m_cursor;
    QHash<AnnotatorId, QString> m_names; // of the annotators not excluded
    QStringList m_annotators;
    ImageLabelCursor::Image m_image;
};

/// The agreement report over the project's labels under StoreAgreementSource's rules, streamed (see
/// computeAgreement(AgreementSource&)): ErrorCode::Canceled when `progress` cancels, a store error when a read fails.
Result<AgreementReport> computeAgreement(const ProjectStore& store,
    const QStringList& exclude = StoreAgreementSource::defaultExclusions(), const AgreementOptions& options = {},
    Progress* progress = nullptr);

} // namespace lector
