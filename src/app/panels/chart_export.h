// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class QChart;
class QChartView;

namespace lector {

/// Renders charts for files and reports, independent of how the chart sits on screen: the chart is laid out at
/// the requested size for the time of the rendering (a chart on a hidden tab has no useful size of its own), then
/// put back. All functions run on the UI thread and write files atomically (QSaveFile).
///
/// `size` is in logical pixels; an empty size means the chart's current size, or 900 × 420 when it has none.

/// The chart as an image of size × devicePixelRatio device pixels, on the chart's background (white when it has
/// none).
QImage renderChart(QChart* chart, QSize size = {}, qreal devicePixelRatio = 1.0);
QImage renderChart(QChartView* view, QSize size = {}, qreal devicePixelRatio = 1.0);

/// Writes a PNG; false with a sentence naming the file in *error.
bool exportChartPng(
    QChart* chart, const QString& path, QSize size = {}, qreal devicePixelRatio = 1.0, QString* error = nullptr);
bool exportChartPng(
    QChartView* view, const QString& path, QSize size = {}, qreal devicePixelRatio = 1.0, QString* error = nullptr);

/// Writes an SVG (vector: bars, axes and text stay sharp at any zoom); the chart's title becomes the SVG's title.
bool exportChartSvg(QChart* chart, const QString& path, QSize size = {}, QString* error = nullptr);
bool exportChartSvg(QChartView* view, const QString& path, QSize size = {}, QString* error = nullptr);

/// The size an export uses for `chart` when none is given.
QSize defaultExportSize(QChart* chart);

} // namespace lector
