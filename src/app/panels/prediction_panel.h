// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "canvas/evaluation_overlay.h"

#include <lector/metrics/detection_eval.h>
#include <lector/metrics/detection_eval_loader.h>
#include <lector/store/types.h>

#include "panels/session_panel.h"

#include <map>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace lector {

class ChartCard;
class ProgressStrip;
class RegressionsView;
class ProjectStore;

/// A model run against labels (ICDAR 2015 protocol, see evaluateDetections): the totals and every other run beside
/// them, per image worst first, the confidence histogram, precision and recall against the confidence threshold,
/// the characters most often misread, every figure per slice and across batches in import order. Computed by the
/// session's job runner when runs or labels change while it is on screen; the latest request wins. Bars, points
/// and rows open the images behind them; the current evaluation also gives the canvas its overlay (found, false,
/// missed words).
class PredictionPanel : public SessionPanel {
    Q_OBJECT
public:
    /// Everything one evaluation produced, shared with the worker that made it.
    struct Result {
        EvalSource groundTruth; // what the report was computed from, so that one image can be evaluated again
        QString run;
        DetectionEvalReport report;
        std::vector<DetectionEvalReport> otherRuns; // every other run against the same ground truth (totals only)
        std::map<ImageId, QString> imageNames;
    };

    explicit PredictionPanel(ProjectSession* session, QWidget* parent = nullptr);
    ~PredictionPanel() override;

    /// Picks the run to evaluate and the ground truth ("reference", "consensus", any annotator, or "run:NAME");
    /// false when the project has no such entry.
    bool setRun(const QString& run);
    bool setGroundTruth(const QString& label);
    void setMatching(MatchingMethod method);
    void setIgnoreCase(bool ignore);
    /// Evaluates on a worker; evaluationReady or evaluationFailed follows.
    void refresh();
    bool isEvaluating() const;
    /// Stops the evaluation under way (the Cancel button); evaluationFailed follows.
    void cancel();

    const Result* result() const { return m_result.get(); }
    /// What the canvas draws for `image` under the current evaluation (empty when it is not part of it): the image
    /// is read from the store and evaluated again on demand, since the report keeps no match lists.
    EvaluationOverlay overlayFor(ImageId image) const;
    /// The images with a ground-truth word or a detection in a slice (`dimension` as in SliceEvaluation).
    std::vector<ImageId> imagesInSlice(const QString& dimension, const QString& bin) const;

    // What clicks do, callable directly (tests).
    void activateImageRow(int row);
    void activateSliceBar(int index);
    void activateBatch(int index);
    void setSliceDimension(const QString& dimension);
    QList<ChartCard*> charts() const;
    /// The Regressions tab: this run against a baseline run, slice by slice.
    RegressionsView* regressions() const { return m_regressions; }

signals:
    void evaluationReady();
    void evaluationFailed(const QString& message);

protected:
    void projectOpened() override;
    void projectClosed() override;
    /// Reads the runs and annotators (for the pickers) and evaluates.
    void refreshNow() override;

private:
    void reloadSources();
    void showResult(std::shared_ptr<const Result> result);
    void showSlices();
    void fillImages();

    std::shared_ptr<const Result> m_result;
    std::map<ImageId, size_t> m_imageIndex; // into m_result->report.perImage
    QStringList m_sliceBins;

    QComboBox* m_run = nullptr;
    QComboBox* m_groundTruth = nullptr;
    QComboBox* m_matching = nullptr;
    QCheckBox* m_ignoreCase = nullptr;
    QPushButton* m_refresh = nullptr;
    ProgressStrip* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_runTable = nullptr;
    QTableWidget* m_imageTable = nullptr;
    QTableWidget* m_confusionTable = nullptr;
    QTableWidget* m_sliceTable = nullptr;
    QComboBox* m_dimension = nullptr;
    ChartCard* m_runChart = nullptr;
    ChartCard* m_histogram = nullptr;
    ChartCard* m_thresholdChart = nullptr;
    ChartCard* m_sliceChart = nullptr;
    ChartCard* m_batchChart = nullptr;
    RegressionsView* m_regressions = nullptr;
};

} // namespace lector
