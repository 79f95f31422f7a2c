// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QSize>
#include <QWidget>

class QChart;
class QChartView;
class QMenu;
class QToolButton;

namespace lector {

/// A chart with its export: a QChartView under a small bar with an "Export" menu (PNG, PNG at 2×, SVG, copy to
/// the clipboard); the same actions are the view's context menu. The title is the chart's own, so exports carry
/// it. Reusable wherever a chart is shown (distribution, dashboard, predictions).
class ChartCard : public QWidget {
    Q_OBJECT
public:
    /// Makes its own empty QChart.
    explicit ChartCard(const QString& title = {}, QWidget* parent = nullptr);

    QChartView* view() const { return m_view; }
    QChart* chart() const;
    void setTitle(const QString& title);
    QString title() const;
    /// File name (without extension) the save dialogs propose; default: from the title.
    void setExportName(const QString& baseName) { m_exportName = baseName; }
    QString exportName() const;
    /// Size of PNG and SVG exports in logical pixels; empty (the default): the chart's size on screen.
    void setExportSize(const QSize& size) { m_exportSize = size; }
    QSize exportSize() const { return m_exportSize; }

    /// Writes the chart without asking; false with the reason in *error.
    bool exportPng(const QString& path, qreal devicePixelRatio = 1.0, QString* error = nullptr);
    bool exportSvg(const QString& path, QString* error = nullptr);
    /// The Export menu (also the view's context menu), for tests and for callers adding their own actions.
    QMenu* exportMenu() const { return m_menu; }

signals:
    void exported(const QString& path);
    void exportFailed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The chart's theme and background from the palette (light or dark), so that it follows View ▸ Theme.
    void followPalette();
    void exportWithDialog(const QString& format, qreal devicePixelRatio);

    QChartView* m_view = nullptr;
    QToolButton* m_exportButton = nullptr;
    QMenu* m_menu = nullptr;
    QString m_exportName;
    QSize m_exportSize;
};

} // namespace lector
