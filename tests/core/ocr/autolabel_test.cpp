// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/ocr/autolabel.h>
#include <lector/ocr/promote_predictions.h>

#include <lector/ocr/tesseract_engine.h>
#include <lector/store/prediction_repository.h>
#include <lector/store/project_store.h>

#include "ocr/ocr_test_support.h"
#include "test_support.h"

#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <thread>

namespace lector {
namespace {

/// A private copy of the demo project (3 pages) to run on.
struct Project {
    QTemporaryDir dir;
    std::unique_ptr<ProjectStore> store;
    std::vector<ImageRecord> images;

    bool open()
    {
        const QString path = test::copyDemoProject(dir.path());
        if (path.isEmpty())
            return false;
        auto s = ProjectStore::open(path);
        if (!s)
            return false;
        store = std::move(*s);
        auto all = store->images();
        if (!all)
            return false;
        images = *all;
        return true;
    }
};

/// English only unless said: three times faster than eng+kor, and the tests below are about the run, not reading.
AutolabelOptions options(const QString& run, int threads = 2, const QString& language = QStringLiteral("eng"))
{
    AutolabelOptions o;
    o.ocr.language = language;
    o.runName = run;
    o.threads = threads;
    return o;
}

/// Cancels once `after` images are reported done, from the thread that reports.
class CancelAfter : public Progress {
public:
    explicit CancelAfter(std::int64_t after)
        : m_after(after)
    {
    }
    void report(std::int64_t done, std::int64_t) override
    {
        if (done >= m_after)
            m_canceled = true;
    }
    bool isCanceled() const override { return m_canceled; }

private:
    std::int64_t m_after;
    std::atomic<bool> m_canceled { false };
};

nlohmann::json settingsOf(ProjectStore& store, const QString& run)
{
    auto found = PredictionRepository(store).findRun(run);
    if (!found || !*found)
        return {};
    return nlohmann::json::parse((*found)->settings.toStdString(), nullptr, false);
}

} // namespace

TEST(Autolabel, WritesAModelRunWithEveryImagesWords)
{
    Project p;
    ASSERT_TRUE(p.open());
    auto summary = runAutolabel(*p.store, options(QStringLiteral("ocr-1"), 2, QStringLiteral("eng+kor")));
    ASSERT_TRUE(summary) << summary.error().toString();
    EXPECT_EQ(summary->imagesTotal, test::kDemoPages);
    EXPECT_EQ(summary->imagesDone, test::kDemoPages);
    EXPECT_EQ(summary->imagesFailed, 0);
    EXPECT_FALSE(summary->canceled);
    EXPECT_GT(summary->seconds, 0);
    const nlohmann::json settings = settingsOf(*p.store, QStringLiteral("ocr-1"));
    EXPECT_EQ(settings.value("engine", ""), "tesseract");
    EXPECT_EQ(settings.value("lang", ""), "eng+kor");
    EXPECT_EQ(settings.value("psm", 0), 4); // the default, one column: the best measured (docs/ocr.md)
    EXPECT_EQ(settings.value("upscale", ""), "auto");
    EXPECT_EQ(settings.value("glyph_height", 0.0), 20.0);
    EXPECT_EQ(settings.value("binarize", ""), "none");
    EXPECT_EQ(settings.value("engine_version", ""), TesseractEngine::libraryVersion().toStdString());
    EXPECT_EQ(settings.value("status", ""), "complete");
    EXPECT_EQ(settings.value("images_done", 0), test::kDemoPages);

    auto all = p.store->predictions(summary->run);
    ASSERT_TRUE(all);
    EXPECT_EQ(static_cast<std::int64_t>(all->size()), summary->words);
    auto info = p.store->info();
    ASSERT_TRUE(info);
    EXPECT_EQ(info->predictionsByRun[QStringLiteral("ocr-1")], summary->words);
    // The pool's words are exactly what one engine reads image by image, and match the ground truth as well.
    auto engine = TesseractEngine::create(options({}, 1, QStringLiteral("eng+kor")).ocr);
    ASSERT_TRUE(engine);
    auto reference = p.store->findAnnotator(QStringLiteral("reference"));
    ASSERT_TRUE(reference && *reference);
    for (const ImageRecord& r : p.images) {
        auto stored = p.store->predictions(summary->run, r.id);
        ASSERT_TRUE(stored);
        auto image = OcrImage::load(p.store->absoluteImagePath(r));
        ASSERT_TRUE(image);
        auto direct = (*engine)->readPage(*image);
        ASSERT_TRUE(direct);
        ASSERT_EQ(stored->size(), direct->size()) << "image " << r.id;
        for (std::size_t i = 0; i < direct->size(); ++i) {
            EXPECT_EQ((*stored)[i].region.text, (*direct)[i].text);
            EXPECT_EQ((*stored)[i].region.polygon, (*direct)[i].polygon);
            EXPECT_DOUBLE_EQ((*stored)[i].region.confidence, (*direct)[i].confidence);
            EXPECT_EQ((*stored)[i].region.script, (*direct)[i].script);
        }
        auto truth = p.store->annotations(r.id, (*reference)->id);
        ASSERT_TRUE(truth);
        std::vector<Region> truthRegions, storedRegions;
        for (const Annotation& a : *truth)
            truthRegions.push_back(a.region);
        for (const Prediction& pr : *stored)
            storedRegions.push_back(pr.region);
        const test::WordMatch m = test::matchWords(truthRegions, storedRegions);
        EXPECT_GE(double(m.sameText) / m.truth, 0.6) << "image " << r.id;
    }
    // A second run may not take the same name; nothing is written for it.
    auto again = runAutolabel(*p.store, options(QStringLiteral("ocr-1")));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::InvalidArgument);
    auto runs = p.store->runs();
    ASSERT_TRUE(runs);
    EXPECT_EQ(runs->size(), 3u); // the demo's own two synthetic runs and ocr-1
}

