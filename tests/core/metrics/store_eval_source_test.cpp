// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/store_eval_source.h>

#include <lector/io/import_batch.h>
#include <lector/metrics/agreement_report.h>
#include <lector/metrics/detection_eval_accumulator.h>
#include <lector/metrics/detection_eval_json.h>
#include <lector/metrics/in_memory_eval_source.h>
#include <lector/store/project_store.h>

#include "io/icdar2015/icdar2015_format.h"
#include "test_support.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <atomic>
#include <cmath>
#include <memory>
#include <random>
#include <set>

using namespace lector;

namespace {

void expectSameCounts(const DetectionCounts& a, const DetectionCounts& b, const std::string& where)
{
    SCOPED_TRACE(where);
    EXPECT_EQ(a.images, b.images);
    EXPECT_EQ(a.groundTruth, b.groundTruth);
    EXPECT_EQ(a.groundTruthDontCare, b.groundTruthDontCare);
    EXPECT_EQ(a.detections, b.detections);
    EXPECT_EQ(a.detectionsDontCare, b.detectionsDontCare);
    EXPECT_EQ(a.matched, b.matched);
    EXPECT_EQ(a.matchedDetections, b.matchedDetections);
    EXPECT_EQ(a.iouSum, b.iouSum); // exactly: both sum in image order
    EXPECT_EQ(a.textEqual, b.textEqual);
    EXPECT_EQ(a.charErrors, b.charErrors);
    EXPECT_EQ(a.charTotal, b.charTotal);
    EXPECT_EQ(a.wordErrors, b.wordErrors);
    EXPECT_EQ(a.wordTotal, b.wordTotal);
}

/// Every figure of two reports, exactly.
void expectSameReport(const DetectionEvalReport& a, const DetectionEvalReport& b)
{
    EXPECT_EQ(a.groundTruthName, b.groundTruthName);
    EXPECT_EQ(a.detectionName, b.detectionName);
    EXPECT_EQ(a.options.order, b.options.order);
    expectSameCounts(a.totals, b.totals, "totals");
    if (std::isnan(b.averagePrecision)) {
        EXPECT_TRUE(std::isnan(a.averagePrecision));
    } else {
        EXPECT_EQ(a.averagePrecision, b.averagePrecision);
    }
    ASSERT_EQ(a.perImage.size(), b.perImage.size());
    for (size_t i = 0; i < a.perImage.size(); ++i) {
        const ImageSummary &x = a.perImage[i], &y = b.perImage[i];
        EXPECT_EQ(x.image, y.image);
        EXPECT_EQ(x.batch, y.batch);
        EXPECT_EQ(x.precision, y.precision);
        EXPECT_EQ(x.recall, y.recall);
        EXPECT_EQ(x.hmean, y.hmean);
        EXPECT_EQ(x.regionBins, y.regionBins);
        expectSameCounts(x.counts, y.counts, "image " + std::to_string(x.image));
    }
    ASSERT_EQ(a.perSlice.size(), b.perSlice.size());
    for (size_t i = 0; i < a.perSlice.size(); ++i) {
        EXPECT_EQ(a.perSlice[i].dimension, b.perSlice[i].dimension);
        EXPECT_EQ(a.perSlice[i].bin, b.perSlice[i].bin);
        expectSameCounts(a.perSlice[i].counts, b.perSlice[i].counts, a.perSlice[i].bin.toStdString());
    }
    ASSERT_EQ(a.perBatch.size(), b.perBatch.size());
    for (size_t i = 0; i < a.perBatch.size(); ++i) {
        EXPECT_EQ(a.perBatch[i].batch, b.perBatch[i].batch);
        EXPECT_EQ(a.perBatch[i].firstImage, b.perBatch[i].firstImage);
        expectSameCounts(a.perBatch[i].counts, b.perBatch[i].counts, a.perBatch[i].batch.toStdString());
    }
    ASSERT_EQ(a.scored.size(), b.scored.size());
    for (size_t i = 0; i < a.scored.size(); ++i) {
        EXPECT_EQ(a.scored[i].confidence, b.scored[i].confidence);
        EXPECT_EQ(a.scored[i].matched, b.scored[i].matched);
    }
    ASSERT_EQ(a.confusions.size(), b.confusions.size());
    for (size_t i = 0; i < a.confusions.size(); ++i) {
        EXPECT_EQ(a.confusions[i].truth, b.confusions[i].truth);
        EXPECT_EQ(a.confusions[i].detected, b.confusions[i].detected);
        EXPECT_EQ(a.confusions[i].count, b.confusions[i].count);
    }
}

void expectSameImage(const EvalImage& a, const EvalImage& b)
{
    SCOPED_TRACE("image " + std::to_string(a.id));
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.batch, b.batch);
    EXPECT_EQ(a.addedAt, b.addedAt);
    EXPECT_EQ(a.width, b.width);
    EXPECT_EQ(a.height, b.height);
    EXPECT_EQ(a.groundTruthIds, b.groundTruthIds);
    EXPECT_EQ(a.detectionIds, b.detectionIds);
    for (const auto& [x, y] : { std::pair { &a.groundTruth, &b.groundTruth }, { &a.detections, &b.detections } }) {
        ASSERT_EQ(x->size(), y->size());
        for (size_t k = 0; k < x->size(); ++k) {
            EXPECT_EQ((*x)[k].polygon, (*y)[k].polygon);
            EXPECT_EQ((*x)[k].text, (*y)[k].text);
            EXPECT_EQ((*x)[k].flags, (*y)[k].flags);
            EXPECT_EQ((*x)[k].script, (*y)[k].script);
            EXPECT_EQ((*x)[k].hasConfidence(), (*y)[k].hasConfidence());
            if ((*x)[k].hasConfidence()) {
                EXPECT_EQ((*x)[k].confidence, (*y)[k].confidence);
            }
        }
    }
}

