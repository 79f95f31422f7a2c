// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/prediction_panel.h"

#include "panels/chart_card.h"
#include "panels/chart_util.h"
#include "panels/regressions_view.h"
#include "shell/job_runner.h"
#include "shell/progress_strip.h"
#include "shell/project_session.h"

#include <lector/metrics/agreement_report.h>
#include <lector/metrics/detection_eval_loader.h>
#include <lector/store/project_store.h>

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>

namespace lector {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
const QString kJob = QStringLiteral("predictions");

QString percent(double v) { return std::isnan(v) ? QString() : QString::number(100 * v, 'f', 1); }

QTableWidget* makeTable(QWidget* parent, const QStringList& columns)
{
    auto* t = new QTableWidget(parent);
    t->setColumnCount(static_cast<int>(columns.size()));
    t->setHorizontalHeaderLabels(columns);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

/// A cell that sorts by number when it holds one.
QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem;
    bool number = false;
    const double v = text.toDouble(&number);
    if (number)
        item->setData(Qt::DisplayRole, v);
    else
        item->setText(text);
    return item;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, cell(cells[c]));
}

QStringList countCells(const DetectionCounts& c)
{
    return { QString::number(c.groundTruth), QString::number(c.detections), QString::number(c.matched),
        percent(c.precision()), percent(c.recall()), percent(c.hmean()), percent(c.wordAccuracy()), percent(c.cer()),
        percent(c.wer()) };
}
/// The columns of countCells(): made when a table is, after the translator is installed (a static would be English).
QStringList countColumns()
{
    return { QObject::tr("words"), QObject::tr("detections"), QObject::tr("found"), QObject::tr("precision %"),
        QObject::tr("recall %"), QObject::tr("H-mean %"), QObject::tr("word accuracy %"), QObject::tr("CER %"),
        QObject::tr("WER %") };
}
}

