// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/ocr/promote_predictions.h>

#include <lector/store/prediction_repository.h>

#include "analysis/store_fixture.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

namespace lector {
namespace {

Region word(double x0, double y0, double x1, double y1, const char* text, double confidence)
{
    Region r;
    r.polygon = Polygon::fromBox({ x0, y0, x1, y1 });
    r.text = QString::fromUtf8(text);
    r.script = QStringLiteral("Latn");
    r.confidence = confidence;
    return r;
}

class PromotePredictions : public test::StoreFixture {
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        makeProject(2);
        auto run = m_store->createRun(QStringLiteral("ocr"), QStringLiteral("tesseract"), {});
        ASSERT_TRUE(run);
        m_run = *run;
        PredictionRepository repo(*m_store);
        // Image 1: "hello" lies on alice's own box (IoU 0.875), "world" is new, "world2" almost repeats "world"
        // (IoU 0.95), "faint" is below 0.6 confidence.
        ASSERT_TRUE(repo.addImagePredictions(m_run, m_images[0],
            { word(10, 10, 50, 30, "hello", 0.95), word(60, 10, 100, 30, "world", 0.9),
                word(62, 10, 100, 30, "world2", 0.8), word(110, 10, 150, 30, "faint", 0.3) }));
        // Image 2: one word.
        ASSERT_TRUE(repo.addImagePredictions(m_run, m_images[1], { word(5, 5, 40, 20, "two", 0.99) }));
        auto alice = m_store->ensureAnnotator(QStringLiteral("alice"));
        ASSERT_TRUE(alice);
        m_alice = *alice;
        Annotation own;
        own.image = m_images[0];
        own.annotator = m_alice;
        own.region = word(10, 10, 45, 30, "hallo", 0); // IoU with "hello": 35*20 / (40*20) = 0.875
        own.region.confidence = std::numeric_limits<double>::quiet_NaN();
        ASSERT_TRUE(m_store->addAnnotations({ own }));
    }

    RunId m_run = 0;
    AnnotatorId m_alice = 0;
};

} // namespace

TEST_P(PromotePredictions, SkipsDuplicatesAndLowConfidence)
{
    PromoteOptions o;
    o.run = QStringLiteral("ocr");
    o.annotator = QStringLiteral("alice");
    o.minConfidence = 0.6;
    auto summary = promotePredictions(*m_store, o);
    ASSERT_TRUE(summary) << summary.error().toString();
    EXPECT_EQ(summary->promoted, 2); // world, two
    EXPECT_EQ(summary->skippedDuplicate, 2); // hello (on alice's box), world2 (on the just promoted world)
    EXPECT_EQ(summary->skippedLowConfidence, 1);
    auto first = m_store->annotations(m_images[0], m_alice);
    ASSERT_TRUE(first);
    ASSERT_EQ(first->size(), 2u);
    EXPECT_EQ((*first)[0].region.text, QStringLiteral("hallo")); // alice's own label untouched
    EXPECT_EQ((*first)[0].source, Source::Manual);
    EXPECT_EQ((*first)[1].region.text, QStringLiteral("world"));
    EXPECT_EQ((*first)[1].source, Source::Auto);
    EXPECT_EQ((*first)[1].region.polygon, Polygon::fromBox({ 60, 10, 100, 30 }));
    EXPECT_EQ((*first)[1].region.script, QStringLiteral("Latn"));
    auto second = m_store->annotations(m_images[1], m_alice);
    ASSERT_TRUE(second);
    ASSERT_EQ(second->size(), 1u);
    EXPECT_EQ((*second)[0].source, Source::Auto);

    // In the edit log as adds by alice, marked auto.
    auto log = m_store->editLog();
    ASSERT_TRUE(log);
    int autoAdds = 0;
    for (const auto& e : *log) {
        if (e.action == QLatin1String("add") && e.annotator == QLatin1String("alice")) {
            const auto after = nlohmann::json::parse(e.after.toStdString());
            autoAdds += after.value("source", "") == "auto";
        }
    }
    EXPECT_EQ(autoAdds, 2);

    // Promoting again adds nothing: every prediction now overlaps one of alice's regions (or is too faint).
    auto again = promotePredictions(*m_store, o);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->promoted, 0);
    EXPECT_EQ(again->skippedDuplicate, 4);
}

