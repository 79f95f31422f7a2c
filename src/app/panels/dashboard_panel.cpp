// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/dashboard_panel.h"

#include "panels/agreement_trend.h"
#include "panels/chart_card.h"
#include "panels/chart_export.h"
#include "panels/chart_util.h"
#include "shell/display_names.h"
#include "shell/job_runner.h"
#include "shell/progress_strip.h"
#include "shell/project_session.h"

#include <lector/analysis/rater_feedback.h>
#include <lector/demo/html_pdf.h>
#include <lector/io/io_util.h>
#include <lector/store/project_store.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPageSize>
#include <QPointer>
#include <QPushButton>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace lector {

namespace {
ChartCard* makeChart(QWidget* parent, const QString& exportName)
{
    auto* card = new ChartCard(QString(), parent);
    card->setExportName(exportName);
    card->setMinimumHeight(120); // small enough that docked beside the canvas the window still fits 1000 px
    return card;
}

void setBars(QChart* chart, const QString& title, const QStringList& categories,
    const std::vector<std::pair<QString, QList<qreal>>>& sets)
{
    setBarChart(chart, title, categories, sets);
}
}

namespace {
const QString kJob = QStringLiteral("dashboard");
}

DashboardPanel::DashboardPanel(ProjectSession* session, QWidget* parent)
    : SessionPanel(session, parent)
{
    m_status = new QLabel(tr("Open a project to see its label noise."), this);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    auto* exportButton = new QPushButton(tr("Export HTML Report…"), this);
    m_pairChart = makeChart(this, QStringLiteral("agreement"));
    m_sliceChart = makeChart(this, QStringLiteral("slices"));
    m_versionChart = makeChart(this, QStringLiteral("guideline-versions"));
    m_dimension = new QComboBox(this);
    for (const char* d : { "height", "aspect", "rotation", "text_length", "script", "batch" })
        m_dimension->addItem(sliceDimensionLabel(QString::fromLatin1(d)), QString::fromLatin1(d));
    m_pairTable = new QTableWidget(this);
    m_sliceTable = new QTableWidget(this);
    m_imageTable = new QTableWidget(this);
    m_speedChart = makeChart(this, QStringLiteral("speed"));
    m_conflictChart = makeChart(this, QStringLiteral("conflicts"));
    m_speedTable = new QTableWidget(this);
    m_conflictTable = new QTableWidget(this);
    for (QTableWidget* t : { m_speedTable, m_conflictTable, m_pairTable, m_sliceTable, m_imageTable }) {
        t->setSortingEnabled(true);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
    }
    auto* speed = new QWidget(this);
    auto* speedLayout = new QVBoxLayout(speed);
    speedLayout->addWidget(m_speedChart, 2);
    speedLayout->addWidget(m_speedTable, 1);
    auto* feedback = new QPushButton(tr("Feedback Page…"), this);
    feedback->setToolTip(tr("The selected annotator's page to hand over: agreement, kinds of disagreement, "
                            "confusions, speed, last batches, guideline rules (HTML or PDF)"));
    speedLayout->addWidget(feedback, 0, Qt::AlignLeft);
    connect(feedback, &QPushButton::clicked, this, [this] {
        const int row = std::max(m_speedTable->currentRow(), 0);
        const QTableWidgetItem* name = m_speedTable->item(row, 0);
        if (!name)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Feedback page for %1").arg(name->text()),
            QStringLiteral("feedback-%1.html").arg(name->text()), tr("Web page (*.html);;PDF (*.pdf)"));
        if (!path.isEmpty())
            writeFeedback(name->text(), path);
    });
    auto* conflicts = new QWidget(this);
    auto* conflictLayout = new QVBoxLayout(conflicts);
    conflictLayout->addWidget(m_conflictChart, 2);
    conflictLayout->addWidget(m_conflictTable, 1);
    auto* agreement = new QWidget(this);
    auto* agreementLayout = new QVBoxLayout(agreement);
    agreementLayout->addWidget(m_pairChart, 2);
    agreementLayout->addWidget(m_pairTable, 1);
    QWidget* slices = makeSlicePage(this, m_dimension, m_sliceChart, m_versionChart, m_sliceTable);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(agreement, tr("Agreement"));
    m_tabs->addTab(slices, tr("Slices"));
    m_tabs->addTab(m_imageTable, tr("Images"));
    m_imageTable->setToolTip(tr("Worst agreement first; double-click opens the image"));
    connect(m_imageTable, &QTableWidget::cellActivated, this, [this](int row, int) { activateImageRow(row); });
    m_pairTable->setToolTip(tr("Double-click a pair to list the images both labeled"));
    connect(m_pairTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (!m_summary)
            return;
        const QTableWidgetItem* a = m_pairTable->item(row, 0);
        const QTableWidgetItem* b = m_pairTable->item(row, 1);
        for (size_t i = 0; a && b && i < m_summary->agreement.pairs.size(); ++i)
            if (m_summary->agreement.pairs[i].a == a->text() && m_summary->agreement.pairs[i].b == b->text())
                activatePair(static_cast<int>(i));
    });
    m_sliceTable->setToolTip(tr("Double-click a slice to list its images"));
    connect(m_sliceTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        const QTableWidgetItem* dimension = m_sliceTable->item(row, 0);
        const QTableWidgetItem* bin = m_sliceTable->item(row, 1);
        if (!dimension || !bin)
            return;
        setSliceDimension(dimension->data(Qt::UserRole).toString());
        const int index = static_cast<int>(m_sliceBins.indexOf(bin->data(Qt::UserRole).toString()));
        activateSliceBar(index);
    });
    m_speedTable->setToolTip(tr("Double-click an annotator to list their images, worst agreement first"));
    connect(m_speedTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const QTableWidgetItem* name = m_speedTable->item(row, 0))
            activateAnnotator(name->text());
    });
    m_tabs->addTab(speed, tr("Speed"));
    m_tabs->addTab(conflicts, tr("Conflicts"));
    m_trend = new AgreementTrendView(this);
    m_tabs->addTab(m_trend, tr("Trend"));
    m_progress = new ProgressStrip(session->jobs(), { kJob }, this);
    // The buttons on a row of their own, the status under them at the dock's full width: beside the buttons, a
    // narrow dock left the status one word wide.
    auto* top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(refresh);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    connect(refresh, &QPushButton::clicked, this, &DashboardPanel::refresh);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &DashboardPanel::showSlices);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the dashboard to"));
        QString error;
        if (!dir.isEmpty() && !exportReport(dir, &error))
            m_status->setText(error);
    });
    connect(session, &ProjectSession::labelsChanged, this, &DashboardPanel::invalidateSoon);
    connect(session, &ProjectSession::conflictsChanged, this, &DashboardPanel::invalidate);
    connect(session, &ProjectSession::guidelineChanged, this, &DashboardPanel::invalidate);
}

