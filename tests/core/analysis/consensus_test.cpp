// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/consensus.h>

#include <lector/store/conflict_repository.h>
#include <lector/store/project_store.h>

#include "analysis/store_fixture.h"
#include "test_support.h"

using namespace lector;

namespace {

Annotation word(ImageId image, AnnotatorId who, BoxF box, const char* text)
{
    Annotation a;
    a.image = image;
    a.annotator = who;
    a.region.polygon = Polygon::fromBox(box);
    a.region.text = QString::fromUtf8(text);
    return a;
}

} // namespace

TEST(MedianQuad, OrdersCornersBeforeTakingMedians)
{
    const Polygon a = Polygon::fromBox({ 10, 10, 50, 30 });
    Polygon b = Polygon::fromBox({ 12, 10, 52, 32 });
    std::reverse(b.points.begin(), b.points.end()); // counterclockwise, starting elsewhere
    std::rotate(b.points.begin(), b.points.begin() + 1, b.points.end());
    const Polygon c = Polygon::fromBox({ 11, 14, 60, 31 });
    // Per corner: x0 median {10, 12, 11} = 11, y0 {10, 10, 14} = 10, x1 {50, 52, 60} = 52, y1 {30, 32, 31} = 31.
    EXPECT_EQ(medianQuad({ a, b, c }), Polygon::fromBox({ 11, 10, 52, 31 }));
}

class ConsensusTest : public test::StoreFixture { };

TEST_F(ConsensusTest, ThreeAnnotatorsAgreeMissingTextShifted)
{
    makeProject(1);
    const ImageId img = m_images.front();
    AnnotatorId who[3];
    for (int i = 0; i < 3; ++i)
        who[i] = *m_store->ensureAnnotator(QStringLiteral("ann%1").arg(i));
    std::vector<Annotation> all;
    for (int i = 0; i < 3; ++i) {
        Annotation agree = word(img, who[i], { 10, 10, 50, 30 }, "cat");
        if (i == 2) // the same box drawn counterclockwise from another corner
            std::reverse(agree.region.polygon.points.begin(), agree.region.polygon.points.end());
        all.push_back(agree);
        if (i < 2)
            all.push_back(word(img, who[i], { 60, 10, 100, 30 }, "dog")); // ann2 missed it
        all.push_back(word(img, who[i], { 110, 10, 150, 30 }, i == 2 ? "son" : "sun"));
        // ann2 shifted 8 px: IoU with the others = 32*20 / (2*800 - 640) = 2/3, matched (>= 0.5) but low (< 0.7).
        all.push_back(word(img, who[i], i == 2 ? BoxF { 168, 10, 208, 30 } : BoxF { 160, 10, 200, 30 }, "sky"));
    }
    ASSERT_TRUE(m_store->addAnnotations(all));

    auto summary = buildConsensus(*m_store);
    ASSERT_TRUE(summary) << summary.error().toString();
    EXPECT_EQ(summary->images, 1);
    EXPECT_EQ(summary->clusters, 4);
    EXPECT_EQ(summary->consensusRegions, 4);
    EXPECT_EQ(summary->conflicts, 3);
    EXPECT_EQ(summary->conflictsByKind,
        (std::map<QString, int> {
            { QStringLiteral("missing"), 1 }, { QStringLiteral("text"), 1 }, { QStringLiteral("geometry"), 1 } }));

    auto consensus = m_store->findAnnotator(QStringLiteral("consensus"));
    ASSERT_TRUE(consensus && *consensus);
    auto regions = m_store->annotations(img, (*consensus)->id);
    ASSERT_TRUE(regions);
    ASSERT_EQ(regions->size(), 4u);
    std::map<QString, Polygon> byText;
    for (const Annotation& a : *regions) {
        EXPECT_EQ(a.source, Source::Consensus);
        byText[a.region.text] = a.region.polygon;
    }
    EXPECT_EQ(byText[QStringLiteral("cat")], Polygon::fromBox({ 10, 10, 50, 30 }));
    EXPECT_EQ(byText[QStringLiteral("dog")], Polygon::fromBox({ 60, 10, 100, 30 }));
    EXPECT_EQ(byText[QStringLiteral("sun")], Polygon::fromBox({ 110, 10, 150, 30 })); // 2 "sun" against 1 "son"
    EXPECT_EQ(byText[QStringLiteral("sky")], Polygon::fromBox({ 160, 10, 200, 30 })); // median x0 of {160, 160, 168}

    ConflictRepository repo(*m_store);
    auto conflicts = repo.list();
    ASSERT_TRUE(conflicts);
    ASSERT_EQ(conflicts->size(), 3u);
    for (const Conflict& c : *conflicts) {
        ASSERT_EQ(c.kinds.size(), 1);
        // missing: 1 of 3 did not draw it, IoU 1 -> 1/3; text: 1 of 3 wrote another -> 1/3;
        // geometry: all agree on text, min IoU 2/3 -> 1 - 2/3 = 1/3.
        EXPECT_NEAR(c.severity, 1.0 / 3, 1e-9) << c.kinds.front();
        EXPECT_GT(c.consensus, 0);
        EXPECT_EQ(c.annotations.size(), c.kinds.front() == QLatin1String("missing") ? 2u : 3u);
    }

    // A rerun replaces the consensus and the open conflicts instead of doubling them; a settled one stays settled.
    SettleDecision decision;
    decision.resolution = ConflictResolution::AcceptedConsensus;
    decision.reviewer = QStringLiteral("rita");
    ASSERT_TRUE(repo.settle(conflicts->front().id, decision));
    auto again = buildConsensus(*m_store);
    ASSERT_TRUE(again);
    EXPECT_EQ(m_store->annotations(img, (*consensus)->id)->size(), 4u);
    auto counts = repo.countsByStatus();
    ASSERT_TRUE(counts);
    EXPECT_EQ((*counts)[ConflictStatus::Open], 2);
    EXPECT_EQ((*counts)[ConflictStatus::Resolved], 1);
    EXPECT_EQ(m_store->annotations(img)->size(), all.size() + 4);
}

