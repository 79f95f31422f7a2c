// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The reviewer's flow: consensus builds the queue, a key settles a conflict, the accepted version becomes the
// consensus label, a guideline gap saves its crop into the guideline's special cases.
#include "canvas/canvas_controller.h"
#include "canvas/canvas_legend.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/qt_geometry.h"
#include "main_window.h"
#include "panels/agreement_trend.h"
#include "panels/dashboard_panel.h"
#include "panels/guideline_dock.h"
#include "panels/region_comparison_view.h"
#include "panels/review_panel.h"
#include "shell/project_session.h"

#include <lector/analysis/consensus.h>
#include <lector/demo/demo_generator.h>
#include <lector/metrics/agreement_report.h>
#include <lector/store/agreement_history.h>
#include <lector/store/conflict_repository.h>
#include <lector/store/project_store.h>

#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QImage>
#include <QMainWindow>
#include <QPainter>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace lector;

namespace {
Region box(double x0, double y0, double x1, double y1, const QString& text)
{
    Region r;
    r.polygon = Polygon::fromBox({ x0, y0, x1, y1 });
    r.text = text;
    return r;
}
}

class ReviewPanelTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QImage page(400, 120, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter p(&page);
        p.drawText(20, 40, QStringLiteral("Total 12.50"));
        p.end();
        const QString image = m_dir->filePath(QStringLiteral("page.png"));
        QVERIFY(page.save(image));
        auto store = ProjectStore::create(m_dir->filePath(QStringLiteral("r.lector")));
        QVERIFY(store);
        m_store = std::move(store).value();
        ImportBatch batch;
        batch.images.push_back({ image, 0, 0, {}, {} });
        QVERIFY(m_store->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("seed"))));
        const ImageId id = (*m_store->images()).at(0).id;
        // Word 1 "Total": all agree. Word 2: alice and bob read "12.50", chloe "12.5O" (text conflict).
        // Word 3 at x 200: only alice drew it (missing for the others).
        const std::vector<std::pair<QString, std::vector<Region>>> people {
            { QStringLiteral("alice"),
                { box(18, 28, 60, 44, QStringLiteral("Total")), box(64, 28, 100, 44, QStringLiteral("12.50")),
                    box(200, 60, 260, 80, QStringLiteral("extra")) } },
            { QStringLiteral("bob"),
                { box(18, 28, 61, 44, QStringLiteral("Total")), box(64, 28, 101, 44, QStringLiteral("12.50")) } },
            { QStringLiteral("chloe"),
                { box(17, 27, 60, 45, QStringLiteral("Total")), box(63, 28, 100, 44, QStringLiteral("12.5O")) } },
        };
        for (const auto& [name, regions] : people) {
            const AnnotatorId who = *m_store->ensureAnnotator(name);
            std::vector<Annotation> anns;
            for (const Region& r : regions) {
                Annotation a;
                a.image = id;
                a.annotator = who;
                a.region = r;
                anns.push_back(a);
            }
            QVERIFY(m_store->addAnnotations(anns));
        }
        auto summary = buildConsensus(*m_store, ConsensusOptions {});
        QVERIFY(summary);
        QCOMPARE(summary->conflicts, 2);
        m_session = std::make_unique<ProjectSession>();
    }

    void cleanup() { m_session.reset(); }

    void queueListsConflictsMostSevereFirstAndFilters()
    {
        ReviewPanel panel(m_session.get());
        QVERIFY(open(QStringLiteral("rita")));
        QCOMPARE(panel.queueSize(), 2);
        auto all = ConflictRepository(*m_store).list({});
        QVERIFY(all->at(0).severity >= all->at(1).severity);
        QCOMPARE(panel.currentConflict(), all->at(0).id);
        auto* kind = panel.findChildren<QComboBox*>().at(1);
        kind->setCurrentIndex(kind->findData(QStringLiteral("text")));
        QCOMPARE(panel.queueSize(), 1);
    }

    void acceptingAVersionSettlesItAndSetsTheConsensus()
    {
        ReviewPanel panel(m_session.get());
        QVERIFY(open(QStringLiteral("rita")));
        // The text conflict: the reviewer accepts chloe's reading (index 2), against the majority.
        ConflictFilter textOnly;
        textOnly.status = ConflictStatus::Open;
        textOnly.kind = QStringLiteral("text");
        auto textConflicts = ConflictRepository(*m_store).list(textOnly);
        QCOMPARE(textConflicts->size(), size_t(1));
        const Conflict c = textConflicts->at(0);
        for (int row = 0; row < panel.queueSize(); ++row) {
            panel.selectRow(row);
            if (panel.currentConflict() == c.id)
                break;
        }
        QSignalSpy resolved(&panel, &ReviewPanel::resolved);
        QVERIFY(panel.acceptMember(2)); // chloe's "12.5O", against the majority: the reviewer decides
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(panel.queueSize(), 1);
        auto after = ConflictRepository(*m_store).conflict(c.id);
        QCOMPARE((*after)->status, ConflictStatus::Resolved);
        QCOMPARE((*after)->resolution, ConflictResolution::AcceptedAnnotator);
        QCOMPARE((*after)->reviewer, QStringLiteral("rita"));
        QVERIFY((*after)->resolvedAt > 0);
        QVERIFY(c.consensus != 0);
        QCOMPARE((*m_store->annotation(c.consensus))->region.text, QStringLiteral("12.5O"));
        auto rita = m_store->findAnnotator(QStringLiteral("rita"));
        QCOMPARE((*rita)->role, Role::Reviewer);
    }

    void aSettlementIsOneStepOfTheProjectHistory()
    {
        ReviewPanel panel(m_session.get());
        QVERIFY(open(QStringLiteral("rita")));
        ConflictFilter textOnly;
        textOnly.kind = QStringLiteral("text");
        const Conflict c = ConflictRepository(*m_store).list(textOnly)->at(0);
        const QString voted = (*m_store->annotation(c.consensus))->region.text;
        for (int row = 0; row < panel.queueSize() && panel.currentConflict() != c.id; ++row)
            panel.selectRow(row);
        QCOMPARE(panel.currentConflict(), c.id);
        QUndoStack* history = m_session->history();
        QCOMPARE(history->count(), 0);
        QVERIFY(panel.acceptMember(2));
        QCOMPARE(history->count(), 1);
        QCOMPARE(panel.queueSize(), 1);
        QCOMPARE((*m_store->annotation(c.consensus))->region.text, QStringLiteral("12.5O"));
        // Undo in the panel (its Undo action, Ctrl+Z inside it): open again, the voted text back, in the queue.
        auto* undo = panel.findChild<QAction*>(QStringLiteral("review.undo"));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QCOMPARE((*ConflictRepository(*m_store).conflict(c.id))->status, ConflictStatus::Open);
        QCOMPARE((*m_store->annotation(c.consensus))->region.text, voted);
        QCOMPARE(panel.queueSize(), 2);
        auto log = m_store->editLog();
        QCOMPARE(log->back().reason, EditReason::Undo);
        // Redo settles it again, the same way.
        history->redo();
        QCOMPARE((*ConflictRepository(*m_store).conflict(c.id))->resolution, ConflictResolution::AcceptedAnnotator);
        QCOMPARE((*m_store->annotation(c.consensus))->region.text, QStringLiteral("12.5O"));
        QCOMPARE(panel.queueSize(), 1);
    }

    void aRefusedSettlementSaysWhyAndIsNoStep()
    {
        ReviewPanel panel(m_session.get());
        QVERIFY(open(QStringLiteral("rita")));
        const std::int64_t id = panel.currentConflict();
        // Another reviewer settles it first, from another connection.
        SettleDecision other;
        other.resolution = ConflictResolution::Edited;
        other.reviewer = QStringLiteral("sam");
        QVERIFY(ConflictRepository(*m_store).settle(id, other));
        QSignalSpy failed(&panel, &ReviewPanel::settleFailed);
        QVERIFY(!panel.markEdited(QStringLiteral("late")));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(panel.lastError().contains(QStringLiteral("settled already")), qPrintable(panel.lastError()));
        QCOMPARE(m_session->history()->count(), 0);
        QCOMPARE((*ConflictRepository(*m_store).conflict(id))->reviewer, QStringLiteral("sam"));
    }

    void markingEditedRecordsTheResolution()
    {
        ReviewPanel panel(m_session.get());
        QVERIFY(open(QStringLiteral("rita")));
        const std::int64_t id = panel.currentConflict();
        QVERIFY(panel.markEdited(QStringLiteral("fixed on the canvas")));
        auto c = ConflictRepository(*m_store).conflict(id);
        QCOMPARE((*c)->resolution, ConflictResolution::Edited);
        QCOMPARE((*c)->note, QStringLiteral("fixed on the canvas"));
        QCOMPARE(panel.queueSize(), 1);
    }

    void aGuidelineGapSavesItsCropIntoTheGuideline()
    {
        ReviewPanel panel(m_session.get());
        panel.resize(500, 400);
        QVERIFY(open(QStringLiteral("rita")));
        const std::int64_t id = panel.currentConflict();
        QVERIFY(panel.markGuidelineGap(QStringLiteral("stray words in margins: box them?")));
        const QString crop = QDir(panel.galleryDir()).filePath(QStringLiteral("conflict-%1.png").arg(id));
        QVERIFY2(QFileInfo::exists(crop), qPrintable(crop));
        QVERIFY(!QImage(crop).isNull());
        QCOMPARE((*ConflictRepository(*m_store).conflict(id))->status, ConflictStatus::GuidelineGap);
        QVERIFY(m_store->publishGuideline(QStringLiteral("# Boxes"), QString(), QStringLiteral("lea")));
        GuidelineDock dock(m_session.get());
        dock.reload();
        QVERIFY(dock.renderedText().contains(QStringLiteral("Special cases from review")));
        QVERIFY(dock.renderedText().contains(QStringLiteral("stray words in margins")));
    }

    void dashboardBarsAndRowsOpenTheImagesBehindThem()
    {
        // A second page that only alice and bob label, with Hangul words: chloe never saw it.
        QImage page(300, 100, QImage::Format_RGB32);
        page.fill(Qt::white);
        const QString path = m_dir->filePath(QStringLiteral("page2.png"));
        QVERIFY(page.save(path));
        ImportBatch batch;
        batch.images.push_back({ path, 0, 0, {}, {} });
        QVERIFY(m_store->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("seed"))));
        const ImageId first = (*m_store->images()).at(0).id;
        const ImageId second = (*m_store->images()).at(1).id;
        for (const char* name : { "alice", "bob" }) {
            Annotation a;
            a.image = second;
            a.annotator = *m_store->ensureAnnotator(QString::fromLatin1(name));
            a.region = box(10, 10, 60, 40, QStringLiteral("한국"));
            QVERIFY(m_store->addAnnotations({ a }));
        }
        DashboardPanel dashboard(m_session.get());
        dashboard.setEager(true);
        QSignalSpy ready(&dashboard, &DashboardPanel::summaryReady);
        QVERIFY(open(QStringLiteral("lea"), Role::Lead));
        QVERIFY(ready.wait(10000));
        QSignalSpy requested(&dashboard, &DashboardPanel::imagesRequested);
        auto images = [&] { return requested.takeLast().at(1).value<std::vector<ImageId>>(); };
        const auto& pairs = dashboard.summary()->agreement.pairs;
        auto pairIndex = [&](const char* a, const char* b) {
            for (size_t i = 0; i < pairs.size(); ++i)
                if (pairs[i].a == QLatin1String(a) && pairs[i].b == QLatin1String(b))
                    return static_cast<int>(i);
            return -1;
        };
        // alice / bob labeled both pages; page 1 (F1 2/3: alice's "extra") is worse than page 2 (F1 1).
        dashboard.activatePair(pairIndex("alice", "bob"));
        QCOMPARE(images(), (std::vector<ImageId> { first, second }));
        dashboard.activatePair(pairIndex("alice", "chloe"));
        QCOMPARE(images(), (std::vector<ImageId> { first }));
        dashboard.activateAnnotator(QStringLiteral("chloe"));
        QCOMPARE(images(), (std::vector<ImageId> { first }));
        dashboard.activateAnnotator(QStringLiteral("bob"));
        QCOMPARE(images(), (std::vector<ImageId> { first, second }));
        // The slice bar of Hangul words holds page 2 only, and names the slice for the canvas.
        dashboard.setSliceDimension(QStringLiteral("script"));
        const QualitySummary& s = *dashboard.summary();
        int hangul = -1, bar = 0;
        for (const SliceFigures& sl : s.agreement.perSlice)
            if (sl.dimension == QLatin1String("script")) {
                if (sl.bin == QLatin1String("hangul"))
                    hangul = bar;
                ++bar;
            }
        QVERIFY(hangul >= 0);
        // Legends cut short in a narrow dock show their whole names on hover.
        for (QChartView* view : dashboard.findChildren<QChartView*>())
            if (view->chart()->legend()->isVisible())
                QVERIFY(view->chart()->legend()->showToolTips());
        dashboard.activateSliceBar(hangul);
        const QList<QVariant> args = requested.takeLast();
        QCOMPARE(args.at(1).value<std::vector<ImageId>>(), (std::vector<ImageId> { second }));
        QCOMPARE(args.at(2).toString(), QStringLiteral("script"));
        QCOMPARE(args.at(3).toString(), QStringLiteral("hangul"));
        // The title names the bin for a person ("Hangul"); the slice travels as the store spells it (above).
        QVERIFY2(args.at(0).toString().contains(sliceBinLabel(QStringLiteral("script"), QStringLiteral("hangul"))),
            qPrintable(args.at(0).toString()));

        // Canceling: the computation stops, its progress goes away, and the last summary stays.
        QSignalSpy finished(&dashboard, &DashboardPanel::computingFinished);
        dashboard.refresh();
        QVERIFY(dashboard.isComputing());
        dashboard.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(!dashboard.isComputing());
        QVERIFY2(dashboard.statusText().contains(QStringLiteral("Canceled")), qPrintable(dashboard.statusText()));
        QVERIFY(dashboard.summary().has_value());
    }

    void queueFiltersBySlice()
    {
        ReviewPanel panel(m_session.get());
        QVERIFY(open(QStringLiteral("rita")));
        QCOMPARE(panel.queueSize(), 2);
        // "extra" (missing for bob and chloe) is a Latin word; "12.50" / "12.5O" mix digits with symbols or letters.
        panel.setSliceFilter(QStringLiteral("script"), QStringLiteral("latin"));
        QCOMPARE(panel.queueSize(), 1);
        panel.setSliceFilter(QStringLiteral("script"), QStringLiteral("mixed"));
        QCOMPARE(panel.queueSize(), 1);
        panel.setSliceFilter(QStringLiteral("script"), QStringLiteral("hangul"));
        QCOMPARE(panel.queueSize(), 0);
        panel.setSliceFilter(QString(), QString());
        QCOMPARE(panel.queueSize(), 2);
    }

    void dashboardCountsConflictsAndExportsAReport()
    {
        DashboardPanel dashboard(m_session.get());
        dashboard.setEager(true);
        QSignalSpy ready(&dashboard, &DashboardPanel::summaryReady);
        QVERIFY(open(QStringLiteral("lea"), Role::Lead));
        QVERIFY(ready.wait(10000));
        const QualitySummary& s = *dashboard.summary();
        // What consensus recorded: one text conflict, one missing.
        QCOMPARE(s.conflictsByKind.at(QStringLiteral("text")), 1);
        QCOMPARE(s.conflictsByKind.at(QStringLiteral("missing")), 1);
        QCOMPARE(s.conflictsByStatus.at(QStringLiteral("open")), 2);
        QCOMPARE(s.efficiency.annotators.size(), size_t(3)); // alice, bob, chloe; seed only imported
        const QString out = m_dir->filePath(QStringLiteral("report"));
        QString error;
        QVERIFY2(dashboard.exportReport(out, &error), qPrintable(error));
        // Agreement with the consensus ("Total", "12.50"; alice's "extra" has no majority): alice 2 of 3 regions,
        // bob 2 of 2, chloe 1 of 2 (her "12.5O" differs).
        std::map<QString, double> quality;
        for (const AnnotatorEfficiency& a : s.efficiency.annotators) {
            QVERIFY(a.consensusAgreement.has_value());
            quality[a.name] = *a.consensusAgreement;
        }
        QCOMPARE(quality[QStringLiteral("alice")], 2.0 / 3.0);
        QCOMPARE(quality[QStringLiteral("bob")], 1.0);
        QCOMPARE(quality[QStringLiteral("chloe")], 0.5);
        QSignalSpy opened(&dashboard, &DashboardPanel::imageRequested);
        dashboard.activateImageRow(0);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).value<ImageId>(), (*m_store->images()).at(0).id);
        // alice, bob and chloe agree on "Total" and "12.50"'s place: each pair matches 2 regions.
        QCOMPARE(s.agreement.pairs.size(), size_t(3));
        for (const PairFigures& p : s.agreement.pairs)
            QCOMPARE(p.matched, 2LL);
        for (const char* file : { "index.html", "agreement.png", "slices.png", "guideline-versions.png", "speed.png",
                 "conflicts.png", "table-1.csv", "table-7.csv" })
            QVERIFY2(QFileInfo::exists(QDir(out).filePath(QString::fromLatin1(file))), file);
        // The charts are drawn, not blank, even from tabs that were never shown.
        for (const char* chart : { "agreement.png", "conflicts.png", "speed.png" }) {
            const QImage image(QDir(out).filePath(QString::fromLatin1(chart)));
            QVERIFY(!image.isNull());
            int ink = 0;
            for (int y = 0; y < image.height(); y += 2) {
                for (int x = 0; x < image.width(); x += 2)
                    ink += qGray(image.pixel(x, y)) < 160;
            }
            QVERIFY2(ink > 500, chart);
        }
    }

    void dashboardKeepsAgreementHistoryAndDrawsItsTrend()
    {
        DashboardPanel dashboard(m_session.get());
        dashboard.setEager(true);
        QSignalSpy ready(&dashboard, &DashboardPanel::summaryReady);
        QVERIFY(open(QStringLiteral("lea"), Role::Lead));
        QVERIFY(ready.wait(10000));
        AgreementTrendView* trend = dashboard.trendView();
        QCOMPARE(trend->snapshotCount(), 1);
        QCOMPARE(*AgreementHistoryRepository(*m_store).count(), 1);
        // The point is the F1 of every pair pooled, as the report has it.
        PairFigures pooled;
        for (const PairFigures& p : dashboard.summary()->agreement.pairs)
            pooled.add(p);
        QCOMPARE(trend->points().size(), size_t(1));
        QCOMPARE(trend->points()[0].value, pooled.f1());
        QCOMPARE(trend->markerCount(), 0);

        // The same labels again: no second snapshot.
        dashboard.refresh();
        QVERIFY(ready.wait(10000));
        QCOMPARE(trend->snapshotCount(), 1);

        // A guideline is published: the next computation is kept under it, and the publication is marked.
        QVERIFY(m_store->publishGuideline(QStringLiteral("# Money"), QStringLiteral("amounts"), QStringLiteral("lea")));
        dashboard.refresh();
        QVERIFY(ready.wait(10000));
        QCOMPARE(trend->snapshotCount(), 2);
        QCOMPARE(trend->markerCount(), 1);
        QCOMPARE(trend->points()[1].guidelineVersion, 1);

        // bob draws alice's third word: his agreement rises, and the trend of his line shows it.
        Annotation extra;
        extra.image = (*m_store->images()).at(0).id;
        extra.annotator = *m_store->ensureAnnotator(QStringLiteral("bob"));
        extra.region = box(201, 60, 260, 80, QStringLiteral("extra"));
        QVERIFY(m_store->addAnnotations({ extra }));
        dashboard.refresh();
        QVERIFY(ready.wait(10000));
        QCOMPARE(trend->snapshotCount(), 3);
        QVERIFY(trend->lineNames().contains(QStringLiteral("annotator bob")));
        QVERIFY(trend->selectLine(SnapshotScope::Annotator, QString(), QStringLiteral("bob")));
        QVERIFY(trend->setFigure(QStringLiteral("recall")));
        QVERIFY2(trend->points()[2].value > trend->points()[1].value,
            qPrintable(QStringLiteral("%1 then %2").arg(trend->points()[1].value).arg(trend->points()[2].value)));
        QVERIFY(!trend->selectLine(SnapshotScope::Annotator, QString(), QStringLiteral("zoe")));

        dashboard.showTrend();
        const QString out = m_dir->filePath(QStringLiteral("trend-report"));
        QString error;
        QVERIFY2(dashboard.exportReport(out, &error), qPrintable(error));
        const QImage chart(QDir(out).filePath(QStringLiteral("agreement-trend.png")));
        QVERIFY(!chart.isNull());
    }

    void dashboardWritesAnAnnotatorsFeedbackPageAsHtmlAndPdf()
    {
        // A reference to compare with: the consensus of alice, bob and chloe built in init().
        DashboardPanel dashboard(m_session.get());
        QVERIFY(open(QStringLiteral("lea"), Role::Lead));
        QSignalSpy written(&dashboard, &DashboardPanel::feedbackWritten);
        const QString html = m_dir->filePath(QStringLiteral("chloe.html"));
        dashboard.writeFeedback(QStringLiteral("chloe"), html);
        QVERIFY(written.wait(10000));
        QCOMPARE(written.at(0).at(1).toString(), QString());
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(page.readAll());
        QVERIFY(text.contains(QStringLiteral("Feedback for chloe")));
        QVERIFY(text.contains(QStringLiteral("consensus"))); // no reference here: the consensus is the truth
        const QString pdf = m_dir->filePath(QStringLiteral("chloe.pdf"));
        dashboard.writeFeedback(QStringLiteral("chloe"), pdf);
        QVERIFY(written.wait(10000));
        QCOMPARE(written.at(1).at(1).toString(), QString());
        QFile out(pdf);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.read(5) == "%PDF-");
        QVERIFY(!QFileInfo::exists(pdf + QStringLiteral(".part")));
        dashboard.writeFeedback(QStringLiteral("zoe"), m_dir->filePath(QStringLiteral("zoe.html")));
        QVERIFY(written.wait(10000));
        QVERIFY(written.at(2).at(1).toString().contains(QStringLiteral("zoe")));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("zoe.html"))));
    }

    void versionsFitANarrowDock()
    {
        // The set-up: a 1600 x 1000 window, the review panel docked about 300 pixels wide.
        QMainWindow window;
        window.resize(1600, 1000);
        auto* panel = new ReviewPanel(m_session.get());
        auto* dock = new QDockWidget(QStringLiteral("Review"), &window);
        dock->setWidget(panel);
        window.setCentralWidget(new QWidget(&window));
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        window.resizeDocks({ dock }, { 300 }, Qt::Horizontal);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(open(QStringLiteral("rita")));
        QCoreApplication::processEvents();
        QVERIFY2(dock->width() <= 310, qPrintable(QString::number(dock->width()))); // the panel lets the dock be narrow
        // The text conflict: alice's, bob's and chloe's versions and the consensus.
        for (int row = 0; row < panel->queueSize(); ++row) {
            panel->selectRow(row);
            if ((*ConflictRepository(*m_store).conflict(panel->currentConflict()))
                    ->kinds.contains(QStringLiteral("text")))
                break;
        }
        QCoreApplication::processEvents();
        auto* compare = panel->findChild<RegionComparisonView*>();
        QVERIFY(compare && compare->isVisible());
        const int n = static_cast<int>(compare->versions().size());
        QVERIFY(n >= 3); // alice, bob, chloe (and the consensus)
        QVERIFY(compare->columnsFor(compare->width()) < n); // they wrap into rows
        QVERIFY(compare->height() >= compare->heightForWidth(compare->width()));
        const QRect viewport = panel->rect();
        for (int i = 0; i < n; ++i) {
            const QRect r = compare->versionRect(i);
            QVERIFY(r.width() >= 100);
            QVERIFY2(compare->rect().contains(r), qPrintable(QStringLiteral("version %1 cut off").arg(i + 1)));
            const QRect inPanel(compare->mapTo(panel, r.topLeft()), r.size());
            QVERIFY2(viewport.contains(inPanel), qPrintable(QStringLiteral("version %1 outside the dock").arg(i + 1)));
            for (int j = 0; j < i; ++j)
                QVERIFY(!r.intersects(compare->versionRect(j)));
        }
        // Each is labelled with its key and annotator.
        QCOMPARE(compare->versions().at(0).key, QStringLiteral("1"));
        QCOMPARE(compare->versions().back().key, QStringLiteral("C"));
    }

    void theQueueGroupsByImageAndIsDrivenByKeys()
    {
        addSecondPage();
        ReviewPanel panel(m_session.get());
        panel.resize(500, 800);
        panel.show();
        QApplication::setActiveWindow(&panel);
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QVERIFY(open(QStringLiteral("rita")));
        QCOMPARE(panel.queueSize(), 3);
        auto* tree = panel.findChild<QTreeWidget*>(QStringLiteral("reviewQueue"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 2); // two images, their words under them
        int words = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            words += tree->topLevelItem(i)->childCount();
        QCOMPARE(words, 3);
        tree->setFocus();
        QCOMPARE(panel.currentRow(), 0);
        auto conflictAt = [&](int row) {
            panel.selectRow(row);
            return panel.currentConflict();
        };
        const std::int64_t first = conflictAt(0), second = conflictAt(1), third = conflictAt(2);
        panel.selectRow(0);
        QTest::keyClick(tree, Qt::Key_N);
        QCOMPARE(panel.currentConflict(), second);
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(panel.currentConflict(), third);
        QTest::keyClick(tree, Qt::Key_Up);
        QCOMPARE(panel.currentConflict(), second);
        QTest::keyClick(tree, Qt::Key_N, Qt::ShiftModifier);
        QCOMPARE(panel.currentConflict(), first);
        // S: skipped, still open, and passed over from now on.
        QTest::keyClick(tree, Qt::Key_S);
        QVERIFY(panel.isSkipped(first));
        QCOMPARE(panel.currentConflict(), second);
        QCOMPARE((*ConflictRepository(*m_store).conflict(first))->status, ConflictStatus::Open);
        QCOMPARE(m_session->history()->count(), 0);
        // Enter in a filter is the filter's: it settles nothing.
        auto* severity = panel.findChild<QDoubleSpinBox*>();
        severity->setFocus();
        QTest::keyClick(severity, Qt::Key_Return);
        QCOMPARE(m_session->history()->count(), 0);
        tree->setFocus();
        // Right highlights the second version; Enter accepts it (bob's).
        QCOMPARE(panel.highlightedVersion(), 0);
        QTest::keyClick(tree, Qt::Key_Right);
        QCOMPARE(panel.highlightedVersion(), 1);
        QTest::keyClick(tree, Qt::Key_Return);
        auto settled = ConflictRepository(*m_store).conflict(second);
        QCOMPARE((*settled)->status, ConflictStatus::Resolved);
        QCOMPARE((*settled)->resolution, ConflictResolution::AcceptedAnnotator);
        QVERIFY2((*settled)->note.contains(QStringLiteral("bob")), qPrintable((*settled)->note));
        // The queue moves on to the next one not skipped.
        QCOMPARE(panel.queueSize(), 2);
        QCOMPARE(panel.currentConflict(), third);
        // 1 accepts the first version; then only the skipped one is left, and it is still there to come back to.
        QTest::keyClick(tree, Qt::Key_1);
        QCOMPARE((*ConflictRepository(*m_store).conflict(third))->status, ConflictStatus::Resolved);
        QCOMPARE(panel.queueSize(), 1);
        QCOMPARE(panel.currentConflict(), first);
        QTest::keyClick(tree, Qt::Key_T); // alice's "extra" has no consensus to accept: settled as edited
        QCOMPARE((*ConflictRepository(*m_store).conflict(first))->resolution, ConflictResolution::Edited);
        QCOMPARE(panel.queueSize(), 0);
        QCOMPARE(m_session->history()->count(), 3);
    }

    void editFocusesTheCanvasOnTheConflict()
    {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(m_store->path(), nullptr, QStringLiteral("rita"), false));
        ReviewPanel* panel = w.review();
        QVERIFY(panel->queueSize() == 2);
        CanvasController* canvas = w.canvas();
        QAction* others = canvas->action(QStringLiteral("view.showOthers"));
        QVERIFY(others);
        if (!others->isChecked())
            others->trigger();
        QVERIFY(canvas->scene()->showsOthers());
        const std::int64_t id = panel->currentConflict();
        const QRectF conflict = toQRectF((*ConflictRepository(*m_store).conflict(id))->bounds);
        QAction* edit = panel->findChild<QAction*>(QStringLiteral("review.edit"));
        QVERIFY(edit);
        edit->trigger();
        QCoreApplication::processEvents();
        CanvasView* view = canvas->view();
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        const QRectF page = view->sceneRect();
        QVERIFY2(visible.contains(conflict),
            qPrintable(QStringLiteral("%1,%2 %3x%4")
                           .arg(visible.x())
                           .arg(visible.y())
                           .arg(visible.width())
                           .arg(visible.height())));
        QVERIFY(!visible.contains(page)); // zoomed in, not the page fitted
        QVERIFY(view->zoom() > 1.5);
        QVERIFY(canvas->hasFocus());
        // Only the conflict's versions: the other layers hidden, mine faded; the legend names the versions.
        for (QGraphicsItem* item : canvas->scene()->items()) {
            if (auto* layer = dynamic_cast<RegionLayer*>(item); layer && layer != canvas->scene()->mineLayer())
                QVERIFY(!layer->isVisible());
        }
        QVERIFY(canvas->scene()->mineLayer()->opacity() < 1);
        const ConflictFocus focus = canvas->scene()->conflictFocus();
        QCOMPARE(focus.versions.size(), panel->currentFocus().versions.size());
        QVERIFY(focus.versions.front().label.startsWith(QStringLiteral("1 ")));
        QVERIFY(canvas->legend()->rows().contains(focus.versions.front().label));
        // The next conflict ends it, and the layers come back as they were.
        QVERIFY(panel->selectNext());
        QVERIFY(!canvas->hasFocus());
        QVERIFY(canvas->scene()->showsOthers());
        bool othersVisible = false;
        for (QGraphicsItem* item : canvas->scene()->items()) {
            if (auto* layer = dynamic_cast<RegionLayer*>(item); layer && layer != canvas->scene()->mineLayer())
                othersVisible = othersVisible || layer->isVisible();
        }
        QVERIFY(othersVisible);
        QCOMPARE(canvas->scene()->mineLayer()->opacity(), 1.0);
        // Escape on the canvas ends it too.
        edit->trigger();
        QVERIFY(canvas->hasFocus());
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!canvas->hasFocus());
        // In the window the queue's keys are the queue's, though the canvas has N and Shift+N for its boxes.
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto* tree = panel->findChild<QTreeWidget*>(QStringLiteral("reviewQueue"));
        tree->setFocus();
        QVERIFY(panel->selectRow(0));
        const std::int64_t top = panel->currentConflict();
        QTest::keyClick(tree, Qt::Key_N);
        QVERIFY(panel->currentConflict() != top);
        QTest::keyClick(tree, Qt::Key_N, Qt::ShiftModifier);
        QCOMPARE(panel->currentConflict(), top);
        QTest::keyClick(tree, Qt::Key_E);
        QVERIFY(canvas->hasFocus());
        QTest::keyClick(tree, Qt::Key_Escape);
        QVERIFY(!canvas->hasFocus());
        // Ctrl+Z in the queue is the project's undo there, not the canvas's.
        QTest::keyClick(tree, Qt::Key_T);
        QCOMPARE(panel->queueSize(), 1);
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(panel->queueSize(), 2);
        QCOMPARE((*ConflictRepository(*m_store).conflict(top))->status, ConflictStatus::Open);
    }

    void buildConsensusSettlesByMajorityAsOneStep()
    {
        // A small generated demo: three simulated annotators over a few pages.
        QTemporaryDir dir;
        demo::DemoOptions options;
        options.pages = 6;
        QVERIFY(demo::generateDemoProject(dir.path(), options));
        const QString path = QDir(dir.path()).filePath(QStringLiteral("demo.lector"));
        MainWindow w;
        QVERIFY(w.openProject(path, nullptr, QStringLiteral("rita"), false));
        QSignalSpy finished(&w, &MainWindow::consensusFinished);
        w.buildConsensus();
        QVERIFY(finished.wait(60000));
        const QString message = finished.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("settled by majority")), qPrintable(message));
        auto store = ProjectStore::open(path);
        QVERIFY(store);
        auto byMajority = [&] {
            ConflictFilter resolved;
            resolved.status = ConflictStatus::Resolved;
            int n = 0;
            const auto list = ConflictRepository(**store).list(resolved);
            for (const Conflict& c : *list)
                n += c.resolution == ConflictResolution::AcceptedConsensus && c.reviewer == QLatin1String("consensus");
            return n;
        };
        auto openCount = [&] {
            const auto counts = ConflictRepository(**store).countsByStatus();
            return counts->count(ConflictStatus::Open) ? static_cast<int>(counts->at(ConflictStatus::Open)) : 0;
        };
        const int settled = byMajority();
        const int review = openCount();
        QVERIFY2(settled > 0 && review > 0, qPrintable(message));
        // The queue holds only what needs review.
        ReviewPanel* panel = w.review();
        QCOMPARE(panel->queueSize(), review);
        for (int row = 0; row < panel->queueSize(); ++row) {
            QVERIFY(panel->selectRow(row));
            QCOMPARE((*ConflictRepository(**store).conflict(panel->currentConflict()))->status, ConflictStatus::Open);
        }
        QCOMPARE(
            panel->majorityText(), QStringLiteral("%1 settled by majority, %2 need review").arg(settled).arg(review));
        // One step of the project's history: undo reopens every one of them, redo settles them again.
        QUndoStack* history = w.session()->history();
        QCOMPARE(history->count(), 1);
        QCOMPARE(history->undoText(), QStringLiteral("Settle %1 conflicts by majority").arg(settled));
        history->undo();
        QCOMPARE(byMajority(), 0);
        QCOMPARE(openCount(), review + settled);
        QCOMPARE(panel->queueSize(), review + settled);
        history->redo();
        QCOMPARE(byMajority(), settled);
        QCOMPARE(panel->queueSize(), review);
        // The panel's Settle by Majority does the same from the reopened queue, again as one step.
        history->undo();
        QSignalSpy done(panel, &ReviewPanel::majorityFinished);
        panel->settleByMajority();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.at(0).at(0).toString().contains(QStringLiteral("%1 settled by majority").arg(settled)),
            qPrintable(done.at(0).at(0).toString()));
        QCOMPARE(panel->queueSize(), review);
        QCOMPARE(history->count(), 1);
        history->undo();
        QCOMPARE(openCount(), review + settled);
    }

