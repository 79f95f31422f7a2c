// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The browser's queries, image states, and label edits with their edit-log rows.
#include <lector/store/project_store.h>

#include "store_backend.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>

#include <set>

using namespace lector;

namespace {

Region box(double x, const QString& text)
{
    Region r;
    r.polygon = Polygon::fromBox({ x, 1, x + 5, 6 });
    r.text = text;
    return r;
}

/// Six images: img_0..img_5. alice labels 0,1,2; bob labels 1,2; carol (reviewer) labels 2. Image 5 is unlabeled
/// by anyone; batches b1 (0-2) and b2 (3-5).
class ImageQueryTest : public ::testing::TestWithParam<db::Backend> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_location = std::make_unique<test::ProjectLocation>(GetParam(), m_dir.path(), QStringLiteral("q.lector"));
        LECTOR_REQUIRE_BACKEND(*m_location);
        auto store = m_location->create();
        ASSERT_TRUE(store);
        m_store = std::move(store).value();
        ImportBatch batch;
        for (int i = 0; i < 6; ++i) {
            cv::Mat img(10, 20 + i, CV_8UC3, cv::Scalar(i, 2 * i, 3 * i));
            const QString path = m_dir.filePath(QStringLiteral("img_%1.png").arg(i));
            cv::imwrite(path.toStdString(), img);
            batch.images.push_back({ path, 0, 0, {}, {} });
        }
        ImportTarget t = ImportTarget::forAnnotator(QStringLiteral("seed"));
        t.batch = QStringLiteral("b1");
        ImportBatch first;
        first.images.assign(batch.images.begin(), batch.images.begin() + 3);
        ImportBatch second;
        second.images.assign(batch.images.begin() + 3, batch.images.end());
        ASSERT_TRUE(m_store->importBatch(first, t));
        t.batch = QStringLiteral("b2");
        t.split = QStringLiteral("test");
        ASSERT_TRUE(m_store->importBatch(second, t));
        auto images = m_store->images();
        ASSERT_TRUE(images);
        for (const ImageRecord& r : *images)
            m_ids.push_back(r.id);
        m_alice = *m_store->ensureAnnotator(QStringLiteral("alice"));
        m_bob = *m_store->ensureAnnotator(QStringLiteral("bob"));
        m_carol = *m_store->ensureAnnotator(QStringLiteral("carol"), Role::Reviewer);
        auto label = [&](AnnotatorId who, int image, const QString& text) {
            Annotation a;
            a.image = m_ids[static_cast<size_t>(image)];
            a.annotator = who;
            a.region = box(image, text);
            ASSERT_TRUE(m_store->addAnnotations({ a }));
        };
        label(m_alice, 0, QStringLiteral("Total"));
        label(m_alice, 1, QStringLiteral("합계"));
        label(m_alice, 2, QStringLiteral("50%_off"));
        label(m_bob, 1, QStringLiteral("합계"));
        label(m_bob, 2, QStringLiteral("fifty"));
        label(m_carol, 2, QStringLiteral("50% off"));
    }

    std::vector<int> rows(const ImageQuery& q)
    {
        // The id-only query lists the same images in the same order as the pages.
        auto ids = m_store->queryImageIds(q);
        EXPECT_TRUE(ids) << ids.error().toString();
        std::vector<int> byId;
        for (ImageId id : *ids)
            byId.push_back(static_cast<int>(std::find(m_ids.begin(), m_ids.end(), id) - m_ids.begin()));
        auto count = m_store->countImages(q);
        EXPECT_TRUE(count) << count.error().toString();
        auto page = m_store->queryImages(q, 0, 100);
        EXPECT_TRUE(page) << page.error().toString();
        std::vector<int> out;
        for (const ImageRow& r : *page)
            out.push_back(static_cast<int>(std::find(m_ids.begin(), m_ids.end(), r.image.id) - m_ids.begin()));
        EXPECT_EQ(*count, static_cast<std::int64_t>(out.size()));
        EXPECT_EQ(byId, out);
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::ProjectLocation> m_location; // before the store: it outlives it
    std::unique_ptr<ProjectStore> m_store;
    std::vector<ImageId> m_ids;
    AnnotatorId m_alice = 0, m_bob = 0, m_carol = 0;
};

} // namespace

