// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/chart_util.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace lector {

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
}

namespace {
QBarCategoryAxis* categoryAxis(const QStringList& categories)
{
    auto* x = new QBarCategoryAxis;
    for (const QString& c : categories)
        x->append(c.toHtmlEscaped());
    x->setTruncateLabels(false);
    return x;
}

QValueAxis* valueAxis(qreal top)
{
    auto* y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(top >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    y->setTruncateLabels(false);
    return y;
}
}

void setBarChart(QChart* chart, const QString& title, const QStringList& categories,
    const std::vector<ChartSeries>& sets, bool stacked, qreal yMax)
{
    clearChart(chart);
    chart->setTitle(title);
    QAbstractBarSeries* series = stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                         : static_cast<QAbstractBarSeries*>(new QBarSeries);
    qreal top = 0;
    std::vector<qreal> stackTop(static_cast<size_t>(categories.size()), 0);
    for (const auto& [name, values] : sets) {
        auto* set = new QBarSet(name);
        set->append(values);
        for (int i = 0; i < values.size(); ++i) {
            top = std::max(top, values[i]);
            if (i < static_cast<int>(stackTop.size()))
                stackTop[static_cast<size_t>(i)] += values[i];
        }
        series->append(set);
    }
    if (stacked)
        for (qreal t : stackTop)
            top = std::max(top, t);
    chart->addSeries(series);
    auto* x = categoryAxis(categories);
    auto* y = valueAxis(top);
    if (yMax > 0) {
        y->setRange(0, yMax);
        y->setTickCount(5);
        y->setLabelFormat(QStringLiteral("%.2f"));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(sets.size() > 1);
    chart->legend()->setShowToolTips(true); // a name cut short in a narrow dock is whole on hover
}

void setCategoryLineChart(QChart* chart, const QString& title, const QStringList& categories,
    const std::vector<ChartSeries>& lines, qreal yMax)
{
    clearChart(chart);
    chart->setTitle(title);
    auto* x = categoryAxis(categories);
    qreal top = yMax;
    if (top <= 0)
        for (const auto& line : lines)
            for (qreal v : line.second)
                top = std::max(top, v);
    auto* y = new QValueAxis;
    y->setRange(0, yMax > 0 ? yMax : (top > 0 ? top * 1.1 : 1));
    if (yMax > 0)
        y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%.2f"));
    y->setTruncateLabels(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const auto& [name, values] : lines) {
        auto* series = new QLineSeries;
        series->setName(name);
        series->setPointsVisible(true);
        for (int i = 0; i < values.size(); ++i)
            series->append(i, values[i]);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->legend()->setVisible(lines.size() > 1);
    chart->legend()->setShowToolTips(true);
}

QWidget* makeSlicePage(QWidget* parent, QComboBox* dimension, QWidget* upper, QWidget* lower, QWidget* table)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(QObject::tr("Slice by:"), page));
    top->addWidget(dimension, 1);
    layout->addLayout(top);
    layout->addWidget(upper, 2);
    layout->addWidget(lower, 2);
    layout->addWidget(table, 1);
    return page;
}

} // namespace lector
