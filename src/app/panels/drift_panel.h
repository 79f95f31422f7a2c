// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "panels/session_panel.h"

#include <lector/analysis/drift.h>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lector {

class ChartCard;
class ProgressStrip;

/// Drift between batches (lector::computeDrift on the job runner, with progress and Cancel): a baseline and a
/// current side (a batch, or a range of days typed as YYYY-MM-DD..YYYY-MM-DD), whose labels and which run; the
/// dataset verdict; one row per property (what moved, how much, by which test or distance, PSI), drifted ones
/// marked; and the selected property's histograms of both sides overlaid. Computes when first shown with the first
/// and the last batch, and again on Compare. Measures images not measured yet (stored when the project can be
/// written). Changes no label.
class DriftPanel : public SessionPanel {
    Q_OBJECT
public:
    explicit DriftPanel(ProjectSession* session, QWidget* parent = nullptr);

    /// The two sides as the CLI takes them (a batch name or a range of days).
    void setSides(const QString& baseline, const QString& current);
    QString baselineText() const;
    QString currentText() const;
    /// Runs the comparison on a worker (the Compare button); compared() follows.
    void compare();
    void cancel();
    bool isComparing() const;
    const std::optional<DriftReport>& report() const { return m_report; }
    QString statusText() const;
    QString verdictText() const;
    /// Shows this property's histograms (as a click on its row does).
    void showProperty(const QString& key);
    QString shownProperty() const { return m_shown; }
    ChartCard* chartCard() const { return m_chart; }
    QTableWidget* table() const { return m_table; }
    /// Asks the browser for the current side's images (the Show Images button).
    void showCurrentImages();

signals:
    /// A comparison finished (shown), failed or was canceled.
    void compared();

protected:
    void projectOpened() override;
    void projectClosed() override;
    void refreshNow() override;

private:
    void fillChoices();
    void showReport();
    void drawHistogram(const PropertyDrift& p);

    std::optional<DriftReport> m_report;
    QString m_shown;
    bool m_computedOnce = false;
    QComboBox* m_baseline = nullptr;
    QComboBox* m_current = nullptr;
    QComboBox* m_annotator = nullptr;
    QComboBox* m_run = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_showImages = nullptr;
    ProgressStrip* m_progress = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    ChartCard* m_chart = nullptr;
};

} // namespace lector