TEST_F(ConsensusTest, TextTieGoesToTheFirstAnnotatorAndMinorityRegionHasNoConsensus)
{
    makeProject(1);
    const ImageId img = m_images.front();
    const AnnotatorId a = *m_store->ensureAnnotator(QStringLiteral("first"));
    const AnnotatorId b = *m_store->ensureAnnotator(QStringLiteral("second"));
    const AnnotatorId c = *m_store->ensureAnnotator(QStringLiteral("third"));
    ASSERT_TRUE(
        m_store->addAnnotations({ word(img, b, { 10, 10, 50, 30 }, "colour"), word(img, a, { 10, 10, 50, 30 }, "color"),
            word(img, c, { 100, 10, 140, 30 }, "stray"), word(img, a, { 100, 50, 140, 70 }, "x"),
            word(img, b, { 100, 50, 140, 70 }, "x"), word(img, c, { 100, 50, 140, 70 }, "x") }));
    auto summary = buildConsensus(*m_store);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->clusters, 3);
    EXPECT_EQ(summary->consensusRegions, 2); // "stray" was drawn by 1 of 3
    auto consensus = m_store->findAnnotator(QStringLiteral("consensus"));
    auto regions = m_store->annotations(img, (*consensus)->id);
    ASSERT_TRUE(regions);
    QStringList texts;
    for (const Annotation& r : *regions)
        texts << r.region.text;
    texts.sort();
    EXPECT_EQ(texts, (QStringList { QStringLiteral("color"), QStringLiteral("x") }));
    ConflictFilter missing;
    missing.kind = QStringLiteral("missing");
    auto conflicts = ConflictRepository(*m_store).list(missing);
    ASSERT_TRUE(conflicts);
    ASSERT_EQ(conflicts->size(), 2u);
    // stray: 2 of 3 lack it -> 2/3; color: third missing, second differs -> 2/3 with kinds missing + text.
    EXPECT_NEAR((*conflicts)[0].severity, 2.0 / 3, 1e-9);
    EXPECT_EQ((*conflicts)[1].consensus == 0 || (*conflicts)[0].consensus == 0, true);
}

TEST_F(ConsensusTest, CancelWritesNothing)
{
    makeProject(3);
    const AnnotatorId a = *m_store->ensureAnnotator(QStringLiteral("a"));
    const AnnotatorId b = *m_store->ensureAnnotator(QStringLiteral("b"));
    std::vector<Annotation> all;
    for (ImageId img : m_images) {
        all.push_back(word(img, a, { 10, 10, 50, 30 }, "cat"));
        all.push_back(word(img, b, { 10, 10, 50, 30 }, "cut"));
    }
    ASSERT_TRUE(m_store->addAnnotations(all));
    struct CancelOnSecondImage : Progress {
        std::int64_t last = -1;
        void report(std::int64_t done, std::int64_t) override { last = done; }
        bool isCanceled() const override { return last >= 1; }
    } progress;
    auto canceled = buildConsensus(*m_store, {}, &progress);
    ASSERT_FALSE(canceled);
    EXPECT_EQ(canceled.error().code, ErrorCode::Canceled);
    EXPECT_TRUE((*ConflictRepository(*m_store).list({})).empty());
    auto consensus = m_store->findAnnotator(QStringLiteral("consensus"));
    ASSERT_TRUE(consensus);
    if (*consensus) {
        for (ImageId img : m_images)
            EXPECT_TRUE((*m_store->annotations(img, (*consensus)->id)).empty());
    }
    // Run to the end: every image's text conflict is there.
    SilentProgress quiet;
    auto done = buildConsensus(*m_store, {}, &quiet);
    ASSERT_TRUE(done) << done.error().toString();
    EXPECT_EQ(done->conflicts, 3);
}