void DashboardPanel::projectOpened() { invalidate(); }

void DashboardPanel::projectClosed()
{
    m_summary.reset();
    m_trend->clear();
    m_status->setText(tr("Open a project to see its label noise."));
}

void DashboardPanel::refresh()
{
    if (!session()->isOpen())
        return;
    m_status->setText(tr("Computing…"));
    JobSpec spec;
    spec.key = kJob; // a newer refresh cancels the one before: the latest request wins
    spec.title = tr("Computing the dashboard");
    session()->jobs()->start(
        spec,
        [](ProjectStore& store, Progress& progress) -> Result<DashboardData> {
            AgreementHistoryRepository history(store);
            auto lastEntry = history.lastEntry(); // before computing: the snapshot names the labels it saw
            LECTOR_TRY(lastEntry);
            EfficiencyOptions options;
            options.exclude = { QStringLiteral("reference"), QStringLiteral("consensus") };
            auto summary = computeQualitySummary(store, options, &progress);
            LECTOR_TRY(summary);
            DashboardData data;
            data.summary = std::move(summary).value();
            // Every report the dashboard computes goes into the history (not twice over the same labels). A store
            // that cannot take it (read-only, locked) costs the snapshot, never the dashboard.
            if (!store.isReadOnly()) {
                auto saved = history.save(data.summary.agreement, QStringLiteral("app"), *lastEntry);
                if (saved)
                    data.saved = *saved;
                else
                    data.historyProblem = saved.error().toString();
            }
            auto snapshots = history.snapshots();
            LECTOR_TRY(snapshots);
            data.history = std::move(snapshots).value();
            auto versions = store.guidelineVersions();
            LECTOR_TRY(versions);
            data.versions = std::move(versions).value();
            return data;
        },
        this,
        [this](Result<DashboardData> data) {
            if (!data) {
                m_status->setText(data.error().code == ErrorCode::Canceled
                        ? tr("Canceled. Refresh computes the dashboard again.")
                        : data.error().toString());
            } else {
                showSummary(data->summary);
                m_trend->setHistory(std::move(data->history), std::move(data->versions));
                if (!data->historyProblem.isEmpty())
                    m_status->setText(m_status->text() + QLatin1Char(' ')
                        + tr("The agreement history was not updated: %1").arg(data->historyProblem));
                emit summaryReady();
            }
            emit computingFinished();
        });
}

