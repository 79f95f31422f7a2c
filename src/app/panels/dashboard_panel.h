// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/analysis/quality_summary.h>

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace lector {

class ChartCard;
class ProgressStrip;

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

signals:
    void summaryReady();
    /// A computation ended: with a summary (summaryReady came first), an error, or canceled.
    void computingFinished();
    void conflictKindClicked(const QString& kind);
    /// A row of the per-image table was activated: show that image.
    void imageRequested(lector::ImageId image);
    /// A bar, point or row stands for these images (worst first where that means something); `sliceDimension` and
    /// `sliceBin` name the slice of regions behind it when there is one, so that the canvas can point at them.
    void imagesRequested(const QString& description, const std::vector<lector::ImageId>& images,
        const QString& sliceDimension, const QString& sliceBin);

private:
    void fillTable(QTableWidget* table, const ReportTable& data);

    QString m_path;
    quint64 m_generation = 0;
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
    ProgressStrip* m_progress = nullptr; // of the computation under way
    QStringList m_sliceBins; // bins on the slice chart, in bar order
};

} // namespace lector
