// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The window's keys and looks on a real project: redo on Ctrl+Y and Ctrl+Shift+Z, undo that follows the stack that
// took the latest step, charts and the guideline in the theme, the status bar across projects, the pre-label
// dialog's typed language, the PPOCRLabel keymap.
#include "canvas/canvas_controller.h"
#include "canvas/canvas_view.h"
#include "commands/add_boxes.h"
#include "dialogs/shortcuts_dialog.h"
#include "document/label_document.h"
#include "main_window.h"
#include "panels/chart_card.h"
#include "panels/dataset_browser.h"
#include "panels/guideline_dock.h"
#include "shell/ocr_controller.h"
#include "shell/shortcut_registry.h"
#include "shell/theme.h"

#include <lector/store/project_store.h>

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace lector;

namespace {
/// The colour of the first link in a rendered document; invalid when there is none.
QColor linkColour(const QTextDocument* doc)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor())
                return f.foreground().color();
        }
    }
    return {};
}

QStringList statusTexts(QMainWindow& w)
{
    QStringList out;
    for (QLabel* l : w.statusBar()->findChildren<QLabel*>())
        out << l->text();
    return out;
}
}

class WindowBehaviourTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QSettings().clear();
        applyTheme(Theme::Light);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString images = m_dir->filePath(QStringLiteral("images"));
        QDir().mkpath(images);
        ImportBatch batch;
        for (int i = 0; i < 3; ++i) {
            QImage img(120 + i, 80, QImage::Format_RGB32);
            img.fill(QColor(250, 250, 250 - i));
            const QString path = QDir(images).filePath(QStringLiteral("page_%1.png").arg(i));
            QVERIFY(img.save(path));
            ImportedImage ii;
            ii.imagePath = path;
            Region region;
            region.polygon = Polygon::fromBox({ 2, 2, 18, 12 });
            region.text = QStringLiteral("w%1").arg(i);
            ii.regions.push_back(region);
            batch.images.push_back(ii);
        }
        m_project = m_dir->filePath(QStringLiteral("t.lector"));
        auto store = ProjectStore::create(m_project);
        QVERIFY(store);
        QVERIFY((*store)->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("alice"))));
        QVERIFY((*store)->publishGuideline(
            QStringLiteral("# Boxes\n\nTight boxes, as [the spec](https://example.org/spec) says."), QString(),
            QStringLiteral("lea")));
    }

    void cleanup() { applyTheme(Theme::Light); }

    void ctrlYRedoesAsCtrlShiftZDoes()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        showActive(w);
        LabelDocument* doc = w.canvas()->document();
        const size_t before = doc->annotations().size();
        Annotation a;
        a.region.polygon = Polygon::fromBox({ 60, 40, 80, 50 });
        w.canvas()->undoStack()->push(new AddBoxes(doc, { a }));
        QCOMPARE(doc->annotations().size(), before + 1);
        QWidget* canvas = w.canvas()->view();
        for (const QKeyCombination redo : { Qt::CTRL | Qt::Key_Y, Qt::CTRL | Qt::SHIFT | Qt::Key_Z }) {
            QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(doc->annotations().size(), before);
            QTest::keyClick(canvas, redo.key(), redo.keyboardModifiers());
            QVERIFY2(doc->annotations().size() == before + 1, qPrintable(QKeySequence(redo).toString()));
        }
        // No key of any action is another's, second keys included.
        QHash<QKeySequence, QString> owner;
        for (const ShortcutRegistry::Entry& e : w.shortcuts()->entries()) {
            for (const QKeySequence& k : e.shortcuts) {
                QVERIFY2(!owner.contains(k), qPrintable(e.name + QStringLiteral(" and ") + owner.value(k)));
                owner.insert(k, e.name);
            }
        }
    }

    void undoFollowsTheStackThatTookTheLatestStep()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("carol"), false));
        showActive(w);
        auto store = ProjectStore::open(m_project);
        QVERIFY(store);
        QAction* undo = w.canvas()->action(QStringLiteral("edit.undo"));
        QAction* redo = w.canvas()->action(QStringLiteral("edit.redo"));
        const ImageId first = w.currentImage();
        QVERIFY(w.markDoneAndNext());
        // The next image has no steps of its own yet; the image marked done is the latest step.
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QStringLiteral("done")), qPrintable(undo->text()));
        for (QToolButton* b : w.findChildren<QToolButton*>()) {
            if (b->defaultAction() == undo)
                QVERIFY(b->isEnabled());
        }
        QTest::keyClick(w.canvas()->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(*(*store)->imageState(first, w.me()), ImageState::ToDo);
        QVERIFY(redo->isEnabled());
        QTest::keyClick(w.canvas()->view(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(*(*store)->imageState(first, w.me()), ImageState::Done);
        // A box drawn here is the latest step now: undo takes it back and leaves the first image done.
        LabelDocument* doc = w.canvas()->document();
        const size_t before = doc->annotations().size();
        Annotation a;
        a.region.polygon = Polygon::fromBox({ 60, 40, 80, 50 });
        w.canvas()->undoStack()->push(new AddBoxes(doc, { a }));
        QVERIFY(undo->isEnabled());
        QVERIFY(!redo->isEnabled());
        undo->trigger();
        QCOMPARE(doc->annotations().size(), before);
        QCOMPARE(*(*store)->imageState(first, w.me()), ImageState::Done);
    }

    void chartsFollowTheTheme()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        w.show();
        const QList<ChartCard*> cards = w.findChildren<ChartCard*>();
        QVERIFY(cards.size() >= 3);
        for (const Theme theme : { Theme::Dark, Theme::Light, Theme::Dark }) {
            applyTheme(theme);
            QCoreApplication::processEvents();
            const bool dark = theme == Theme::Dark;
            for (ChartCard* card : cards) {
                QCOMPARE(card->chart()->theme(), dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
                const QColor background = card->chart()->backgroundBrush().color();
                QVERIFY2((background.lightness() < 128) == dark, qPrintable(background.name()));
            }
        }
    }

    void theGuidelineFollowsTheTheme()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        w.show();
        auto* guideline = w.guideline()->findChild<QTextBrowser*>();
        QVERIFY(guideline);
        QVERIFY(linkColour(guideline->document()).isValid());
        for (const Theme theme : { Theme::Dark, Theme::Light, Theme::Dark }) {
            applyTheme(theme);
            QCoreApplication::processEvents();
            QCOMPARE(linkColour(guideline->document()), QApplication::palette().color(QPalette::Link));
        }
    }

    void theStatusBarForgetsTheProjectBefore()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        emit w.canvas()->view()->cursorMoved(QPointF(57, 31));
        w.canvas()->view()->setZoom(7.0);
        QVERIFY2(
            statusTexts(w).contains(QStringLiteral("x 57  y 31")), qPrintable(statusTexts(w).join(QLatin1Char('|'))));
        QVERIFY(statusTexts(w).contains(QStringLiteral("700%")));
        // A project without images: nothing of the one before stays on the status bar.
        const QString empty = m_dir->filePath(QStringLiteral("empty.lector"));
        QVERIFY(ProjectStore::create(empty));
        QVERIFY(w.openProject(empty, nullptr, QStringLiteral("alice"), false));
        QVERIFY2(
            !statusTexts(w).contains(QStringLiteral("x 57  y 31")), qPrintable(statusTexts(w).join(QLatin1Char('|'))));
        QVERIFY2(!statusTexts(w).contains(QStringLiteral("700%")), qPrintable(statusTexts(w).join(QLatin1Char('|'))));
    }

    void thePrelabelDialogReadsTheLanguageAsTyped()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        QString read;
        bool found = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            auto* language = dialog ? dialog->findChild<QComboBox*>(QStringLiteral("ocrLanguage")) : nullptr;
            if (language) {
                // Completion works in the focused field only, as where the user types.
                dialog->activateWindow();
                language->lineEdit()->setFocus();
                found = QTest::qWaitFor([&] { return language->lineEdit()->hasFocus(); });
                language->lineEdit()->selectAll();
                QTest::keyClicks(language->lineEdit(), QStringLiteral("eng")); // an item begins so: "eng+kor"
                QTest::keyClick(language->lineEdit(), Qt::Key_Tab);
                read = language->currentText();
            }
            if (dialog)
                dialog->reject();
        });
        w.ocr()->prelabelDialog({}, w.currentImage());
        QVERIFY(found);
        QCOMPARE(read, QStringLiteral("eng"));
    }

    void thePpocrLabelKeymapDrivesTheCanvas()
    {
        {
            MainWindow w;
            QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("carol"), false));
            showActive(w);
            ShortcutsDialog dialog(w.shortcuts(), &w);
            QComboBox* picker = dialog.presetPicker();
            const int ppocr = picker->findData(QStringLiteral("ppocrlabel"));
            QVERIFY(ppocr > 0);
            picker->setCurrentIndex(ppocr);
            emit picker->activated(ppocr);
            // What the preset's keys took from Lector's own is said.
            QVERIFY2(dialog.message().contains(QStringLiteral("Paste Boxes")), qPrintable(dialog.message()));
            QVERIFY2(dialog.message().contains(QStringLiteral("Accept Prediction")), qPrintable(dialog.message()));
            QVERIFY(
                w.canvas()->action(QStringLiteral("edit.paste"))->shortcuts().count(QKeySequence(Qt::CTRL | Qt::Key_V))
                == 0);
            QVERIFY(w.canvas()->action(QStringLiteral("edit.acceptPrediction"))->shortcuts().isEmpty());

            QWidget* canvas = w.canvas()->view();
            canvas->setFocus();
            QTest::keyClick(canvas, Qt::Key_W);
            QVERIFY(w.canvas()->action(QStringLiteral("tool.rectangle"))->isChecked());
            QTest::keyClick(canvas, Qt::Key_Q);
            QVERIFY(w.canvas()->action(QStringLiteral("tool.quad"))->isChecked());
            const ImageId first = w.currentImage();
            // The browser lists its rows from a worker: the next image is the one after its current row.
            QTRY_VERIFY(w.browser()->view()->currentIndex().isValid() && w.browser()->currentImage() == first);
            QSignalSpy next(w.shortcuts()->action(QStringLiteral("go.nextImage")), &QAction::triggered);
            QTest::keyClick(canvas, Qt::Key_D);
            QCOMPARE(next.count(), 1);
            QTRY_VERIFY(w.currentImage() != first);
            QTest::keyClick(canvas, Qt::Key_A);
            QTRY_COMPARE(w.currentImage(), first);
            auto store = ProjectStore::open(m_project);
            QTest::keyClick(canvas, Qt::Key_V, Qt::ControlModifier);
            QCOMPARE(*(*store)->imageState(first, w.me()), ImageState::Done);
            QVERIFY(w.currentImage() != first);
        }
        // Saved: the next window starts with the keymap, and choosing Lector's brings every default back.
        MainWindow w;
        QCOMPARE(w.canvas()->action(QStringLiteral("tool.rectangle"))->shortcut(), QKeySequence(Qt::Key_W));
        QVERIFY(w.canvas()->action(QStringLiteral("edit.acceptPrediction"))->shortcuts().isEmpty());
        ShortcutsDialog dialog(w.shortcuts(), &w);
        QCOMPARE(dialog.presetPicker()->currentData().toString(), QStringLiteral("ppocrlabel"));
        const int lector = dialog.presetPicker()->findData(QStringLiteral("lector"));
        dialog.presetPicker()->setCurrentIndex(lector);
        emit dialog.presetPicker()->activated(lector);
        QCOMPARE(w.canvas()->action(QStringLiteral("tool.rectangle"))->shortcuts(),
            QList<QKeySequence> { QKeySequence(Qt::Key_R) });
        QCOMPARE(w.canvas()->action(QStringLiteral("edit.acceptPrediction"))->shortcut(), QKeySequence(Qt::Key_A));
        QVERIFY(
            w.canvas()->action(QStringLiteral("edit.paste"))->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_V)));
        QCOMPARE(w.shortcuts()->preset(), QStringLiteral("lector"));
    }

private:
    static void showActive(MainWindow& w)
    {
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.canvas()->view()->setFocus();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

QTEST_MAIN(WindowBehaviourTest)
#include "window_behaviour_test.moc"
