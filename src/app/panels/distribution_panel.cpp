// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/distribution_panel.h"

#include "panels/chart_card.h"
#include "shell/job_runner.h"
#include "shell/progress_strip.h"
#include "shell/project_session.h"

#include <lector/store/project_store.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QThread>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace lector {

namespace {

constexpr int kMaxBars = 40; // named dimensions (batches, annotators) show their largest bins only
constexpr int kTwoColumnWidth = 640; // panel width from which charts sit two a row
constexpr int kMaxCardHeight = 400; // vertical bar charts; horizontal ones grow with their bars

struct Tab {
    const char* title;
    std::vector<const char*> dimensions;
};

const std::vector<Tab>& tabs()
{
    static const std::vector<Tab> kTabs {
        { QT_TRANSLATE_NOOP("lector::DistributionPanel", "Images"),
            { "batch", "split", "words_per_image", "image_size", "megapixels" } },
        { QT_TRANSLATE_NOOP("lector::DistributionPanel", "Boxes"),
            { "box_height", "box_width", "aspect_ratio", "rotation" } },
        { QT_TRANSLATE_NOOP("lector::DistributionPanel", "Text"), { "text_length", "script" } },
        { QT_TRANSLATE_NOOP("lector::DistributionPanel", "Characters"),
            { "characters_latin", "characters_hangul", "characters_digits", "characters_symbols",
                "characters_other" } },
        { QT_TRANSLATE_NOOP("lector::DistributionPanel", "Labels"), { "annotator", "guideline_version" } },
    };
    return kTabs;
}

bool isNamed(const QString& dimension)
{
    return dimension == QLatin1String("batch") || dimension == QLatin1String("split")
        || dimension == QLatin1String("annotator") || dimension == QLatin1String("image_size");
}

const QString kJob = QStringLiteral("distribution");

} // namespace

DistributionPanel::DistributionPanel(ProjectSession* session, QWidget* parent)
    : SessionPanel(session, parent)
{
    m_status = new QLabel(tr("Open a project to see what its data is made of."), this);
    m_status->setWordWrap(true);
    m_annotator = new QComboBox(this);
    m_annotator->addItem(tr("All annotators"), QString());
    m_annotator->setToolTip(tr("Count one annotator's labels only (consensus regions are never counted)"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_progress = new ProgressStrip(session->jobs(), { kJob }, this);

    m_tabs = new QTabWidget(this);
    for (const Tab& tab : tabs()) {
        auto* page = new QWidget;
        auto* column = new QVBoxLayout(page);
        column->setContentsMargins(2, 2, 2, 2);
        auto* grid = new QGridLayout;
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setSpacing(6);
        int i = 0;
        for (const char* d : tab.dimensions) {
            const QString dimension = QString::fromLatin1(d);
            auto* card = new ChartCard(QString(), page);
            card->setObjectName(dimension);
            card->setExportName(dimension);
            card->setMinimumSize(240, 230);
            card->setMaximumHeight(kMaxCardHeight);
            card->view()->setToolTip(tr("Click a bar to show its images"));
            grid->addWidget(card, i / 2, i % 2);
            m_gridCards[grid].push_back(card);
            m_cards.insert(dimension, card);
            ++i;
        }
        // Rows share the height up to a readable maximum per chart; what is left stays below them.
        column->addLayout(grid, 1);
        column->addStretch(0);
        auto* scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        m_tabs->addTab(scroll, tr(tab.title));
    }

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Labels of:"), this));
    top->addWidget(m_annotator);
    top->addWidget(m_refresh);
    top->addWidget(m_progress);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DistributionPanel::refresh);
    connect(m_annotator, &QComboBox::activated, this,
        [this](int index) { setAnnotator(m_annotator->itemData(index).toString()); });
    clearCharts();
    connect(session, &ProjectSession::labelsChanged, this, &DistributionPanel::invalidateSoon);
}

DistributionPanel::~DistributionPanel() = default;

void DistributionPanel::projectOpened()
{
    m_annotatorName.clear();
    m_distribution.reset();
    clearCharts();
    updateAnnotatorList();
    invalidate();
}

void DistributionPanel::projectClosed()
{
    m_distribution.reset();
    clearCharts();
    updateAnnotatorList();
    m_status->setText(tr("Open a project to see what its data is made of."));
}

void DistributionPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Two charts side by side when there is room, else one under the other (a narrow dock).
    setColumns(width() >= kTwoColumnWidth ? 2 : 1);
}

