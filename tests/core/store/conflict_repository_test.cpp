// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/conflict_repository.h>

#include <lector/store/project_store.h>

#include "analysis/store_fixture.h"
#include "test_support.h"

using namespace lector;

namespace {

Conflict make(ImageId image, QStringList kinds, double severity, std::vector<AnnotationId> members)
{
    Conflict c;
    c.image = image;
    c.kinds = std::move(kinds);
    c.severity = severity;
    c.annotations = std::move(members);
    c.bounds = { 1, 2, 30, 40 };
    return c;
}

} // namespace

class ConflictRepositoryTest : public test::StoreFixture { };

TEST_F(ConflictRepositoryTest, ReplaceListFilterResolveCount)
{
    makeProject(2);
    const ImageId a = m_images[0];
    const ImageId b = m_images[1];
    ConflictRepository repo(*m_store);
    ASSERT_TRUE(repo.replaceOpen({ a, b },
        { make(a, { QStringLiteral("text") }, 0.5, { 3, 1, 2 }),
            make(a, { QStringLiteral("missing"), QStringLiteral("geometry") }, 1.2, { 4 }),
            make(b, { QStringLiteral("flags") }, 0.3, { 5, 6 }) }));

    auto all = repo.list();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 3u);
    EXPECT_DOUBLE_EQ((*all)[0].severity, 1.2); // most severe first
    EXPECT_EQ((*all)[0].kinds, (QStringList { QStringLiteral("missing"), QStringLiteral("geometry") }));
    EXPECT_EQ((*all)[1].annotations, (std::vector<AnnotationId> { 1, 2, 3 }));
    EXPECT_EQ((*all)[1].bounds, (BoxF { 1, 2, 30, 40 }));
    EXPECT_EQ((*all)[1].status, ConflictStatus::Open);

    ConflictFilter byKind;
    byKind.kind = QStringLiteral("geometry"); // a second kind still matches
    EXPECT_EQ(repo.list(byKind)->size(), 1u);
    ConflictFilter byImage;
    byImage.image = b;
    EXPECT_EQ(repo.list(byImage)->size(), 1u);
    ConflictFilter severe;
    severe.minSeverity = 0.4;
    EXPECT_EQ(repo.list(severe)->size(), 2u);
    ASSERT_TRUE(m_store->setImageBatch({ b }, QStringLiteral("night-shift"), QStringLiteral("val")));
    ConflictFilter byBatch;
    byBatch.batch = QStringLiteral("night-shift");
    ASSERT_EQ(repo.list(byBatch)->size(), 1u);
    EXPECT_EQ(repo.list(byBatch)->at(0).image, b);
    ConflictFilter bySplit;
    bySplit.split = QStringLiteral("val");
    EXPECT_EQ(repo.list(bySplit)->size(), 1u);
    bySplit.split = QStringLiteral("train");
    EXPECT_TRUE(repo.list(bySplit)->empty());

    const std::int64_t textId = (*all)[1].id;
    ASSERT_TRUE(repo.resolve(textId, ConflictResolution::AcceptedConsensus, QStringLiteral("rita"),
        QStringLiteral("consensus reads right"), 1234));
    ASSERT_TRUE(repo.resolve(
        (*all)[2].id, ConflictResolution::GuidelineGap, QStringLiteral("rita"), QStringLiteral("ligatures?")));
    auto resolved = repo.conflict(textId);
    ASSERT_TRUE(resolved && *resolved);
    EXPECT_EQ((*resolved)->status, ConflictStatus::Resolved);
    EXPECT_EQ((*resolved)->resolution, ConflictResolution::AcceptedConsensus);
    EXPECT_EQ((*resolved)->reviewer, QStringLiteral("rita"));
    EXPECT_EQ((*resolved)->resolvedAt, 1234);
    EXPECT_EQ((*resolved)->note, QStringLiteral("consensus reads right"));
    auto rita = m_store->findAnnotator(QStringLiteral("rita"));
    ASSERT_TRUE(rita && *rita);
    EXPECT_EQ((*rita)->role, Role::Reviewer);

    auto counts = repo.countsByStatus();
    ASSERT_TRUE(counts);
    EXPECT_EQ((*counts)[ConflictStatus::Open], 1);
    EXPECT_EQ((*counts)[ConflictStatus::Resolved], 1);
    EXPECT_EQ((*counts)[ConflictStatus::GuidelineGap], 1);

    // Rebuilding image a: the open conflict is replaced, the settled one stays and is not reopened.
    ASSERT_TRUE(repo.replaceOpen({ a },
        { make(a, { QStringLiteral("text") }, 0.5, { 1, 2, 3 }), make(a, { QStringLiteral("text") }, 0.9, { 7 }) }));
    ConflictFilter open;
    open.status = ConflictStatus::Open;
    open.image = a;
    auto openA = repo.list(open);
    ASSERT_TRUE(openA);
    ASSERT_EQ(openA->size(), 1u);
    EXPECT_EQ(openA->front().annotations, (std::vector<AnnotationId> { 7 }));
    counts = repo.countsByStatus();
    EXPECT_EQ((*counts)[ConflictStatus::Open], 1);
    EXPECT_EQ((*counts)[ConflictStatus::Resolved], 1);
}

