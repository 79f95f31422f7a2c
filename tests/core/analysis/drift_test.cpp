// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/drift.h>
#include <lector/analysis/drift_statistics.h>
#include <lector/image/image_properties.h>
#include <lector/io/import_batch.h>
#include <lector/store/image_property_repository.h>
#include <lector/store/project_store.h>

#include "metrics/python_reference.h"
#include "store_backend.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace lector;

namespace {

bool haveScipy() { return test::pythonHas({ QStringLiteral("scipy"), QStringLiteral("numpy") }); }

QJsonObject runReference(const QString& script, const QJsonObject& request)
{
    QString error;
    const auto out = test::runPython(script, QJsonDocument(request).toJson(QJsonDocument::Compact), &error);
    EXPECT_TRUE(out.has_value()) << error.toStdString();
    return out ? QJsonDocument::fromJson(*out).object() : QJsonObject {};
}

// A page of `lines` lines of word-like ink blocks, at `skew` degrees (OpenCV's positive angle: counterclockwise).
cv::Mat textPage(int width, int height, double skew, std::mt19937& rng, int paper = 245, double blur = 0.6)
{
    cv::Mat page(height, width, CV_8UC1, cv::Scalar(paper));
    std::uniform_int_distribution<int> wordWidth(15, 60), gap(6, 14), ink(10, 60);
    for (int y = height / 10; y < height * 9 / 10; y += 26) {
        int x = width / 10;
        while (x < width * 9 / 10) {
            const int w = wordWidth(rng);
            cv::rectangle(page, cv::Rect(x, y, std::min(w, width * 9 / 10 - x), 11), cv::Scalar(ink(rng)), cv::FILLED);
            x += w + gap(rng);
        }
    }
    if (skew != 0) {
        const cv::Mat m = cv::getRotationMatrix2D(cv::Point2f(float(width) / 2, float(height) / 2), skew, 1.0);
        cv::warpAffine(page, page, m, page.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(paper));
    }
    if (blur > 0)
        cv::GaussianBlur(page, page, cv::Size(0, 0), blur);
    return page;
}

} // namespace

TEST(DriftStatistics, ExactKsWassersteinAndJensenShannonMatchScipy)
{
    if (!haveScipy())
        GTEST_SKIP() << "/usr/bin/python3 with scipy is needed for the reference";
    std::mt19937 rng(5);
    std::normal_distribution<double> base(10, 3), shifted(11, 3.5);
    // Equal sizes, unequal sizes, ties, tiny samples, and a baseline much larger than the current side.
    const std::vector<std::pair<int, int>> sizes { { 40, 40 }, { 37, 55 }, { 120, 90 }, { 7, 5 }, { 300, 25 } };
    std::vector<std::pair<std::vector<double>, std::vector<double>>> samples;
    QJsonArray pairs;
    for (std::size_t c = 0; c < sizes.size(); ++c) {
        std::vector<double> a, b;
        for (int i = 0; i < sizes[c].first; ++i)
            a.push_back(c == 2 ? std::round(base(rng)) : base(rng));
        for (int i = 0; i < sizes[c].second; ++i)
            b.push_back(c == 2 ? std::round(shifted(rng)) : c % 2 ? shifted(rng) : base(rng));
        pairs.append(QJsonArray { test::toJsonArray(a), test::toJsonArray(b) });
        samples.emplace_back(a, b);
    }
    const std::vector<std::vector<double>> shares { { 10, 0, 5, 20, 1 }, { 3, 4, 0, 25, 1 } };
    QJsonObject request;
    request[QStringLiteral("pairs")] = pairs;
    request[QStringLiteral("js")] = QJsonArray { test::toJsonArray(shares[0]), test::toJsonArray(shares[1]) };
    const QJsonObject reference = runReference(QStringLiteral("import json, sys, numpy as np\n"
                                                              "from scipy import stats\n"
                                                              "from scipy.spatial import distance\n"
                                                              "q = json.load(sys.stdin)\n"
                                                              "out = []\n"
                                                              "for a, b in q['pairs']:\n"
                                                              "    r = stats.ks_2samp(a, b, method='exact')\n"
                                                              "    w = stats.wasserstein_distance(a, b)\n"
                                                              "    out.append([float(r.statistic), float(r.pvalue), "
                                                              "float(w), float(w / max(np.std(a), 0.001))])\n"
                                                              "js = float(distance.jensenshannon(*q['js']))\n"
                                                              "print(json.dumps({'pairs': out, 'js': js}))\n"),
        request);
    const QJsonArray ref = reference[QStringLiteral("pairs")].toArray();
    ASSERT_EQ(ref.size(), int(samples.size()));
    for (std::size_t c = 0; c < samples.size(); ++c) {
        const QJsonArray r = ref[int(c)].toArray();
        const KsResult ks = ksTwoSample(samples[c].first, samples[c].second, KsMethod::Exact);
        EXPECT_NEAR(ks.statistic, r[0].toDouble(), 1e-12) << c;
        EXPECT_NEAR(ks.pValue, r[1].toDouble(), 1e-9) << c;
        // Auto is exact at these sizes.
        EXPECT_EQ(ksTwoSample(samples[c].first, samples[c].second, KsMethod::Auto).pValue, ks.pValue) << c;
        EXPECT_NEAR(wassersteinDistance(samples[c].first, samples[c].second), r[2].toDouble(), 1e-9) << c;
        EXPECT_NEAR(normedWassersteinDistance(samples[c].first, samples[c].second), r[3].toDouble(), 1e-9) << c;
    }
    EXPECT_NEAR(jensenShannonDistance(shares[0], shares[1]), reference[QStringLiteral("js")].toDouble(), 1e-12);
    EXPECT_EQ(jensenShannonDistance(shares[0], shares[0]), 0.0);
}

