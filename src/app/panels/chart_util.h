// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

class QChart;
class QComboBox;
class QWidget;

namespace lector {

/// Named values, one per category (a bar set or a line).
using ChartSeries = std::pair<QString, QList<qreal>>;

/// Replaces the chart's content with grouped bars over `categories`. Category labels are escaped (axis labels are
/// rich text: "<16" would vanish) and never truncated; the legend shows when there is more than one set.
/// `stacked` stacks the sets instead of grouping them; `yMax` > 0 fixes the value axis (1 for ratios).
void setBarChart(QChart* chart, const QString& title, const QStringList& categories,
    const std::vector<ChartSeries>& sets, bool stacked = false, qreal yMax = 0);
/// Replaces the chart's content with lines over `categories` (x = category index), y from 0 to `yMax` (0: fit).
void setCategoryLineChart(QChart* chart, const QString& title, const QStringList& categories,
    const std::vector<ChartSeries>& lines, qreal yMax = 0);
/// Removes every series and axis.
void clearChart(QChart* chart);
/// A panel's slice tab: "Slice by: [dimension]" above two charts (2 shares of the height each) and a table (1).
QWidget* makeSlicePage(QWidget* parent, QComboBox* dimension, QWidget* upper, QWidget* lower, QWidget* table);

} // namespace lector