TEST(Autolabel, CountsTheWordsBelowTheAcceptanceThresholdAsThePromotionLeavesThemOut)
{
    Project p;
    ASSERT_TRUE(p.open());
    AutolabelOptions o = options(QStringLiteral("ocr-t"), 2);
    o.acceptThreshold = 0.9; // high enough that the demo's pages have words on both sides of it
    auto summary = runAutolabel(*p.store, o);
    ASSERT_TRUE(summary) << summary.error().toString();
    EXPECT_EQ(summary->acceptThreshold, 0.9);
    // Counted independently from what the run stored.
    std::int64_t below = 0;
    std::map<ImageId, std::int64_t> byImage;
    auto stored = p.store->predictions(summary->run);
    ASSERT_TRUE(stored);
    for (const Prediction& w : *stored) {
        if (!(w.region.confidence >= 0.9)) {
            ++below;
            ++byImage[w.image];
        }
    }
    ASSERT_GT(below, 0);
    ASSERT_LT(below, summary->words);
    EXPECT_EQ(summary->belowThreshold, below);
    const std::map<ImageId, std::int64_t> reported(summary->belowByImage.begin(), summary->belowByImage.end());
    EXPECT_EQ(reported, byImage);
    const nlohmann::json settings = settingsOf(*p.store, QStringLiteral("ocr-t"));
    EXPECT_EQ(settings.value("below_threshold", -1), below);
    EXPECT_EQ(settings.value("accept_threshold", 0.0), 0.9);
    // The promotion at the same threshold leaves out exactly those words.
    PromoteOptions promote;
    promote.run = summary->runName;
    promote.annotator = QStringLiteral("pre");
    promote.minConfidence = 0.9;
    auto promoted = promotePredictions(*p.store, promote);
    ASSERT_TRUE(promoted) << promoted.error().toString();
    EXPECT_EQ(promoted->skippedLowConfidence, below);

    // Threshold 0 counts none.
    AutolabelOptions none = options(QStringLiteral("ocr-0"), 1);
    none.acceptThreshold = 0;
    none.images = { p.images[0].id };
    auto all = runAutolabel(*p.store, none);
    ASSERT_TRUE(all) << all.error().toString();
    EXPECT_GT(all->words, 0);
    EXPECT_EQ(all->belowThreshold, 0);
    EXPECT_TRUE(all->belowByImage.empty());
}

TEST(Autolabel, ChosenImagesOnlyAndNamesItsRun)
{
    Project p;
    ASSERT_TRUE(p.open());
    AutolabelOptions o = options({}, 1);
    o.images = { p.images[0].id };
    auto summary = runAutolabel(*p.store, o);
    ASSERT_TRUE(summary) << summary.error().toString();
    EXPECT_EQ(summary->imagesDone, 1);
    EXPECT_TRUE(summary->runName.startsWith(QLatin1String("tesseract-eng-"))) << summary->runName;
    auto counts = PredictionRepository(*p.store).countsByImage(summary->run);
    ASSERT_TRUE(counts);
    ASSERT_EQ(counts->size(), 1u);
    EXPECT_EQ(counts->begin()->first, p.images[0].id);
    auto runs = p.store->runs();
    ASSERT_TRUE(runs);
    EXPECT_EQ(runs->back().model, QStringLiteral("tesseract ") + TesseractEngine::libraryVersion());
}