void DashboardPanel::showTrend() { m_tabs->setCurrentWidget(m_trend); }

void DashboardPanel::writeFeedback(const QString& annotator, const QString& path)
{
    if (!session()->isOpen())
        return;
    m_status->setText(tr("Writing %1's feedback page…").arg(annotator));
    JobSpec spec;
    spec.key = QStringLiteral("dashboard-feedback");
    spec.title = tr("Feedback page for %1").arg(annotator);
    session()->jobs()->start(
        spec,
        [annotator](ProjectStore& store, Progress& progress) -> Result<QString> {
            FeedbackOptions options;
            options.annotator = annotator;
            auto feedback = computeRaterFeedback(store, options, &progress);
            LECTOR_TRY(feedback);
            return feedbackHtml(*feedback);
        },
        this,
        [this, path, annotator](Result<QString> html) {
            QString error;
            if (!html) {
                error = html.error().toString();
            } else if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
                // The same writer as lector-cli feedback's (lector/demo/html_pdf.h).
                if (auto written = writeHtmlAsPdf(*html, path, tr("Feedback for %1").arg(annotator)); !written)
                    error = written.error().toString();
            } else if (auto written = io::writeFileAtomically(path, html->toUtf8()); !written) {
                error = written.error().toString();
            }
            m_status->setText(error.isEmpty() ? tr("Wrote %1.").arg(path) : error);
            emit feedbackWritten(path, error);
        });
}

bool DashboardPanel::isComputing() const { return session()->jobs()->isKeyRunning(kJob); }

QString DashboardPanel::statusText() const { return m_status->text(); }

void DashboardPanel::cancel() { session()->jobs()->cancel(session()->jobs()->current(kJob)); }

void DashboardPanel::fillTable(QTableWidget* table, const ReportTable& data)
{
    table->setSortingEnabled(false);
    table->clear();
    table->setColumnCount(static_cast<int>(data.columns.size()));
    table->setHorizontalHeaderLabels(data.headerLabels());
    table->setRowCount(static_cast<int>(data.rows.size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c) {
            const QString text = data.rows[static_cast<size_t>(r)].value(c);
            auto* item = new QTableWidgetItem;
            bool number = false;
            const double v = text.toDouble(&number);
            // Numbers sort as numbers.
            if (number)
                item->setData(Qt::DisplayRole, v);
            else if (data.columns.value(c) == QLatin1String("dimension"))
                item->setText(sliceDimensionLabel(text)); // the name for a person, the key kept below
            else if (data.columns.value(c) == QLatin1String("bin") && c > 0)
                item->setText(sliceBinLabel(data.rows[static_cast<size_t>(r)].value(c - 1), text));
            else if (data.columns.value(c) == QLatin1String("kind"))
                item->setText(conflictKindTitle(text));
            else if (data.columns.value(c) == QLatin1String("status"))
                item->setText(conflictStatusTitle(text));
            else
                item->setText(text);
            item->setData(Qt::UserRole, text);
            table->setItem(r, c, item);
        }
    }
    table->setSortingEnabled(true);
}

