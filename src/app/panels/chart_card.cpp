// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/chart_card.h"

#include "panels/chart_export.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QPalette>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace lector {

ChartCard::ChartCard(const QString& title, QWidget* parent)
    : QWidget(parent)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new QChartView(chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(120);

    m_menu = new QMenu(this);
    m_menu->addAction(tr("Export as PNG…"), this, [this] { exportWithDialog(QStringLiteral("png"), 1.0); });
    m_menu->addAction(
        tr("Export as PNG at 2× resolution…"), this, [this] { exportWithDialog(QStringLiteral("png"), 2.0); });
    m_menu->addAction(tr("Export as SVG…"), this, [this] { exportWithDialog(QStringLiteral("svg"), 1.0); });
    m_menu->addSeparator();
    m_menu->addAction(tr("Copy Image"), this,
        [this] { QApplication::clipboard()->setImage(renderChart(m_view, m_exportSize, devicePixelRatioF())); });

    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("chartExport"));
    m_exportButton->setText(tr("Export…"));
    // An icon only, so that the button in the corner does not cover the chart's title.
    m_exportButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_exportButton->setToolTip(tr("Export this chart as PNG or SVG"));
    m_exportButton->setAutoRaise(true);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(m_menu);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
        [this](const QPoint& pos) { m_menu->popup(m_view->mapToGlobal(pos)); });

    // The button floats in the view's top-right corner (see eventFilter), so that it costs the chart no height.
    m_exportButton->setParent(m_view);
    m_exportButton->raise();
    m_view->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    followPalette();
}

void ChartCard::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        followPalette();
}

void ChartCard::followPalette()
{
    // Qt Charts paints with its own theme, white by default, whatever the application's palette says.
    const QPalette& p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    QChart* c = chart();
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (c->theme() != theme) {
        c->setTheme(theme); // also restyles the series and axes already there, and those added later
        // Labels outside the bars stand on the background: the theme's colour for them would vanish on white.
        for (QAbstractSeries* s : c->series()) {
            auto* bars = qobject_cast<QAbstractBarSeries*>(s);
            if (bars && bars->labelsPosition() == QAbstractBarSeries::LabelsOutsideEnd) {
                for (QBarSet* set : bars->barSets())
                    set->setLabelColor(p.color(QPalette::WindowText));
            }
        }
    }
    c->setBackgroundBrush(p.color(QPalette::Base));
    c->setTitleBrush(p.color(QPalette::WindowText));
    m_view->setBackgroundBrush(p.color(QPalette::Base));
}

bool ChartCard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        const QSize hint = m_exportButton->sizeHint();
        m_exportButton->setGeometry(m_view->width() - hint.width() - 4, 4, hint.width(), hint.height());
    }
    return QWidget::eventFilter(watched, event);
}

QChart* ChartCard::chart() const { return m_view->chart(); }

void ChartCard::setTitle(const QString& title) { chart()->setTitle(title); }

QString ChartCard::title() const { return chart()->title(); }

QString ChartCard::exportName() const
{
    if (!m_exportName.isEmpty())
        return m_exportName;
    // "Box height (px)" -> "box-height-px"; a Korean title keeps its letters ("박스 높이 (px)" -> "박스-높이-px").
    QString name = title().toLower();
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    name.replace(nonWord, QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return name.isEmpty() ? QStringLiteral("chart") : name;
}

bool ChartCard::exportPng(const QString& path, qreal devicePixelRatio, QString* error)
{
    QString why;
    const bool ok = exportChartPng(m_view, path, m_exportSize, devicePixelRatio, &why);
    if (ok)
        emit exported(path);
    else if (error)
        *error = why;
    return ok;
}

bool ChartCard::exportSvg(const QString& path, QString* error)
{
    QString why;
    const bool ok = exportChartSvg(m_view, path, m_exportSize, &why);
    if (ok)
        emit exported(path);
    else if (error)
        *error = why;
    return ok;
}

void ChartCard::exportWithDialog(const QString& format, qreal devicePixelRatio)
{
    const bool svg = format == QLatin1String("svg");
    const QString suggested = QDir::home().filePath(exportName() + QLatin1Char('.') + format);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), suggested, svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = svg ? exportSvg(path, &error) : exportPng(path, devicePixelRatio, &error);
    if (!ok)
        emit exportFailed(error);
}

} // namespace lector