TEST(Autolabel, CancelLeavesWholeImagesOnly)
{
    Project p;
    ASSERT_TRUE(p.open());
    auto full = runAutolabel(*p.store, options(QStringLiteral("full")));
    ASSERT_TRUE(full) << full.error().toString();
    auto fullCounts = PredictionRepository(*p.store).countsByImage(full->run);
    ASSERT_TRUE(fullCounts);
    ASSERT_EQ(fullCounts->size(), static_cast<std::size_t>(test::kDemoPages));

    for (const int threads : { 1, 2 }) {
        SCOPED_TRACE(threads);
        const QString name = QStringLiteral("canceled-%1").arg(threads);
        CancelAfter progress(1);
        auto summary = runAutolabel(*p.store, options(name, threads), &progress);
        ASSERT_TRUE(summary) << summary.error().toString();
        EXPECT_TRUE(summary->canceled);
        // The run stopped before the last image: the cancel came once the first was written.
        EXPECT_GE(summary->imagesDone, 1);
        EXPECT_LT(summary->imagesDone, test::kDemoPages);
        EXPECT_EQ(summary->imagesFailed, 0);
        // Every image has all the words of the uncanceled run, or none.
        auto counts = PredictionRepository(*p.store).countsByImage(summary->run);
        ASSERT_TRUE(counts);
        EXPECT_EQ(counts->size(), static_cast<std::size_t>(summary->imagesDone));
        std::int64_t words = 0;
        for (const auto& [image, n] : *counts) {
            EXPECT_EQ(n, fullCounts->at(image)) << "image " << image << " is half written";
            words += n;
        }
        EXPECT_EQ(words, summary->words);
        // The store agrees with the summary and passes its checks.
        const nlohmann::json settings = settingsOf(*p.store, name);
        EXPECT_EQ(settings.value("status", ""), "canceled");
        EXPECT_EQ(settings.value("images_done", -1), summary->imagesDone);
        EXPECT_EQ(settings.value("words", std::int64_t(-1)), summary->words);
        auto all = p.store->predictions(summary->run);
        ASSERT_TRUE(all);
        EXPECT_EQ(static_cast<std::int64_t>(all->size()), summary->words);
        auto check = p.store->check();
        ASSERT_TRUE(check);
        EXPECT_TRUE(check->ok());
        // How soon the engines stop mid-page is a figure: lector-bench-prelabel --cancel.
    }
    // A canceled run can be thrown away whole.
    auto canceled = PredictionRepository(*p.store).findRun(QStringLiteral("canceled-1"));
    ASSERT_TRUE(canceled && *canceled);
    ASSERT_TRUE(PredictionRepository(*p.store).removeRun((*canceled)->id));
    auto left = p.store->predictions((*canceled)->id);
    ASSERT_TRUE(left);
    EXPECT_TRUE(left->empty());
}

