// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/duplicate_repository.h>

#include <lector/store/project_store.h>

#include "store_backend.h"

#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>

#include <gtest/gtest.h>

using namespace lector;

namespace {

struct Fixture {
    QTemporaryDir dir;
    test::ProjectLocation location; // before the store: it outlives it
    std::unique_ptr<ProjectStore> store;
    AnnotatorId ann = 0;

    explicit Fixture(db::Backend backend)
        : location(backend, dir.path())
    {
        if (!location.available())
            return;
        auto created = location.create();
        EXPECT_TRUE(created);
        store = std::move(created).value();
        ImportBatch batch;
        for (int i = 0; i < 3; ++i) {
            cv::Mat m(30 + i, 40, CV_8UC3, cv::Scalar(i * 40, 10, 200));
            const QString path = dir.filePath(QStringLiteral("i%1.png").arg(i));
            cv::imwrite(path.toStdString(), m);
            Region r;
            r.polygon = Polygon::fromBox({ 1, 1, 10, 10 });
            r.text = QStringLiteral("w%1").arg(i);
            batch.images.push_back({ path, 0, 0, { r }, {}, false });
        }
        EXPECT_TRUE(store->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("ann"))));
        ann = *store->ensureAnnotator(QStringLiteral("ann"));
    }

    std::vector<ImageId> exported(bool includeDuplicates = false)
    {
        ExportSelector selector;
        selector.annotator = QStringLiteral("ann");
        selector.includeDuplicates = includeDuplicates;
        auto set = store->exportSet(selector);
        EXPECT_TRUE(set);
        std::vector<ImageId> ids;
        for (const ExportImage& i : set->images)
            ids.push_back(i.id);
        return ids;
    }
};

class DuplicateRepositoryTest : public ::testing::TestWithParam<db::Backend> { };

} // namespace

TEST_P(DuplicateRepositoryTest, MarkedImagesLeaveExportsUntilUndone)
{
    Fixture f(GetParam());
    LECTOR_REQUIRE_BACKEND(f.location);
    DuplicateRepository repo(*f.store);
    EXPECT_EQ(f.exported(), (std::vector<ImageId> { 1, 2, 3 }));
    const auto marked = repo.mark({ { 2, 1 }, { 3, 1 } }, f.ann);
    ASSERT_TRUE(marked) << marked.error().toString().toStdString();
    ASSERT_EQ(marked->changes.size(), 2U);
    EXPECT_EQ(marked->changes[0].before, 0);
    EXPECT_EQ(marked->changes[0].after, 1);
    EXPECT_EQ(f.exported(), (std::vector<ImageId> { 1 }));
    EXPECT_EQ(f.exported(true), (std::vector<ImageId> { 1, 2, 3 }));
    EXPECT_EQ(*repo.marks(), (std::map<ImageId, ImageId> { { 2, 1 }, { 3, 1 } }));

    // Both changes are in the edit log, as an edit by the annotator.
    auto log = f.store->editLog();
    ASSERT_TRUE(log);
    std::vector<EditLogEntry> marks;
    for (const EditLogEntry& e : *log) {
        if (e.action == QLatin1String("duplicate"))
            marks.push_back(e);
    }
    ASSERT_EQ(marks.size(), 2U);
    EXPECT_EQ(marks[0].id, marked->entries[0]);
    EXPECT_EQ(marks[0].image, 2);
    EXPECT_EQ(marks[0].annotator, QStringLiteral("ann"));
    EXPECT_EQ(marks[0].reason, EditReason::Edit);
    EXPECT_EQ(marks[0].before, QStringLiteral("{\"duplicate_of\":null}"));
    EXPECT_EQ(marks[0].after, QStringLiteral("{\"duplicate_of\":1}"));

    // Marking again changes nothing and logs nothing.
    const auto again = repo.mark({ { 2, 1 } }, f.ann);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->changes.empty());

    const auto undone = repo.revert(*marked, f.ann);
    ASSERT_TRUE(undone);
    EXPECT_EQ(undone->changes.size(), 2U);
    EXPECT_TRUE(repo.marks()->empty());
    EXPECT_EQ(f.exported(), (std::vector<ImageId> { 1, 2, 3 }));
    log = f.store->editLog();
    ASSERT_TRUE(log);
    EXPECT_EQ(log->back().reason, EditReason::Undo);
    EXPECT_EQ(log->back().undoes, marked->entries[1]);

    const auto redone = repo.revert(*undone, f.ann, true);
    ASSERT_TRUE(redone);
    EXPECT_EQ(*repo.marks(), (std::map<ImageId, ImageId> { { 2, 1 }, { 3, 1 } }));
    EXPECT_EQ(f.store->editLog()->back().reason, EditReason::Redo);
}

TEST_P(DuplicateRepositoryTest, RefusesSelfChainsAndMissingImagesWritingNothing)
{
    Fixture f(GetParam());
    LECTOR_REQUIRE_BACKEND(f.location);
    DuplicateRepository repo(*f.store);
    EXPECT_EQ(repo.mark({ { 2, 2 } }).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(repo.mark({ { 2, 1 }, { 3, 2 } }).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(repo.mark({ { 2, 99 } }).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(repo.marks()->empty());
    // Moving a cluster to another kept image in one marking is fine.
    ASSERT_TRUE(repo.mark({ { 2, 1 }, { 3, 1 } }));
    const auto moved = repo.mark({ { 1, 2 }, { 2, 0 }, { 3, 2 } });
    ASSERT_TRUE(moved) << moved.error().toString().toStdString();
    EXPECT_EQ(*repo.marks(), (std::map<ImageId, ImageId> { { 1, 2 }, { 3, 2 } }));
}

LECTOR_ON_BOTH_BACKENDS(DuplicateRepositoryTest);