TEST_P(PromotePredictions, ChosenImagesAndAnyConfidence)
{
    PromoteOptions o;
    o.run = QStringLiteral("ocr");
    o.annotator = QStringLiteral("bob"); // new annotator, no labels yet
    o.images = { m_images[0] };
    auto summary = promotePredictions(*m_store, o);
    ASSERT_TRUE(summary) << summary.error().toString();
    EXPECT_EQ(summary->promoted, 3); // hello, world, faint; world2 repeats world
    EXPECT_EQ(summary->skippedDuplicate, 1);
    EXPECT_EQ(summary->skippedLowConfidence, 0);
    EXPECT_EQ(summary->annotations.size(), 3u);
    auto bob = m_store->findAnnotator(QStringLiteral("bob"));
    ASSERT_TRUE(bob && *bob);
    auto other = m_store->annotations(m_images[1], (*bob)->id);
    ASSERT_TRUE(other);
    EXPECT_TRUE(other->empty());
}

TEST_P(PromotePredictions, UnknownRunOrNoAnnotator)
{
    PromoteOptions o;
    o.run = QStringLiteral("nope");
    o.annotator = QStringLiteral("alice");
    auto unknown = promotePredictions(*m_store, o);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(QLatin1String("nope")));
    o.run = QStringLiteral("ocr");
    o.annotator.clear();
    EXPECT_FALSE(promotePredictions(*m_store, o));
}

} // namespace lector

namespace lector {
namespace {

Prediction predicted(const Region& region)
{
    Prediction p;
    p.image = 7;
    p.region = region;
    return p;
}

} // namespace

TEST(ChoosePredictions, OneRuleForRunsAndTheCanvas)
{
    // As the fixture's first image: "hello" repeats the label (IoU 0.875), "world2" repeats "world" chosen just
    // before it (IoU 0.95), "faint" is below the threshold, and a prediction without confidence counts as 0.
    Region none = word(200, 10, 240, 30, "none", 0);
    none.confidence = std::numeric_limits<double>::quiet_NaN();
    const std::vector<Prediction> predictions { predicted(word(10, 10, 50, 30, "hello", 0.95)),
        predicted(word(60, 10, 100, 30, "world", 0.9)), predicted(word(62, 10, 100, 30, "world2", 0.8)),
        predicted(word(110, 10, 150, 30, "faint", 0.3)), predicted(none) };
    const std::vector<Polygon> existing { Polygon::fromBox({ 10, 10, 45, 30 }) };
    const PromotionChoice choice = choosePredictions(predictions, existing, 0.6);
    EXPECT_EQ(choice.chosen, (std::vector<std::size_t> { 1 }));
    EXPECT_EQ(choice.skippedDuplicate, 2);
    EXPECT_EQ(choice.skippedLowConfidence, 2);
    // Threshold 0: the faint word and the one without confidence come too, duplicates still do not.
    EXPECT_EQ(choosePredictions(predictions, existing, 0).chosen, (std::vector<std::size_t> { 1, 3, 4 }));

    // The rule is polygon IoU, not the bounding boxes': a thin diagonal word whose box covers the label's box more
    // than half overlaps the label itself much less, so it is not a duplicate.
    Region diagonal;
    diagonal.polygon = Polygon { { { 0, 0 }, { 4, 0 }, { 40, 36 }, { 36, 40 }, { 0, 4 } } };
    diagonal.confidence = 0.99;
    const std::vector<Polygon> square { Polygon::fromBox({ 0, 0, 30, 30 }) };
    EXPECT_EQ(choosePredictions({ predicted(diagonal) }, square, 0.5).chosen, (std::vector<std::size_t> { 0 }));
}

TEST(ChoosePredictions, LabelsCarryTheWordButNoConfidence)
{
    const Prediction p = predicted(word(1, 2, 30, 20, "total", 0.87));
    const Annotation a = labelFromPrediction(p, 42);
    EXPECT_EQ(a.image, 7);
    EXPECT_EQ(a.annotator, 42);
    EXPECT_EQ(a.region.text, QStringLiteral("total"));
    EXPECT_EQ(a.region.polygon, p.region.polygon);
    EXPECT_EQ(a.region.script, QStringLiteral("Latn"));
    EXPECT_EQ(a.source, Source::Auto);
    EXPECT_FALSE(a.region.hasConfidence());
}

} // namespace lector

namespace lector {
LECTOR_ON_BOTH_BACKENDS(PromotePredictions);
} // namespace lector