void DashboardPanel::showSummary(const QualitySummary& summary)
{
    m_summary = summary;
    const std::vector<ReportTable> tables = summary.tables();
    fillTable(m_speedTable, tables[0]);
    ReportTable conflicts = tables[1];
    conflicts.title = tr("Conflicts");
    fillTable(m_conflictTable, conflicts);
    fillTable(m_pairTable, tables[3]);
    fillTable(m_sliceTable, tables[4]);
    fillTable(m_imageTable, tables[7]);
    m_imageTable->setColumnHidden(m_imageTable->columnCount() - 1, true);

    QStringList pairNames;
    QList<qreal> f1, iou, cer;
    for (const PairFigures& p : summary.agreement.pairs) {
        pairNames << QStringLiteral("%1 / %2").arg(p.a, p.b);
        f1 << (std::isnan(p.f1()) ? 0 : p.f1());
        iou << (std::isnan(p.meanIoU()) ? 0 : p.meanIoU());
        cer << (std::isnan(p.cer()) ? 0 : p.cer());
    }
    setBars(m_pairChart->chart(), tr("Agreement by pair (IoU ≥ %1)").arg(summary.agreement.iouThreshold), pairNames,
        { { tr("F1"), f1 }, { tr("mean IoU"), iou }, { tr("CER"), cer } });
    if (auto* series = qobject_cast<QBarSeries*>(m_pairChart->chart()->series().value(0)))
        connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet*) { activatePair(index); });
    // Before and after each guideline change, on the slices it was about (pooled when it names none).
    QStringList changes;
    QList<qreal> f1Before, f1After, textBefore, textAfter;
    auto value = [](double v) { return std::isnan(v) ? 0.0 : v; };
    for (const GuidelineEffect& e : summary.guidelineEffects) {
        changes << (e.dimension.isEmpty()
                ? tr("v%1: all words").arg(e.version)
                : tr("v%1: %2 %3").arg(e.version).arg(sliceDimensionLabel(e.dimension), e.bin));
        f1Before << value(e.before.f1());
        f1After << value(e.after.f1());
        textBefore << value(e.before.textAgreement());
        textAfter << value(e.after.textAgreement());
    }
    setBars(m_versionChart->chart(), tr("Before and after each guideline change, on its slices"), changes,
        { { tr("F1 before"), f1Before }, { tr("F1 after"), f1After }, { tr("same text before"), textBefore },
            { tr("same text after"), textAfter } });
    if (auto* series = qobject_cast<QBarSeries*>(m_versionChart->chart()->series().value(0)))
        connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet*) { activateEffectBar(index); });
    showSlices();

    QStringList names;
    QList<qreal> perHour, seconds;
    for (const AnnotatorEfficiency& a : summary.efficiency.annotators) {
        names << a.name;
        perHour << a.boxesPerHour();
        seconds << a.medianSecondsPerBox;
    }
    // Speed against quality: one point per annotator, when a consensus exists to measure quality against;
    // otherwise the speed alone.
    const bool haveQuality = std::any_of(summary.efficiency.annotators.begin(), summary.efficiency.annotators.end(),
        [](const AnnotatorEfficiency& a) { return a.consensusAgreement.has_value(); });
    if (haveQuality) {
        QChart* chart = m_speedChart->chart();
        chart->removeAllSeries();
        for (QAbstractAxis* axis : chart->axes())
            chart->removeAxis(axis);
        chart->setTitle(tr("Speed against agreement with the consensus"));
        auto* x = new QValueAxis;
        x->setTitleText(tr("boxes per active hour"));
        auto* y = new QValueAxis;
        y->setTitleText(tr("agreement with consensus"));
        y->setRange(0, 1);
        qreal maxSpeed = 1;
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (const AnnotatorEfficiency& a : summary.efficiency.annotators) {
            if (!a.consensusAgreement)
                continue;
            auto* point = new QScatterSeries;
            point->setName(a.name);
            point->setMarkerSize(14);
            point->append(a.boxesPerHour(), *a.consensusAgreement);
            const QString name = a.name;
            connect(point, &QScatterSeries::clicked, this, [this, name](const QPointF&) { activateAnnotator(name); });
            maxSpeed = std::max(maxSpeed, a.boxesPerHour());
            chart->addSeries(point);
            point->attachAxis(x);
            point->attachAxis(y);
        }
        x->setRange(0, maxSpeed * 1.15);
        x->applyNiceNumbers();
        x->setLabelFormat(QStringLiteral("%.0f"));
        chart->legend()->setVisible(true);
        chart->legend()->setShowToolTips(true);
    } else {
        setBars(m_speedChart->chart(), tr("Boxes per active hour"), names, { { tr("boxes per hour"), perHour } });
        if (auto* series = qobject_cast<QBarSeries*>(m_speedChart->chart()->series().value(0)))
            connect(series, &QBarSeries::clicked, this, [this, names](int index, QBarSet*) {
                if (index >= 0 && index < names.size())
                    activateAnnotator(names[index]);
            });
    }
    QStringList kinds;
    QStringList kindTitles;
    QList<qreal> counts;
    for (const auto& [kind, n] : summary.conflictsByKind) {
        kinds << kind;
        kindTitles << conflictKindTitle(kind);
        counts << static_cast<qreal>(n);
    }
    setBars(m_conflictChart->chart(), tr("Conflicts by kind"), kindTitles, { { tr("conflicts"), counts } });
    if (auto* series = qobject_cast<QBarSeries*>(m_conflictChart->chart()->series().value(0))) {
        connect(series, &QBarSeries::clicked, this, [this, kinds](int index, QBarSet*) {
            if (index >= 0 && index < kinds.size())
                emit conflictKindClicked(kinds[index]);
        });
    }
    std::int64_t open = 0;
    if (auto it = summary.conflictsByStatus.find(QStringLiteral("open")); it != summary.conflictsByStatus.end())
        open = it->second;
    m_status->setText(tr("%1 annotators; α text %2, α geometry %3; %4 open conflicts.")
                          .arg(summary.agreement.annotators.size())
                          .arg(summary.agreement.alphaText.alpha, 0, 'f', 3)
                          .arg(summary.agreement.alphaGeometry.alpha, 0, 'f', 3)
                          .arg(open));
    m_status->setWordWrap(true);
}

