// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The main window wired to a real project: identity, first image, done-and-next, guideline announcement,
// shortcuts, the store-error banner.
#include "canvas/canvas_controller.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "dialogs/manual_dialog.h"
#include "document/label_document.h"
#include "main_window.h"
#include "panels/dataset_browser.h"

#include "commands/add_boxes.h"
#include "commands/change_transcription.h"
#include "commands/remove_boxes.h"
#include "panels/guideline_dock.h"
#include "panels/inspector_dock.h"
#include "panels/review_panel.h"
#include "panels/session_panel.h"
#include "shell/project_session.h"
#include "shell/shortcut_registry.h"

#include <lector/core/language.h>
#include <lector/store/prediction_repository.h>
#include <lector/store/project_store.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <sqlite3.h>

using namespace lector;

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString images = m_dir->filePath(QStringLiteral("images"));
        QDir().mkpath(images);
        ImportBatch batch;
        for (int i = 0; i < 4; ++i) {
            QImage img(120 + i, 80, QImage::Format_RGB32);
            img.fill(QColor(250, 250, 250 - i));
            const QString path = QDir(images).filePath(QStringLiteral("page_%1.png").arg(i));
            QVERIFY(img.save(path));
            ImportedImage ii;
            ii.imagePath = path;
            for (int r = 0; r <= i; ++r) {
                Region region;
                region.polygon = Polygon::fromBox({ 2.0 + r * 20, 2, 18.0 + r * 20, 12 });
                region.text = QStringLiteral("w%1").arg(r);
                ii.regions.push_back(region);
            }
            batch.images.push_back(ii);
        }
        m_project = m_dir->filePath(QStringLiteral("t.lector"));
        auto store = ProjectStore::create(m_project);
        QVERIFY(store);
        QVERIFY((*store)->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("alice"))));
        QVERIFY(
            (*store)->publishGuideline(QStringLiteral("# Boxes\n\nTight boxes."), QString(), QStringLiteral("lea")));
    }

    void opensAsTheGivenAnnotatorAndShowsTheFirstImage()
    {
        MainWindow w;
        QSignalSpy shown(&w, &MainWindow::firstImageShown);
        QString error;
        QVERIFY2(w.openProject(m_project, &error, QStringLiteral("alice"), false), qPrintable(error));
        QCOMPARE(shown.count(), 1);
        QVERIFY(w.currentImage() != 0);
        QCOMPARE(w.canvas()->document()->annotations().size(), size_t(1));
        QCOMPARE(w.announcedGuideline(), 1);
        QCOMPARE(w.guideline()->shownVersion(), 1);
        QVERIFY(w.showImageByName(QStringLiteral("page_3.png")));
        QCOMPARE(w.canvas()->document()->annotations().size(), size_t(4));
        QVERIFY(!w.showImageByName(QStringLiteral("nope.png")));
    }

    void helpManualOpensTheManualOfflineWithItsScreenshots()
    {
        MainWindow w;
        auto* action = w.findChild<QAction*>(QStringLiteral("help.manual"));
        QVERIFY(action);
        action->trigger();
        auto* manual = w.findChild<ManualDialog*>(QStringLiteral("manual"));
        QVERIFY2(manual, "Help ▸ Manual opened no manual");
        QVERIFY(manual->isVisible());
        QTextDocument* page = manual->browser()->document();
        // The page is docs/manual.md as compiled in: its first heading, and every screenshot it shows resolves.
        QFile source(QStringLiteral(LECTOR_SOURCE_DIR "/docs/") + ManualDialog::pageFor(QLocale()));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(source.readAll());
        const QString title = markdown.section(QLatin1Char('\n'), 0, 0).mid(2).trimmed();
        QVERIFY(!title.isEmpty());
        QVERIFY2(page->toPlainText().contains(title), qPrintable(title));
        static const QRegularExpression shot(QStringLiteral("\\(([A-Za-z0-9_./-]+\\.png)\\)"));
        int shots = 0;
        for (auto it = shot.globalMatch(markdown); it.hasNext(); ++shots) {
            const QString png = it.next().captured(1);
            const QVariant image = page->resource(QTextDocument::ImageResource, QUrl(png));
            QVERIFY2(
                image.isValid() && !image.value<QImage>().isNull(), qPrintable(png + QStringLiteral(" does not load")));
        }
        QVERIFY2(shots >= 3, "the manual shows its screenshots");
        // Every link within the page leads to a heading, and following one scrolls there.
        QCOMPARE(ManualDialog::slug(QStringLiteral("Flags: illegible and don't care")),
            QStringLiteral("flags-illegible-and-dont-care"));
        static const QRegularExpression link(QStringLiteral("\\]\\(#([^)]+)\\)"));
        QStringList anchors;
        for (QTextBlock b = page->begin(); b.isValid(); b = b.next())
            for (auto f = b.begin(); !f.atEnd(); ++f)
                anchors += f.fragment().charFormat().anchorNames();
        int links = 0;
        for (auto it = link.globalMatch(markdown); it.hasNext(); ++links) {
            const QString target = it.next().captured(1);
            QVERIFY2(
                anchors.contains(target), qPrintable(QStringLiteral("#") + target + QStringLiteral(" leads nowhere")));
        }
        QVERIFY(links > 5);
        manual->resize(900, 700);
        QScrollBar* scroll = manual->browser()->verticalScrollBar();
        scroll->setValue(0);
        emit manual->browser()->anchorClicked(QUrl(QStringLiteral("#") + anchors.last())); // as a click on the link
        QVERIFY2(scroll->value() > 0, "following a link to the last heading scrolls down");
        // Asked again, the same window comes to the front.
        action->trigger();
        QCOMPARE(w.findChildren<ManualDialog*>().size(), qsizetype(1));

        // In a Korean interface the Korean manual, as whole: its screenshots and its contents' links resolve too.
        QLocale::setDefault(QLocale(QLocale::Korean));
        QCOMPARE(ManualDialog::pageFor(QLocale()), QStringLiteral("manual.ko.md"));
        ManualDialog korean;
        QLocale::setDefault(QLocale::c());
        QFile koSource(QStringLiteral(LECTOR_SOURCE_DIR "/docs/manual.ko.md"));
        QVERIFY(koSource.open(QIODevice::ReadOnly));
        const QString koMarkdown = QString::fromUtf8(koSource.readAll());
        QTextDocument* koPage = korean.browser()->document();
        QVERIFY(koPage->toPlainText().contains(koMarkdown.section(QLatin1Char('\n'), 0, 0).mid(2).trimmed()));
        QStringList koAnchors;
        for (QTextBlock b = koPage->begin(); b.isValid(); b = b.next())
            for (auto f = b.begin(); !f.atEnd(); ++f)
                koAnchors += f.fragment().charFormat().anchorNames();
        for (auto it = link.globalMatch(koMarkdown); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(koAnchors.contains(target),
                qPrintable(QStringLiteral("#") + target + QStringLiteral(" leads nowhere")));
        }
        for (auto it = shot.globalMatch(koMarkdown); it.hasNext();) {
            const QString png = it.next().captured(1);
            QVERIFY2(
                !koPage->resource(QTextDocument::ImageResource, QUrl(png)).value<QImage>().isNull(), qPrintable(png));
        }
    }

    void viewLanguageKeepsTheChoiceAndSaysSoInTheLanguageChosen()
    {
        MainWindow w;
        auto* korean = w.findChild<QAction*>(QStringLiteral("view.language.ko"));
        auto* system = w.findChild<QAction*>(QStringLiteral("view.language.system"));
        QVERIFY(korean && system && w.findChild<QAction*>(QStringLiteral("view.language.en")));
        QVERIFY2(system->isChecked(), "a fresh window follows the system's language");
        QCOMPARE(korean->text(), QStringLiteral("한국어")); // by its own name, whatever the interface's language
        // The system's entry names the language the system gives Lector (under LC_ALL=C, English; its own name is
        // empty).
        const QString systemName = effectiveLanguage(QString()) == QStringLiteral("ko") ? QStringLiteral("한국어")
                                                                                        : QStringLiteral("English");
        QVERIFY2(system->text().contains(QStringLiteral("(") + systemName + QStringLiteral(")")),
            qPrintable(system->text()));
        korean->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ko"));
        QVERIFY2(w.languageNotice().contains(QStringLiteral("다시 시작")), qPrintable(w.languageNotice()));
        system->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QString());
    }

    void aChangeOfLanguageOffersToRestartOnTheSameProjectAndImage()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("restartForLanguage")));
        const ImageId shown = w.currentImage();
        QVERIFY(shown > 0);
        w.findChild<QAction*>(QStringLiteral("view.language.ko"))->trigger();
        auto* restart = w.findChild<QPushButton*>(QStringLiteral("restartForLanguage"));
        QVERIFY2(restart && restart->isVisible(), "the status bar offers the restart");
        auto* notice = w.findChild<QLabel*>(QStringLiteral("languageNotice"));
        QVERIFY(notice && notice->isVisible());
        QCOMPARE(notice->text(), w.languageNotice());
        // Back to the language on screen: nothing to restart for; then Korean again.
        w.findChild<QAction*>(QStringLiteral("view.language.en"))->trigger();
        QVERIFY(!restart->isVisible() && !notice->isVisible() && w.languageNotice().isEmpty());
        w.findChild<QAction*>(QStringLiteral("view.language.ko"))->trigger();
        QVERIFY(restart->isVisible() && notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("다시 시작")), qPrintable(notice->text()));
        QCOMPARE(restart->text(), QStringLiteral("지금 다시 시작")); // in the language chosen
        QString program;
        QStringList arguments;
        w.setLauncher([&](const QString& p, const QStringList& a) {
            program = p;
            arguments = a;
            return true;
        });
        restart->click();
        QCOMPARE(program, QCoreApplication::applicationFilePath());
        auto store = ProjectStore::open(m_project);
        QVERIFY(store);
        auto image = (*store)->image(shown);
        QVERIFY(image && *image);
        QCOMPARE(arguments,
            QStringList({ m_project, QStringLiteral("--annotator"), QStringLiteral("alice"), QStringLiteral("--image"),
                QFileInfo((*image)->path).fileName() }));
        QVERIFY2(!w.isVisible(), "the window closed before the new one starts");
        QSettings().remove(QStringLiteral("language"));
    }

    void theSuspectsListsKeysWinOverTheWindowsShortcuts()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* dock = w.findChild<QDockWidget*>(QStringLiteral("suspectsDock"));
        QVERIFY(dock);
        dock->show();
        dock->raise();
        auto* list = w.findChild<QWidget*>(QStringLiteral("suspectsList"));
        QVERIFY(list);
        list->setFocus();
        QAction* rectangle = nullptr;
        for (QAction* a : w.canvas()->toolActions())
            if (a->objectName() == QStringLiteral("tool.rectangle"))
                rectangle = a;
        QVERIFY(rectangle && !rectangle->isChecked());
        QCOMPARE(rectangle->shortcut(), QKeySequence(Qt::Key_R));
        QTest::keyClick(list, Qt::Key_R);
        QVERIFY2(!rectangle->isChecked(), "R in the Suspects list picked the canvas's rectangle tool");
        // Outside the list, R is the tool's again.
        w.canvas()->view()->setFocus();
        QTest::keyClick(w.canvas()->view(), Qt::Key_R);
        QVERIFY(rectangle->isChecked());
    }

    void everyPanelFollowsTheSessionWithoutTheWindowFanningOut()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        // Every dock holds a panel made from the session, registered once.
        for (QDockWidget* dock : w.findChildren<QDockWidget*>()) {
            auto* panel = dock->findChild<SessionPanel*>();
            QVERIFY2(panel, qPrintable(dock->objectName()));
            QCOMPARE(panel->session(), w.session());
            QCOMPARE(w.panels().value(dock->objectName()), panel);
        }
        QCOMPARE(w.panels().size(), w.findChildren<QDockWidget*>().size());
        // Switching: the canvas, the browser's "me", the guideline's Publish button follow the session alone.
        QVERIFY(!w.guideline()->canPublish());
        QVERIFY(w.switchAnnotator(QStringLiteral("lea"), Role::Lead));
        QCOMPARE(w.canvas()->document()->me(), w.session()->me().id);
        QTRY_COMPARE(w.browser()->query().me, w.session()->me().id);
        QVERIFY(w.guideline()->canPublish());
        QVERIFY(w.canvas()->document()->annotations().empty()); // lea has no labels here
    }

    void aFreshWindowGivesTheCanvasMostOfASmallScreen_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("laptop 1280x720") << QSize(1280, 720);
        QTest::newRow("tall 953x945") << QSize(953, 945);
        QTest::newRow("desktop 1920x1080") << QSize(1920, 1080);
    }

    void aFreshWindowGivesTheCanvasMostOfASmallScreen()
    {
        QFETCH(QSize, size);
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.restoreDefaultLayout();
        QCoreApplication::processEvents();
        auto* splitter = w.findChild<QWidget*>(QStringLiteral("canvasSplitter"));
        QVERIFY(splitter);
        QTRY_VERIFY2(splitter->width() >= 0.55 * w.width(),
            qPrintable(QStringLiteral("canvas %1 of %2").arg(splitter->width()).arg(w.width())));
        const QRect window = w.rect();
        for (QDockWidget* dock : w.findChildren<QDockWidget*>()) {
            if (!dock->isVisible() || dock->isFloating() || dock->visibleRegion().isEmpty())
                continue; // a tab behind another
            const QRect r(dock->mapTo(&w, QPoint(0, 0)), dock->size());
            QVERIFY2(window.contains(r),
                qPrintable(QStringLiteral("%1 at %2,%3 %4x%5")
                               .arg(dock->objectName())
                               .arg(r.x())
                               .arg(r.y())
                               .arg(r.width())
                               .arg(r.height())));
        }
        // The browser's filters fit its dock: no horizontal scroll bar on a narrow left column.
        auto* scroll = w.findChild<QScrollArea*>(QStringLiteral("datasetDockScroll"));
        QVERIFY(scroll);
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    }

    void aBoxJustDrawnShowsItsStoredRowInTheInspector()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        Annotation a;
        a.region.polygon = Polygon::fromBox({ 60, 40, 80, 50 });
        auto* add = new AddBoxes(w.canvas()->document(), { a });
        w.canvas()->undoStack()->push(add);
        w.canvas()->scene()->setSelection(toIdList(add->ids()));
        auto* origin = w.inspector()->findChild<QLabel*>(QStringLiteral("inspectorOrigin"));
        QVERIFY(origin);
        const Annotation stored = **w.store()->annotation(add->ids().front());
        QVERIFY2(origin->text().contains(QStringLiteral("guideline v1")), qPrintable(origin->text()));
        QVERIFY2(!origin->text().contains(QStringLiteral("1970")), qPrintable(origin->text()));
        QVERIFY2(origin->text().contains(
                     QDateTime::fromMSecsSinceEpoch(stored.updatedAt).toString(QStringLiteral("yyyy-MM-dd"))),
            qPrintable(origin->text()));
    }

    void markingDoneIsAStepOfTheProjectHistory()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("carol"), false));
        const ImageId first = w.currentImage();
        auto store = ProjectStore::open(m_project);
        const AnnotatorId carol = w.me();
        QVERIFY(w.markDoneAndNext());
        QCOMPARE(*(*store)->imageState(first, carol), ImageState::Done);
        auto* undo = w.findChild<QAction*>(QStringLiteral("edit.undoProject"));
        QVERIFY(undo && undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("done")));
        undo->trigger();
        QCOMPARE(*(*store)->imageState(first, carol), ImageState::ToDo);
        w.findChild<QAction*>(QStringLiteral("edit.redoProject"))->trigger();
        QCOMPARE(*(*store)->imageState(first, carol), ImageState::Done);
        // The first edit of an image starts it, in the edit's own transaction.
        const ImageId second = w.currentImage();
        QCOMPARE(*(*store)->imageState(second, carol), ImageState::ToDo);
        Annotation a;
        a.region.polygon = Polygon::fromBox({ 60, 40, 80, 50 });
        w.canvas()->undoStack()->push(new AddBoxes(w.canvas()->document(), { a }));
        QCOMPARE(*(*store)->imageState(second, carol), ImageState::InProgress);
    }

    void acceptingPredictionsFollowsTheRuleOfPromotion()
    {
        // A run with a word that repeats alice's w0 (IoU 0.8), and two that repeat each other (IoU 0.9).
        {
            auto store = ProjectStore::open(m_project);
            const ImageId first = (*(*store)->images()).at(0).id;
            auto run = (*store)->createRun(QStringLiteral("m"), QStringLiteral("model"), {});
            QVERIFY(run);
            auto word = [](double x0, double x1, const char* text) {
                Region r;
                r.polygon = Polygon::fromBox({ x0, 2, x1, 12 });
                r.text = QString::fromLatin1(text);
                r.confidence = 0.95;
                return r;
            };
            QVERIFY(PredictionRepository(**store).addImagePredictions(
                *run, first, { word(2, 18.8, "w0"), word(40, 80, "a"), word(42, 80, "b") }));
        }
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        QVERIFY(w.showImageByName(QStringLiteral("page_0.png")));
        QCOMPARE(w.canvas()->document()->predictions().size(), size_t(3));
        QCOMPARE(w.canvas()->acceptPredictionsAboveThreshold(), 1); // "a" only, as promotePredictions would
        QCOMPARE(w.canvas()->document()->annotations().size(), size_t(2));
        const auto log = *w.store()->editLog();
        QCOMPARE(log.back().reason, EditReason::Engine); // an engine's box, not one alice drew
    }

    void anImageThatNoLongerDecodesSaysSoAndNotThatAnEditIsUnsaved()
    {
        // page_2.png is cut to half its bytes behind the project's back.
        const QString page = m_dir->filePath(QStringLiteral("images/page_2.png"));
        QFile file(page);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        file.resize(bytes.size() / 2);
        file.close();
        MainWindow w;
        w.show();
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        auto* banner = w.findChild<QFrame*>(QStringLiteral("storeErrorBanner"));
        QVERIFY(w.showImageByName(QStringLiteral("page_2.png")));
        QTRY_VERIFY(banner->isVisible());
        const QString said = w.findChild<QLabel*>(QStringLiteral("storeErrorText"))->text();
        QVERIFY2(said.contains(QStringLiteral("page_2.png")) && said.contains(QStringLiteral("cannot be shown")),
            qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("not saved")), qPrintable(said));
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("storeErrorRetry"))->isVisible());
        // Its labels are there to see and edit; the next image clears the message.
        QCOMPARE(w.canvas()->document()->annotations().size(), size_t(3));
        QVERIFY(w.showImageByName(QStringLiteral("page_1.png")));
        QVERIFY(!banner->isVisible());
    }

    void anEditToALabelChangedElsewhereIsRefusedAndTheNewerOneShown()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        QVERIFY(w.showImageByName(QStringLiteral("page_0.png")));
        LabelDocument* doc = w.canvas()->document();
        QCOMPARE(doc->annotations().size(), size_t(1));
        const AnnotationId id = doc->annotations().begin()->first;
        // Typed here and saved: the document knows the version its own edit left.
        w.canvas()->undoStack()->push(new ChangeTranscription(doc, id, QStringLiteral("first")));
        QCOMPARE(doc->annotation(id)->region.text, QStringLiteral("first"));
        // The same label changed on another connection (a reviewer, another workstation).
        {
            auto other = ProjectStore::open(m_project);
            QVERIFY(other);
            Annotation theirs = *(*other)->annotation(id).value();
            theirs.region.text = QStringLiteral("theirs");
            QVERIFY((*other)->updateAnnotations({ theirs }, {}));
        }
        w.canvas()->undoStack()->push(new ChangeTranscription(doc, id, QStringLiteral("mine")));
        auto* banner = w.findChild<QFrame*>(QStringLiteral("storeErrorBanner"));
        QTRY_VERIFY(banner->isVisible());
        const QString said = w.findChild<QLabel*>(QStringLiteral("storeErrorText"))->text();
        QVERIFY2(said.contains(QStringLiteral("changed meanwhile")) && said.contains(QStringLiteral("mine")),
            qPrintable(said));
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("storeErrorRetry"))->isVisible());
        QCOMPARE(doc->annotation(id)->region.text, QStringLiteral("theirs")); // the newer label is what is shown
        QVERIFY(!doc->hasPendingWrites()); // and nothing waits to be written over it
        QTRY_COMPARE(w.canvas()->undoStack()->count(), 0); // no undo to put back what the store no longer holds
        auto check = ProjectStore::open(m_project);
        QCOMPARE((*(*check)->annotation(id))->region.text, QStringLiteral("theirs"));
        // Editing goes on from the newer version.
        w.canvas()->undoStack()->push(new ChangeTranscription(doc, id, QStringLiteral("after")));
        QCOMPARE((*(*check)->annotation(id))->region.text, QStringLiteral("after"));
    }

    void aRemovalOfALabelChangedElsewhereIsRefusedAndTheLabelComesBack()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        QVERIFY(w.showImageByName(QStringLiteral("page_0.png")));
        LabelDocument* doc = w.canvas()->document();
        QCOMPARE(doc->annotations().size(), size_t(1));
        const AnnotationId id = doc->annotations().begin()->first;
        {
            auto other = ProjectStore::open(m_project);
            QVERIFY(other);
            Annotation theirs = *(*other)->annotation(id).value();
            theirs.region.text = QStringLiteral("kept by them");
            QVERIFY((*other)->updateAnnotations({ theirs }, {}));
        }
        // Deleted here from what was on screen before their change: not removed, and their label is shown.
        w.canvas()->undoStack()->push(new RemoveBoxes(doc, { id }));
        auto* banner = w.findChild<QFrame*>(QStringLiteral("storeErrorBanner"));
        QTRY_VERIFY(banner->isVisible());
        const QString said = w.findChild<QLabel*>(QStringLiteral("storeErrorText"))->text();
        QVERIFY2(said.contains(QStringLiteral("changed meanwhile")), qPrintable(said));
        QVERIFY(doc->annotation(id) != nullptr);
        QCOMPARE(doc->annotation(id)->region.text, QStringLiteral("kept by them"));
        QVERIFY(!doc->hasPendingWrites());
        QTRY_COMPARE(w.canvas()->undoStack()->count(), 0);
        QCOMPARE(w.canvas()->scene()->items().isEmpty(), false); // the label is drawn again
        auto check = ProjectStore::open(m_project);
        QVERIFY((*check)->annotation(id).value().has_value());
        // From the newer version, a removal goes through.
        w.canvas()->undoStack()->push(new RemoveBoxes(doc, { id }));
        QVERIFY(doc->annotation(id) == nullptr);
        QVERIFY(!(*check)->annotation(id).value().has_value());
    }

    void guidelineIsAnnouncedOncePerVersion()
    {
        {
            MainWindow w;
            QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("bob"), false));
            QCOMPARE(w.announcedGuideline(), 1);
        }
        {
            MainWindow w;
            QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("bob"), false));
            QCOMPARE(w.announcedGuideline(), 0);
        }
        {
            auto store = ProjectStore::open(m_project);
            QVERIFY(
                (*store)->publishGuideline(QStringLiteral("# v2"), QStringLiteral("prices"), QStringLiteral("lea")));
        }
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("bob"), false));
        QCOMPARE(w.announcedGuideline(), 2);
    }

    void aLeadPublishesAVersionThatLabelsThenRecord()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        QVERIFY2(!w.publishGuideline(QStringLiteral("# v2"), QStringLiteral("x")), "annotators cannot publish");
        QVERIFY(w.switchAnnotator(QStringLiteral("lea"), Role::Lead));
        QVERIFY(w.publishGuideline(
            QStringLiteral("# Boxes\n\nPrices: box the sign with the number."), QStringLiteral("prices")));
        QCOMPARE(w.guideline()->newestVersion(), 2);
        QVERIFY(w.guideline()->renderedText().contains(QStringLiteral("Prices")));
        // A label made now records version 2.
        Annotation a;
        a.image = w.currentImage();
        a.annotator = w.me();
        a.region.polygon = Polygon::fromBox({ 60, 40, 80, 50 });
        auto* add = new AddBoxes(w.canvas()->document(), { a });
        w.canvas()->undoStack()->push(add);
        const auto ids = add->ids();
        QCOMPARE(ids.size(), size_t(1));
        auto store = ProjectStore::open(m_project);
        QCOMPARE((*(*store)->annotation(ids[0]))->guidelineVersion, 2);
        // The document keeps the row the store wrote: the stamp and the time, not defaults until a reload.
        const Annotation* shown = w.canvas()->document()->annotation(ids[0]);
        QVERIFY(shown);
        QCOMPARE(shown->guidelineVersion, 2);
        QVERIFY(shown->createdAt > 1'700'000'000'000LL);
        // The publication is a step of the project's history, but once a label was made under it it stays: the
        // undo is refused, says why, and the step is dropped.
        auto* undoProject = w.findChild<QAction*>(QStringLiteral("edit.undoProject"));
        QVERIFY(undoProject->text().contains(QStringLiteral("Guideline")));
        auto* banner = w.findChild<QFrame*>(QStringLiteral("storeErrorBanner"));
        undoProject->trigger();
        QCOMPARE(w.guideline()->newestVersion(), 2);
        QVERIFY(!banner->isHidden());
        const QString said = w.findChild<QLabel*>(QStringLiteral("storeErrorText"))->text();
        QVERIFY2(said.contains(QStringLiteral("labels were made under it")), qPrintable(said));
        QCOMPARE(w.session()->history()->count(), 0);
    }

    void aPanelsImagesOpenWithTheirSliceSelected()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        auto store = ProjectStore::open(m_project);
        QVERIFY(store);
        const auto images = *(*store)->images();
        // page_2 has three 10 px tall words w0..w2; make w1 a tall one (height bin 32-64).
        auto regions = *(*store)->annotations(images[2].id);
        QCOMPARE(regions.size(), size_t(3));
        regions[1].region.polygon = Polygon::fromBox({ 22, 2, 38, 50 });
        QVERIFY((*store)->updateAnnotations({ regions[1] }, EditContext::edit(w.me())));
        w.session()->notifyLabelsChanged({ images[2].id });
        w.showImagesFromPanel(QStringLiteral("2 images with height <16 words"), { images[2].id, images[0].id },
            QStringLiteral("height"), QStringLiteral("<16"));
        QCOMPARE(w.currentImage(), images[2].id);
        QList<AnnotationId> expected { regions[0].id, regions[2].id };
        QCOMPARE(w.focusRegions(), expected);
        QList<AnnotationId> selected = w.canvas()->scene()->selection();
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, expected);
        QCOMPARE(w.browser()->query().images, std::optional<std::vector<ImageId>>({ images[2].id, images[0].id }));
        // The next image of the list keeps the slice; "Show all" drops it.
        QVERIFY(w.showImage(images[0].id));
        QCOMPARE(w.canvas()->scene()->selection().size(), 1);
        w.browser()->clearShownImages();
        QVERIFY(w.focusRegions().isEmpty());
        QVERIFY(!w.browser()->query().images.has_value());
    }

    void doneAndNextWalksThroughMyImages()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("carol"), false));
        const ImageId first = w.currentImage();
        QVERIFY(w.markDoneAndNext());
        const ImageId second = w.currentImage();
        QVERIFY(second != first);
        auto store = ProjectStore::open(m_project);
        auto carol = (*store)->findAnnotator(QStringLiteral("carol"));
        QCOMPARE(*(*store)->imageState(first, (*carol)->id), ImageState::Done);
        QVERIFY(w.markDoneAndNext());
        QVERIFY(w.markDoneAndNext());
        QVERIFY2(!w.markDoneAndNext(), "the fourth was the last to do");
        // Another annotator's progress is their own.
        QVERIFY(w.switchAnnotator(QStringLiteral("dave")));
        QCOMPARE(*(*store)->nextToDo(w.me(), 0), first);
    }

    void buildConsensusRunsOnAWorkerAndFillsTheReviewQueue()
    {
        {
            auto store = ProjectStore::open(m_project);
            auto bob = (*store)->ensureAnnotator(QStringLiteral("bob"));
            const ImageId first = (*(*store)->images()).at(0).id;
            Annotation a;
            a.image = first;
            a.annotator = *bob;
            a.region.polygon = Polygon::fromBox({ 2, 2, 18, 12 });
            a.region.text = QStringLiteral("wO"); // alice wrote "w0"
            QVERIFY((*store)->addAnnotations({ a }));
        }
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("rita"), false));
        QSignalSpy finished(&w, &MainWindow::consensusFinished);
        w.buildConsensus();
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toString().contains(QStringLiteral("conflicts")),
            qPrintable(finished.at(0).at(0).toString()));
        QVERIFY(w.review()->queueSize() >= 1);
    }

    void everyActionHasAUniqueShortcutOrNone()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        QSet<QString> names;
        QHash<QString, QString> keys;
        const auto entries = w.shortcuts()->entries();
        QVERIFY(entries.size() > 15);
        for (const auto& e : entries) {
            QVERIFY2(!names.contains(e.name), qPrintable(e.name));
            names.insert(e.name);
            if (e.shortcut.isEmpty())
                continue;
            const QString k = e.shortcut.toString();
            QVERIFY2(!keys.contains(k), qPrintable(QStringLiteral("%1 and %2 share %3").arg(e.name, keys.value(k), k)));
            keys.insert(k, e.name);
        }
        for (const char* needed :
            { "go.nextImage", "go.previousImage", "go.nextToDo", "image.doneAndNext", "help.shortcuts" })
            QVERIFY2(w.shortcuts()->action(QString::fromLatin1(needed)), needed);
    }

    void aReadOnlyStoreShowsTheBannerAndKeepsTheEdit()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        auto* banner = w.findChild<QFrame*>(QStringLiteral("storeErrorBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        const size_t before = w.canvas()->document()->annotations().size();
        // Another program holds the write lock (file modes would not stop root, who runs CI).
        sqlite3* other = nullptr;
        QCOMPARE(sqlite3_open(m_project.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        Annotation a;
        a.image = w.currentImage();
        a.annotator = w.me();
        a.region.polygon = Polygon::fromBox({ 50, 50, 70, 60 });
        a.region.text = QStringLiteral("unsaved");
        w.canvas()->undoStack()->push(new AddBoxes(w.canvas()->document(), { a }));
        QVERIFY(w.canvas()->document()->hasPendingWrites());
        QVERIFY2(!w.canvas()->document()->retryPending(), "still locked");
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        QTRY_VERIFY(banner->isVisible());
        const QString said = w.findChild<QLabel*>(QStringLiteral("storeErrorText"))->text();
        QVERIFY2(said.contains(QStringLiteral("waiting)")) && !said.contains(QStringLiteral("..")), qPrintable(said));
        QCOMPARE(w.canvas()->document()->annotations().size(), before + 1);
        QVERIFY(w.canvas()->document()->retryPending());
    }

    void quittingWithEditsWaitingAsksFirstAndKeepsThemOnTheWorkstation()
    {
        QTemporaryDir journal;
        LabelDocument::setJournalFolder(journal.path());
        MainWindow w;
        w.show();
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        sqlite3* other = nullptr;
        QCOMPARE(sqlite3_open(m_project.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        Annotation a;
        a.image = w.currentImage();
        a.annotator = w.me();
        a.region.polygon = Polygon::fromBox({ 50, 50, 70, 60 });
        a.region.text = QStringLiteral("typed while the store was away");
        w.canvas()->undoStack()->push(new AddBoxes(w.canvas()->document(), { a }));
        QVERIFY(w.canvas()->document()->hasPendingWrites());

        // Asked first; Cancel stays.
        const auto answer = [](const QString& button) {
            QTimer::singleShot(0, [button] {
                for (QWidget* top : QApplication::topLevelWidgets()) {
                    auto* box = qobject_cast<QMessageBox*>(top);
                    if (!box || box->objectName() != QStringLiteral("unsavedOnQuit") || !box->isVisible())
                        continue;
                    QVERIFY2(
                        box->text().startsWith(QStringLiteral("An edit could not be saved")), qPrintable(box->text()));
                    for (QAbstractButton* b : box->buttons())
                        if (b->text() == button
                            || (button == QStringLiteral("Cancel") && box->buttonRole(b) == QMessageBox::RejectRole))
                            b->click();
                }
            });
        };
        answer(QStringLiteral("Cancel"));
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        // Quit, keeping them here: the journal holds the typed text, the project does not.
        answer(QStringLiteral("Quit, Keep Them Here"));
        QVERIFY(w.close());
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        const QStringList journals = QDir(journal.path()).entryList(QDir::Files);
        QCOMPARE(journals.size(), 1);
        QFile file(QDir(journal.path()).filePath(journals.front()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("typed while the store was away"));

        // The next window on the project writes them and says so.
        MainWindow next;
        next.show();
        QVERIFY(next.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        QTRY_VERIFY(!next.canvas()->document()->hasPendingWrites());
        auto check = ProjectStore::open(m_project);
        auto rows = (*check)->annotations(a.image, next.me());
        QVERIFY(rows);
        QVERIFY(std::any_of(rows->begin(), rows->end(),
            [](const Annotation& r) { return r.region.text == QStringLiteral("typed while the store was away"); }));
        QVERIFY(QDir(journal.path()).entryList(QDir::Files).isEmpty());
        LabelDocument::setJournalFolder(QString());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