TEST(DriftStatistics, TestsRaiseFalseAlarmsAtTheirLevelAndDistancesNotAtAll)
{
    // Two samples of one distribution, many times: KS at p < 0.05 calls about 5 % of them drift (at most 5 % for
    // the exact test of a discrete statistic); the normed Wasserstein distance of large samples stays below 0.1.
    std::mt19937 rng(21);
    std::lognormal_distribution<double> dist(3, 0.6);
    int alarms = 0, distanceAlarms = 0;
    const int trials = 300;
    for (int t = 0; t < trials; ++t) {
        std::vector<double> a(200), b(150);
        for (double& v : a)
            v = dist(rng);
        for (double& v : b)
            v = dist(rng);
        alarms += ksTwoSample(a, b, KsMethod::Auto).pValue < 0.05 ? 1 : 0;
        if (t % 10 == 0) {
            std::vector<double> big(5000), other(5000);
            for (double& v : big)
                v = dist(rng);
            for (double& v : other)
                v = dist(rng);
            distanceAlarms += normedWassersteinDistance(big, other) >= 0.1 ? 1 : 0;
        }
    }
    // Binomial(300, 0.05): mean 15, sd 3.8; the bounds are four sd out.
    EXPECT_GE(alarms, 1);
    EXPECT_LE(alarms, 30);
    EXPECT_EQ(distanceAlarms, 0);
}