PredictionPanel::PredictionPanel(ProjectSession* session, QWidget* parent)
    : SessionPanel(session, parent)
{
    m_run = new QComboBox(this);
    m_run->setObjectName(QStringLiteral("predictionRun"));
    m_run->setToolTip(tr("The model run to evaluate"));
    m_groundTruth = new QComboBox(this);
    m_groundTruth->setObjectName(QStringLiteral("predictionGroundTruth"));
    m_groundTruth->setToolTip(
        tr("What the run is scored against: an annotator's labels, the consensus, or another run"));
    m_matching = new QComboBox(this);
    m_matching->addItem(tr("Greedy (ICDAR 2015)"), static_cast<int>(MatchingMethod::Greedy));
    m_matching->addItem(tr("Optimal (Hungarian)"), static_cast<int>(MatchingMethod::Hungarian));
    m_ignoreCase = new QCheckBox(tr("Ignore case"), this);
    m_refresh = new QPushButton(tr("Evaluate"), this);
    m_progress = new ProgressStrip(session->jobs(), { kJob }, this);
    m_summary = new QLabel(tr("Open a project with a model run to see how it does."), this);
    m_summary->setObjectName(QStringLiteral("predictionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Summary: this run and every other one against the same ground truth.
    m_runChart = new ChartCard(QString(), this);
    m_runChart->setExportName(QStringLiteral("runs"));
    m_runTable = makeTable(this, QStringList { tr("run") } + countColumns() + QStringList { tr("AP") });
    auto* runs = new QWidget(this);
    auto* runsLayout = new QVBoxLayout(runs);
    runsLayout->addWidget(m_runChart, 2);
    runsLayout->addWidget(m_runTable, 1);

    m_imageTable = makeTable(this, QStringList { tr("image"), tr("batch") } + countColumns());
    m_imageTable->setToolTip(
        tr("Worst H-mean first; double-click opens the image with its found, false and missed words"));
    connect(m_imageTable, &QTableWidget::cellActivated, this, [this](int row, int) { activateImageRow(row); });

    m_histogram = new ChartCard(QString(), this);
    m_histogram->setExportName(QStringLiteral("confidence-histogram"));
    m_thresholdChart = new ChartCard(QString(), this);
    m_thresholdChart->setExportName(QStringLiteral("precision-recall-threshold"));
    auto* confidence = new QWidget(this);
    auto* confidenceLayout = new QVBoxLayout(confidence);
    confidenceLayout->addWidget(m_histogram, 1);
    confidenceLayout->addWidget(m_thresholdChart, 1);

    m_confusionTable = makeTable(this, { tr("word has"), tr("model read"), tr("times") });
    m_confusionTable->setToolTip(tr("Characters of the matched words the model read wrong, most frequent first; an "
                                    "empty cell is a character dropped or added"));

    m_dimension = new QComboBox(this);
    for (const char* d : { "height", "aspect", "rotation", "text_length", "script", "image_size", "batch" })
        m_dimension->addItem(sliceDimensionLabel(QString::fromLatin1(d)), QString::fromLatin1(d));
    m_sliceChart = new ChartCard(QString(), this);
    m_sliceChart->setExportName(QStringLiteral("slices"));
    m_batchChart = new ChartCard(QString(), this);
    m_batchChart->setExportName(QStringLiteral("batches"));
    m_sliceTable = makeTable(this, QStringList { tr("dimension"), tr("bin") } + countColumns());
    m_sliceTable->setToolTip(tr("Double-click a slice to list its images"));
    QWidget* slices = makeSlicePage(this, m_dimension, m_sliceChart, m_batchChart, m_sliceTable);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(runs, tr("Runs"));
    m_tabs->addTab(m_imageTable, tr("Images"));
    m_tabs->addTab(confidence, tr("Confidence"));
    m_tabs->addTab(m_confusionTable, tr("Misreads"));
    m_tabs->addTab(slices, tr("Slices and batches"));
    m_regressions = new RegressionsView(session, this);
    m_tabs->addTab(m_regressions, tr("Regressions"));
    connect(
        m_regressions, &RegressionsView::sliceRequested, this, [this](const QString& dimension, const QString& bin) {
            const auto images = imagesInSlice(dimension, bin);
            emit imagesRequested(tr("%1 images with %2 %3 words")
                                     .arg(images.size())
                                     .arg(sliceDimensionLabel(dimension), sliceBinLabel(dimension, bin)),
                images,
                dimension == QLatin1String("batch") || dimension == QLatin1String("image_size") ? QString() : dimension,
                bin);
        });

    // One picker a row, boxes that elide long names: the dock stays whole in a column a third of a laptop's
    // screen wide (side by side, run, ground truth, matching and the buttons were wider than its column at 1280 x 720).
    for (QComboBox* box : { m_run, m_groundTruth, m_matching }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    auto* pickers = new QFormLayout;
    pickers->addRow(tr("Run:"), m_run);
    pickers->addRow(tr("Against:"), m_groundTruth);
    pickers->addRow(tr("Matching:"), m_matching);
    pickers->addRow(QString(), m_ignoreCase);
    auto* options = new QHBoxLayout;
    options->addWidget(m_progress, 1);
    options->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(pickers);
    layout->addLayout(options);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_refresh, &QPushButton::clicked, this, &PredictionPanel::refresh);
    for (QComboBox* combo : { m_run, m_groundTruth, m_matching })
        connect(combo, &QComboBox::activated, this, &PredictionPanel::refresh);
    connect(m_ignoreCase, &QCheckBox::toggled, this, &PredictionPanel::refresh);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &PredictionPanel::showSlices);
    connect(m_sliceTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        const QTableWidgetItem* dimension = m_sliceTable->item(row, 0);
        const QTableWidgetItem* bin = m_sliceTable->item(row, 1);
        if (!dimension || !bin)
            return;
        setSliceDimension(dimension->data(Qt::UserRole).toString());
        activateSliceBar(static_cast<int>(m_sliceBins.indexOf(bin->data(Qt::UserRole).toString())));
    });
    connect(m_runTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const QTableWidgetItem* run = m_runTable->item(row, 0); run && setRun(run->text()))
            refresh();
    });
    connect(session, &ProjectSession::runsChanged, this, &PredictionPanel::invalidate);
    connect(session, &ProjectSession::labelsChanged, this, &PredictionPanel::invalidateSoon);
}