/// An engine that reads one page at once (one word) and stays on every other page until the run's stop flag is set,
/// as a long Tesseract page does; it counts the pages it is on, those it left because of the flag and those it gave
/// up on.
class WaitingEngine : public OcrEngine {
public:
    struct Shared {
        QString quickPage;
        std::atomic<int> waiting { 0 };
        std::atomic<int> stoppedMidPage { 0 };
        std::atomic<int> gaveUp { 0 };
    };
    explicit WaitingEngine(Shared& shared)
        : m_shared(shared)
    {
    }
    QString name() const override { return QStringLiteral("waiting-test"); }
    QString version() const override { return QStringLiteral("1"); }
    const OcrSettings& settings() const override { return m_settings; }
    Result<std::vector<Region>> readPage(const OcrImage& image, const std::atomic<bool>* cancel) override
    {
        if (image.path() == m_shared.quickPage) {
            Region word;
            word.polygon = Polygon::fromBox({ 10, 10, 60, 30 });
            word.text = QStringLiteral("quick");
            return std::vector<Region> { word };
        }
        // The deadline only keeps a broken cancel from hanging the test; nothing here is timed.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        ++m_shared.waiting;
        while (!(cancel && cancel->load()) && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        if (cancel && cancel->load()) {
            ++m_shared.stoppedMidPage;
            return LECTOR_ERROR(ErrorCode::Canceled, QStringLiteral("canceled"));
        }
        ++m_shared.gaveUp;
        return std::vector<Region> {};
    }
    Result<std::vector<OcrText>> readRegions(const OcrImage&, const std::vector<Polygon>& regions) override
    {
        return std::vector<OcrText>(regions.size());
    }

private:
    Shared& m_shared;
    OcrSettings m_settings;
};

/// Cancels once an image is written and an engine is inside a page.
class CancelMidPage : public Progress {
public:
    explicit CancelMidPage(const WaitingEngine::Shared& shared)
        : m_shared(shared)
    {
    }
    void report(std::int64_t done, std::int64_t) override { m_done = done; }
    bool isCanceled() const override { return m_done >= 1 && m_shared.waiting > 0; }

private:
    const WaitingEngine::Shared& m_shared;
    std::atomic<std::int64_t> m_done { 0 };
};

TEST(Autolabel, ACancelReachesTheEnginesMidPage)
{
    // Page 1 is read at once, the others wait for the stop flag; the cancel comes once page 1 is written and an
    // engine is inside another page. Only the writing thread can see that cancel then, and it must pass it on.
    Project p;
    ASSERT_TRUE(p.open());
    WaitingEngine::Shared shared;
    shared.quickPage = p.store->absoluteImagePath(p.images[0]);
    OcrEngine::registerEngine(
        QStringLiteral("waiting-test"), [&shared](const OcrSettings&) -> Result<std::unique_ptr<OcrEngine>> {
            return std::unique_ptr<OcrEngine>(std::make_unique<WaitingEngine>(shared));
        });
    for (const int threads : { 1, 2 }) {
        SCOPED_TRACE(threads);
        shared.waiting = 0;
        shared.stoppedMidPage = 0;
        shared.gaveUp = 0;
        AutolabelOptions o = options(QStringLiteral("waiting-%1").arg(threads), threads);
        o.engine = QStringLiteral("waiting-test");
        CancelMidPage progress(shared);
        auto summary = runAutolabel(*p.store, o, &progress);
        ASSERT_TRUE(summary) << summary.error().toString();
        EXPECT_TRUE(summary->canceled);
        EXPECT_EQ(shared.gaveUp.load(), 0) << "an engine waited for a cancel that never reached it";
        EXPECT_GE(shared.stoppedMidPage.load(), 1);
        EXPECT_LE(shared.stoppedMidPage.load(), threads);
        EXPECT_EQ(summary->imagesDone, 1);
        EXPECT_EQ(summary->words, 1);
        EXPECT_EQ(summary->imagesFailed, 0); // a page left because of the cancel is not a failure
        EXPECT_EQ(settingsOf(*p.store, o.runName).value("status", ""), "canceled");
    }
    // The factory captures `shared`: leave nothing behind that outlives it.
    OcrEngine::registerEngine(
        QStringLiteral("waiting-test"), [](const OcrSettings&) -> Result<std::unique_ptr<OcrEngine>> {
            return LECTOR_ERROR(ErrorCode::InvalidArgument, QStringLiteral("test engine gone"));
        });
}

TEST(Autolabel, ABrokenImageIsSkippedAndRecorded)
{
    Project p;
    ASSERT_TRUE(p.open());
    const QString broken = p.store->absoluteImagePath(p.images[1]);
    {
        QFile f(broken);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("this is no PNG any more");
    }
    auto summary = runAutolabel(*p.store, options(QStringLiteral("skip")));
    ASSERT_TRUE(summary) << summary.error().toString();
    EXPECT_EQ(summary->imagesDone, test::kDemoPages - 1);
    EXPECT_EQ(summary->imagesFailed, 1);
    ASSERT_EQ(summary->failures.size(), 1u);
    EXPECT_EQ(summary->failures[0].path, broken);
    EXPECT_TRUE(summary->failures[0].message.contains(QLatin1String("decode"))) << summary->failures[0].message;
    auto counts = PredictionRepository(*p.store).countsByImage(summary->run);
    ASSERT_TRUE(counts);
    EXPECT_EQ(counts->count(p.images[1].id), 0u);
    EXPECT_EQ(counts->size(), static_cast<std::size_t>(test::kDemoPages - 1));
    const nlohmann::json settings = settingsOf(*p.store, QStringLiteral("skip"));
    EXPECT_EQ(settings.value("status", ""), "complete");
    ASSERT_TRUE(settings.contains("failures"));
    EXPECT_EQ(settings["failures"][0]["path"], broken.toStdString());
    EXPECT_EQ(settings["failures"][0]["image"], p.images[1].id);

    // Strict: the error names the file; what was read before it stays whole, the store passes its checks.
    AutolabelOptions strict = options(QStringLiteral("strict"), 1);
    strict.stopOnError = true;
    auto failed = runAutolabel(*p.store, strict);
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, ErrorCode::Decode);
    EXPECT_EQ(failed.error().path, broken);
    EXPECT_TRUE(failed.error().toString().contains(broken));
    auto strictRun = PredictionRepository(*p.store).findRun(QStringLiteral("strict"));
    ASSERT_TRUE(strictRun && *strictRun);
    auto strictCounts = PredictionRepository(*p.store).countsByImage((*strictRun)->id);
    ASSERT_TRUE(strictCounts);
    EXPECT_LE(strictCounts->size(), 1u); // at most the first image, read before the broken second
    for (const auto& [image, n] : *strictCounts)
        EXPECT_EQ(n, counts->at(image));
    EXPECT_EQ(settingsOf(*p.store, QStringLiteral("strict")).value("status", ""), "failed");
    auto check = p.store->check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->integrityOk);
}

