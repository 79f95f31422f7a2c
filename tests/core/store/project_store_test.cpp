// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/project_store.h>

#include "store/db/connection.h"
#include "store_backend.h"
#include "test_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

#include <opencv2/imgcodecs.hpp>
#include <sqlite3.h>

#include <chrono>
#include <map>
#include <thread>

using namespace lector;

namespace {

/// Writes a small PNG whose pixels depend on `seed`, so that files differ in content.
QString writePng(const QString& dir, const QString& name, int seed, int w = 40, int h = 30)
{
    cv::Mat img(h, w, CV_8UC3, cv::Scalar(255, 255, 255));
    img.at<cv::Vec3b>(seed % h, seed % w) = cv::Vec3b(0, 0, static_cast<uchar>(seed));
    const QString path = QDir(dir).filePath(name);
    cv::imwrite(path.toStdString(), img);
    return path;
}

Region box(double x0, double y0, double x1, double y1, const QString& text, std::uint32_t flags = FlagNone)
{
    Region r;
    r.polygon = Polygon::fromBox({ x0, y0, x1, y1 });
    r.text = text;
    r.flags = flags;
    return r;
}

std::int64_t count(const QString& dbPath, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(dbPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
    std::int64_t n = -1;
    if (sqlite3_step(s) == SQLITE_ROW)
        n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return n;
}

/// On both backends (TEST_P), or on a project file (TEST_F of ProjectFileTest) for what only a file has: its
/// locks, permissions, bytes and SQLite's own damage.
class ProjectStoreTest : public ::testing::TestWithParam<db::Backend> {
protected:
    virtual db::Backend backend() const { return GetParam(); }

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_images = m_dir.filePath(QStringLiteral("images"));
        QDir().mkpath(m_images);
        m_location = std::make_unique<test::ProjectLocation>(backend(), m_dir.path());
        LECTOR_REQUIRE_BACKEND(*m_location);
        m_projectPath = m_location->location();
    }

    ImportBatch twoImages()
    {
        ImportBatch b;
        b.formatId = QStringLiteral("test");
        ImportedImage a;
        a.imagePath = writePng(m_images, QStringLiteral("a.png"), 1);
        a.labelFile = QStringLiteral("a.txt");
        a.regions = { box(1, 2, 11, 8, QStringLiteral("Hello")), box(12, 2, 30, 8, QStringLiteral("세계")),
            box(0, 20, 5, 25, QString(), FlagDontCare) };
        ImportedImage c;
        c.imagePath = writePng(m_images, QStringLiteral("c.png"), 2);
        c.regions = { box(3, 3, 9, 9, QStringLiteral("it's \"quoted\", ok")) };
        b.images = { a, c };
        return b;
    }

    QTemporaryDir m_dir;
    QString m_images;
    std::unique_ptr<test::ProjectLocation> m_location;
    QString m_projectPath;
};

class ProjectFileTest : public ProjectStoreTest {
protected:
    db::Backend backend() const override { return db::Backend::Sqlite; }
};

} // namespace

TEST_P(ProjectStoreTest, CreateThenOpenKeepsSchemaVersion)
{
    {
        auto store = m_location->create();
        ASSERT_TRUE(store) << store.error().toString();
    }
    EXPECT_EQ(m_location->scalar("SELECT version FROM schema_version"), ProjectStore::currentSchemaVersion());
    auto again = m_location->create();
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().path, m_projectPath);
    auto opened = m_location->open();
    ASSERT_TRUE(opened) << opened.error().toString();
    auto info = (*opened)->info();
    ASSERT_TRUE(info);
    EXPECT_EQ(info->images, 0);
}

TEST_F(ProjectFileTest, OpenRefusesMissingForeignAndNewerFiles)
{
    auto missing = ProjectStore::open(m_dir.filePath(QStringLiteral("nope.lector")));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);

    const QString text = m_dir.filePath(QStringLiteral("text.lector"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database, just some text that is long enough to be a header page.............");
    f.close();
    auto notDb = ProjectStore::open(text);
    ASSERT_FALSE(notDb);
    EXPECT_TRUE(notDb.error().message.contains(QStringLiteral("not a Lector project"))) << notDb.error().toString();
    EXPECT_EQ(notDb.error().path, QFileInfo(text).absoluteFilePath());

    {
        auto store = ProjectStore::create(m_projectPath);
        ASSERT_TRUE(store);
    }
    sqlite3* db = nullptr;
    sqlite3_open(m_projectPath.toUtf8().constData(), &db);
    sqlite3_exec(db, "UPDATE schema_version SET version = 99", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    auto newer = ProjectStore::open(m_projectPath);
    ASSERT_FALSE(newer);
    EXPECT_EQ(newer.error().code, ErrorCode::SchemaTooNew);
}

TEST_P(ProjectStoreTest, ImportStoresImagesRegionsAndOneLogEntry)
{
    auto store = m_location->create();
    ASSERT_TRUE(store);
    auto summary = (*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("ann")));
    ASSERT_TRUE(summary) << summary.error().toString();
    EXPECT_EQ(summary->imagesAdded, 2);
    EXPECT_EQ(summary->regions, 4);

    auto images = (*store)->images();
    ASSERT_TRUE(images);
    ASSERT_EQ(images->size(), 2u);
    EXPECT_EQ(images->at(0).path, QStringLiteral("images/a.png")); // relative to the project's folder
    EXPECT_EQ(images->at(0).width, 40);
    EXPECT_EQ(images->at(0).height, 30);
    EXPECT_EQ(images->at(0).sha256.size(), 64);

    auto anns = (*store)->annotations(images->at(0).id);
    ASSERT_TRUE(anns);
    ASSERT_EQ(anns->size(), 3u);
    EXPECT_EQ(anns->at(1).region.text, QStringLiteral("세계"));
    EXPECT_EQ(anns->at(0).region.polygon, Polygon::fromBox({ 1, 2, 11, 8 }));
    EXPECT_TRUE(anns->at(2).region.isDontCare());
    EXPECT_EQ(anns->at(0).source, Source::Import);

    auto info = (*store)->info();
    ASSERT_TRUE(info);
    EXPECT_EQ(info->images, 2);
    EXPECT_EQ(info->annotations, 4);
    EXPECT_EQ(info->dontCare, 1);
    EXPECT_EQ(info->annotationsByAnnotator.at(QStringLiteral("ann")), 4);

    auto log = (*store)->editLog();
    ASSERT_TRUE(log);
    ASSERT_EQ(log->size(), 1u);
    EXPECT_EQ(log->at(0).action, QStringLiteral("import"));
    EXPECT_EQ(log->at(0).annotator, QStringLiteral("ann"));
}

TEST_P(ProjectStoreTest, SameImageContentIsReportedNotDoubled)
{
    auto store = m_location->create();
    ASSERT_TRUE(store);
    ASSERT_TRUE((*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("ann"))));
    // A copy of a.png under another name: same SHA-256.
    QFile::copy(QDir(m_images).filePath(QStringLiteral("a.png")), QDir(m_images).filePath(QStringLiteral("copy.png")));
    ImportBatch b;
    ImportedImage copy;
    copy.imagePath = QDir(m_images).filePath(QStringLiteral("copy.png"));
    copy.regions = { box(1, 1, 5, 5, QStringLiteral("x")) };
    b.images = { copy };
    auto summary = (*store)->importBatch(b, ImportTarget::forAnnotator(QStringLiteral("bob")));
    ASSERT_TRUE(summary) << summary.error().toString();
    EXPECT_EQ(summary->imagesAdded, 0);
    EXPECT_EQ(summary->imagesExisting, 1);
    ASSERT_EQ(summary->warnings.size(), 1u);
    EXPECT_EQ(summary->warnings[0].path, copy.imagePath);
    EXPECT_EQ(*(*store)->imageCount(), 2);
    auto info = (*store)->info();
    EXPECT_EQ(info->annotationsByAnnotator.at(QStringLiteral("bob")), 1);
}