TEST_F(ConflictRepositoryTest, ResolveErrors)
{
    makeProject(1);
    ConflictRepository repo(*m_store);
    auto missing = repo.resolve(99, ConflictResolution::Edited, QStringLiteral("rita"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    auto none = repo.resolve(99, ConflictResolution::None, QStringLiteral("rita"));
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::InvalidArgument);
}

TEST_F(ConflictRepositoryTest, FilterBySliceOfTheMembers)
{
    makeProject(1);
    const ImageId image = m_images[0];
    auto alice = m_store->ensureAnnotator(QStringLiteral("alice"));
    ASSERT_TRUE(alice);
    auto region = [&](double height, const char* text) {
        Annotation a;
        a.image = image;
        a.annotator = *alice;
        a.region.polygon = Polygon::fromBox({ 0, 0, 40, height });
        a.region.text = QString::fromUtf8(text);
        return a;
    };
    auto ids = m_store->addAnnotations({ region(10, "한국"), region(10, "cat"), region(40, "1999"), region(12, "dog") });
    ASSERT_TRUE(ids);
    const auto& id = *ids;
    ConflictRepository repo(*m_store);
    ASSERT_TRUE(repo.replaceOpen({ image },
        { make(image, { QStringLiteral("text") }, 0.9, { id[0], id[1] }), // small Hangul + small Latin
            make(image, { QStringLiteral("text") }, 0.5, { id[2] }), // tall digits
            make(image, { QStringLiteral("missing") }, 0.2, { id[3] }) })); // small Latin

    ConflictFilter f;
    f.sliceDimension = QStringLiteral("script");
    f.sliceBin = QStringLiteral("hangul");
    auto hangul = repo.list(f);
    ASSERT_TRUE(hangul);
    ASSERT_EQ(hangul->size(), 1u);
    EXPECT_EQ(hangul->front().annotations.size(), 2u);
    f.sliceBin = QStringLiteral("latin");
    EXPECT_EQ(repo.list(f)->size(), 2u);
    f.limit = 1; // the limit counts conflicts in the slice, most severe first
    ASSERT_EQ(repo.list(f)->size(), 1u);
    EXPECT_DOUBLE_EQ(repo.list(f)->front().severity, 0.9);
    f.limit = -1;
    f.kind = QStringLiteral("missing"); // and combines with the other filters
    EXPECT_EQ(repo.list(f)->size(), 1u);
    f.kind.clear();
    f.sliceDimension = QStringLiteral("height");
    f.sliceBin = QStringLiteral("32-64");
    ASSERT_EQ(repo.list(f)->size(), 1u);
    EXPECT_EQ(repo.list(f)->front().annotations, (std::vector<AnnotationId> { id[2] }));
    f.sliceDimension = QStringLiteral("colour");
    auto bad = repo.list(f);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("colour")));
}
