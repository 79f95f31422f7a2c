// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The Suspects panel: found on the job runner, worst first, the keys' fixes as undo steps that record the decision,
// and Enter opening the suspect on the canvas.
#include "panels/suspects_panel.h"
#include "shell/project_session.h"

#include <lector/store/project_store.h>
#include <lector/store/suspect_decision_repository.h>

#include <QComboBox>
#include <QImage>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace lector;

namespace {
Region word(double x0, double x1, const char* text, double confidence = -1)
{
    Region r;
    r.polygon = Polygon::fromBox({ x0, 10, x1, 30 });
    r.text = QString::fromLatin1(text);
    if (confidence >= 0)
        r.confidence = confidence;
    return r;
}
ImportedImage imported(const QString& path, std::vector<Region> regions)
{
    ImportedImage image;
    image.imagePath = path;
    image.regions = std::move(regions);
    return image;
}
}

class SuspectsPanelTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QImage page(300, 60, QImage::Format_RGB32);
        page.fill(Qt::white);
        const QString path = m_dir->filePath(QStringLiteral("page.png"));
        QVERIFY(page.save(path));
        m_project = m_dir->filePath(QStringLiteral("p.lector"));
        auto store = ProjectStore::create(m_project);
        QVERIFY(store);
        ImportBatch run;
        run.images.push_back(
            imported(path, { word(10, 50, "cat", 0.95), word(60, 100, "dog", 0.93), word(110, 150, "sun", 0.97) }));
        QVERIFY((*store)->importBatch(run, ImportTarget::forRun(QStringLiteral("m1"))));
        ImportBatch bob;
        bob.images.push_back(imported(path, { word(10, 50, "cat"), word(60, 100, "dog"), word(110, 150, "sun") }));
        QVERIFY((*store)->importBatch(bob, ImportTarget::forAnnotator(QStringLiteral("bob"))));
        // ann missed "dog" and wrote "sin".
        ImportBatch ann;
        ann.images.push_back(imported(path, { word(10, 50, "cat"), word(110, 150, "sin") }));
        QVERIFY((*store)->importBatch(ann, ImportTarget::forAnnotator(QStringLiteral("ann"))));
    }

    void findsFixesUndoesAndOpens()
    {
        ProjectSession session;
        SuspectsPanel panel(&session);
        panel.setEager(true);
        QVERIFY(session.open(m_project, QStringLiteral("ann")));
        QCoreApplication::processEvents();
        QSignalSpy computed(&panel, &SuspectsPanel::computed);
        panel.find();
        QVERIFY(computed.wait(20000));
        std::vector<Suspect> shown = panel.shownSuspects();
        QCOMPARE(shown.size(), std::size_t(2));
        QCOMPARE(shown[0].kind, SuspectKind::WrongText); // worst first
        QCOMPARE(shown[1].kind, SuspectKind::MissedWord);
        QCOMPARE(panel.statusOf(shown[0]), QStringLiteral("open"));

        // Enter: the image and the suspect's versions on the canvas.
        QSignalSpy image(&panel, &SuspectsPanel::imageRequested);
        auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("suspectsList"));
        QVERIFY(list);
        panel.setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(image.count(), 1);
        int versions = 0;
        connect(&panel, &SuspectsPanel::openOnCanvas, this,
            [&](ImageId, const ConflictFocus& focus) { versions = int(focus.versions.size()); });
        QTest::keyClick(list, Qt::Key_Enter);
        QCOMPARE(versions, 3); // ann's label, the prediction, bob's

        // A on the wrong text: the model's text, one undo step, the decision recorded.
        const AnnotationId sin = shown[0].annotation;
        QTest::keyClick(list, Qt::Key_A);
        QCOMPARE(session.history()->count(), 1);
        QCOMPARE(session.store()->annotation(sin)->value().region.text, QStringLiteral("sun"));
        QCOMPARE(panel.statusOf(shown[0]), QStringLiteral("fixed"));
        // D on the missed word: dismissed, no label written.
        panel.setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_D);
        QCOMPARE(panel.statusOf(shown[1]), QStringLiteral("dismissed"));
        QCOMPARE(panel.precisionText(), QStringLiteral("Precision so far: 0.50 (1 fixed, 1 dismissed)"));
        QCOMPARE(session.store()->annotations(shown[1].image)->size(), std::size_t(2 + 3));

        session.history()->undo();
        session.history()->undo();
        QCOMPARE(session.store()->annotation(sin)->value().region.text, QStringLiteral("sin"));
        QCOMPARE(panel.statusOf(shown[0]), QStringLiteral("open"));
        QCOMPARE(panel.precisionText(), QStringLiteral("Precision so far: no answers yet"));
        session.history()->redo();
        QCOMPARE(session.store()->annotation(sin)->value().region.text, QStringLiteral("sun"));

        // Filters: the kind.
        auto* kind = panel.findChild<QComboBox*>(QStringLiteral("suspectsKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("missed_word")));
        QCOMPARE(panel.shownSuspects().size(), std::size_t(1));
        // The slice: both suspects are Latin words, none Hangul.
        kind->setCurrentIndex(0);
        auto* slice = panel.findChild<QComboBox*>(QStringLiteral("suspectsSlice"));
        QVERIFY(slice);
        slice->setCurrentIndex(slice->findData(QStringLiteral("script:hangul")));
        QCOMPARE(panel.shownSuspects().size(), std::size_t(0));
        slice->setCurrentIndex(slice->findData(QStringLiteral("script:latin")));
        QCOMPARE(panel.shownSuspects().size(), std::size_t(2));
        slice->setCurrentIndex(0);

        // Cancel: a canceled search says so.
        panel.find();
        panel.cancel();
        QVERIFY(computed.wait(20000));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

QTEST_MAIN(SuspectsPanelTest)
#include "suspects_panel_test.moc"