/// Every image a source yields, copied out chunk by chunk.
std::vector<EvalImage> drain(EvalImageSource& source)
{
    std::vector<EvalImage> out;
    for (;;) {
        auto chunk = source.nextChunk();
        if (!chunk) {
            ADD_FAILURE() << chunk.error().toString();
            return out;
        }
        if (chunk->count == 0)
            return out;
        for (size_t i = 0; i < chunk->count; ++i) {
            out.push_back(chunk->images[i]);
            EXPECT_TRUE(source.readAhead().has_value());
        }
    }
}

/// The streamed evaluation from the store (every chunk size given) equals the evaluation of the whole input that
/// loadDetectionEvalInput reads, figure for figure; returns the in-memory report.
DetectionEvalReport expectStreamingEqualsInMemory(const ProjectStore& store, const EvalSource& truth,
    const EvalSource& run, const DetectionEvalOptions& options,
    std::initializer_list<size_t> chunkSizes = { 1, 3, 512 })
{
    auto input = loadDetectionEvalInput(store, truth, run);
    EXPECT_TRUE(input.has_value()) << input.error().toString();
    if (!input)
        return {};
    const DetectionEvalReport expected = evaluateDetections(*input, options);
    auto streamed = evaluateDetections(store, truth, run, options);
    EXPECT_TRUE(streamed.has_value()) << streamed.error().toString();
    if (streamed)
        expectSameReport(*streamed, expected);
    for (const size_t chunk : chunkSizes) {
        SCOPED_TRACE("chunks of " + std::to_string(chunk));
        auto source = StoreEvalSource::open(store, truth, run, chunk, chunk == 3 ? 50 : 131072);
        EXPECT_TRUE(source.has_value()) << source.error().toString();
        if (!source)
            continue;
        EXPECT_EQ((*source)->imageCount(), std::int64_t(input->images.size()));
        auto report = evaluateDetections(**source, options);
        EXPECT_TRUE(report.has_value());
        if (report)
            expectSameReport(*report, expected);
    }
    // The same images, regions and ids come out of the cursors as out of the bulk reads.
    auto source = StoreEvalSource::open(store, truth, run, 2);
    EXPECT_TRUE(source.has_value());
    if (source) {
        const std::vector<EvalImage> images = drain(**source);
        EXPECT_EQ(images.size(), input->images.size());
        for (size_t i = 0; i < std::min(images.size(), input->images.size()); ++i)
            expectSameImage(images[i], input->images[i]);
    }
    return expected;
}

QString imagePath(const ProjectStore& store, const ImageRecord& record)
{
    return QFileInfo(record.path).isAbsolute() ? record.path : QDir(store.rootDir()).filePath(record.path);
}

