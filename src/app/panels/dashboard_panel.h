// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/analysis/quality_summary.h>

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace lector {

/// The lead's noise dashboard: annotators' speed against quality, conflicts by kind and status, with sortable
/// tables; computed on a worker thread (its own store connection); a click on a conflict bar opens those conflicts
/// in the review queue. Exports as an HTML report with the charts as PNG and the tables as CSV.
class DashboardPanel : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPanel(QWidget* parent = nullptr);

    void setStorePath(const QString& path);
    /// Recomputes on a worker; summaryReady follows.
    void refresh();
    /// Shows a summary (what refresh() delivers; also for tests).
    void showSummary(const QualitySummary& summary);
    const std::optional<QualitySummary>& summary() const { return m_summary; }
    /// Writes the HTML report into `dir`; false with the reason in *error on failure.
    bool exportReport(const QString& dir, QString* error = nullptr);
    /// Activates a row of the per-image table (as a double click does).
    void activateImageRow(int row);
    int chartCount() const;

signals:
    void summaryReady();
    void conflictKindClicked(const QString& kind);
    /// A row of the per-image table was activated: show that image.
    void imageRequested(lector::ImageId image);

private:
    void fillTable(QTableWidget* table, const ReportTable& data);

    QString m_path;
    quint64 m_generation = 0;
    std::optional<QualitySummary> m_summary;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    void showSlices();

    QChartView* m_pairChart = nullptr;
    QChartView* m_sliceChart = nullptr;
    QChartView* m_versionChart = nullptr;
    QComboBox* m_dimension = nullptr;
    QTableWidget* m_pairTable = nullptr;
    QTableWidget* m_sliceTable = nullptr;
    QTableWidget* m_imageTable = nullptr;
    QChartView* m_speedChart = nullptr;
    QChartView* m_conflictChart = nullptr;
    QTableWidget* m_speedTable = nullptr;
    QTableWidget* m_conflictTable = nullptr;
};

} // namespace lector