void DashboardPanel::showSlices()
{
    if (!m_summary)
        return;
    const QString dimension = m_dimension->currentData().toString();
    QStringList bins;
    QStringList binLabels;
    QList<qreal> f1, cer;
    for (const SliceFigures& sl : m_summary->agreement.perSlice) {
        if (sl.dimension != dimension)
            continue;
        bins << sl.bin;
        binLabels << sliceBinLabel(dimension, sl.bin);
        f1 << (std::isnan(sl.pooled.f1()) ? 0 : sl.pooled.f1());
        cer << (std::isnan(sl.pooled.cer()) ? 0 : sl.pooled.cer());
    }
    setBars(m_sliceChart->chart(),
        tr("Agreement by %1: rare cases are the noisy ones").arg(sliceDimensionLabel(dimension)), binLabels,
        { { tr("F1"), f1 }, { tr("CER"), cer } });
    m_sliceBins = bins;
    if (auto* series = qobject_cast<QBarSeries*>(m_sliceChart->chart()->series().value(0)))
        connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet*) { activateSliceBar(index); });
}

void DashboardPanel::setSliceDimension(const QString& dimension)
{
    const int index = m_dimension->findData(dimension);
    if (index >= 0)
        m_dimension->setCurrentIndex(index);
}

void DashboardPanel::activatePair(int index)
{
    if (!m_summary || index < 0 || index >= static_cast<int>(m_summary->agreement.pairs.size()))
        return;
    const PairFigures& p = m_summary->agreement.pairs[static_cast<size_t>(index)];
    const auto images = imagesOfPair(m_summary->agreement, p.a, p.b);
    emit imagesRequested(tr("%1 images labeled by %2 and %3, worst F1 first").arg(images.size()).arg(p.a, p.b), images,
        QString(), QString());
}

