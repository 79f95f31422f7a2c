// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/analysis/distribution.h>

#include "panels/session_panel.h"
#include <QHash>

#include <memory>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace lector {

class ChartCard;
class ProgressStrip;

/// The data distribution view: what the dataset is made of (images per batch and split, image sizes, words per
/// image, box height, width, aspect and rotation, transcription length and script, the most frequent characters
/// per script, labels per annotator and guideline version), as bar charts on tabs, each in a ChartCard (export
/// to PNG/SVG). Computed by the session's job runner when the labels change while it is on screen; the latest
/// request wins and a running computation can be canceled. A click on a bar emits imagesRequested with the images
/// behind it (description like "box height 8–16 px: 312 boxes on 120 images", images in ascending id order).
class DistributionPanel : public SessionPanel {
    Q_OBJECT
public:
    explicit DistributionPanel(ProjectSession* session, QWidget* parent = nullptr);
    ~DistributionPanel() override;

    /// Only this annotator's labels (empty: all annotators', consensus left out); recomputes when it changes.
    void setAnnotator(const QString& name);
    QString annotator() const { return m_annotatorName; }
    /// Recomputes on a worker; distributionReady (or computeFailed) follows. Never blocks.
    void refresh();
    /// Cancels the running computation, if any.
    void cancel();
    bool isComputing() const;

    /// Shows a distribution (what refresh() delivers; also for tests and the benchmark).
    void showDistribution(std::shared_ptr<const Distribution> distribution);
    const Distribution* distribution() const { return m_distribution.get(); }

    /// The card that shows a dimension (see distributionDimensions()); nullptr for an unknown one.
    ChartCard* card(const QString& dimension) const;
    /// Which bin of the dimension's histogram the chart's bar (category) `bar` shows; -1 when none. Charts of many
    /// named bins show the largest ones only, so bars and bins may differ.
    int binAt(const QString& dimension, int bar) const;
    /// Emits imagesRequested for a bin, as a click on its bar does.
    void activateBin(const QString& dimension, int bin);

signals:
    void distributionReady();
    void computeFailed(const QString& message);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void projectOpened() override;
    void projectClosed() override;
    void refreshNow() override { refresh(); }

private:
    void fillChart(const DistributionHistogram& histogram);
    void clearCharts();
    void updateAnnotatorList();
    void setColumns(int columns);

    QString m_annotatorName;
    std::shared_ptr<const Distribution> m_distribution;

    QLabel* m_status = nullptr;
    QComboBox* m_annotator = nullptr;
    QPushButton* m_refresh = nullptr;
    ProgressStrip* m_progress = nullptr;
    QTabWidget* m_tabs = nullptr;
    QHash<QString, ChartCard*> m_cards;
    QHash<QString, std::vector<int>> m_barBins; // per dimension: bar index -> bin index
    QHash<QGridLayout*, QList<ChartCard*>> m_gridCards; // each tab's grid and its cards in order
    int m_columns = 2;
};

} // namespace lector
