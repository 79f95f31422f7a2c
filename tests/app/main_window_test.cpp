// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "main_window.h"
#include "models/image_list_model.h"

#include <lector/store/project_store.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace lector;

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString images = m_dir.filePath(QStringLiteral("images"));
        QDir().mkpath(images);
        ImportBatch batch;
        for (int i = 0; i < 3; ++i) {
            QImage img(60 + i, 40, QImage::Format_RGB32);
            img.fill(QColor(250, 250, 250 - i));
            const QString path = QDir(images).filePath(QStringLiteral("page_%1.png").arg(i));
            QVERIFY(img.save(path));
            ImportedImage ii;
            ii.imagePath = path;
            for (int r = 0; r <= i; ++r) {
                Region region;
                region.polygon = Polygon::fromBox({ 2.0 + r * 10, 2, 10.0 + r * 10, 12 });
                region.text = QStringLiteral("w%1").arg(r);
                ii.regions.push_back(region);
            }
            batch.images.push_back(ii);
        }
        m_project = m_dir.filePath(QStringLiteral("t.lector"));
        auto store = ProjectStore::create(m_project);
        QVERIFY(store);
        QVERIFY((*store)->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("ann"))));
    }

    void listsTheImagesOfTheProject()
    {
        MainWindow w;
        QAbstractItemModelTester tester(w.imageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY2(w.openProject(m_project, &error), qPrintable(error));
        QCOMPARE(w.imageModel()->rowCount(), 3);
        QCOMPARE(w.imageModel()->index(1).data().toString(), QStringLiteral("page_1.png"));
        QCOMPARE(w.imageModel()->index(2).data(ImageListModel::PathRole).toString(), QStringLiteral("images/page_2.png"));
        // The first image is shown with its one region.
        QVERIFY(w.currentImage() != 0);
        QCOMPARE(w.shownRegionCount(), 1);
        QVERIFY(w.selectImageByName(QStringLiteral("page_2.png")));
        QCOMPARE(w.shownRegionCount(), 3);
        QVERIFY(!w.selectImageByName(QStringLiteral("nope.png")));
    }

    void refusesAMissingProject()
    {
        MainWindow w;
        QString error;
        QVERIFY(!w.openProject(m_dir.filePath(QStringLiteral("missing.lector")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing.lector")), qPrintable(error));
        QCOMPARE(w.imageModel()->rowCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
