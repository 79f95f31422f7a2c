// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/selection.h>

#include <lector/dedup/image_hashes.h>
#include <lector/metrics/detection_eval.h>
#include <lector/metrics/detection_eval_loader.h>
#include <lector/store/duplicate_repository.h>
#include <lector/store/image_query.h>
#include <lector/store/label_queue_repository.h>
#include <lector/store/prediction_repository.h>

#include "analysis/store_fixture.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <set>

using namespace lector;

namespace {

Region word(double x, double confidence, const char* script = "Latn")
{
    Region r;
    r.polygon = Polygon::fromBox({ x, 5, x + 20, 20 });
    r.text = QStringLiteral("w");
    r.confidence = confidence;
    r.script = QString::fromLatin1(script);
    return r;
}

class SelectionStoreTest : public test::StoreFixture {
protected:
    void SetUp() override
    {
        test::StoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        makeProject(6);
        auto run = m_store->createRun(QStringLiteral("ocr"), QStringLiteral("m"), QStringLiteral("{}"));
        ASSERT_TRUE(run);
        m_run = *run;
    }

    void predict(std::size_t image, const std::vector<Region>& words)
    {
        ASSERT_TRUE(PredictionRepository(*m_store).addImagePredictions(m_run, m_images[image], words));
    }

    RunId m_run = 0;
};

std::vector<ImageId> ids(const std::vector<SelectedImage>& picked)
{
    std::vector<ImageId> out;
    for (const SelectedImage& s : picked)
        out.push_back(s.image);
    return out;
}

} // namespace

TEST_P(SelectionStoreTest, LeastConfidenceAndMarginRankByTheRunsWordsAsCountedHere)
{
    // Confidences per image; image 5 has no prediction and cannot be scored.
    const std::vector<std::vector<double>> confidences { { 0.9, 0.8 }, { 0.5, 0.55 }, { 0.99 }, { 0.2, 0.95, 0.4 },
        { 0.7 } };
    for (std::size_t i = 0; i < confidences.size(); ++i) {
        std::vector<Region> words;
        for (std::size_t w = 0; w < confidences[i].size(); ++w)
            words.push_back(word(30.0 * double(w), confidences[i][w], i == 3 && w > 0 ? "Hang" : "Latn"));
        predict(i, words);
    }
    // The expected order, counted independently of the code under test.
    std::vector<std::pair<double, ImageId>> lc, mg;
    for (std::size_t i = 0; i < confidences.size(); ++i) {
        double u = 0, m = 0;
        for (double c : confidences[i]) {
            u += 1 - c;
            m += std::abs(2 * c - 1);
        }
        lc.emplace_back(-u / double(confidences[i].size()), m_images[i]);
        mg.emplace_back(m / double(confidences[i].size()), m_images[i]);
    }
    std::sort(lc.begin(), lc.end());
    std::sort(mg.begin(), mg.end());

    SelectOptions options;
    options.budget = 10;
    options.strategy = SelectStrategy::LeastConfidence;
    auto selection = selectFromStore(*m_store, options);
    ASSERT_TRUE(selection) << selection.error().toString();
    EXPECT_EQ(selection->run, QStringLiteral("ocr")); // the newest run, none named
    ASSERT_EQ(selection->images.size(), 5u); // image 5 has no words
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(selection->images[i].image, lc[i].second) << i;
        EXPECT_NEAR(selection->images[i].score, -lc[i].first, 1e-12);
    }
    options.strategy = SelectStrategy::Margin;
    selection = selectFromStore(*m_store, options);
    ASSERT_TRUE(selection);
    for (std::size_t i = 0; i < 5; ++i)
        EXPECT_EQ(selection->images[i].image, mg[i].second) << i;

    // Labeled images leave the pool unless asked for; a duplicate never comes back.
    Annotation a;
    a.image = m_images[1];
    a.annotator = *m_store->ensureAnnotator(QStringLiteral("alice"));
    a.region = word(0, 1);
    ASSERT_TRUE(m_store->addAnnotations({ a }));
    ASSERT_TRUE(DuplicateRepository(*m_store).mark({ { m_images[3], m_images[0] } }));
    options.strategy = SelectStrategy::LeastConfidence;
    selection = selectFromStore(*m_store, options);
    ASSERT_TRUE(selection);
    const std::vector<ImageId> picked = ids(selection->images);
    EXPECT_EQ(std::count(picked.begin(), picked.end(), m_images[1]), 0);
    EXPECT_EQ(std::count(picked.begin(), picked.end(), m_images[3]), 0);
    EXPECT_EQ(selection->duplicates, 1);
    options.includeLabeled = true;
    selection = selectFromStore(*m_store, options);
    ASSERT_TRUE(selection);
    EXPECT_EQ(selection->images[0].image, m_images[1]);

    // An unknown run is refused by name; nothing was written by any of it.
    SelectSources sources;
    sources.run = QStringLiteral("nope");
    auto refused = selectFromStore(*m_store, options, sources);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("\"nope\""))) << refused.error().message;
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("ocr")));
}

