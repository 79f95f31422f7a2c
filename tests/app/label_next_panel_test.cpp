// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The lead's Label Next panel: a strategy chosen and explained, the selection computed on a worker, assigned to
// annotators with an overlap, and the annotator's To do for me following the queue in the browser.
#include "models/image_browser_model.h"
#include "panels/dataset_browser.h"
#include "panels/label_next_panel.h"
#include "shell/project_session.h"

#include <lector/analysis/selection.h>
#include <lector/store/label_queue_repository.h>
#include <lector/store/prediction_repository.h>
#include <lector/store/project_store.h>

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace lector;

class LabelNextPanelTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto store = ProjectStore::create(m_dir->filePath(QStringLiteral("n.lector")));
        QVERIFY(store);
        m_store = std::move(store).value();
        ImportBatch batch;
        for (int i = 0; i < 8; ++i) {
            QImage page(200 + 10 * i, 100, QImage::Format_RGB32);
            page.fill(Qt::white);
            QPainter p(&page);
            p.drawText(10 + i, 40, QStringLiteral("page %1").arg(i));
            p.end();
            const QString path = m_dir->filePath(QStringLiteral("p%1.png").arg(i));
            QVERIFY(page.save(path));
            batch.images.push_back({ path, 0, 0, {}, {} });
        }
        QVERIFY(m_store->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("seed"))));
        for (const char* who : { "alice", "bob", "chloe" })
            QVERIFY(m_store->ensureAnnotator(QString::fromLatin1(who)));
        auto run = m_store->createRun(QStringLiteral("ocr"), QStringLiteral("m"), QStringLiteral("{}"));
        QVERIFY(run);
        const auto images = *m_store->images();
        for (std::size_t i = 0; i < images.size(); ++i) {
            Region r;
            r.polygon = Polygon::fromBox({ 10, 10, 60, 30 });
            r.text = QStringLiteral("w");
            r.confidence = 0.86 - 0.08 * double(i); // the last page the least sure: the queue runs against the ids
            QVERIFY(PredictionRepository(*m_store).addImagePredictions(*run, images[i].id, { r }));
        }
        m_session = std::make_unique<ProjectSession>();
    }

    void cleanup() { m_session.reset(); }

    void choosesAssignsAndTheQueueIsTheAnnotatorsToDo()
    {
        LabelNextPanel panel(m_session.get());
        panel.setEager(true); // refreshes as if on screen
        QVERIFY(m_session->open(m_store->path(), QStringLiteral("lea"), Role::Lead));
        panel.setStrategy(SelectStrategy::LeastConfidence);
        QCOMPARE(panel.explanation(), selectStrategyExplanation(SelectStrategy::LeastConfidence));
        panel.setBudget(4);
        QSignalSpy chosen(&panel, &LabelNextPanel::chosen);
        panel.choose();
        QVERIFY(chosen.wait(10000));
        QVERIFY(panel.selection().has_value());
        // What the core chooses over the same store (the panel draws it, computes nothing of its own).
        SelectOptions options;
        options.strategy = SelectStrategy::LeastConfidence;
        options.budget = 4;
        auto expected = selectFromStore(*m_store, options);
        QVERIFY(expected);
        QCOMPARE(panel.selection()->images.size(), size_t(4));
        for (std::size_t i = 0; i < 4; ++i)
            QCOMPARE(panel.selection()->images[i].image, expected->images[i].image);
        const auto images = *m_store->images();
        QCOMPARE(panel.selection()->images[0].image, images[7].id); // the least confident page first
        QVERIFY2(panel.statusText().contains(QStringLiteral("4 of 8")), qPrintable(panel.statusText()));

        QString error;
        QVERIFY(!panel.assign(&error)); // nobody checked
        QVERIFY(error.contains(QStringLiteral("Check the annotators")));
        QVERIFY(panel.assignableAnnotators().contains(QStringLiteral("alice")));
        QVERIFY(!panel.assignableAnnotators().contains(QStringLiteral("lea"))); // a lead is not dealt images
        panel.setAssignees({ QStringLiteral("alice"), QStringLiteral("bob") });
        panel.setOverlap(0.25, 2);
        QVERIFY2(panel.assign(&error), qPrintable(error));
        QVERIFY2(panel.statusText().contains(QStringLiteral("1 shared")), qPrintable(panel.statusText()));
        const auto progress = panel.queueProgress();
        QCOMPARE(progress.size(), size_t(2));
        QCOMPARE(std::get<1>(progress[0]) + std::get<1>(progress[1]), 5); // 4 images, one of them to both
        const AnnotatorId alice = *m_store->ensureAnnotator(QStringLiteral("alice"));
        const auto queue = *LabelQueueRepository(*m_store).queue(alice);
        QVERIFY(queue.size() >= 2);
        QVERIFY(queue[0].image > queue[1].image); // not the id order: the browser must follow the queue

        // Alice's browser, To do for me: her queue in its order, nothing else.
        ProjectSession aliceSession;
        DatasetBrowser browser(&aliceSession);
        browser.setEager(true);
        QVERIFY(aliceSession.open(m_store->path(), QStringLiteral("alice")));
        browser.setStatusFilter(ImageQuery::Status::ToDoForMe);
        QTRY_COMPARE_WITH_TIMEOUT(browser.shownCount(), int(queue.size()), 10000);
        auto rowImage = [&](int row) {
            const QModelIndex index = browser.model()->index(row, 0);
            return browser.model()->data(index, ImageBrowserModel::LoadedRole).toBool()
                ? browser.model()->data(index, ImageBrowserModel::ImageIdRole).value<ImageId>()
                : ImageId(0);
        };
        for (std::size_t i = 0; i < queue.size(); ++i)
            QTRY_COMPARE_WITH_TIMEOUT(rowImage(int(i)), queue[i].image, 10000);

        // Assigning is one undo step: undone, alice and bob have no queue again (their to do is every image); redone,
        // the same queue comes back; a second assignment undone brings back the first.
        QVERIFY(m_session->history()->canUndo());
        m_session->history()->undo();
        QVERIFY(LabelQueueRepository(*m_store).queue(alice)->empty());
        QVERIFY(panel.queueProgress().empty());
        m_session->history()->redo();
        const auto again = *LabelQueueRepository(*m_store).queue(alice);
        QCOMPARE(again.size(), queue.size());
        for (std::size_t i = 0; i < queue.size(); ++i)
            QCOMPARE(again[i].image, queue[i].image);
        panel.setAssignees({ QStringLiteral("alice") });
        panel.setOverlap(0, 2);
        QVERIFY2(panel.assign(&error), qPrintable(error));
        QCOMPARE(LabelQueueRepository(*m_store).queue(alice)->size(), std::size_t(4));
        m_session->history()->undo();
        const auto first = *LabelQueueRepository(*m_store).queue(alice);
        QCOMPARE(first.size(), queue.size());
        for (std::size_t i = 0; i < queue.size(); ++i) {
            QCOMPARE(first[i].image, queue[i].image);
            QCOMPARE(first[i].position, queue[i].position);
            QCOMPARE(first[i].strategy, queue[i].strategy);
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectSession> m_session;
};

QTEST_MAIN(LabelNextPanelTest)
#include "label_next_panel_test.moc"