/// One demo project (24 pages, annotators alice, bob, chloe and reference, run demo-ocr-v1) for every test here.
class StoreEvalSourceTest : public ::testing::Test {
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

    static std::unique_ptr<QTemporaryDir> s_dir;
    static QString s_project;
    std::unique_ptr<ProjectStore> m_store;
};

std::unique_ptr<QTemporaryDir> StoreEvalSourceTest::s_dir;
QString StoreEvalSourceTest::s_project;

const EvalSource kReference = EvalSource::annotator(QStringLiteral("reference"));
const EvalSource kDemoRun = EvalSource::run(QStringLiteral("demo-ocr-v1"));

} // namespace

TEST_F(StoreEvalSourceTest, StreamingEqualsTheInMemoryEvaluationOnTheDemo)
{
    DetectionEvalOptions hungarian;
    hungarian.matching = MatchingMethod::Hungarian;
    hungarian.ignoreCase = true;
    DetectionEvalOptions loose;
    loose.iouThreshold = 0.3;
    for (const DetectionEvalOptions& options : { DetectionEvalOptions {}, hungarian, loose }) {
        SCOPED_TRACE(matchingMethodName(options.matching).toStdString() + " " + std::to_string(options.iouThreshold));
        const DetectionEvalReport r = expectStreamingEqualsInMemory(*m_store, kReference, kDemoRun, options);
        EXPECT_EQ(r.totals.images, 24);
        EXPECT_GT(r.totals.matched, 0);
        EXPECT_FALSE(r.confusions.empty());
    }
    // Alice labeled some pages only; a run against itself; a run as the ground truth of nothing else.
    expectStreamingEqualsInMemory(*m_store, EvalSource::annotator(QStringLiteral("alice")), kDemoRun, {});
    const DetectionEvalReport self
        = expectStreamingEqualsInMemory(*m_store, EvalSource::run(QStringLiteral("demo-ocr-v1")), kDemoRun, {});
    EXPECT_DOUBLE_EQ(self.totals.hmean(), 1);
}

TEST_F(StoreEvalSourceTest, FiguresDoNotDependOnTheThreads)
{
    DetectionEvalOptions one;
    one.threads = 1;
    DetectionEvalOptions four;
    four.threads = 4;
    auto a = evaluateDetections(*m_store, kReference, kDemoRun, one);
    auto b = evaluateDetections(*m_store, kReference, kDemoRun, four);
    ASSERT_TRUE(a.has_value() && b.has_value());
    expectSameReport(*a, *b);
}

