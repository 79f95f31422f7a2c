// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The Korean interface (issue #16): with lector_ko loaded as the app loads it, every menu entry is in Korean, and at
// 1280×720 no text of a menu, dock title, tab, button, check box or label is cut off or wider than its widget, in
// every panel brought to the front in turn. LECTOR_TEST_LANGUAGE=en runs the same checks on the English interface.
#include "dialogs/annotator_dialog.h"
#include "dialogs/export_dialog.h"
#include "dialogs/folder_import_dialog.h"
#include "dialogs/guideline_editor_dialog.h"
#include "dialogs/import_labels_dialog.h"
#include "dialogs/server_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "main_window.h"
#include "shell/display_names.h"
#include "shell/project_session.h"

#include <lector/core/language.h>
#include <lector/io/folder_scan.h>
#include <lector/store/project_store.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QSettings>
#include <QStyle>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <memory>
#include <vector>

using namespace lector;

namespace {

/// QTabBar's size hint of one tab (its whole text), protected in QTabBar.
struct TabBarAccess : QTabBar {
    using QTabBar::tabSizeHint;
};

bool hasHangul(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    return false;
}

/// Text shown with its mnemonic marker and its accelerator tab taken out.
QString shown(QString text)
{
    text = text.section(QLatin1Char('\t'), 0, 0);
    text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
    return text;
}

/// Every text in `root` that is cut off or wider than its widget: labels, buttons, tabs and dock titles on screen.
void collectCutOff(QWidget* root, const QString& where, QStringList& cut)
{
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->visibleRegion().isEmpty() || widget->width() < 2)
            continue;
        QString text;
        int room = 0;
        int needed = 0;
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->wordWrap() || label->text().contains(QLatin1Char('<')) || label->pixmap().isNull() == false)
                continue; // wrapping and rich text lay themselves out
            text = label->text();
            room = label->contentsRect().width();
            needed = label->fontMetrics().horizontalAdvance(shown(text)) + 2 * label->margin();
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (qobject_cast<QToolButton*>(button) && button->text().isEmpty())
                continue;
            text = button->text();
            room = button->width();
            needed = button->sizeHint().width();
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            // A tab shorter than its own size hint (its whole text and margins) has its text elided.
            const bool vertical = tabs->shape() == QTabBar::RoundedEast || tabs->shape() == QTabBar::RoundedWest
                || tabs->shape() == QTabBar::TriangularEast || tabs->shape() == QTabBar::TriangularWest;
            for (int i = 0; i < tabs->count(); ++i) {
                const QRect r = tabs->tabRect(i);
                const QSize hint = static_cast<TabBarAccess*>(tabs)->tabSizeHint(i);
                const int space = vertical ? r.height() : r.width();
                const int wanted = vertical ? hint.height() : hint.width();
                if (wanted > space + 1)
                    cut << QStringLiteral("%1: tab \"%2\" needs %3 px, has %4")
                               .arg(where, tabs->tabText(i))
                               .arg(wanted)
                               .arg(space);
            }
            continue;
        } else if (auto* dock = qobject_cast<QDockWidget*>(widget)) {
            if (dock->titleBarWidget())
                continue;
            text = dock->windowTitle();
            room = dock->width() - 2 * dock->style()->pixelMetric(QStyle::PM_DockWidgetTitleBarButtonMargin) - 40;
            needed = dock->fontMetrics().horizontalAdvance(text);
        } else {
            continue;
        }
        if (!text.isEmpty() && needed > room + 1)
            cut << QStringLiteral("%1: %2 \"%3\" needs %4 px, has %5")
                       .arg(where, QString::fromLatin1(widget->metaObject()->className()), shown(text))
                       .arg(needed)
                       .arg(room);
    }
}