TEST(ImageProperties, BrightnessContrastAndSharpnessMatchNumpyAndScipyOnARealScan)
{
    const QString path = test::sharedDataDir() + QStringLiteral("/funsd/training_data/images/93329540.png");
    if (!QFile::exists(path))
        GTEST_SKIP() << "the FUNSD sample is not here";
    if (!haveScipy())
        GTEST_SKIP() << "/usr/bin/python3 with scipy is needed for the reference";
    // The measurement scale made independently here: the full grayscale decode resized to the long side.
    cv::Mat gray = cv::imread(path.toStdString(), cv::IMREAD_GRAYSCALE);
    ASSERT_FALSE(gray.empty());
    const double f = double(kMeasureLongSide) / std::max(gray.cols, gray.rows);
    if (f < 1)
        cv::resize(gray, gray, cv::Size(int(std::lround(gray.cols * f)), int(std::lround(gray.rows * f))), 0, 0,
            cv::INTER_AREA);
    const ImageProperties direct
        = measureGrayImage(gray.ptr<unsigned char>(0), gray.cols, gray.rows, int(gray.step[0]));
    auto fromFile = measureImageFile(path);
    ASSERT_TRUE(fromFile) << fromFile.error().toString().toStdString();
    EXPECT_DOUBLE_EQ(fromFile->brightness, direct.brightness);
    EXPECT_DOUBLE_EQ(fromFile->sharpness, direct.sharpness);

    QJsonArray pixels;
    for (int y = 0; y < gray.rows; ++y)
        for (int x = 0; x < gray.cols; ++x)
            pixels.append(int(gray.at<unsigned char>(y, x)));
    QJsonObject request;
    request[QStringLiteral("rows")] = gray.rows;
    request[QStringLiteral("pixels")] = pixels;
    const QJsonObject ref
        = runReference(QStringLiteral("import json, sys, numpy as np\n"
                                      "from scipy import ndimage\n"
                                      "q = json.load(sys.stdin)\n"
                                      "a = np.array(q['pixels'], dtype=float).reshape(q['rows'], -1)\n"
                                      "lap = ndimage.laplace(a, mode='reflect')\n"
                                      "print(json.dumps({'mean': float(a.mean()), 'std': "
                                      "float(a.std()), 'lap': float(lap.var())}))\n"),
            request);
    EXPECT_NEAR(direct.brightness, ref[QStringLiteral("mean")].toDouble(), 1e-9);
    EXPECT_NEAR(direct.contrast, ref[QStringLiteral("std")].toDouble(), 1e-9);
    EXPECT_NEAR(direct.sharpness, ref[QStringLiteral("lap")].toDouble(), 1e-6 * direct.sharpness);
}

TEST(ImageProperties, SkewRecoversTheAngleAPageWasTurnedBy)
{
    std::mt19937 rng(3);
    for (const double angle : { -6.0, -2.5, -0.5, 0.0, 1.0, 2.0, 3.5, 8.0 }) {
        const cv::Mat page = textPage(800, 1000, angle, rng);
        const ImageProperties p = measureGrayImage(page.ptr<unsigned char>(0), page.cols, page.rows, int(page.step[0]));
        EXPECT_NEAR(p.skew, angle, 0.2) << angle;
    }
    // A real form turned by 2 and -3 degrees reads that much more or less than the scan itself.
    const QString path = test::sharedDataDir() + QStringLiteral("/funsd/training_data/images/91914407.png");
    if (!QFile::exists(path))
        return;
    cv::Mat gray = cv::imread(path.toStdString(), cv::IMREAD_GRAYSCALE);
    const ImageProperties level = measureGrayImage(gray.ptr<unsigned char>(0), gray.cols, gray.rows, int(gray.step[0]));
    EXPECT_LT(std::abs(level.skew), 1.5);
    for (const double angle : { 2.0, -3.0 }) {
        const cv::Mat m = cv::getRotationMatrix2D(cv::Point2f(float(gray.cols) / 2, float(gray.rows) / 2), angle, 1.0);
        cv::Mat turned;
        cv::warpAffine(gray, turned, m, gray.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(255));
        const ImageProperties p
            = measureGrayImage(turned.ptr<unsigned char>(0), turned.cols, turned.rows, int(turned.step[0]));
        EXPECT_NEAR(p.skew - level.skew, angle, 0.3) << angle;
    }
}

TEST(ImageProperties, ADarkerBlurredScanMeasuresDarkerAndBlurrier)
{
    std::mt19937 rng(8);
    const cv::Mat clean = textPage(600, 800, 0, rng, 245, 0.5);
    cv::Mat dark = clean - cv::Scalar(70);
    cv::Mat blurred;
    cv::GaussianBlur(clean, blurred, cv::Size(0, 0), 2.0);
    auto measure
        = [](const cv::Mat& m) { return measureGrayImage(m.ptr<unsigned char>(0), m.cols, m.rows, int(m.step[0])); };
    const ImageProperties a = measure(clean), b = measure(dark), c = measure(blurred);
    EXPECT_LT(b.brightness, a.brightness - 50);
    EXPECT_LT(c.sharpness, a.sharpness * 0.3);
    EXPECT_NEAR(c.brightness, a.brightness, 1.0);
}