PredictionPanel::~PredictionPanel() = default;

void PredictionPanel::projectOpened()
{
    projectClosed();
    invalidate();
}

void PredictionPanel::projectClosed()
{
    m_result.reset();
    m_imageIndex.clear();
    m_run->clear();
    m_groundTruth->clear();
}

void PredictionPanel::refreshNow()
{
    reloadSources();
    if (m_run->count() > 0 && m_groundTruth->count() > 0)
        refresh();
}

void PredictionPanel::reloadSources()
{
    const QString run = m_run->currentText();
    const QString truth = m_groundTruth->currentData().toString();
    m_run->clear();
    m_groundTruth->clear();
    ProjectStore* store = session()->store();
    if (!store)
        return;
    const std::vector<ModelRun>& runs = session()->runs();
    auto annotators = store->annotators();
    if (!annotators)
        return;
    for (const ModelRun& r : runs)
        m_run->addItem(r.name);
    if (m_run->count() == 0)
        m_summary->setText(tr("No model run yet: pre-label with Tools ▸ Pre-label with OCR, or import predictions "
                              "(lector-cli import --predictions RUN)."));
    auto preferred = defaultGroundTruthAnnotator(*store);
    for (const Annotator& a : *annotators)
        m_groundTruth->addItem(a.name, a.name);
    for (const ModelRun& r : runs)
        m_groundTruth->addItem(tr("run %1").arg(r.name), QStringLiteral("run:") + r.name);
    // Keep the user's choice across reloads; else the newest run against the reference.
    m_run->setCurrentIndex(std::max(0, run.isEmpty() ? static_cast<int>(m_run->count()) - 1 : m_run->findText(run)));
    int truthIndex = m_groundTruth->findData(truth);
    if (truthIndex < 0 && preferred)
        truthIndex = m_groundTruth->findData(*preferred);
    m_groundTruth->setCurrentIndex(std::max(0, truthIndex));
}

bool PredictionPanel::setRun(const QString& run)
{
    const int index = m_run->findText(run);
    if (index < 0)
        return false;
    m_run->setCurrentIndex(index);
    return true;
}

bool PredictionPanel::setGroundTruth(const QString& label)
{
    const int index = m_groundTruth->findData(label);
    if (index < 0)
        return false;
    m_groundTruth->setCurrentIndex(index);
    return true;
}

void PredictionPanel::setMatching(MatchingMethod method)
{
    m_matching->setCurrentIndex(m_matching->findData(static_cast<int>(method)));
}

void PredictionPanel::setIgnoreCase(bool ignore)
{
    const QSignalBlocker block(m_ignoreCase);
    m_ignoreCase->setChecked(ignore);
}