TEST_P(ProjectStoreTest, ALargeBatchKeepsEveryLabelOnItsImageInOrderAcrossManyInserts)
{
    auto store = m_location->create();
    ASSERT_TRUE(store);
    ASSERT_TRUE((*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("ann"))));
    // a.png (in the project already), d.png twice in the batch and e.png: more labels than several inserts take.
    const std::map<QString, int> perEntry { { QStringLiteral("a.png"), 200 }, { QStringLiteral("d.png"), 200 },
        { QStringLiteral("e.png"), 400 } };
    const auto entry = [&](const QString& name, int seed) {
        ImportedImage img;
        img.imagePath = seed ? writePng(m_images, name, seed) : QDir(m_images).filePath(name);
        for (int k = 0; k < perEntry.at(name); ++k)
            img.regions.push_back(box(k % 30, 1, k % 30 + 2.5, 7, QStringLiteral("%1 %2").arg(name).arg(k)));
        return img;
    };
    ImportBatch b;
    b.images = { entry(QStringLiteral("a.png"), 0), entry(QStringLiteral("d.png"), 3),
        entry(QStringLiteral("e.png"), 4), entry(QStringLiteral("d.png"), 0) };
    auto summary = (*store)->importBatch(b, ImportTarget::forAnnotator(QStringLiteral("bob")));
    ASSERT_TRUE(summary) << summary.error().toString();
    EXPECT_EQ(summary->imagesAdded, 2);
    EXPECT_EQ(summary->imagesExisting, 1);
    EXPECT_EQ(summary->regions, 1000);
    EXPECT_EQ(*(*store)->imageCount(), 4);
    const AnnotatorId bob = *(*store)->ensureAnnotator(QStringLiteral("bob"));
    for (const ImageRecord& image : *(*store)->images()) {
        const QString name = QFileInfo(image.path).fileName();
        auto labels = (*store)->annotations(image.id, bob);
        ASSERT_TRUE(labels);
        if (name == QStringLiteral("c.png")) {
            EXPECT_TRUE(labels->empty());
            continue;
        }
        const int each = perEntry.at(name);
        ASSERT_EQ(int(labels->size()), name == QStringLiteral("d.png") ? 2 * each : each) << name.toStdString();
        for (std::size_t k = 0; k < labels->size(); ++k)
            EXPECT_EQ(labels->at(k).region.text, QStringLiteral("%1 %2").arg(name).arg(int(k) % each));
    }

    // The file at a path the project holds changed: nothing of the batch is written, however large.
    ImportBatch changed = b;
    changed.images.insert(changed.images.begin(), entry(QStringLiteral("d.png"), 0));
    changed.images.front().imagePath = writePng(m_images, QStringLiteral("f.png"), 5);
    const QString e = writePng(m_images, QStringLiteral("e.png"), 6);
    auto refused = (*store)->importBatch(changed, ImportTarget::forAnnotator(QStringLiteral("cy")));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(refused.error().path, e) << refused.error().toString();
    EXPECT_EQ(*(*store)->imageCount(), 4);
    EXPECT_EQ((*store)->info()->annotationsByAnnotator.count(QStringLiteral("cy")), 0u);
}

