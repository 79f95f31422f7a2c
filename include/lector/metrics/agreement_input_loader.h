// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/metrics/agreement_report.h>
#include <lector/metrics/store_agreement_source.h>

#include <QStringList>

namespace lector {

class ProjectStore;

/// Reads every image's labels from the store as agreement input, under StoreAgreementSource's rules (annotators in
/// `exclude` and consensus-sourced regions left out, images nobody labeled kept with no annotators). The whole
/// project in memory: for tests and small projects; the report itself streams (computeAgreement(store, ...)).
Result<AgreementInput> loadAgreementInput(
    const ProjectStore& store, const QStringList& exclude = StoreAgreementSource::defaultExclusions());

} // namespace lector
