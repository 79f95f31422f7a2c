// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/consensus.h>

#include <lector/analysis/consensus_quality.h>
#include <lector/store/conflict_repository.h>
#include <lector/store/project_store.h>

#include "analysis/store_fixture.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <set>
#include <tuple>

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

TEST_P(ConsensusTest, ThreeAnnotatorsAgreeMissingTextShifted)
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

TEST_P(ConsensusTest, TextTieGoesToTheFirstAnnotatorAndMinorityRegionHasNoConsensus)
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

TEST_P(ConsensusTest, CancelWritesNothing)
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

namespace {

/// An annotator's region as clusterImage takes it (no store): `id` must be unique across the test.
Annotation drawn(AnnotationId id, AnnotatorId who, BoxF box, const char* text = "w")
{
    Annotation a = word(1, who, box, text);
    a.id = id;
    return a;
}

BoxF grown(BoxF b, double by) { return { b.x0 - by, b.y0 - by, b.x1 + by, b.y1 + by }; }

/// `pages` images of ten 30 x 12 words each, labeled by annotators 1 and 2 (tight; 2 a quarter pixel off) and 3,
/// who draws every box `loose` pixels too big on every side.
std::vector<std::vector<std::vector<Annotation>>> looseAnnotatorPages(int pages, double loose)
{
    std::vector<std::vector<std::vector<Annotation>>> images;
    AnnotationId next = 1;
    for (int p = 0; p < pages; ++p) {
        std::vector<std::vector<Annotation>> byAnnotator(3);
        for (int w = 0; w < 10; ++w) {
            const BoxF truth { 20.0 + (w % 5) * 60, 20.0 + (w / 5) * 40 + p % 3, 50.0 + (w % 5) * 60,
                32.0 + (w / 5) * 40 + p % 3 };
            const double off = (w + p) % 2 ? 0.25 : -0.25;
            byAnnotator[0].push_back(drawn(next++, 1, truth));
            byAnnotator[1].push_back(drawn(next++, 2, { truth.x0 + off, truth.y0, truth.x1 + off, truth.y1 - off }));
            byAnnotator[2].push_back(drawn(next++, 3, grown(truth, loose)));
        }
        images.push_back(std::move(byAnnotator));
    }
    return images;
}

} // namespace

TEST(ConsensusClustering, ALooseAndATightBoxOnOneWordClusterOnceTheHabitIsMeasured)
{
    const auto pages = looseAnnotatorPages(20, 6);
    // Taken as drawn, a box 6 px loose overlaps the 30 x 12 word by 360 / (42 * 24) = 0.36: a cluster of its own,
    // and the word "missing" the loose annotator.
    const auto naive = clusterImage(pages.front());
    EXPECT_EQ(naive.size(), 20u);
    // Measured over the project, the habit is 6 px on every edge (the others' is the majority's: 0)...
    const ConsensusModel model = estimateConsensusModel(pages);
    ASSERT_EQ(model.annotators.size(), 3u);
    for (std::size_t e = 0; e < 4; ++e) {
        EXPECT_NEAR(model.annotators[2].edgeBias[e], 6, 0.3) << e;
        EXPECT_NEAR(model.annotators[0].edgeBias[e], 0, 0.3) << e;
    }
    EXPECT_GE(model.annotators[2].habitSamples, 100);
    // ... and taken out, each word is one cluster of all three, its box the tight one, and nobody is missing.
    const auto clusters = clusterImage(pages.front(), {}, model);
    ASSERT_EQ(clusters.size(), 10u);
    for (const ConsensusCluster& c : clusters) {
        EXPECT_EQ(c.members.size(), 3u);
        EXPECT_TRUE(c.hasConsensus);
        EXPECT_FALSE(c.kinds.contains(QStringLiteral("missing")));
        const BoxF box = c.consensus.polygon.boundingBox();
        const BoxF tight = c.members.front().region.polygon.boundingBox();
        EXPECT_NEAR(box.x0, tight.x0, 0.3);
        EXPECT_NEAR(box.y1, tight.y1, 0.3);
        EXPECT_NEAR(box.width(), 30, 0.6);
    }
}

