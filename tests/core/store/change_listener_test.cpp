// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Live updates of a server project: what one session writes, another hears (LISTEN/NOTIFY through the triggers of
// migration 0015) as the kind of rows and the image, each once; its own writes it does not hear; a lost listening
// connection says so and listens again.
#include <lector/store/change_listener.h>
#include <lector/store/conflict_repository.h>
#include <lector/store/label_queue_repository.h>
#include <lector/store/project_store.h>

#include "store_backend.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>

#include <gtest/gtest.h>

#include <algorithm>

using namespace lector;

namespace {

class ChangeListenerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_server = std::make_unique<test::ProjectLocation>(db::Backend::Postgres, m_dir.path());
        LECTOR_REQUIRE_BACKEND(*m_server);
        auto mine = m_server->create();
        ASSERT_TRUE(mine) << mine.error().toString();
        m_mine = std::move(mine).value();
        ImportBatch batch;
        for (int i = 0; i < 3; ++i) {
            const cv::Mat img(40, 50 + i, CV_8UC3, cv::Scalar(255, 255, 255));
            const QString path = m_dir.filePath(QStringLiteral("i%1.png").arg(i));
            ASSERT_TRUE(cv::imwrite(path.toStdString(), img));
            batch.images.push_back({ path, 0, 0, {}, {}, false });
        }
        ASSERT_TRUE(m_mine->importBatch(batch, ImportTarget::imagesOnly()));
        for (const ImageRecord& image : *m_mine->images())
            m_images.push_back(image.id);
        auto theirs = m_server->open();
        ASSERT_TRUE(theirs) << theirs.error().toString();
        m_theirs = std::move(theirs).value();
        auto listener = ChangeListener::open(*m_mine);
        ASSERT_TRUE(listener) << listener.error().toString();
        m_listener = std::move(listener).value();
    }

    /// Everything heard within `ms` after the first notice (a write is several notices, a few transactions).
    std::vector<StoreChange> heard(int ms = 3000)
    {
        std::vector<StoreChange> all;
        if (!m_listener->wait(ms))
            return all;
        for (int quiet = 0; quiet < 3;) {
            auto got = m_listener->take();
            EXPECT_TRUE(got) << got.error().toString();
            if (!got)
                break;
            all.insert(all.end(), got->begin(), got->end());
            quiet = got->empty() ? quiet + 1 : 0;
            m_listener->wait(50);
        }
        return all;
    }

    static bool has(const std::vector<StoreChange>& changes, StoreChange::Kind kind, ImageId image)
    {
        return std::find(changes.begin(), changes.end(), StoreChange { kind, image }) != changes.end();
    }

    Annotation label(ProjectStore& store, ImageId image, const QString& who)
    {
        Annotation a;
        a.image = image;
        a.annotator = *store.ensureAnnotator(who);
        a.region.polygon = Polygon::fromBox({ 2, 2, 20, 12 });
        a.region.text = who;
        return a;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::ProjectLocation> m_server;
    std::unique_ptr<ProjectStore> m_mine;
    std::unique_ptr<ProjectStore> m_theirs;
    std::unique_ptr<ChangeListener> m_listener;
    std::vector<ImageId> m_images;
};

} // namespace