TEST_F(StoreEvalSourceTest, ChunkBoundariesImagesWithoutDetectionsOrGroundTruth)
{
    // A scratch copy of the demo: "edge" labels five pages and marks six done without drawing anything (three of
    // them in a row, and the project's last page); the run "sparse" detects nothing on two labeled pages and
    // detects on pages "edge" never looked at (which must not count). The copy sits beside the demo, whose image
    // paths are relative to its folder.
    const QString copy = QFileInfo(s_project).dir().filePath(QStringLiteral("chunks.lector"));
    QFile::remove(copy);
    ASSERT_TRUE(QFile::copy(s_project, copy));
    auto opened = ProjectStore::open(copy);
    ASSERT_TRUE(opened.has_value());
    ProjectStore& store = **opened;
    const auto images = store.images();
    ASSERT_TRUE(images.has_value());
    ASSERT_EQ(images->size(), 24u);
    const auto reference = store.findAnnotator(QStringLiteral("reference"));
    const auto runs = store.runs();
    ASSERT_TRUE(reference.has_value() && *reference && runs.has_value() && !runs->empty());
    const std::set<size_t> labeled { 0, 1, 2, 6, 12 }, doneEmpty { 3, 4, 5, 7, 8, 23 }, undetected { 1, 6 };
    ImportBatch edgeLabels, sparse;
    for (size_t i = 0; i < images->size(); ++i) {
        const ImageRecord& record = (*images)[i];
        ImportedImage labels { imagePath(store, record), 0, 0, {}, {} };
        if (labeled.count(i)) {
            auto regions = store.annotations(record.id, (*reference)->id);
            ASSERT_TRUE(regions.has_value());
            for (const Annotation& a : *regions)
                labels.regions.push_back(a.region);
            edgeLabels.images.push_back(labels);
        }
        if (!undetected.count(i)) {
            ImportedImage detections { labels.imagePath, 0, 0, {}, {} };
            auto predictions = store.predictions(runs->front().id, record.id);
            ASSERT_TRUE(predictions.has_value());
            for (const Prediction& p : *predictions)
                detections.regions.push_back(p.region);
            sparse.images.push_back(detections);
        }
    }
    const auto imported = store.importBatch(edgeLabels, ImportTarget::forAnnotator(QStringLiteral("edge")));
    ASSERT_TRUE(imported.has_value()) << imported.error().toString();
    const auto importedRun = store.importBatch(sparse, ImportTarget::forRun(QStringLiteral("sparse")));
    ASSERT_TRUE(importedRun.has_value()) << importedRun.error().toString();
    const auto edge = store.findAnnotator(QStringLiteral("edge"));
    ASSERT_TRUE(edge.has_value() && *edge);
    for (const size_t i : doneEmpty)
        ASSERT_TRUE(store.setImageState((*images)[i].id, (*edge)->id, ImageState::Done).has_value());

    const EvalSource truth = EvalSource::annotator(QStringLiteral("edge"));
    const EvalSource run = EvalSource::run(QStringLiteral("sparse"));
    const DetectionEvalReport r = expectStreamingEqualsInMemory(store, truth, run, {}, { 1, 2, 3, 4, 5, 11, 512 });
    ASSERT_EQ(r.perImage.size(), labeled.size() + doneEmpty.size());
    for (const ImageSummary& e : r.perImage) {
        size_t index = 0;
        while ((*images)[index].id != e.image)
            ++index;
        SCOPED_TRACE(index);
        EXPECT_TRUE(labeled.count(index) || doneEmpty.count(index))
            << e.counts.groundTruth << " " << e.counts.detections;
        if (doneEmpty.count(index)) { // no ground truth: recall 1, and precision 0 with detections
            EXPECT_EQ(e.counts.groundTruth, 0);
            EXPECT_GT(e.counts.detections, 0);
            EXPECT_EQ(e.recall, 1);
            EXPECT_EQ(e.precision, 0);
        }
        if (undetected.count(index)) {
            EXPECT_GT(e.counts.groundTruth, 0);
            EXPECT_EQ(e.counts.detections, 0);
            EXPECT_EQ(e.recall, 0);
        }
    }
    EXPECT_EQ(r.perImage.back().image, images->back().id);
}

TEST_F(StoreEvalSourceTest, TheDetectionOrderIsDecidedOnTheImagesThatCount)
{
    // A copy of the demo run with one confidence dropped on a page alice did not label: against alice the run is
    // matched by confidence, against the reference (who labeled every page) in file order, without AP. The copy
    // sits beside the demo, whose image paths are relative to its folder.
    const QString copy = QFileInfo(s_project).dir().filePath(QStringLiteral("order.lector"));
    QFile::remove(copy);
    ASSERT_TRUE(QFile::copy(s_project, copy));
    auto opened = ProjectStore::open(copy);
    ASSERT_TRUE(opened.has_value());
    ProjectStore& store = **opened;
    const auto images = store.images();
    const auto alice = store.findAnnotator(QStringLiteral("alice"));
    const auto runs = store.runs();
    ASSERT_TRUE(images.has_value() && alice.has_value() && *alice && runs.has_value() && !runs->empty());
    ImportBatch gappy;
    bool dropped = false;
    for (const ImageRecord& record : *images) {
        auto predictions = store.predictions(runs->front().id, record.id);
        auto labels = store.annotations(record.id, (*alice)->id);
        ASSERT_TRUE(predictions.has_value() && labels.has_value());
        ImportedImage detections { imagePath(store, record), 0, 0, {}, {} };
        for (const Prediction& p : *predictions) {
            detections.regions.push_back(p.region);
            ASSERT_TRUE(p.region.hasConfidence());
        }
        if (!dropped && labels->empty() && !detections.regions.empty()) {
            detections.regions.back().confidence = NAN;
            dropped = true;
        }
        gappy.images.push_back(std::move(detections));
    }
    ASSERT_TRUE(dropped);
    const auto imported = store.importBatch(gappy, ImportTarget::forRun(QStringLiteral("gappy")));
    ASSERT_TRUE(imported.has_value()) << imported.error().toString();
    const EvalSource run = EvalSource::run(QStringLiteral("gappy"));
    const DetectionEvalReport byAlice
        = expectStreamingEqualsInMemory(store, EvalSource::annotator(QStringLiteral("alice")), run, {}, { 5 });
    EXPECT_EQ(byAlice.options.order, DetectionOrder::Confidence);
    EXPECT_FALSE(std::isnan(byAlice.averagePrecision));
    const DetectionEvalReport byReference = expectStreamingEqualsInMemory(store, kReference, run, {}, { 5 });
    EXPECT_EQ(byReference.options.order, DetectionOrder::File);
    EXPECT_TRUE(std::isnan(byReference.averagePrecision));
    // An annotator's labels carry no confidence: taken as the detections, they are matched in file order.
    const DetectionEvalReport labels
        = expectStreamingEqualsInMemory(store, kReference, EvalSource::annotator(QStringLiteral("alice")), {}, { 5 });
    EXPECT_EQ(labels.options.order, DetectionOrder::File);
}