void PredictionPanel::refresh()
{
    if (!session()->isOpen() || m_run->currentIndex() < 0 || m_groundTruth->currentIndex() < 0)
        return;
    const QString run = m_run->currentText();
    const QString truthLabel = m_groundTruth->currentData().toString();
    const EvalSource truth = truthLabel.startsWith(QLatin1String("run:")) ? EvalSource::run(truthLabel.mid(4))
                                                                          : EvalSource::annotator(truthLabel);
    DetectionEvalOptions options;
    options.matching = static_cast<MatchingMethod>(m_matching->currentData().toInt());
    options.ignoreCase = m_ignoreCase->isChecked();
    m_summary->setText(tr("Evaluating %1 against %2…").arg(run, truth.label()));
    JobSpec spec;
    spec.key = kJob; // a newer request cancels the evaluation before: the latest wins
    spec.title = tr("Evaluating %1").arg(run);
    session()->jobs()->start(
        spec,
        [run, truth, options](
            ProjectStore& store, Progress& progress) -> lector::Result<std::shared_ptr<const Result>> {
            // Streamed from the store image by image: the input is never held whole.
            auto result = std::make_shared<Result>();
            result->groundTruth = truth;
            result->run = run;
            auto report = evaluateDetections(store, truth, EvalSource::run(run), options, &progress);
            if (!report)
                return std::move(report).error();
            result->report = std::move(report).value();
            for (const ImageSummary& image : result->report.perImage) {
                auto record = store.image(image.image);
                if (record && *record)
                    result->imageNames[image.image] = QFileInfo((*record)->path).fileName();
            }
            auto runs = store.runs();
            if (runs)
                for (const ModelRun& other : *runs) {
                    if (progress.isCanceled())
                        return LECTOR_ERROR(ErrorCode::Canceled, tr("evaluation canceled"));
                    if (other.name == run || (truth.kind == EvalSource::Kind::Run && truth.name == other.name))
                        continue;
                    auto otherReport = evaluateDetections(store, truth, EvalSource::run(other.name), options);
                    if (!otherReport)
                        continue;
                    DetectionEvalReport report = std::move(otherReport).value();
                    report.perImage.clear(); // the comparison needs the totals only
                    report.perSlice.clear();
                    report.scored.clear();
                    report.confusions.clear();
                    result->otherRuns.push_back(std::move(report));
                }
            return std::shared_ptr<const Result>(result);
        },
        this,
        [this](lector::Result<std::shared_ptr<const Result>> result) {
            if (!result) {
                m_summary->setText(result.error().code == ErrorCode::Canceled ? tr("Canceled. Evaluate runs it again.")
                                                                              : result.error().toString());
                emit evaluationFailed(m_summary->text());
                return;
            }
            showResult(*result);
            emit evaluationReady();
        });
}

