// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "canvas_test_support.h"

#include "canvas/canvas_controller.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/transcription_editor.h"
#include "document/label_document.h"

#include <QAction>
#include <QSignalSpy>
#include <QUndoStack>

using namespace lector;
using namespace lector::testing;

class CanvasControllerTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_project = std::make_unique<TestProject>();
        QVERIFY(m_project->create());
        m_window = std::make_unique<QWidget>();
        QVERIFY(m_project->openSession());
        m_canvas = new CanvasController(m_project->session.get(), m_window.get());
        m_canvas->view()->setParent(nullptr);
        m_canvas->view()->resize(800, 600);
        m_canvas->view()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas->view()));
        QVERIFY(m_canvas->showImage(m_project->images[0]));
        m_canvas->view()->actualSize();
        m_canvas->view()->centerOn(200, 150);
    }

    void cleanup()
    {
        delete m_canvas->view();
        m_window.reset();
    }

    void actionsHaveNamesAndShortcuts()
    {
        QCOMPARE(m_canvas->toolActions().size(), 3);
        for (QAction* a : m_canvas->toolActions() + m_canvas->editActions()) {
            QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
            // The text modes are stepped through with one key (view.texts.next); the legend is a menu toggle.
            if (a->objectName().startsWith(QStringLiteral("view.texts."))
                && a->objectName() != QLatin1String("view.texts.next"))
                continue;
            if (a->objectName() == QLatin1String("view.legend"))
                continue;
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
        }
        QVERIFY(m_canvas->action(QStringLiteral("tool.select"))->isChecked());
    }

    void drawBoxTypeTranscriptionUndoRedo()
    {
        m_canvas->action(QStringLiteral("tool.rectangle"))->trigger();
        drag({ 50, 40 }, { 150, 80 });
        auto rows = m_project->mine(m_project->images[0]);
        QCOMPARE(rows.size(), size_t(1));
        const BoxF box = rows[0].region.polygon.boundingBox();
        QVERIFY(std::abs(box.x0 - 50) <= 1 && std::abs(box.y0 - 40) <= 1);
        QVERIFY(std::abs(box.x1 - 150) <= 1 && std::abs(box.y1 - 80) <= 1);
        QCOMPARE(m_project->log().back().action, QStringLiteral("add"));
        // The inline editor opened on the new box.
        TranscriptionEditor* editor = m_canvas->transcriptionEditor();
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->region(), rows[0].id);
        QTest::keyClicks(editor, QStringLiteral("Hello"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!editor->isVisible());
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.text, QStringLiteral("Hello"));
        QCOMPARE(m_project->log().back().action, QStringLiteral("change"));
        QCOMPARE(m_canvas->undoStack()->count(), 2);
        m_canvas->undoStack()->undo();
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.text, QString());
        m_canvas->undoStack()->undo();
        QVERIFY(m_project->mine(m_project->images[0]).empty());
        QCOMPARE(m_project->log().back().action, QStringLiteral("remove"));
        m_canvas->undoStack()->redo();
        m_canvas->undoStack()->redo();
        rows = m_project->mine(m_project->images[0]);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].region.text, QStringLiteral("Hello"));

        // Switch image and back; then reopen the project.
        QVERIFY(m_canvas->showImage(m_project->images[1]));
        QVERIFY(m_canvas->document()->annotations().empty());
        QVERIFY(m_canvas->showImage(m_project->images[0]));
        QCOMPARE(m_canvas->document()->annotations().size(), size_t(1));
        auto reopened = ProjectStore::open(m_project->path);
        QVERIFY(reopened);
        auto again = (*reopened)->annotations(m_project->images[0], m_project->me);
        QVERIFY(again);
        QCOMPARE(again->size(), size_t(1));
        QCOMPARE((*again)[0].region.text, QStringLiteral("Hello"));
    }

    void escapeEditorKeepsText()
    {
        m_canvas->action(QStringLiteral("tool.rectangle"))->trigger();
        drag({ 50, 40 }, { 150, 80 });
        QTest::keyClicks(m_canvas->transcriptionEditor(), QStringLiteral("nope"));
        QTest::keyClick(m_canvas->transcriptionEditor(), Qt::Key_Escape);
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.text, QString());
        QCOMPARE(m_canvas->undoStack()->count(), 1);
    }

    void drawQuadByFourClicks()
    {
        m_canvas->action(QStringLiteral("tool.quad"))->trigger();
        const QPointF corners[] = { { 100, 100 }, { 200, 110 }, { 195, 150 }, { 95, 140 } };
        for (const QPointF& c : corners)
            click(c);
        auto rows = m_project->mine(m_project->images[0]);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].region.polygon.points.size(), size_t(4));
        QVERIFY(!rows[0].region.polygon.isAxisAlignedBox());
        QVERIFY(rows[0].region.polygon.signedArea() > 0); // clockwise on screen
        QVERIFY(std::abs(rows[0].region.polygon.points[0].x - 100) <= 1);
        QVERIFY(std::abs(rows[0].region.polygon.points[1].x - 200) <= 1);
        QTest::keyClick(m_canvas->transcriptionEditor(), Qt::Key_Escape);
        // A rotated rectangle: drag the baseline, then click at the height.
        drag({ 100, 250 }, { 200, 230 });
        click({ 104, 210 });
        rows = m_project->mine(m_project->images[0]);
        QCOMPARE(rows.size(), size_t(2));
        QVERIFY(rows[1].region.polygon.area() > 1500);
        // Escape in the middle of a quad leaves nothing.
        QTest::keyClick(m_canvas->transcriptionEditor(), Qt::Key_Escape);
        click({ 300, 20 });
        click({ 350, 20 });
        QTest::keyClick(m_canvas->view(), Qt::Key_Escape);
        click({ 360, 60 });
        QCOMPARE(m_project->mine(m_project->images[0]).size(), size_t(2));
        QCOMPARE(m_canvas->undoStack()->count(), 2);
    }

    void selectMoveAndNudge()
    {
        addBox(50, 40, 150, 80);
        m_canvas->action(QStringLiteral("tool.select"))->trigger();
        click({ 100, 60 });
        QCOMPARE(m_canvas->scene()->selection().size(), 1);
        const int before = m_canvas->undoStack()->count();
        drag({ 100, 60 }, { 120, 70 });
        QCOMPARE(m_canvas->undoStack()->count(), before + 1);
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.polygon, quad(70, 50, 170, 90));
        // Five nudges, one undo entry.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(m_canvas->view(), Qt::Key_Right);
        QTest::keyClick(m_canvas->view(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_canvas->undoStack()->count(), before + 2);
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.polygon, quad(74, 60, 174, 100));
        m_canvas->undoStack()->undo();
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.polygon, quad(70, 50, 170, 90));
        // Corner 3 (bottom-right) alone.
        QTest::keyClick(m_canvas->view(), Qt::Key_3);
        QTest::keyClick(m_canvas->view(), Qt::Key_Right);
        auto p = m_project->mine(m_project->images[0])[0].region.polygon;
        QCOMPARE(p.points[2].x, 171.0);
        QCOMPARE(p.points[1].x, 170.0);
        // Resize by the bottom-right handle.
        m_canvas->undoStack()->undo();
        drag({ 170, 90 }, { 200, 120 });
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.polygon, quad(70, 50, 200, 120));
        // Rotate: two steps merge into one entry.
        const int beforeRotate = m_canvas->undoStack()->count();
        m_canvas->action(QStringLiteral("edit.rotateRight"))->trigger();
        m_canvas->action(QStringLiteral("edit.rotateRight"))->trigger();
        QCOMPARE(m_canvas->undoStack()->count(), beforeRotate + 1);
        QVERIFY(!m_project->mine(m_project->images[0])[0].region.polygon.isAxisAlignedBox());
    }

    void rubberBandTabOrderFlagsDelete()
    {
        // Two lines of two words, added out of reading order.
        const AnnotationId d = addBox(160, 100, 220, 120);
        const AnnotationId a = addBox(20, 40, 80, 60);
        const AnnotationId c = addBox(20, 102, 80, 122);
        const AnnotationId b = addBox(100, 38, 150, 58);
        m_canvas->action(QStringLiteral("tool.select"))->trigger();
        drag({ 5, 5 }, { 390, 90 });
        QCOMPARE(m_canvas->scene()->selection().size(), 2);
        // Tab through the transcription editor in reading order.
        m_canvas->editTranscription(a);
        TranscriptionEditor* editor = m_canvas->transcriptionEditor();
        const QString words[] = { QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three") };
        for (const QString& w : words) {
            QTest::keyClicks(editor, w);
            QTest::keyClick(editor, Qt::Key_Tab);
        }
        QCOMPARE(editor->region(), d);
        QTest::keyClick(editor, Qt::Key_Backtab);
        QCOMPARE(editor->region(), c);
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(m_canvas->document()->annotation(b)->region.text, QStringLiteral("two"));
        QCOMPARE(m_canvas->document()->annotation(c)->region.text, QStringLiteral("three"));
        // Flags by shortcut action on the selection.
        m_canvas->scene()->setSelection({ b, c });
        m_canvas->action(QStringLiteral("edit.flagDontCare"))->trigger();
        for (const Annotation& row : m_project->mine(m_project->images[0]))
            QCOMPARE(bool(row.region.flags & FlagDontCare), row.id == b || row.id == c);
        // Delete and undo restores the same ids.
        m_canvas->action(QStringLiteral("edit.delete"))->trigger();
        QCOMPARE(m_project->mine(m_project->images[0]).size(), size_t(2));
        m_canvas->undoStack()->undo();
        auto rows = m_project->mine(m_project->images[0]);
        QCOMPARE(rows.size(), size_t(4));
        QVERIFY(std::any_of(rows.begin(), rows.end(), [&](const Annotation& r) { return r.id == b; }));
        // Next box follows reading order.
        m_canvas->scene()->setSelection({ a });
        m_canvas->action(QStringLiteral("edit.nextBox"))->trigger();
        QCOMPARE(m_canvas->scene()->selection(), QList<AnnotationId> { b });
    }

    void copyPasteAcrossImagesAndDuplicate()
    {
        const AnnotationId a = addBox(20, 40, 80, 60);
        m_canvas->scene()->setSelection({ a });
        m_canvas->action(QStringLiteral("edit.duplicate"))->trigger();
        QCOMPARE(m_project->mine(m_project->images[0]).size(), size_t(2));
        m_canvas->scene()->setSelection({ a });
        m_canvas->action(QStringLiteral("edit.copy"))->trigger();
        QVERIFY(m_canvas->showImage(m_project->images[1]));
        m_canvas->action(QStringLiteral("edit.paste"))->trigger();
        auto rows = m_project->mine(m_project->images[1]);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].region.polygon, quad(20, 40, 80, 60));
    }

    void overlaysAndAcceptPredictions()
    {
        auto run = m_project->store->createRun(QStringLiteral("r1"), QStringLiteral("m"), {});
        QVERIFY(run);
        ImportBatch batch;
        ImportedImage ii;
        ii.imagePath = m_project->dir.filePath(QStringLiteral("images/page_0.png"));
        for (int i = 0; i < 3; ++i) {
            Region r;
            r.polygon = quad(20 + 60 * i, 200, 70 + 60 * i, 220);
            r.text = QStringLiteral("p%1").arg(i);
            r.confidence = 0.5 + 0.2 * i;
            ii.regions.push_back(r);
        }
        batch.images.push_back(ii);
        QVERIFY(m_project->store->importBatch(batch, ImportTarget::forRun(QStringLiteral("r2"))));
        auto runs = m_project->store->runs();
        QVERIFY(runs);
        m_canvas->setPredictionRun(runs->back().id);
        m_canvas->action(QStringLiteral("view.showOthers"))->setChecked(true);
        m_canvas->action(QStringLiteral("view.showPredictions"))->setChecked(true);
        QCOMPARE(m_canvas->document()->predictions().size(), size_t(3));
        QCOMPARE(m_canvas->scene()->toolTipAt({ 340, 215 }), QStringLiteral("other: theirs"));
        QCOMPARE(m_canvas->scene()->toolTipAt({ 160, 210 }), QStringLiteral("p2 (0.90)"));
        // Others' regions are not selectable.
        m_canvas->action(QStringLiteral("tool.select"))->trigger();
        click({ 340, 215 });
        QVERIFY(m_canvas->scene()->selection().isEmpty());
        // Accept the hovered prediction with one key.
        QTest::mouseMove(m_canvas->view()->viewport(), m_canvas->view()->mapFromScene(QPointF(40, 210)));
        m_canvas->action(QStringLiteral("edit.acceptPrediction"))->trigger();
        auto rows = m_project->mine(m_project->images[0]);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].region.text, QStringLiteral("p0"));
        QCOMPARE(rows[0].source, Source::Auto);
        m_canvas->setAcceptThreshold(0.65);
        m_canvas->action(QStringLiteral("edit.acceptPredictionsAbove"))->trigger();
        QCOMPARE(m_project->mine(m_project->images[0]).size(), size_t(3)); // p1 (0.7), p2 (0.9)
        m_canvas->action(QStringLiteral("edit.acceptPredictionsAbove"))->trigger();
        QCOMPARE(m_project->mine(m_project->images[0]).size(), size_t(3)); // already covered
    }

    void everyTypedCharacterSurvivesAFailedSaveAndARetry()
    {
        QSignalSpy errors(m_canvas, &CanvasController::storeError);
        WriteLock lock; // another program holds the write lock through draw, type and Enter
        QVERIFY(lock.acquire(m_project->path));
        m_canvas->action(QStringLiteral("tool.rectangle"))->trigger();
        drag({ 50, 40 }, { 150, 80 });
        QCOMPARE(errors.count(), 1);
        QVERIFY(m_canvas->document()->hasPendingWrites());
        QCOMPARE(m_canvas->document()->annotations().size(), size_t(1)); // on screen
        // The inline editor still opens on the new box, and what is typed becomes an edit queued behind the box.
        TranscriptionEditor* editor = m_canvas->transcriptionEditor();
        QVERIFY(editor->isVisible());
        QTest::keyClicks(editor, QStringLiteral("Total: 12.50"));
        QTest::keyClick(editor, Qt::Key_Return);
        const AnnotationId provisional = m_canvas->scene()->selection().value(0);
        QCOMPARE(m_canvas->document()->annotation(provisional)->region.text, QStringLiteral("Total: 12.50"));
        // A second box while the banner is up draws too, with its text.
        drag({ 200, 40 }, { 260, 80 });
        QVERIFY(editor->isVisible());
        editor->insert(QStringLiteral("한국")); // as an input method commits it (QTest types ASCII only)
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(m_canvas->document()->annotations().size(), size_t(2));
        QVERIFY(m_canvas->action(QStringLiteral("edit.retrySave"))->isEnabled());
        QVERIFY(m_project->mine(m_project->images[0]).empty()); // nothing reached the store yet
        QVERIFY2(!m_canvas->retryPending(), "still locked");
        lock.release();
        QVERIFY(m_canvas->retryPending());
        auto rows = m_project->mine(m_project->images[0]);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0].region.text, QStringLiteral("Total: 12.50"));
        QCOMPARE(rows[1].region.text, QStringLiteral("한국"));
        QVERIFY(!m_canvas->document()->hasPendingWrites());
        QVERIFY(!m_canvas->action(QStringLiteral("edit.retrySave"))->isEnabled());
        // Undo still walks back through what was queued: the second box's text, then the box.
        m_canvas->undoStack()->undo();
        QCOMPARE(m_project->mine(m_project->images[0])[1].region.text, QString());
        m_canvas->undoStack()->undo();
        QCOMPARE(m_project->mine(m_project->images[0]).size(), size_t(1));
    }

    void aStoreOpenedReadOnlyTakesNoEdits()
    {
        m_canvas->document()->setStoreReadOnly(true);
        m_canvas->action(QStringLiteral("tool.rectangle"))->trigger();
        drag({ 50, 40 }, { 150, 80 });
        QVERIFY(m_canvas->document()->annotations().empty());
        QVERIFY(!m_canvas->action(QStringLiteral("edit.paste"))->isEnabled());
        QVERIFY(m_project->mine(m_project->images[0]).empty());
    }

private:
    QPoint at(const QPointF& imagePos) const { return m_canvas->view()->mapFromScene(imagePos); }
    void click(const QPointF& p) { QTest::mouseClick(m_canvas->view()->viewport(), Qt::LeftButton, {}, at(p)); }
    void drag(const QPointF& from, const QPointF& to)
    {
        QWidget* vp = m_canvas->view()->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, at(from));
        QTest::mouseMove(vp, at((from + to) / 2));
        QTest::mouseMove(vp, at(to));
        QTest::mouseRelease(vp, Qt::LeftButton, {}, at(to));
    }
    AnnotationId addBox(double x0, double y0, double x1, double y1)
    {
        m_canvas->action(QStringLiteral("tool.rectangle"))->trigger();
        drag({ x0, y0 }, { x1, y1 });
        QTest::keyClick(m_canvas->transcriptionEditor(), Qt::Key_Escape);
        return m_canvas->scene()->selection().value(0);
    }

    std::unique_ptr<TestProject> m_project;
    std::unique_ptr<QWidget> m_window;
    CanvasController* m_canvas = nullptr;
};

QTEST_MAIN(CanvasControllerTest)
#include "canvas_controller_test.moc"
