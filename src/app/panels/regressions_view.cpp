// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/regressions_view.h"

#include "shell/job_runner.h"
#include "shell/progress_strip.h"
#include "shell/project_session.h"

#include <lector/store/project_store.h>

#include <QBrush>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lector {

namespace {
const QString kJob = QStringLiteral("prediction-regressions");

QString sliceName(const SliceChange& c)
{
    return c.dimension == QLatin1String("all") ? QObject::tr("all words")
                                               : QStringLiteral("%1: %2").arg(c.dimension, c.bin);
}

QString metricName(const QString& metric)
{
    return metric == QLatin1String("recall") ? QObject::tr("recall") : QObject::tr("word accuracy");
}
} // namespace

RegressionsView::RegressionsView(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_baseline = new QComboBox(this);
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_baseline->setMinimumContentsLength(10);
    m_compare = new QPushButton(tr("Compare"), this);
    m_progress = new ProgressStrip(session->jobs(), { kJob }, this);
    m_summary = new QLabel(tr("Compare the run shown with a baseline run, slice by slice."), this);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(this);
    // The change and its interval first: what a narrow dock must show without scrolling.
    const QStringList columns { tr("slice"), tr("figure"), tr("change"), tr("95 % interval"), tr("baseline"),
        tr("this run"), tr("words") };
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Flagged (red): the whole interval of the change is below zero. Double-click lists the "
                           "slice's images"));
    // The baseline above the buttons: side by side they were the widest row of the Predictions dock (301 px), wider
    // than its column at 1280 x 720.
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Baseline run:"), this));
    top->addWidget(m_baseline, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_compare);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_compare, &QPushButton::clicked, this, &RegressionsView::compare);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { activateRow(row); });
}

void RegressionsView::setContext(const QString& run, const EvalSource& groundTruth)
{
    const QString keep = m_baseline->currentText();
    m_run = run;
    m_groundTruth = groundTruth;
    m_baseline->clear();
    for (const ModelRun& r : m_session->runs())
        if (r.name != run && !(groundTruth.kind == EvalSource::Kind::Run && groundTruth.name == r.name))
            m_baseline->addItem(r.name);
    const int at = m_baseline->findText(keep);
    if (at >= 0)
        m_baseline->setCurrentIndex(at);
    m_compare->setEnabled(m_baseline->count() > 0);
    if (m_baseline->count() == 0)
        m_summary->setText(tr("Only one run: import or make another to compare with (Tools ▸ Pre-label, or "
                              "lector-cli autolabel)."));
    if (m_report && (m_report->run != run || m_report->groundTruth != groundTruth.label()))
        clear();
}

bool RegressionsView::setBaseline(const QString& run)
{
    const int at = m_baseline->findText(run);
    if (at < 0)
        return false;
    m_baseline->setCurrentIndex(at);
    return true;
}

void RegressionsView::clear()
{
    m_report.reset();
    m_rows.clear();
    m_table->setRowCount(0);
}

bool RegressionsView::isComparing() const { return m_session->jobs()->isKeyRunning(kJob); }

QString RegressionsView::summaryText() const { return m_summary->text(); }

void RegressionsView::compare()
{
    if (!m_session->isOpen() || m_run.isEmpty() || m_baseline->currentIndex() < 0)
        return;
    const QString run = m_run, baseline = m_baseline->currentText();
    const EvalSource truth = m_groundTruth;
    m_summary->setText(tr("Comparing %1 with %2 on %3…").arg(run, baseline, truth.label()));
    JobSpec spec;
    spec.key = kJob;
    spec.title = tr("Comparing %1 with %2").arg(run, baseline);
    m_session->jobs()->start(
        spec,
        [run, baseline, truth](ProjectStore& store, Progress& progress) {
            return compareRuns(store, truth, run, baseline, RegressionOptions {}, &progress);
        },
        this,
        [this](Result<RegressionReport> report) {
            if (!report)
                m_summary->setText(
                    report.error().code == ErrorCode::Canceled ? tr("Canceled.") : report.error().toString());
            else
                show(*report);
            emit compared();
        });
}

void RegressionsView::show(const RegressionReport& report)
{
    m_report = report;
    m_rows = report.regressions();
    for (const SliceChange& c : report.changes)
        if (!c.regressed)
            m_rows.push_back(c);
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const SliceChange& c = m_rows[size_t(row)];
        const QStringList cells { sliceName(c), metricName(c.metric), QString::asprintf("%+.3f", c.delta),
            QStringLiteral("[%1, %2]").arg(QString::asprintf("%+.3f", c.low), QString::asprintf("%+.3f", c.high)),
            QString::number(c.baseline, 'f', 3), QString::number(c.current, 'f', 3), QString::number(c.groundTruth) };
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (c.regressed)
                item->setForeground(QBrush(QColor(200, 30, 30)));
            else if (c.improved)
                item->setForeground(QBrush(QColor(20, 130, 60)));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    const auto flagged = report.regressions();
    if (flagged.empty()) {
        m_summary->setText(tr("%1 against %2: no slice fell beyond its %3 % interval (%4 resamples of the images).")
                               .arg(report.run, report.baselineRun)
                               .arg(report.confidence * 100, 0, 'f', 0)
                               .arg(report.resamples));
        return;
    }
    QStringList worst;
    for (std::size_t i = 0; i < flagged.size() && i < 3; ++i)
        worst << tr("%1 %2 %3")
                     .arg(sliceName(flagged[i]), metricName(flagged[i].metric),
                         QString::asprintf("%+.3f", flagged[i].delta));
    m_summary->setText(
        tr("%1 against %2: %n slice figure(s) fell beyond the %3 % interval: %4.", "", int(flagged.size()))
            .arg(report.run, report.baselineRun)
            .arg(report.confidence * 100, 0, 'f', 0)
            .arg(worst.join(QStringLiteral("; "))));
}

void RegressionsView::activateRow(int row)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    const SliceChange& c = m_rows[size_t(row)];
    if (c.dimension != QLatin1String("all"))
        emit sliceRequested(c.dimension, c.bin);
}

} // namespace lector