TEST_P(ProjectStoreTest, MissingOrUndecodableImageStopsTheWholeImport)
{
    auto store = m_location->create();
    ASSERT_TRUE(store);

    ImportBatch missing = twoImages();
    missing.images[1].imagePath = QDir(m_images).filePath(QStringLiteral("gone.png"));
    missing.images[1].labelFile = QStringLiteral("labels/gone.txt");
    auto r1 = (*store)->importBatch(missing, ImportTarget::forAnnotator(QStringLiteral("ann")));
    ASSERT_FALSE(r1);
    EXPECT_EQ(r1.error().code, ErrorCode::NotFound);
    EXPECT_EQ(r1.error().path, missing.images[1].imagePath);
    EXPECT_TRUE(r1.error().message.contains(QStringLiteral("labels/gone.txt"))) << r1.error().toString();

    ImportBatch corrupt = twoImages();
    const QString bad = QDir(m_images).filePath(QStringLiteral("bad.png"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("\x89PNG\r\n\x1a\n truncated garbage");
    f.close();
    corrupt.images[1].imagePath = bad;
    auto r2 = (*store)->importBatch(corrupt, ImportTarget::forAnnotator(QStringLiteral("ann")));
    ASSERT_FALSE(r2);
    EXPECT_EQ(r2.error().code, ErrorCode::Decode);
    EXPECT_EQ(r2.error().path, bad);

    ImportBatch nanBatch = twoImages();
    nanBatch.images[0].regions[0].polygon.points[1].x = std::nan("");
    nanBatch.images[0].labelFile = QStringLiteral("a.txt");
    auto r3 = (*store)->importBatch(nanBatch, ImportTarget::forAnnotator(QStringLiteral("ann")));
    ASSERT_FALSE(r3);
    EXPECT_EQ(r3.error().path, QStringLiteral("a.txt"));

    auto info = (*store)->info();
    ASSERT_TRUE(info);
    EXPECT_EQ(info->images, 0);
    EXPECT_EQ(info->annotations, 0);
    EXPECT_TRUE(info->annotationsByAnnotator.empty());
    EXPECT_TRUE((*(*store)->annotators()).empty()) << "the annotator row was rolled back too";
}

TEST_P(ProjectStoreTest, CanceledImportRollsBack)
{
    auto store = m_location->create();
    ASSERT_TRUE(store);
    ImportBatch big = twoImages();
    // 20,000 regions: at least four reports while the regions are written (one per 4,096), whatever the probing
    // of the images reports before, so the third report always comes before the commit.
    for (int i = 0; i < 20000; ++i)
        big.images[0].regions.push_back(box(i % 30, 1, i % 30 + 5, 6, QString::number(i)));
    struct CancelAfterFirstReport : Progress {
        int reports = 0;
        void report(std::int64_t done, std::int64_t) override
        {
            if (done > 0)
                ++reports;
        }
        bool isCanceled() const override { return reports >= 3; }
    } progress;
    auto r = (*store)->importBatch(big, ImportTarget::forAnnotator(QStringLiteral("ann")), &progress);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Canceled);
    EXPECT_EQ((*(*store)->info()).annotations, 0);
    EXPECT_EQ(*(*store)->imageCount(), 0);
}

TEST_P(ProjectStoreTest, PredictionsGoToARunWithConfidence)
{
    auto store = m_location->create();
    ASSERT_TRUE(store);
    ImportBatch b = twoImages();
    b.images[0].regions[0].confidence = 0.25;
    ImportTarget t;
    t.run = QStringLiteral("model-a");
    auto r = (*store)->importBatch(b, t);
    ASSERT_TRUE(r) << r.error().toString();
    auto info = (*store)->info();
    EXPECT_EQ(info->predictionsByRun.at(QStringLiteral("model-a")), 4);
    EXPECT_EQ(info->annotations, 0);
    auto runs = (*store)->runs();
    ASSERT_EQ(runs->size(), 1u);
    auto preds = (*store)->predictions(runs->at(0).id);
    ASSERT_EQ(preds->size(), 4u);
    EXPECT_DOUBLE_EQ(preds->at(0).region.confidence, 0.25);
    EXPECT_FALSE(preds->at(1).region.hasConfidence());
    // A second import into the same run name is refused: runs are immutable records of one model's output.
    auto again = (*store)->importBatch(b, t);
    ASSERT_FALSE(again);
    EXPECT_EQ((*(*store)->info()).predictionsByRun.at(QStringLiteral("model-a")), 4);
}

TEST_P(ProjectStoreTest, ExportSetReturnsWhatWasImported)
{
    auto store = m_location->create();
    ASSERT_TRUE(store);
    const ImportBatch b = twoImages();
    ASSERT_TRUE((*store)->importBatch(b, ImportTarget::forAnnotator(QStringLiteral("ann"))));
    auto set = (*store)->exportSet({});
    ASSERT_TRUE(set) << set.error().toString();
    EXPECT_EQ(set->name, QStringLiteral("ann"));
    ASSERT_EQ(set->images.size(), 2u);
    EXPECT_EQ(set->images[0].relativePath, QStringLiteral("images/a.png"));
    EXPECT_EQ(set->images[0].absolutePath, b.images[0].imagePath);
    ASSERT_EQ(set->images[0].regions.size(), 3u);
    for (size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(set->images[0].regions[i].polygon, b.images[0].regions[i].polygon);
        EXPECT_EQ(set->images[0].regions[i].text, b.images[0].regions[i].text);
        EXPECT_EQ(set->images[0].regions[i].flags, b.images[0].regions[i].flags);
    }
    ASSERT_TRUE((*store)->importBatch(b, ImportTarget::forAnnotator(QStringLiteral("other"))));
    auto ambiguous = (*store)->exportSet({});
    ASSERT_FALSE(ambiguous);
    EXPECT_TRUE(ambiguous.error().message.contains(QStringLiteral("other")));
    auto none = (*store)->exportSet({ QStringLiteral("nobody"), QString() });
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::NotFound);
}

TEST_P(ProjectStoreTest, ExportSetTakesDoneImagesOnRequestAndCarriesStates)
{
    auto store = m_location->create();
    ASSERT_TRUE(store);
    ImportBatch b = twoImages();
    ImportedImage empty; // a page without words, marked done by the import (PPOCRLabel's checked images are)
    empty.imagePath = writePng(m_images, QStringLiteral("e.png"), 3);
    empty.done = true;
    b.images.push_back(empty);
    ImportTarget target = ImportTarget::forAnnotator(QStringLiteral("ann"));
    target.split = QStringLiteral("val");
    ASSERT_TRUE((*store)->importBatch(b, target));
    auto ann = (*store)->findAnnotator(QStringLiteral("ann"));
    ASSERT_TRUE(ann && *ann);
    auto images = (*store)->images();
    ASSERT_TRUE(images && images->size() == 3u);
    EXPECT_EQ(*(*store)->imageState(images->at(2).id, (*ann)->id), ImageState::Done);
    ASSERT_TRUE((*store)->setImageState(images->at(1).id, (*ann)->id, ImageState::Done));
    ASSERT_TRUE((*store)->setImageState(images->at(0).id, (*ann)->id, ImageState::InProgress));

    // Every image with labels, and the done one without: an empty page is a label too.
    auto all = (*store)->exportSet({ QStringLiteral("ann"), QString() });
    ASSERT_TRUE(all) << all.error().toString();
    ASSERT_EQ(all->images.size(), 3u);
    EXPECT_EQ(all->images[0].state, ImageState::InProgress);
    EXPECT_EQ(all->images[1].state, ImageState::Done);
    EXPECT_EQ(all->images[2].state, ImageState::Done);
    EXPECT_TRUE(all->images[2].regions.empty());
    EXPECT_EQ(all->images[0].split, QStringLiteral("val"));
    EXPECT_EQ(all->imagesNotDone, 0);

    auto done = (*store)->exportSet({ QStringLiteral("ann"), QString(), true });
    ASSERT_TRUE(done);
    ASSERT_EQ(done->images.size(), 2u);
    EXPECT_EQ(QFileInfo(done->images[0].absolutePath).fileName(), QStringLiteral("c.png"));
    EXPECT_EQ(done->imagesNotDone, 1);

    // Another annotator's states are theirs: nothing of "other" is done.
    ASSERT_TRUE((*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("other"))));
    auto other = (*store)->exportSet({ QStringLiteral("other"), QString(), true });
    ASSERT_TRUE(other);
    EXPECT_TRUE(other->images.empty());
    EXPECT_EQ(other->imagesNotDone, 2);

    // A run has no states: asking for its done images is an error that says why.
    ImportBatch run = twoImages();
    run.images[0].regions[0].confidence = 0.5;
    ASSERT_TRUE((*store)->importBatch(run, ImportTarget::forRun(QStringLiteral("m"))));
    auto byRun = (*store)->exportSet({ QString(), QStringLiteral("m"), true });
    ASSERT_FALSE(byRun);
    EXPECT_EQ(byRun.error().code, ErrorCode::InvalidArgument);
    auto runSet = (*store)->exportSet({ QString(), QStringLiteral("m") });
    ASSERT_TRUE(runSet && runSet->predictions);
    EXPECT_EQ(runSet->images.size(), 2u);
    EXPECT_EQ(runSet->images[0].state, ImageState::ToDo);
    EXPECT_EQ(runSet->images[0].regions[0].confidence, 0.5);
}

