// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The shortcut registry and its dialog, the annotator dialog and the guideline dock.
#include "dialogs/annotator_dialog.h"
#include "dialogs/guideline_editor_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "panels/guideline_dock.h"
#include "shell/project_session.h"
#include "shell/shortcut_registry.h"

#include <lector/store/project_store.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QKeySequenceEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace lector;

class ShellTest : public QObject {
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }

    void registryRefusesAKeyThatIsTaken()
    {
        QObject owner;
        auto* rect = new QAction(QStringLiteral("&Rectangle"), &owner);
        rect->setObjectName(QStringLiteral("tool.rectangle"));
        rect->setShortcut(QKeySequence(Qt::Key_R));
        auto* quad = new QAction(QStringLiteral("&Quadrilateral"), &owner);
        quad->setObjectName(QStringLiteral("tool.quad"));
        quad->setShortcut(QKeySequence(Qt::Key_Q));
        ShortcutRegistry registry;
        registry.registerActions({ rect, quad }, QStringLiteral("Tools"));
        QCOMPARE(registry.entries().size(), 2);
        QString conflict;
        QVERIFY(!registry.rebind(QStringLiteral("tool.quad"), QKeySequence(Qt::Key_R), &conflict));
        QCOMPARE(conflict, QStringLiteral("Rectangle"));
        QCOMPARE(quad->shortcut(), QKeySequence(Qt::Key_Q));
        QVERIFY(registry.rebind(QStringLiteral("tool.quad"), QKeySequence(Qt::Key_4)));
        QCOMPARE(quad->shortcut(), QKeySequence(Qt::Key_4));
        // The binding persists: a new registry applies it to a freshly made action.
        auto* quad2 = new QAction(QStringLiteral("&Quadrilateral"), &owner);
        quad2->setObjectName(QStringLiteral("tool.quad"));
        quad2->setShortcut(QKeySequence(Qt::Key_Q));
        ShortcutRegistry again;
        again.registerAction(quad2, QStringLiteral("Tools"));
        QCOMPARE(quad2->shortcut(), QKeySequence(Qt::Key_4));
        again.resetToDefault(QStringLiteral("tool.quad"));
        QCOMPARE(quad2->shortcut(), QKeySequence(Qt::Key_Q));
        QVERIFY(!QSettings().contains(QStringLiteral("shortcuts/tool.quad")));
    }

    void dialogAssignsAndRefuses()
    {
        QObject owner;
        auto* next = new QAction(QStringLiteral("Next Image"), &owner);
        next->setObjectName(QStringLiteral("go.next"));
        next->setShortcut(QKeySequence(Qt::Key_PageDown));
        auto* done = new QAction(QStringLiteral("Mark Done"), &owner);
        done->setObjectName(QStringLiteral("image.done"));
        done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
        ShortcutRegistry registry;
        registry.registerActions({ next, done }, QStringLiteral("Go"));
        ShortcutsDialog dialog(&registry);
        QCOMPARE(dialog.rowCount(), 2);
        QVERIFY(dialog.selectAction(QStringLiteral("image.done")));
        dialog.keyEdit()->setKeySequence(QKeySequence(Qt::Key_PageDown));
        QVERIFY(!dialog.assignEdited());
        QVERIFY2(dialog.message().contains(QStringLiteral("Next Image")), qPrintable(dialog.message()));
        QCOMPARE(done->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        dialog.keyEdit()->setKeySequence(QKeySequence(Qt::Key_F2));
        QVERIFY(dialog.assignEdited());
        QCOMPARE(done->shortcut(), QKeySequence(Qt::Key_F2));
        // Pressing the key triggers the action.
        QWidget host;
        host.addAction(done);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QSignalSpy triggered(done, &QAction::triggered);
        QTest::keyClick(&host, Qt::Key_F2);
        QCOMPARE(triggered.count(), 1);
    }

    void annotatorDialogPicksOrCreates()
    {
        std::vector<Annotator> people { { 1, QStringLiteral("alice"), Role::Annotator },
            { 2, QStringLiteral("rita"), Role::Reviewer } };
        AnnotatorDialog dialog(people, QStringLiteral("rita"));
        QCOMPARE(dialog.name(), QStringLiteral("rita"));
        QVERIFY(!dialog.isNew());
        QCOMPARE(dialog.role(), Role::Reviewer);
        dialog.setNewName(QStringLiteral("  zoe "));
        QCOMPARE(dialog.name(), QStringLiteral("zoe"));
        QVERIFY(dialog.isNew());
        QVERIFY(dialog.selectExisting(QStringLiteral("alice")));
        QCOMPARE(dialog.name(), QStringLiteral("alice"));
    }

    void guidelineDockShowsTheVersionInForce()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("g.lector")));
        QVERIFY(store);
        ProjectSession session;
        GuidelineDock dock(&session);
        QVERIFY(session.open((*store)->path(), QStringLiteral("ann")));
        QVERIFY(!dock.canPublish()); // annotators compare versions; leads publish them
        QCOMPARE(dock.newestVersion(), 0);
        QVERIFY(dock.renderedText().contains(QStringLiteral("no guideline")));
        QVERIFY((*store)->publishGuideline(
            QStringLiteral("# Boxes\n\nDraw **tight** boxes."), QString(), QStringLiteral("lea")));
        QVERIFY((*store)->publishGuideline(QStringLiteral("# Boxes\n\nPrices: box the currency sign with the number."),
            QStringLiteral("prices"), QStringLiteral("lea")));
        session.notifyGuidelineChanged();
        QCOMPARE(dock.newestVersion(), 2);
        QCOMPARE(dock.shownVersion(), 2);
        // Rendered from markdown: the heading's text without its '#', the bold without '**'.
        QVERIFY(dock.renderedText().contains(QStringLiteral("currency sign")));
        QVERIFY(!dock.renderedText().contains(QStringLiteral("# Boxes")));
        dock.showVersion(1);
        QVERIFY(dock.renderedText().contains(QStringLiteral("Draw tight boxes.")));
    }

    void guidelineEditorNeedsAChangeAndAChangelog()
    {
        GuidelineEditorDialog dialog(QStringLiteral("# Boxes\n\nTight."), 3);
        QAbstractButton* publish = nullptr;
        for (QAbstractButton* b : dialog.findChild<QDialogButtonBox*>()->buttons()) {
            if (b->text().contains(QStringLiteral("Publish")))
                publish = b;
        }
        QVERIFY(publish);
        QVERIFY(publish->text().contains(QStringLiteral("3")));
        QVERIFY(!publish->isEnabled());
        dialog.setMarkdown(QStringLiteral("# Boxes\n\nTight, **with** the currency sign."));
        QVERIFY2(!publish->isEnabled(), "no changelog yet");
        dialog.setChangelog(QStringLiteral("  prices  "));
        QVERIFY(publish->isEnabled());
        QCOMPARE(dialog.changelog(), QStringLiteral("prices"));
        QVERIFY(dialog.previewText().contains(QStringLiteral("Tight, with the currency sign.")));
    }

    void guidelineDiffMarksAddedAndRemovedLines()
    {
        GuidelineDiffDialog dialog(QStringLiteral("v1"), QStringLiteral("a\nold rule\nc"), QStringLiteral("v2"),
            QStringLiteral("a\nnew rule\nc\nd <b>"));
        const QString html = dialog.diffHtml();
        QVERIFY(html.contains(QStringLiteral("−&nbsp;old rule")));
        QVERIFY(html.contains(QStringLiteral("+&nbsp;new rule")));
        QVERIFY2(html.contains(QStringLiteral("+&nbsp;d &lt;b&gt;")), "text is escaped");
        QCOMPARE(html.count(QStringLiteral("+&nbsp;")), 2);
        QCOMPARE(html.count(QStringLiteral("−&nbsp;")), 1);
    }
};

QTEST_MAIN(ShellTest)
#include "shell_test.moc"
