// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/prediction_repository.h>

#include "analysis/store_fixture.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace lector {
namespace {

Region word(double x, const char* text, double confidence)
{
    Region r;
    r.polygon = Polygon::fromBox({ x, 0, x + 10, 10 });
    r.text = QString::fromUtf8(text);
    r.confidence = confidence;
    return r;
}

class PredictionRepositoryTest : public test::StoreFixture {
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        makeProject(2);
    }
};

} // namespace

TEST_P(PredictionRepositoryTest, AddsOneImageAllOrNothing)
{
    auto run = m_store->createRun(QStringLiteral("r"), QStringLiteral("m"), QStringLiteral("{\"a\":1}"));
    ASSERT_TRUE(run);
    PredictionRepository repo(*m_store);
    ASSERT_TRUE(repo.addImagePredictions(*run, m_images[0], { word(0, "a", 0.5), word(20, "한국", 0.25) }));
    auto stored = m_store->predictions(*run, m_images[0]);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 2u);
    EXPECT_EQ((*stored)[1].region.text, QStringLiteral("한국"));
    EXPECT_DOUBLE_EQ((*stored)[1].region.confidence, 0.25);
    EXPECT_EQ((*stored)[0].region.polygon, Polygon::fromBox({ 0, 0, 10, 10 }));

    // A bad region anywhere in the list: nothing of that image is written.
    Region bad = word(40, "bad", 0.1);
    bad.polygon.points.resize(2);
    auto failed = repo.addImagePredictions(*run, m_images[1], { word(0, "ok", 0.9), bad });
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, ErrorCode::InvalidArgument);
    // A run that does not exist: the foreign key refuses, and the transaction rolls back the rows before it.
    EXPECT_FALSE(repo.addImagePredictions(*run + 100, m_images[1], { word(0, "x", 0.9), word(20, "y", 0.9) }));
    auto counts = repo.countsByImage(*run);
    ASSERT_TRUE(counts);
    ASSERT_EQ(counts->size(), 1u);
    EXPECT_EQ(counts->at(m_images[0]), 2);
    auto all = m_store->info();
    ASSERT_TRUE(all);
    EXPECT_EQ(all->predictionsByRun.at(QStringLiteral("r")), 2);
}

TEST_P(PredictionRepositoryTest, FindsUpdatesAndRemovesRuns)
{
    auto run = m_store->createRun(QStringLiteral("r"), QStringLiteral("m"), {});
    ASSERT_TRUE(run);
    PredictionRepository repo(*m_store);
    ASSERT_TRUE(repo.addImagePredictions(*run, m_images[1], { word(0, "a", 0.5) }));
    ASSERT_TRUE(repo.setRunSettings(*run, QStringLiteral("{\"status\":\"complete\"}")));
    auto found = repo.findRun(QStringLiteral("r"));
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->id, *run);
    EXPECT_EQ((*found)->model, QStringLiteral("m"));
    EXPECT_EQ((*found)->settings, QStringLiteral("{\"status\":\"complete\"}"));
    auto none = repo.findRun(QStringLiteral("other"));
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->has_value());
    EXPECT_EQ(repo.setRunSettings(*run + 7, QStringLiteral("{}")).error().code, ErrorCode::NotFound);
    ASSERT_TRUE(repo.removeRun(*run));
    auto gone = repo.findRun(QStringLiteral("r"));
    ASSERT_TRUE(gone);
    EXPECT_FALSE(gone->has_value());
    auto left = m_store->predictions(*run);
    ASSERT_TRUE(left);
    EXPECT_TRUE(left->empty());
}

} // namespace lector

namespace lector {
LECTOR_ON_BOTH_BACKENDS(PredictionRepositoryTest);
} // namespace lector