TEST_P(ImageQueryTest, StatusFilters)
{
    using S = ImageQuery::Status;
    ImageQuery q;
    q.me = m_alice;
    EXPECT_EQ(rows(q), (std::vector<int> { 0, 1, 2, 3, 4, 5 }));
    q.status = S::Unlabeled;
    EXPECT_EQ(rows(q), (std::vector<int> { 3, 4, 5 }));
    q.status = S::LabeledByMe;
    EXPECT_EQ(rows(q), (std::vector<int> { 0, 1, 2 }));
    q.me = m_bob;
    EXPECT_EQ(rows(q), (std::vector<int> { 1, 2 }));
    q.status = S::LabeledByAtLeast;
    q.minAnnotators = 2;
    EXPECT_EQ(rows(q), (std::vector<int> { 1, 2 }));
    q.minAnnotators = 3;
    EXPECT_EQ(rows(q), (std::vector<int> { 2 }));

    ASSERT_TRUE(m_store->setImageState(m_ids[4], m_bob, ImageState::Done));
    ASSERT_TRUE(m_store->setImageState(m_ids[1], m_bob, ImageState::InProgress));
    q.status = S::DoneByMe;
    EXPECT_EQ(rows(q), (std::vector<int> { 4 }));
    q.status = S::ToDoForMe;
    EXPECT_EQ(rows(q), (std::vector<int> { 0, 1, 2, 3, 5 }));
    q.status = S::Reviewed;
    EXPECT_TRUE(rows(q).empty()) << "bob is an annotator, not a reviewer";
    ASSERT_TRUE(m_store->setImageState(m_ids[2], m_carol, ImageState::Done));
    EXPECT_EQ(rows(q), (std::vector<int> { 2 }));
}

TEST_P(ImageQueryTest, ConflictFilterReadsOpenConflicts)
{
    ImageQuery q;
    q.status = ImageQuery::Status::InConflict;
    EXPECT_TRUE(rows(q).empty());
    ASSERT_TRUE(m_location->exec("INSERT INTO conflicts (image_id, kind, status, created_at) VALUES ("
        + std::to_string(m_ids[2]) + ", 'text', 'open', 0), (" + std::to_string(m_ids[1])
        + ", 'text', 'resolved', 0)"));
    EXPECT_EQ(rows(q), (std::vector<int> { 2 }));
}

TEST_P(ImageQueryTest, BatchSplitNameAndTextFilters)
{
    ImageQuery q;
    q.batch = QStringLiteral("b2");
    EXPECT_EQ(rows(q), (std::vector<int> { 3, 4, 5 }));
    q.batch.clear();
    q.split = QStringLiteral("test");
    EXPECT_EQ(rows(q), (std::vector<int> { 3, 4, 5 }));
    q.split.clear();
    q.nameContains = QStringLiteral("IMG_4");
    EXPECT_EQ(rows(q), (std::vector<int> { 4 }));
    q.nameContains.clear();
    q.textContains = QStringLiteral("합계");
    EXPECT_EQ(rows(q), (std::vector<int> { 1 }));
    // LIKE wildcards in the search are literal: "50%" matches "50% off" and "50%_off", "0_o" matches only "50%_off".
    q.textContains = QStringLiteral("50%");
    EXPECT_EQ(rows(q), (std::vector<int> { 2 }));
    q.textContains = QStringLiteral("%_o");
    EXPECT_EQ(rows(q), (std::vector<int> { 2 }));
    q.textContains = QStringLiteral("0_o");
    EXPECT_EQ(rows(q), (std::vector<int> {}));
    q.textContains = QStringLiteral("TOTAL");
    EXPECT_EQ(rows(q), (std::vector<int> { 0 }));
    EXPECT_EQ(*m_store->batches(), (QStringList { QStringLiteral("b1"), QStringLiteral("b2") }));
    EXPECT_EQ(*m_store->splits(), (QStringList { QStringLiteral("test") }));
}

TEST_P(ImageQueryTest, SortingPagingAndRowCounts)
{
    ImageQuery q;
    q.me = m_alice;
    q.sort = ImageQuery::Sort::AnnotatorCount;
    q.descending = true;
    EXPECT_EQ(rows(q), (std::vector<int> { 2, 1, 0, 5, 4, 3 })); // ties broken by id, in the same direction
    q.sort = ImageQuery::Sort::Name;
    q.descending = false;
    auto page = m_store->queryImages(q, 2, 2);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->size(), 2u);
    EXPECT_EQ(page->at(0).image.id, m_ids[2]);
    EXPECT_EQ(page->at(0).regionCount, 3);
    EXPECT_EQ(page->at(0).annotatorCount, 3);
    EXPECT_EQ(page->at(0).myRegionCount, 1);
    EXPECT_EQ(page->at(1).image.id, m_ids[3]);
    EXPECT_EQ(page->at(1).regionCount, 0);
}