TEST(ConsensusClustering, TwoWordsSideBySideStayApartAndABoxOverBothIsNoWord)
{
    // "to" and "be", 4 px apart; the third annotator boxed both as one.
    const BoxF to { 10, 10, 40, 22 };
    const BoxF be { 44, 10, 74, 22 };
    const std::vector<std::vector<Annotation>> image { { drawn(1, 1, to, "to"), drawn(2, 1, be, "be") },
        { drawn(3, 2, { 10.5, 10, 40.5, 22 }, "to"), drawn(4, 2, { 44, 10.5, 74, 22.5 }, "be") },
        { drawn(5, 3, { 10, 10, 74, 22 }, "to be") } };
    ConsensusOptions lowLink;
    lowLink.iouThreshold = 0.3; // low enough for the box over both to link to either word
    for (const ConsensusOptions& options : { ConsensusOptions {}, lowLink }) {
        const auto clusters = clusterImage(image, options);
        QStringList words;
        for (const ConsensusCluster& c : clusters) {
            std::set<AnnotatorId> who;
            for (const Annotation& m : c.members)
                EXPECT_TRUE(who.insert(m.annotator).second) << "two regions of one annotator in a cluster";
            if (c.hasConsensus)
                words << c.consensus.text;
        }
        words.sort();
        EXPECT_EQ(words, (QStringList { QStringLiteral("be"), QStringLiteral("to") })) << options.iouThreshold;
    }
    // Taken apart (at 0.5), the box over both is a cluster of its own, lying wholly over "to" or "be": a fragment.
    const auto clusters = clusterImage(image);
    ASSERT_EQ(clusters.size(), 3u);
    const ConsensusCluster& both = clusters.back();
    EXPECT_EQ(both.members.front().id, 5);
    EXPECT_FALSE(both.hasConsensus);
    ASSERT_GE(both.fragmentOf, 0);
    EXPECT_TRUE(clusters[static_cast<std::size_t>(both.fragmentOf)].hasConsensus);
}

TEST(ConsensusClustering, TheQuorumWeighsWhoFoundAWord)
{
    // With nothing measured, everyone is alike: two of three carry a word, one of three does not.
    const std::vector<std::vector<Annotation>> three { { drawn(1, 1, { 10, 10, 40, 22 }),
                                                           drawn(2, 1, { 60, 10, 90, 22 }) },
        { drawn(3, 2, { 10, 10, 40, 22 }) }, { drawn(4, 3, { 10.5, 10, 40, 22 }) } };
    auto clusters = clusterImage(three);
    ASSERT_EQ(clusters.size(), 2u);
    EXPECT_TRUE(clusters[0].hasConsensus);
    EXPECT_FALSE(clusters[1].hasConsensus);
    EXPECT_NEAR(clusters[1].word, 0.25, 1e-12); // prior 1/2, odds 3 for the one who drew it, 1/3 for each who did not

    // Two annotators as measured: a careful one (finds 99%, rarely draws where no word is) and a careless one. A
    // word only the careful one drew is kept; a box only the careless one drew is not.
    ConsensusModel model;
    model.prior = 0.5;
    AnnotatorModel careful;
    careful.id = 1;
    careful.sensitivity = 0.995;
    careful.falsePositive = 0.01;
    AnnotatorModel careless;
    careless.id = 2;
    careless.sensitivity = 0.8;
    careless.falsePositive = 0.5;
    model.annotators = { careful, careless };
    const std::vector<std::vector<Annotation>> two { { drawn(1, 1, { 10, 10, 40, 22 }) },
        { drawn(2, 2, { 60, 10, 90, 22 }) } };
    clusters = clusterImage(two, {}, model);
    ASSERT_EQ(clusters.size(), 2u);
    // careful alone: (0.995 / 0.01) * (0.2 / 0.5) = 39.8 to 1; careless alone: (0.8 / 0.5) * (0.005 / 0.99) to 1.
    EXPECT_NEAR(clusters[0].word, 39.8 / 40.8, 1e-12);
    EXPECT_TRUE(clusters[0].hasConsensus);
    const double odds = 1.6 * 0.005 / 0.99;
    EXPECT_NEAR(clusters[1].word, odds / (1 + odds), 1e-12);
    EXPECT_FALSE(clusters[1].hasConsensus);
    // Decided by that majority: the careful annotator's word beyond 0.95, the careless one's box against it too.
    EXPECT_TRUE(clusters[0].decided);
    EXPECT_TRUE(clusters[1].decided);
    EXPECT_TRUE(clusters[1].verdict.startsWith(QStringLiteral("majority: no word")));
}

