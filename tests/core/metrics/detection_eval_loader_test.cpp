// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/detection_eval_loader.h>

#include <lector/store/project_store.h>

#include "test_support.h"

#include <QTemporaryDir>

#include <memory>

using namespace lector;

namespace {

/// One demo project (24 pages, annotators alice, bob, chloe and reference, run demo-ocr-v1) for every test here.
class DetectionEvalLoader : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        s_project = test::makeDemoProject(s_dir->path(), 24);
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    void SetUp() override
    {
        ASSERT_FALSE(s_project.isEmpty());
        auto store = ProjectStore::open(s_project);
        ASSERT_TRUE(store.has_value()) << store.error().toString();
        m_store = std::move(store).value();
    }

    /// The same input built through ProjectStore's per-image queries: an independent path to the same rows.
    DetectionEvalInput perImageInput(const QString& annotator, const QString& run)
    {
        DetectionEvalInput input;
        const auto who = m_store->findAnnotator(annotator);
        const auto runs = m_store->runs();
        const auto images = m_store->images();
        if (!who || !*who || !runs || !images) {
            ADD_FAILURE() << "store queries failed";
            return input;
        }
        RunId runId = 0;
        for (const ModelRun& r : *runs)
            runId = r.name == run ? r.id : runId;
        for (const ImageRecord& record : *images) {
            const auto labels = m_store->annotations(record.id, (*who)->id);
            const auto predictions = m_store->predictions(runId, record.id);
            if (!labels || !predictions || labels->empty())
                continue;
            EvalImage image;
            image.id = record.id;
            image.batch = record.batch;
            image.addedAt = record.addedAt;
            image.width = record.width;
            image.height = record.height;
            for (const Annotation& a : *labels) {
                image.groundTruth.push_back(a.region);
                image.groundTruthIds.push_back(a.id);
            }
            for (const Prediction& p : *predictions) {
                image.detections.push_back(p.region);
                image.detectionIds.push_back(p.id);
            }
            input.images.push_back(std::move(image));
        }
        return input;
    }

    static std::unique_ptr<QTemporaryDir> s_dir;
    static QString s_project;
    std::unique_ptr<ProjectStore> m_store;
};

std::unique_ptr<QTemporaryDir> DetectionEvalLoader::s_dir;
QString DetectionEvalLoader::s_project;

} // namespace

TEST_F(DetectionEvalLoader, DemoRunAgainstReferenceMatchesThePerImageStoreQueries)
{
    auto input = loadDetectionEvalInput(
        *m_store, EvalSource::annotator(QStringLiteral("reference")), EvalSource::run(QStringLiteral("demo-ocr-v1")));
    ASSERT_TRUE(input.has_value()) << input.error().toString();
    EXPECT_EQ(input->groundTruthName, QStringLiteral("reference"));
    EXPECT_EQ(input->detectionName, QStringLiteral("demo-ocr-v1"));
    ASSERT_EQ(input->images.size(), 24u);
    const auto info = m_store->info();
    ASSERT_TRUE(info.has_value());
    size_t gt = 0, det = 0;
    for (const EvalImage& image : input->images) {
        gt += image.groundTruth.size();
        det += image.detections.size();
        ASSERT_EQ(image.groundTruthIds.size(), image.groundTruth.size());
        ASSERT_EQ(image.detectionIds.size(), image.detections.size());
        EXPECT_FALSE(image.batch.isEmpty());
        EXPECT_GT(image.width, 0);
    }
    EXPECT_EQ(std::int64_t(gt), info->annotationsByAnnotator.at(QStringLiteral("reference")));
    EXPECT_EQ(std::int64_t(det), info->predictionsByRun.at(QStringLiteral("demo-ocr-v1")));

    const DetectionEvalInput expected = perImageInput(QStringLiteral("reference"), QStringLiteral("demo-ocr-v1"));
    ASSERT_EQ(expected.images.size(), input->images.size());
    for (size_t i = 0; i < expected.images.size(); ++i) {
        EXPECT_EQ(input->images[i].id, expected.images[i].id);
        EXPECT_EQ(input->images[i].groundTruthIds, expected.images[i].groundTruthIds);
        EXPECT_EQ(input->images[i].detectionIds, expected.images[i].detectionIds);
    }
    const DetectionEvalReport ours = evaluateDetections(*input);
    const DetectionEvalReport theirs = evaluateDetections(expected);
    EXPECT_EQ(ours.totals.matched, theirs.totals.matched);
    EXPECT_EQ(ours.totals.textEqual, theirs.totals.textEqual);
    EXPECT_EQ(ours.totals.charErrors, theirs.totals.charErrors);
    EXPECT_DOUBLE_EQ(ours.averagePrecision, theirs.averagePrecision);

    // The demo model is good but not perfect: it misses and misreads some words, and every prediction has a score.
    EXPECT_GT(ours.totals.precision(), 0.9);
    EXPECT_GT(ours.totals.recall(), 0.9);
    EXPECT_LT(ours.totals.recall(), 1.0);
    EXPECT_LT(ours.totals.wordAccuracy(), ours.totals.recall());
    EXPECT_GT(ours.totals.cer(), 0);
    EXPECT_LT(ours.totals.cer(), 0.2);
    EXPECT_EQ(ours.scored.size(), size_t(ours.totals.detections));
    EXPECT_FALSE(ours.confusions.empty());
    EXPECT_EQ(ours.perBatch.size(), 3u);
}

