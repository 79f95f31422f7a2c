// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// A server project's roles as PostgreSQL enforces them, seen through the store as each member connects: an
// annotator writes their own labels only and reads nobody else's before the image is reviewed; a reviewer reads
// everyone's; only a lead publishes a guideline; every log entry names the database user that wrote it. (The same
// is tried with psql, outside Lector, in tests/cli/cli_team_store.sh.)
#include <lector/analysis/selection.h>
#include <lector/store/label_queue_repository.h>
#include <lector/store/project_store.h>

#include "store_backend.h"
#include "test_support.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>

#include <opencv2/imgcodecs.hpp>

#include <gtest/gtest.h>

using namespace lector;

namespace {

class TeamRolesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_server = std::make_unique<test::ProjectLocation>(db::Backend::Postgres, m_dir.path());
        LECTOR_REQUIRE_BACKEND(*m_server);
        const QString tag = QString::number(QRandomGenerator::global()->generate() % 1000000000);
        m_amy = QStringLiteral("amy_") + tag;
        m_bob = QStringLiteral("bob_") + tag;
        m_rita = QStringLiteral("rita_") + tag;
        m_lea = QStringLiteral("lea_") + tag;
        auto owner = m_server->create();
        ASSERT_TRUE(owner) << owner.error().toString();
        ASSERT_TRUE((*owner)->setUpTeamRoles()) << "setting up the roles";
        ASSERT_TRUE((*owner)->setUpTeamRoles()) << "a second time changes nothing and does not fail";
        for (const auto& [who, role] : { std::pair { m_amy, Role::Annotator }, std::pair { m_bob, Role::Annotator },
                 std::pair { m_rita, Role::Reviewer }, std::pair { m_lea, Role::Lead } }) {
            auto added = (*owner)->addTeamMember(who, role);
            ASSERT_TRUE(added) << added.error().toString();
        }
        ImportBatch batch;
        for (int i = 0; i < 4; ++i) {
            const cv::Mat img(40, 50 + i, CV_8UC3, cv::Scalar(255, 255, 255));
            const QString path = m_dir.filePath(QStringLiteral("i%1.png").arg(i));
            ASSERT_TRUE(cv::imwrite(path.toStdString(), img));
            batch.images.push_back({ path, 0, 0, {}, {}, false });
        }
        ASSERT_TRUE((*owner)->importBatch(batch, ImportTarget::imagesOnly()));
        m_image = (*owner)->images()->front().id;
    }

    void TearDown() override
    {
        if (!m_server || !m_server->available())
            return;
        m_server.reset(); // the schema first: the users own nothing in it then
        for (const QString& who : { m_amy, m_bob, m_rita, m_lea })
            (void)test::ProjectLocation::execOnServer("DROP ROLE IF EXISTS " + who.toStdString() + ";");
    }

    /// The project as `user` connects to it (trust authentication on the test cluster: no password).
    std::unique_ptr<ProjectStore> as(const QString& user)
    {
        QUrl url(m_server->location());
        url.setUserName(user);
        auto store = ProjectStore::open(url.toString(QUrl::FullyEncoded));
        EXPECT_TRUE(store) << store.error().toString();
        return store ? std::move(store).value() : nullptr;
    }

    Annotation label(ProjectStore& store, const QString& text)
    {
        Annotation a;
        a.image = m_image;
        a.annotator = *store.ensureAnnotator(*store.databaseUser());
        a.region.polygon = Polygon::fromBox({ 2, 2, 20, 12 });
        a.region.text = text;
        return a;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::ProjectLocation> m_server;
    QString m_amy, m_bob, m_rita, m_lea;
    ImageId m_image = 0;
};

} // namespace