TEST_P(ProjectStoreTest, GuidelineVersionsAreNumberedAndStampedOnLabels)
{
    auto store = m_location->create();
    ASSERT_TRUE(store);
    auto v1
        = (*store)->publishGuideline(QStringLiteral("# Boxes\nTight."), QStringLiteral("first"), QStringLiteral("lea"));
    ASSERT_TRUE(v1);
    auto v2 = (*store)->publishGuideline(QStringLiteral("# Boxes\nTight, with $."), QStringLiteral("prices"),
        QStringLiteral("lea"), { QStringLiteral("script:mixed"), QStringLiteral("height:<16") });
    ASSERT_TRUE(v2);
    EXPECT_EQ(v1->number, 1);
    EXPECT_EQ(v2->number, 2);
    auto versions = (*store)->guidelineVersions();
    ASSERT_TRUE(versions);
    ASSERT_EQ(versions->size(), 2u);
    EXPECT_TRUE(versions->at(0).about.isEmpty());
    EXPECT_EQ(versions->at(1).about, (QStringList { QStringLiteral("script:mixed"), QStringLiteral("height:<16") }));
    auto current = (*store)->currentGuideline();
    ASSERT_TRUE(current && current->has_value());
    EXPECT_EQ((*current)->changelog, QStringLiteral("prices"));
    EXPECT_EQ((*current)->author, QStringLiteral("lea"));
    ASSERT_TRUE((*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("ann"))));
    auto anns = (*store)->annotations((*(*store)->images()).at(0).id);
    EXPECT_EQ(anns->at(0).guidelineVersion, 2);
    EXPECT_EQ((*(*store)->info()).guidelineVersions, 2);
    auto lead = (*store)->findAnnotator(QStringLiteral("lea"));
    ASSERT_TRUE(lead && lead->has_value());
    EXPECT_EQ((*lead)->role, Role::Lead);
}

TEST_P(ProjectStoreTest, AddAnnotationsLogsEachEdit)
{
    auto store = m_location->create();
    ASSERT_TRUE(store);
    ASSERT_TRUE((*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("ann"))));
    auto alice = (*store)->ensureAnnotator(QStringLiteral("alice"));
    ASSERT_TRUE(alice);
    Annotation a;
    a.image = (*(*store)->images()).at(1).id;
    a.annotator = *alice;
    a.region = box(2, 2, 8, 8, QStringLiteral("ok"));
    a.source = Source::Manual;
    a.createdAt = 1'700'000'000'000;
    a.secondsSpent = 4.5;
    auto ids = (*store)->addAnnotations({ a });
    ASSERT_TRUE(ids) << ids.error().toString();
    auto log = (*store)->editLog();
    ASSERT_EQ(log->size(), 2u);
    EXPECT_EQ(log->at(1).action, QStringLiteral("add"));
    EXPECT_EQ(log->at(1).annotation, ids->rows.at(0).id);
    EXPECT_EQ(log->at(1).annotator, QStringLiteral("alice"));
    EXPECT_DOUBLE_EQ(log->at(1).seconds, 4.5);
    EXPECT_EQ(log->at(1).at, 1'700'000'000'000);
    auto mine = (*store)->annotations(a.image, *alice);
    ASSERT_EQ(mine->size(), 1u);
    EXPECT_EQ(mine->at(0).source, Source::Manual);
}

TEST_F(ProjectFileTest, AnImportLeavesForeignKeysCheckedAndTheCacheAsItWas)
{
    auto store = m_location->create();
    ASSERT_TRUE(store);
    db::Connection& db = (*store)->database();
    const auto pragma = [&](const char* name) {
        auto q = db.prepare(std::string("PRAGMA ") + name);
        EXPECT_TRUE(q);
        auto v = (*q)->firstRow([&] { return (*q)->columnInt64(0); });
        return v && *v ? **v : std::int64_t(-1);
    };
    const std::int64_t cache = pragma("cache_size");
    ASSERT_TRUE((*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("ann"))));
    EXPECT_EQ(pragma("foreign_keys"), 1) << "the import's bulk settings were not set back";
    EXPECT_EQ(pragma("cache_size"), cache);
    // Checked again: a label of an image that does not exist is refused.
    auto orphan = db.prepare("INSERT INTO annotations (image_id, annotator_id, points, x_min, y_min, x_max, y_max, "
                             "source, created_at, updated_at) VALUES (999, 1, '', 0, 0, 1, 1, 'manual', 0, 0)");
    ASSERT_TRUE(orphan);
    EXPECT_FALSE((*orphan)->run());
    // An import that fails inside its transaction (a.png changed since it was added) sets them back too.
    ImportBatch changed = twoImages();
    writePng(m_images, QStringLiteral("a.png"), 9);
    auto refused = (*store)->importBatch(changed, ImportTarget::forAnnotator(QStringLiteral("bob")));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("another image at this path")))
        << refused.error().toString();
    EXPECT_EQ(pragma("foreign_keys"), 1);
    EXPECT_EQ(pragma("cache_size"), cache);
}

TEST_F(ProjectFileTest, AStoreLockedByAnotherWriterGivesALockedError)
{
    auto store = ProjectStore::create(m_projectPath);
    ASSERT_TRUE(store);
    sqlite3* other = nullptr;
    sqlite3_open(m_projectPath.toUtf8().constData(), &other);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_exec(other, "PRAGMA busy_timeout=0", nullptr, nullptr, nullptr);
    ASSERT_TRUE((*store)->setBusyTimeout(200));
    QElapsedTimer waited;
    waited.start();
    auto r = (*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("ann"))); // waits, then fails
    EXPECT_GE(waited.elapsed(), 150) << "the busy timeout was honoured";
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Locked);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("locked")));
    EXPECT_EQ(*(*store)->imageCount(), 0);
}

