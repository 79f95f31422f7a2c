// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The Predictions panel: a run against the reference, other runs beside it, the overlay the canvas draws, clicks
// that open images, and chart export; then the same evaluation drawn on the main window's canvas.
#include "canvas/canvas_controller.h"
#include "canvas/canvas_scene.h"
#include "main_window.h"
#include "panels/chart_card.h"
#include "panels/prediction_panel.h"
#include "panels/regressions_view.h"
#include "shell/project_session.h"

#include <lector/store/project_store.h>

#include <QChart>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace lector;

namespace {
Region word(double x0, double y0, double x1, double y1, const QString& text, double confidence = -1)
{
    Region r;
    r.polygon = Polygon::fromBox({ x0, y0, x1, y1 });
    r.text = text;
    if (text == QLatin1String("###"))
        r.flags = FlagDontCare;
    if (confidence >= 0)
        r.confidence = confidence;
    return r;
}
}

class PredictionPanelTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QImage page(300, 100, QImage::Format_RGB32);
        page.fill(Qt::white);
        const QString path = m_dir->filePath(QStringLiteral("page.png"));
        QVERIFY(page.save(path));
        m_project = m_dir->filePath(QStringLiteral("p.lector"));
        auto store = ProjectStore::create(m_project);
        QVERIFY(store);
        // Reference: "Total" and "12.50" to find, and a don't-care smudge.
        ImportBatch labels;
        labels.images.push_back({ path, 0, 0,
            { word(10, 10, 60, 30, QStringLiteral("Total")), word(70, 10, 120, 30, QStringLiteral("12.50")),
                word(200, 50, 280, 90, QStringLiteral("###")) },
            {} });
        QVERIFY((*store)->importBatch(labels, ImportTarget::forAnnotator(QStringLiteral("reference"))));
        // m1 finds "Total" (read "Tota1"), misses "12.50", reports a stray box, and one inside the smudge.
        ImportBatch m1;
        m1.images.push_back({ path, 0, 0,
            { word(11, 10, 60, 31, QStringLiteral("Tota1"), 0.9), word(130, 60, 180, 80, QStringLiteral("xx"), 0.3),
                word(210, 55, 270, 85, QStringLiteral("ab"), 0.5) },
            {} });
        QVERIFY((*store)->importBatch(m1, ImportTarget::forRun(QStringLiteral("m1"))));
        // m2 is perfect.
        ImportBatch m2;
        m2.images.push_back({ path, 0, 0,
            { word(10, 10, 60, 30, QStringLiteral("Total"), 0.99),
                word(70, 10, 120, 30, QStringLiteral("12.50"), 0.95) },
            {} });
        QVERIFY((*store)->importBatch(m2, ImportTarget::forRun(QStringLiteral("m2"))));
        m_image = (*(*store)->images()).at(0).id;
    }

    void evaluatesARunAgainstTheReferenceAndComparesRuns()
    {
        ProjectSession session;
        PredictionPanel panel(&session);
        panel.setEager(true);
        QSignalSpy ready(&panel, &PredictionPanel::evaluationReady);
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        QVERIFY(ready.wait(10000));
        QVERIFY(panel.setRun(QStringLiteral("m1")));
        QVERIFY(panel.setGroundTruth(QStringLiteral("reference")));
        panel.refresh();
        QVERIFY(ready.wait(10000));
        const PredictionPanel::Result* result = panel.result();
        QVERIFY(result);
        const DetectionCounts& t = result->report.totals;
        // Care ground truth 2, care detections 2 (the smudge's one set aside), 1 match.
        QCOMPARE(t.groundTruth, 2LL);
        QCOMPARE(t.detections, 2LL);
        QCOMPARE(t.matched, 1LL);
        QCOMPARE(t.precision(), 0.5);
        QCOMPARE(t.recall(), 0.5);
        QCOMPARE(t.wordAccuracy(), 0.0); // "Tota1" is not "Total"
        QCOMPARE(result->otherRuns.size(), size_t(1));
        QCOMPARE(result->otherRuns[0].totals.hmean(), 1.0);
        QVERIFY(!result->report.confusions.empty());
        QCOMPARE(result->report.confusions.front().truth, QStringLiteral("l"));
        QCOMPARE(result->report.confusions.front().detected, QStringLiteral("1"));

        // What the canvas draws: one found, one false, one missed, one set aside.
        const EvaluationOverlay overlay = panel.overlayFor(m_image);
        auto count = [&](EvaluationOverlayRegion::Kind kind) {
            return std::count_if(overlay.begin(), overlay.end(), [kind](const auto& r) { return r.kind == kind; });
        };
        QCOMPARE(count(EvaluationOverlayRegion::Kind::TruePositive), 1);
        QCOMPARE(count(EvaluationOverlayRegion::Kind::FalsePositive), 1);
        QCOMPARE(count(EvaluationOverlayRegion::Kind::Missed), 1);
        QCOMPARE(count(EvaluationOverlayRegion::Kind::SetAside), 1);
        QVERIFY(panel.overlayFor(m_image + 1000).empty());

        // Rows and bars open what is behind them.
        QSignalSpy image(&panel, &PredictionPanel::imageRequested);
        panel.activateImageRow(0);
        QCOMPARE(image.count(), 1);
        QCOMPARE(image.at(0).at(0).value<ImageId>(), m_image);
        QSignalSpy images(&panel, &PredictionPanel::imagesRequested);
        panel.setSliceDimension(QStringLiteral("script"));
        panel.activateSliceBar(0);
        QCOMPARE(images.count(), 1);
        QCOMPARE(images.at(0).at(1).value<std::vector<ImageId>>(), std::vector<ImageId> { m_image });
        QCOMPARE(panel.imagesInSlice(QStringLiteral("script"), QStringLiteral("hangul")), std::vector<ImageId> {});
        panel.activateBatch(0);
        QCOMPARE(images.count(), 2);

        // Cancel: the evaluation stops and the last result stays.
        QSignalSpy failed(&panel, &PredictionPanel::evaluationFailed);
        panel.refresh();
        QVERIFY(panel.isEvaluating());
        panel.cancel();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("Canceled")));
        QVERIFY(!panel.isEvaluating());
        QCOMPARE(panel.result()->report.totals.matched, 1LL);

        // Every chart exports to PNG and SVG.
        for (ChartCard* card : panel.charts()) {
            const QString png = m_dir->filePath(card->exportName() + QStringLiteral(".png"));
            const QString svg = m_dir->filePath(card->exportName() + QStringLiteral(".svg"));
            QString error;
            QVERIFY2(card->exportPng(png, 1.0, &error), qPrintable(error));
            QVERIFY2(card->exportSvg(svg, &error), qPrintable(error));
            QVERIFY(!QImage(png).isNull());
            QFile f(svg);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.readAll().contains("<svg"));
        }
    }

    void theRegressionsTabComparesTheRunWithABaselineSliceBySlice()
    {
        ProjectSession session;
        PredictionPanel panel(&session);
        panel.setEager(true);
        QSignalSpy ready(&panel, &PredictionPanel::evaluationReady);
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        QVERIFY(ready.wait(10000));
        QVERIFY(panel.setRun(QStringLiteral("m1")));
        QVERIFY(panel.setGroundTruth(QStringLiteral("reference")));
        panel.refresh();
        QVERIFY(ready.wait(10000));
        RegressionsView* view = panel.regressions();
        QVERIFY(!view->setBaseline(QStringLiteral("m1"))); // not itself
        QVERIFY(view->setBaseline(QStringLiteral("m2")));
        QSignalSpy compared(view, &RegressionsView::compared);
        view->compare();
        QVERIFY(compared.wait(10000));
        QVERIFY(view->report().has_value());
        QCOMPARE(view->report()->run, QStringLiteral("m1"));
        QCOMPARE(view->report()->baselineRun, QStringLiteral("m2"));
        // m2 reads both words, m1 neither: word accuracy 1 -> 0 on all words; two words are too few to flag.
        const SliceChange& all = view->rows().front();
        QCOMPARE(all.dimension, QStringLiteral("all"));
        QCOMPARE(all.metric, QStringLiteral("recall"));
        const auto accuracy = std::find_if(view->rows().begin(), view->rows().end(), [](const SliceChange& c) {
            return c.dimension == QLatin1String("all") && c.metric == QLatin1String("word_accuracy");
        });
        QVERIFY(accuracy != view->rows().end());
        QCOMPARE(accuracy->baseline, 1.0);
        QCOMPARE(accuracy->current, 0.0);
        QVERIFY(!accuracy->regressed);
        QVERIFY2(view->summaryText().contains(QStringLiteral("no slice fell")), qPrintable(view->summaryText()));
        // A slice's row lists its images.
        QSignalSpy images(&panel, &PredictionPanel::imagesRequested);
        const auto slice = std::find_if(view->rows().begin(), view->rows().end(),
            [](const SliceChange& c) { return c.dimension == QLatin1String("script"); });
        QVERIFY(slice != view->rows().end());
        view->activateRow(int(slice - view->rows().begin()));
        QCOMPARE(images.count(), 1);
        QCOMPARE(images.at(0).at(1).value<std::vector<ImageId>>(), std::vector<ImageId> { m_image });
    }

    void aRunWithoutConfidencesSaysWhyItHasNoAveragePrecision()
    {
        // m3: one detection with a confidence, one without: matched in file order, no AP (the script ranks by it).
        {
            auto store = ProjectStore::open(m_project);
            QVERIFY(store);
            auto images = (*store)->images();
            QVERIFY(images);
            ImportBatch m3;
            m3.images.push_back({ (*store)->absoluteImagePath(images->at(0)), 0, 0,
                { word(10, 10, 60, 30, QStringLiteral("Total"), 0.8), word(70, 10, 120, 30, QStringLiteral("12.50")) },
                {} });
            QVERIFY((*store)->importBatch(m3, ImportTarget::forRun(QStringLiteral("m3"))));
        }
        ProjectSession session;
        PredictionPanel panel(&session);
        panel.setEager(true);
        QSignalSpy ready(&panel, &PredictionPanel::evaluationReady);
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        QVERIFY(ready.wait(10000));
        QVERIFY(panel.setRun(QStringLiteral("m3")));
        QVERIFY(panel.setGroundTruth(QStringLiteral("reference")));
        panel.refresh();
        QVERIFY(ready.wait(10000));
        QCOMPARE(panel.result()->report.options.order, DetectionOrder::File);
        QVERIFY(std::isnan(panel.result()->report.averagePrecision));
        QTableWidget* runs = nullptr;
        for (QTableWidget* t : panel.findChildren<QTableWidget*>()) {
            const int last = t->columnCount() - 1;
            if (last > 0 && t->horizontalHeaderItem(last)
                && t->horizontalHeaderItem(last)->text() == QStringLiteral("AP"))
                runs = t;
        }
        QVERIFY(runs);
        bool seen = false;
        for (int row = 0; row < runs->rowCount(); ++row) {
            if (runs->item(row, 0)->text() != QStringLiteral("m3"))
                continue;
            QTableWidgetItem* ap = runs->item(row, runs->columnCount() - 1);
            QCOMPARE(ap->text(), QStringLiteral("n/a"));
            QVERIFY2(ap->toolTip().contains(QStringLiteral("file order")), qPrintable(ap->toolTip()));
            seen = true;
        }
        QVERIFY(seen);
    }

    void theCanvasDrawsTheEvaluation()
    {
        MainWindow w;
        w.setEagerPanels(true);
        QSignalSpy ready(w.predictions(), &PredictionPanel::evaluationReady);
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        QVERIFY(ready.wait(10000));
        // The newest run (m2) is evaluated first: all found.
        CanvasScene* scene = w.canvas()->scene();
        QCOMPARE(scene->evaluationOverlayCount(EvaluationOverlayRegion::Kind::TruePositive), 2);
        QCOMPARE(scene->evaluationOverlayCount(EvaluationOverlayRegion::Kind::Missed), 0);
        QVERIFY(w.predictions()->setRun(QStringLiteral("m1")));
        w.predictions()->refresh();
        QVERIFY(ready.wait(10000));
        QCOMPARE(scene->evaluationOverlayCount(EvaluationOverlayRegion::Kind::TruePositive), 1);
        QCOMPARE(scene->evaluationOverlayCount(EvaluationOverlayRegion::Kind::FalsePositive), 1);
        QCOMPARE(scene->evaluationOverlayCount(EvaluationOverlayRegion::Kind::Missed), 1);
        // View ▸ Evaluation Overlay turns it off.
        auto* toggle = w.findChild<QAction*>(QStringLiteral("view.evaluationOverlay"));
        QVERIFY(toggle);
        toggle->setChecked(false);
        QCOMPARE(scene->evaluationOverlayCount(EvaluationOverlayRegion::Kind::Missed), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    ImageId m_image = 0;
};

QTEST_MAIN(PredictionPanelTest)
#include "prediction_panel_test.moc"