TEST_F(StoreEvalSourceTest, OneSnapshotWhateverIsWrittenMeanwhile)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.lector"));
    ASSERT_TRUE(QFile::copy(s_project, copy));
    auto reader = ProjectStore::open(copy);
    auto writer = ProjectStore::open(copy);
    ASSERT_TRUE(reader.has_value() && writer.has_value());
    auto before = loadDetectionEvalInput(**reader, EvalSource::annotator(QStringLiteral("alice")), kDemoRun);
    ASSERT_TRUE(before.has_value());
    auto source = StoreEvalSource::open(**reader, EvalSource::annotator(QStringLiteral("alice")), kDemoRun, 2);
    ASSERT_TRUE(source.has_value());
    auto first = (*source)->nextChunk();
    ASSERT_TRUE(first.has_value());
    std::vector<EvalImage> streamed(first->images, first->images + first->count);

    // Another connection marks every page done for alice and adds a word to her last page.
    const auto alice = (*writer)->findAnnotator(QStringLiteral("alice"));
    const auto images = (*writer)->images();
    ASSERT_TRUE(alice.has_value() && *alice && images.has_value());
    for (const ImageRecord& record : *images)
        ASSERT_TRUE((*writer)->setImageState(record.id, (*alice)->id, ImageState::Done).has_value());
    Annotation extra;
    extra.image = before->images.back().id;
    extra.annotator = (*alice)->id;
    extra.region.polygon = Polygon::fromBox({ 1, 1, 30, 20 });
    extra.region.text = QStringLiteral("late");
    ASSERT_TRUE((*writer)->addAnnotations({ extra }).has_value());

    for (const EvalImage& image : drain(**source))
        streamed.push_back(image);
    ASSERT_EQ(streamed.size(), before->images.size());
    for (size_t i = 0; i < streamed.size(); ++i)
        expectSameImage(streamed[i], before->images[i]);
    source->reset();
    // Once the source is gone the reader sees the new state, and the connection takes writes again.
    auto after = loadDetectionEvalInput(**reader, EvalSource::annotator(QStringLiteral("alice")), kDemoRun);
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->images.size(), 24u);
    EXPECT_TRUE((*reader)->setImageState(images->front().id, (*alice)->id, ImageState::InProgress).has_value());
}

TEST_F(StoreEvalSourceTest, CancelMidStream)
{
    struct CancelAfter : Progress {
        std::int64_t last = 0;
        std::int64_t total = 0;
        std::atomic<bool> canceled { false };
        void report(std::int64_t done, std::int64_t all) override
        {
            last = done;
            total = all;
            if (done >= 10)
                canceled = true;
        }
        bool isCanceled() const override { return canceled; }
    } progress;
    auto source = StoreEvalSource::open(*m_store, kReference, kDemoRun, 4);
    ASSERT_TRUE(source.has_value());
    auto report = evaluateDetections(**source, {}, &progress);
    ASSERT_FALSE(report.has_value());
    EXPECT_EQ(report.error().code, ErrorCode::Canceled);
    EXPECT_GE(progress.last, 10);
    EXPECT_LT(progress.last, 24);
    EXPECT_EQ(progress.total, 24);
    source->reset();
    // The snapshot ended with the source: the connection writes again.
    const auto alice = m_store->findAnnotator(QStringLiteral("alice"));
    const auto images = m_store->images();
    ASSERT_TRUE(alice.has_value() && *alice && images.has_value());
    const auto state = m_store->imageState(images->front().id, (*alice)->id);
    ASSERT_TRUE(state.has_value());
    EXPECT_TRUE(m_store->setImageState(images->front().id, (*alice)->id, *state).has_value());

    SilentProgress already;
    already.cancel();
    auto none = evaluateDetections(*m_store, kReference, kDemoRun, {}, &already);
    ASSERT_FALSE(none.has_value());
    EXPECT_EQ(none.error().code, ErrorCode::Canceled);
}

