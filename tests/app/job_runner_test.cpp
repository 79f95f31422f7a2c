// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The app's spine: the project session (what is open, who works, what changed) and the one job runner every
// worker goes through (its own connection, progress, Cancel, the latest request winning, results on the UI thread).
#include "canvas_test_support.h"

#include "canvas/canvas_controller.h"
#include "document/label_document.h"
#include "shell/job_runner.h"
#include "shell/progress_strip.h"
#include "shell/project_session.h"

#include <lector/store/project_store.h>

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QThread>
#include <QUndoCommand>
#include <QUndoStack>

#include <atomic>

using namespace lector;
using namespace lector::testing;

namespace {

/// Work that waits until canceled (or `release` is set), then says how it ended.
Result<int> waitForCancel(Progress& progress, const std::atomic<bool>& release, int value)
{
    progress.report(0, 10);
    while (!progress.isCanceled() && !release.load())
        QThread::msleep(2);
    progress.report(10, 10);
    return value;
}

} // namespace

class JobRunnerTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_project = std::make_unique<TestProject>();
        QVERIFY(m_project->create());
        QVERIFY(m_project->openSession());
    }

    void cleanup() { m_project.reset(); }

    void aJobGetsItsOwnConnectionAndHandsItsResultBackOnTheUiThread()
    {
        ProjectSession* session = m_project->session.get();
        const auto ui = QThread::currentThread();
        QThread* worker = nullptr;
        const ProjectStore* workerStore = nullptr;
        std::optional<Result<std::size_t>> got;
        QThread* deliveredOn = nullptr;
        session->jobs()->start(
            JobSpec {},
            [&](ProjectStore& store, Progress&) -> Result<std::size_t> {
                worker = QThread::currentThread();
                workerStore = &store;
                auto images = store.images();
                if (!images)
                    return std::move(images).error();
                return images->size();
            },
            this,
            [&](Result<std::size_t> r) {
                deliveredOn = QThread::currentThread();
                got = std::move(r);
            });
        QTRY_VERIFY(got.has_value());
        QVERIFY(*got);
        QCOMPARE(**got, m_project->images.size());
        QVERIFY(worker != ui);
        QCOMPARE(deliveredOn, ui);
        QVERIFY(workerStore != session->store()); // one connection per thread
        QCOMPARE(session->jobs()->runningCount(), 0);
    }

    void errorsComeBackTheSameWay()
    {
        std::optional<Result<int>> got;
        m_project->session->jobs()->start(
            JobSpec {}, [](Progress&) -> Result<int> { return LECTOR_ERROR(ErrorCode::Parse, QStringLiteral("bad")); },
            this, [&](Result<int> r) { got = std::move(r); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!*got);
        QCOMPARE(got->error().code, ErrorCode::Parse);
    }

    void theLatestRequestOfAKeyWins()
    {
        JobRunner* jobs = m_project->session->jobs();
        std::atomic<bool> release { false };
        QList<int> delivered;
        JobSpec spec;
        spec.key = QStringLiteral("panel");
        const auto first = jobs->start(
            spec, [&](Progress& p) { return waitForCancel(p, release, 1); }, this,
            [&](Result<int> r) { delivered << (r ? *r : -1); });
        QVERIFY(jobs->isRunning(first));
        const auto second = jobs->start(
            spec, [&](Progress& p) { return waitForCancel(p, release, 2); }, this,
            [&](Result<int> r) { delivered << (r ? *r : -1); });
        QCOMPARE(jobs->current(spec.key), second);
        // The first was told to stop and ends; nothing of it is delivered.
        QTRY_VERIFY(!jobs->isRunning(first));
        QVERIFY(delivered.isEmpty());
        release = true;
        QTRY_COMPARE(delivered, QList<int> { 2 });
        QVERIFY(!jobs->isKeyRunning(spec.key));
    }

    void cancelHandsBackCanceledUnlessThePartialResultIsWanted()
    {
        JobRunner* jobs = m_project->session->jobs();
        std::atomic<bool> release { false };
        for (const bool keep : { false, true }) {
            std::optional<Result<int>> got;
            JobSpec spec;
            spec.keepsPartialResult = keep;
            const auto id = jobs->start(
                spec, [&](Progress& p) { return waitForCancel(p, release, 7); }, this,
                [&](Result<int> r) { got = std::move(r); });
            jobs->cancel(id);
            QTRY_VERIFY(got.has_value());
            if (keep) {
                QVERIFY(*got);
                QCOMPARE(**got, 7);
            } else {
                QVERIFY(!*got);
                QCOMPARE(got->error().code, ErrorCode::Canceled);
            }
        }
    }

    void aJobThatMustFinishCannotBeCanceled()
    {
        JobRunner* jobs = m_project->session->jobs();
        std::atomic<bool> release { false };
        ProgressStrip strip(jobs, {});
        std::optional<Result<int>> got;
        JobSpec spec;
        spec.title = QStringLiteral("Promoting");
        spec.cancelable = false;
        const auto id = jobs->start(
            spec, [&](Progress& p) { return waitForCancel(p, release, 3); }, this,
            [&](Result<int> r) { got = std::move(r); });
        QTRY_VERIFY(strip.isVisible() || strip.shownJob() == id);
        QCOMPARE(strip.shownJob(), id);
        QVERIFY(!strip.findChild<QPushButton*>(QStringLiteral("progressCancel"))->isVisibleTo(&strip));
        jobs->cancel(id);
        QTest::qWait(50);
        QVERIFY(jobs->isRunning(id)); // still going: a cancel does not reach it
        release = true;
        QTRY_VERIFY(got.has_value());
        QCOMPARE(**got, 3);
        QTRY_COMPARE(strip.shownJob(), JobRunner::JobId(0));
        QVERIFY(strip.isHidden());
    }

    void aStripFollowsItsKeysShowsProgressAndCancels()
    {
        JobRunner* jobs = m_project->session->jobs();
        std::atomic<bool> release { false };
        ProgressStrip mine(jobs, { QStringLiteral("mine") });
        ProgressStrip all(jobs, {});
        all.setShowsText(true);
        JobSpec other;
        other.key = QStringLiteral("other");
        other.title = QStringLiteral("Other work");
        std::optional<Result<int>> otherResult;
        jobs->start(
            other, [&](Progress& p) { return waitForCancel(p, release, 1); }, this,
            [&](Result<int> r) { otherResult = std::move(r); });
        QCOMPARE(mine.shownJob(), JobRunner::JobId(0)); // not its key
        QVERIFY(all.shownJob() != 0);
        QTRY_VERIFY(all.text().contains(QStringLiteral("Other work")));
        QTRY_VERIFY(all.text().contains(QStringLiteral("0 of 10")));

        JobSpec spec;
        spec.key = QStringLiteral("mine");
        spec.title = QStringLiteral("My work");
        std::optional<Result<int>> got;
        const auto id = jobs->start(
            spec, [&](Progress& p) { return waitForCancel(p, release, 2); }, this,
            [&](Result<int> r) { got = std::move(r); });
        QCOMPARE(mine.shownJob(), id);
        QCOMPARE(all.shownJob(), id); // the newest
        mine.findChild<QPushButton*>(QStringLiteral("progressCancel"))->click();
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->error().code, ErrorCode::Canceled);
        QTRY_COMPARE(mine.shownJob(), JobRunner::JobId(0));
        QVERIFY(!otherResult.has_value()); // the other job goes on
        QVERIFY(all.shownJob() != 0);
        release = true;
        QTRY_VERIFY(otherResult.has_value());
        QTRY_COMPARE(all.shownJob(), JobRunner::JobId(0));
    }

    void noResultReachesAContextThatIsGone()
    {
        JobRunner* jobs = m_project->session->jobs();
        std::atomic<bool> release { false };
        bool delivered = false;
        auto* context = new QObject;
        const auto id = jobs->start(
            JobSpec {}, [&](Progress& p) { return waitForCancel(p, release, 1); }, context,
            [&](Result<int>) { delivered = true; });
        delete context;
        release = true;
        QTRY_VERIFY(!jobs->isRunning(id));
        QTest::qWait(20);
        QVERIFY(!delivered);
    }

    void editingPausesWhileAJobWritesMyLabels()
    {
        ProjectSession* session = m_project->session.get();
        CanvasController canvas(session, nullptr);
        QVERIFY(canvas.showImage(m_project->images[0]));
        QVERIFY(!canvas.document()->isReadOnly());
        QSignalSpy blocked(session->jobs(), &JobRunner::editingBlockedChanged);
        std::atomic<bool> release { false };
        JobSpec spec;
        spec.blocksEditing = true;
        bool done = false;
        session->jobs()->start(
            spec, [&](Progress& p) { return waitForCancel(p, release, 1); }, this, [&](Result<int>) { done = true; });
        QCOMPARE(blocked.count(), 1);
        QVERIFY(canvas.document()->isReadOnly());
        QVERIFY(!canvas.action(QStringLiteral("edit.paste"))->isEnabled());
        release = true;
        QTRY_VERIFY(done);
        QCOMPARE(blocked.count(), 2);
        QVERIFY(!canvas.document()->isReadOnly());
    }

    void closingTheProjectWaitsForEveryWorker()
    {
        ProjectSession* session = m_project->session.get();
        std::atomic<bool> finishedWork { false };
        bool delivered = false;
        session->jobs()->start(
            JobSpec {},
            [&](ProjectStore& store, Progress& p) -> Result<int> {
                while (!p.isCanceled())
                    QThread::msleep(2);
                (void)store.imageCount(); // its connection still works: the file is not closed under it
                finishedWork = true;
                return 1;
            },
            this, [&](Result<int>) { delivered = true; });
        QSignalSpy closed(session, &ProjectSession::closed);
        session->close();
        QCOMPARE(closed.count(), 1);
        QVERIFY(finishedWork.load()); // close() returned only after the worker ended
        QVERIFY(!session->isOpen());
        QCOMPARE(session->jobs()->runningCount(), 0);
        QTest::qWait(20);
        QVERIFY(!delivered); // nobody waits for a result of the closed project
    }

    void theSessionTellsWhatChanged()
    {
        ProjectSession* session = m_project->session.get();
        QSignalSpy opened(session, &ProjectSession::opened);
        QSignalSpy closed(session, &ProjectSession::closed);
        QSignalSpy annotator(session, &ProjectSession::annotatorChanged);
        QSignalSpy runs(session, &ProjectSession::runsChanged);
        QCOMPARE(session->me().name, QStringLiteral("me"));
        // A step of the project's history is the annotator's own: switching clears it.
        session->history()->push(new QUndoCommand(QStringLiteral("something")));
        QVERIFY(session->switchAnnotator(QStringLiteral("rita"), Role::Reviewer));
        QCOMPARE(annotator.count(), 1);
        QCOMPARE(session->me().name, QStringLiteral("rita"));
        QCOMPARE(session->me().role, Role::Reviewer);
        QCOMPARE(session->history()->count(), 0);
        // Runs are read once and again when announced.
        QVERIFY(session->runs().empty());
        QVERIFY(m_project->store->createRun(QStringLiteral("r1"), QStringLiteral("m"), {}));
        QVERIFY(session->runs().empty());
        session->notifyRunsChanged();
        QCOMPARE(runs.count(), 1);
        QCOMPARE(session->runs().size(), size_t(1));
        // A project that does not open leaves the one that is open.
        auto failed = session->open(m_project->dir.filePath(QStringLiteral("missing.lector")), QStringLiteral("me"));
        QVERIFY(!failed);
        QVERIFY(session->isOpen());
        QCOMPARE(closed.count(), 0);
        // Another project: closed, then opened.
        TestProject other;
        QVERIFY(other.create(1));
        QVERIFY(session->open(other.path, QStringLiteral("me")));
        QCOMPARE(closed.count(), 1);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(session->path(), other.path);
        QVERIFY(session->runs().empty());
        session->close();
    }

private:
    std::unique_ptr<TestProject> m_project;
};

QTEST_MAIN(JobRunnerTest)
#include "job_runner_test.moc"
