// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The dataset browser dock: its filter controls drive the model, selection follows the keyboard and survives
// filter changes, the grid shows thumbnails.
#include "models/image_browser_model.h"
#include "models/thumbnail_cache.h"
#include "panels/dataset_browser.h"
#include "shell/project_session.h"

#include <lector/store/project_store.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace lector;

namespace {

/// Names of the rows on screen after every page has arrived.
QStringList shown(DatasetBrowser& browser)
{
    ImageBrowserModel* model = browser.model();
    if (!QTest::qWaitFor([&] { return model->isCountKnown(); }, 5000))
        return { QStringLiteral("<count never arrived>") };
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r);
        if (!QTest::qWaitFor([&] { return index.data(ImageBrowserModel::LoadedRole).toBool(); }, 5000))
            return { QStringLiteral("<row never arrived>") };
        out << index.data(ImageBrowserModel::NameRole).toString();
    }
    return out;
}

} // namespace

/// Twelve images p00..p11: batch "first" split "train" (0-5), "second" split "val" (6-11). ann labels the even
/// ones (image 4 says "Invoice"), rev the multiples of four; ann marks 0 and 2 Done.
class DatasetBrowserTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("d.lector"));
        auto created = ProjectStore::create(m_project);
        QVERIFY(created);
        m_store = std::move(created).value();
        for (int part = 0; part < 2; ++part) {
            ImportBatch batch;
            for (int i = part * 6; i < part * 6 + 6; ++i) {
                QImage img(40, 30 + i, QImage::Format_RGB32);
                img.fill(QColor(i * 20, 90, 40));
                const QString path = m_dir.filePath(QStringLiteral("p%1.png").arg(i, 2, 10, QLatin1Char('0')));
                QVERIFY(img.save(path));
                batch.images.push_back({ path, 0, 0, {}, {} });
            }
            ImportTarget t = ImportTarget::forAnnotator(QStringLiteral("seed"));
            t.batch = part == 0 ? QStringLiteral("first") : QStringLiteral("second");
            t.split = part == 0 ? QStringLiteral("train") : QStringLiteral("val");
            QVERIFY(m_store->importBatch(batch, t));
        }
        auto images = m_store->images();
        QVERIFY(images);
        for (const ImageRecord& r : *images)
            m_ids.push_back(r.id);
        m_ann = *m_store->ensureAnnotator(QStringLiteral("ann"));
        m_rev = *m_store->ensureAnnotator(QStringLiteral("rev"), Role::Reviewer);
        std::vector<Annotation> labels;
        for (int i = 0; i < 12; i += 2) {
            for (AnnotatorId who : { m_ann, m_rev }) {
                if (who == m_rev && i % 4 != 0)
                    continue;
                Annotation a;
                a.image = m_ids[static_cast<size_t>(i)];
                a.annotator = who;
                a.region.polygon = Polygon::fromBox({ 1, 1, 9, 9 });
                a.region.text = i == 4 ? QStringLiteral("Invoice") : QStringLiteral("w");
                labels.push_back(a);
            }
        }
        auto added = m_store->addAnnotations(labels);
        QVERIFY2(added, added ? "" : qPrintable(added.error().toString()));
        QVERIFY(m_store->setImageState(m_ids[0], m_ann, ImageState::Done));
        QVERIFY(m_store->setImageState(m_ids[2], m_ann, ImageState::Done));
    }

    void controlsDriveTheModel()
    {
        ProjectSession session;
        DatasetBrowser browser(&session);
        QAbstractItemModelTester tester(browser.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser.resize(320, 600);
        browser.show();
        QVERIFY(session.open(m_project, QStringLiteral("ann")));
        QCOMPARE(shown(browser).size(), 12);
        auto* count = browser.findChild<QLabel*>(QStringLiteral("browserCount"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("12 images"));

        // Batch and split combos fill from the store.
        auto* batch = browser.findChild<QComboBox*>(QStringLiteral("browserBatch"));
        auto* split = browser.findChild<QComboBox*>(QStringLiteral("browserSplit"));
        QTRY_COMPARE(batch->count(), 3);
        QCOMPARE(batch->itemText(2), QStringLiteral("second"));
        QCOMPARE(split->count(), 3);

        auto* status = browser.findChild<QComboBox*>(QStringLiteral("browserStatus"));
        status->setCurrentIndex(status->findData(int(ImageQuery::Status::DoneByMe)));
        QCOMPARE(browser.query().status, ImageQuery::Status::DoneByMe);
        QCOMPARE(browser.query().me, m_ann);
        QCOMPARE(shown(browser), QStringList({ QStringLiteral("p00.png"), QStringLiteral("p02.png") }));

        auto* minAnnotators = browser.findChild<QSpinBox*>(QStringLiteral("browserMinAnnotators"));
        QVERIFY(!minAnnotators->isEnabled());
        status->setCurrentIndex(status->findData(int(ImageQuery::Status::LabeledByAtLeast)));
        QVERIFY(minAnnotators->isEnabled());
        minAnnotators->setValue(2);
        QTRY_COMPARE(browser.query().minAnnotators, 2); // debounced
        QCOMPARE(shown(browser),
            QStringList({ QStringLiteral("p00.png"), QStringLiteral("p04.png"), QStringLiteral("p08.png") }));

        batch->setCurrentIndex(batch->findData(QStringLiteral("second")));
        QCOMPARE(shown(browser), QStringList({ QStringLiteral("p08.png") }));
        status->setCurrentIndex(0);
        split->setCurrentIndex(split->findData(QStringLiteral("val")));
        QCOMPARE(shown(browser).size(), 6);
        batch->setCurrentIndex(0);
        split->setCurrentIndex(0);

        // Typing is debounced: one query after the pause, not one per key.
        auto* text = browser.findChild<QLineEdit*>(QStringLiteral("browserText"));
        QSignalSpy resets(browser.model(), &QAbstractItemModel::modelReset);
        QTest::keyClicks(text, QStringLiteral("invo"));
        QCOMPARE(resets.count(), 0);
        QTRY_COMPARE(resets.count(), 1);
        QCOMPARE(browser.query().textContains, QStringLiteral("invo"));
        QCOMPARE(shown(browser), QStringList({ QStringLiteral("p04.png") }));
        text->clear();
        auto* name = browser.findChild<QLineEdit*>(QStringLiteral("browserName"));
        name->setText(QStringLiteral("p1"));
        QTRY_COMPARE(browser.query().nameContains, QStringLiteral("p1"));
        QCOMPARE(shown(browser), QStringList({ QStringLiteral("p10.png"), QStringLiteral("p11.png") }));
        name->clear();

        auto* sort = browser.findChild<QComboBox*>(QStringLiteral("browserSort"));
        sort->setCurrentIndex(sort->findData(int(ImageQuery::Sort::Name)));
        browser.findChild<QAction*>(QStringLiteral("browser.sortDescending"))->trigger();
        QTRY_VERIFY(browser.query().descending && browser.query().nameContains.isEmpty());
        QCOMPARE(shown(browser).first(), QStringLiteral("p11.png"));
    }

    void slotsMoveTheControls()
    {
        ProjectSession session;
        DatasetBrowser browser(&session);
        QVERIFY(session.open(m_project, QStringLiteral("ann")));
        browser.setStatusFilter(ImageQuery::Status::ToDoForMe);
        browser.setBatchFilter(QStringLiteral("first"));
        QCOMPARE(browser.findChild<QComboBox*>(QStringLiteral("browserStatus"))->currentData().toInt(),
            int(ImageQuery::Status::ToDoForMe));
        QCOMPARE(browser.findChild<QComboBox*>(QStringLiteral("browserBatch"))->currentText(), QStringLiteral("first"));
        QCOMPARE(shown(browser),
            QStringList({ QStringLiteral("p01.png"), QStringLiteral("p03.png"), QStringLiteral("p04.png"),
                QStringLiteral("p05.png") }));
        browser.setSplitFilter(QStringLiteral("val"));
        QCOMPARE(shown(browser), QStringList());
        browser.setSplitFilter(QString());
        browser.setTextFilter(QStringLiteral("INVOICE"));
        QCOMPARE(browser.findChild<QLineEdit*>(QStringLiteral("browserText"))->text(), QStringLiteral("INVOICE"));
        QCOMPARE(shown(browser), QStringList({ QStringLiteral("p04.png") }));
        browser.setTextFilter(QString());
        browser.setNameFilter(QStringLiteral("p05"));
        QCOMPARE(shown(browser), QStringList({ QStringLiteral("p05.png") }));
        browser.setSort(ImageQuery::Sort::RegionCount, true);
        QCOMPARE(browser.findChild<QComboBox*>(QStringLiteral("browserSort"))->currentData().toInt(),
            int(ImageQuery::Sort::RegionCount));
        QVERIFY(browser.findChild<QAction*>(QStringLiteral("browser.sortDescending"))->isChecked());
    }

    void panelsShowTheirImagesUnderAFocusBar()
    {
        ProjectSession session;
        DatasetBrowser browser(&session);
        browser.resize(320, 600);
        browser.show();
        QVERIFY(session.open(m_project, QStringLiteral("ann")));
        QCOMPARE(shown(browser).size(), 12);
        QSignalSpy current(&browser, &DatasetBrowser::currentImageChanged);
        auto* bar = browser.findChild<QWidget*>(QStringLiteral("browserFocus"));
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        // What a chart bar stands for, worst first: listed in that order, the first one selected.
        browser.showImages(QStringLiteral("3 images with height <16 words"), { m_ids[7], m_ids[2], m_ids[10] });
        QCOMPARE(shown(browser),
            QStringList({ QStringLiteral("p07.png"), QStringLiteral("p02.png"), QStringLiteral("p10.png") }));
        QTRY_COMPARE(browser.currentImage(), m_ids[7]);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->findChild<QLabel*>()->text().contains(QStringLiteral("height &lt;16")));
        QCOMPARE(browser.query().sort, ImageQuery::Sort::Given);
        // The other filters still narrow it.
        browser.setBatchFilter(QStringLiteral("second"));
        QCOMPARE(shown(browser), QStringList({ QStringLiteral("p07.png"), QStringLiteral("p10.png") }));
        browser.setBatchFilter(QString());
        // "Show all" brings every image back in import order.
        QSignalSpy cleared(&browser, &DatasetBrowser::shownImagesCleared);
        auto* showAll = browser.findChild<QToolButton*>(QStringLiteral("browserShowAll"));
        QVERIFY(showAll);
        showAll->click();
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(shown(browser).size(), 12);
        QCOMPARE(shown(browser).first(), QStringLiteral("p00.png"));
        QVERIFY(!bar->isVisible());
        QCOMPARE(browser.query().sort, ImageQuery::Sort::Id);
    }

    void selectionFollowsKeysAndSurvivesFilters()
    {
        ProjectSession session;
        DatasetBrowser browser(&session);
        browser.resize(320, 600);
        browser.show();
        QSignalSpy current(&browser, &DatasetBrowser::currentImageChanged);
        QVERIFY(session.open(m_project, QStringLiteral("ann")));
        QCOMPARE(shown(browser).size(), 12);
        browser.selectNext(); // from nothing: the first row
        QTRY_COMPARE(current.count(), 1);
        QCOMPARE(current.last().at(0).value<ImageId>(), m_ids[0]);
        browser.selectNext();
        browser.selectNext();
        QCOMPARE(current.count(), 3);
        QCOMPARE(browser.currentImage(), m_ids[2]);
        browser.selectPrevious();
        QCOMPARE(browser.currentImage(), m_ids[1]);

        browser.selectImage(m_ids[8]);
        QCOMPARE(browser.currentImage(), m_ids[8]);
        QCOMPARE(browser.view()->currentIndex().row(), 8);
        // A filter that keeps the image: it stays current, at its new row, without a new currentImageChanged.
        const int before = current.count();
        browser.setBatchFilter(QStringLiteral("second"));
        QTRY_COMPARE(browser.view()->currentIndex().row(), 2);
        QCOMPARE(browser.currentImage(), m_ids[8]);
        QCOMPARE(current.count(), before);
        browser.selectNext();
        QTRY_COMPARE(browser.currentImage(), m_ids[9]);

        QSignalSpy activated(&browser, &DatasetBrowser::imageActivated);
        emit browser.view()->activated(browser.view()->currentIndex());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<ImageId>(), m_ids[9]);
    }

    void gridShowsThumbnails()
    {
        QTemporaryDir cache;
        ProjectSession session;
        DatasetBrowser browser(&session);
        browser.thumbnails()->setDiskCacheDir(cache.path());
        browser.resize(500, 600);
        browser.show();
        QVERIFY(session.open(m_project, QStringLiteral("ann")));
        QCOMPARE(shown(browser).size(), 12);
        QCOMPARE(browser.view()->viewMode(), QListView::ListMode);
        browser.findChild<QAction*>(QStringLiteral("browser.viewGrid"))->trigger();
        QCOMPARE(browser.viewMode(), DatasetBrowser::ViewMode::Grid);
        QCOMPARE(browser.view()->viewMode(), QListView::IconMode);
        QCOMPARE(browser.model()->decoration(), ImageBrowserModel::Decoration::Thumbnail);
        // Painting the grid asks for the visible thumbnails; they arrive decoded off the UI thread.
        QTRY_VERIFY(browser.thumbnails()->cachedCount() >= 1);
        QTRY_VERIFY(QFileInfo::exists(browser.thumbnails()->diskCachePath(
            browser.model()->index(0).data(ImageBrowserModel::Sha256Role).toString())));
        browser.findChild<QAction*>(QStringLiteral("browser.viewList"))->trigger();
        QCOMPARE(browser.view()->viewMode(), QListView::ListMode);
        QCOMPARE(browser.model()->decoration(), ImageBrowserModel::Decoration::StateIcon);
    }

    void everyActionHasANameAndAShortcut()
    {
        ProjectSession session;
        DatasetBrowser browser(&session);
        const QList<QAction*> actions = browser.browserActions();
        QCOMPARE(actions.size(), 5);
        for (QAction* a : actions) {
            QVERIFY2(a->objectName().startsWith(QStringLiteral("browser.")), qPrintable(a->objectName()));
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<ProjectStore> m_store;
    std::vector<ImageId> m_ids;
    AnnotatorId m_ann = 0;
    AnnotatorId m_rev = 0;
};

QTEST_MAIN(DatasetBrowserTest)
#include "dataset_browser_test.moc"