TEST_P(ImageQueryTest, OnlyGivenImagesInTheirOrder)
{
    ImageQuery q;
    q.images = std::vector<ImageId> { m_ids[4], m_ids[1], m_ids[4], 999999, m_ids[2] };
    EXPECT_EQ(rows(q), (std::vector<int> { 1, 2, 4 })); // id order; the duplicate and the unknown id dropped
    q.sort = ImageQuery::Sort::Given;
    EXPECT_EQ(rows(q), (std::vector<int> { 4, 1, 2 }));
    q.descending = true;
    EXPECT_EQ(rows(q), (std::vector<int> { 2, 1, 4 }));
    q.descending = false;
    q.batch = QStringLiteral("b1"); // other filters still apply
    EXPECT_EQ(rows(q), (std::vector<int> { 1, 2 }));
    q.batch.clear();
    q.status = ImageQuery::Status::LabeledByMe;
    q.me = m_bob;
    EXPECT_EQ(rows(q), (std::vector<int> { 1, 2 }));
    q.status = ImageQuery::Status::Any;
    q.images = std::vector<ImageId> {};
    EXPECT_EQ(rows(q), (std::vector<int> {}));
    q.images.reset();
    q.sort = ImageQuery::Sort::Given; // without a list: id order
    EXPECT_EQ(rows(q), (std::vector<int> { 0, 1, 2, 3, 4, 5 }));
}

TEST_P(ImageQueryTest, StatesAndNextToDo)
{
    EXPECT_EQ(*m_store->imageState(m_ids[0], m_alice), ImageState::ToDo);
    ASSERT_TRUE(m_store->setImageState(m_ids[0], m_alice, ImageState::InProgress));
    EXPECT_EQ(*m_store->imageState(m_ids[0], m_alice), ImageState::InProgress);
    ASSERT_TRUE(m_store->setImageState(m_ids[0], m_alice, ImageState::Done));
    EXPECT_EQ(*m_store->imageState(m_ids[0], m_alice), ImageState::Done);
    ASSERT_TRUE(m_store->setImageState(m_ids[1], m_alice, ImageState::Done));
    EXPECT_EQ(*m_store->nextToDo(m_alice, m_ids[0]), m_ids[2]);
    EXPECT_EQ(*m_store->nextToDo(m_alice, m_ids[5]), m_ids[2]) << "wraps around";
    EXPECT_EQ(*m_store->nextToDo(m_bob, m_ids[0]), m_ids[1]) << "states are per annotator";
    EXPECT_EQ(*m_store->imagePosition(m_ids[3]), 4);
    EXPECT_EQ(*m_store->imagePosition(999999), 0);
    for (ImageId id : m_ids)
        ASSERT_TRUE(m_store->setImageState(id, m_alice, ImageState::Done));
    EXPECT_EQ(*m_store->nextToDo(m_alice, m_ids[0]), 0);
}