namespace {

/// Pages labeled by three annotators: 1 careful; 2 misses one word in five and draws a stray box on every page;
/// 3 finds everything but misreads one word in five.
std::vector<std::vector<std::vector<Annotation>>> unevenAnnotatorPages(int pages)
{
    std::vector<std::vector<std::vector<Annotation>>> images;
    AnnotationId next = 1;
    for (int p = 0; p < pages; ++p) {
        std::vector<std::vector<Annotation>> byAnnotator(3);
        for (int w = 0; w < 10; ++w) {
            const BoxF box { 20.0 + w * 50, 20, 60.0 + w * 50, 36 };
            const QByteArray text = QByteArray("w") + QByteArray::number(w);
            byAnnotator[0].push_back(drawn(next++, 1, box, text.constData()));
            if ((w + p) % 5 != 0)
                byAnnotator[1].push_back(drawn(next++, 2, box, text.constData()));
            byAnnotator[2].push_back(
                drawn(next++, 3, box, (w + 2 * p) % 5 == 0 ? (text + "x").constData() : text.constData()));
        }
        byAnnotator[1].push_back(drawn(next++, 2, { 100.0 + p % 7 * 40, 200, 130.0 + p % 7 * 40, 212 }, "stray"));
        images.push_back(std::move(byAnnotator));
    }
    return images;
}

} // namespace

TEST(ConsensusClustering, AnnotatorsAreWeighedByTheirMeasuredAgreement)
{
    const auto pages = unevenAnnotatorPages(40);
    const ConsensusModel model = estimateConsensusModel(pages);
    ASSERT_EQ(model.annotators.size(), 3u);
    const AnnotatorModel& careful = model.annotators[0];
    const AnnotatorModel& careless = model.annotators[1];
    const AnnotatorModel& misreads = model.annotators[2];
    EXPECT_GT(careful.sensitivity, 0.95);
    EXPECT_LT(careless.sensitivity, 0.85);
    EXPECT_GT(careless.falsePositive, careful.falsePositive);
    EXPECT_LT(misreads.readingAccuracy, 0.85);
    EXPECT_GT(careful.readingAccuracy, 0.95);
    // The misreading annotator joined first, yet where one reads "cat" and the other "cot", the careful one's
    // reading wins; a plain vote would give the tie to the first.
    ConsensusModel reordered = model;
    std::swap(reordered.annotators[0].id, reordered.annotators[2].id); // annotator 1 is now the misreading one
    std::sort(reordered.annotators.begin(), reordered.annotators.end(),
        [](const AnnotatorModel& a, const AnnotatorModel& b) { return a.id < b.id; });
    const std::vector<std::vector<Annotation>> image { { drawn(1, 1, { 10, 10, 40, 22 }, "cot") },
        { drawn(2, 3, { 10, 10, 40, 22 }, "cat") } };
    const auto clusters = clusterImage(image, {}, reordered);
    ASSERT_EQ(clusters.size(), 1u);
    EXPECT_EQ(clusters[0].consensus.text, QStringLiteral("cat"));
    EXPECT_GT(clusters[0].readingConfidence, 0.5);
    EXPECT_EQ(clusterImage(image).front().consensus.text, QStringLiteral("cot"));
}

TEST(WeightedMedianQuad, HalfTheWeightOnEitherSide)
{
    const Polygon a = Polygon::fromBox({ 10, 10, 50, 30 });
    const Polygon b = Polygon::fromBox({ 14, 12, 54, 34 });
    // Equal weights: the mean of the two; one weighing more: its corners.
    EXPECT_EQ(weightedMedianQuad({ a, b }, { 1, 1 }), Polygon::fromBox({ 12, 11, 52, 32 }));
    EXPECT_EQ(weightedMedianQuad({ a, b }, { 3, 1 }), a);
    EXPECT_EQ(weightedMedianQuad({ a, b }, { 1, 3 }), b);
    const Polygon c = Polygon::fromBox({ 30, 30, 90, 60 });
    EXPECT_EQ(weightedMedianQuad({ a, b, c }, { 1, 1, 1 }), medianQuad({ a, b, c }));
    EXPECT_EQ(weightedMedianQuad({ a, b, c }, { 1, 1, 5 }), c);
}

