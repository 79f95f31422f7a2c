// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/drift_panel.h"

#include "panels/chart_card.h"
#include "panels/chart_util.h"
#include "shell/job_runner.h"
#include "shell/progress_strip.h"
#include "shell/project_session.h"

#include <lector/store/project_store.h>

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lector {

namespace {

const QString kJob = QStringLiteral("drift");

QString meanText(const PropertyDrift& p, bool baseline)
{
    const double mean = baseline ? p.baselineMean : p.currentMean;
    const std::int64_t n = baseline ? p.baselineCount : p.currentCount;
    if (p.kind == DriftKind::Continuous && n > 0 && !std::isnan(mean))
        return QString::number(mean, 'g', 4);
    return QStringLiteral("n = %1").arg(n);
}

// "KS p 8e-11", "W 0.32", "JS 0.15", or "–" for a property not judged.
QString shortVerdict(const PropertyDrift& p)
{
    switch (p.method) {
    case DriftMethod::KolmogorovSmirnov:
        return QStringLiteral("KS p %1").arg(QString::number(p.pValue, 'g', 2));
    case DriftMethod::ChiSquared:
        return QStringLiteral("χ² p %1").arg(QString::number(p.pValue, 'g', 2));
    case DriftMethod::Wasserstein:
        return QStringLiteral("W %1").arg(QString::number(p.distance, 'f', 2));
    case DriftMethod::JensenShannon:
        return QStringLiteral("JS %1").arg(QString::number(p.distance, 'f', 2));
    case DriftMethod::None:
        break;
    }
    return QStringLiteral("–");
}

// The share histogram of one side as a filled step outline over the bins' edges.
QAreaSeries* stepArea(
    const QString& name, const std::vector<double>& edges, const std::vector<double>& shares, const QColor& color)
{
    auto* upper = new QLineSeries;
    for (std::size_t k = 0; k < shares.size() && k + 1 < edges.size(); ++k) {
        upper->append(edges[k], shares[k]);
        upper->append(edges[k + 1], shares[k]);
    }
    auto* lower = new QLineSeries;
    if (!edges.empty()) {
        lower->append(edges.front(), 0);
        lower->append(edges.back(), 0);
    }
    auto* area = new QAreaSeries(upper, lower);
    area->setName(name);
    QColor fill = color;
    fill.setAlpha(90);
    area->setBrush(fill);
    QPen pen(color);
    pen.setWidthF(1.5);
    area->setPen(pen);
    return area;
}

} // namespace

DriftPanel::DriftPanel(ProjectSession* session, QWidget* parent)
    : SessionPanel(session, parent)
{
    m_baseline = new QComboBox(this);
    m_current = new QComboBox(this);
    for (QComboBox* box : { m_baseline, m_current }) {
        // A batch from the list, or a range of days typed in.
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setToolTip(tr("A batch, or a range of UTC days typed as YYYY-MM-DD..YYYY-MM-DD"));
    }
    m_annotator = new QComboBox(this);
    m_run = new QComboBox(this);
    for (QComboBox* box : { m_baseline, m_current, m_annotator, m_run }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    m_compare = new QPushButton(tr("Compare"), this);
    m_showImages = new QPushButton(tr("Show Images"), this);
    m_showImages->setToolTip(tr("List the current side's images in the dataset browser"));
    m_progress = new ProgressStrip(session->jobs(), { kJob }, this);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_status = new QLabel(tr("Open a project to compare its batches."), this);
    m_status->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({ tr("property"), tr("baseline"), tr("current"), tr("judged by"), tr("PSI") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setToolTip(tr("Select a property to see both sides' histograms"));
    m_chart = new ChartCard(QString(), this);
    m_chart->setExportName(QStringLiteral("drift"));
    m_chart->setMinimumHeight(180);

    auto* form = new QFormLayout;
    form->addRow(tr("Baseline:"), m_baseline);
    form->addRow(tr("Current:"), m_current);
    form->addRow(tr("Labels of:"), m_annotator);
    form->addRow(tr("Run:"), m_run);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_showImages);
    buttons->addWidget(m_compare);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // The table as tall as its thirteen rows, the chart the rest.
    splitter->setSizes({ 15 * (m_table->fontMetrics().height() + 6), 400 });
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_verdict);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_compare, &QPushButton::clicked, this, &DriftPanel::compare);
    connect(m_showImages, &QPushButton::clicked, this, &DriftPanel::showCurrentImages);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int, int) {
        if (m_report && row >= 0 && row < int(m_report->properties.size()))
            showProperty(m_report->properties[std::size_t(row)].key);
    });
    connect(session, &ProjectSession::runsChanged, this, &DriftPanel::fillChoices);
    // New labels or images change the report: shown again when next on screen.
    connect(session, &ProjectSession::labelsChanged, this, [this] {
        if (m_computedOnce)
            invalidateSoon();
    });
    m_showImages->setEnabled(false);
}

