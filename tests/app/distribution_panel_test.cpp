// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The data distribution panel on a hand-made project whose counts are known: it computes off the UI thread, draws
// one chart per dimension, a mouse click on a bar gives the images behind it, the annotator filter recomputes,
// and every chart exports to a PNG of the requested size and to a well-formed SVG.
#include "panels/chart_card.h"
#include "panels/chart_export.h"
#include "panels/distribution_panel.h"
#include "shell/project_session.h"

#include <lector/store/project_store.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QMenu>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace lector;

namespace {

Region word(double y0, double height, const QString& text)
{
    Region r;
    r.polygon = Polygon::fromBox({ 10, y0, 90, y0 + height });
    r.text = text;
    return r;
}

/// Pixels that are not (near) white: the chart drew something.
int inkPixels(const QImage& image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (qGray(image.pixel(x, y)) < 200)
                ++ink;
        }
    }
    return ink;
}

/// Clicks the middle of bar `bar` of the chart's only bar series, as a user does.
void clickBar(QChartView* view, int bar)
{
    QChart* chart = view->chart();
    auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
    QVERIFY(series);
    const qreal value = series->barSets().value(0)->at(bar);
    const bool horizontal = qobject_cast<QHorizontalBarSeries*>(series) != nullptr;
    const QPointF inChart
        = chart->mapToPosition(horizontal ? QPointF(value / 2, bar) : QPointF(bar, value / 2), series);
    const QPoint inView = view->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
}

} // namespace

class DistributionPanelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Six images; "ann" labels five of them, "bob" the first again. Heights: 20 px (16–32), 10 (8–16),
        // 40 (32–64), 50 (32–64).
        ImportBatch batch;
        for (int i = 0; i < 6; ++i) {
            QImage image(200, 100, QImage::Format_RGB32);
            image.fill(Qt::white);
            image.setPixel(i, 0, qRgb(0, 0, i + 1));
            const QString path = m_dir.filePath(QStringLiteral("img%1.png").arg(i));
            QVERIFY(image.save(path));
            batch.images.push_back({ path, 0, 0, {}, {} });
        }
        batch.images[0].regions = { word(0, 20, QStringLiteral("abc")), word(30, 20, QStringLiteral("abc")),
            word(60, 20, QStringLiteral("abc")) };
        batch.images[1].regions = { word(0, 10, QStringLiteral("ab")) };
        batch.images[2].regions = { word(0, 40, QStringLiteral("a1")), word(50, 40, QStringLiteral("a1")) };
        batch.images[4].regions = { word(0, 20, QStringLiteral("x")) };
        batch.images[5].regions = { word(0, 50, QStringLiteral("<&>")) };
        m_path = m_dir.filePath(QStringLiteral("d.lector"));
        auto store = ProjectStore::create(m_path);
        QVERIFY(store);
        QVERIFY((*store)->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("ann"))));
        ImportBatch again;
        again.images.push_back({ batch.images[0].imagePath, 0, 0,
            { word(0, 20, QStringLiteral("abd")), word(30, 20, QStringLiteral("abd")) }, {} });
        QVERIFY((*store)->importBatch(again, ImportTarget::forAnnotator(QStringLiteral("bob"))));
        auto images = (*store)->images();
        QVERIFY(images);
        for (const ImageRecord& r : *images)
            m_ids.push_back(r.id);
        QVERIFY(
            (*store)->setImageBatch({ m_ids[0], m_ids[1], m_ids[2] }, QStringLiteral("b1"), QStringLiteral("train")));
        QVERIFY((*store)->setImageBatch({ m_ids[3], m_ids[4], m_ids[5] }, QStringLiteral("b2"), QStringLiteral("val")));
    }

    void computesOffTheUiThreadAndDrawsEveryDimension()
    {
        ProjectSession session;
        DistributionPanel panel(&session);
        panel.setEager(true); // computes without being on screen
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy ready(&panel, &DistributionPanel::distributionReady);
        QVERIFY(session.open(m_path, QStringLiteral("ann")));
        // Opening only starts the worker: the distribution comes later, through the event loop.
        QVERIFY(panel.isComputing());
        QVERIFY(!panel.distribution());
        QCOMPARE(ready.count(), 0);
        QVERIFY(ready.wait(10000));
        QVERIFY(!panel.isComputing());
        const Distribution* d = panel.distribution();
        QVERIFY(d);
        QCOMPARE(d->images, 6);
        QCOMPARE(d->labels, 10);

        for (const QString& dimension : distributionDimensions()) {
            ChartCard* card = panel.card(dimension);
            QVERIFY2(card, qPrintable(dimension));
            if (dimension == QLatin1String("characters_hangul") || dimension == QLatin1String("characters_other")) {
                QVERIFY2(card->isHidden(), qPrintable(dimension)); // none in this project
                continue;
            }
            QVERIFY2(!card->chart()->title().isEmpty(), qPrintable(dimension));
            auto* series = qobject_cast<QAbstractBarSeries*>(card->chart()->series().value(0));
            QVERIFY2(series, qPrintable(dimension));
            // The bars are the histogram's counts, bar by bar.
            const DistributionHistogram* h = d->histogram(dimension);
            QBarSet* set = series->barSets().value(0);
            QCOMPARE(set->count(), int(h->bins.size()));
            for (int bar = 0; bar < set->count(); ++bar)
                QCOMPARE(qint64(set->at(bar)), h->bins[size_t(panel.binAt(dimension, bar))].count);
            // Labels are never truncated with "...", and "<8" is escaped so that the rich-text label shows.
            for (QAbstractAxis* axis : card->chart()->axes())
                QVERIFY(!axis->truncateLabels());
        }
        auto* heightAxis = qobject_cast<QBarCategoryAxis*>(
            panel.card(QStringLiteral("box_height"))->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(heightAxis);
        QCOMPARE(heightAxis->categories().value(0), QStringLiteral("&lt;8"));
        QCOMPARE(heightAxis->categories().value(2), QStringLiteral("16–32"));
    }

    void aClickOnABarSelectsTheImagesBehindIt()
    {
        ProjectSession session;
        DistributionPanel panel(&session);
        panel.setEager(true); // computes without being on screen
        panel.resize(1000, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy ready(&panel, &DistributionPanel::distributionReady);
        QVERIFY(session.open(m_path, QStringLiteral("ann")));
        QVERIFY(ready.wait(10000));
        QString description;
        std::vector<ImageId> images;
        int emitted = 0;
        connect(&panel, &DistributionPanel::imagesRequested, this,
            [&](const QString& text, const std::vector<ImageId>& ids, const QString&, const QString&) {
                description = text;
                images = ids;
                ++emitted;
            });

        // Box height 16–32 px: ann's three boxes on image 0 and one on image 4, bob's two on image 0.
        QTabWidget* tabs = panel.findChild<QTabWidget*>();
        tabs->setCurrentIndex(1);
        QTest::qWait(50);
        ChartCard* height = panel.card(QStringLiteral("box_height"));
        QCOMPARE(panel.binAt(QStringLiteral("box_height"), 2), 2);
        clickBar(height->view(), 2);
        QCOMPARE(emitted, 1);
        QCOMPARE(images, (std::vector<ImageId> { m_ids[0], m_ids[4] }));
        QCOMPARE(description, QStringLiteral("box height 16–32 px: 6 boxes on 2 images"));

        // Latin characters, a horizontal chart with the most frequent on top: "a" (3 + 1 + 2 + 2 = 8 times on
        // images 0, 1 and 2). The top bar is the last category.
        tabs->setCurrentIndex(3);
        QTest::qWait(50);
        ChartCard* latin = panel.card(QStringLiteral("characters_latin"));
        auto* series = qobject_cast<QHorizontalBarSeries*>(latin->chart()->series().value(0));
        QVERIFY(series);
        const int topBar = series->barSets().value(0)->count() - 1;
        QCOMPARE(series->barSets().value(0)->at(topBar), 8.0);
        clickBar(latin->view(), topBar);
        QCOMPARE(emitted, 2);
        QCOMPARE(images, (std::vector<ImageId> { m_ids[0], m_ids[1], m_ids[2] }));
        QCOMPARE(description, QStringLiteral("latin character “a”: 8 occurrences on 3 images"));

        // Images per batch: b2 holds images 3, 4 and 5.
        tabs->setCurrentIndex(0);
        QTest::qWait(50);
        const DistributionHistogram* batches = panel.distribution()->histogram(QStringLiteral("batch"));
        int b2Bar = -1;
        for (int bar = 0; bar < int(batches->bins.size()); ++bar) {
            if (batches->bins[size_t(panel.binAt(QStringLiteral("batch"), bar))].label == QLatin1String("b2"))
                b2Bar = bar;
        }
        QVERIFY(b2Bar >= 0);
        clickBar(panel.card(QStringLiteral("batch"))->view(), b2Bar);
        QCOMPARE(emitted, 3);
        QCOMPARE(images, (std::vector<ImageId> { m_ids[3], m_ids[4], m_ids[5] }));
        QCOMPARE(description, QStringLiteral("batch b2: 3 images"));
    }

    void aNarrowDockStacksTheCharts()
    {
        ProjectSession session;
        DistributionPanel panel(&session);
        panel.setEager(true); // computes without being on screen
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const ChartCard* batch = panel.card(QStringLiteral("batch"));
        const ChartCard* split = panel.card(QStringLiteral("split"));
        QTRY_VERIFY(split->geometry().left() > batch->geometry().right()); // side by side
        panel.resize(420, 700);
        QTRY_VERIFY(split->geometry().top() > batch->geometry().bottom()); // one under the other
        QVERIFY(panel.card(QStringLiteral("batch"))->width() <= 420);
        panel.resize(1000, 700);
        QTRY_VERIFY(split->geometry().left() > batch->geometry().right());
    }

    void theAnnotatorFilterRecomputes()
    {
        ProjectSession session;
        DistributionPanel panel(&session);
        panel.setEager(true); // computes without being on screen
        QSignalSpy ready(&panel, &DistributionPanel::distributionReady);
        QVERIFY(session.open(m_path, QStringLiteral("ann")));
        QVERIFY(ready.wait(10000));
        auto* combo = panel.findChild<QComboBox*>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3); // all, ann, bob
        panel.setAnnotator(QStringLiteral("bob"));
        QVERIFY(ready.wait(10000));
        QCOMPARE(panel.distribution()->labels, 2);
        QCOMPARE(panel.distribution()->annotator, QStringLiteral("bob"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("bob"));
        // Words per image: bob labeled image 0 only; the other five have none.
        QCOMPARE(panel.distribution()->imagesBehind(QStringLiteral("words_per_image"), QStringLiteral("0")).size(),
            size_t(5));
    }

    void chartsExportToPngAndSvg()
    {
        ProjectSession session;
        DistributionPanel panel(&session);
        panel.setEager(true); // computes without being on screen
        QSignalSpy ready(&panel, &DistributionPanel::distributionReady);
        QVERIFY(session.open(m_path, QStringLiteral("ann")));
        QVERIFY(ready.wait(10000));
        // The panel was never shown: export lays the chart out at the asked size anyway.
        ChartCard* card = panel.card(QStringLiteral("box_height"));
        card->setExportSize(QSize(640, 320));
        const QString png = m_dir.filePath(QStringLiteral("height.png"));
        QSignalSpy exported(card, &ChartCard::exported);
        QString error;
        QVERIFY2(card->exportPng(png, 2.0, &error), qPrintable(error));
        QCOMPARE(exported.count(), 1);
        QImage image;
        QVERIFY(image.load(png));
        QCOMPARE(image.size(), QSize(1280, 640));
        QVERIFY(inkPixels(image) > 1000);

        const QString svg = m_dir.filePath(QStringLiteral("height.svg"));
        QVERIFY2(card->exportSvg(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Box height (px)"));
        QXmlStreamReader xml(text);
        int elements = 0;
        QString viewBox;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                ++elements;
                if (xml.name() == QLatin1String("svg"))
                    viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(elements > 20);
        QCOMPARE(viewBox, QStringLiteral("0 0 640 320"));
        // Qt's own SVG renderer draws it back: bars, axes and text, not an empty page.
        QSvgRenderer renderer(text);
        QVERIFY(renderer.isValid());
        QImage drawn(640, 320, QImage::Format_ARGB32);
        drawn.fill(Qt::white);
        QPainter painter(&drawn);
        renderer.render(&painter);
        painter.end();
        QVERIFY(inkPixels(drawn) > 250);

        // Errors name the file.
        QVERIFY(!card->exportPng(m_dir.filePath(QStringLiteral("no/such/dir/x.png")), 1.0, &error));
        QVERIFY(error.contains(QStringLiteral("x.png")));
        // The card's menu offers PNG and SVG.
        QStringList actions;
        for (QAction* a : card->exportMenu()->actions())
            actions << a->text();
        QVERIFY(actions.join(QLatin1Char('|')).contains(QStringLiteral("PNG")));
        QVERIFY(actions.join(QLatin1Char('|')).contains(QStringLiteral("SVG")));
    }

    void aChartOutsideAnyViewRenders()
    {
        QChart chart;
        auto* line = new QLineSeries;
        line->append(0, 0);
        line->append(10, 10);
        chart.addSeries(line);
        chart.createDefaultAxes();
        chart.setTitle(QStringLiteral("line"));
        const QImage image = renderChart(&chart, QSize(300, 200), 1.0);
        QCOMPARE(image.size(), QSize(300, 200));
        QVERIFY(inkPixels(image) > 100);
        QVERIFY(chart.scene() == nullptr);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::vector<ImageId> m_ids;
};

QTEST_MAIN(DistributionPanelTest)
#include "distribution_panel_test.moc"