namespace {

/// Every conflict as stored, and every annotation row, for comparing the store before and after.
struct StoreRows {
    std::vector<Conflict> conflicts;
    std::vector<std::tuple<AnnotationId, AnnotatorId, std::string, QString, std::int64_t>> annotations;
    std::size_t log = 0;
};

StoreRows rowsOf(ProjectStore& store, const std::vector<ImageId>& images)
{
    StoreRows out;
    out.conflicts = *ConflictRepository(store).list();
    std::sort(
        out.conflicts.begin(), out.conflicts.end(), [](const Conflict& a, const Conflict& b) { return a.id < b.id; });
    for (const ImageId image : images) {
        const auto rows = store.annotations(image);
        for (const Annotation& a : *rows)
            out.annotations.emplace_back(a.id, a.annotator, a.region.polygon.toText(), a.region.text, a.updatedAt);
    }
    out.log = store.editLog()->size();
    return out;
}

void expectSameConflicts(const std::vector<Conflict>& a, const std::vector<Conflict>& b)
{
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        SCOPED_TRACE(a[i].id);
        EXPECT_EQ(a[i].id, b[i].id);
        EXPECT_EQ(a[i].status, b[i].status);
        EXPECT_EQ(a[i].resolution, b[i].resolution);
        EXPECT_EQ(a[i].reviewer, b[i].reviewer);
        EXPECT_EQ(a[i].resolvedAt, b[i].resolvedAt);
        EXPECT_EQ(a[i].note, b[i].note);
        EXPECT_EQ(a[i].consensus, b[i].consensus);
        EXPECT_EQ(a[i].kinds, b[i].kinds);
        EXPECT_EQ(a[i].annotations, b[i].annotations);
        EXPECT_EQ(a[i].severity, b[i].severity);
        EXPECT_EQ(a[i].createdAt, b[i].createdAt);
    }
}

} // namespace

TEST_P(ConsensusTest, SettlingByMajorityIsOneStepThatUndoAndRedoReverseExactly)
{
    makeProject(2);
    AnnotatorId who[3];
    for (int i = 0; i < 3; ++i)
        who[i] = *m_store->ensureAnnotator(QStringLiteral("ann%1").arg(i));
    std::vector<Annotation> all;
    for (const ImageId img : m_images) {
        for (int i = 0; i < 3; ++i) {
            all.push_back(word(img, who[i], { 10, 10, 50, 30 }, "cat")); // all agree: no conflict
            if (i < 2)
                all.push_back(word(img, who[i], { 60, 10, 100, 30 }, "dog")); // two of three: a word
            if (i == 2)
                all.push_back(word(img, who[i], { 110, 40, 150, 55 }, "stray")); // one of three: none
            all.push_back(word(img, who[i], { 110, 10, 150, 30 }, i == 1 ? "son" : "sun")); // two readings of three
        }
    }
    ASSERT_TRUE(m_store->addAnnotations(all));
    // Two of three is P 0.75 with nothing measured; ask for that much to call it a clear majority here.
    ConsensusOptions options;
    options.settleConfidence = 0.74;
    auto built = buildConsensus(*m_store, options);
    ASSERT_TRUE(built) << built.error().toString();
    EXPECT_EQ(built->conflicts, 6);
    EXPECT_EQ(built->needsReview, 6); // options.settleByMajority is off
    EXPECT_TRUE(built->settlement.isEmpty());
    const StoreRows before = rowsOf(*m_store, m_images);

    auto bulk = settleByMajority(*m_store, options);
    ASSERT_TRUE(bulk) << bulk.error().toString();
    ASSERT_EQ(bulk->settlements.size(), 6u);
    const StoreRows after = rowsOf(*m_store, m_images);
    EXPECT_EQ(after.annotations, before.annotations); // the consensus labels are the majority's already
    EXPECT_EQ(after.log, before.log);
    for (const Conflict& c : after.conflicts) {
        EXPECT_EQ(c.status, ConflictStatus::Resolved);
        EXPECT_EQ(c.resolution, ConflictResolution::AcceptedConsensus);
        EXPECT_EQ(c.reviewer, QStringLiteral("consensus"));
        EXPECT_TRUE(c.note.startsWith(QStringLiteral("majority: "))) << c.note;
    }
    // Nothing left to settle: a second call settles nothing.
    EXPECT_TRUE(settleByMajority(*m_store, options)->isEmpty());

    ConflictRepository repo(*m_store);
    ASSERT_TRUE(repo.undoBulkSettlement(*bulk));
    StoreRows undone = rowsOf(*m_store, m_images);
    expectSameConflicts(undone.conflicts, before.conflicts);
    EXPECT_EQ(undone.annotations, before.annotations);
    ASSERT_TRUE(repo.redoBulkSettlement(*bulk));
    expectSameConflicts(rowsOf(*m_store, m_images).conflicts, after.conflicts);
    ASSERT_TRUE(repo.undoBulkSettlement(*bulk));
    expectSameConflicts(rowsOf(*m_store, m_images).conflicts, before.conflicts);

    // Built again with settling on: the same conflicts settled, and a third run reports them as settled by the
    // majority before (nothing new to settle, nothing reopened).
    options.settleByMajority = true;
    auto again = buildConsensus(*m_store, options);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->settledByMajority, 6);
    EXPECT_EQ(again->settlement.settlements.size(), 6u);
    EXPECT_EQ(again->needsReview, 0);
    auto third = buildConsensus(*m_store, options);
    ASSERT_TRUE(third);
    EXPECT_EQ(third->settledByMajority, 6);
    EXPECT_TRUE(third->settlement.isEmpty());
    EXPECT_EQ(third->needsReview, 0);
}

