// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// OCR in the IDE with the real Tesseract engine: a pre-labeling run on a worker, a canceled run that is discarded,
// promotion to pre-labels without duplicates (after a run: one result box, which shows the words below the
// threshold on demand), and re-reading boxes that keeps what a person typed or imported unless told.
#include "canvas/canvas_controller.h"
#include "canvas/canvas_scene.h"
#include "commands/change_transcription.h"
#include "document/label_document.h"
#include "shell/ocr_controller.h"
#include "shell/project_session.h"

#include <lector/store/edit_provenance.h>
#include <lector/store/project_store.h>

#include <QApplication>
#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace lector;

class OcrControllerTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QSettings().clear();
        m_images.clear();
        m_words.clear();
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // A clean page with three words; their boxes come from the font metrics.
        QImage page(900, 220, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter p(&page);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(48);
        p.setFont(font);
        p.setPen(Qt::black);
        const QFontMetrics metrics(font);
        int x = 40;
        for (const QString& w : { QStringLiteral("Total"), QStringLiteral("invoice"), QStringLiteral("hello") }) {
            p.drawText(x, 120, w);
            const QRect r = metrics.tightBoundingRect(w).translated(x, 120);
            m_words.push_back(
                { w, Polygon::fromBox({ r.left() - 6.0, r.top() - 6.0, r.right() + 6.0, r.bottom() + 6.0 }) });
            x += metrics.horizontalAdvance(w) + 60;
        }
        p.end();
        ImportBatch batch;
        for (int i = 0; i < 6; ++i) {
            // Six pages, each a pixel different so that they are six images.
            QImage copy = page;
            copy.setPixel(i, 0, qRgb(250, 250, 250));
            const QString path = m_dir->filePath(QStringLiteral("page%1.png").arg(i));
            QVERIFY(copy.save(path));
            batch.images.push_back({ path, 0, 0, {}, {} });
        }
        m_project = m_dir->filePath(QStringLiteral("o.lector"));
        auto store = ProjectStore::create(m_project);
        QVERIFY(store);
        m_store = std::move(store).value();
        QVERIFY(m_store->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("seed"))));
        auto images = m_store->images();
        QVERIFY(images);
        for (const ImageRecord& r : *images)
            m_images.push_back(r.id);
        QCOMPARE(m_images.size(), size_t(6));
        m_alice = *m_store->ensureAnnotator(QStringLiteral("alice"));
        OcrSettings eng;
        eng.language = QStringLiteral("eng");
        QSettings().setValue(QStringLiteral("ocr/language"), eng.language);
    }

    void aRunReadsTheImagesAndIsStoredAsAModelRun()
    {
        ProjectSession session;
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        CanvasController canvas(&session, nullptr);
        OcrController ocr(&session, &canvas, nullptr);
        QSignalSpy finished(&ocr, &OcrController::runFinished);
        QSignalSpy failed(&ocr, &OcrController::runFailed);
        AutolabelOptions options;
        options.ocr.language = QStringLiteral("eng");
        options.images = { m_images[0], m_images[1] };
        options.runName = QStringLiteral("tess");
        QVERIFY(ocr.startRun(options, false));
        QVERIFY(ocr.isRunning());
        QVERIFY(!ocr.startRun(options, false)); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!ocr.isRunning());
        const auto summary = finished.at(0).at(0).value<AutolabelSummary>();
        QCOMPARE(summary.imagesDone, 2);
        QVERIFY(!summary.canceled);
        auto runs = m_store->runs();
        QVERIFY(runs);
        QCOMPARE(runs->size(), size_t(1));
        QCOMPARE(runs->front().name, QStringLiteral("tess"));
        auto predictions = m_store->predictions(runs->front().id, m_images[0]);
        QVERIFY(predictions);
        QStringList texts;
        for (const Prediction& p : *predictions)
            texts << p.region.text;
        for (const auto& [word, box] : m_words)
            QVERIFY2(texts.contains(word), qPrintable(texts.join(QLatin1Char(' '))));

        // Promotion: the words become alice's pre-labels once; promoting again adds nothing.
        PromoteOptions promote;
        promote.run = QStringLiteral("tess");
        promote.annotator = QStringLiteral("alice");
        QSignalSpy promoted(&ocr, &OcrController::promoted);
        QSignalSpy notPromoted(&ocr, &OcrController::promotionFailed);
        QVERIFY(ocr.promote(promote, false));
        QVERIFY(ocr.isPromoting()); // on a worker
        QTRY_VERIFY_WITH_TIMEOUT(promoted.count() + notPromoted.count() > 0, 30000);
        QVERIFY2(notPromoted.isEmpty(), notPromoted.isEmpty() ? "" : qPrintable(notPromoted.at(0).at(0).toString()));
        const auto first = promoted.takeFirst().at(0).value<PromoteSummary>();
        QCOMPARE(first.promoted, static_cast<std::int64_t>(2 * predictions->size()));
        auto labels = m_store->annotations(m_images[0], m_alice);
        QCOMPARE(labels->size(), predictions->size());
        for (const Annotation& a : *labels)
            QCOMPARE(a.source, Source::Auto);
        QVERIFY(ocr.promote(promote, false));
        QTRY_VERIFY_WITH_TIMEOUT(promoted.count() + notPromoted.count() > 0, 30000);
        QVERIFY(notPromoted.isEmpty());
        QCOMPARE(promoted.takeFirst().at(0).value<PromoteSummary>().promoted, 0);
        // The promotion is one step of the project's history: undo removes exactly its labels, logged as an undo
        // of their entries (so no one's speed counts them), and redo puts them back under the same ids.
        QCOMPARE(session.history()->count(), 1);
        std::vector<AnnotationId> made;
        for (const Annotation& a : *labels)
            made.push_back(a.id);
        session.history()->undo();
        QVERIFY(m_store->annotations(m_images[0], m_alice)->empty());
        const auto log = *m_store->editLog();
        QCOMPARE(log.back().reason, EditReason::Undo);
        QCOMPARE(log.back().action, QStringLiteral("remove"));
        QVERIFY(std::find(first.entries.begin(), first.entries.end(), log.back().undoes) != first.entries.end());
        session.history()->redo();
        std::vector<AnnotationId> back;
        const auto restored = m_store->annotations(m_images[0], m_alice);
        for (const Annotation& a : *restored)
            back.push_back(a.id);
        QCOMPARE(back, made);
    }

    void aCanceledRunCanBeDiscarded()
    {
        ProjectSession session;
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        CanvasController canvas(&session, nullptr);
        OcrController ocr(&session, &canvas, nullptr);
        ocr.setKeepCanceledRuns(false);
        QSignalSpy finished(&ocr, &OcrController::runFinished);
        AutolabelOptions options;
        options.ocr.language = QStringLiteral("eng");
        options.runName = QStringLiteral("stopped");
        options.threads = 1;
        QVERIFY(ocr.startRun(options, false));
        ocr.cancelRun(); // long before the engine has even loaded its model
        QVERIFY(finished.wait(60000));
        const auto summary = finished.at(0).at(0).value<AutolabelSummary>();
        QVERIFY(summary.canceled);
        QVERIFY(summary.imagesDone < 6);
        QVERIFY(m_store->runs()->empty()); // discarded: the project is as it was
    }

    void preLabelingThenPromotingLeavesOneResultBoxThatCanShowTheWordsBelowTheThreshold()
    {
        // Tools ▸ Pre-label with OCR with "make the words my pre-labels": the run, then the promotion, both on the
        // runner. At the end the result box is the only window on top, not modal, and Return closes it (a busy
        // dialog stacked over it once kept OK and Return from doing anything).
        ProjectSession session;
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        CanvasController canvas(&session, nullptr);
        OcrController ocr(&session, &canvas, nullptr);
        QSignalSpy finished(&ocr, &OcrController::runFinished);
        QSignalSpy promoted(&ocr, &OcrController::promoted);
        QSignalSpy notPromoted(&ocr, &OcrController::promotionFailed);
        AutolabelOptions options;
        options.ocr.language = QStringLiteral("eng");
        options.images = { m_images[0] };
        options.threads = 1;
        // No word of the engine is read with full confidence: at 1 all are below the threshold.
        QVERIFY(ocr.startRunAndPromote(options, 1.0));
        QTRY_VERIFY_WITH_TIMEOUT(promoted.count() + notPromoted.count() > 0, 60000);
        QVERIFY(notPromoted.isEmpty());
        const auto run = finished.at(0).at(0).value<AutolabelSummary>();
        QVERIFY(run.words >= 3);
        QCOMPARE(run.belowThreshold, run.words);
        QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("below the confidence threshold")),
            qPrintable(finished.at(0).at(1).toString()));
        const auto first = promoted.takeFirst().at(0).value<PromoteSummary>();
        QCOMPARE(first.promoted, 0);
        QCOMPARE(first.skippedLowConfidence, run.words);

        QCoreApplication::processEvents();
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QList<QMessageBox*> boxes = visibleMessageBoxes();
        QCOMPARE(boxes.size(), 1);
        for (QWidget* w : QApplication::topLevelWidgets())
            QVERIFY2(!w->isVisible() || qobject_cast<QMessageBox*>(w), w->metaObject()->className());
        QVERIFY(boxes.front()->text().contains(QStringLiteral("below the threshold")));
        // "Show them": the words below become pre-labels too, one step of the project's history.
        auto* show = boxes.front()->findChild<QPushButton*>(QStringLiteral("showBelowThreshold"));
        QVERIFY(show);
        show->click();
        QTRY_VERIFY_WITH_TIMEOUT(promoted.count() + notPromoted.count() > 0, 30000);
        QVERIFY(notPromoted.isEmpty());
        const auto second = promoted.takeFirst().at(0).value<PromoteSummary>();
        QCOMPARE(second.promoted, run.words);
        QCOMPARE(static_cast<std::int64_t>(m_store->annotations(m_images[0], m_alice)->size()), run.words);
        QCOMPARE(session.history()->count(), 1);
        session.history()->undo();
        QVERIFY(m_store->annotations(m_images[0], m_alice)->empty());

        // Every result box closes with Return, at once.
        for (QMessageBox* box : visibleMessageBoxes())
            QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(visibleMessageBoxes().isEmpty(), 5000);
    }

    void rereadingAsksBeforeReplacingAnImportedText()
    {
        // An imported reference reads "he11o"; the engine reads "hello". Re-reading asks (Replace / Keep), and the
        // canvas shows the answer at once.
        Annotation imported;
        imported.image = m_images[0];
        imported.annotator = m_alice;
        imported.source = Source::Import;
        imported.region.polygon = m_words[2].second;
        imported.region.text = QStringLiteral("he11o");
        auto added = m_store->addAnnotations({ imported });
        QVERIFY(added);
        const AnnotationId id = added->ids().front();

        ProjectSession session;
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        CanvasController canvas(&session, nullptr);
        QVERIFY(canvas.showImage(m_images[0]));
        OcrController ocr(&session, &canvas, nullptr); // the policy: ask
        QSignalSpy done(&ocr, &OcrController::recognitionFinished);
        QStringList asked;
        QTimer answer;
        QString button;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QStringLiteral("replaceText"))
                return;
            asked << box->text();
            box->findChild<QPushButton*>(button)->click();
        });
        answer.start(20);

        button = QStringLiteral("keep");
        canvas.scene()->setSelection({ id });
        ocr.rerecognize(false);
        QVERIFY(done.wait(60000));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(done.at(0).at(0).toInt(), 0); // changed
        QCOMPARE(done.at(0).at(1).toInt(), 1); // kept
        QCOMPARE(canvas.document()->annotation(id)->region.text, QStringLiteral("he11o"));
        QCOMPARE(canvas.undoStack()->count(), 0);

        button = QStringLiteral("replace");
        ocr.rerecognize(false);
        QVERIFY(done.wait(60000));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(done.at(1).at(0).toInt(), 1);
        QCOMPARE(canvas.document()->annotation(id)->region.text, QStringLiteral("hello"));
        QCOMPARE((*m_store->annotation(id))->region.text, QStringLiteral("hello"));
        canvas.undoStack()->undo();
        QCOMPARE((*m_store->annotation(id))->region.text, QStringLiteral("he11o"));
        answer.stop();
    }

    void rereadingKeepsWhatAPersonTyped()
    {
        // On image 0, alice has a machine pre-label misread as "Tota1" and a box she typed as "he11o" herself.
        Annotation machine;
        machine.image = m_images[0];
        machine.annotator = m_alice;
        machine.source = Source::Auto;
        machine.region.polygon = m_words[0].second;
        machine.region.text = QStringLiteral("Tota1");
        Annotation typed = machine;
        typed.source = Source::Manual;
        typed.region.polygon = m_words[2].second;
        typed.region.text = QStringLiteral("he11o");
        auto added = m_store->addAnnotations({ machine, typed });
        QVERIFY(added);
        const std::vector<AnnotationId> ids = added->ids();

        ProjectSession session;
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        CanvasController canvas(&session, nullptr);
        QVERIFY(canvas.showImage(m_images[0]));
        OcrController ocr(&session, &canvas, nullptr);
        ocr.setPersonTextPolicy(OcrController::PersonTextPolicy::Keep);
        QSignalSpy done(&ocr, &OcrController::recognitionFinished);
        ocr.rerecognize(true);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(0).toInt(), 1); // changed
        QCOMPARE(done.at(0).at(1).toInt(), 1); // kept
        const LabelDocument* doc = canvas.document();
        QCOMPARE(doc->annotation(ids[0])->region.text, QStringLiteral("Total"));
        QCOMPARE(doc->annotation(ids[1])->region.text, QStringLiteral("he11o"));
        QCOMPARE((*m_store->annotation(ids[0]))->region.text, QStringLiteral("Total")); // written through
        // The engine's text stays the machine's: a later re-read may replace it without asking.
        auto provenance = EditProvenance(*m_store).inspect({ ids[0] });
        QVERIFY(provenance);
        QVERIFY(!provenance->front().textIsPersons());
        // A person's correction makes it theirs.
        canvas.undoStack()->push(new ChangeTranscription(canvas.document(), ids[0], QStringLiteral("TOTAL")));
        QCOMPARE((*m_store->annotation(ids[0]))->source, Source::Manual);
        QVERIFY(EditProvenance(*m_store).inspect({ ids[0] })->front().textIsPersons());
        canvas.undoStack()->undo();
        QCOMPARE((*m_store->annotation(ids[0]))->source, Source::Auto);

        // Told to overwrite, only the selected box changes; one undo puts it back.
        ocr.setPersonTextPolicy(OcrController::PersonTextPolicy::Overwrite);
        canvas.scene()->setSelection({ ids[1] });
        ocr.rerecognize(false);
        QVERIFY(done.wait(60000));
        QCOMPARE(doc->annotation(ids[1])->region.text, QStringLiteral("hello"));
        canvas.undoStack()->undo();
        QCOMPARE(doc->annotation(ids[1])->region.text, QStringLiteral("he11o"));
        QCOMPARE((*m_store->annotation(ids[1]))->region.text, QStringLiteral("he11o"));
    }

private:
    static QList<QMessageBox*> visibleMessageBoxes()
    {
        QList<QMessageBox*> out;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible())
                out << box;
        }
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::unique_ptr<ProjectStore> m_store;
    std::vector<ImageId> m_images;
    std::vector<std::pair<QString, Polygon>> m_words;
    AnnotatorId m_alice = 0;
};

QTEST_MAIN(OcrControllerTest)
#include "ocr_controller_test.moc"
