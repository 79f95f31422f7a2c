// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The reviewer's flow: consensus builds the queue, a key settles a conflict, the accepted version becomes the
// consensus label, a guideline gap saves its crop into the guideline's special cases.
#include "panels/dashboard_panel.h"
#include "panels/guideline_dock.h"
#include "panels/review_panel.h"
#include "shell/project_session.h"

#include <lector/analysis/consensus.h>
#include <lector/store/conflict_repository.h>
#include <lector/store/project_store.h>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
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
        dashboard.activateSliceBar(hangul);
        const QList<QVariant> args = requested.takeLast();
        QCOMPARE(args.at(1).value<std::vector<ImageId>>(), (std::vector<ImageId> { second }));
        QCOMPARE(args.at(2).toString(), QStringLiteral("script"));
        QCOMPARE(args.at(3).toString(), QStringLiteral("hangul"));
        QVERIFY(args.at(0).toString().contains(QStringLiteral("hangul")));

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

private:
    bool open(const QString& who, Role role = Role::Reviewer)
    {
        auto opened = m_session->open(m_store->path(), who, role);
        if (!opened)
            qWarning("%s", qPrintable(opened.error().toString()));
        return bool(opened);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectSession> m_session;
};

QTEST_MAIN(ReviewPanelTest)
#include "review_panel_test.moc"