/// Every header, tab, button (and its tooltip) and group title in `root` left in English.
void collectEnglish(QWidget* root, QStringList& english)
{
    // What stays as it is in Korean: figures' names (F1, CER, IoU, AP, PSI, H-mean, α), the two sides of a pair,
    // products and formats, a key (a button's tooltip names its shortcut), and text without letters.
    static const QRegularExpression kept(QStringLiteral(
        "^(F1|CER|WER|IoU|AP|PSI|KS|H-mean|a|b|α|ID|OCR|Lector|Tesseract|HTML|CSV|PNG|SVG|PDF|JSON)( ?%)?$|"
        "^((Ctrl|Shift|Alt)\\+)*([A-Z0-9]|F[0-9]+|Space|Enter|Tab|Del|Delete|Esc)$"));
    const auto untranslated = [&](const QString& text) {
        const QString t = shown(text).trimmed();
        return t.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))) && !hasHangul(t) && !kept.match(t).hasMatch();
    };
    for (QTableWidget* table : root->findChildren<QTableWidget*>())
        for (int c = 0; c < table->columnCount(); ++c)
            if (const QTableWidgetItem* h = table->horizontalHeaderItem(c); h && untranslated(h->text()))
                english << QStringLiteral("%1: column \"%2\"").arg(table->objectName(), h->text());
    for (QTabBar* tabs : root->findChildren<QTabBar*>())
        for (int i = 0; i < tabs->count(); ++i)
            if (untranslated(tabs->tabText(i)))
                english << QStringLiteral("tab \"%1\"").arg(tabs->tabText(i));
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>())
        if (untranslated(button->text()) || (!button->toolTip().isEmpty() && untranslated(button->toolTip())))
            english << QStringLiteral("%1 \"%2\" (%3)")
                           .arg(QString::fromLatin1(button->metaObject()->className()), button->text(),
                               button->toolTip());
    for (QGroupBox* box : root->findChildren<QGroupBox*>())
        if (untranslated(box->title()))
            english << QStringLiteral("group \"%1\"").arg(box->title());
}

} // namespace

class InterfaceLanguageTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_code = qEnvironmentVariable("LECTOR_TEST_LANGUAGE", QStringLiteral("ko"));
        QVERIFY2(installInterfaceLanguage(m_code), qPrintable(QStringLiteral("no translation for ") + m_code));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const QString images = m_dir.filePath(QStringLiteral("images"));
        QDir().mkpath(images);
        ImportBatch batch;
        for (int i = 0; i < 3; ++i) {
            QImage img(400, 300, QImage::Format_RGB32);
            img.fill(QColor(250, 250, 250 - i));
            const QString path = QDir(images).filePath(QStringLiteral("page_%1.png").arg(i));
            QVERIFY(img.save(path));
            ImportedImage ii;
            ii.imagePath = path;
            Region region;
            region.polygon = Polygon::fromBox({ 20, 20, 120, 50 });
            region.text = QStringLiteral("영수증");
            ii.regions.push_back(region);
            batch.images.push_back(ii);
        }
        m_project = m_dir.filePath(QStringLiteral("t.lector"));
        auto store = ProjectStore::create(m_project);
        QVERIFY(store);
        QVERIFY((*store)->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("alice"))));
    }

    void everyMenuEntryIsTranslated()
    {
        if (m_code != QStringLiteral("ko"))
            QSKIP("the English interface is the source");
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        // Names that stay as they are in Korean: languages by their own name, products, formats.
        static const QRegularExpression kept(
            QStringLiteral("^(English|한국어|Lector|Tesseract|COCO|ICDAR|YOLO|PaddleOCR|PPOCRLabel|FUNSD|labelme|"
                           "SROIE|[A-Za-z0-9_.-]+\\.(png|lector)|tess-[A-Za-z0-9-]+|v[0-9]+|[0-9 .:%-]+)( .*)?$"));
        QStringList untranslated;
        std::function<void(QMenu*)> walk = [&](QMenu* menu) {
            for (QAction* a : menu->actions()) {
                if (a->isSeparator())
                    continue;
                const QString text = shown(a->text());
                const bool symbols = !text.contains(QRegularExpression(QStringLiteral("[A-Za-z]")));
                if (!text.isEmpty() && !symbols && !text.startsWith(QLatin1Char('/')) && !hasHangul(text)
                    && !kept.match(text).hasMatch())
                    untranslated << menu->title() + QStringLiteral(" ▸ ") + text;
                if (a->menu())
                    walk(a->menu());
            }
        };
        for (QAction* top : w.menuBar()->actions()) {
            QVERIFY2(hasHangul(top->text()), qPrintable(top->text()));
            walk(top->menu());
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
    }

    void everyHeaderTabAndButtonIsTranslated()
    {
        if (m_code != QStringLiteral("ko"))
            QSKIP("the English interface is the source");
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCoreApplication::processEvents();
        QStringList english;
        collectEnglish(&w, english);
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral("\n"))));
    }

    void theStoresNamesAreShownInKorean()
    {
        if (m_code != QStringLiteral("ko"))
            QSKIP("the English interface is the source");
        // What the store spells in English is shown in Korean; what is not a known name is shown as it is.
        QStringList english;
        for (const QString& kind :
            { QStringLiteral("missing"), QStringLiteral("geometry"), QStringLiteral("text"), QStringLiteral("flags") })
            if (!hasHangul(conflictKindTitle(kind)))
                english << kind;
        for (const QString& status :
            { QStringLiteral("open"), QStringLiteral("resolved"), QStringLiteral("guideline_gap") })
            if (!hasHangul(conflictStatusTitle(status)))
                english << status;
        for (Role r : { Role::Annotator, Role::Reviewer, Role::Lead })
            if (!hasHangul(roleTitle(r)))
                english << roleName(r);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(", "))));
        QCOMPARE(conflictKindsTitle({ QStringLiteral("text"), QStringLiteral("odd") }),
            conflictKindTitle(QStringLiteral("text")) + QStringLiteral(", odd"));
    }

    void noDialogIsCutOffOrLeftInEnglish()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList cut;
        QStringList english;
        std::vector<std::unique_ptr<QDialog>> dialogs;
        auto store = ProjectStore::open(m_project);
        QVERIFY(store);
        auto annotators = (*store)->annotators();
        QVERIFY(annotators);
        dialogs.emplace_back(new AnnotatorDialog(*annotators, QStringLiteral("alice"), &w));
        dialogs.emplace_back(new ExportDialog(w.session(), w.session()->jobs(), &w));
        dialogs.emplace_back(new ImportLabelsDialog(w.session(), w.session()->jobs(), &w));
        auto scan = scanPaths({ m_dir.filePath(QStringLiteral("images")) });
        QVERIFY(scan);
        dialogs.emplace_back(
            new FolderImportDialog(std::move(scan).value(), FolderImportDialog::Mode::NewProject, {}, {}, &w));
        dialogs.emplace_back(new GuidelineEditorDialog(QStringLiteral("# 가이드\n"), 2, &w));
        dialogs.emplace_back(new GuidelineDiffDialog(
            QStringLiteral("v1"), QStringLiteral("a"), QStringLiteral("v2"), QStringLiteral("b"), &w));
        dialogs.emplace_back(new ServerDialog(&w));
        dialogs.emplace_back(new ShortcutsDialog(w.shortcuts(), &w));
        for (const auto& d : dialogs) {
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d.get()));
            QCoreApplication::processEvents();
            collectCutOff(d.get(), QString::fromLatin1(d->metaObject()->className()), cut);
            if (m_code == QStringLiteral("ko"))
                collectEnglish(d.get(), english);
            d->hide();
        }
        // The pre-labeling dialog is made and run by its controller: looked at while it is open, then canceled.
        QAction* prelabel = w.findChild<QAction*>(QStringLiteral("tools.prelabel"));
        QVERIFY(prelabel);
        bool seen = false;
        QTimer::singleShot(0, &w, [&] {
            if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                seen = true;
                collectCutOff(d, QStringLiteral("pre-label dialog"), cut);
                if (m_code == QStringLiteral("ko"))
                    collectEnglish(d, english);
                d->reject();
            }
        });
        prelabel->trigger();
        QVERIFY(seen);
        cut.removeDuplicates();
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n"))));
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral("\n"))));
    }

    void nothingIsCutOffAtTheLaptopSize()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project, nullptr, QStringLiteral("alice"), false));
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.restoreDefaultLayout();
        QCoreApplication::processEvents();
        QStringList cut;
        const auto checkVisible = [&](const QString& where) { collectCutOff(&w, where, cut); };
        checkVisible(QStringLiteral("default layout"));
        // Each panel in front in turn, as a user brings it from the View menu into the default layout (a tab behind
        // another is not on screen).
        for (QDockWidget* dock : w.findChildren<QDockWidget*>()) {
            w.restoreDefaultLayout();
            QCoreApplication::processEvents();
            dock->show();
            dock->raise();
            QCoreApplication::processEvents();
            checkVisible(dock->objectName());
        }
        cut.removeDuplicates();
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n"))));
    }

private:
    QString m_code;
    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_MAIN(InterfaceLanguageTest)
#include "interface_language_test.moc"