void DistributionPanel::setColumns(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (auto it = m_gridCards.begin(); it != m_gridCards.end(); ++it) {
        for (ChartCard* card : it.value())
            it.key()->removeWidget(card);
        int i = 0;
        for (ChartCard* card : it.value()) {
            it.key()->addWidget(card, i / columns, i % columns);
            ++i;
        }
    }
}

void DistributionPanel::setAnnotator(const QString& name)
{
    if (name == m_annotatorName)
        return;
    m_annotatorName = name;
    const int i = m_annotator->findData(name);
    if (i >= 0)
        m_annotator->setCurrentIndex(i);
    refresh();
}

bool DistributionPanel::isComputing() const { return session()->jobs()->isKeyRunning(kJob); }

void DistributionPanel::cancel() { session()->jobs()->cancel(session()->jobs()->current(kJob)); }

void DistributionPanel::refresh()
{
    if (!session()->isOpen())
        return;
    m_status->setText(tr("Computing the distribution…"));
    DistributionOptions options;
    options.annotator = m_annotatorName;
    options.maxThreads = std::max(1, QThread::idealThreadCount() - 1); // the UI thread keeps a core
    JobSpec spec;
    spec.key = kJob; // the latest request wins; the older one stops at its next progress check
    spec.title = tr("Computing the distribution");
    session()->jobs()->start(
        spec,
        [options](ProjectStore& store, Progress& progress) { return computeDistribution(store, options, &progress); },
        this,
        [this](Result<Distribution> distribution) {
            if (!distribution) {
                if (distribution.error().code == ErrorCode::Canceled) {
                    m_status->setText(tr("Canceled. Press Refresh to compute the distribution."));
                    return;
                }
                m_status->setText(distribution.error().toString());
                emit computeFailed(distribution.error().toString());
                return;
            }
            showDistribution(std::make_shared<const Distribution>(std::move(distribution).value()));
            emit distributionReady();
        });
}

void DistributionPanel::updateAnnotatorList()
{
    const QSignalBlocker blocker(m_annotator);
    m_annotator->clear();
    m_annotator->addItem(tr("All annotators"), QString());
    if (m_distribution) {
        for (const QString& name : m_distribution->annotators) {
            if (name != QLatin1String("consensus"))
                m_annotator->addItem(name, name);
        }
    }
    const int i = m_annotator->findData(m_annotatorName);
    m_annotator->setCurrentIndex(i >= 0 ? i : 0);
}

void DistributionPanel::showDistribution(std::shared_ptr<const Distribution> distribution)
{
    m_distribution = std::move(distribution);
    if (!m_distribution) {
        clearCharts();
        return;
    }
    updateAnnotatorList();
    for (const DistributionHistogram& h : m_distribution->histograms)
        fillChart(h);
    const QLocale locale;
    m_status->setText(
        tr("%1 images, %2 labels of %3. Click a bar to show its images.")
            .arg(locale.toString(qlonglong(m_distribution->images)), locale.toString(qlonglong(m_distribution->labels)),
                m_distribution->annotator.isEmpty() ? tr("all annotators (consensus left out)")
                                                    : m_distribution->annotator));
}

void DistributionPanel::clearCharts()
{
    m_barBins.clear();
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        QChart* chart = it.value()->chart();
        chart->removeAllSeries();
        for (QAbstractAxis* axis : chart->axes())
            chart->removeAxis(axis);
        chart->setTitle(QString());
        chart->legend()->hide();
    }
}

ChartCard* DistributionPanel::card(const QString& dimension) const { return m_cards.value(dimension); }