void DashboardPanel::activateSliceBar(int index)
{
    if (!m_summary || index < 0 || index >= m_sliceBins.size())
        return;
    const QString dimension = m_dimension->currentData().toString();
    for (const SliceFigures& sl : m_summary->agreement.perSlice)
        if (sl.dimension == dimension && sl.bin == m_sliceBins[index]) {
            emit imagesRequested(tr("%1 images with %2 %3 words")
                                     .arg(sl.images.size())
                                     .arg(sliceDimensionLabel(dimension), sliceBinLabel(dimension, sl.bin)),
                sl.images, dimension == QLatin1String("batch") ? QString() : dimension, sl.bin);
            return;
        }
}

void DashboardPanel::activateEffectBar(int index)
{
    if (!m_summary || index < 0 || index >= static_cast<int>(m_summary->guidelineEffects.size()))
        return;
    const GuidelineEffect& e = m_summary->guidelineEffects[static_cast<size_t>(index)];
    for (const SliceFigures& sl : m_summary->agreement.perSlice)
        if (sl.dimension == e.dimension && sl.bin == e.bin) {
            emit imagesRequested(tr("%1 images with %2 %3 words (guideline v%4)")
                                     .arg(sl.images.size())
                                     .arg(e.dimension, e.bin)
                                     .arg(e.version),
                sl.images, e.dimension, e.bin);
            return;
        }
    for (const SliceFigures& v : m_summary->agreement.perGuidelineVersion)
        if (v.bin.toInt() == e.version) {
            emit imagesRequested(tr("%1 images labeled under guideline v%2").arg(v.images.size()).arg(e.version),
                v.images, QString(), QString());
            return;
        }
}

void DashboardPanel::activateAnnotator(const QString& name)
{
    if (!m_summary)
        return;
    const auto images = imagesOfAnnotator(m_summary->agreement, name);
    emit imagesRequested(tr("%1 images labeled by %2, worst agreement first").arg(images.size()).arg(name), images,
        QString(), QString());
}

int DashboardPanel::chartCount() const { return 6; }

void DashboardPanel::activateImageRow(int row)
{
    if (row < 0 || row >= m_imageTable->rowCount())
        return;
    const QTableWidgetItem* id = m_imageTable->item(row, m_imageTable->columnCount() - 1);
    if (id)
        emit imageRequested(id->data(Qt::DisplayRole).toLongLong());
}

bool DashboardPanel::exportReport(const QString& dir, QString* error)
{
    if (!m_summary) {
        if (error)
            *error = tr("Nothing to export yet.");
        return false;
    }
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(dir);
        return false;
    }
    std::vector<std::pair<QString, QString>> charts;
    for (const auto& [view, file] : { std::pair { m_pairChart, QStringLiteral("agreement.png") },
             std::pair { m_sliceChart, QStringLiteral("slices.png") },
             std::pair { m_versionChart, QStringLiteral("guideline-versions.png") },
             std::pair { m_speedChart, QStringLiteral("speed.png") },
             std::pair { m_conflictChart, QStringLiteral("conflicts.png") },
             std::pair { m_trend->chartCard(), QStringLiteral("agreement-trend.png") } }) {
        // Rendered at report size: the chart may sit on a hidden tab, where it is not laid out.
        QString failure;
        if (!exportChartPng(view->chart(), QDir(dir).filePath(file), QSize(900, 420), 1.0, &failure)) {
            if (error)
                *error = failure;
            return false;
        }
        charts.emplace_back(view->chart()->title(), file);
    }
    auto written = writeHtmlReport(dir, tr("Label noise"), m_summary->tables(), charts);
    if (!written) {
        if (error)
            *error = written.error().toString();
        return false;
    }
    return true;
}

} // namespace lector
