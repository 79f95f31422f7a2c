// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/agreement_trend.h"

#include "panels/chart_card.h"

#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace lector {

namespace {

QString figureLabel(const QString& name)
{
    static const std::map<QString, QString> labels { { QStringLiteral("f1"), QObject::tr("F1") },
        { QStringLiteral("precision"), QObject::tr("precision") }, { QStringLiteral("recall"), QObject::tr("recall") },
        { QStringLiteral("mean_iou"), QObject::tr("mean IoU") },
        { QStringLiteral("text_agreement"), QObject::tr("same text") }, { QStringLiteral("cer"), QObject::tr("CER") },
        { QStringLiteral("alpha_text"), QObject::tr("α text") },
        { QStringLiteral("alpha_geometry"), QObject::tr("α geometry") } };
    const auto it = labels.find(name);
    return it == labels.end() ? name : it->second;
}

QString lineLabel(const SnapshotLine& line)
{
    switch (line.scope) {
    case SnapshotScope::Overall:
        return QObject::tr("all pairs");
    case SnapshotScope::Pair:
        return QObject::tr("pair %1 / %2").arg(line.figures.a, line.figures.b);
    case SnapshotScope::Annotator:
        return QObject::tr("annotator %1").arg(line.figures.b);
    case SnapshotScope::Slice:
        return QObject::tr("slice %1: %2").arg(line.dimension, line.bin);
    }
    return {};
}

QStringList lineKey(const SnapshotLine& line)
{
    return { snapshotScopeName(line.scope), line.figures.a, line.figures.b, line.dimension, line.bin };
}

QString versionName(int version) { return version > 0 ? QObject::tr("v%1").arg(version) : QObject::tr("none"); }

} // namespace

AgreementTrendView::AgreementTrendView(QWidget* parent)
    : QWidget(parent)
{
    m_figure = new QComboBox(this);
    for (const QString& name : snapshotFigureNames())
        m_figure->addItem(figureLabel(name), name);
    m_line = new QComboBox(this);
    m_line->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_chart = new ChartCard(QString(), this);
    m_chart->setExportName(QStringLiteral("agreement-trend"));
    m_chart->setMinimumHeight(120);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Figure:"), this));
    controls->addWidget(m_figure);
    controls->addWidget(new QLabel(tr("of:"), this));
    controls->addWidget(m_line);
    controls->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_note);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_table, 1);
    connect(m_figure, &QComboBox::currentIndexChanged, this, &AgreementTrendView::replot);
    connect(m_line, &QComboBox::currentIndexChanged, this, &AgreementTrendView::replot);
    clear();
}

void AgreementTrendView::clear() { setHistory({}, {}); }

void AgreementTrendView::setHistory(std::vector<AgreementSnapshot> snapshots, std::vector<GuidelineVersion> versions)
{
    m_snapshots = std::move(snapshots);
    m_versions = std::move(versions);
    fillLines();
    replot();
}

void AgreementTrendView::fillLines()
{
    const QStringList keep = m_line->currentData().toStringList();
    QSignalBlocker block(m_line);
    m_line->clear();
    // Every line any snapshot has, in the order of the newest snapshot that has it (overall, pairs, annotators,
    // slices), so that a pair that stopped labeling together is still there to look back at.
    std::set<QStringList> seen;
    for (auto s = m_snapshots.rbegin(); s != m_snapshots.rend(); ++s) {
        for (const SnapshotLine& line : s->lines) {
            if (seen.insert(lineKey(line)).second)
                m_line->addItem(lineLabel(line), lineKey(line));
        }
    }
    const int index = keep.isEmpty() ? -1 : m_line->findData(keep);
    m_line->setCurrentIndex(index >= 0 ? index : 0);
}

bool AgreementTrendView::setFigure(const QString& name)
{
    const int index = m_figure->findData(name);
    if (index < 0)
        return false;
    m_figure->setCurrentIndex(index);
    replot();
    return true;
}

bool AgreementTrendView::selectLine(
    SnapshotScope scope, const QString& a, const QString& b, const QString& dimension, const QString& bin)
{
    const QStringList key { snapshotScopeName(scope), a, b, dimension, bin };
    const int index = m_line->findData(key);
    if (index < 0)
        return false;
    m_line->setCurrentIndex(index);
    replot();
    return true;
}

QStringList AgreementTrendView::lineNames() const
{
    QStringList out;
    for (int i = 0; i < m_line->count(); ++i)
        out << m_line->itemText(i);
    return out;
}