TEST_P(ImageQueryTest, UpdateAndRemoveWriteTheEditLog)
{
    ASSERT_TRUE(m_store->publishGuideline(QStringLiteral("# v1"), QString(), QStringLiteral("lead")));
    auto mine = m_store->annotations(m_ids[0], m_alice);
    ASSERT_EQ(mine->size(), 1u);
    Annotation changed = mine->at(0);
    changed.region.text = QStringLiteral("Total:");
    changed.region.flags = FlagIllegible;
    changed.region.polygon = Polygon::fromBox({ 0, 0, 9, 9 });
    ASSERT_TRUE(m_store->updateAnnotations({ changed }, EditContext::edit(m_bob, 3.5)));
    auto after = m_store->annotation(changed.id);
    ASSERT_TRUE(after && after->has_value());
    EXPECT_EQ((*after)->region.text, QStringLiteral("Total:"));
    EXPECT_EQ((*after)->region.polygon, changed.region.polygon);
    EXPECT_EQ((*after)->annotator, m_alice) << "an edit does not change whose label it is";
    EXPECT_EQ((*after)->guidelineVersion, 1) << "stamped with the version in force";
    EXPECT_DOUBLE_EQ((*after)->secondsSpent, mine->at(0).secondsSpent + 3.5);

    ASSERT_TRUE(m_store->removeAnnotations({ changed.id }, EditContext::edit(m_bob)));
    EXPECT_FALSE(m_store->annotation(changed.id)->has_value());
    auto log = m_store->editLog();
    ASSERT_GE(log->size(), 2u);
    const auto& change = log->at(log->size() - 2);
    const auto& removal = log->back();
    EXPECT_EQ(change.action, QStringLiteral("change"));
    EXPECT_EQ(change.annotator, QStringLiteral("bob"));
    EXPECT_TRUE(change.before.contains(QStringLiteral("Total\""))) << change.before;
    EXPECT_TRUE(change.after.contains(QStringLiteral("Total:"))) << change.after;
    EXPECT_DOUBLE_EQ(change.seconds, 3.5);
    EXPECT_EQ(removal.action, QStringLiteral("remove"));
    EXPECT_EQ(removal.annotation, changed.id);
    EXPECT_TRUE(removal.before.contains(QStringLiteral("Total:")));

    // Undo of the removal: the same id comes back.
    Annotation back = **after;
    auto ids = m_store->addAnnotations({ back });
    ASSERT_TRUE(ids);
    EXPECT_EQ(ids->rows.at(0).id, changed.id);
    EXPECT_EQ((*m_store->annotation(changed.id))->region.text, QStringLiteral("Total:"));
    // Updating or removing what is gone is a NotFound error, and nothing changes.
    Annotation ghost = ids->rows.at(0);
    ghost.id = 999999;
    auto r = m_store->updateAnnotations({ ids->rows.at(0), ghost }, EditContext::edit(m_bob));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(m_store->removeAnnotations({ ghost.id }, EditContext::edit(m_bob)));
}

TEST(Migration, Version1ProjectOpensAndKeepsItsRows)
{
    QTemporaryDir dir;
    const QString src = test::repoTestDataDir() + QStringLiteral("/db");
    ASSERT_TRUE(QFile::copy(src + QStringLiteral("/v1.lector"), dir.filePath(QStringLiteral("v1.lector"))));
    QDir().mkpath(dir.filePath(QStringLiteral("v1-images")));
    for (const char* name : { "a.png", "b.png" })
        ASSERT_TRUE(QFile::copy(src + QStringLiteral("/v1-images/") + QLatin1String(name),
            dir.filePath(QStringLiteral("v1-images/")) + QLatin1String(name)));
    QFile::setPermissions(dir.filePath(QStringLiteral("v1.lector")), QFile::ReadOwner | QFile::WriteOwner);
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("v1.lector")));
    ASSERT_TRUE(store) << store.error().toString();
    auto info = (*store)->info();
    ASSERT_TRUE(info);
    EXPECT_EQ(info->schemaVersion, ProjectStore::currentSchemaVersion());
    EXPECT_EQ(info->images, 2);
    EXPECT_EQ(info->annotationsByAnnotator.at(QStringLiteral("alice")), 3);
    EXPECT_EQ(info->predictionsByRun.at(QStringLiteral("run1")), 3);
    EXPECT_EQ(info->dontCare, 1);
    // Version 4's column has its default on old rows, and new versions write it.
    auto versions = (*store)->guidelineVersions();
    ASSERT_TRUE(versions);
    for (const GuidelineVersion& v : *versions)
        EXPECT_TRUE(v.about.isEmpty());
    auto published = (*store)->publishGuideline(
        QStringLiteral("# v"), QStringLiteral("c"), QStringLiteral("lea"), { QStringLiteral("script:hangul") });
    ASSERT_TRUE(published) << published.error().toString();
    EXPECT_EQ((*store)->guidelineVersions()->back().about, QStringList { QStringLiteral("script:hangul") });
    // The new tables work on the migrated file.
    auto alice = (*store)->findAnnotator(QStringLiteral("alice"));
    ASSERT_TRUE(alice && alice->has_value());
    const ImageId first = (*(*store)->images()).at(0).id;
    ASSERT_TRUE((*store)->setImageState(first, (*alice)->id, ImageState::Done));
    EXPECT_EQ(*(*store)->nextToDo((*alice)->id, first), (*(*store)->images()).at(1).id);
    auto report = (*store)->check();
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->ok()) << report->integrityMessage;
}

LECTOR_ON_BOTH_BACKENDS(ImageQueryTest);