TEST(ConsensusOnTheDemo, CloserToTheTruthThanEveryAnnotatorWithAQueueAPersonCanFinish)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = test::makeDemoProject(dir.path(), 60);
    ASSERT_FALSE(project.isEmpty());
    auto store = ProjectStore::open(project);
    ASSERT_TRUE(store) << store.error().toString();
    auto built = buildConsensus(**store);
    ASSERT_TRUE(built) << built.error().toString();
    auto quality = compareWithTruth(**store, QStringLiteral("reference"));
    ASSERT_TRUE(quality) << quality.error().toString();
    // Against the exact truth, on each annotator's own images, the consensus beats every one of them.
    ASSERT_EQ(quality->annotators.size(), 3u);
    for (const AnnotatorQuality& a : quality->annotators) {
        SCOPED_TRACE(a.annotator.toStdString());
        EXPECT_GT(a.consensusCounts.hmean(), a.annotatorCounts.hmean());
        EXPECT_GE(a.consensusCounts.recall(), 0.95);
    }
    EXPECT_GE(quality->consensus.recall(), 0.95);
    EXPECT_GT(quality->consensus.precision(), 0.98);

    // What a clear majority decides is settled; the rest, one entry per word, is at most 0.15 per consensus word.
    auto bulk = settleByMajority(**store);
    ASSERT_TRUE(bulk) << bulk.error().toString();
    ConflictFilter open;
    open.status = ConflictStatus::Open;
    auto queue = ConflictRepository(**store).list(open);
    ASSERT_TRUE(queue);
    EXPECT_EQ(static_cast<int>(queue->size()), built->conflicts - static_cast<int>(bulk->settlements.size()));
    EXPECT_LE(static_cast<double>(queue->size()), 0.15 * built->consensusRegions);
    std::set<AnnotationId> members;
    for (const Conflict& c : *queue) {
        for (const AnnotationId m : c.annotations)
            EXPECT_TRUE(members.insert(m).second) << "a region in two open conflicts";
    }
    // Settling changes no label: the consensus is as close to the truth as before.
    auto settled = compareWithTruth(**store, QStringLiteral("reference"));
    ASSERT_TRUE(settled);
    EXPECT_EQ(settled->consensus.matched, quality->consensus.matched);
    EXPECT_EQ(settled->consensus.detections, quality->consensus.detections);
    // The measured habits: chloe's boxes are 4 to 8 px loose (6 on average), the others' tight.
    const AnnotatorModel* chloe = nullptr;
    for (const AnnotatorModel& a : built->model.annotators) {
        if (a.name == QLatin1String("chloe"))
            chloe = &a;
    }
    ASSERT_TRUE(chloe);
    for (const double bias : chloe->edgeBias)
        EXPECT_NEAR(bias, 6, 0.5);
}

LECTOR_ON_BOTH_BACKENDS(ConsensusTest);
