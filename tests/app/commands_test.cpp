// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "canvas_test_support.h"

#include "commands/add_boxes.h"
#include "commands/change_box_geometry.h"
#include "commands/change_flags.h"
#include "commands/change_transcription.h"
#include "commands/remove_boxes.h"
#include "document/label_document.h"
#include "document/reading_order.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace lector;
using namespace lector::testing;

namespace {
Annotation box(double x0, double y0, double x1, double y1, const QString& text = {})
{
    Annotation a;
    a.region.polygon = quad(x0, y0, x1, y1);
    a.region.text = text;
    return a;
}
}

class CommandsTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_project = std::make_unique<TestProject>();
        QVERIFY(m_project->create());
        m_doc = std::make_unique<LabelDocument>();
        m_doc->setStore(m_project->store.get(), m_project->me);
        QString error;
        QVERIFY2(m_doc->load(m_project->images[0], &error), qPrintable(error));
    }

    void loadsMineAndOverlays()
    {
        QVERIFY(m_doc->annotations().empty());
        QCOMPARE(m_doc->otherAnnotations().size(), size_t(1));
        QCOMPARE(m_doc->annotatorName(m_doc->otherAnnotations()[0].annotator), QStringLiteral("other"));
    }

    void addBoxesRoundTrip()
    {
        QUndoStack stack;
        QSignalSpy added(m_doc.get(), &LabelDocument::annotationsAdded);
        auto* cmd = new AddBoxes(m_doc.get(), { box(10, 10, 50, 30, QStringLiteral("a")), box(60, 10, 90, 30) });
        stack.push(cmd);
        QCOMPARE(added.count(), 1); // one signal for two boxes
        QCOMPARE(added.at(0).at(0).value<QList<AnnotationId>>().size(), 2);
        const std::vector<AnnotationId> ids = cmd->ids();
        QVERIFY(ids[0] > 0 && ids[1] > 0);
        auto rows = m_project->mine(m_project->images[0]);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0].region.text, QStringLiteral("a"));
        QCOMPARE(rows[0].image, m_project->images[0]);
        QCOMPARE(m_project->log().back().action, QStringLiteral("add"));

        stack.undo();
        QVERIFY(m_project->mine(m_project->images[0]).empty());
        QVERIFY(m_doc->annotations().empty());
        QCOMPARE(m_project->log().back().action, QStringLiteral("remove"));

        stack.redo();
        rows = m_project->mine(m_project->images[0]);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0].id, ids[0]); // same ids back
        QCOMPARE(rows[1].id, ids[1]);
        QCOMPARE(cmd->ids(), ids);
        QVERIFY(m_doc->contains(ids[0]));
    }

    void removeBoxesRestoresSameId()
    {
        QUndoStack stack;
        auto* add = new AddBoxes(m_doc.get(), { box(10, 10, 50, 30, QStringLiteral("keep")) });
        stack.push(add);
        const AnnotationId id = add->ids()[0];
        stack.push(new ChangeFlags(m_doc.get(), { id }, FlagIllegible, true));
        stack.push(new RemoveBoxes(m_doc.get(), { id }));
        QVERIFY(m_project->mine(m_project->images[0]).empty());
        QVERIFY(!m_doc->contains(id));
        stack.undo();
        auto rows = m_project->mine(m_project->images[0]);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].id, id);
        QCOMPARE(rows[0].region.text, QStringLiteral("keep"));
        QCOMPARE(rows[0].region.flags, std::uint32_t(FlagIllegible));
        QCOMPARE(m_doc->annotation(id)->region.flags, std::uint32_t(FlagIllegible));
    }

    void geometryOfOneGestureMerges()
    {
        QUndoStack stack;
        auto* add = new AddBoxes(m_doc.get(), { box(10, 10, 50, 30) });
        stack.push(add);
        const AnnotationId id = add->ids()[0];
        const int before = stack.count();
        for (int i = 1; i <= 5; ++i)
            stack.push(new ChangeBoxGeometry(m_doc.get(), { id }, { quad(10 + i, 10, 50 + i, 30) }, 7));
        QCOMPARE(stack.count(), before + 1);
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.polygon, quad(15, 10, 55, 30));
        // A new gesture is a new entry.
        stack.push(new ChangeBoxGeometry(m_doc.get(), { id }, { quad(0, 0, 40, 20) }, 8));
        QCOMPARE(stack.count(), before + 2);
        stack.undo();
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.polygon, quad(15, 10, 55, 30));
        stack.undo();
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.polygon, quad(10, 10, 50, 30));
        QCOMPARE(m_doc->annotation(id)->region.polygon, quad(10, 10, 50, 30));
        stack.redo();
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.polygon, quad(15, 10, 55, 30));
        // Gesture 0 never merges.
        stack.push(new ChangeBoxGeometry(m_doc.get(), { id }, { quad(1, 1, 41, 21) }));
        stack.push(new ChangeBoxGeometry(m_doc.get(), { id }, { quad(2, 2, 42, 22) }));
        QCOMPARE(stack.count(), before + 3);
    }

    void transcriptionAndFlagsRoundTrip()
    {
        QUndoStack stack;
        auto* add = new AddBoxes(m_doc.get(), { box(10, 10, 50, 30) });
        stack.push(add);
        const AnnotationId id = add->ids()[0];
        QSignalSpy changed(m_doc.get(), &LabelDocument::annotationsChanged);
        stack.push(new ChangeTranscription(m_doc.get(), id, QStringLiteral("Straße")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.text, QStringLiteral("Straße"));
        const auto entry = m_project->log().back();
        QCOMPARE(entry.action, QStringLiteral("change"));
        QCOMPARE(entry.annotation, id);
        QVERIFY(entry.after.contains(QStringLiteral("Straße")));
        stack.push(new ChangeFlags(m_doc.get(), { id }, FlagDontCare, true));
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.flags, std::uint32_t(FlagDontCare));
        stack.undo();
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.flags, std::uint32_t(FlagNone));
        stack.undo();
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.text, QString());
        stack.redo();
        stack.redo();
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.text, QStringLiteral("Straße"));
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.flags, std::uint32_t(FlagDontCare));
    }

    void secondsSpentAreMeasuredAndCapped()
    {
        QUndoStack stack;
        m_doc->setIdleCap(0.2);
        QTest::qWait(60);
        auto* add = new AddBoxes(m_doc.get(), { box(10, 10, 50, 30) });
        stack.push(add);
        const double addSeconds = m_project->log().back().seconds;
        QVERIFY2(addSeconds >= 0.05 && addSeconds <= 0.2, qPrintable(QString::number(addSeconds)));
        QTest::qWait(300); // idle beyond the cap
        stack.push(new ChangeTranscription(m_doc.get(), add->ids()[0], QStringLiteral("x")));
        QCOMPARE(m_project->log().back().seconds, 0.2);
    }

    void failedWriteKeepsTheEditUntilRetry()
    {
        QUndoStack stack;
        QSignalSpy errors(m_doc.get(), &LabelDocument::storeError);
        WriteLock lock;
        QVERIFY(lock.acquire(m_project->path));
        auto* add = new AddBoxes(m_doc.get(), { box(10, 10, 50, 30, QStringLiteral("unsaved")) });
        stack.push(add); // waits out the busy timeout, then fails
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("stay on screen")));
        QVERIFY(m_doc->hasPendingWrites());
        QVERIFY2(!m_doc->isReadOnly(), "a failed write does not stop editing");
        const AnnotationId provisional = add->ids()[0];
        QVERIFY(provisional < 0);
        QCOMPARE(m_doc->annotation(provisional)->region.text, QStringLiteral("unsaved")); // still on screen
        // Further edits queue behind it without touching the store.
        stack.push(new ChangeTranscription(m_doc.get(), provisional, QStringLiteral("edited")));
        QCOMPARE(m_doc->pendingWriteCount(), 2);
        // A new image cannot be loaded over unsaved edits (the retry fails again while locked).
        lock.release();
        QVERIFY(m_project->mine(m_project->images[0]).empty());
        QVERIFY(m_doc->retryPending());
        QVERIFY(!m_doc->hasPendingWrites());
        auto rows = m_project->mine(m_project->images[0]);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].region.text, QStringLiteral("edited"));
        // Later edits of the provisional region reach the store's row.
        stack.push(new ChangeFlags(m_doc.get(), { provisional }, FlagIllegible, true));
        QCOMPARE(m_project->mine(m_project->images[0])[0].region.flags, std::uint32_t(FlagIllegible));
        stack.undo();
        stack.undo();
        stack.undo();
        QVERIFY(m_project->mine(m_project->images[0]).empty());
    }

    void editsThatCannotBeSavedAreKeptInAJournalAndTakenBackByTheNextSession()
    {
        QTemporaryDir journal;
        LabelDocument::setJournalFolder(journal.path());
        QUndoStack stack;
        {
            WriteLock lock;
            QVERIFY(lock.acquire(m_project->path));
            auto* add = new AddBoxes(m_doc.get(), { box(10, 10, 50, 30, QStringLiteral("kept")) });
            stack.push(add);
            stack.push(new ChangeTranscription(m_doc.get(), add->ids()[0], QStringLiteral("kept, then edited")));
            QCOMPARE(m_doc->pendingWriteCount(), 2);
            // On disk as soon as they wait, and rewritten with every change to the queue.
            QFile file(m_doc->journalPath());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(m_doc->journalPath()));
            const QByteArray kept = file.readAll();
            QVERIFY(kept.contains("kept, then edited"));
            // The session ends (the app quits, or dies) with them unsaved: the store has none of it.
            m_doc->setStore(nullptr, 0);
        }
        QVERIFY(m_project->mine(m_project->images[0]).empty());
        QCOMPARE(QDir(journal.path()).entryList(QDir::Files).size(), 1);

        // The next session of the same project and annotator takes them back and writes them, in order.
        LabelDocument next;
        QSignalSpy restored(&next, &LabelDocument::journalRestored);
        next.setStore(m_project->store.get(), m_project->me);
        QCOMPARE(restored.count(), 1);
        QCOMPARE(restored.at(0).at(0).toInt(), 2);
        QCOMPARE(next.pendingWriteCount(), 2);
        QString error;
        QVERIFY2(next.load(m_project->images[0], &error), qPrintable(error)); // writes them first
        QVERIFY(!next.hasPendingWrites());
        auto rows = m_project->mine(m_project->images[0]);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].region.text, QStringLiteral("kept, then edited"));
        QCOMPARE(next.annotations().size(), size_t(1));
        QVERIFY2(QDir(journal.path()).entryList(QDir::Files).isEmpty(), "written: the journal is gone");

        // Another annotator's session of the project does not take my journal.
        LabelDocument other;
        QSignalSpy none(&other, &LabelDocument::journalRestored);
        other.setStore(m_project->store.get(), m_project->me + 1000);
        QCOMPARE(none.count(), 0);
        LabelDocument::setJournalFolder(QString());
    }

    void theLogSaysUndoOfNAndRedoOfN()
    {
        QUndoStack stack;
        auto* add = new AddBoxes(m_doc.get(), { box(10, 10, 50, 30) });
        stack.push(add);
        const EditLogEntry drawn = m_project->log().back();
        QCOMPARE(drawn.reason, EditReason::Edit);
        const AnnotationId id = add->ids()[0];
        // A gesture of three nudges is one step; its undo names the gesture's first entry.
        for (int i = 1; i <= 3; ++i)
            stack.push(new ChangeBoxGeometry(m_doc.get(), { id }, { quad(10 + i, 10, 50 + i, 30) }, 3));
        const auto log = m_project->log();
        const EditLogEntry firstNudge = log[log.size() - 3];
        QCOMPARE(firstNudge.action, QStringLiteral("change"));
        stack.undo();
        EditLogEntry undone = m_project->log().back();
        QCOMPARE(undone.reason, EditReason::Undo);
        QCOMPARE(undone.undoes, firstNudge.id);
        QCOMPARE(undone.seconds, 0.0);
        stack.undo();
        undone = m_project->log().back();
        QCOMPARE(undone.action, QStringLiteral("remove"));
        QCOMPARE(undone.undoes, drawn.id);
        stack.redo();
        QCOMPARE(m_project->log().back().reason, EditReason::Redo);
        QCOMPARE(m_project->log().back().undoes, drawn.id);
        stack.redo();
        QCOMPARE(m_project->log().back().undoes, firstNudge.id);
        // After all that the document holds exactly the stored row: stamp, times, seconds, source.
        const Annotation stored = m_project->mine(m_project->images[0])[0];
        const Annotation* shown = m_doc->annotation(id);
        QCOMPARE(shown->region.polygon, stored.region.polygon);
        QCOMPARE(shown->updatedAt, stored.updatedAt);
        QCOMPARE(shown->createdAt, stored.createdAt);
        QCOMPARE(shown->guidelineVersion, stored.guidelineVersion);
        QCOMPARE(shown->secondsSpent, stored.secondsSpent);
        QCOMPARE(shown->source, stored.source);
    }

    void anUndoQueuedBehindAFailedWriteNamesTheEntryWrittenOnRetry()
    {
        QUndoStack stack;
        WriteLock lock;
        QVERIFY(lock.acquire(m_project->path));
        m_doc->setIdleCap(1);
        auto* add = new AddBoxes(m_doc.get(), { box(10, 10, 50, 30, QStringLiteral("queued")) });
        stack.push(add);
        QVERIFY(m_doc->hasPendingWrites());
        stack.undo(); // queued behind the add: neither is in the store yet
        QCOMPARE(m_doc->pendingWriteCount(), 2);
        lock.release();
        QVERIFY(m_doc->retryPending());
        const auto log = m_project->log();
        const EditLogEntry added = log[log.size() - 2];
        const EditLogEntry undone = log.back();
        QCOMPARE(added.action, QStringLiteral("add"));
        QCOMPARE(added.reason, EditReason::Edit);
        QCOMPARE(undone.action, QStringLiteral("remove"));
        QCOMPARE(undone.reason, EditReason::Undo);
        QCOMPARE(undone.undoes, added.id);
        QVERIFY(m_project->mine(m_project->images[0]).empty());
    }

    void loadRefusesWhilePending()
    {
        QUndoStack stack;
        WriteLock lock;
        QVERIFY(lock.acquire(m_project->path));
        m_doc->setIdleCap(1);
        stack.push(new AddBoxes(m_doc.get(), { box(10, 10, 50, 30) }));
        QVERIFY(m_doc->hasPendingWrites());
        lock.release();
        QString error;
        QVERIFY2(m_doc->load(m_project->images[1], &error), qPrintable(error)); // retries first, then loads
        QCOMPARE(m_project->mine(m_project->images[0]).size(), size_t(1));
    }

    void readingOrder_data()
    {
        QTest::addColumn<QList<QRectF>>("boxes");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("one line") << QList<QRectF> { { 50, 0, 20, 10 }, { 0, 1, 20, 10 }, { 25, -1, 20, 10 } }
                                  << QList<int> { 1, 2, 0 };
        QTest::newRow("two lines") << QList<QRectF> { { 0, 20, 20, 10 }, { 30, 0, 20, 10 }, { 0, 0, 20, 10 },
            { 30, 21, 20, 10 } } << QList<int> { 2, 1, 0, 3 };
        QTest::newRow("tilted line stays one")
            << QList<QRectF> { { 0, 0, 20, 10 }, { 22, 3, 20, 10 }, { 44, 6, 20, 10 }, { 66, 9, 20, 10 } }
            << QList<int> { 0, 1, 2, 3 };
        QTest::newRow("tall box spans lines")
            << QList<QRectF> { { 100, 0, 20, 30 }, { 0, 0, 20, 10 }, { 0, 20, 20, 10 } } << QList<int> { 1, 0, 2 };
        QTest::newRow("empty") << QList<QRectF> {} << QList<int> {};
    }

    void readingOrder()
    {
        QFETCH(QList<QRectF>, boxes);
        QFETCH(QList<int>, expected);
        std::vector<BoxF> in;
        for (const QRectF& r : boxes)
            in.push_back({ r.left(), r.top(), r.right(), r.bottom() });
        QList<int> got;
        for (std::size_t i : lector::readingOrder(in))
            got.append(static_cast<int>(i));
        QCOMPARE(got, expected);
    }

private:
    std::unique_ptr<TestProject> m_project;
    std::unique_ptr<LabelDocument> m_doc;
};

QTEST_MAIN(CommandsTest)
#include "commands_test.moc"