void AgreementTrendView::replot()
{
    QChart* chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    m_points.clear();
    m_markers = 0;
    const QString figure = m_figure->currentData().toString();
    const bool snapshotWide = figure.startsWith(QLatin1String("alpha"));
    m_line->setEnabled(!snapshotWide);
    if (m_snapshots.empty()) {
        chart->setTitle(tr("Agreement over time"));
        m_note->setText(tr("No agreement snapshot yet. Each time the dashboard computes agreement over changed "
                           "labels it keeps one (lector-cli agreement --save does too)."));
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        return;
    }
    const QStringList key = m_line->currentData().toStringList();
    SnapshotScope scope = SnapshotScope::Overall;
    if (key.size() == 5)
        parseSnapshotScope(key[0], &scope);
    const QString a = key.value(1), b = key.value(2), dimension = key.value(3), bin = key.value(4);
    m_points = trend(m_snapshots, figure, scope, a, b, dimension, bin);

    const QString what
        = snapshotWide ? figureLabel(figure) : tr("%1 of %2").arg(figureLabel(figure), m_line->currentText());
    chart->setTitle(tr("%1 over time").arg(what));
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM d"));
    x->setTickCount(5);
    x->setTruncateLabels(false);
    x->setTitleText(tr("computed on"));
    auto* y = new QValueAxis;
    y->setTitleText(figureLabel(figure));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    std::int64_t first = m_points.front().takenAt, last = m_points.back().takenAt;
    for (const GuidelineVersion& v : m_versions) {
        first = std::min(first, v.createdAt);
        last = std::max(last, v.createdAt);
    }
    const std::int64_t pad = std::max<std::int64_t>((last - first) / 20, 60'000);
    x->setRange(QDateTime::fromMSecsSinceEpoch(first - pad), QDateTime::fromMSecsSinceEpoch(last + pad));
    double low = 0, high = 1;
    for (const TrendPoint& p : m_points) {
        if (std::isfinite(p.value)) {
            low = std::min(low, p.value);
            high = std::max(high, p.value);
        }
    }
    y->setRange(low, high);

    auto* line = new QLineSeries;
    line->setName(figureLabel(figure));
    std::map<int, QScatterSeries*> byVersion; // the points under each version in force
    for (const TrendPoint& p : m_points) {
        if (!std::isfinite(p.value))
            continue;
        line->append(double(p.takenAt), p.value);
        QScatterSeries*& dots = byVersion[p.guidelineVersion];
        if (!dots) {
            dots = new QScatterSeries;
            dots->setName(tr("%1 in force").arg(versionName(p.guidelineVersion)));
            dots->setMarkerSize(9);
        }
        dots->append(double(p.takenAt), p.value);
    }
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
    for (auto& [version, dots] : byVersion) {
        chart->addSeries(dots);
        dots->attachAxis(x);
        dots->attachAxis(y);
    }
    // A dashed line at each publication, named at its top; neither is in the legend (the axis title says it).
    std::vector<QAbstractSeries*> unlisted;
    for (const GuidelineVersion& v : m_versions) {
        auto* marker = new QLineSeries;
        marker->setName(tr("%1 published").arg(versionName(v.number)));
        marker->append(double(v.createdAt), low);
        marker->append(double(v.createdAt), high);
        QPen pen(Qt::gray);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        marker->setPen(pen);
        auto* name = new QScatterSeries;
        name->setMarkerSize(1);
        name->append(double(v.createdAt), high);
        name->setPointLabelsFormat(versionName(v.number));
        name->setPointLabelsVisible(true);
        name->setPointLabelsClipping(false);
        for (QAbstractSeries* series : std::initializer_list<QAbstractSeries*> { marker, name }) {
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
            unlisted.push_back(series);
        }
        ++m_markers;
    }
    chart->legend()->setVisible(true);
    chart->legend()->setShowToolTips(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    for (QAbstractSeries* series : unlisted)
        for (QLegendMarker* marker : chart->legend()->markers(series))
            marker->setVisible(false);

    const long defined
        = std::count_if(m_points.begin(), m_points.end(), [](const TrendPoint& p) { return std::isfinite(p.value); });
    m_note->setText(tr("%1 snapshots, %2 with this figure; the dashed lines: %3 guideline versions published.")
                        .arg(m_snapshots.size())
                        .arg(defined)
                        .arg(m_versions.size()));

    m_table->setSortingEnabled(false);
    m_table->clear();
    const QStringList columns { tr("taken"), tr("source"), tr("guideline"), tr("IoU ≥"), tr("images"),
        figureLabel(figure) };
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setRowCount(int(m_snapshots.size()));
    for (size_t i = 0; i < m_snapshots.size(); ++i) {
        const AgreementSnapshot& s = m_snapshots[i];
        const int row = int(m_snapshots.size() - 1 - i); // newest first
        auto cell = [&](int column, const QVariant& value) {
            auto* item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, value);
            m_table->setItem(row, column, item);
        };
        cell(0, QDateTime::fromMSecsSinceEpoch(s.takenAt).toString(QStringLiteral("yyyy-MM-dd hh:mm:ss")));
        cell(1, s.source);
        cell(2, versionName(s.guidelineVersion));
        cell(3, s.iouThreshold);
        cell(4, s.images);
        const double v = m_points[i].value;
        cell(5, std::isfinite(v) ? QVariant(std::round(v * 1000) / 1000) : QVariant(QStringLiteral("–")));
    }
    m_table->setSortingEnabled(true);
}

} // namespace lector
