// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/metrics/agreement_report.h>

#include <QStringList>

namespace lector {

class ProjectStore;

/// Reads every image's labels from the store as agreement input: one entry per annotator who has regions on the
/// image, leaving out the annotators named in `exclude` (ground truth, consensus) and regions whose source is
/// consensus. Images nobody labeled are kept with no annotators, so that the report can count them.
Result<AgreementInput> loadAgreementInput(const ProjectStore& store,
    const QStringList& exclude = { QStringLiteral("reference"), QStringLiteral("consensus") });

} // namespace lector