int DistributionPanel::binAt(const QString& dimension, int bar) const
{
    const auto it = m_barBins.find(dimension);
    if (it == m_barBins.end() || bar < 0 || bar >= int(it->size()))
        return -1;
    return (*it)[size_t(bar)];
}

void DistributionPanel::activateBin(const QString& dimension, int bin)
{
    if (!m_distribution || bin < 0)
        return;
    const std::vector<ImageId> images = m_distribution->imagesBehind(dimension, bin);
    emit imagesRequested(m_distribution->describe(dimension, bin), images, QString(), QString());
}

void DistributionPanel::fillChart(const DistributionHistogram& h)
{
    ChartCard* card = m_cards.value(h.dimension);
    if (!card)
        return;
    QChart* chart = card->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    chart->legend()->hide();

    const bool characters = h.dimension.startsWith(QLatin1String("characters_"));
    std::vector<int> bins(h.bins.size());
    std::iota(bins.begin(), bins.end(), 0);
    QString title = h.title;
    if (isNamed(h.dimension) && int(bins.size()) > kMaxBars) {
        std::stable_sort(
            bins.begin(), bins.end(), [&](int a, int b) { return h.bins[size_t(a)].count > h.bins[size_t(b)].count; });
        bins.resize(kMaxBars);
        title = tr("%1: the %2 largest of %3").arg(h.title).arg(kMaxBars).arg(h.bins.size());
    }
    int longest = 0;
    for (int b : bins)
        longest = std::max(longest, int(h.bins[size_t(b)].label.size()));
    const bool horizontal = characters || (isNamed(h.dimension) && (bins.size() > 8 || longest > 14));
    // A horizontal chart lists its first category at the bottom: reverse, so that the first bin is on top.
    if (horizontal)
        std::reverse(bins.begin(), bins.end());

    QStringList categories;
    QList<qreal> values;
    qreal top = 0;
    for (int b : bins) {
        // Axis labels are rich text: "<8" would vanish unescaped.
        categories << h.bins[size_t(b)].label.toHtmlEscaped();
        values << qreal(h.bins[size_t(b)].count);
        top = std::max(top, qreal(h.bins[size_t(b)].count));
    }
    if (bins.empty())
        title = tr("%1: none").arg(h.title);
    chart->setTitle(title.toHtmlEscaped());

    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    auto* set = new QBarSet(h.unitLabel());
    set->append(values);
    // The light theme's white labels vanish outside the bars: the text colour of the palette, light or dark.
    set->setLabelColor(card->palette().color(QPalette::WindowText));
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(15); // counts in full, never 1.2e+06
    chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false);
    categoryAxis->setGridLineVisible(false);
    // Slanted labels when level ones would not fit side by side in a half-width card (about 7 px a character).
    if (!horizontal && int(bins.size()) * (longest * 7 + 12) > 480)
        categoryAxis->setLabelsAngle(-45);
    auto* valueAxis = new QValueAxis;
    // Room above the tallest bar for its count.
    valueAxis->setRange(0, top > 0 ? top * 1.18 : 1);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTruncateLabels(false);
    valueAxis->setTitleText(h.unitLabel());
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);

    m_barBins[h.dimension] = bins;
    const QString dimension = h.dimension;
    connect(series, &QAbstractBarSeries::clicked, this,
        [this, dimension](int index, QBarSet*) { activateBin(dimension, binAt(dimension, index)); });
    connect(series, &QAbstractBarSeries::hovered, this, [this, dimension](bool on, int index, QBarSet*) {
        if (on && m_distribution)
            QToolTip::showText(QCursor::pos(), m_distribution->describe(dimension, binAt(dimension, index)));
        else
            QToolTip::hideText();
    });

    if (horizontal) {
        const int height = std::max(230, 90 + 26 * int(bins.size())); // room for CJK line heights, or labels drop
        card->setMinimumHeight(height);
        card->setMaximumHeight(height);
    } else {
        card->setMinimumHeight(230);
        card->setMaximumHeight(kMaxCardHeight);
    }
    // A script with no characters in this project (say, no Hangul) needs no empty chart.
    card->setVisible(!(characters && bins.empty()));
}

} // namespace lector