TEST_F(TeamRolesTest, AnAnnotatorWritesOnlyTheirOwnAndReadsNobodyElsesBeforeReview)
{
    auto amy = as(m_amy);
    auto bob = as(m_bob);
    ASSERT_TRUE(amy && bob);
    EXPECT_EQ(*amy->databaseUser(), m_amy);
    auto written = amy->addAnnotations({ label(*amy, QStringLiteral("amy's")) });
    ASSERT_TRUE(written) << written.error().toString();
    const AnnotationId amysLabel = written->rows.front().id;
    ASSERT_TRUE(bob->addAnnotations({ label(*bob, QStringLiteral("bob's")) }));

    // Blind: each sees their own label of the image only.
    auto seenByBob = bob->annotations(m_image);
    ASSERT_TRUE(seenByBob);
    ASSERT_EQ(seenByBob->size(), 1u);
    EXPECT_EQ(seenByBob->front().region.text, QStringLiteral("bob's"));

    // Bob cannot change or remove Amy's label, nor write one in her name.
    Annotation forged = written->rows.front();
    forged.region.text = QStringLiteral("changed by bob");
    EXPECT_FALSE(bob->updateAnnotations({ forged }, {}));
    EXPECT_FALSE(bob->removeAnnotations({ amysLabel }, {}));
    Annotation inHerName = label(*bob, QStringLiteral("in amy's name"));
    inHerName.annotator = written->rows.front().annotator;
    auto refused = bob->addAnnotations({ inHerName });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::ReadOnly) << refused.error().toString();
    EXPECT_EQ(m_server->scalar("SELECT count(*) FROM annotations WHERE text = 'amy''s'"), 1);
    EXPECT_EQ(m_server->scalar("SELECT count(*) FROM annotations WHERE text LIKE '%bob%' AND text <> 'bob''s'"), 0);

    // Nor publish a guideline: that is a lead's.
    auto published = bob->publishGuideline(QStringLiteral("# Rules"), QString(), m_bob);
    ASSERT_FALSE(published);
    EXPECT_EQ(published.error().code, ErrorCode::ReadOnly) << published.error().toString();
    EXPECT_EQ(m_server->scalar("SELECT count(*) FROM guideline_versions"), 0);

    // Every entry of the log names the database user that wrote it, whatever the client said.
    EXPECT_EQ(m_server->scalar("SELECT count(*) FROM edit_log WHERE db_user = '" + m_amy.toStdString() + "'"), 1);
    EXPECT_EQ(m_server->scalar("SELECT count(*) FROM edit_log WHERE db_user = '" + m_bob.toStdString() + "'"), 1);
}

TEST_F(TeamRolesTest, AReviewerReadsEveryonesAndReviewOpensTheImageToTheAnnotators)
{
    auto amy = as(m_amy);
    auto bob = as(m_bob);
    auto rita = as(m_rita);
    ASSERT_TRUE(amy && bob && rita);
    ASSERT_TRUE(amy->addAnnotations({ label(*amy, QStringLiteral("amy's")) }));
    ASSERT_TRUE(bob->addAnnotations({ label(*bob, QStringLiteral("bob's")) }));
    auto all = rita->annotations(m_image);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 2u);
    ASSERT_EQ(bob->annotations(m_image)->size(), 1u);

    // Rita marks the image done: reviewed, everyone's labels of it may be read now.
    const AnnotatorId ritaId = *rita->ensureAnnotator(m_rita);
    auto done = rita->setImageState(m_image, ritaId, ImageState::Done);
    ASSERT_TRUE(done) << done.error().toString();
    EXPECT_EQ(bob->annotations(m_image)->size(), 2u);
    // And still only his own may he change.
    EXPECT_EQ(bob->annotations(m_image, *bob->ensureAnnotator(m_bob))->size(), 1u);
}

TEST_F(TeamRolesTest, MembersCannotMakeThemselvesLeads)
{
    auto bob = as(m_bob);
    ASSERT_TRUE(bob);
    // As an annotator record of another name or role: refused by the policy on annotators.
    EXPECT_FALSE(bob->ensureAnnotator(QStringLiteral("someone_else"), Role::Annotator));
    EXPECT_FALSE(bob->addTeamMember(m_bob, Role::Lead));
    auto role = m_server->scalar(
        "SELECT count(*) FROM annotators WHERE name = '" + m_bob.toStdString() + "' AND role = 'annotator'");
    EXPECT_EQ(role, 1);
}