TEST_F(ProjectFileTest, Version4LogsLearnWhyTheirRowsChanged)
{
    // A log as schema 4 wrote it: an import, a person's box, a promoted pre-label, an engine's re-reading (text
    // changed, source auto), a person's move of a pre-label (source stays auto, text the same) and a person's
    // retyping (source manual). Made here with today's writer, then taken back to schema 4.
    {
        auto store = ProjectStore::create(m_projectPath);
        ASSERT_TRUE(store);
    }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(m_projectPath.toUtf8().constData(), &db), SQLITE_OK);
    const char* legacy = R"sql(
        INSERT INTO annotators (id, name, role, created_at) VALUES (1, 'ann', 'annotator', 0);
        INSERT INTO edit_log (at, annotator_id, action, after_json, seconds) VALUES (1, 1, 'import', '{}', 0);
        INSERT INTO edit_log (at, annotator_id, action, annotation_id, after_json, seconds)
            VALUES (2, 1, 'add', 10, '{"source":"manual","text":""}', 4);
        INSERT INTO edit_log (at, annotator_id, action, annotation_id, after_json, seconds)
            VALUES (3, 1, 'add', 11, '{"source":"auto","text":"cat"}', 0);
        INSERT INTO edit_log (at, annotator_id, action, annotation_id, before_json, after_json, seconds)
            VALUES (4, 1, 'change', 11, '{"source":"auto","text":"cat"}', '{"source":"auto","text":"cot"}', 0);
        INSERT INTO edit_log (at, annotator_id, action, annotation_id, before_json, after_json, seconds)
            VALUES (5, 1, 'change', 11, '{"source":"auto","text":"cot","points":[1]}',
                    '{"source":"auto","text":"cot","points":[2]}', 2);
        INSERT INTO edit_log (at, annotator_id, action, annotation_id, before_json, after_json, seconds)
            VALUES (6, 1, 'change', 11, '{"source":"auto","text":"cot"}', '{"source":"manual","text":"cut"}', 3);
        DROP TABLE image_properties;
        DROP TABLE label_queue;
        DROP TABLE agreement_snapshot_figures;
        DROP TABLE agreement_snapshots;
        DROP TABLE suspect_decisions;
        DROP TABLE image_duplicates;
        DROP TABLE image_hashes;
        DROP INDEX edit_log_by_annotation;
        DROP INDEX conflicts_by_consensus;
        ALTER TABLE edit_log DROP COLUMN undoes;
        ALTER TABLE edit_log DROP COLUMN reason;
        ALTER TABLE edit_log DROP COLUMN db_user;
        ALTER TABLE annotations DROP COLUMN version;
        UPDATE schema_version SET version = 4;
    )sql";
    char* message = nullptr;
    ASSERT_EQ(sqlite3_exec(db, legacy, nullptr, nullptr, &message), SQLITE_OK) << (message ? message : "");
    sqlite3_close(db);

    auto store = ProjectStore::open(m_projectPath);
    ASSERT_TRUE(store) << store.error().toString();
    auto log = (*store)->editLog();
    ASSERT_TRUE(log);
    ASSERT_EQ(log->size(), 6u);
    const std::vector<EditReason> expected { EditReason::Import, EditReason::Edit, EditReason::Engine,
        EditReason::Engine, EditReason::Edit, EditReason::Edit };
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(log->at(i).reason, expected[i]) << "entry " << i + 1;
    EXPECT_EQ(count(m_projectPath, "SELECT version FROM schema_version"), ProjectStore::currentSchemaVersion());
}

TEST_P(ProjectStoreTest, AChangeToALabelChangedMeanwhileIsRefusedAndWritesNothing)
{
    auto store = m_location->create();
    ASSERT_TRUE(store);
    ASSERT_TRUE((*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("ann"))));
    const AnnotatorId ann = *(*store)->ensureAnnotator(QStringLiteral("ann"));
    const ImageId image = (*store)->images()->front().id;
    Annotation mine = (*store)->annotations(image, ann)->front();
    EXPECT_EQ(mine.version, 1);

    // Someone else, on another connection, changes it first.
    {
        auto other = m_location->open();
        ASSERT_TRUE(other);
        Annotation theirs = mine;
        theirs.region.text = QStringLiteral("theirs");
        auto written = (*other)->updateAnnotations({ theirs }, {});
        ASSERT_TRUE(written) << written.error().toString();
        EXPECT_EQ(written->rows.front().version, 2);
    }
    const std::int64_t entries = m_location->scalar("SELECT count(*) FROM edit_log");
    Annotation stale = mine;
    stale.region.text = QStringLiteral("mine");
    auto refused = (*store)->updateAnnotations({ stale }, {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Stale);
    // Named by who changed it: on a server the database user whose session wrote the change, in a file the annotator
    // the log entry names.
    const QString who = GetParam() == db::Backend::Postgres ? QUrl(m_projectPath).userName() : QStringLiteral("ann");
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("changed meanwhile by ") + who))
        << refused.error().toString();
    auto now = (*store)->annotation(mine.id);
    ASSERT_TRUE(now && *now);
    EXPECT_EQ((*now)->region.text, QStringLiteral("theirs")) << "nothing was written over theirs";
    EXPECT_EQ((*now)->version, 2);
    EXPECT_EQ(m_location->scalar("SELECT count(*) FROM edit_log"), entries) << "nor logged";

    // Made to the newer version it is taken, and the version goes on; without a version it is not checked.
    stale.version = 2;
    auto taken = (*store)->updateAnnotations({ stale }, {});
    ASSERT_TRUE(taken) << taken.error().toString();
    EXPECT_EQ(taken->rows.front().version, 3);
    stale.version = 0;
    stale.region.text = QStringLiteral("unchecked");
    ASSERT_TRUE((*store)->updateAnnotations({ stale }, {}));
    EXPECT_EQ((*(*store)->annotation(mine.id))->version, 4);
}

TEST_P(ProjectStoreTest, ARemovalOfALabelChangedMeanwhileIsRefusedAndRemovesNothing)
{
    auto store = m_location->create();
    ASSERT_TRUE(store);
    ASSERT_TRUE((*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("ann"))));
    const AnnotatorId ann = *(*store)->ensureAnnotator(QStringLiteral("ann"));
    const ImageId image = (*store)->images()->front().id;
    const std::vector<Annotation> seen = *(*store)->annotations(image, ann);
    ASSERT_GE(seen.size(), 2U);
    {
        auto other = m_location->open();
        ASSERT_TRUE(other);
        Annotation theirs = seen[1];
        theirs.region.text = QStringLiteral("theirs");
        ASSERT_TRUE((*other)->updateAnnotations({ theirs }, {}));
    }
    const std::int64_t rows = m_location->scalar("SELECT count(*) FROM annotations");
    const std::int64_t entries = m_location->scalar("SELECT count(*) FROM edit_log");
    // Both as last seen: the second was changed since, so neither goes (one transaction).
    auto refused = (*store)->removeAnnotations({ seen[0].id, seen[1].id }, {}, { seen[0].version, seen[1].version });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Stale);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("changed meanwhile"))) << refused.error().toString();
    EXPECT_EQ(m_location->scalar("SELECT count(*) FROM annotations"), rows);
    EXPECT_EQ(m_location->scalar("SELECT count(*) FROM edit_log"), entries);
    EXPECT_FALSE((*store)->removeAnnotations({ seen[0].id }, {}, { 1, 2 })) << "one version per id";

    // At the newer version, or unchecked, it goes.
    ASSERT_TRUE((*store)->removeAnnotations({ seen[1].id }, {}, { seen[1].version + 1 }));
    ASSERT_TRUE((*store)->removeAnnotations({ seen[0].id }, {}));
    EXPECT_EQ(m_location->scalar("SELECT count(*) FROM annotations"), rows - 2);
}