TEST_F(StoreEvalSourceTest, UnknownRunOrAnnotatorListsWhatExists)
{
    auto noRun = evaluateDetections(*m_store, kReference, EvalSource::run(QStringLiteral("nope")), {});
    ASSERT_FALSE(noRun.has_value());
    EXPECT_EQ(noRun.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(noRun.error().message.contains(QStringLiteral("demo-ocr-v1"))) << noRun.error().message;
    auto noAnnotator = evaluateDetections(*m_store, EvalSource::annotator(QStringLiteral("zed")), kDemoRun, {});
    ASSERT_FALSE(noAnnotator.has_value());
    EXPECT_EQ(noAnnotator.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(noAnnotator.error().message.contains(QStringLiteral("alice, bob, chloe")))
        << noAnnotator.error().message;
    auto noTruthRun = StoreEvalSource::open(*m_store, EvalSource::run(QStringLiteral("nope")), kDemoRun);
    ASSERT_FALSE(noTruthRun.has_value());
    EXPECT_EQ(noTruthRun.error().code, ErrorCode::NotFound);
    auto oneImage = loadDetectionEvalImage(*m_store, EvalSource::annotator(QStringLiteral("zed")), kDemoRun, 1);
    ASSERT_FALSE(oneImage.has_value());
    EXPECT_EQ(oneImage.error().code, ErrorCode::NotFound);
    // The failed opens left no snapshot behind.
    const auto images = m_store->images();
    const auto alice = m_store->findAnnotator(QStringLiteral("alice"));
    ASSERT_TRUE(images.has_value() && alice.has_value() && *alice);
    const auto state = m_store->imageState(images->front().id, (*alice)->id);
    ASSERT_TRUE(state.has_value());
    EXPECT_TRUE(m_store->setImageState(images->front().id, (*alice)->id, *state).has_value());
}

TEST_F(StoreEvalSourceTest, OneImageFromTheStoreEqualsItsPartOfTheFullEvaluation)
{
    const EvalSource alice = EvalSource::annotator(QStringLiteral("alice"));
    auto input = loadDetectionEvalInput(*m_store, alice, kDemoRun);
    auto full = evaluateDetections(*m_store, alice, kDemoRun, {});
    ASSERT_TRUE(input.has_value() && full.has_value());
    ASSERT_EQ(full->perImage.size(), input->images.size());
    ASSERT_LT(input->images.size(), 24u); // some pages are not part of it
    for (size_t i = 0; i < input->images.size(); ++i) {
        const ImageSummary& summary = full->perImage[i];
        auto one = loadDetectionEvalImage(*m_store, alice, kDemoRun, summary.image);
        ASSERT_TRUE(one.has_value()) << one.error().toString();
        ASSERT_TRUE(one->has_value());
        expectSameImage(**one, input->images[i]);
        const ImageEvaluation e = evaluateImage(**one, full->options);
        expectSameCounts(e.counts, summary.counts, "image " + std::to_string(summary.image));
        EXPECT_EQ(e.precision, summary.precision);
        EXPECT_EQ(e.recall, summary.recall);
        EXPECT_EQ(e.hmean, summary.hmean);
        EXPECT_EQ(e.regionBins, summary.regionBins);
        EXPECT_EQ(static_cast<long long>(e.matches.size()), summary.counts.matched);
        EXPECT_EQ(static_cast<long long>(e.falsePositives.size()),
            summary.counts.detections - summary.counts.matchedDetections);
        EXPECT_EQ(static_cast<long long>(e.missed.size()), summary.counts.groundTruth - summary.counts.matched);
        EXPECT_EQ(static_cast<long long>(e.dontCareDetections.size()), summary.counts.detectionsDontCare);
        ASSERT_NE(findImageEvaluation(*full, summary.image), nullptr);
    }
    // A page alice did not label is not part of the evaluation.
    const auto images = m_store->images();
    ASSERT_TRUE(images.has_value());
    for (const ImageRecord& record : *images) {
        if (findImageEvaluation(*full, record.id))
            continue;
        auto one = loadDetectionEvalImage(*m_store, alice, kDemoRun, record.id);
        ASSERT_TRUE(one.has_value());
        EXPECT_FALSE(one->has_value());
        break;
    }
    auto missing = loadDetectionEvalImage(*m_store, alice, kDemoRun, 1'000'000);
    ASSERT_TRUE(missing.has_value());
    EXPECT_FALSE(missing->has_value());
}

TEST_F(StoreEvalSourceTest, StreamedJsonIsTheWholeDocumentByteForByte)
{
    auto input = loadDetectionEvalInput(*m_store, kReference, kDemoRun);
    ASSERT_TRUE(input.has_value());
    const DetectionEvalReport inMemory = evaluateDetections(*input);
    const std::string expected = toJson(inMemory, &*input).dump(2) + "\n";

    QBuffer entries;
    ASSERT_TRUE(entries.open(QIODevice::ReadWrite));
    std::vector<ImageId> seen;
    bool first = true;
    auto report = evaluateDetections(
        *m_store, kReference, kDemoRun, {}, nullptr, [&](const EvalImage& image, const ImageEvaluation& evaluation) {
            seen.push_back(image.id);
            EXPECT_EQ(image.id, evaluation.image);
            const std::string text = (first ? "" : ",\n") + perImageJsonText(evaluation, image);
            first = false;
            return entries.write(text.data(), qint64(text.size())) == qint64(text.size());
        });
    ASSERT_TRUE(report.has_value());
    ASSERT_EQ(seen.size(), input->images.size());
    for (size_t i = 0; i < seen.size(); ++i)
        EXPECT_EQ(seen[i], input->images[i].id); // in image order
    ASSERT_TRUE(entries.seek(0));
    QBuffer out;
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    ASSERT_TRUE(writeDetectionEvalJson(*report, &entries, out).has_value());
    EXPECT_EQ(out.data().toStdString(), expected);
    // Matches and lists are there, with store ids.
    const auto parsed = nlohmann::json::parse(expected);
    EXPECT_EQ(parsed["per_image"][0]["matches"].size(), size_t(inMemory.perImage[0].counts.matched));

    // An observer returning false stops the evaluation.
    auto stopped = evaluateDetections(
        *m_store, kReference, kDemoRun, {}, nullptr, [](const EvalImage&, const ImageEvaluation&) { return false; });
    ASSERT_FALSE(stopped.has_value());
    EXPECT_EQ(stopped.error().code, ErrorCode::Canceled);

    // An empty evaluation writes an empty per_image.
    DetectionEvalInput empty;
    const DetectionEvalReport none = evaluateDetections(empty);
    QBuffer emptyOut;
    ASSERT_TRUE(emptyOut.open(QIODevice::WriteOnly));
    ASSERT_TRUE(writeDetectionEvalJson(none, nullptr, emptyOut).has_value());
    EXPECT_EQ(emptyOut.data().toStdString(), toJson(none, &empty).dump(2) + "\n");
}

TEST_F(StoreEvalSourceTest, SliceImageListsFromTheSummaries)
{
    auto input = loadDetectionEvalInput(*m_store, kReference, kDemoRun);
    ASSERT_TRUE(input.has_value());
    const DetectionEvalReport r = evaluateDetections(*input);
    // What the Predictions panel listed from the whole input before: images with a care region in the bin.
    for (const SliceEvaluation& slice : r.perSlice) {
        SCOPED_TRACE(slice.dimension.toStdString() + " " + slice.bin.toStdString());
        std::vector<ImageId> expected;
        for (const EvalImage& image : input->images) {
            bool in = false;
            for (const auto* regions : { &image.groundTruth, &image.detections })
                for (const Region& region : *regions) {
                    if (region.isDontCare())
                        continue;
                    const QString bin = slice.dimension == QLatin1String("batch") ? image.batch
                        : slice.dimension == QLatin1String("image_size") ? imageSizeBin(image.width, image.height)
                                                                         : regionBin(slice.dimension, region);
                    in = in || bin == slice.bin;
                }
            if (in)
                expected.push_back(image.id);
        }
        EXPECT_EQ(imagesInSlice(r, slice.dimension, slice.bin), expected);
    }
    EXPECT_TRUE(imagesInSlice(r, QStringLiteral("height"), QStringLiteral("nonsense")).empty());
    EXPECT_EQ(
        regionSliceKey(QStringLiteral("script"), QStringLiteral("empty")), DetectionEvalAccumulator::kRegionBins - 1);
}

TEST(StoreEvalSourceIcdar2015, StreamingEqualsTheInMemoryEvaluationOnTheSharedSample)
{
    LECTOR_REQUIRE_SHARED_DATA();
    const QString root = test::sharedDataDir() + QStringLiteral("/icdar2015");
    ReadOptions readOptions;
    readOptions.imagesDir = root + QStringLiteral("/imgs/test");
    auto truth = Icdar2015Format().read(root + QStringLiteral("/annotations/test"), readOptions);
    ASSERT_TRUE(truth.has_value()) << truth.error().toString();
    ASSERT_EQ(truth->images.size(), 7u);

    // Detections: the ground truth's quads moved a little (don't-care ones too, so that some are set aside), some
    // dropped, misread now and then, with distinct confidences; and a stray box on every other image.
    std::mt19937 rng(2015);
    std::uniform_real_distribution<double> u(0, 1);
    ImportBatch detections;
    DetectionEvalInput direct;
    int confidence = 0, care = 0;
    for (size_t i = 0; i < truth->images.size(); ++i) {
        const ImportedImage& image = truth->images[i];
        ImportedImage detected { image.imagePath, image.width, image.height, {}, {} };
        for (const Region& r : image.regions) {
            if (u(rng) < 0.15)
                continue;
            Region d;
            d.polygon = r.polygon;
            for (PointF& p : d.polygon.points) {
                p.x = std::round(p.x + (u(rng) - 0.5) * 8);
                p.y = std::round(p.y + (u(rng) - 0.5) * 4);
            }
            d.text = r.isDontCare() ? QStringLiteral("noise")
                : ++care % 2 == 0   ? r.text.left(r.text.size() - 1)
                                    : r.text;
            d.confidence = 0.5 + (confidence++) / 1000.0;
            detected.regions.push_back(d);
        }
        if (i % 2 == 0) {
            Region stray;
            stray.polygon = Polygon::fromBox({ 10, 10, 60, 30 });
            stray.text = QStringLiteral("stray");
            stray.confidence = 0.1 + (confidence++) / 1000.0;
            detected.regions.push_back(stray);
        }
        detections.images.push_back(detected);
        EvalImage e;
        e.groundTruth = image.regions;
        e.detections = detected.regions;
        direct.images.push_back(std::move(e));
    }

    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("ic15.lector")));
    ASSERT_TRUE(store.has_value());
    ASSERT_TRUE((*store)->importBatch(*truth, ImportTarget::forAnnotator(QStringLiteral("reference"))).has_value());
    ASSERT_TRUE((*store)->importBatch(detections, ImportTarget::forRun(QStringLiteral("jitter"))).has_value());
    const EvalSource run = EvalSource::run(QStringLiteral("jitter"));
    const DetectionEvalReport r = expectStreamingEqualsInMemory(**store, kReference, run, {});
    ASSERT_EQ(r.perImage.size(), 7u);
    EXPECT_GT(r.totals.matched, 0);
    EXPECT_GT(r.totals.detectionsDontCare, 0);
    EXPECT_GT(r.totals.charErrors, 0);
    DetectionEvalOptions hungarian;
    hungarian.matching = MatchingMethod::Hungarian;
    expectStreamingEqualsInMemory(**store, kReference, run, hungarian);

    // The figures are those of the files themselves, evaluated without the store (ids and batches aside).
    auto images = (*store)->images();
    ASSERT_TRUE(images.has_value());
    for (size_t i = 0; i < direct.images.size(); ++i) {
        direct.images[i].id = (*images)[i].id;
        direct.images[i].width = (*images)[i].width;
        direct.images[i].height = (*images)[i].height;
    }
    const DetectionEvalReport fromFiles = evaluateDetections(direct);
    expectSameCounts(r.totals, fromFiles.totals, "totals against the files");
    EXPECT_EQ(r.averagePrecision, fromFiles.averagePrecision);
}