TEST_F(TeamRolesTest, ALeadAssignsWithAnOverlapAndEachAnnotatorsToDoFollowsTheirOwn)
{
    auto lea = as(m_lea);
    auto amy = as(m_amy);
    auto bob = as(m_bob);
    auto rita = as(m_rita);
    ASSERT_TRUE(lea && amy && bob && rita);
    const std::vector<ImageRecord> images = *lea->images();
    ASSERT_EQ(images.size(), 4u);
    std::vector<SelectedImage> picked;
    for (const ImageRecord& image : images)
        picked.push_back({ image.id, 1.0, SelectStrategy::Random });
    // Half of the four to both annotators (for agreement), the rest to one each.
    auto entries = assignQueue(picked, { m_amy, m_bob }, 0.5, 2);
    ASSERT_TRUE(entries) << entries.error().toString();
    std::map<QString, std::vector<ImageId>> expected;
    int shared = 0;
    for (const QueueEntry& e : *entries) {
        shared += e.annotators.size() == 2 ? 1 : 0;
        for (const QString& who : e.annotators)
            expected[who].push_back(e.image);
    }
    EXPECT_EQ(shared, 2);

    // Only a lead assigns: an annotator or a reviewer is refused and nothing is written.
    for (ProjectStore* member : { amy.get(), rita.get() }) {
        auto refused = LabelQueueRepository(*member).assign(*entries);
        ASSERT_FALSE(refused) << "assigned by a member who is not a lead";
        EXPECT_EQ(refused.error().code, ErrorCode::ReadOnly) << refused.error().toString();
    }
    EXPECT_EQ(m_server->scalar("SELECT count(*) FROM label_queue"), 0);
    auto assigned = LabelQueueRepository(*lea).assign(*entries, *lea->ensureAnnotator(m_lea, Role::Lead));
    ASSERT_TRUE(assigned) << assigned.error().toString();
    EXPECT_EQ(m_server->scalar("SELECT count(*) FROM label_queue"), 6);

    // Each annotator reads their own queue only, and their to do walks it in order.
    for (auto& [who, store] : { std::pair { m_amy, amy.get() }, std::pair { m_bob, bob.get() } }) {
        const AnnotatorId me = *store->ensureAnnotator(who);
        auto progress = LabelQueueRepository(*store).progress();
        ASSERT_TRUE(progress) << progress.error().toString();
        EXPECT_EQ(progress->size(), 1u) << "another annotator's queue is not theirs to read";
        auto queue = LabelQueueRepository(*store).queue(me);
        ASSERT_TRUE(queue);
        std::vector<ImageId> mine;
        for (const QueuedImage& q : *queue)
            mine.push_back(q.image);
        EXPECT_EQ(mine, expected[who]);
        ImageId at = *store->nextToDo(me, 0);
        EXPECT_EQ(at, expected[who].front());
        ASSERT_TRUE(store->setImageState(at, me, ImageState::Done));
        EXPECT_EQ(*store->nextToDo(me, at), expected[who].at(1));
    }
    // The lead reads everyone's progress.
    auto all = LabelQueueRepository(*lea).progress();
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 2u);
    EXPECT_EQ(all->at(m_amy).second, 1);
}

TEST_F(TeamRolesTest, ALeadImportsUnderThePoliciesAndAnAnnotatorCannotImportAnothersLabels)
{
    // More labels than one multi-row insert takes, on the images already in the project: a lead is under the
    // row-level policies (the owner is not), where PostgreSQL refuses COPY FROM; the import writes them all.
    auto lea = as(m_lea);
    auto amy = as(m_amy);
    ASSERT_TRUE(lea && amy);
    ImportBatch batch;
    for (int i = 0; i < 4; ++i) {
        ImportedImage img { m_dir.filePath(QStringLiteral("i%1.png").arg(i)), 0, 0, {}, {}, false };
        for (int k = 0; k < 160; ++k) {
            Region r;
            r.polygon = Polygon::fromBox({ double(k % 40), 1, double(k % 40) + 5.5, 9.25 });
            r.text = QStringLiteral("w%1-%2 'q'").arg(i).arg(k);
            r.confidence = k / 160.0;
            img.regions.push_back(r);
        }
        batch.images.push_back(img);
    }
    auto labels = lea->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("seed")));
    ASSERT_TRUE(labels) << labels.error().toString();
    EXPECT_EQ(labels->regions, 640);
    EXPECT_EQ(labels->imagesExisting, 4);
    EXPECT_EQ(m_server->scalar("SELECT count(*) FROM annotations a JOIN annotators n ON n.id = a.annotator_id "
                               "WHERE n.name = 'seed' AND a.text LIKE 'w% ''q'''"),
        640);
    auto run = lea->importBatch(batch, ImportTarget::forRun(QStringLiteral("ocr-1"), QStringLiteral("tesseract")));
    ASSERT_TRUE(run) << run.error().toString();
    EXPECT_EQ(m_server->scalar("SELECT count(*) FROM predictions WHERE confidence BETWEEN 0 AND 1"), 640);

    // An annotator's import of labels in someone else's name is refused, and none of it is written.
    auto refused = amy->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("seed")));
    ASSERT_FALSE(refused) << "an annotator imported labels in another's name";
    EXPECT_EQ(m_server->scalar("SELECT count(*) FROM annotations"), 640);
}