void PredictionPanel::showResult(std::shared_ptr<const Result> result)
{
    m_result = std::move(result);
    m_regressions->setContext(m_result->run, m_result->groundTruth);
    m_imageIndex.clear();
    for (size_t i = 0; i < m_result->report.perImage.size(); ++i)
        m_imageIndex[m_result->report.perImage[i].image] = i;
    const DetectionEvalReport& r = m_result->report;
    const DetectionCounts& t = r.totals;
    m_summary->setText(tr("<b>%1</b> against <b>%2</b> on %3 images: precision %4%, recall %5%, H-mean %6%; "
                          "word accuracy %7%, CER %8%, WER %9%.")
                           .arg(r.detectionName.toHtmlEscaped(), r.groundTruthName.toHtmlEscaped())
                           .arg(t.images)
                           .arg(percent(t.precision()), percent(t.recall()), percent(t.hmean()),
                               percent(t.wordAccuracy()), percent(t.cer()), percent(t.wer())));

    // Runs side by side.
    std::vector<const DetectionEvalReport*> all { &r };
    for (const DetectionEvalReport& other : m_result->otherRuns)
        all.push_back(&other);
    m_runTable->setSortingEnabled(false);
    m_runTable->setRowCount(static_cast<int>(all.size()));
    QStringList names;
    QList<qreal> precision, recall, hmean, words;
    for (size_t i = 0; i < all.size(); ++i) {
        const DetectionEvalReport* run = all[i];
        QString name = run->detectionName;
        if (name.startsWith(QLatin1String("run:")))
            name = name.mid(4);
        // AP needs every detection's confidence (the script sorts by it); without, the run was matched in file order
        // and its AP is not a figure: said so instead of a blank cell.
        const bool noAp = std::isnan(run->averagePrecision);
        setRow(m_runTable, static_cast<int>(i),
            QStringList { name } + countCells(run->totals)
                + QStringList { noAp ? tr("n/a") : percent(run->averagePrecision) });
        if (QTableWidgetItem* ap = m_runTable->item(static_cast<int>(i), m_runTable->columnCount() - 1); ap && noAp)
            ap->setToolTip(run->options.order == DetectionOrder::File
                    ? tr("Matched in file order: some detections have no confidence, so there is no average "
                         "precision (the ICDAR script ranks detections by confidence).")
                    : tr("No average precision: no detection of this run has a confidence."));
        names << name;
        precision << run->totals.precision();
        recall << run->totals.recall();
        hmean << run->totals.hmean();
        words << run->totals.wordAccuracy();
    }
    m_runTable->setSortingEnabled(true);
    setBarChart(m_runChart->chart(), tr("Runs against %1").arg(r.groundTruthName), names,
        { { tr("precision"), precision }, { tr("recall"), recall }, { tr("H-mean"), hmean },
            { tr("word accuracy"), words } },
        false, 1.0);

    fillImages();

    // Confidence: histogram of matched and unmatched detections, then precision and recall by threshold.
    const auto histogram = confidenceHistogram(r, 20);
    QStringList bins;
    QList<qreal> matched, unmatched;
    for (const ConfidenceBin& b : histogram) {
        bins << QString::number(b.lower, 'f', 2);
        matched << static_cast<qreal>(b.matched);
        unmatched << static_cast<qreal>(b.unmatched);
    }
    if (histogram.empty() || r.scored.empty()) {
        clearChart(m_histogram->chart());
        m_histogram->chart()->setTitle(tr("The run has no confidences"));
        clearChart(m_thresholdChart->chart());
    } else {
        setBarChart(m_histogram->chart(), tr("Confidence of the detections (lower bound of each bin)"), bins,
            { { tr("found a word"), matched }, { tr("false"), unmatched } }, true);
        const auto curve = precisionRecallCurve(r, 200);
        QChart* chart = m_thresholdChart->chart();
        clearChart(chart);
        const ThresholdPoint best = bestThreshold(curve);
        chart->setTitle(tr("Precision and recall above a confidence threshold (best H-mean %1% at %2)")
                            .arg(percent(best.hmean))
                            .arg(best.threshold, 0, 'f', 2));
        auto* x = new QValueAxis;
        x->setRange(0, 1);
        x->setTitleText(tr("confidence threshold"));
        x->setTruncateLabels(false);
        auto* y = new QValueAxis;
        y->setRange(0, 1);
        y->setTruncateLabels(false);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        using Pick = double ThresholdPoint::*;
        const QString precisionName = tr("precision"); // not inside the list: lupdate took it for ThresholdPoint's
        for (const auto& [name, pick] :
            std::vector<std::pair<QString, Pick>> { { precisionName, &ThresholdPoint::precision },
                { tr("recall"), &ThresholdPoint::recall }, { tr("H-mean"), &ThresholdPoint::hmean } }) {
            auto* series = new QLineSeries;
            series->setName(name);
            for (const ThresholdPoint& p : curve)
                series->append(p.threshold, p.*pick);
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
        }
        chart->legend()->setVisible(true);
        chart->legend()->setShowToolTips(true);
    }

    // Misreads.
    m_confusionTable->setSortingEnabled(false);
    const int confusions = static_cast<int>(std::min<size_t>(r.confusions.size(), 300));
    m_confusionTable->setRowCount(confusions);
    for (int i = 0; i < confusions; ++i) {
        const CharConfusion& c = r.confusions[static_cast<size_t>(i)];
        setRow(m_confusionTable, i, { c.truth, c.detected, QString::number(c.count) });
    }
    m_confusionTable->setSortingEnabled(true);

    // Slices table (every dimension), the chart of the chosen one, and the batches in import order.
    m_sliceTable->setSortingEnabled(false);
    m_sliceTable->setRowCount(static_cast<int>(r.perSlice.size()));
    for (size_t i = 0; i < r.perSlice.size(); ++i) {
        const QString& dimension = r.perSlice[i].dimension;
        const QString& bin = r.perSlice[i].bin;
        setRow(m_sliceTable, static_cast<int>(i),
            QStringList { sliceDimensionLabel(dimension), sliceBinLabel(dimension, bin) }
                + countCells(r.perSlice[i].counts));
        m_sliceTable->item(static_cast<int>(i), 0)->setData(Qt::UserRole, dimension); // the keys, for a double-click
        m_sliceTable->item(static_cast<int>(i), 1)->setData(Qt::UserRole, bin);
    }
    m_sliceTable->setSortingEnabled(true);
    showSlices();
    QStringList batches;
    QList<qreal> batchRecall, batchPrecision, batchWords;
    for (const BatchEvaluation& b : r.perBatch) {
        batches << (b.batch.isEmpty() ? tr("(none)") : b.batch);
        batchRecall << b.counts.recall();
        batchPrecision << b.counts.precision();
        batchWords << b.counts.wordAccuracy();
    }
    setCategoryLineChart(m_batchChart->chart(), tr("Across batches, in import order"), batches,
        { { tr("recall"), batchRecall }, { tr("precision"), batchPrecision }, { tr("word accuracy"), batchWords } },
        1.0);
    if (auto series = m_batchChart->chart()->series(); !series.isEmpty())
        for (QAbstractSeries* s : series)
            if (auto* line = qobject_cast<QLineSeries*>(s))
                connect(line, &QLineSeries::clicked, this,
                    [this](const QPointF& p) { activateBatch(static_cast<int>(std::lround(p.x()))); });
}

