// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/slice_regression.h>

#include "metrics/python_reference.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <random>

using namespace lector;

namespace {

Region word(double x, double y, const QString& text)
{
    Region r;
    r.polygon = Polygon::fromBox({ x, y, x + 40, y + 20 });
    r.text = text;
    return r;
}

/// The seed's case: 10 Latin and 2 Hangul words a page. The baseline misreads one Latin word a page and no Hangul
/// one; the new run reads every Latin word and misreads one Hangul word a page. The total holds (11 of 12 either
/// way); Hangul fell from 100 % to 50 %.
std::pair<DetectionEvalInput, DetectionEvalInput> seedCase(int pages, std::uint32_t noiseSeed = 0)
{
    DetectionEvalInput base, current;
    base.groundTruthName = current.groundTruthName = QStringLiteral("reference");
    base.detectionName = QStringLiteral("old");
    current.detectionName = QStringLiteral("new");
    std::mt19937 noise(noiseSeed);
    for (int p = 0; p < pages; ++p) {
        EvalImage image;
        image.id = p + 1;
        image.batch = QStringLiteral("b");
        image.width = 1000;
        image.height = 800;
        for (int w = 0; w < 12; ++w)
            image.groundTruth.push_back(word(50.0 * w, 10, w < 10 ? QStringLiteral("word") : QStringLiteral("한국")));
        EvalImage b = image, c = image;
        b.detections = c.detections = image.groundTruth;
        // With noise, how many Hangul words the new run misreads varies by page (0, 1 or 2), as real pages do.
        const int hangulWrong = noiseSeed == 0 ? 1 : static_cast<int>(noise() % 3);
        b.detections[static_cast<std::size_t>(p % 10)].text = QStringLiteral("wrod");
        for (int k = 0; k < hangulWrong; ++k)
            c.detections[static_cast<std::size_t>(10 + k)].text = QStringLiteral("한극");
        base.images.push_back(std::move(b));
        current.images.push_back(std::move(c));
    }
    return { base, current };
}

const SliceChange* find(const RegressionReport& r, const char* dimension, const char* bin, const char* metric)
{
    for (const SliceChange& c : r.changes)
        if (c.dimension == QLatin1String(dimension) && c.bin == QLatin1String(bin) && c.metric == QLatin1String(metric))
            return &c;
    return nullptr;
}

} // namespace

TEST(SliceRegression, FlagsTheSliceThatFellWhileTheTotalHeld)
{
    const auto [base, current] = seedCase(60);
    RegressionOptions options;
    options.resamples = 500;
    const RegressionReport report = compareRuns(base, current, options);
    const SliceChange* all = find(report, "all", "", "word_accuracy");
    ASSERT_NE(all, nullptr);
    EXPECT_DOUBLE_EQ(all->baseline, 11.0 / 12.0);
    EXPECT_DOUBLE_EQ(all->current, 11.0 / 12.0);
    EXPECT_FALSE(all->regressed);
    const SliceChange* hangul = find(report, "script", "hangul", "word_accuracy");
    ASSERT_NE(hangul, nullptr);
    EXPECT_DOUBLE_EQ(hangul->baseline, 1.0);
    EXPECT_DOUBLE_EQ(hangul->current, 0.5);
    EXPECT_TRUE(hangul->regressed);
    EXPECT_LE(hangul->low, hangul->delta);
    EXPECT_GE(hangul->high, hangul->delta);
    const SliceChange* latin = find(report, "script", "latin", "word_accuracy");
    ASSERT_NE(latin, nullptr);
    EXPECT_TRUE(latin->improved);
    EXPECT_FALSE(latin->regressed);
    // Detection did not change anywhere: no recall is flagged.
    for (const SliceChange& c : report.changes) {
        if (c.metric == QLatin1String("recall")) {
            EXPECT_FALSE(c.regressed || c.improved) << c.dimension << " " << c.bin;
        }
    }
    const auto flagged = report.regressions();
    ASSERT_EQ(flagged.size(), 1u);
    EXPECT_EQ(flagged[0].bin, QStringLiteral("hangul"));

    // The point figures are the evaluation's own per slice.
    for (const auto* input : { &base, &current }) {
        const DetectionEvalReport eval = evaluateDetections(*input);
        for (const SliceEvaluation& s : eval.perSlice) {
            const SliceChange* c = find(report, qPrintable(s.dimension), qPrintable(s.bin), "word_accuracy");
            ASSERT_NE(c, nullptr) << s.dimension << " " << s.bin;
            EXPECT_DOUBLE_EQ(input == &base ? c->baseline : c->current, s.counts.wordAccuracy())
                << s.dimension << s.bin;
        }
    }
}