TEST(Selection, DiversityIsKCenterGreedyAsABruteForceComputesIt)
{
    std::mt19937_64 rng(3);
    std::vector<SelectCandidate> candidates(300);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        SelectCandidate& c = candidates[i];
        c.image = static_cast<ImageId>(i + 1);
        c.hashed = i % 17 != 0; // a few unhashed: never picked
        // Clustered hashes: 6 prototypes with a few bits flipped, so that distances vary.
        const std::uint64_t prototype = 0x9e3779b97f4a7c15ULL * (i % 6 + 1);
        c.phash = prototype ^ (rng() & rng() & rng());
        c.dhash = ~prototype ^ (rng() & rng() & rng());
        c.labeled = i < 20;
    }
    SelectOptions options;
    options.strategy = SelectStrategy::Diversity;
    options.budget = 25;
    const std::vector<SelectedImage> picked = selectImages(candidates, options);
    ASSERT_EQ(picked.size(), 25u);
    // Brute force: the centres are the labeled, hashed images; each pick must be at the largest distance from the
    // centres and the picks before it (ties: the lowest id).
    auto distance = [&](const SelectCandidate& a, const SelectCandidate& b) {
        return __builtin_popcountll(a.phash ^ b.phash) + __builtin_popcountll(a.dhash ^ b.dhash);
    };
    std::vector<const SelectCandidate*> centres;
    for (const SelectCandidate& c : candidates)
        if (c.labeled && c.hashed)
            centres.push_back(&c);
    std::set<ImageId> taken;
    for (const SelectedImage& p : picked) {
        int best = -1;
        ImageId bestId = 0;
        for (const SelectCandidate& c : candidates) {
            if (c.labeled || !c.hashed || taken.count(c.image))
                continue;
            int nearest = 1000;
            for (const SelectCandidate* centre : centres)
                nearest = std::min(nearest, distance(c, *centre));
            if (nearest > best) {
                best = nearest;
                bestId = c.image;
            }
        }
        EXPECT_EQ(p.image, bestId);
        EXPECT_DOUBLE_EQ(p.score, best / 128.0);
        taken.insert(p.image);
        centres.push_back(&candidates[static_cast<std::size_t>(p.image - 1)]);
    }
}

TEST(Selection, RareSlicesPicksWhatTheLabeledImagesLackThenSpreads)
{
    std::vector<SelectCandidate> candidates;
    auto add = [&](const char* batch, const char* script, bool labeled) {
        SelectCandidate c;
        c.image = static_cast<ImageId>(candidates.size() + 1);
        c.batch = QString::fromLatin1(batch);
        c.script = QString::fromLatin1(script);
        c.width = 1000;
        c.height = 1000;
        c.labeled = labeled;
        candidates.push_back(c);
    };
    for (int i = 0; i < 20; ++i)
        add("b1", "Latn", true); // what was labeled: all of batch 1, Latin
    for (int i = 0; i < 10; ++i)
        add("b1", "Latn", false);
    for (int i = 0; i < 4; ++i)
        add("b2", "Latn", false); // a batch nobody labeled
    for (int i = 0; i < 4; ++i)
        add("b1", "Hang", false); // a script nobody labeled
    SelectOptions options;
    options.strategy = SelectStrategy::RareSlices;
    options.budget = 8;
    const std::vector<SelectedImage> picked = selectImages(candidates, options);
    ASSERT_EQ(picked.size(), 8u);
    // The new batch and the new script first, in turn, until each is labeled at its share of the data (4 of 38
    // images is 10.5 %: 3 of the 26 labeled and picked is 11.5 %), only then batch 1's Latin pages again.
    std::map<QString, int> kinds;
    for (std::size_t i = 0; i < 6; ++i) {
        const SelectCandidate& c = candidates[static_cast<std::size_t>(picked[i].image - 1)];
        kinds[c.batch + QLatin1Char('/') + c.script] += 1;
    }
    EXPECT_EQ(kinds[QStringLiteral("b2/Latn")], 3);
    EXPECT_EQ(kinds[QStringLiteral("b1/Hang")], 3);
    EXPECT_EQ(kinds[QStringLiteral("b1/Latn")], 0);
    // Counted by hand for the first pick: batch b2 has 4 of the 38 images and none of the 20 labeled.
    EXPECT_NEAR(picked.front().score, std::log(((4.0 + 1) / (38 + 2)) / ((0.0 + 1) / (20 + 2))), 1e-12);
    EXPECT_GT(picked.front().score, picked.back().score);
}