void DriftPanel::projectOpened()
{
    m_report.reset();
    m_computedOnce = false;
    m_table->setRowCount(0);
    clearChart(m_chart->chart());
    m_verdict->clear();
    fillChoices();
    m_status->setText(tr("Compare a current batch with a baseline: what moved, and whether the data set drifted."));
    m_compare->setEnabled(true);
    invalidate();
}

void DriftPanel::projectClosed()
{
    m_report.reset();
    m_table->setRowCount(0);
    clearChart(m_chart->chart());
    m_verdict->clear();
    m_baseline->clear();
    m_current->clear();
    m_compare->setEnabled(false);
    m_showImages->setEnabled(false);
    m_status->setText(tr("Open a project to compare its batches."));
}

void DriftPanel::refreshNow()
{
    // The first time it is seen, the first batch against the last; later, what was asked for again.
    if (session()->isOpen() && m_baseline->count() > 1)
        compare();
}

void DriftPanel::fillChoices()
{
    if (!session()->isOpen())
        return;
    const QString baseline = m_baseline->currentText(), current = m_current->currentText();
    m_baseline->clear();
    m_current->clear();
    if (auto batches = session()->store()->batches()) {
        m_baseline->addItems(*batches);
        m_current->addItems(*batches);
    }
    m_baseline->setCurrentText(baseline.isEmpty() ? m_baseline->itemText(0) : baseline);
    m_current->setCurrentText(current.isEmpty() ? m_current->itemText(m_current->count() - 1) : current);

    const QString annotator = m_annotator->currentData().toString();
    m_annotator->clear();
    m_annotator->addItem(tr("every annotator"), QString());
    if (auto all = session()->store()->annotators()) {
        for (const Annotator& a : *all) {
            if (a.name != QLatin1String("consensus"))
                m_annotator->addItem(a.name, a.name);
        }
    }
    m_annotator->setCurrentIndex(std::max(0, m_annotator->findData(annotator)));
    const QString run = m_run->currentData().toString();
    m_run->clear();
    m_run->addItem(tr("newest run"), QString());
    const auto& runs = session()->runs();
    for (auto r = runs.rbegin(); r != runs.rend(); ++r)
        m_run->addItem(r->name, r->name);
    m_run->setCurrentIndex(std::max(0, m_run->findData(run)));
}

void DriftPanel::setSides(const QString& baseline, const QString& current)
{
    m_baseline->setCurrentText(baseline);
    m_current->setCurrentText(current);
}

QString DriftPanel::baselineText() const { return m_baseline->currentText(); }

QString DriftPanel::currentText() const { return m_current->currentText(); }

bool DriftPanel::isComparing() const { return session()->jobs()->isKeyRunning(kJob); }

void DriftPanel::cancel() { session()->jobs()->cancelKey(kJob); }

QString DriftPanel::statusText() const { return m_status->text(); }

QString DriftPanel::verdictText() const { return m_verdict->text(); }

void DriftPanel::compare()
{
    if (!session()->isOpen())
        return;
    m_computedOnce = true;
    auto baseline = parseDriftSelection(m_baseline->currentText());
    auto current = parseDriftSelection(m_current->currentText());
    if (!baseline || !current) {
        m_status->setText((baseline ? current : baseline).error().message);
        emit compared();
        return;
    }
    DriftOptions options;
    options.annotator = m_annotator->currentData().toString();
    options.run = m_run->currentData().toString();
    m_status->setText(tr("Comparing…"));
    JobSpec spec;
    spec.key = kJob;
    spec.title = tr("Comparing %1 with %2").arg(current->label(), baseline->label());
    session()->jobs()->start(
        spec,
        [b = *baseline, c = *current, options](
            ProjectStore& store, Progress& progress) { return computeDrift(store, b, c, options, &progress); },
        this,
        [this](Result<DriftReport> result) {
            if (!result) {
                m_status->setText(
                    result.error().code == ErrorCode::Canceled ? tr("Canceled.") : result.error().toString());
            } else {
                m_report = std::move(result).value();
                showReport();
            }
            emit compared();
        });
}