TEST(DriftCompare, MethodsAndThresholdsFollowEvidentlysChoice)
{
    std::mt19937 rng(2);
    std::normal_distribution<double> n0(0, 1), n1(0.5, 1);
    auto sample = [&](std::normal_distribution<double>& d, int n) {
        std::vector<double> v(std::size_t(n), 0.0);
        for (double& x : v)
            x = d(rng);
        return v;
    };
    // A baseline of at most 1,000 values is tested (KS), a larger one measured (normed Wasserstein).
    const PropertyDrift small = compareContinuous(sample(n0, 300), sample(n1, 300));
    EXPECT_EQ(small.method, DriftMethod::KolmogorovSmirnov);
    EXPECT_EQ(small.score, small.pValue);
    EXPECT_EQ(small.drifted, small.pValue < 0.05);
    EXPECT_TRUE(small.drifted);
    const PropertyDrift large = compareContinuous(sample(n0, 3000), sample(n1, 3000));
    EXPECT_EQ(large.method, DriftMethod::Wasserstein);
    EXPECT_EQ(large.score, large.distance);
    EXPECT_TRUE(large.drifted); // a shift of half a deviation: about 0.5
    EXPECT_NEAR(large.distance, 0.5, 0.1);
    // Five distinct values or fewer: categorical.
    const PropertyDrift few
        = compareContinuous({ 1, 2, 2, 3, 1, 2, 3, 3, 1, 2, 2, 2 }, { 1, 1, 1, 2, 1, 1, 3, 1, 1, 2, 1 });
    EXPECT_EQ(few.method, DriftMethod::ChiSquared);
    // Too few values: not judged, and says why.
    const PropertyDrift tiny = compareContinuous({ 1, 2, 3 }, sample(n0, 50));
    EXPECT_FALSE(tiny.judged());
    EXPECT_FALSE(tiny.drifted);
    EXPECT_TRUE(tiny.note.contains(QStringLiteral("too few"))) << tiny.note;
    // Categories: chi-squared for a small baseline, Jensen-Shannon for a large one; a category new in the current
    // side (which a goodness-of-fit test against the baseline could not take) is counted.
    const std::map<QString, std::int64_t> a { { QStringLiteral("latin"), 400 }, { QStringLiteral("digits"), 100 } };
    const std::map<QString, std::int64_t> b { { QStringLiteral("latin"), 250 }, { QStringLiteral("digits"), 90 },
        { QStringLiteral("hangul"), 160 } };
    const PropertyDrift chi = compareCategorical(a, b);
    EXPECT_EQ(chi.method, DriftMethod::ChiSquared);
    EXPECT_TRUE(chi.drifted);
    EXPECT_EQ(chiSquaredHomogeneity({ 400, 100, 0 }, { 250, 90, 160 }).pValue, chi.pValue);
    std::map<QString, std::int64_t> a10, b10;
    for (const auto& [k, n] : a)
        a10[k] = n * 10;
    for (const auto& [k, n] : b)
        b10[k] = n * 10;
    const PropertyDrift js = compareCategorical(a10, b10);
    EXPECT_EQ(js.method, DriftMethod::JensenShannon);
    EXPECT_NEAR(js.distance, jensenShannonDistance({ 400, 100, 0 }, { 250, 90, 160 }), 1e-12);
    EXPECT_TRUE(js.drifted);
    // Shares shown sum to one on both sides, most common category first.
    ASSERT_EQ(chi.bins.size(), 3);
    EXPECT_EQ(chi.bins[0], QStringLiteral("latin"));
    double sa = 0, sb = 0;
    for (std::size_t k = 0; k < chi.baselineShares.size(); ++k) {
        sa += chi.baselineShares[k];
        sb += chi.currentShares[k];
    }
    EXPECT_NEAR(sa, 1, 1e-12);
    EXPECT_NEAR(sb, 1, 1e-12);
    // PSI over ten baseline quantile bins (about the squared shift in deviations), judged at deepchecks' 0.2.
    EXPECT_GT(large.psi, 0.15);
    EXPECT_LT(large.psi, 0.45);
    EXPECT_EQ(large.psiDrifted, large.psi >= 0.2);
    EXPECT_LT(compareContinuous(sample(n0, 3000), sample(n0, 3000)).psi, 0.05);
}