TEST(Selection, RandomIsSeededAndMixedTakesTurnsWithoutRepeating)
{
    std::vector<SelectCandidate> candidates(50);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        candidates[i].image = static_cast<ImageId>(i + 1);
        candidates[i].uncertainty = double(i % 7) / 7.0;
        candidates[i].hashed = true;
        candidates[i].phash = 0x0123456789abcdefULL * (i + 1);
        candidates[i].dhash = 0xfedcba9876543210ULL ^ (i * 0x1111);
        candidates[i].batch = QStringLiteral("b%1").arg(i % 3);
    }
    SelectOptions options;
    options.strategy = SelectStrategy::Random;
    options.budget = 10;
    const auto a = ids(selectImages(candidates, options));
    const auto b = ids(selectImages(candidates, options));
    options.seed = 2;
    const auto c = ids(selectImages(candidates, options));
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);

    options.strategy = SelectStrategy::Mixed;
    options.budget = 30;
    const std::vector<SelectedImage> mixed = selectImages(candidates, options);
    ASSERT_EQ(mixed.size(), 30u);
    std::set<ImageId> unique;
    for (const SelectedImage& s : mixed)
        unique.insert(s.image);
    EXPECT_EQ(unique.size(), 30u);
    // In turn: least confidence, diversity, rare slices.
    EXPECT_EQ(mixed[0].by, SelectStrategy::LeastConfidence);
    EXPECT_EQ(mixed[1].by, SelectStrategy::Diversity);
    EXPECT_EQ(mixed[2].by, SelectStrategy::RareSlices);
    EXPECT_EQ(mixed[3].by, SelectStrategy::LeastConfidence);
    SelectOptions lc;
    lc.strategy = SelectStrategy::LeastConfidence;
    lc.budget = 1;
    EXPECT_EQ(mixed[0].image, selectImages(candidates, lc).front().image);
}

TEST(Selection, AssignQueueSharesTheOverlapEvenlyAndBalancesTheLoad)
{
    std::vector<SelectedImage> picked(100);
    for (std::size_t i = 0; i < picked.size(); ++i)
        picked[i].image = static_cast<ImageId>(i + 1);
    const QStringList people { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    auto queue = assignQueue(picked, people, 0.1, 2);
    ASSERT_TRUE(queue);
    std::map<QString, int> load;
    std::vector<int> shared;
    for (const QueueEntry& e : *queue) {
        EXPECT_EQ(e.annotators.size() == 2 || e.annotators.size() == 1, true);
        if (e.annotators.size() == 2) {
            shared.push_back(e.position);
            EXPECT_NE(e.annotators[0], e.annotators[1]);
        }
        for (const QString& who : e.annotators)
            load[who] += 1;
    }
    EXPECT_EQ(shared.size(), 10u); // 10 % of 100
    for (std::size_t i = 1; i < shared.size(); ++i)
        EXPECT_EQ(shared[i] - shared[i - 1], 10); // spread through the queue, not bunched
    EXPECT_EQ(load[QStringLiteral("a")] + load[QStringLiteral("b")] + load[QStringLiteral("c")], 110);
    const auto [low, high]
        = std::minmax({ load[QStringLiteral("a")], load[QStringLiteral("b")], load[QStringLiteral("c")] });
    EXPECT_LE(high - low, 1);
    // Three annotators each on the overlap.
    auto triple = assignQueue(picked, people, 0.2, 3);
    ASSERT_TRUE(triple);
    EXPECT_EQ(
        std::count_if(triple->begin(), triple->end(), [](const QueueEntry& e) { return e.annotators.size() == 3; }),
        20);
    auto twice = assignQueue(picked, { QStringLiteral("a"), QStringLiteral("a") }, 0.1, 2);
    ASSERT_FALSE(twice); // one name twice would give a shared image to one person
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("\"a\"")));
    EXPECT_FALSE(assignQueue(picked, {}, 0.1, 2));
    EXPECT_FALSE(assignQueue(picked, people, 1.5, 2));
    EXPECT_FALSE(assignQueue(picked, people, 0.1, 1));
}