void DriftPanel::showReport()
{
    const DriftReport& r = *m_report;
    m_verdict->setText(r.verdict());
    m_verdict->setStyleSheet(r.datasetDrift ? QStringLiteral("color: #c0392b;") : QStringLiteral("color: #1e8449;"));
    QString status = tr("%1 (%2 images) against %3 (%4 images)")
                         .arg(r.current.label())
                         .arg(r.currentImages)
                         .arg(r.baseline.label())
                         .arg(r.baselineImages);
    if (!r.run.isEmpty())
        status += tr("; confidence of run %1").arg(r.run);
    if (r.measured > 0)
        status += tr("; %1 images measured").arg(r.measured);
    if (!r.problems.empty())
        status += tr("; %1 images left out (missing or unreadable): %2")
                      .arg(r.problems.size())
                      .arg(r.problems.front().path + QStringLiteral(": ") + r.problems.front().message);
    m_status->setText(status + QLatin1Char('.'));
    m_table->setRowCount(int(r.properties.size()));
    QColor drift(220, 60, 60, 70);
    int first = -1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const PropertyDrift& p = r.properties[std::size_t(row)];
        // Narrow enough for a docked column: the short label for a name, the score for a verdict; the title and the
        // whole verdict are the row's tooltip and the chart's title.
        const QStringList cells { p.label, meanText(p, true), meanText(p, false), shortVerdict(p),
            p.judged() ? QString::number(p.psi, 'f', 2) : QStringLiteral("–") };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(p.title + QStringLiteral(": ") + (p.drifted ? tr("drift, ") : QString()) + p.verdict()
                + (p.psiDrifted ? tr("; PSI at or above %1").arg(0.2) : QString()));
            if (p.drifted)
                item->setBackground(drift);
            m_table->setItem(row, c, item);
        }
        if (p.drifted && first < 0)
            first = row;
    }
    m_table->resizeColumnsToContents();
    m_showImages->setEnabled(!r.currentIds.empty());
    // The property shown stays; else the first that drifted; else the first.
    int at = -1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (r.properties[std::size_t(row)].key == m_shown)
            at = row;
    }
    if (at < 0)
        at = first >= 0 ? first : 0;
    if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(at, 0);
        showProperty(r.properties[std::size_t(at)].key);
    }
}

void DriftPanel::showProperty(const QString& key)
{
    if (!m_report)
        return;
    const PropertyDrift* p = m_report->property(key);
    if (!p)
        return;
    m_shown = key;
    drawHistogram(*p);
}

void DriftPanel::drawHistogram(const PropertyDrift& p)
{
    QChart* chart = m_chart->chart();
    // Short enough not to be cut in a docked column: the sides' names (the baseline first, in blue), the key and
    // the score; the whole title is the chart's tooltip.
    const QString baseline = m_report->baseline.label();
    const QString current = m_report->current.label();
    const QString title = p.label + QStringLiteral(" — ") + (p.judged() ? shortVerdict(p) : tr("not judged"));
    m_chart->view()->setToolTip(p.title + QStringLiteral(": ") + (p.judged() ? p.verdict() : p.note));
    m_chart->setExportName(QStringLiteral("drift-") + p.key);
    if (p.kind == DriftKind::Categorical || p.binEdges.size() != std::size_t(p.bins.size()) + 1) {
        QList<qreal> a(p.baselineShares.begin(), p.baselineShares.end());
        QList<qreal> b(p.currentShares.begin(), p.currentShares.end());
        setBarChart(chart, title, p.bins, { { baseline, a }, { current, b } });
        return;
    }
    clearChart(chart);
    chart->setTitle(title);
    double top = 0;
    for (const double v : p.baselineShares)
        top = std::max(top, v);
    for (const double v : p.currentShares)
        top = std::max(top, v);
    auto* x = new QValueAxis;
    x->setRange(p.binEdges.front(), p.binEdges.back());
    x->setTruncateLabels(false);
    x->setLabelFormat(std::abs(p.binEdges.back()) >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.2g"));
    auto* y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->setLabelFormat(QStringLiteral("%.2f"));
    y->setTitleText(tr("share"));
    y->setTruncateLabels(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* series : { stepArea(baseline, p.binEdges, p.baselineShares, QColor(41, 128, 185)),
             stepArea(current, p.binEdges, p.currentShares, QColor(211, 84, 0)) }) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->legend()->setVisible(true);
    chart->legend()->setShowToolTips(true);
}

void DriftPanel::showCurrentImages()
{
    if (!m_report || m_report->currentIds.empty())
        return;
    emit imagesRequested(tr("%1 (drift's current side)").arg(m_report->current.label()), m_report->currentIds, {}, {});
}

} // namespace lector