TEST(DriftSelectionText, ParsesBatchesAndRangesOfDays)
{
    auto batch = parseDriftSelection(QStringLiteral("batch-3"));
    ASSERT_TRUE(batch);
    EXPECT_EQ(batch->batch, QStringLiteral("batch-3"));
    auto prefixed = parseDriftSelection(QStringLiteral("batch:2026-03-01..x"));
    ASSERT_TRUE(prefixed);
    EXPECT_EQ(prefixed->batch, QStringLiteral("2026-03-01..x"));
    auto range = parseDriftSelection(QStringLiteral("2026-03-02..2026-03-04"));
    ASSERT_TRUE(range);
    EXPECT_TRUE(range->batch.isEmpty());
    EXPECT_EQ(range->toMs - range->fromMs, 3 * 86'400'000LL);
    EXPECT_EQ(range->label(), QStringLiteral("2026-03-02..2026-03-04"));
    auto backwards = parseDriftSelection(QStringLiteral("2026-03-04..2026-03-02"));
    ASSERT_FALSE(backwards);
    EXPECT_TRUE(backwards.error().message.contains(QStringLiteral("2026-03-04..2026-03-02")));
}

namespace {

const char* const kLatin[] = { "invoice", "total", "date", "Paid", "amount", "the", "of", "Street", "tax", "order" };
const char* const kHangul[] = { "합계", "금액", "주소", "영수증", "날짜", "부가세", "공지", "안내" };

/// A project with two batches of synthetic scans, each with reference labels and a model run: `drifted` makes the
/// second batch darker, blurrier, more Korean and less confidently read.
class DriftStoreTest : public ::testing::TestWithParam<db::Backend> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_location = std::make_unique<test::ProjectLocation>(GetParam(), m_dir.path());
        LECTOR_REQUIRE_BACKEND(*m_location);
    }

    void makeProject(bool drifted, int perBatch = 40)
    {
        auto store = m_location->create();
        ASSERT_TRUE(store) << store.error().toString().toStdString();
        m_store = std::move(*store);
        QDir().mkpath(m_dir.filePath(QStringLiteral("images")));
        std::mt19937 rng(drifted ? 99 : 17);
        ImportBatch predictions;
        for (int b = 0; b < 2; ++b) {
            const bool odd = drifted && b == 1;
            ImportBatch labels;
            std::uniform_int_distribution<int> paper(odd ? 150 : 232, odd ? 185 : 250);
            std::uniform_real_distribution<double> blur(odd ? 1.8 : 0.4, odd ? 2.6 : 0.9), unit(0, 1);
            std::normal_distribution<double> conf(odd ? 0.72 : 0.9, 0.06);
            for (int i = 0; i < perBatch; ++i) {
                const cv::Mat page = textPage(300, 400, 0, rng, paper(rng), blur(rng));
                const QString path = m_dir.filePath(QStringLiteral("images/b%1_%2.png").arg(b).arg(i));
                ASSERT_TRUE(cv::imwrite(path.toStdString(), page));
                ImportedImage image, predicted;
                image.imagePath = predicted.imagePath = path;
                const int words = 8 + int(unit(rng) * 10);
                for (int w = 0; w < words; ++w) {
                    Region r;
                    const double x = 20 + 25.0 * (w % 10), y = 30 + 26.0 * (w / 10);
                    const double h = 9 + unit(rng) * 6;
                    r.polygon = Polygon::fromBox({ x, y, x + 15 + unit(rng) * 40, y + h });
                    const bool korean = unit(rng) < (odd ? 0.6 : 0.1);
                    r.text = korean ? QString::fromUtf8(kHangul[std::size_t(unit(rng) * 8)])
                                    : QString::fromUtf8(kLatin[std::size_t(unit(rng) * 10)]);
                    image.regions.push_back(r);
                    r.confidence = std::clamp(conf(rng), 0.0, 1.0);
                    predicted.regions.push_back(r);
                }
                labels.images.push_back(image);
                predictions.images.push_back(predicted);
            }
            ImportTarget target = ImportTarget::forAnnotator(QStringLiteral("reference"), Role::Lead);
            target.batch = QStringLiteral("batch-%1").arg(b + 1);
            auto imported = m_store->importBatch(labels, target);
            ASSERT_TRUE(imported) << imported.error().toString().toStdString();
        }
        auto predicted = m_store->importBatch(predictions, ImportTarget::forRun(QStringLiteral("ocr")));
        ASSERT_TRUE(predicted) << predicted.error().toString().toStdString();
    }

    DriftSelection side(int b) const { return *parseDriftSelection(QStringLiteral("batch-%1").arg(b)); }

    QTemporaryDir m_dir;
    std::unique_ptr<test::ProjectLocation> m_location; // before the store: it outlives it
    std::unique_ptr<ProjectStore> m_store;
};

} // namespace