void PredictionPanel::fillImages()
{
    const DetectionEvalReport& r = m_result->report;
    m_imageTable->setSortingEnabled(false);
    m_imageTable->clearContents();
    m_imageTable->setRowCount(static_cast<int>(r.perImage.size()));
    for (size_t i = 0; i < r.perImage.size(); ++i) {
        const ImageSummary& e = r.perImage[i];
        const auto name = m_result->imageNames.find(e.image);
        QStringList cells { name != m_result->imageNames.end() ? name->second : QString::number(e.image), e.batch };
        cells += countCells(e.counts);
        cells[7] = percent(e.hmean); // the script's per-image H-mean (1 for an empty page without detections)
        cells[5] = percent(e.precision);
        cells[6] = percent(e.recall);
        setRow(m_imageTable, static_cast<int>(i), cells);
        m_imageTable->item(static_cast<int>(i), 0)->setData(kIdRole, QVariant::fromValue<qint64>(e.image));
    }
    m_imageTable->setSortingEnabled(true);
    m_imageTable->sortItems(7, Qt::AscendingOrder); // worst first
}

void PredictionPanel::setSliceDimension(const QString& dimension)
{
    const int index = m_dimension->findData(dimension);
    if (index >= 0)
        m_dimension->setCurrentIndex(index);
}

void PredictionPanel::showSlices()
{
    m_sliceBins.clear();
    if (!m_result)
        return;
    const QString dimension = m_dimension->currentData().toString();
    QList<qreal> recall, precision, words;
    QStringList binLabels;
    for (const SliceEvaluation& s : m_result->report.perSlice) {
        if (s.dimension != dimension)
            continue;
        m_sliceBins << s.bin;
        binLabels << sliceBinLabel(dimension, s.bin);
        recall << s.counts.recall();
        precision << s.counts.precision();
        words << s.counts.wordAccuracy();
    }
    setBarChart(m_sliceChart->chart(),
        tr("By %1: a weak slice stands out here, not in the average").arg(sliceDimensionLabel(dimension)), binLabels,
        { { tr("recall"), recall }, { tr("precision"), precision }, { tr("word accuracy"), words } }, false, 1.0);
    if (auto* series = qobject_cast<QBarSeries*>(m_sliceChart->chart()->series().value(0)))
        connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet*) { activateSliceBar(index); });
}