TEST(SliceRegression, TooFewWordsAreReportedButNeverFlagged)
{
    const auto [base, current] = seedCase(3);
    RegressionOptions options;
    options.minGroundTruth = 10; // 3 pages hold 6 Hangul words
    const RegressionReport report = compareRuns(base, current, options);
    const SliceChange* hangul = find(report, "script", "hangul", "word_accuracy");
    ASSERT_NE(hangul, nullptr);
    EXPECT_EQ(hangul->groundTruth, 6);
    EXPECT_FALSE(hangul->regressed);
}

TEST(SliceRegression, ThePairedBootstrapIntervalMatchesNumpys)
{
    if (!test::pythonHas({ QStringLiteral("numpy") }))
        GTEST_SKIP() << "/usr/bin/python3 with numpy is needed for the reference bootstrap";
    const auto [base, current] = seedCase(80, 7);
    RegressionOptions options;
    options.resamples = 20000;
    const RegressionReport report = compareRuns(base, current, options);
    const SliceChange* hangul = find(report, "script", "hangul", "word_accuracy");
    ASSERT_NE(hangul, nullptr);
    // The per-page counts of the Hangul slice, counted here from the inputs themselves.
    QJsonArray pages;
    for (std::size_t i = 0; i < base.images.size(); ++i) {
        int right[2] = { 0, 0 };
        for (int side = 0; side < 2; ++side) {
            const EvalImage& image = side == 0 ? base.images[i] : current.images[i];
            for (std::size_t w = 10; w < 12; ++w)
                right[side] += image.detections[w].text == image.groundTruth[w].text;
        }
        pages.append(QJsonArray { 2, right[0], right[1] });
    }
    const QString script
        = QStringLiteral("import json, sys, numpy as np\n"
                         "d = np.array(json.load(sys.stdin), dtype=float)\n"
                         "rng = np.random.default_rng(3)\n"
                         "idx = rng.integers(0, len(d), size=(20000, len(d)))\n"
                         "s = d[idx].sum(axis=1)\n"
                         "delta = s[:, 2] / s[:, 0] - s[:, 1] / s[:, 0]\n"
                         "print(json.dumps([float(np.percentile(delta, 2.5)), float(np.percentile(delta, 97.5)),\n"
                         "                  float(d[:, 2].sum() / d[:, 0].sum() - d[:, 1].sum() / d[:, 0].sum())]))\n");
    QString error;
    const auto out = test::runPython(script, QJsonDocument(pages).toJson(QJsonDocument::Compact), &error);
    ASSERT_TRUE(out.has_value()) << error;
    const QJsonArray reference = QJsonDocument::fromJson(*out).array();
    ASSERT_EQ(reference.size(), 3);
    EXPECT_NEAR(hangul->delta, reference[2].toDouble(), 1e-12);
    // Two bootstraps with their own random numbers: 20,000 resamples each put the bounds within 0.01.
    EXPECT_NEAR(hangul->low, reference[0].toDouble(), 0.01);
    EXPECT_NEAR(hangul->high, reference[1].toDouble(), 0.01);
}