TEST_P(SelectionStoreTest, AQueueIsWhatItsAnnotatorHasToDoInItsOrder)
{
    LabelQueueRepository queues(*m_store);
    std::vector<QueueEntry> entries(2);
    entries[0].position = 0;
    entries[0].image = m_images[4];
    entries[0].annotators = { QStringLiteral("bob") };
    entries[1].position = 1;
    entries[1].image = m_images[2];
    entries[1].annotators = { QStringLiteral("bob"), QStringLiteral("chloe") };
    ASSERT_TRUE(queues.assign(entries));
    const AnnotatorId bob = *m_store->ensureAnnotator(QStringLiteral("bob"));
    const AnnotatorId alice = *m_store->ensureAnnotator(QStringLiteral("alice"));

    ImageQuery todo;
    todo.status = ImageQuery::Status::ToDoForMe;
    todo.me = bob;
    EXPECT_EQ(*m_store->countImages(todo), 2);
    auto rows = m_store->queryImages(todo, 0, 10);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].image.id, m_images[4]); // the queue's order, not the id's
    EXPECT_EQ((*rows)[1].image.id, m_images[2]);
    todo.me = alice; // no queue: every image not done
    EXPECT_EQ(*m_store->countImages(todo), 6);

    EXPECT_EQ(*m_store->nextToDo(bob, 0), m_images[4]);
    EXPECT_EQ(*m_store->nextToDo(bob, m_images[4]), m_images[2]);
    EXPECT_EQ(*m_store->nextToDo(bob, m_images[2]), m_images[4]); // wraps round
    ASSERT_TRUE(m_store->setImageState(m_images[4], bob, ImageState::Done));
    EXPECT_EQ(*m_store->nextToDo(bob, m_images[2]), m_images[2]);
    auto q = queues.queue(bob);
    ASSERT_TRUE(q);
    ASSERT_EQ(q->size(), 2u);
    EXPECT_TRUE((*q)[0].done);
    EXPECT_FALSE((*q)[1].done);
    auto progress = queues.progress();
    ASSERT_TRUE(progress);
    EXPECT_EQ(progress->at(QStringLiteral("bob")), std::make_pair(2, 1));
    EXPECT_EQ(progress->at(QStringLiteral("chloe")), std::make_pair(1, 0));
    ASSERT_TRUE(m_store->setImageState(m_images[2], bob, ImageState::Done));
    EXPECT_EQ(*m_store->nextToDo(bob, m_images[2]), ImageId(0)); // the queue is done

    // A new assignment replaces bob's queue and leaves chloe's.
    std::vector<QueueEntry> again(1);
    again[0].image = m_images[0];
    again[0].annotators = { QStringLiteral("bob") };
    ASSERT_TRUE(queues.assign(again));
    EXPECT_EQ(queues.queue(bob)->size(), 1u);
    EXPECT_EQ(queues.queue(*m_store->ensureAnnotator(QStringLiteral("chloe")))->size(), 1u);
    // Naming an annotator who gets nothing empties their queue: their to do is every image again.
    const AnnotatorId chloe = *m_store->ensureAnnotator(QStringLiteral("chloe"));
    ASSERT_TRUE(queues.assign({}, 0, { QStringLiteral("chloe") }));
    EXPECT_TRUE(queues.queue(chloe)->empty());
    ASSERT_TRUE(queues.clear(bob));
    todo.me = bob;
    EXPECT_EQ(*m_store->countImages(todo), 4); // every image bob has not marked done
}