TEST_P(ProjectStoreTest, APublicationIsWithdrawnOnlyWhileNoLabelUsesIt)
{
    auto store = m_location->create();
    ASSERT_TRUE(store);
    ProjectStore& s = **store;
    ASSERT_TRUE(s.publishGuideline(QStringLiteral("# v1"), QString(), QStringLiteral("lea")));
    auto v2 = s.publishGuideline(
        QStringLiteral("# v2"), QStringLiteral("prices"), QStringLiteral("lea"), { QStringLiteral("script:mixed") });
    ASSERT_TRUE(v2);
    // Only the newest can go.
    EXPECT_FALSE(s.withdrawGuideline(1));
    ASSERT_TRUE(s.withdrawGuideline(2)) << "nothing was labeled under it";
    EXPECT_EQ((*s.currentGuideline())->number, 1);
    // Back exactly as it was.
    ASSERT_TRUE(s.republishGuideline(*v2));
    const GuidelineVersion back = **s.currentGuideline();
    EXPECT_EQ(back.number, 2);
    EXPECT_EQ(back.id, v2->id);
    EXPECT_EQ(back.createdAt, v2->createdAt);
    EXPECT_EQ(back.about, v2->about);
    EXPECT_EQ(back.markdown, QStringLiteral("# v2"));
    EXPECT_FALSE(s.republishGuideline(*v2)) << "twice";
    // Once a label carries it, it stays.
    ASSERT_TRUE(s.importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("ann"))));
    auto withdrawn = s.withdrawGuideline(2);
    ASSERT_FALSE(withdrawn);
    EXPECT_TRUE(withdrawn.error().message.contains(QStringLiteral("labels were made under it")))
        << withdrawn.error().toString();
    EXPECT_EQ((*s.currentGuideline())->number, 2);
}

// ---- Opening: locked, read-only, damaged and empty files told apart ------------------------------------------------

namespace {

/// A second connection that holds the project in locking_mode=EXCLUSIVE (as another program may), until released.
class ExclusiveHolder {
public:
    explicit ExclusiveHolder(const QString& path)
    {
        sqlite3_open(path.toUtf8().constData(), &m_db);
        m_ok = sqlite3_exec(m_db, "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;", nullptr, nullptr, nullptr)
            == SQLITE_OK;
    }
    ~ExclusiveHolder() { release(); }
    ExclusiveHolder(const ExclusiveHolder&) = delete;
    ExclusiveHolder& operator=(const ExclusiveHolder&) = delete;
    bool ok() const { return m_ok; }
    void release()
    {
        sqlite3_close(m_db);
        m_db = nullptr;
    }

private:
    sqlite3* m_db = nullptr;
    bool m_ok = false;
};

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void exec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char* message = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &message), SQLITE_OK) << (message ? message : "") << sql;
    sqlite3_free(message);
    sqlite3_close(db);
}

} // namespace

TEST_F(ProjectFileTest, AnExclusiveLockIsReportedAsLockedNotAsADamagedFile)
{
    {
        auto store = ProjectStore::create(m_projectPath);
        ASSERT_TRUE(store);
    }
    ExclusiveHolder other(m_projectPath);
    ASSERT_TRUE(other.ok());
    for (const OpenMode mode : { OpenMode::ReadWrite, OpenMode::ReadOnly }) {
        auto opened = ProjectStore::open(m_projectPath, mode, 100);
        ASSERT_FALSE(opened);
        EXPECT_EQ(opened.error().code, ErrorCode::Locked) << opened.error().toString();
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("locked"))) << opened.error().toString();
        EXPECT_EQ(opened.error().path, m_projectPath);
    }
}

TEST_F(ProjectFileTest, OpeningWaitsForALockThatIsReleasedWithinTheBusyTimeout)
{
    {
        auto store = ProjectStore::create(m_projectPath);
        ASSERT_TRUE(store);
    }
    // The first query used to run before the busy timeout was set: a lock held for a moment (one in 80 concurrent
    // imports) failed the open at once. The lock goes after 300 ms; the open waits up to 5 s.
    ExclusiveHolder other(m_projectPath);
    ASSERT_TRUE(other.ok());
    std::thread releaser([&other] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        other.release();
    });
    auto opened = ProjectStore::open(m_projectPath);
    releaser.join();
    ASSERT_TRUE(opened) << opened.error().toString();
    EXPECT_EQ(*(*opened)->imageCount(), 0);
}

TEST_F(ProjectFileTest, AReadOnlyFolderIsRefusedForWritingAndOpensReadOnly)
{
    {
        auto store = ProjectStore::create(m_projectPath);
        ASSERT_TRUE(store);
        ASSERT_TRUE((*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("ann"))));
    }
    ASSERT_FALSE(QFileInfo::exists(m_projectPath + QStringLiteral("-shm"))) << "closed cleanly";
    const QByteArray before = fileBytes(m_projectPath);
    test::ReadOnlyPath readOnly(m_dir.path());
    if (!readOnly.ok())
        GTEST_SKIP() << "cannot make a folder read-only here (" << readOnly.how() << " had no effect)";

    auto writable = ProjectStore::open(m_projectPath);
    ASSERT_FALSE(writable);
    EXPECT_EQ(writable.error().code, ErrorCode::ReadOnly) << writable.error().toString();
    EXPECT_TRUE(writable.error().message.contains(QStringLiteral("read-only"))) << writable.error().toString();
    EXPECT_EQ(writable.error().path, m_projectPath);

    // WAL needs a -shm beside the file, which cannot be made here: with no log to read, the file alone is opened.
    auto store = ProjectStore::open(m_projectPath, OpenMode::ReadOnly);
    ASSERT_TRUE(store) << store.error().toString() << " (made read-only by " << readOnly.how() << ")";
    EXPECT_TRUE((*store)->isReadOnly());
    auto info = (*store)->info();
    ASSERT_TRUE(info) << info.error().toString();
    EXPECT_EQ(info->images, 2);
    EXPECT_EQ(info->annotations, 4);
    auto write = (*store)->ensureAnnotator(QStringLiteral("bob"));
    ASSERT_FALSE(write);
    EXPECT_EQ(write.error().code, ErrorCode::ReadOnly) << write.error().toString();
    store->reset();
    EXPECT_EQ(fileBytes(m_projectPath), before);
}

