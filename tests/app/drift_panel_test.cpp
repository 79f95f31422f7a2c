// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The lead's Drift panel: the first and the last batch compared on a worker when it is first shown, the core's
// report drawn as it is (verdict, a row per property, drifted rows marked), the selected property's histograms of
// both sides overlaid, other sides typed in, and the current side's images handed to the browser.
#include "panels/chart_card.h"
#include "panels/drift_panel.h"
#include "shell/project_session.h"

#include <lector/analysis/drift.h>
#include <lector/store/project_store.h>

#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <random>

using namespace lector;

class DriftPanelTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto store = ProjectStore::create(m_dir->filePath(QStringLiteral("d.lector")));
        QVERIFY(store);
        m_store = std::move(store).value();
        std::mt19937 rng(4);
        std::uniform_real_distribution<double> unit(0, 1);
        for (int b = 0; b < 2; ++b) {
            // The second batch: darker paper, out of focus, mostly Korean.
            const bool drifted = b == 1;
            ImportBatch batch;
            for (int i = 0; i < 16; ++i) {
                cv::Mat page(320, 240, CV_8UC1, cv::Scalar(drifted ? 160 + 10 * unit(rng) : 240 + 10 * unit(rng)));
                for (int y = 30; y < 290; y += 24)
                    for (int x = 20; x < 200; x += 50)
                        cv::rectangle(page, cv::Rect(x, y, 20 + int(20 * unit(rng)), 10), cv::Scalar(30), cv::FILLED);
                cv::GaussianBlur(page, page, cv::Size(0, 0), drifted ? 2.2 : 0.5);
                const QString path = m_dir->filePath(QStringLiteral("b%1_%2.png").arg(b).arg(i));
                QVERIFY(cv::imwrite(path.toStdString(), page));
                ImportedImage image;
                image.imagePath = path;
                for (int w = 0; w < 12; ++w) {
                    Region r;
                    r.polygon = Polygon::fromBox(
                        { 20.0 + 50 * (w % 4), 30.0 + 24 * (w / 4), 45.0 + 50 * (w % 4), 40.0 + 24 * (w / 4) });
                    r.text = unit(rng) < (drifted ? 0.7 : 0.05) ? QStringLiteral("합계") : QStringLiteral("total");
                    image.regions.push_back(r);
                }
                batch.images.push_back(image);
            }
            ImportTarget target = ImportTarget::forAnnotator(QStringLiteral("reference"), Role::Lead);
            target.batch = QStringLiteral("batch-%1").arg(b + 1);
            QVERIFY(m_store->importBatch(batch, target));
        }
        m_session = std::make_unique<ProjectSession>();
    }

    void cleanup() { m_session.reset(); }

    void comparesTheFirstAndLastBatchWhenShownAndDrawsTheCoresReport()
    {
        DriftPanel panel(m_session.get());
        panel.setEager(true); // computes as if on screen
        QSignalSpy compared(&panel, &DriftPanel::compared);
        QVERIFY(m_session->open(m_store->path(), QStringLiteral("lea"), Role::Lead));
        QVERIFY(compared.wait(20000));
        QCOMPARE(panel.baselineText(), QStringLiteral("batch-1"));
        QCOMPARE(panel.currentText(), QStringLiteral("batch-2"));
        QVERIFY2(panel.report().has_value(), qPrintable(panel.statusText()));
        const DriftReport& shown = *panel.report();

        // The core's report over the same store: the panel draws it and computes nothing of its own.
        auto expected = computeDrift(
            *m_store, *parseDriftSelection(QStringLiteral("batch-1")), *parseDriftSelection(QStringLiteral("batch-2")));
        QVERIFY(expected);
        QCOMPARE(panel.verdictText(), expected->verdict());
        QVERIFY(expected->datasetDrift);
        QTableWidget* table = panel.table();
        QCOMPARE(table->rowCount(), int(expected->properties.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            const PropertyDrift& p = expected->properties[std::size_t(row)];
            QCOMPARE(shown.properties[std::size_t(row)].score, p.score);
            QCOMPARE(table->item(row, 0)->text(), QString(p.key).replace(QLatin1Char('_'), QLatin1Char(' ')));
            QVERIFY2(table->item(row, 0)->toolTip().contains(p.verdict()), qPrintable(p.key));
            QVERIFY2(table->item(row, 0)->toolTip().startsWith(p.title), qPrintable(p.key));
            if (p.judged())
                QCOMPARE(table->item(row, 4)->text(), QString::number(p.psi, 'f', 2));
            // Drifted rows are marked, the others not.
            QCOMPARE(table->item(row, 3)->background().style() != Qt::NoBrush, p.drifted);
        }
        QVERIFY(expected->property(QStringLiteral("brightness"))->drifted);
        QVERIFY(expected->property(QStringLiteral("sharpness"))->drifted);
        QVERIFY(expected->property(QStringLiteral("script"))->drifted);

        // The first drifted property is shown: both sides' histograms as two overlaid areas over its bins.
        const PropertyDrift* first = nullptr;
        for (const PropertyDrift& p : expected->properties) {
            if (p.drifted && !first)
                first = &p;
        }
        QVERIFY(first);
        QCOMPARE(panel.shownProperty(), first->key);
        QChart* chart = panel.chartCard()->chart();
        QCOMPARE(chart->series().size(), 2);
        auto* baselineArea = qobject_cast<QAreaSeries*>(chart->series().at(0));
        auto* currentArea = qobject_cast<QAreaSeries*>(chart->series().at(1));
        QVERIFY(baselineArea && currentArea);
        QCOMPARE(baselineArea->name(), QStringLiteral("batch-1"));
        QCOMPARE(currentArea->name(), QStringLiteral("batch-2"));
        QVERIFY(panel.chartCard()->view()->toolTip().contains(first->verdict()));
        const QList<QPointF> steps = currentArea->upperSeries()->points();
        QCOMPARE(steps.size(), int(2 * first->currentShares.size()));
        for (std::size_t k = 0; k < first->currentShares.size(); ++k) {
            QCOMPARE(steps[int(2 * k)].x(), first->binEdges[k]);
            QCOMPARE(steps[int(2 * k)].y(), first->currentShares[k]);
        }

        // A categorical property: grouped bars of both sides' shares over its categories.
        table->setCurrentCell(table->rowCount() - 3, 0); // script
        QCOMPARE(panel.shownProperty(), QStringLiteral("script"));
        QCOMPARE(chart->series().size(), 1);
        auto* bars = qobject_cast<QBarSeries*>(chart->series().at(0));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        const PropertyDrift* script = expected->property(QStringLiteral("script"));
        for (int k = 0; k < int(script->currentShares.size()); ++k)
            QCOMPARE(bars->barSets().at(1)->at(k), script->currentShares[std::size_t(k)]);

        // The current side's images go to the browser.
        QSignalSpy asked(&panel, &SessionPanel::imagesRequested);
        panel.showCurrentImages();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(1).value<std::vector<ImageId>>(), expected->currentIds);
        QCOMPARE(expected->currentIds.size(), std::size_t(16));
    }

    void typedSidesAreComparedAndBadOnesNamed()
    {
        DriftPanel panel(m_session.get());
        QVERIFY(m_session->open(m_store->path(), QStringLiteral("lea"), Role::Lead));
        QSignalSpy compared(&panel, &DriftPanel::compared);
        panel.setSides(QStringLiteral("batch-1"), QStringLiteral("batch-7"));
        panel.compare();
        QVERIFY(compared.wait(20000));
        QVERIFY2(panel.statusText().contains(QStringLiteral("batch-7")), qPrintable(panel.statusText()));
        QVERIFY(!panel.report().has_value());
        panel.setSides(QStringLiteral("2026-03-09..2026-03-01"), QStringLiteral("batch-2"));
        panel.compare();
        QVERIFY(panel.statusText().contains(QStringLiteral("2026-03-09..2026-03-01")));
        // A range of days that holds every image, against the batch it holds first: the rest is the current side.
        panel.setSides(QStringLiteral("batch-2"), QStringLiteral("2000-01-01..2199-12-31"));
        panel.compare();
        QVERIFY(compared.wait(20000));
        QVERIFY2(panel.report().has_value(), qPrintable(panel.statusText()));
        QCOMPARE(panel.report()->baselineImages, 16);
        QCOMPARE(panel.report()->currentImages, 16);
        QVERIFY(panel.report()->datasetDrift);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectSession> m_session;
};

QTEST_MAIN(DriftPanelTest)
#include "drift_panel_test.moc"
