// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/chart_export.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace lector {

namespace {

constexpr QSize kFallbackSize(900, 420);

/// Lays the chart out at `size`, paints it with `painter` into (0, 0, size), and restores its geometry.
void paintChart(QChart* chart, QPainter* painter, const QSize& size)
{
    const QRectF old = chart->geometry();
    const QRectF target(QPointF(0, 0), QSizeF(size));
    chart->setGeometry(QRectF(old.topLeft(), QSizeF(size)));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    if (QGraphicsScene* scene = chart->scene()) {
        scene->render(painter, target, chart->geometry());
    } else {
        // A chart not in any scene (never shown): paint it straight through its items.
        QGraphicsScene temporary;
        temporary.addItem(chart);
        temporary.render(painter, target, chart->geometry());
        temporary.removeItem(chart);
    }
    chart->setGeometry(old);
}

bool writeAtomically(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot write the chart (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QSize defaultExportSize(QChart* chart)
{
    const QSize current = chart->size().toSize();
    return current.width() >= 200 && current.height() >= 150 ? current : kFallbackSize;
}

QImage renderChart(QChart* chart, QSize size, qreal devicePixelRatio)
{
    if (size.isEmpty())
        size = defaultExportSize(chart);
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QImage image((QSizeF(size) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    const QBrush background = chart->backgroundBrush();
    image.fill(background.style() == Qt::SolidPattern ? background.color() : QColor(Qt::white));
    QPainter painter(&image);
    paintChart(chart, &painter, size);
    painter.end();
    return image;
}

QImage renderChart(QChartView* view, QSize size, qreal devicePixelRatio)
{
    return renderChart(view->chart(), size, devicePixelRatio);
}

bool exportChartPng(QChart* chart, const QString& path, QSize size, qreal devicePixelRatio, QString* error)
{
    const QImage image = renderChart(chart, size, devicePixelRatio);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = QStringLiteral("%1: cannot encode the chart as PNG").arg(path);
        return false;
    }
    return writeAtomically(path, png, error);
}

bool exportChartPng(QChartView* view, const QString& path, QSize size, qreal devicePixelRatio, QString* error)
{
    return exportChartPng(view->chart(), path, size, devicePixelRatio, error);
}

bool exportChartSvg(QChart* chart, const QString& path, QSize size, QString* error)
{
    if (size.isEmpty())
        size = defaultExportSize(chart);
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96); // width and height in mm then equal `size` in CSS pixels
    generator.setTitle(chart->title().isEmpty() ? QFileInfo(path).completeBaseName() : chart->title());
    generator.setDescription(QStringLiteral("Exported from Lector"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = QStringLiteral("%1: cannot start the SVG").arg(path);
        return false;
    }
    const QBrush background = chart->backgroundBrush();
    painter.fillRect(
        QRect(QPoint(0, 0), size), background.style() == Qt::SolidPattern ? background.color() : QColor(Qt::white));
    paintChart(chart, &painter, size);
    painter.end();
    return writeAtomically(path, svg, error);
}

bool exportChartSvg(QChartView* view, const QString& path, QSize size, QString* error)
{
    return exportChartSvg(view->chart(), path, size, error);
}

} // namespace lector
