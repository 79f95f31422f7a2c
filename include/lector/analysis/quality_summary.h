// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/analysis/efficiency.h>
#include <lector/core/result.h>
#include <lector/metrics/agreement_report.h>

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace lector {

class ProjectStore;

/// A table as the dashboard shows it and the HTML report writes it (and as CSV).
struct ReportTable {
    QString title;
    /// The columns' names, as the CSV's header row has them (the same in every language).
    QStringList columns;
    std::vector<QStringList> rows;
    /// RFC 4180 CSV: fields with commas, quotes or line breaks quoted, quotes doubled.
    QString toCsv() const;
    /// The columns' titles as the dashboard and the HTML report show them: in the interface's language.
    QStringList headerLabels() const;
};

/// Agreement on one slice a guideline version was about, under the version before it and under it (all pairs
/// pooled). A version about nothing is compared over all regions (dimension and bin empty).
struct GuidelineEffect {
    int version = 0;
    int previous = 0;
    QString changelog;
    QString dimension;
    QString bin;
    PairFigures before;
    PairFigures after;
};

/// What the lead's noise dashboard shows, computed from the store: agreement between the annotators (by pair, slice
/// and guideline version), their speed (edit log), and the conflicts found by consensus by kind and by status.
struct QualitySummary {
    EfficiencyReport efficiency;
    AgreementReport agreement; // between the annotators (reference and consensus left out)
    std::map<QString, std::int64_t> conflictsByKind; // missing, geometry, text, flags (a conflict counts in each)
    std::map<QString, std::int64_t> conflictsByStatus; // open, resolved, guideline_gap
    std::map<ImageId, QString> imageNames; // file names of the images in the agreement report
    std::vector<GuidelineEffect> guidelineEffects; // for each version after the first with labels under both
    /// Speed, conflicts by kind, by status, agreement by pair, by slice, by guideline version, before and after each
    /// guideline change, by image (worst F1 first; its last column is the image id), in that order.
    std::vector<ReportTable> tables() const;
};

/// `progress` (optional) follows the agreement computation and can cancel it (ErrorCode::Canceled).
Result<QualitySummary> computeQualitySummary(
    ProjectStore& store, const EfficiencyOptions& options = {}, Progress* progress = nullptr);
/// Before and after each guideline version on the slices it is about (GuidelineVersion::about).
std::vector<GuidelineEffect> guidelineEffects(
    const AgreementReport& report, const std::vector<GuidelineVersion>& versions);

/// Writes `dir`/index.html with the tables (and the chart images named in `charts`, relative to `dir`) and one CSV
/// per table. Files are written atomically; `dir` is created when missing.
Result<void> writeHtmlReport(const QString& dir, const QString& title, const std::vector<ReportTable>& tables,
    const std::vector<std::pair<QString, QString>>& charts);

} // namespace lector