std::vector<ImageId> PredictionPanel::imagesInSlice(const QString& dimension, const QString& bin) const
{
    if (!m_result)
        return {};
    return lector::imagesInSlice(m_result->report, dimension, bin);
}

void PredictionPanel::activateImageRow(int row)
{
    const QTableWidgetItem* item = m_imageTable->item(row, 0);
    if (item)
        emit imageRequested(item->data(kIdRole).toLongLong());
}

void PredictionPanel::activateSliceBar(int index)
{
    if (!m_result || index < 0 || index >= m_sliceBins.size())
        return;
    const QString dimension = m_dimension->currentData().toString();
    const QString bin = m_sliceBins[index];
    const auto images = imagesInSlice(dimension, bin);
    const bool regionSlice = regionDimensions().contains(dimension);
    emit imagesRequested(
        tr("%1 images with %2 %3 words (run %4)")
            .arg(images.size())
            .arg(sliceDimensionLabel(dimension), sliceBinLabel(dimension, bin), m_result->report.detectionName),
        images, regionSlice ? dimension : QString(), regionSlice ? bin : QString());
}

void PredictionPanel::activateBatch(int index)
{
    if (!m_result || index < 0 || index >= static_cast<int>(m_result->report.perBatch.size()))
        return;
    const QString batch = m_result->report.perBatch[static_cast<size_t>(index)].batch;
    std::vector<ImageId> images;
    for (const ImageSummary& image : m_result->report.perImage)
        if (image.batch == batch)
            images.push_back(image.image);
    emit imagesRequested(
        tr("%1 evaluated images of batch %2").arg(images.size()).arg(batch), images, QString(), QString());
}

bool PredictionPanel::isEvaluating() const { return session()->jobs()->isKeyRunning(kJob); }

void PredictionPanel::cancel() { session()->jobs()->cancel(session()->jobs()->current(kJob)); }

QList<ChartCard*> PredictionPanel::charts() const
{
    return { m_runChart, m_histogram, m_thresholdChart, m_sliceChart, m_batchChart };
}

EvaluationOverlay PredictionPanel::overlayFor(ImageId image) const
{
    EvaluationOverlay out;
    if (!m_result)
        return out;
    if (m_imageIndex.find(image) == m_imageIndex.end())
        return out;
    ProjectStore* store = session()->store();
    if (!store)
        return out;
    // One image, read and evaluated again on the UI thread: what the canvas shows now, without keeping every
    // image's matches from the evaluation.
    auto loaded = loadDetectionEvalImage(*store, m_result->groundTruth, EvalSource::run(m_result->run), image);
    if (!loaded || !*loaded)
        return out;
    const EvalImage& input = **loaded;
    const ImageEvaluation e = evaluateImage(input, m_result->report.options);
    using K = EvaluationOverlayRegion::Kind;
    for (const EvalMatch& m : e.matches) {
        const Region& d = input.detections[static_cast<size_t>(m.detection)];
        const Region& g = input.groundTruth[static_cast<size_t>(m.groundTruth)];
        out.push_back({ K::TruePositive, d,
            m.textEqual ? tr("found \"%1\" (IoU %2)").arg(g.text).arg(m.iou, 0, 'f', 2)
                        : tr("found, read \"%1\" for \"%2\" (IoU %3)").arg(d.text, g.text).arg(m.iou, 0, 'f', 2) });
    }
    for (int i : e.falsePositives) {
        const Region& d = input.detections[static_cast<size_t>(i)];
        out.push_back({ K::FalsePositive, d, tr("false detection \"%1\"").arg(d.text) });
    }
    for (int i : e.missed) {
        const Region& g = input.groundTruth[static_cast<size_t>(i)];
        out.push_back({ K::Missed, g, tr("missed \"%1\"").arg(g.text) });
    }
    for (int i : e.dontCareDetections) {
        const Region& d = input.detections[static_cast<size_t>(i)];
        out.push_back({ K::SetAside, d, tr("set aside: inside a don't-care region") });
    }
    return out;
}

} // namespace lector