TEST_F(DetectionEvalLoader, OnlyImagesTheGroundTruthLabeledCount)
{
    // An annotator who marked one image done without drawing anything: that page counts, with no ground truth.
    const auto checker = m_store->ensureAnnotator(QStringLiteral("empty-page-checker"));
    ASSERT_TRUE(checker.has_value());
    const auto images = m_store->images();
    ASSERT_TRUE(images.has_value());
    const ImageId page = images->front().id;
    ASSERT_TRUE(m_store->setImageState(page, *checker, ImageState::Done).has_value());
    auto input = loadDetectionEvalInput(*m_store, EvalSource::annotator(QStringLiteral("empty-page-checker")),
        EvalSource::run(QStringLiteral("demo-ocr-v1")));
    ASSERT_TRUE(input.has_value()) << input.error().toString();
    ASSERT_EQ(input->images.size(), 1u);
    EXPECT_EQ(input->images[0].id, page);
    EXPECT_TRUE(input->images[0].groundTruth.empty());
    const auto runs = m_store->runs();
    ASSERT_TRUE(runs.has_value());
    ASSERT_EQ(runs->size(), 2u); // the demo's model and its retrained version
    ASSERT_EQ(runs->front().name, QStringLiteral("demo-ocr-v1"));
    const auto predictions = m_store->predictions(runs->front().id, page);
    ASSERT_TRUE(predictions.has_value());
    EXPECT_EQ(input->images[0].detections.size(), predictions->size());
    const DetectionEvalReport r = evaluateDetections(*input);
    EXPECT_DOUBLE_EQ(r.perImage[0].recall, 1);
    EXPECT_DOUBLE_EQ(r.perImage[0].precision, predictions->empty() ? 1 : 0);

    // Alice labeled fewer pages: predictions elsewhere do not count as false positives.
    auto alice = loadDetectionEvalInput(
        *m_store, EvalSource::annotator(QStringLiteral("alice")), EvalSource::run(QStringLiteral("demo-ocr-v1")));
    ASSERT_TRUE(alice.has_value());
    const DetectionEvalInput expected = perImageInput(QStringLiteral("alice"), QStringLiteral("demo-ocr-v1"));
    ASSERT_EQ(alice->images.size(), expected.images.size());
    EXPECT_EQ(evaluateDetections(*alice).totals.detections, evaluateDetections(expected).totals.detections);
}

TEST_F(DetectionEvalLoader, ARunAgainstItselfIsPerfect)
{
    auto input = loadDetectionEvalInput(
        *m_store, EvalSource::run(QStringLiteral("demo-ocr-v1")), EvalSource::run(QStringLiteral("demo-ocr-v1")));
    ASSERT_TRUE(input.has_value()) << input.error().toString();
    EXPECT_EQ(input->groundTruthName, QStringLiteral("run:demo-ocr-v1"));
    const DetectionEvalReport r = evaluateDetections(*input);
    EXPECT_GT(r.totals.groundTruth, 0);
    EXPECT_DOUBLE_EQ(r.totals.precision(), 1);
    EXPECT_DOUBLE_EQ(r.totals.recall(), 1);
    EXPECT_DOUBLE_EQ(r.totals.wordAccuracy(), 1);
    EXPECT_DOUBLE_EQ(r.totals.cer(), 0);
}

TEST_F(DetectionEvalLoader, UnknownNamesAreErrorsListingWhatExists)
{
    auto noRun = loadDetectionEvalInput(
        *m_store, EvalSource::annotator(QStringLiteral("reference")), EvalSource::run(QStringLiteral("nope")));
    ASSERT_FALSE(noRun.has_value());
    EXPECT_EQ(noRun.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(noRun.error().message.contains(QStringLiteral("demo-ocr-v1"))) << noRun.error().message;
    auto noAnnotator = loadDetectionEvalInput(
        *m_store, EvalSource::annotator(QStringLiteral("zed")), EvalSource::run(QStringLiteral("demo-ocr-v1")));
    ASSERT_FALSE(noAnnotator.has_value());
    EXPECT_TRUE(noAnnotator.error().message.contains(QStringLiteral("alice, bob, chloe")))
        << noAnnotator.error().message;

    auto byDefault = defaultGroundTruthAnnotator(*m_store);
    ASSERT_TRUE(byDefault.has_value());
    EXPECT_EQ(*byDefault, QStringLiteral("reference"));
}

TEST(DetectionEvalLoaderDefault, AmbiguousGroundTruthListsTheAnnotators)
{
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.lector")));
    ASSERT_TRUE(store.has_value());
    auto none = defaultGroundTruthAnnotator(**store);
    ASSERT_FALSE(none.has_value());
    EXPECT_EQ(none.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(none.error().message.contains(QStringLiteral("none"))) << none.error().message;
}