TEST_F(ChangeListenerTest, AnotherSessionsLabelsStatesQueuesAndGuidelineAreHeardOwnWritesAreNot)
{
    EXPECT_EQ(m_listener->channel().rfind("lector:", 0), 0u);
    EXPECT_GE(m_listener->socket(), 0);
    auto nothing = m_listener->take();
    ASSERT_TRUE(nothing);
    EXPECT_TRUE(nothing->empty());

    // Their label of the second image, and their state of it (the first edit starts it).
    EditContext context;
    context.imageEvent = ImageEvent::Edited;
    auto written = m_theirs->addAnnotations({ label(*m_theirs, m_images[1], QStringLiteral("bob")) }, context);
    ASSERT_TRUE(written) << written.error().toString();
    std::vector<StoreChange> changes = heard();
    EXPECT_TRUE(has(changes, StoreChange::Kind::Labels, m_images[1]));
    EXPECT_TRUE(has(changes, StoreChange::Kind::States, m_images[1]));
    EXPECT_FALSE(has(changes, StoreChange::Kind::Labels, m_images[0]));
    EXPECT_EQ(std::count(changes.begin(), changes.end(), StoreChange { StoreChange::Kind::Labels, m_images[1] }), 1)
        << "each change once";

    // A change and a removal are heard too.
    Annotation changed = written->rows.front();
    changed.region.text = QStringLiteral("bob, again");
    ASSERT_TRUE(m_theirs->updateAnnotations({ changed }, {}));
    EXPECT_TRUE(has(heard(), StoreChange::Kind::Labels, m_images[1]));
    ASSERT_TRUE(m_theirs->removeAnnotations({ changed.id }, {}));
    EXPECT_TRUE(has(heard(), StoreChange::Kind::Labels, m_images[1]));

    // What this session writes itself it announces on its own: the listener does not repeat it.
    ASSERT_TRUE(m_mine->addAnnotations({ label(*m_mine, m_images[0], QStringLiteral("amy")) }));
    EXPECT_TRUE(heard(300).empty());

    // A guideline version, an assignment, a conflict.
    ASSERT_TRUE(m_theirs->publishGuideline(QStringLiteral("# v1"), QString(), QStringLiteral("lea")));
    EXPECT_TRUE(has(heard(), StoreChange::Kind::Guideline, 0));
    QueueEntry entry;
    entry.image = m_images[2];
    entry.annotators = { QStringLiteral("amy") };
    ASSERT_TRUE(LabelQueueRepository(*m_theirs).assign({ entry }));
    EXPECT_TRUE(has(heard(), StoreChange::Kind::Queues, m_images[2]));
    Conflict conflict;
    conflict.image = m_images[2];
    conflict.kinds = { QStringLiteral("text") };
    ASSERT_TRUE(ConflictRepository(*m_theirs).replaceOpen({ m_images[2] }, { conflict }));
    EXPECT_TRUE(has(heard(), StoreChange::Kind::Conflicts, m_images[2]));
}

TEST_F(ChangeListenerTest, AnImportIsHeardAsEachImageOnce)
{
    ImportBatch batch;
    for (int i = 0; i < 3; ++i) {
        ImportedImage imported;
        imported.imagePath = m_dir.filePath(QStringLiteral("i%1.png").arg(i));
        for (int k = 0; k < 20; ++k) {
            Region r;
            r.polygon = Polygon::fromBox({ 1.0 + k, 1, 5.0 + k, 4 });
            r.text = QString::number(k);
            imported.regions.push_back(r);
        }
        batch.images.push_back(imported);
    }
    ASSERT_TRUE(m_theirs->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("import"))));
    const std::vector<StoreChange> changes = heard();
    for (ImageId image : m_images)
        EXPECT_EQ(std::count(changes.begin(), changes.end(), StoreChange { StoreChange::Kind::Labels, image }), 1);
}

TEST_F(ChangeListenerTest, ALostConnectionSaysSoAndListensAgain)
{
    // This listener's backend only (other tests may be listening on the same cluster).
    ASSERT_TRUE(test::ProjectLocation::execOnServer(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN \"" + m_listener->channel()
        + "\";';"));
    // The server's goodbye and the closed socket may come apart: the socket is readable until the loss is seen.
    Result<std::vector<StoreChange>> lost = std::vector<StoreChange> {};
    for (int i = 0; i < 50 && lost; ++i) {
        m_listener->wait(100);
        lost = m_listener->take();
    }
    ASSERT_FALSE(lost) << "a listener whose connection is gone must say so";
    EXPECT_TRUE(lost.error().message.contains(QStringLiteral("lost"))) << lost.error().toString();

    ASSERT_TRUE(m_listener->reconnect());
    ASSERT_TRUE(m_theirs->addAnnotations({ label(*m_theirs, m_images[0], QStringLiteral("bob")) }));
    EXPECT_TRUE(has(heard(), StoreChange::Kind::Labels, m_images[0]));
}

TEST(ChangeListenerFileTest, AProjectFileHasNoOneToListenTo)
{
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.lector")));
    ASSERT_TRUE(store);
    auto listener = ChangeListener::open(**store);
    ASSERT_FALSE(listener);
    EXPECT_EQ(listener.error().code, ErrorCode::InvalidArgument);
}
