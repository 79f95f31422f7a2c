// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/metrics/agreement_report.h>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace lector {

class ProjectStore;

/// What one line of a snapshot is about.
enum class SnapshotScope { Overall, Pair, Annotator, Slice };
QString snapshotScopeName(SnapshotScope scope); // "overall", "pair", "annotator", "slice"
bool parseSnapshotScope(const QString& name, SnapshotScope* scope);

/// One line of a snapshot: the raw counts of PairFigures, from which every figure is derived as the report derives
/// it (precision(), recall(), f1(), meanIoU(), textAgreement(), cer()).
/// - Overall: every pair pooled; a and b empty.
/// - Pair: the report's pair a / b.
/// - Annotator: annotator `b` against everybody else (a is empty), pooled over b's pairs with b always on the b side:
///   precision is the share of b's regions matched by another annotator, recall the share of the others' regions
///   b matched. `figures.images` is the number of images b labeled along with someone else.
/// - Slice: one bin of one dimension of perSlice or perGuidelineVersion (dimension "guideline_version"), pooled.
struct SnapshotLine {
    SnapshotScope scope = SnapshotScope::Overall;
    QString dimension;
    QString bin;
    PairFigures figures;
};

/// One saved agreement report.
struct AgreementSnapshot {
    std::int64_t id = 0;
    std::int64_t takenAt = 0; // ms since the epoch
    QString source; // "app" or "cli"
    double iouThreshold = 0.5;
    int guidelineVersion = 0; // the number in force when it was computed; 0 when none was published
    std::int64_t lastEntry = 0; // the newest edit-log entry the labels had
    int images = 0;
    int units = 0;
    QStringList annotators;
    double alphaText = 0; // NaN when undefined
    double alphaGeometry = 0;
    std::vector<SnapshotLine> lines; // empty unless read with figures

    /// The line of `scope` for (a, b) or (dimension, bin); nullptr when the snapshot has none.
    const SnapshotLine* find(SnapshotScope scope, const QString& a = {}, const QString& b = {},
        const QString& dimension = {}, const QString& bin = {}) const;
};

/// The lines a report is saved as: overall, each pair, each annotator, each slice (perSlice and perGuidelineVersion).
std::vector<SnapshotLine> snapshotLines(const AgreementReport& report);

/// A figure of a line, by name: precision, recall, f1, mean_iou, text_agreement, cer (NaN when undefined).
double snapshotFigure(const PairFigures& figures, const QString& name);
/// Those names, in display order, and alpha_text, alpha_geometry (snapshot-wide figures, see trend()).
QStringList snapshotFigureNames();

/// One point of a trend: a figure of one snapshot.
struct TrendPoint {
    std::int64_t snapshot = 0;
    std::int64_t takenAt = 0;
    int guidelineVersion = 0;
    double value = 0; // NaN when the snapshot has no such line or the figure is undefined
};

/// A figure over the snapshots (oldest first), of the line (scope, a, b, dimension, bin); alpha_text and
/// alpha_geometry are the snapshot's own (scope ignored).
std::vector<TrendPoint> trend(const std::vector<AgreementSnapshot>& snapshots, const QString& figure,
    SnapshotScope scope, const QString& a = {}, const QString& b = {}, const QString& dimension = {},
    const QString& bin = {});

/// When a snapshot was taken and under which guideline version, for a history replayed after the fact (the demo
/// project's simulated week); save() otherwise takes now and the version in force.
struct SnapshotTime {
    std::int64_t takenAt = 0; // ms since the epoch
    int guidelineVersion = 0;
};

/// What save() did.
struct SnapshotSave {
    std::int64_t id = 0; // the snapshot saved, or the newest one already standing for the same labels
    bool saved = false; // false: the newest snapshot has the same labels, IoU, annotators and guideline version
};

/// The history of agreement in the project store (tables agreement_snapshots, agreement_snapshot_figures). Reading
/// is cheap (no recomputation). Uses the store's connection: call it from the thread that owns the store.
class AgreementHistoryRepository {
public:
    explicit AgreementHistoryRepository(ProjectStore& store)
        : m_store(store)
    {
    }

    /// The newest edit-log entry id (0 for a project never edited): read it before computing a report to stamp
    /// the snapshot with the labels the report saw.
    Result<std::int64_t> lastEntry() const;

    /// Saves `report` as a snapshot taken now by `source`, stamped with `lastEntry` (-1: read it now) and the
    /// guideline version in force, in one transaction. A canceled (incomplete) report is refused (InvalidArgument);
    /// a report over the same labels, IoU threshold, annotators and guideline version as the newest snapshot is not
    /// saved again. A read-only store gives ErrorCode::ReadOnly. `at` gives the time and the version instead (a
    /// history replayed after the fact), and is always saved.
    Result<SnapshotSave> save(const AgreementReport& report, const QString& source, std::int64_t lastEntry = -1,
        std::optional<SnapshotTime> at = {});

    /// Every snapshot, oldest first, with its lines when `withLines`.
    Result<std::vector<AgreementSnapshot>> snapshots(bool withLines = true) const;
    Result<std::int64_t> count() const;

private:
    ProjectStore& m_store;
};

} // namespace lector