private:
    bool open(const QString& who, Role role = Role::Reviewer)
    {
        auto opened = m_session->open(m_store->path(), who, role);
        if (!opened)
            qWarning("%s", qPrintable(opened.error().toString()));
        return bool(opened);
    }

    /// A second page: alice and bob read "foo", chloe "fo0" (one more text conflict, on another image).
    void addSecondPage()
    {
        QImage page(300, 100, QImage::Format_RGB32);
        page.fill(Qt::white);
        const QString path = m_dir->filePath(QStringLiteral("page2.png"));
        QVERIFY(page.save(path));
        ImportBatch batch;
        batch.images.push_back({ path, 0, 0, {}, {} });
        QVERIFY(m_store->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("seed"))));
        const ImageId second = (*m_store->images()).at(1).id;
        for (const char* name : { "alice", "bob", "chloe" }) {
            Annotation a;
            a.image = second;
            a.annotator = *m_store->ensureAnnotator(QString::fromLatin1(name));
            a.region = box(10, 10, 60, 40,
                QLatin1String(name) == QLatin1String("chloe") ? QStringLiteral("fo0") : QStringLiteral("foo"));
            QVERIFY(m_store->addAnnotations({ a }));
        }
        auto summary = buildConsensus(*m_store, ConsensusOptions {});
        QVERIFY(summary);
        QCOMPARE(summary->conflicts, 3);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectSession> m_session;
};

QTEST_MAIN(ReviewPanelTest)
#include "review_panel_test.moc"
