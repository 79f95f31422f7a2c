// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The virtualized browser model over a real store: filters, sort, placeholders, stale pages, thumbnails.
#include "models/image_browser_model.h"
#include "models/thumbnail_cache.h"

#include <lector/store/project_store.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace lector;

Q_DECLARE_METATYPE(lector::ImageQuery::Status)
Q_DECLARE_METATYPE(lector::ImageQuery::Sort)

namespace {

Region box(double x, const QString& text)
{
    Region r;
    r.polygon = Polygon::fromBox({ x, 1, x + 5, 6 });
    r.text = text;
    return r;
}

/// Every row's file name, once every page has arrived (touching each row asks for its page).
QStringList names(ImageBrowserModel& model)
{
    QStringList out;
    if (!QTest::qWaitFor([&] { return model.isCountKnown(); }, 5000))
        return { QStringLiteral("<count never arrived>") };
    auto allLoaded = [&] {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (!model.index(r).data(ImageBrowserModel::LoadedRole).toBool())
                return false;
        }
        return true;
    };
    if (!QTest::qWaitFor(allLoaded, 5000))
        return { QStringLiteral("<rows never arrived>") };
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r).data(ImageBrowserModel::NameRole).toString();
    return out;
}

QStringList imgs(std::initializer_list<int> numbers)
{
    QStringList out;
    for (int n : numbers)
        out << QStringLiteral("img_%1.png").arg(n);
    return out;
}

} // namespace

