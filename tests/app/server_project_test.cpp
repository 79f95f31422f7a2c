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
#include "shell/project_session.h"
#include "shell/start_page.h"

#include <lector/store/project_store.h>
#include <lector/store/project_transfer.h>

#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
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
};

QTEST_MAIN(ServerProjectTest)
#include "server_project_test.moc"
