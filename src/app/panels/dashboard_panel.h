// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "panels/session_panel.h"

#include <lector/analysis/quality_summary.h>
#include <lector/store/agreement_history.h>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace lector {

class AgreementTrendView;
class ChartCard;

/// What the dashboard's job computes: the summary, and the agreement history after it was saved (when the project
/// can be written and the labels changed since the last snapshot).
struct DashboardData {
    QualitySummary summary;
    std::vector<AgreementSnapshot> history;
    std::vector<GuidelineVersion> versions;
    SnapshotSave saved; // saved.id 0: nothing saved (read-only project)
    QString historyProblem; // why the snapshot could not be kept, when it could not
};
class ProgressStrip;

/// The lead's noise dashboard: annotators' speed against quality, conflicts by kind and status, with sortable
/// tables; computed by the session's job runner whenever the labels, conflicts or guideline change while it is on
/// screen; a click on a conflict bar opens those conflicts in the review queue. Exports as an HTML report with the
/// charts as PNG and the tables as CSV.
class DashboardPanel : public SessionPanel {
    Q_OBJECT
public:
    explicit DashboardPanel(ProjectSession* session, QWidget* parent = nullptr);

    /// Recomputes on a worker now (the Refresh button); summaryReady follows.
    void refresh();
    /// Shows a summary (what refresh() delivers; also for tests).
    void showSummary(const QualitySummary& summary);
    const std::optional<QualitySummary>& summary() const { return m_summary; }
    /// Writes the HTML report into `dir`; false with the reason in *error on failure.
    bool exportReport(const QString& dir, QString* error = nullptr);
    /// Activates a row of the per-image table (as a double click does).
    void activateImageRow(int row);
    /// What a click on the pair chart's bar or a pair table row does: the images both labeled, worst first.
    void activatePair(int index);
    /// What a click on a slice bar does: the images with regions in bin `index` of the current dimension.
    void activateSliceBar(int index);
    /// What a click on the guideline-change chart does: the images in the slice of effect `index`.
    void activateEffectBar(int index);
    /// What a click on an annotator's point of the speed chart does: their images, worst agreement first.
    void activateAnnotator(const QString& name);
    /// The slice dimension the slice chart shows (height, aspect, rotation, text_length, script, batch).
    void setSliceDimension(const QString& dimension);
    bool isComputing() const;
    QString statusText() const;
    /// Stops the computation under way (the Cancel button).
    void cancel();
    int chartCount() const;
    /// The Trend tab: agreement over the saved snapshots.
    AgreementTrendView* trendView() const { return m_trend; }
    /// Shows the Trend tab.
    void showTrend();
    /// Computes `annotator`'s feedback page on a worker (lector::computeRaterFeedback) and writes it to `path`:
    /// HTML, or PDF when the name ends in .pdf. feedbackWritten follows.
    void writeFeedback(const QString& annotator, const QString& path);

signals:
    void summaryReady();
    /// A computation ended: with a summary (summaryReady came first), an error, or canceled.
    void computingFinished();
    void conflictKindClicked(const QString& kind);
    /// A feedback page was written to `path` (error empty), or not (error says why).
    void feedbackWritten(const QString& path, const QString& error);

protected:
    void projectOpened() override;
    void projectClosed() override;
    void refreshNow() override { refresh(); }

private:
    void fillTable(QTableWidget* table, const ReportTable& data);

    std::optional<QualitySummary> m_summary;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    void showSlices();

    ChartCard* m_pairChart = nullptr;
    ChartCard* m_sliceChart = nullptr;
    ChartCard* m_versionChart = nullptr;
    QComboBox* m_dimension = nullptr;
    QTableWidget* m_pairTable = nullptr;
    QTableWidget* m_sliceTable = nullptr;
    QTableWidget* m_imageTable = nullptr;
    ChartCard* m_speedChart = nullptr;
    ChartCard* m_conflictChart = nullptr;
    QTableWidget* m_speedTable = nullptr;
    QTableWidget* m_conflictTable = nullptr;
    AgreementTrendView* m_trend = nullptr;
    ProgressStrip* m_progress = nullptr; // of the computation under way
    QStringList m_sliceBins; // bins on the slice chart, in bar order
};

} // namespace lector
