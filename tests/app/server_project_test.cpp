// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// A team's project on a PostgreSQL server in the app: File ▸ Open Server Project…'s dialog builds the connection
// (the password kept out of what is remembered), and the window opens a project pushed to the throwaway cluster
// (LECTOR_TEST_PG, started by scripts/test.sh; the server cases skip without it): the first image shown from the
// image root, the browser filled by its worker's own connection, the title and recent projects naming the server.
#include "canvas/canvas_controller.h"
#include "commands/add_boxes.h"
#include "dialogs/server_dialog.h"
#include "document/label_document.h"
#include "main_window.h"
#include "panels/dataset_browser.h"
#include "panels/guideline_dock.h"
#include "shell/live_updates.h"
#include "shell/project_session.h"
#include "shell/start_page.h"

#include <lector/store/project_store.h>
#include <lector/store/project_transfer.h>

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace lector;

class ServerProjectTest : public QObject {
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }

    void theDialogBuildsTheUrlAndKeepsThePasswordOut()
    {
        ServerDialog dialog;
        dialog.setLocation(QStringLiteral("postgresql://ann@db.example:6543/ocr?options=-csearch_path%3Dreceipts"));
        QCOMPARE(dialog.location(false),
            QStringLiteral("postgresql://ann@db.example:6543/ocr?options=-csearch_path%3Dreceipts"));
        auto fields = dialog.findChildren<QLineEdit*>();
        QLineEdit* password = nullptr;
        for (QLineEdit* e : fields)
            if (e->echoMode() == QLineEdit::Password)
                password = e;
        QVERIFY(password);
        password->setText(QStringLiteral("p&ss=word"));
        QCOMPARE(dialog.location(true),
            QStringLiteral(
                "postgresql://ann@db.example:6543/ocr?options=-csearch_path%3Dreceipts&password=p%26ss%3Dword"));
        QCOMPARE(ProjectStore::withoutPassword(dialog.location(true)), dialog.location(false));
        // Names that need encoding stay where they belong (a %3A in the user is not the port's placeholder).
        dialog.setLocation(QStringLiteral("postgresql://a%3Ab@localhost:5433/ocr"));
        QCOMPARE(dialog.location(false), QStringLiteral("postgresql://a%3Ab@localhost:5433/ocr"));
        // No schema: the public one, and no query at all.
        dialog.setLocation(QStringLiteral("postgresql://ann@localhost:5432/ocr"));
        password->clear();
        QCOMPARE(dialog.location(true), QStringLiteral("postgresql://ann@localhost:5432/ocr"));
    }

    void theStartPageListsARecentServerProjectAndOffersTheDialog()
    {
        QSettings().setValue(QStringLiteral("recentProjects"),
            QStringList { QStringLiteral("postgresql://ann@db.example:5432/ocr?options=-csearch_path%3Dreceipts") });
        MainWindow w;
        QVERIFY(w.isStartPageShown());
        auto* recent = w.startPage()->findChild<QListWidget*>(QStringLiteral("recentProjects"));
        QVERIFY(recent);
        QCOMPARE(recent->count(), 1);
        QVERIFY2(recent->item(0)->text().contains(QStringLiteral("receipts    on db.example (ocr)")),
            qPrintable(recent->item(0)->text()));
        QVERIFY(recent->item(0)->flags() & Qt::ItemIsEnabled); // a server is not a missing file
        QVERIFY(w.startPage()->findChild<QPushButton*>(QStringLiteral("startOpenServer")));
        QVERIFY(w.findChild<QAction*>(QStringLiteral("file.openServer")));
    }

    void opensAServerProjectLikeAFile()
    {
        const QString server = qEnvironmentVariable("LECTOR_TEST_PG");
        if (server.isEmpty())
            QSKIP("no PostgreSQL server: LECTOR_TEST_PG is not set (scripts/test.sh starts one)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ImportBatch batch;
        for (int i = 0; i < 3; ++i) {
            QImage img(160 + i, 90, QImage::Format_RGB32);
            img.fill(QColor(240, 240, 240 - i));
            const QString path = dir.filePath(QStringLiteral("scan_%1.png").arg(i));
            QVERIFY(img.save(path));
            ImportedImage ii;
            ii.imagePath = path;
            Region r;
            r.polygon = Polygon::fromBox({ 4, 4, 60, 20 });
            r.text = QStringLiteral("영수증 %1").arg(i);
            ii.regions.push_back(r);
            batch.images.push_back(ii);
        }
        const QString schema = QStringLiteral("app_%1").arg(QRandomGenerator::global()->generate64());
        const QString url = server + QStringLiteral("?options=-csearch_path%3D") + schema;
        {
            auto file = ProjectStore::create(dir.filePath(QStringLiteral("scans.lector")));
            QVERIFY(file);
            // Labeled by the database user the window will connect as: on a server, that is who one works as.
            QVERIFY((*file)->importBatch(batch, ImportTarget::forAnnotator(QUrl(server).userName())));
            auto onServer = ProjectStore::create(url);
            QVERIFY2(onServer, qPrintable(onServer ? QString() : onServer.error().toString()));
            auto copied = copyProject(**file, **onServer);
            QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().toString()));
            QVERIFY((*onServer)->storeImageRoot(dir.path()));
        }

        MainWindow w;
        QSignalSpy shown(&w, &MainWindow::firstImageShown);
        QString error;
        QVERIFY2(w.openProject(url, &error, QStringLiteral("alice"), false), qPrintable(error));
        QVERIFY(w.session()->store()->isServer());
        QCOMPARE(w.session()->me().name, QUrl(server).userName()); // not the name asked for
        QVERIFY(!w.session()->switchAnnotator(QStringLiteral("alice")));
        QCOMPARE(shown.count(), 1);
        QVERIFY(w.currentImage() != 0);
        QCOMPARE(w.canvas()->document()->annotations().size(), size_t(1));
        QVERIFY(w.canvas()->document()->annotations().begin()->second.region.text.startsWith(QStringLiteral("영수증")));
        QVERIFY2(w.windowTitle().contains(schema), qPrintable(w.windowTitle()));
        // The browser's worker opened the project again, on a connection of its own.
        QTRY_COMPARE_WITH_TIMEOUT(w.browser()->shownCount(), 3, 10000);
        const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.front(), url);

        // An edit made in the window is on the server, for everyone: a second connection reads it.
        QVERIFY(w.showImageByName(QStringLiteral("scan_1.png")));
        Annotation a;
        a.region.polygon = Polygon::fromBox({ 80, 40, 120, 60 });
        w.canvas()->undoStack()->push(new AddBoxes(w.canvas()->document(), { a }));
        auto again = ProjectStore::open(url);
        QVERIFY(again);
        auto info = (*again)->info();
        QVERIFY(info);
        QCOMPARE(info->images, 3);
        QCOMPARE(info->annotations, 4);
    }

    void anotherMembersChangesAppearWithoutReloading()
    {
        const QString server = qEnvironmentVariable("LECTOR_TEST_PG");
        if (server.isEmpty())
            QSKIP("no PostgreSQL server: LECTOR_TEST_PG is not set (scripts/test.sh starts one)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ImportBatch batch;
        for (int i = 0; i < 2; ++i) {
            QImage img(160 + i, 90, QImage::Format_RGB32);
            img.fill(QColor(240, 240, 240 - i));
            const QString path = dir.filePath(QStringLiteral("live_%1.png").arg(i));
            QVERIFY(img.save(path));
            batch.images.push_back({ path, 0, 0, {}, {}, false });
        }
        const QString schema = QStringLiteral("live_%1").arg(QRandomGenerator::global()->generate64());
        const QString url = server + QStringLiteral("?options=-csearch_path%3D") + schema;
        {
            auto made = ProjectStore::create(url);
            QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
            QVERIFY((*made)->storeImageRoot(dir.path()));
            QVERIFY((*made)->importBatch(batch, ImportTarget::imagesOnly()));
        }
        MainWindow w;
        w.show();
        QString error;
        QVERIFY2(w.openProject(url, &error, QString(), false), qPrintable(error));
        auto* live = w.findChild<QLabel*>(QStringLiteral("statusLive"));
        QVERIFY(live);
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->liveUpdates()->state(), LiveUpdates::State::Live, 15000);
        QVERIFY(live->isVisible());
        QVERIFY2(live->text().contains(QStringLiteral("Live")), qPrintable(live->text()));
        const ImageId shown = w.currentImage();
        QVERIFY(shown);
        QCOMPARE(w.canvas()->document()->otherAnnotations().size(), size_t(0));

        // Another member (another connection) labels the image on screen: it appears among the others' labels.
        auto other = ProjectStore::open(url);
        QVERIFY(other);
        Annotation theirs;
        theirs.image = shown;
        theirs.annotator = *(*other)->ensureAnnotator(QStringLiteral("bora"));
        theirs.region.polygon = Polygon::fromBox({ 10, 10, 60, 30 });
        theirs.region.text = QStringLiteral("보라");
        QVERIFY((*other)->addAnnotations({ theirs }));
        QTRY_COMPARE_WITH_TIMEOUT(w.canvas()->document()->otherAnnotations().size(), size_t(1), 10000);
        QCOMPARE(w.canvas()->document()->otherAnnotations().front().region.text, QStringLiteral("보라"));

        // A new guideline version: the panel shows it and it is announced, as when a project opens.
        QCOMPARE(w.guideline()->newestVersion(), 0);
        QVERIFY((*other)->publishGuideline(QStringLiteral("# Rules\n\nAmounts with their currency."),
            QStringLiteral("amounts"), QStringLiteral("lea")));
        QTRY_COMPARE_WITH_TIMEOUT(w.guideline()->newestVersion(), 1, 10000);
        QTRY_COMPARE(w.announcedGuideline(), 1);
        for (QMessageBox* box : w.findChildren<QMessageBox*>())
            box->close();

        // The listening connection lost (the server restarted it): said in the status bar, then live again.
        // (psql, as the tests' cluster user: the app has no SQL of its own to run.)
        QProcess psql;
        psql.start(QStringLiteral("psql"),
            { server, QStringLiteral("-XAtqc"),
                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %%1%'")
                    .arg(schema) });
        QVERIFY(psql.waitForFinished(10000));
        QCOMPARE(psql.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->liveUpdates()->state(), LiveUpdates::State::Lost, 10000);
        QVERIFY2(live->text().contains(QStringLiteral("paused")), qPrintable(live->text()));
        QVERIFY2(live->toolTip().contains(QStringLiteral("again")), qPrintable(live->toolTip()));
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->liveUpdates()->state(), LiveUpdates::State::Live, 20000);
        // And hears again.
        theirs.region.text = QStringLiteral("다시");
        theirs.region.polygon = Polygon::fromBox({ 70, 10, 120, 30 });
        QVERIFY((*other)->addAnnotations({ theirs }));
        QTRY_COMPARE_WITH_TIMEOUT(w.canvas()->document()->otherAnnotations().size(), size_t(2), 10000);
    }
};

QTEST_MAIN(ServerProjectTest)
#include "server_project_test.moc"