TEST(Autolabel, AReplacedImageOfAnotherSizeIsAFailure)
{
    Project p;
    ASSERT_TRUE(p.open());
    // Page 3 replaced by another picture: decodable, but no longer the image the store measured.
    const QString page3 = p.store->absoluteImagePath(p.images[2]);
    ASSERT_TRUE(cv::imwrite(page3.toStdString(), cv::Mat(300, 200, CV_8UC1, cv::Scalar(255))));
    AutolabelOptions o = options(QStringLiteral("changed"), 1);
    o.images = { p.images[2].id };
    auto summary = runAutolabel(*p.store, o);
    ASSERT_TRUE(summary) << summary.error().toString();
    EXPECT_EQ(summary->imagesFailed, 1);
    EXPECT_EQ(summary->imagesDone, 0);
    ASSERT_EQ(summary->failures.size(), 1u);
    EXPECT_EQ(summary->failures[0].path, page3);
    EXPECT_TRUE(summary->failures[0].message.contains(QLatin1String("changed since it was added")))
        << summary->failures[0].message;
}

TEST(Autolabel, NothingIsWrittenWhenItCannotStart)
{
    Project p;
    ASSERT_TRUE(p.open());
    auto before = p.store->runs();
    ASSERT_TRUE(before);
    AutolabelOptions o = options(QStringLiteral("x"));
    o.ocr.language = QStringLiteral("eng+xyz");
    auto missing = runAutolabel(*p.store, o);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().message.contains(QLatin1String("xyz")));
    o = options(QStringLiteral("x"));
    o.images = { 999 };
    auto unknownImage = runAutolabel(*p.store, o);
    ASSERT_FALSE(unknownImage);
    EXPECT_EQ(unknownImage.error().code, ErrorCode::NotFound);
    o = options(QStringLiteral("x"));
    o.engine = QStringLiteral("nope");
    EXPECT_FALSE(runAutolabel(*p.store, o));
    auto after = p.store->runs();
    ASSERT_TRUE(after);
    EXPECT_EQ(after->size(), before->size());
}

TEST(Autolabel, RecognizesGivenRegionsOfAProjectImage)
{
    Project p;
    ASSERT_TRUE(p.open());
    auto reference = p.store->findAnnotator(QStringLiteral("reference"));
    ASSERT_TRUE(reference && *reference);
    auto truth = p.store->annotations(p.images[0].id, (*reference)->id);
    ASSERT_TRUE(truth);
    std::vector<Polygon> quads;
    for (const Annotation& a : *truth)
        quads.push_back(a.region.polygon);
    auto engine = OcrEngine::create(QStringLiteral("tesseract"), options({}, 1, QStringLiteral("eng+kor")).ocr);
    ASSERT_TRUE(engine);
    auto texts = recognizeRegions(*p.store, p.images[0].id, quads, **engine);
    ASSERT_TRUE(texts) << texts.error().toString();
    ASSERT_EQ(texts->size(), quads.size());
    int same = 0;
    for (std::size_t i = 0; i < quads.size(); ++i)
        same += (*texts)[i].text == (*truth)[i].region.text;
    EXPECT_GE(same, int(quads.size()) * 85 / 100);
    auto missing = recognizeRegions(*p.store, 12345, quads, **engine);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

} // namespace lector
