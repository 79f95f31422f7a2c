// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/agreement_history.h>
#include <lector/store/types.h>

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace lector {

class ChartCard;

/// The dashboard's Trend tab: one agreement figure (F1, precision, recall, mean IoU, same text, CER, alpha) of one
/// line of the history (all pairs, a pair, an annotator, a slice) over the saved snapshots, on a time axis with each
/// guideline version's publication marked and the points coloured by the version in force; a table of the same
/// points below. What it plots comes from lectorcore's trend(); this class only draws.
class AgreementTrendView : public QWidget {
    Q_OBJECT
public:
    explicit AgreementTrendView(QWidget* parent = nullptr);

    /// Shows a history (oldest first) and the guideline versions to mark; keeps the figure and, when the new
    /// history still has it, the line chosen.
    void setHistory(std::vector<AgreementSnapshot> snapshots, std::vector<GuidelineVersion> versions);
    void clear();

    /// Chooses the figure by its snapshotFigureNames() name; false when unknown.
    bool setFigure(const QString& name);
    /// Chooses the line; false when no snapshot has it.
    bool selectLine(SnapshotScope scope, const QString& a = {}, const QString& b = {}, const QString& dimension = {},
        const QString& bin = {});
    /// The lines the scope box offers, as shown ("all pairs", "pair alice / bob", "annotator bob", "slice script:
    /// hangul").
    QStringList lineNames() const;

    /// What is plotted now (oldest first; NaN where the snapshot has no value).
    const std::vector<TrendPoint>& points() const { return m_points; }
    /// Guideline publications marked on the time axis.
    int markerCount() const { return m_markers; }
    ChartCard* chartCard() const { return m_chart; }
    int snapshotCount() const { return static_cast<int>(m_snapshots.size()); }

private:
    void fillLines();
    void replot();

    std::vector<AgreementSnapshot> m_snapshots;
    std::vector<GuidelineVersion> m_versions;
    std::vector<TrendPoint> m_points;
    int m_markers = 0;
    QComboBox* m_figure = nullptr;
    QComboBox* m_line = nullptr;
    QLabel* m_note = nullptr;
    ChartCard* m_chart = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace lector