TEST_P(DriftStoreTest, TwoBatchesOfOneDistributionRaiseNoAlarm)
{
    makeProject(false);
    auto report = computeDrift(*m_store, side(1), side(2));
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(report->baselineImages, 40);
    EXPECT_EQ(report->currentImages, 40);
    EXPECT_EQ(report->measured, 80);
    EXPECT_EQ(report->run, QStringLiteral("ocr"));
    EXPECT_EQ(report->properties.size(), std::size_t(driftPropertyKeys().size()));
    EXPECT_FALSE(report->datasetDrift) << report->verdict().toStdString();
    // Not one property moved: with thirteen of them at p < 0.05 one could by chance, but not at this seed, and
    // never the image properties the scans share (checked by hand: these draws give p > 0.1 for each).
    for (const PropertyDrift& p : report->properties)
        EXPECT_FALSE(p.drifted) << p.key.toStdString() << ": " << p.verdict().toStdString();
    // Every scan has one size and is level: width, height and skew are not judged, and say why.
    EXPECT_EQ(report->judged, 10);
    EXPECT_FALSE(report->property(QStringLiteral("skew"))->judged());
    EXPECT_FALSE(report->property(QStringLiteral("width"))->judged());
    EXPECT_TRUE(report->property(QStringLiteral("width"))->note.contains(QStringLiteral("one value")));
    // A second report measures nothing again.
    auto again = computeDrift(*m_store, side(1), side(2));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->measured, 0);
    EXPECT_EQ(
        again->property(QStringLiteral("brightness"))->pValue, report->property(QStringLiteral("brightness"))->pValue);
}