TEST(Selection, LeastConfidenceOnTheDemoReachesMostOfTheOraclesLift)
{
    // The measure, on a small demo: the pages least confidence picks from the demo's run have a higher word
    // error rate against the reference than all pages (a random pick's expectation), and come near the oracle that
    // picks the truly worst pages. lector-bench-select prints the same table on the full demo (docs/selection.md).
    QTemporaryDir dir;
    const QString project = test::makeDemoProject(dir.path(), 20);
    ASSERT_FALSE(project.isEmpty());
    auto store = ProjectStore::open(project);
    ASSERT_TRUE(store);
    auto runs = (*store)->runs();
    ASSERT_TRUE(runs && !runs->empty());
    auto report = evaluateDetections(**store, EvalSource::annotator(QStringLiteral("reference")),
        EvalSource::run(runs->front().name), DetectionEvalOptions {});
    ASSERT_TRUE(report);
    std::map<ImageId, double> error;
    double mean = 0;
    for (const ImageSummary& s : report->perImage) {
        error[s.image] = 1.0 - s.counts.wordAccuracy();
        mean += error[s.image];
    }
    mean /= double(error.size());
    std::vector<double> worst;
    for (const auto& [image, e] : error)
        worst.push_back(e);
    std::sort(worst.rbegin(), worst.rend());
    constexpr int kBudget = 5;
    const double oracle = std::accumulate(worst.begin(), worst.begin() + kBudget, 0.0) / kBudget;
    SelectOptions options;
    options.strategy = SelectStrategy::LeastConfidence;
    options.budget = kBudget;
    options.includeLabeled = true; // every demo page is labeled by a simulated annotator
    SelectSources sources;
    sources.run = runs->front().name; // the run whose errors are measured (the newest would be the retrained one)
    auto selection = selectFromStore(**store, options, sources);
    ASSERT_TRUE(selection);
    EXPECT_EQ(selection->run, runs->front().name);
    ASSERT_EQ(selection->images.size(), size_t(kBudget));
    double picked = 0;
    for (const SelectedImage& s : selection->images)
        picked += error.at(s.image);
    picked /= kBudget;
    const double lift = picked / mean, oracleLift = oracle / mean;
    EXPECT_GT(oracleLift, 1.2);
    EXPECT_GE((lift - 1) / (oracleLift - 1), 0.7) << "lift " << lift << ", oracle " << oracleLift;
}

TEST_P(SelectionStoreTest, RunDisagreementCountsWhatOnlyTheSecondRunRead)
{
    predict(0, { word(0, 0.9) });
    predict(1, { word(0, 0.9) });
    auto second = m_store->createRun(QStringLiteral("ocr2"), QStringLiteral("m"), QStringLiteral("{}"));
    ASSERT_TRUE(second);
    Region other = word(0, 0.9);
    other.text = QStringLiteral("v"); // read otherwise on image 1
    ASSERT_TRUE(PredictionRepository(*m_store).addImagePredictions(*second, m_images[0], { word(0, 0.9) }));
    ASSERT_TRUE(PredictionRepository(*m_store).addImagePredictions(*second, m_images[1], { other }));
    ASSERT_TRUE(PredictionRepository(*m_store).addImagePredictions(*second, m_images[2], { word(0, 0.9) }));
    SelectOptions options;
    options.strategy = SelectStrategy::RunDisagreement;
    options.budget = 10;
    SelectSources sources;
    sources.run = QStringLiteral("ocr");
    sources.otherRun = QStringLiteral("ocr2");
    auto selection = selectFromStore(*m_store, options, sources);
    ASSERT_TRUE(selection) << selection.error().toString();
    ASSERT_EQ(selection->images.size(), 3u);
    // Images 1 (read otherwise) and 2 (only the second run read it) disagree wholly; image 0 not at all.
    EXPECT_EQ(selection->images[0].image, m_images[1]);
    EXPECT_EQ(selection->images[1].image, m_images[2]);
    EXPECT_DOUBLE_EQ(selection->images[1].score, 1.0);
    EXPECT_EQ(selection->images[2].image, m_images[0]);
    EXPECT_DOUBLE_EQ(selection->images[2].score, 0.0);
    sources.otherRun = QStringLiteral("ocr");
    EXPECT_FALSE(selectFromStore(*m_store, options, sources)); // a run against itself
}

LECTOR_ON_BOTH_BACKENDS(SelectionStoreTest);