TEST_F(ProjectFileTest, AReadOnlyFileInAWritableFolderOpensReadOnly)
{
    {
        auto store = ProjectStore::create(m_projectPath);
        ASSERT_TRUE(store);
        ASSERT_TRUE((*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("ann"))));
    }
    test::ReadOnlyPath readOnly(m_projectPath);
    if (!readOnly.ok())
        GTEST_SKIP() << "cannot make a file read-only here (" << readOnly.how() << " had no effect)";
    // SQLite opens such a file read-only without a word; the store says so instead of failing at the first edit.
    auto writable = ProjectStore::open(m_projectPath);
    ASSERT_FALSE(writable);
    EXPECT_EQ(writable.error().code, ErrorCode::ReadOnly) << writable.error().toString();
    auto store = ProjectStore::open(m_projectPath, OpenMode::ReadOnly);
    ASSERT_TRUE(store) << store.error().toString();
    EXPECT_TRUE((*store)->isReadOnly());
    EXPECT_EQ(*(*store)->imageCount(), 2);
}

TEST_F(ProjectFileTest, AReadOnlyFolderWithAnUnmergedLogSaysSo)
{
    // A copy taken while a writer had changes in its -wal, without the -shm: the file alone is out of date.
    {
        auto store = ProjectStore::create(m_projectPath);
        ASSERT_TRUE(store);
    }
    QTemporaryDir copy;
    const QString copied = copy.filePath(QStringLiteral("p.lector"));
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(m_projectPath.toUtf8().constData(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db,
                      "PRAGMA wal_autocheckpoint=0; INSERT INTO annotators (name, role, created_at) "
                      "VALUES ('late', 'annotator', 0);",
                      nullptr, nullptr, nullptr),
            SQLITE_OK);
        ASSERT_TRUE(QFile::copy(m_projectPath, copied));
        ASSERT_TRUE(QFile::copy(m_projectPath + QStringLiteral("-wal"), copied + QStringLiteral("-wal")));
        sqlite3_close(db);
    }
    ASSERT_GT(QFileInfo(copied + QStringLiteral("-wal")).size(), 0);
    test::ReadOnlyPath readOnly(copy.path());
    if (!readOnly.ok())
        GTEST_SKIP() << "cannot make a folder read-only here (" << readOnly.how() << " had no effect)";
    auto store = ProjectStore::open(copied, OpenMode::ReadOnly);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, ErrorCode::ReadOnly) << store.error().toString();
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("p.lector-wal"))) << store.error().toString();
}

TEST_F(ProjectFileTest, OpenReadOnlyNeverWritesTheFile)
{
    {
        auto store = ProjectStore::create(m_projectPath);
        ASSERT_TRUE(store);
        ASSERT_TRUE((*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("ann"))));
    }
    const QByteArray before = fileBytes(m_projectPath);
    auto store = ProjectStore::open(m_projectPath, OpenMode::ReadOnly);
    ASSERT_TRUE(store) << store.error().toString();
    EXPECT_TRUE((*store)->isReadOnly());
    auto write = (*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("bob")));
    ASSERT_FALSE(write);
    EXPECT_EQ(write.error().code, ErrorCode::ReadOnly) << write.error().toString();
    auto check = (*store)->check();
    ASSERT_TRUE(check) << check.error().toString();
    EXPECT_TRUE(check->ok());
    store->reset();
    EXPECT_EQ(fileBytes(m_projectPath), before);

    // A project that needs migrating cannot be opened read-only: the upgrade is a write.
    exec(m_projectPath, "UPDATE schema_version SET version = 4");
    auto old = ProjectStore::open(m_projectPath, OpenMode::ReadOnly);
    ASSERT_FALSE(old);
    EXPECT_EQ(old.error().code, ErrorCode::ReadOnly);
    EXPECT_TRUE(old.error().message.contains(QStringLiteral("upgraded"))) << old.error().toString();
}

// Schema 11 hashes a page decoded whole after a reduction: the hashes schema 10 stored are dropped on upgrade (so
// that old and new hashes are never compared), the duplicate marks are kept.
TEST_F(ProjectFileTest, UpgradeToElevenDropsTheStoredHashesOnly)
{
    {
        auto store = ProjectStore::create(m_projectPath);
        ASSERT_TRUE(store) << store.error().toString();
        ASSERT_TRUE((*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("bob"))));
    }
    exec(m_projectPath, R"(
        INSERT INTO image_hashes (image_id, file_size, file_mtime, width, height, phash, dhash, rhash, hashed_at)
            SELECT id, 1, 1, 10, 10, 1, 2, 3, 0 FROM images;
        INSERT INTO image_duplicates (image_id, duplicate_of, marked_at)
            SELECT MAX(id), MIN(id), 0 FROM images;
        ALTER TABLE agreement_snapshot_figures DROP COLUMN line;
        ALTER TABLE edit_log DROP COLUMN db_user;
        ALTER TABLE annotations DROP COLUMN version;
        UPDATE schema_version SET version = 10;
    )");
    ASSERT_EQ(count(m_projectPath, "SELECT COUNT(*) FROM image_hashes"), 2);
    auto upgraded = ProjectStore::open(m_projectPath);
    ASSERT_TRUE(upgraded) << upgraded.error().toString();
    upgraded->reset();
    EXPECT_EQ(count(m_projectPath, "SELECT version FROM schema_version"), ProjectStore::currentSchemaVersion());
    EXPECT_EQ(count(m_projectPath, "SELECT COUNT(*) FROM image_hashes"), 0);
    EXPECT_EQ(count(m_projectPath, "SELECT COUNT(*) FROM image_duplicates"), 1);
}