TEST_P(DriftStoreTest, ADarkerBlurrierMoreKoreanBatchIsCalledDrifted)
{
    makeProject(true);
    auto report = computeDrift(*m_store, side(1), side(2));
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    for (const char* key : { "brightness", "sharpness", "script", "characters", "confidence" }) {
        const PropertyDrift* p = report->property(QString::fromLatin1(key));
        ASSERT_NE(p, nullptr) << key;
        EXPECT_TRUE(p->drifted) << key << ": " << p->verdict().toStdString();
    }
    EXPECT_LT(report->property(QStringLiteral("brightness"))->currentMean,
        report->property(QStringLiteral("brightness"))->baselineMean - 40);
    // Same geometry on both sides: the boxes did not drift, and the images' sizes are one category.
    EXPECT_FALSE(report->property(QStringLiteral("box_height"))->drifted);
    EXPECT_FALSE(report->property(QStringLiteral("width"))->drifted);
    EXPECT_TRUE(report->datasetDrift) << report->verdict().toStdString();
    EXPECT_TRUE(report->verdict().startsWith(QStringLiteral("Dataset drift"))) << report->verdict().toStdString();

    // Several label readers on connections of their own add up what one does (an image's words may lie in two
    // readers' shares).
    for (const int readers : { 1, 3 }) {
        DriftOptions split;
        split.labelReaders = readers;
        auto again = computeDrift(*m_store, side(1), side(2), split);
        ASSERT_TRUE(again) << again.error().toString().toStdString();
        ASSERT_EQ(again->properties.size(), report->properties.size());
        for (std::size_t k = 0; k < report->properties.size(); ++k) {
            const PropertyDrift& a = report->properties[k];
            const PropertyDrift& b = again->properties[k];
            EXPECT_EQ(b.baselineCount, a.baselineCount) << a.key.toStdString();
            EXPECT_EQ(b.currentCount, a.currentCount) << a.key.toStdString();
            EXPECT_EQ(b.score, a.score) << a.key.toStdString() << " with " << readers;
            EXPECT_EQ(b.baselineShares, a.baselineShares) << a.key.toStdString();
        }
    }

    // Only one annotator's labels, and a run that does not exist.
    DriftOptions options;
    options.annotator = QStringLiteral("nobody");
    auto unknown = computeDrift(*m_store, side(1), side(2), options);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("nobody")));
    options = {};
    options.run = QStringLiteral("ocr-v9");
    auto noRun = computeDrift(*m_store, side(1), side(2), options);
    ASSERT_FALSE(noRun);
    EXPECT_TRUE(noRun.error().message.contains(QStringLiteral("ocr-v9")));
}

TEST_P(DriftStoreTest, BadSidesAndMissingImagesAreNamed)
{
    makeProject(false, 12);
    auto missing = computeDrift(*m_store, side(1), *parseDriftSelection(QStringLiteral("batch-9")));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("batch-9"))) << missing.error().message;
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("batch-1, batch-2"))) << missing.error().message;
    auto same = computeDrift(*m_store, side(1), side(1));
    ASSERT_FALSE(same);
    EXPECT_EQ(same.error().code, ErrorCode::InvalidArgument);
    auto empty = computeDrift(*m_store, side(1), *parseDriftSelection(QStringLiteral("1999-01-01..1999-01-31")));
    ASSERT_FALSE(empty);
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("1999-01-01..1999-01-31")));

    // A missing scan is listed and left out; a changed one is measured again, the rest read back.
    auto first = computeDrift(*m_store, side(1), side(2));
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    EXPECT_EQ(first->measured, 24);
    EXPECT_TRUE(first->problems.empty());
    ASSERT_TRUE(QFile::remove(m_dir.filePath(QStringLiteral("images/b1_0.png"))));
    std::mt19937 rng(1);
    const QString changed = m_dir.filePath(QStringLiteral("images/b1_1.png"));
    ASSERT_TRUE(QFile::remove(changed));
    ASSERT_TRUE(cv::imwrite(changed.toStdString(), textPage(310, 400, 0, rng, 120, 3.0)));
    auto second = computeDrift(*m_store, side(1), side(2));
    ASSERT_TRUE(second) << second.error().toString().toStdString();
    EXPECT_EQ(second->measured, 1);
    ASSERT_EQ(second->problems.size(), 1u);
    EXPECT_TRUE(second->problems[0].path.endsWith(QStringLiteral("b1_0.png")));
    EXPECT_TRUE(second->problems[0].message.contains(QStringLiteral("missing")));
    EXPECT_EQ(second->property(QStringLiteral("brightness"))->currentCount, 11);
    EXPECT_LT(second->property(QStringLiteral("brightness"))->currentMean,
        first->property(QStringLiteral("brightness"))->currentMean - 5);
    auto stored = ImagePropertyRepository(*m_store).all();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->size(), 24u);
}

LECTOR_ON_BOTH_BACKENDS(DriftStoreTest);