/// Eight images img_0..img_7: batch b1/split train (0-3), b2/test (4-7). alice ("me") labels 0 (two boxes),
/// 1, 2; bob labels 1, 2, 4 (4 says "needle"); carol (reviewer) labels 2 and marks 1 Done. alice marks 0 Done and
/// 1 in progress. Image 6 has an open conflict. Unlabeled: 3, 5, 6, 7.
class ImageBrowserModelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("b.lector"));
        auto created = ProjectStore::create(m_project);
        QVERIFY(created);
        m_store = std::move(created).value();
        for (int part = 0; part < 2; ++part) {
            ImportBatch batch;
            for (int i = part * 4; i < part * 4 + 4; ++i) {
                QImage img(300 + i, 200, QImage::Format_RGB32);
                img.fill(QColor(10 * i, 200, 100));
                const QString path = m_dir.filePath(QStringLiteral("img_%1.png").arg(i));
                QVERIFY(img.save(path));
                batch.images.push_back({ path, 0, 0, {}, {} });
            }
            ImportTarget t = ImportTarget::forAnnotator(QStringLiteral("seed"));
            t.batch = part == 0 ? QStringLiteral("b1") : QStringLiteral("b2");
            t.split = part == 0 ? QStringLiteral("train") : QStringLiteral("test");
            QVERIFY(m_store->importBatch(batch, t));
        }
        auto images = m_store->images();
        QVERIFY(images);
        for (const ImageRecord& r : *images)
            m_ids.push_back(r.id);
        QCOMPARE(m_ids.size(), size_t(8));
        m_alice = *m_store->ensureAnnotator(QStringLiteral("alice"));
        m_bob = *m_store->ensureAnnotator(QStringLiteral("bob"));
        m_carol = *m_store->ensureAnnotator(QStringLiteral("carol"), Role::Reviewer);
        std::vector<Annotation> labels;
        auto label = [&](AnnotatorId who, int image, const QString& text) {
            Annotation a;
            a.image = m_ids[static_cast<size_t>(image)];
            a.annotator = who;
            a.region = box(image + static_cast<int>(labels.size()), text);
            labels.push_back(a);
        };
        label(m_alice, 0, QStringLiteral("Total"));
        label(m_alice, 0, QStringLiteral("12.00"));
        label(m_alice, 1, QStringLiteral("합계"));
        label(m_alice, 2, QStringLiteral("fifty"));
        label(m_bob, 1, QStringLiteral("합계"));
        label(m_bob, 2, QStringLiteral("fifty"));
        label(m_bob, 4, QStringLiteral("a NEEDLE here"));
        label(m_carol, 2, QStringLiteral("fifty"));
        QVERIFY(m_store->addAnnotations(labels));
        QVERIFY(m_store->setImageState(m_ids[0], m_alice, ImageState::Done));
        QVERIFY(m_store->setImageState(m_ids[1], m_alice, ImageState::InProgress));
        QVERIFY(m_store->setImageState(m_ids[1], m_carol, ImageState::Done));
        // The store has no API for conflicts yet (review work fills them): one row by hand.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(m_project.toUtf8().constData(), &db), SQLITE_OK);
        const QByteArray sql = QStringLiteral("INSERT INTO conflicts (image_id, kind, status, created_at) "
                                              "VALUES (%1, 'text', 'open', 0)")
                                   .arg(m_ids[6])
                                   .toUtf8();
        const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(rc, SQLITE_OK);
    }

    void filters_data()
    {
        QTest::addColumn<ImageQuery::Status>("status");
        QTest::addColumn<int>("minAnnotators");
        QTest::addColumn<QString>("batch");
        QTest::addColumn<QString>("split");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        using S = ImageQuery::Status;
        const QString none;
        QTest::newRow("any") << S::Any << 1 << none << none << none << none << imgs({ 0, 1, 2, 3, 4, 5, 6, 7 });
        QTest::newRow("unlabeled") << S::Unlabeled << 1 << none << none << none << none << imgs({ 3, 5, 6, 7 });
        QTest::newRow("labeled by me") << S::LabeledByMe << 1 << none << none << none << none << imgs({ 0, 1, 2 });
        QTest::newRow(">= 1 annotator") << S::LabeledByAtLeast << 1 << none << none << none << none
                                        << imgs({ 0, 1, 2, 4 });
        QTest::newRow(">= 2 annotators") << S::LabeledByAtLeast << 2 << none << none << none << none << imgs({ 1, 2 });
        QTest::newRow(">= 3 annotators") << S::LabeledByAtLeast << 3 << none << none << none << none << imgs({ 2 });
        QTest::newRow("in conflict") << S::InConflict << 1 << none << none << none << none << imgs({ 6 });
        QTest::newRow("reviewed") << S::Reviewed << 1 << none << none << none << none << imgs({ 1 });
        QTest::newRow("to do for me") << S::ToDoForMe << 1 << none << none << none << none
                                      << imgs({ 1, 2, 3, 4, 5, 6, 7 });
        QTest::newRow("done by me") << S::DoneByMe << 1 << none << none << none << none << imgs({ 0 });
        QTest::newRow("batch b2") << S::Any << 1 << QStringLiteral("b2") << none << none << none
                                  << imgs({ 4, 5, 6, 7 });
        QTest::newRow("split train") << S::Any << 1 << none << QStringLiteral("train") << none << none
                                     << imgs({ 0, 1, 2, 3 });
        QTest::newRow("name") << S::Any << 1 << none << none << QStringLiteral("IMG_5") << none << imgs({ 5 });
        QTest::newRow("text, any case") << S::Any << 1 << none << none << none << QStringLiteral("needle")
                                        << imgs({ 4 });
        QTest::newRow("unlabeled in b1") << S::Unlabeled << 1 << QStringLiteral("b1") << none << none << none
                                         << imgs({ 3 });
        QTest::newRow("nothing") << S::Any << 1 << none << none << QStringLiteral("zzz") << none << QStringList();
    }

    void filters()
    {
        QFETCH(ImageQuery::Status, status);
        QFETCH(int, minAnnotators);
        QFETCH(QString, batch);
        QFETCH(QString, split);
        QFETCH(QString, name);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        ImageBrowserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &ImageBrowserModel::countKnown);
        ImageQuery q;
        q.status = status;
        q.minAnnotators = minAnnotators;
        q.me = m_alice;
        q.batch = batch;
        q.split = split;
        q.nameContains = name;
        q.textContains = text;
        model.setQuery(q);
        model.setStorePath(m_project);
        QCOMPARE(model.rowCount(), 0); // nothing is counted on the UI thread
        QCOMPARE(names(model), expected);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(counted.at(0).at(0).toLongLong(), qint64(expected.size()));
    }

    void sorts_data()
    {
        QTest::addColumn<ImageQuery::Sort>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("expected");
        using O = ImageQuery::Sort;
        QTest::newRow("id") << O::Id << false << imgs({ 0, 1, 2, 3, 4, 5, 6, 7 });
        QTest::newRow("name desc") << O::Name << true << imgs({ 7, 6, 5, 4, 3, 2, 1, 0 });
        // Region counts 0:2 1:2 2:3 4:1; ties in id order (reversed when descending).
        QTest::newRow("regions desc") << O::RegionCount << true << imgs({ 2, 1, 0, 4, 7, 6, 5, 3 });
        QTest::newRow("annotators") << O::AnnotatorCount << false << imgs({ 3, 5, 6, 7, 0, 4, 1, 2 });
    }

    void sorts()
    {
        QFETCH(ImageQuery::Sort, sort);
        QFETCH(bool, descending);
        QFETCH(QStringList, expected);
        ImageBrowserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImageQuery q;
        q.sort = sort;
        q.descending = descending;
        model.setStorePath(m_project);
        model.setQuery(q);
        QCOMPARE(names(model), expected);
    }

    void placeholderThenRealRow()
    {
        ImageBrowserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImageQuery q;
        q.me = m_alice;
        model.setQuery(q);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // When the count arrives the rows exist, but no page can have been delivered yet: every row is a
        // placeholder, and looking at one asks for its page.
        QVariantList atCount;
        connect(&model, &ImageBrowserModel::countKnown, this, [&] {
            const QModelIndex first = model.index(0);
            atCount << model.rowCount() << first.data(ImageBrowserModel::LoadedRole) << first.data()
                    << QVariant::fromValue(model.toImageId(first));
        });
        model.setStorePath(m_project);
        QTRY_COMPARE(atCount.size(), 4);
        QCOMPARE(atCount.at(0).toInt(), 8);
        QCOMPARE(atCount.at(1).toBool(), false);
        QCOMPARE(atCount.at(2).toString(), QStringLiteral("Loading…"));
        QCOMPARE(atCount.at(3).value<ImageId>(), ImageId(0));
        const QModelIndex first = model.index(0);
        QTRY_COMPARE(first.data(ImageBrowserModel::LoadedRole).toBool(), true);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.last().at(1).value<QModelIndex>().row(), 7);
        QCOMPARE(model.toImageId(first), m_ids[0]);
        QCOMPARE(first.data().toString(), QStringLiteral("img_0.png  ·  2 boxes · 1 ann."));
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("img_2.png  ·  3 boxes · 3 ann."));
        QCOMPARE(first.data(ImageBrowserModel::MyStateRole).toInt(), int(ImageState::Done));
        QCOMPARE(model.index(1).data(ImageBrowserModel::MyStateRole).toInt(), int(ImageState::InProgress));
        QCOMPARE(model.index(1).data(ImageBrowserModel::MyRegionCountRole).toInt(), 1);
        QCOMPARE(model.index(2).data(ImageBrowserModel::AnnotatorCountRole).toInt(), 3);
        QCOMPARE(model.index(4).data(ImageBrowserModel::BatchRole).toString(), QStringLiteral("b2"));
        QCOMPARE(model.index(4).data(ImageBrowserModel::SplitRole).toString(), QStringLiteral("test"));
        QCOMPARE(model.index(4).data(ImageBrowserModel::SizeRole).toSize(), QSize(304, 200));
        QCOMPARE(model.index(3).data(ImageBrowserModel::AbsolutePathRole).toString(),
            QDir::cleanPath(m_dir.filePath(QStringLiteral("img_3.png"))));
        QCOMPARE(model.rowForImage(m_ids[5]), 5);
        QVERIFY(first.data(Qt::DecorationRole).value<QPixmap>().width() > 0);
        QTRY_COMPARE(model.batches(), QStringList({ QStringLiteral("b1"), QStringLiteral("b2") }));
        QCOMPARE(model.splits(), QStringList({ QStringLiteral("test"), QStringLiteral("train") }));
    }

    void stalePagesAreDropped()
    {
        ImageBrowserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImageQuery q;
        q.status = ImageQuery::Status::Unlabeled;
        // As soon as the unfiltered count arrives, look at a row (its page is requested) and change the filter
        // before that page can be delivered.
        bool switched = false;
        connect(&model, &ImageBrowserModel::countKnown, this, [&] {
            if (switched)
                return;
            switched = true;
            QCOMPARE(model.index(0).data(ImageBrowserModel::LoadedRole).toBool(), false);
            model.setQuery(q);
        });
        QStringList seen;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex& from, const QModelIndex& to) {
            for (int r = from.row(); r <= to.row(); ++r)
                seen << model.index(r).data(ImageBrowserModel::NameRole).toString();
        });
        model.setStorePath(m_project);
        QTRY_VERIFY(switched);
        QCOMPARE(names(model), imgs({ 3, 5, 6, 7 }));
        // The old page was either skipped on the worker or dropped here; it never reached a view.
        QCOMPARE(seen, imgs({ 3, 5, 6, 7 }));
        QVERIFY(model.stalePagesDropped() >= 1);
    }

    void invalidatedImageLeavesTheFilter()
    {
        ImageBrowserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImageQuery q;
        q.status = ImageQuery::Status::ToDoForMe;
        q.me = m_bob;
        model.setQuery(q);
        model.setStorePath(m_project);
        QCOMPARE(names(model), imgs({ 0, 1, 2, 3, 4, 5, 6, 7 }));
        QVERIFY(m_store->setImageState(m_ids[4], m_bob, ImageState::Done));
        model.invalidateImage(m_ids[4]);
        QTRY_COMPARE(model.rowCount(), 7);
        QTRY_COMPARE(names(model), imgs({ 0, 1, 2, 3, 5, 6, 7 }));
        QVERIFY(m_store->setImageState(m_ids[4], m_bob, ImageState::InProgress));
        model.refresh();
        QTRY_COMPARE(model.rowCount(), 8);
        QTRY_COMPARE(names(model), imgs({ 0, 1, 2, 3, 4, 5, 6, 7 }));
        QCOMPARE(model.index(4).data(ImageBrowserModel::MyStateRole).toInt(), int(ImageState::InProgress));
        QVERIFY(m_store->setImageState(m_ids[4], m_bob, ImageState::ToDo));
    }

    void locatesRowsNotLoaded()
    {
        ImageBrowserModel model;
        ImageQuery q;
        q.sort = ImageQuery::Sort::Name;
        q.descending = true;
        model.setQuery(q);
        model.setStorePath(m_project);
        QTRY_VERIFY(model.isCountKnown());
        QCOMPARE(model.rowForImage(m_ids[6]), -1); // no page loaded: the worker has to find it
        QSignalSpy located(&model, &ImageBrowserModel::located);
        model.locate(m_ids[6]);
        QTRY_COMPARE(located.count(), 1);
        QCOMPARE(located.at(0).at(0).value<ImageId>(), m_ids[6]);
        QCOMPARE(located.at(0).at(1).toInt(), 1);
        q.status = ImageQuery::Status::Unlabeled;
        model.setQuery(q);
        QTRY_VERIFY(model.isCountKnown());
        model.locate(m_ids[0]);
        QTRY_COMPARE(located.count(), 2);
        QCOMPARE(located.at(1).at(1).toInt(), -1);
    }

    void failsVisiblyOnAMissingProject()
    {
        ImageBrowserModel model;
        QSignalSpy failed(&model, &ImageBrowserModel::loadFailed);
        model.setStorePath(m_dir.filePath(QStringLiteral("missing.lector")));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lastError().isEmpty());
    }

    void thumbnailsDecodeOffThreadAndComeBackFromDisk()
    {
        QTemporaryDir cacheDir;
        QVERIFY(cacheDir.isValid());
        const QString sha = QStringLiteral("a1b2");
        const QString image = m_dir.filePath(QStringLiteral("img_7.png"));
        {
            ThumbnailCache cache;
            cache.setDiskCacheDir(cacheDir.path());
            QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
            QVERIFY(cache.thumbnail(sha).isNull());
            cache.request(sha, image);
            cache.request(sha, image); // queued once
            QTRY_COMPARE(ready.count(), 1);
            QCOMPARE(ready.at(0).at(0).toString(), sha);
            const QPixmap thumb = cache.thumbnail(sha);
            QCOMPARE(thumb.size(), QSize(160, 104)); // 307 × 200 scaled to a longest side of 160
            QCOMPARE(cache.decodes(), 1);
            QCOMPARE(cache.diskHits(), 0);
            QVERIFY(QFileInfo::exists(cacheDir.filePath(sha + QStringLiteral(".jpg"))));
            QCOMPARE(cache.memoryUsed(), qint64(160 * 104 * 4));
        }
        ThumbnailCache second;
        second.setDiskCacheDir(cacheDir.path());
        QSignalSpy ready(&second, &ThumbnailCache::thumbnailReady);
        second.request(sha, QStringLiteral("/nonexistent/so/only/the/disk/cache/can/answer.png"));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(second.diskHits(), 1);
        QCOMPARE(second.decodes(), 0);
        QCOMPARE(second.thumbnail(sha).size(), QSize(160, 104));

        QSignalSpy failed(&second, &ThumbnailCache::thumbnailFailed);
        second.request(QStringLiteral("bad"), m_dir.filePath(QStringLiteral("b.lector")));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(second.thumbnail(QStringLiteral("bad")).isNull());
    }

    void thumbnailMemoryStaysBounded()
    {
        ThumbnailCache cache;
        cache.setDiskCacheDir(QString());
        cache.setMemoryLimit(3 * 160 * 110 * 4); // three thumbnails (each 160 × 104..107)
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        for (int i = 0; i < 8; ++i)
            cache.request(QStringLiteral("sha%1").arg(i), m_dir.filePath(QStringLiteral("img_%1.png").arg(i)));
        QTRY_COMPARE(ready.count(), 8);
        QCOMPARE(cache.cachedCount(), 3);
        QVERIFY(cache.memoryUsed() <= cache.memoryLimit());
        // A bounded queue: beyond maxPending the oldest requests are dropped, not decoded.
        cache.clear();
        cache.setMaxPending(2);
        QSignalSpy more(&cache, &ThumbnailCache::thumbnailReady);
        for (int i = 0; i < 8; ++i)
            cache.request(QStringLiteral("other%1").arg(i), m_dir.filePath(QStringLiteral("img_%1.png").arg(i)));
        QVERIFY(cache.pendingCount() <= 2 + QThreadPool::globalInstance()->maxThreadCount());
        QTRY_COMPARE(cache.pendingCount(), 0);
        QVERIFY(more.count() < 8);
    }

    void modelShowsThumbnailsInGridMode()
    {
        QTemporaryDir cacheDir;
        ThumbnailCache cache;
        cache.setDiskCacheDir(cacheDir.path());
        ImageBrowserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setThumbnailCache(&cache);
        model.setDecoration(ImageBrowserModel::Decoration::Thumbnail);
        model.setStorePath(m_project);
        QCOMPARE(names(model).size(), 8);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex row = model.index(3);
        const QImage placeholder = row.data(Qt::DecorationRole).value<QPixmap>().toImage();
        QCOMPARE(placeholder.size(), QSize(160, 160));
        QCOMPARE(QColor(placeholder.pixel(80, 80)), QColor(0xdd, 0xdd, 0xdd));
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 3);
        QVERIFY(changed.last().at(2).value<QList<int>>().contains(Qt::DecorationRole));
        const QImage thumb = row.data(Qt::DecorationRole).value<QPixmap>().toImage();
        // img_3 is filled with rgb(30, 200, 100); JPEG keeps it close.
        const QColor centre(thumb.pixel(80, 80));
        QVERIFY2(qAbs(centre.red() - 30) < 8 && qAbs(centre.green() - 200) < 8, qPrintable(centre.name()));
        QCOMPARE(row.data().toString(), QStringLiteral("img_3.png"));
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<ProjectStore> m_store;
    std::vector<ImageId> m_ids;
    AnnotatorId m_alice = 0;
    AnnotatorId m_bob = 0;
    AnnotatorId m_carol = 0;
};

QTEST_MAIN(ImageBrowserModelTest)
#include "image_browser_model_test.moc"