TEST_F(ProjectFileTest, UpgradeToTwelveNumbersEachSnapshotsFiguresInTheOrderTheyWereWritten)
{
    ASSERT_TRUE(ProjectStore::create(m_projectPath));
    // A schema-11 file: figures without a line column, in rowid order c, a, b (not sorted by any column).
    exec(m_projectPath, R"(
        ALTER TABLE agreement_snapshot_figures DROP COLUMN line;
        ALTER TABLE edit_log DROP COLUMN db_user;
        ALTER TABLE annotations DROP COLUMN version;
        INSERT INTO agreement_snapshots (id, taken_at, source, iou_threshold, guideline_version, last_entry, images,
            units, annotators) VALUES (1, 0, 'app', 0.5, 0, 0, 1, 1, '[]');
        INSERT INTO agreement_snapshot_figures (snapshot_id, scope, a, images, regions_a, regions_b, matched,
            matched_b, iou_sum, text_equal, edit_distance, length_a, length_b)
            VALUES (1, 'pair', 'c', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0), (1, 'pair', 'a', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                   (1, 'pair', 'b', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        UPDATE schema_version SET version = 11;
    )");
    auto upgraded = ProjectStore::open(m_projectPath);
    ASSERT_TRUE(upgraded) << upgraded.error().toString();
    upgraded->reset();
    EXPECT_EQ(count(m_projectPath, "SELECT version FROM schema_version"), ProjectStore::currentSchemaVersion());
    EXPECT_EQ(count(m_projectPath, "SELECT line FROM agreement_snapshot_figures WHERE a = 'c'"), 1);
    EXPECT_EQ(count(m_projectPath, "SELECT line FROM agreement_snapshot_figures WHERE a = 'a'"), 2);
    EXPECT_EQ(count(m_projectPath, "SELECT line FROM agreement_snapshot_figures WHERE a = 'b'"), 3);
}

TEST_F(ProjectFileTest, AnEmptyFileIsNoProjectAndStaysEmpty)
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.lector"));
    QFile f(empty);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    for (const OpenMode mode : { OpenMode::ReadWrite, OpenMode::ReadOnly }) {
        auto opened = ProjectStore::open(empty, mode);
        ASSERT_FALSE(opened) << "only create() makes a project";
        EXPECT_EQ(opened.error().code, ErrorCode::InvalidArgument);
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("empty"))) << opened.error().toString();
        EXPECT_EQ(opened.error().path, empty);
        EXPECT_EQ(QFileInfo(empty).size(), 0) << "nothing was written into it";
    }
}

TEST_F(ProjectFileTest, AMissingOrNonsensicalSchemaVersionIsNamed)
{
    {
        auto store = ProjectStore::create(m_projectPath);
        ASSERT_TRUE(store);
    }
    const struct {
        const char* sql;
        const char* says;
    } cases[] = {
        { "DELETE FROM schema_version", "schema_version table is empty" },
        { "UPDATE schema_version SET version = -3", "schema version is -3" },
        { "UPDATE schema_version SET version = 0", "schema version is 0" },
        { "UPDATE schema_version SET version = 'five'", "not a whole number" },
        { "DROP TABLE schema_version", "schema_version table is missing" },
    };
    const QByteArray good = fileBytes(m_projectPath);
    for (const auto& c : cases) {
        SCOPED_TRACE(c.sql);
        {
            QFile f(m_projectPath);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(good);
        }
        exec(m_projectPath, c.sql);
        const QByteArray damaged = fileBytes(m_projectPath);
        auto opened = ProjectStore::open(m_projectPath);
        ASSERT_FALSE(opened);
        EXPECT_EQ(opened.error().code, ErrorCode::Corrupt) << opened.error().toString();
        EXPECT_TRUE(opened.error().message.contains(QLatin1String(c.says))) << opened.error().toString();
        EXPECT_EQ(opened.error().path, m_projectPath);
        EXPECT_EQ(fileBytes(m_projectPath), damaged) << "no migration ran on it";
    }
}

TEST_F(ProjectFileTest, ADamagedFileIsToldApartFromAForeignOne)
{
    {
        auto store = ProjectStore::create(m_projectPath);
        ASSERT_TRUE(store);
    }
    // Garbage over the schema page after the 100-byte header: SQLite finds the file corrupt.
    QByteArray bytes = fileBytes(m_projectPath);
    ASSERT_GT(bytes.size(), 4096);
    for (int i = 100; i < 4096; ++i)
        bytes[i] = char(0xA5);
    {
        QFile f(m_projectPath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto damaged = ProjectStore::open(m_projectPath);
    ASSERT_FALSE(damaged);
    EXPECT_EQ(damaged.error().code, ErrorCode::Corrupt) << damaged.error().toString();
    EXPECT_TRUE(damaged.error().message.contains(QStringLiteral("damaged"))) << damaged.error().toString();

    const QString text = m_dir.filePath(QStringLiteral("text.lector"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto foreign = ProjectStore::open(text);
    ASSERT_FALSE(foreign);
    EXPECT_EQ(foreign.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(foreign.error().message.contains(QStringLiteral("not an SQLite database")))
        << foreign.error().toString();
}

TEST_P(ProjectStoreTest, CheckFindsWhatIsMissingFromTheSchema)
{
    {
        auto store = m_location->create();
        ASSERT_TRUE(store);
        ASSERT_TRUE((*store)->importBatch(twoImages(), ImportTarget::forAnnotator(QStringLiteral("ann"))));
        auto report = (*store)->check();
        ASSERT_TRUE(report);
        EXPECT_TRUE(report->schemaProblems.isEmpty()) << report->schemaProblems.join(QStringLiteral("; "));
        EXPECT_TRUE(report->ok());
    }
    // integrity_check passes on both: only the schema says what is gone.
    // (PostgreSQL drops the foreign keys that name the table only when told to.)
    m_location->exec(std::string("DROP TABLE annotations") + (GetParam() == db::Backend::Postgres ? " CASCADE" : "")
        + "; DROP INDEX predictions_by_run_image; ALTER TABLE images DROP COLUMN split;");
    auto store = m_location->open();
    ASSERT_TRUE(store) << store.error().toString();
    auto report = (*store)->check();
    ASSERT_TRUE(report) << report.error().toString();
    EXPECT_TRUE(report->integrityOk) << report->integrityMessage;
    EXPECT_FALSE(report->ok());
    EXPECT_TRUE(report->schemaProblems.contains(QStringLiteral("the table annotations is missing")))
        << report->schemaProblems.join(QStringLiteral("; "));
    EXPECT_TRUE(report->schemaProblems.contains(QStringLiteral("the index predictions_by_run_image is missing")))
        << report->schemaProblems.join(QStringLiteral("; "));
    EXPECT_TRUE(report->schemaProblems.contains(QStringLiteral("the column images.split is missing")))
        << report->schemaProblems.join(QStringLiteral("; "));
    for (const QString& p : report->schemaProblems)
        EXPECT_FALSE(p.contains(QStringLiteral("annotations_by")))
            << "an index gone with its table is not listed: " << p;
}

LECTOR_ON_BOTH_BACKENDS(ProjectStoreTest);
