// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Images in without a terminal: the start page, New Project from Folder on a real sample, a folder dropped on an
// open project, the demo project; the browser and canvas show what came in at once.
#include "canvas/canvas_controller.h"
#include "dialogs/annotator_dialog.h"
#include "dialogs/folder_import_dialog.h"
#include "document/label_document.h"
#include "main_window.h"
#include "panels/dataset_browser.h"
#include "shell/import_controller.h"
#include "shell/project_session.h"
#include "shell/start_page.h"

#include <lector/io/format.h>
#include <lector/io/format_registry.h>
#include <lector/store/image_query.h>
#include <lector/store/project_store.h>

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace lector;

namespace {
QString sharedData()
{
    const QByteArray env = qgetenv("LECTOR_TEST_DATA");
    return env.isEmpty() ? QStringLiteral(LECTOR_TEST_DATA_DEFAULT) : QString::fromLocal8Bit(env);
}

std::int64_t imageCount(const ProjectStore& store)
{
    auto n = store.imageCount();
    return n ? *n : -1;
}

/// Every region of one annotator, over all images.
std::int64_t regionCount(const ProjectStore& store, const QString& annotator)
{
    auto who = store.findAnnotator(annotator);
    if (!who || !*who)
        return -1;
    auto rows = store.queryImages(ImageQuery {}, 0, 100000);
    if (!rows)
        return -1;
    std::int64_t n = 0;
    for (const ImageRow& r : *rows) {
        auto a = store.annotations(r.image.id, (*who)->id);
        n += a ? std::int64_t(a->size()) : 0;
    }
    return n;
}

void writePng(const QString& path, int w, int h)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(QColor(240, 240, 235));
    QVERIFY(img.save(path));
}
}

class ImportTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void theStartPageShowsUntilAProjectOpens()
    {
        const QString project = m_dir->filePath(QStringLiteral("p.lector"));
        QVERIFY(ProjectStore::create(project));
        QSettings().setValue(
            QStringLiteral("recentProjects"), QStringList { project, m_dir->filePath(QStringLiteral("gone.lector")) });
        MainWindow w;
        QVERIFY(w.isStartPageShown());
        auto* recent = w.startPage()->findChild<QListWidget*>(QStringLiteral("recentProjects"));
        QVERIFY(recent);
        QCOMPARE(recent->count(), 2);
        QVERIFY(recent->item(0)->flags() & Qt::ItemIsEnabled);
        QVERIFY(!(recent->item(1)->flags() & Qt::ItemIsEnabled)); // a missing file is listed, not openable
        QVERIFY(recent->item(1)->text().contains(QStringLiteral("missing")));
        for (const char* name : { "startNewFromFolder", "startOpen", "startOpenServer", "startDemo", "startNewEmpty" })
            QVERIFY2(w.startPage()->findChild<QPushButton*>(QString::fromLatin1(name)), name);
        // Activating the recent entry opens it; the canvas replaces the start page.
        QSettings().setValue(QStringLiteral("lastAnnotator"), QStringLiteral("alice"));
        QSignalSpy opened(w.session(), &ProjectSession::opened);
        // The panels are put away while the start page shows, and come back with the project.
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* dataset = w.findChild<QDockWidget*>(QStringLiteral("datasetDock"));
        QVERIFY(dataset);
        QVERIFY(dataset->isHidden());
        QVERIFY(w.openProject(project, nullptr, QStringLiteral("alice"), false));
        QCOMPARE(opened.count(), 1);
        QVERIFY(!w.isStartPageShown());
        QVERIFY(!dataset->isHidden());
        QTRY_VERIFY(w.centralWidget()->width() >= w.width() * 60 / 100); // the first launch's sizes still hold
        w.session()->close();
        QVERIFY(w.isStartPageShown());
        QVERIFY(dataset->isHidden());
    }

    void theRefiningPanelsOpenFromTheReviewMenu()
    {
        const QString project = m_dir->filePath(QStringLiteral("p.lector"));
        QVERIFY(ProjectStore::create(project));
        MainWindow w;
        QVERIFY(w.openProject(project, nullptr, QStringLiteral("alice"), false));
        for (const char* dockName : { "duplicatesDock", "suspectsDock" }) {
            auto* dock = w.findChild<QDockWidget*>(QString::fromLatin1(dockName));
            QVERIFY(dock);
            QVERIFY2(dock->isHidden(), dockName); // put away: eight tabs would not fit the column at 1280x720
        }
        for (const auto& [action, dockName] :
            { std::pair { "review.duplicates", "duplicatesDock" }, std::pair { "review.suspects", "suspectsDock" } }) {
            auto* a = w.findChild<QAction*>(QString::fromLatin1(action));
            QVERIFY2(a, action);
            a->trigger();
            QVERIFY2(!w.findChild<QDockWidget*>(QString::fromLatin1(dockName))->isHidden(), dockName);
        }
    }

    void aNewProjectFromTheIcdarSampleHasItsImagesAndLabelsAtOnce()
    {
        const QString root = sharedData() + QStringLiteral("/icdar2015");
        if (!QFileInfo(root).isDir())
            QSKIP("the shared ICDAR 2015 sample is not here");
        QSettings().setValue(QStringLiteral("lastAnnotator"), QStringLiteral("alice"));
        MainWindow w;
        w.imports()->scan({ root }, true);
        QTRY_VERIFY_WITH_TIMEOUT(w.imports()->dialog(), 60000);
        FolderImportDialog* dialog = w.imports()->dialog();
        QCOMPARE(dialog->mode(), FolderImportDialog::Mode::NewProject);
        QCOMPARE(int(dialog->scan().images.size()), 7);
        const FoundLabels* labels = dialog->chosenLabels();
        QVERIFY(labels);
        QCOMPARE(labels->formatId, QStringLiteral("icdar2015"));
        QVERIFY(!labels->looksLikePredictions); // ground truth has no confidences: an annotator's labels
        QVERIFY(!dialog->target().isImagesOnly());
        QVERIFY(dialog->target().run.isEmpty());
        // The project file defaults beside the folder; here it goes into the temporary folder.
        QVERIFY(dialog->projectPath().endsWith(QStringLiteral("icdar2015/icdar2015.lector")));
        const QString project = m_dir->filePath(QStringLiteral("receipts.lector"));
        dialog->setProjectPath(project);
        dialog->setTargetName(QStringLiteral("gt"));
        QVERIFY(dialog->canImport());
        if (const QString shots = qEnvironmentVariable("LECTOR_SHOTS"); !shots.isEmpty()) {
            dialog->show();
            dialog->adjustSize();
            dialog->grab().save(shots + QStringLiteral("/folder-import.png"));
        }

        // What the format's own reader makes of the same files, for the counts.
        ImportBatch direct;
        ReadOptions options;
        options.imagesDir = labels->imagesDir;
        auto read = FormatRegistry::instance().format(QStringLiteral("icdar2015"))->read(labels->path, options);
        QVERIFY(read);
        std::int64_t regions = 0;
        for (const ImportedImage& i : read->images)
            regions += std::int64_t(i.regions.size());

        QSignalSpy finished(w.imports(), &ImportController::importFinished);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(w.session()->isOpen());
        QCOMPARE(w.session()->path(), QFileInfo(project).absoluteFilePath());
        QCOMPARE(w.session()->me().name, QStringLiteral("alice"));
        QVERIFY(!w.isStartPageShown());
        auto store = ProjectStore::open(project);
        QVERIFY(store);
        QCOMPARE(imageCount(**store), 7);
        QCOMPARE(regionCount(**store, QStringLiteral("gt")), regions);
        // The browser lists them and the canvas shows the first one, without F5 or a click.
        QTRY_COMPARE(w.browser()->shownCount(), 7);
        QTRY_VERIFY(w.currentImage() != 0);
    }

    void aFolderDroppedOnAnOpenProjectAddsItsImagesAndListsTheBrokenOne()
    {
        const QString project = m_dir->filePath(QStringLiteral("p.lector"));
        QVERIFY(ProjectStore::create(project));
        const QString scans = m_dir->filePath(QStringLiteral("scans"));
        QDir().mkpath(scans + QStringLiteral("/more"));
        writePng(scans + QStringLiteral("/a.png"), 64, 40);
        writePng(scans + QStringLiteral("/more/b.png"), 50, 30);
        QFile broken(scans + QStringLiteral("/broken.png"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\x89PNG\r\n\x1a\n-not-really");
        broken.close();

        MainWindow w;
        QVERIFY(w.openProject(project, nullptr, QStringLiteral("alice"), false));
        QCOMPARE(w.currentImage(), ImageId(0)); // an empty project
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(scans) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QTRY_VERIFY_WITH_TIMEOUT(w.imports()->dialog(), 30000);
        FolderImportDialog* dialog = w.imports()->dialog();
        QCOMPARE(dialog->mode(), FolderImportDialog::Mode::IntoProject);
        QCOMPARE(int(dialog->scan().images.size()), 2); // in the subfolder too; the broken one passed over
        QVERIFY(!dialog->chosenLabels());
        QVERIFY(dialog->target().isImagesOnly());
        auto* problems = dialog->findChild<QListWidget*>(QStringLiteral("problems"));
        QVERIFY(problems);
        QCOMPARE(problems->count(), 1);
        QVERIFY2(
            problems->item(0)->text().contains(QStringLiteral("broken.png")), qPrintable(problems->item(0)->text()));

        QSignalSpy finished(w.imports(), &ImportController::importFinished);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(imageCount(*w.session()->store()), 2);
        QVERIFY(!*w.session()->store()->findAnnotator(QStringLiteral("imported"))); // no empty annotator made
        QTRY_COMPARE(w.browser()->shownCount(), 2);
        QTRY_VERIFY(w.currentImage() != 0);

        // The same folder again: nothing new (the store knows the files by their hash).
        w.imports()->scan({ scans }, false);
        QTRY_VERIFY_WITH_TIMEOUT(w.imports()->dialog(), 30000);
        w.imports()->dialog()->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(imageCount(*w.session()->store()), 2);
    }

    void aDroppedProjectFileOpens()
    {
        const QString project = m_dir->filePath(QStringLiteral("dropped.lector"));
        QVERIFY(ProjectStore::create(project));
        QSettings().setValue(QStringLiteral("lastAnnotator"), QStringLiteral("alice"));
        MainWindow w;
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(project) });
        // Opening asks who works (a modal dialog, as File ▸ Open does): answered as soon as it shows.
        bool asked = false;
        QTimer::singleShot(0, [&asked] {
            auto* who = qobject_cast<AnnotatorDialog*>(QApplication::activeModalWidget());
            QVERIFY(who);
            asked = true;
            who->setNewName(QStringLiteral("bob"));
            who->accept();
        });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(asked);
        QVERIFY(w.session()->isOpen());
        QCOMPARE(w.session()->path(), QFileInfo(project).absoluteFilePath());
        QCOMPARE(w.session()->me().name, QStringLiteral("bob"));
    }

    void theDemoOpensFromTheStartPage()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo"))
            .removeRecursively();
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::demoOpened);
        w.openDemo(QStringLiteral("alice"), false);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 240000);
        QVERIFY2(opened.at(0).at(0).toBool(), qPrintable(opened.at(0).at(1).toString()));
        QVERIFY(w.session()->isOpen());
        QVERIFY(w.session()->path().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QCOMPARE(imageCount(*w.session()->store()), 60);
        QTRY_VERIFY(w.currentImage() != 0);
        // A second time it opens what is there.
        w.session()->close();
        w.openDemo(QStringLiteral("alice"), false);
        QCOMPARE(opened.count(), 2);
        QVERIFY(w.session()->isOpen());
        w.session()->close();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo"))
            .removeRecursively();
    }

    void aReadOnlyProjectOpensReadOnlyWithTheBanner()
    {
        const QString folder = m_dir->filePath(QStringLiteral("shared"));
        QDir().mkpath(folder);
        const QString project = folder + QStringLiteral("/p.lector");
        {
            auto store = ProjectStore::create(project);
            QVERIFY(store);
            ImportBatch batch;
            for (int i = 0; i < 2; ++i) {
                ImportedImage ii;
                ii.imagePath = folder + QStringLiteral("/page_%1.png").arg(i);
                writePng(ii.imagePath, 80 + i, 60);
                Region r;
                r.polygon = Polygon::fromBox({ 2, 2, 30, 12 });
                r.text = QStringLiteral("word");
                ii.regions.push_back(r);
                batch.images.push_back(ii);
            }
            QVERIFY((*store)->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("alice"))));
        }
        // Root ignores permissions: the folder is made immutable instead when chmod has no effect.
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        bool immutable = false;
        if (QFile probe(folder + QStringLiteral("/probe")); probe.open(QIODevice::WriteOnly)) {
            probe.close();
            QFile::remove(probe.fileName());
            immutable = QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), folder }) == 0;
            if (!immutable)
                QSKIP("cannot make a folder read-only here");
        }
        const auto restore = qScopeGuard([&] {
            if (immutable)
                QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), folder });
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });

        MainWindow w;
        QString error;
        QVERIFY2(w.openProject(project, &error, QStringLiteral("alice"), false), qPrintable(error));
        QVERIFY(w.session()->isReadOnly());
        QCOMPARE(w.session()->me().name, QStringLiteral("alice"));
        QVERIFY(w.canvas()->document()->isReadOnly());
        QVERIFY(w.currentImage() != 0);
        QCOMPARE(w.canvas()->document()->annotations().size(), std::size_t(1)); // alice's labels are shown
        auto* banner = w.findChild<QFrame*>(QStringLiteral("storeErrorBanner"));
        auto* text = w.findChild<QLabel*>(QStringLiteral("storeErrorText"));
        QVERIFY(banner && text);
        QVERIFY(!banner->isHidden());
        QVERIFY2(text->text().contains(QStringLiteral("read-only")), qPrintable(text->text()));
        // It stays up while moving on: every image of the project is read-only.
        QVERIFY(w.showImageByName(QStringLiteral("page_1.png")));
        QVERIFY(!banner->isHidden());
        w.session()->close();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(ImportTest)
#include "import_test.moc"
