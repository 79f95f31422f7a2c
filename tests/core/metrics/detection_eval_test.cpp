// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/detection_eval.h>

#include <lector/metrics/polygon_iou.h>

#include "io/icdar2015/icdar2015_format.h"
#include "python_reference.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>

using namespace lector;

namespace {

Region word(double x0, double y0, double x1, double y1, const QString& text = {}, double confidence = NAN)
{
    Region r;
    r.polygon = Polygon::fromBox({ x0, y0, x1, y1 });
    r.text = text;
    r.confidence = confidence;
    return r;
}

Region dontCare(double x0, double y0, double x1, double y1)
{
    Region r = word(x0, y0, x1, y1);
    r.flags = FlagDontCare;
    return r;
}

/// The hand-worked page (areas in square pixels):
///   g0 "Hello" 100x20 at the origin; d0 "Hello" covers x 10..100 of it: IoU 1800/2000 = 0.9, matched.
///   g1 "world" 100x20; d1 covers its left half exactly: IoU 1000/2000 = 0.5, NOT above 0.5, so no match.
///   g2 "###" 100x100 at (200, 0); d2 lies wholly inside it (set aside); d5 has exactly half its area (5000 of 10000)
///   inside: not more than half, so it stays a care detection (and a false positive).
///   g3 "ab" has no detection; d4 is far from everything.
EvalImage handWorkedPage()
{
    EvalImage image;
    image.id = 1;
    image.batch = QStringLiteral("b");
    image.groundTruth = { word(0, 0, 100, 20, QStringLiteral("Hello")), word(0, 40, 100, 60, QStringLiteral("world")),
        dontCare(200, 0, 300, 100), word(0, 100, 20, 110, QStringLiteral("ab")) };
    image.detections = { word(10, 0, 100, 20, QStringLiteral("Hello"), 0.9),
        word(0, 40, 50, 60, QStringLiteral("wor"), 0.8), word(210, 10, 260, 60, QStringLiteral("x"), 0.7),
        word(500, 500, 520, 510, QStringLiteral("y"), 0.6), word(150, 0, 250, 100, QStringLiteral("z"), 0.5) };
    return image;
}

} // namespace

TEST(DetectionEval, HandWorkedPageFollowsTheIcdarProtocol)
{
    ASSERT_DOUBLE_EQ(polygonIoU(Polygon::fromBox({ 0, 40, 100, 60 }), Polygon::fromBox({ 0, 40, 50, 60 })), 0.5);
    DetectionEvalInput input;
    input.images = { handWorkedPage() };
    const DetectionEvalReport r = evaluateDetections(input);
    const DetectionCounts& t = r.totals;
    EXPECT_EQ(t.groundTruth, 3);
    EXPECT_EQ(t.groundTruthDontCare, 1);
    EXPECT_EQ(t.detections, 4); // d0, d1, d4, d5
    EXPECT_EQ(t.detectionsDontCare, 1); // d2
    EXPECT_EQ(t.matched, 1);
    EXPECT_DOUBLE_EQ(t.precision(), 0.25);
    EXPECT_DOUBLE_EQ(t.recall(), 1.0 / 3);
    EXPECT_DOUBLE_EQ(t.hmean(), 2 * 0.25 / 3 / (0.25 + 1.0 / 3));
    EXPECT_DOUBLE_EQ(t.meanIoU(), 0.9);

    // The report keeps the image's summary; the per-image kernel gives its lists (what the canvas draws).
    const ImageEvaluation e = evaluateImage(input.images.at(0));
    EXPECT_EQ(e.counts.matched, r.perImage.at(0).counts.matched);
    EXPECT_EQ(e.hmean, r.perImage.at(0).hmean);
    ASSERT_EQ(e.matches.size(), 1u);
    EXPECT_EQ(e.matches[0].groundTruth, 0);
    EXPECT_EQ(e.matches[0].detection, 0);
    EXPECT_TRUE(e.matches[0].textEqual);
    EXPECT_EQ(e.falsePositives, (std::vector<int> { 1, 3, 4 }));
    EXPECT_EQ(e.missed, (std::vector<int> { 1, 3 }));
    EXPECT_EQ(e.dontCareDetections, (std::vector<int> { 2 }));

    // End to end: one of three care words read right; the matched word has no character errors.
    EXPECT_EQ(t.textEqual, 1);
    EXPECT_DOUBLE_EQ(t.wordAccuracy(), 1.0 / 3);
    EXPECT_DOUBLE_EQ(t.matchedWordAccuracy(), 1.0);
    EXPECT_EQ(t.charTotal, 5);
    EXPECT_DOUBLE_EQ(t.cer(), 0);

    // With the IoU lowered below 0.5, g1 and d1 match and "wor" costs two deletions out of five characters.
    DetectionEvalOptions lower;
    lower.iouThreshold = 0.49;
    const DetectionEvalReport l = evaluateDetections(input, lower);
    EXPECT_EQ(l.totals.matched, 2);
    EXPECT_EQ(l.totals.charErrors, 2);
    EXPECT_EQ(l.totals.charTotal, 10);
    EXPECT_DOUBLE_EQ(l.totals.cer(), 0.2);
    EXPECT_EQ(l.totals.wordErrors, 1);
    EXPECT_EQ(l.totals.wordTotal, 2);
    ASSERT_EQ(l.confusions.size(), 2u);
    EXPECT_EQ(l.confusions[0].truth, QStringLiteral("d"));
    EXPECT_EQ(l.confusions[0].detected, QString());
    EXPECT_EQ(l.confusions[1].truth, QStringLiteral("l"));
}

TEST(DetectionEval, ImagesWithoutCareGroundTruthOrDetectionsTakeTheScriptsValues)
{
    DetectionEvalInput input;
    EvalImage empty; // nothing at all: precision 1, recall 1
    empty.id = 1;
    EvalImage onlyDontCare; // a don't-care region and a detection outside it: precision 0, recall 1
    onlyDontCare.id = 2;
    onlyDontCare.groundTruth = { dontCare(0, 0, 10, 10) };
    onlyDontCare.detections = { word(50, 50, 60, 60) };
    EvalImage noDetections; // care ground truth, nothing detected: precision 0, recall 0
    noDetections.id = 3;
    noDetections.groundTruth = { word(0, 0, 10, 10, QStringLiteral("a")) };
    input.images = { empty, onlyDontCare, noDetections };
    const DetectionEvalReport r = evaluateDetections(input);
    EXPECT_DOUBLE_EQ(r.perImage[0].precision, 1);
    EXPECT_DOUBLE_EQ(r.perImage[0].recall, 1);
    EXPECT_DOUBLE_EQ(r.perImage[1].precision, 0);
    EXPECT_DOUBLE_EQ(r.perImage[1].recall, 1);
    EXPECT_DOUBLE_EQ(r.perImage[2].precision, 0);
    EXPECT_DOUBLE_EQ(r.perImage[2].recall, 0);
    // Totals are sums of counts, not means of the per-image figures (which would give recall 2/3).
    EXPECT_EQ(r.totals.images, 3);
    EXPECT_DOUBLE_EQ(r.totals.recall(), 0);
    EXPECT_DOUBLE_EQ(r.totals.precision(), 0);
}

TEST(DetectionEval, GreedyFollowsScriptOrderWhereHungarianFindsMore)
{
    // gt0 = x 0..100, gt1 = x 30..130 (height 10). det0 = x 15..115 overlaps both (IoU 85/115 = 0.739 each);
    // det1 = x -10..90 overlaps gt0 (90/110 = 0.818) and gt1 (60/140 = 0.43). The script gives gt0 the first free
    // detection above 0.5 (det0), leaving gt1 without one; the optimal assignment pairs gt0-det1 and gt1-det0.
    EvalImage image;
    image.id = 1;
    image.groundTruth = { word(0, 0, 100, 10, QStringLiteral("a")), word(30, 0, 130, 10, QStringLiteral("b")) };
    image.detections = { word(15, 0, 115, 10, QStringLiteral("b")), word(-10, 0, 90, 10, QStringLiteral("a")) };
    DetectionEvalInput input;
    input.images = { image };
    const DetectionEvalReport greedy = evaluateDetections(input);
    EXPECT_EQ(greedy.totals.matched, 1);
    const ImageEvaluation greedyImage = evaluateImage(image);
    ASSERT_EQ(greedyImage.matches.size(), 1u);
    EXPECT_EQ(greedyImage.matches[0].detection, 0);
    EXPECT_EQ(greedyImage.missed, (std::vector<int> { 1 }));
    EXPECT_EQ(greedy.totals.textEqual, 0);

    DetectionEvalOptions options;
    options.matching = MatchingMethod::Hungarian;
    const DetectionEvalReport optimal = evaluateDetections(input, options);
    EXPECT_EQ(optimal.totals.matched, 2);
    const ImageEvaluation optimalImage = evaluateImage(image, options);
    ASSERT_EQ(optimalImage.matches.size(), 2u);
    EXPECT_EQ(optimalImage.matches[0].detection, 1);
    EXPECT_EQ(optimalImage.matches[1].detection, 0);
    EXPECT_EQ(optimal.totals.textEqual, 2);
    EXPECT_DOUBLE_EQ(optimal.totals.wordAccuracy(), 1);
}

TEST(DetectionEval, IgnoreCaseAndWordErrors)
{
    EvalImage image;
    image.id = 1;
    image.groundTruth
        = { word(0, 0, 100, 20, QStringLiteral("New York")), word(0, 40, 100, 60, QStringLiteral("STOP")) };
    image.detections = { word(0, 0, 100, 20, QStringLiteral("new yrk")), word(0, 40, 100, 60, QStringLiteral("stop")) };
    DetectionEvalInput input;
    input.images = { image };
    const DetectionEvalReport exact = evaluateDetections(input);
    EXPECT_EQ(exact.totals.textEqual, 0);
    EXPECT_EQ(exact.totals.charErrors, 3 + 4); // N->n, Y->y, o dropped; four case changes
    EXPECT_EQ(exact.totals.charTotal, 12);
    EXPECT_EQ(exact.totals.wordErrors, 3); // both words of "New York" and "STOP"
    EXPECT_EQ(exact.totals.wordTotal, 3);
    DetectionEvalOptions folded;
    folded.ignoreCase = true;
    const DetectionEvalReport loose = evaluateDetections(input, folded);
    EXPECT_EQ(loose.totals.textEqual, 1);
    EXPECT_EQ(loose.totals.charErrors, 1);
    EXPECT_EQ(loose.totals.wordErrors, 1);
    EXPECT_DOUBLE_EQ(loose.totals.wordAccuracy(), 0.5);
    ASSERT_EQ(loose.confusions.size(), 1u);
    EXPECT_EQ(loose.confusions[0].truth, QStringLiteral("o"));
    EXPECT_TRUE(loose.confusions[0].detected.isEmpty());
}

TEST(DetectionEval, AlignCharactersNamesSubstitutionsDeletionsAndInsertions)
{
    const auto sub = alignCharacters(QStringLiteral("cat"), QStringLiteral("cut"));
    ASSERT_EQ(sub.size(), 1u);
    EXPECT_EQ(sub[0].truth, QStringLiteral("a"));
    EXPECT_EQ(sub[0].detected, QStringLiteral("u"));
    const auto ins = alignCharacters(QStringLiteral("ab"), QStringLiteral("abc"));
    ASSERT_EQ(ins.size(), 1u);
    EXPECT_TRUE(ins[0].truth.isEmpty());
    EXPECT_EQ(ins[0].detected, QStringLiteral("c"));
    const auto hangul = alignCharacters(QStringLiteral("한국어"), QStringLiteral("한구어"));
    ASSERT_EQ(hangul.size(), 1u);
    EXPECT_EQ(hangul[0].truth, QStringLiteral("국"));
    EXPECT_EQ(hangul[0].detected, QStringLiteral("구"));
    EXPECT_TRUE(alignCharacters(QStringLiteral("same"), QStringLiteral("same")).empty());
}

TEST(DetectionEval, ConfidenceCurveHistogramAndAveragePrecision)
{
    // Four ground-truth words; detections with confidences 0.9 (hit), 0.8 (miss), 0.7 (hit), 0.3 (hit).
    EvalImage image;
    image.id = 1;
    for (int i = 0; i < 4; ++i)
        image.groundTruth.push_back(word(0, 40 * i, 100, 40 * i + 20, QStringLiteral("w")));
    image.detections = { word(0, 0, 100, 20, {}, 0.9), word(500, 0, 600, 20, {}, 0.8), word(0, 40, 100, 60, {}, 0.7),
        word(0, 80, 100, 100, {}, 0.3) };
    DetectionEvalInput input;
    input.images = { image };
    const DetectionEvalReport r = evaluateDetections(input);
    ASSERT_EQ(r.scored.size(), 4u);
    EXPECT_DOUBLE_EQ(r.scored.front().confidence, 0.9);
    // compute_ap: (1/1 + 2/3 + 3/4) / 4.
    EXPECT_NEAR(r.averagePrecision, (1 + 2.0 / 3 + 0.75) / 4, 1e-12);

    const auto curve = precisionRecallCurve(r);
    ASSERT_EQ(curve.size(), 4u);
    EXPECT_DOUBLE_EQ(curve[0].threshold, 0.9);
    EXPECT_DOUBLE_EQ(curve[0].precision, 1);
    EXPECT_DOUBLE_EQ(curve[0].recall, 0.25);
    EXPECT_DOUBLE_EQ(curve[1].precision, 0.5);
    EXPECT_DOUBLE_EQ(curve[2].precision, 2.0 / 3);
    EXPECT_DOUBLE_EQ(curve[3].recall, 0.75);
    EXPECT_DOUBLE_EQ(curve[3].precision, r.totals.precision());
    const ThresholdPoint best = bestThreshold(curve);
    EXPECT_DOUBLE_EQ(best.threshold, 0.3); // H-mean 0.75 at the lowest threshold
    EXPECT_EQ(precisionRecallCurve(r, 2).size(), 2u);
    EXPECT_DOUBLE_EQ(precisionRecallCurve(r, 2).back().threshold, 0.3);

    const auto histogram = confidenceHistogram(r, 10);
    ASSERT_EQ(histogram.size(), 10u);
    EXPECT_EQ(histogram[9].matched, 1);
    EXPECT_EQ(histogram[8].unmatched, 1);
    EXPECT_EQ(histogram[7].matched, 1);
    EXPECT_EQ(histogram[3].matched, 1);

    // A detection without a confidence makes AP undefined.
    input.images[0].detections.push_back(word(900, 0, 950, 20));
    EXPECT_TRUE(std::isnan(evaluateDetections(input).averagePrecision));
}

TEST(DetectionEval, TheMoreConfidentOfTwoDetectionsOfOneWordIsTheMatch)
{
    // The script sorts each image's results by confidence before matching: 0.90 takes the word although 0.10 comes
    // first in the file. Its AP is then 1 (the one true positive ranks first); matched in file order it was 0.5.
    EvalImage image;
    image.id = 1;
    image.groundTruth = { word(0, 0, 100, 20, QStringLiteral("word")) };
    image.detections
        = { word(0, 0, 100, 20, QStringLiteral("word"), 0.10), word(2, 0, 100, 20, QStringLiteral("ward"), 0.90) };
    DetectionEvalInput input;
    input.images = { image };
    const DetectionEvalReport r = evaluateDetections(input);
    EXPECT_EQ(r.options.order, DetectionOrder::Confidence);
    EXPECT_DOUBLE_EQ(r.averagePrecision, 1.0);
    EXPECT_DOUBLE_EQ(r.totals.precision(), 0.5);
    EXPECT_EQ(r.totals.textEqual, 0); // the matched detection read "ward"
    ASSERT_EQ(r.scored.size(), 2u);
    EXPECT_TRUE(r.scored[0].matched);
    EXPECT_FALSE(r.scored[1].matched);
    const ThresholdPoint best = bestThreshold(r);
    EXPECT_DOUBLE_EQ(best.threshold, 0.9);
    EXPECT_DOUBLE_EQ(best.precision, 1);
    EXPECT_DOUBLE_EQ(best.recall, 1);
    const ImageEvaluation e = evaluateImage(image, r.options);
    ASSERT_EQ(e.matches.size(), 1u);
    EXPECT_EQ(e.matches[0].detection, 1);
    EXPECT_EQ(e.falsePositives, std::vector<int> { 0 });

    // In file order (the script without confidences) the first one matches, and there is no AP.
    DetectionEvalOptions fileOrder;
    fileOrder.order = DetectionOrder::File;
    const DetectionEvalReport f = evaluateDetections(input, fileOrder);
    EXPECT_EQ(f.options.order, DetectionOrder::File);
    EXPECT_TRUE(std::isnan(f.averagePrecision));
    EXPECT_EQ(f.totals.textEqual, 1);
    EXPECT_EQ(evaluateImage(image, fileOrder).matches.at(0).detection, 0);
}

TEST(DetectionEval, EqualConfidencesKeepFileOrderAndUnscoredDetectionsComeLast)
{
    EvalImage image;
    image.id = 1;
    image.groundTruth = { word(0, 0, 100, 20, QStringLiteral("a")) };
    image.detections = { word(0, 0, 100, 20, {}, 0.5), word(1, 0, 100, 20, {}, 0.5), word(2, 0, 100, 20, {}, 0.5) };
    EXPECT_EQ(evaluateImage(image).matches.at(0).detection, 0);
    // Asked for by name, the order by confidence puts a detection without one after every other.
    image.detections = { word(0, 0, 100, 20), word(1, 0, 100, 20, {}, 0.2), word(2, 0, 100, 20, {}, 0.7) };
    DetectionEvalOptions byConfidence;
    byConfidence.order = DetectionOrder::Confidence;
    EXPECT_EQ(evaluateImage(image, byConfidence).matches.at(0).detection, 2);
    image.detections.erase(image.detections.begin() + 1, image.detections.end());
    EXPECT_EQ(evaluateImage(image, byConfidence).matches.at(0).detection, 0);
    // Hungarian matching takes the best IoU whatever the confidences.
    image.detections = { word(0, 0, 100, 20, {}, 0.1), word(5, 0, 100, 20, {}, 0.9) };
    DetectionEvalOptions hungarian;
    hungarian.matching = MatchingMethod::Hungarian;
    EXPECT_EQ(evaluateImage(image, hungarian).matches.at(0).detection, 0);
    EXPECT_EQ(evaluateImage(image).matches.at(0).detection, 1);
}

TEST(DetectionEval, OneDetectionWithoutConfidenceMatchesTheWholeRunInFileOrder)
{
    // The script reads a run with confidences or one without: never some of each. Lector matches such a run as the
    // script without confidences, every image alike, and gives no AP; the curve keeps the detections with one.
    EvalImage scored;
    scored.id = 1;
    scored.groundTruth = { word(0, 0, 100, 20, QStringLiteral("a")) };
    scored.detections = { word(0, 0, 100, 20, {}, 0.10), word(2, 0, 100, 20, {}, 0.90) };
    EvalImage unscored;
    unscored.id = 2;
    unscored.groundTruth = { word(0, 0, 100, 20, QStringLiteral("b")) };
    unscored.detections = { word(0, 0, 100, 20) };
    DetectionEvalInput input;
    input.images = { scored, unscored };
    const DetectionEvalReport r = evaluateDetections(input);
    EXPECT_EQ(r.options.order, DetectionOrder::File);
    EXPECT_TRUE(std::isnan(r.averagePrecision));
    ASSERT_EQ(r.scored.size(), 2u);
    EXPECT_DOUBLE_EQ(r.scored[0].confidence, 0.9);
    EXPECT_FALSE(r.scored[0].matched);
    EXPECT_TRUE(r.scored[1].matched);
    EXPECT_EQ(evaluateImage(scored, r.options).matches.at(0).detection, 0);
    // Alone, the first image decides for itself (what evaluateImage does with Auto).
    EXPECT_EQ(evaluateImage(scored).matches.at(0).detection, 1);
    // A don't-care detection without a confidence counts too: the order is the run's, before anything is set aside.
    unscored.groundTruth.push_back(dontCare(200, 0, 300, 100));
    unscored.detections = { word(0, 0, 100, 20, {}, 0.5), word(210, 10, 260, 60) };
    input.images = { scored, unscored };
    EXPECT_EQ(evaluateDetections(input).options.order, DetectionOrder::File);
    // No detections at all: nothing lacks a confidence, AP 0 as the script gives.
    input.images = { scored };
    input.images[0].detections.clear();
    const DetectionEvalReport empty = evaluateDetections(input);
    EXPECT_EQ(empty.options.order, DetectionOrder::Confidence);
    EXPECT_EQ(empty.averagePrecision, 0);
}

TEST(DetectionEval, SlicesCountEachSideAndBatchesComeInImportOrder)
{
    // Newer batch "a" (added later) and older batch "z": the per-batch list follows import order, not names.
    EvalImage older;
    older.id = 5;
    older.batch = QStringLiteral("z");
    older.addedAt = 100;
    older.width = 1280;
    older.height = 720;
    older.groundTruth = { word(0, 0, 100, 10, QStringLiteral("tiny")), word(0, 100, 200, 180, QStringLiteral("BIG")) };
    older.detections = { word(0, 100, 200, 180, QStringLiteral("BIG")), word(500, 0, 600, 10, QStringLiteral("fp")) };
    EvalImage newer;
    newer.id = 2;
    newer.batch = QStringLiteral("a");
    newer.addedAt = 200;
    newer.groundTruth = { word(0, 0, 100, 40, QStringLiteral("x")) };
    DetectionEvalInput input;
    input.images = { newer, older };
    const DetectionEvalReport r = evaluateDetections(input);
    ASSERT_EQ(r.perBatch.size(), 2u);
    EXPECT_EQ(r.perBatch[0].batch, QStringLiteral("z"));
    EXPECT_EQ(r.perBatch[1].batch, QStringLiteral("a"));
    EXPECT_DOUBLE_EQ(r.perBatch[0].counts.recall(), 0.5);
    EXPECT_DOUBLE_EQ(r.perBatch[1].counts.recall(), 0);

    const auto slice = [&](const char* dim, const char* bin) -> const DetectionCounts* {
        for (const SliceEvaluation& s : r.perSlice)
            if (s.dimension == QLatin1String(dim) && s.bin == QLatin1String(bin))
                return &s.counts;
        return nullptr;
    };
    // Height: the 10-px word and the 10-px false positive are in "<16"; the 80-px word and its match in ">=64".
    const DetectionCounts* small = slice("height", "<16");
    ASSERT_TRUE(small);
    EXPECT_EQ(small->groundTruth, 1);
    EXPECT_EQ(small->matched, 0);
    EXPECT_EQ(small->detections, 1);
    EXPECT_EQ(small->matchedDetections, 0);
    const DetectionCounts* big = slice("height", ">=64");
    ASSERT_TRUE(big);
    EXPECT_DOUBLE_EQ(big->recall(), 1);
    EXPECT_DOUBLE_EQ(big->precision(), 1);
    EXPECT_EQ(big->textEqual, 1);
    const DetectionCounts* sized = slice("image_size", "1280-2560"); // the longer side, 1280, opens this bin
    ASSERT_TRUE(sized);
    EXPECT_EQ(sized->images, 1);
    ASSERT_TRUE(slice("image_size", "unknown"));
    EXPECT_EQ(slice("image_size", "unknown")->groundTruth, 1);
    ASSERT_TRUE(slice("batch", "a"));
    EXPECT_EQ(slice("batch", "a")->images, 1);
    EXPECT_EQ(imageSizeBin(3000, 10), QStringLiteral(">=2560"));
}

namespace {

/// The ground-truth word with its text edited at random (substitutions, deletions, insertions, some non-ASCII).
QString misread(const QString& text, std::mt19937& rng)
{
    static const QString alphabet = QStringLiteral("aeilnorstCEILO01é");
    std::uniform_int_distribution<int> pick(0, int(alphabet.size()) - 1);
    std::uniform_real_distribution<double> u(0, 1);
    if (u(rng) < 0.5)
        return text;
    QString out;
    for (const QChar c : text) {
        const double r = u(rng);
        if (r < 0.08)
            continue;
        if (r < 0.16)
            out += alphabet[pick(rng)];
        else
            out += c;
        if (u(rng) < 0.04)
            out += alphabet[pick(rng)];
    }
    return out;
}

/// A detection for a ground-truth quad: moved by up to 35% of its size (so that many IoUs fall near 0.5), each
/// corner nudged by up to 2 px, integer coordinates as RRC files have; the plain move when nudging breaks convexity.
Polygon jitter(const Polygon& quad, std::mt19937& rng)
{
    const BoxF b = quad.boundingBox();
    std::uniform_real_distribution<double> u(-0.35, 0.35);
    std::uniform_int_distribution<int> nudge(-2, 2);
    const double dx = std::round(u(rng) * b.width()), dy = std::round(u(rng) * b.height());
    Polygon moved = quad, nudged = quad;
    for (size_t k = 0; k < quad.points.size(); ++k) {
        moved.points[k] = { std::round(quad.points[k].x + dx), std::round(quad.points[k].y + dy) };
        nudged.points[k] = { moved.points[k].x + nudge(rng), moved.points[k].y + nudge(rng) };
    }
    return isConvexPolygon(nudged) && nudged.signedArea() * quad.signedArea() > 0 ? nudged : moved;
}

/// A second detection of the same word: each corner of `quad` moved by a pixel or two, so that both usually match
/// it and the matching order decides which one does.
Polygon nearCopy(const Polygon& quad, std::mt19937& rng)
{
    std::uniform_int_distribution<int> nudge(-2, 2);
    Polygon out = quad;
    for (PointF& pt : out.points)
        pt = { pt.x + nudge(rng), pt.y + nudge(rng) };
    return isConvexPolygon(out) && out.signedArea() * quad.signedArea() > 0 ? out : quad;
}

QString formatQuad(const Polygon& p)
{
    QStringList xy;
    for (const PointF& pt : p.points)
        xy << QString::number(qint64(pt.x)) << QString::number(qint64(pt.y));
    return xy.join(QLatin1Char(','));
}

} // namespace

TEST(DetectionEval, MatchesAnIndependentImplementationOfTheScriptOnIcdar2015)
{
    LECTOR_REQUIRE_SHARED_DATA();
    if (!lector::test::pythonHas({ QStringLiteral("shapely"), QStringLiteral("Levenshtein") }))
        GTEST_SKIP() << "/usr/bin/python3 with shapely and Levenshtein is needed for the reference";
    const QString root = lector::test::sharedDataDir() + QStringLiteral("/icdar2015");
    ReadOptions readOptions;
    readOptions.imagesDir = root + QStringLiteral("/imgs/test");
    auto truth = Icdar2015Format().read(root + QStringLiteral("/annotations/test"), readOptions);
    ASSERT_TRUE(truth.has_value()) << truth.error().toString();
    ASSERT_EQ(truth->images.size(), 7u);

    // Rounds of detections: jittered ground truth (don't-care regions too, so that some are set aside and some not),
    // dropped words, duplicates and near copies, a merged pair, strays, in shuffled order; confidences distinct within
    // a round, but for the last rounds, whose five values tie often (where both sides keep file order, see
    // DetectionOrder).
    constexpr int kRounds = 30;
    constexpr int kTiedRounds = 5;
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    QStringList detDirs;
    for (int round = 0; round < kRounds; ++round) {
        std::mt19937 rng(1000 + round);
        std::mt19937 copies(7000 + round); // near copies drawn apart, so that the other draws stay as they were
        std::uniform_real_distribution<double> u(0, 1);
        const QString dir = tmp.filePath(QStringLiteral("round%1").arg(round));
        QDir().mkpath(dir);
        detDirs << dir;
        std::vector<int> confidences(1000);
        std::iota(confidences.begin(), confidences.end(), 0);
        std::shuffle(confidences.begin(), confidences.end(), rng);
        size_t nextConfidence = 0;
        for (const ImportedImage& image : truth->images) {
            QStringList lines;
            const auto add = [&](const Polygon& p, const QString& text) {
                const int c = confidences[nextConfidence++];
                const QString confidence = round < kRounds - kTiedRounds ? QString::number(c / 1000.0, 'f', 3)
                                                                         : QString::number((c % 5 + 1) / 10.0, 'f', 1);
                lines << QStringLiteral("%1,%2,%3").arg(formatQuad(p)).arg(confidence, text);
            };
            for (const Region& r : image.regions) {
                if (u(rng) < 0.15)
                    continue;
                const QString text = r.isDontCare() ? QStringLiteral("noise") : misread(r.text, rng);
                const Polygon detected = jitter(r.polygon, rng);
                add(detected, text);
                if (u(rng) < 0.15)
                    add(jitter(r.polygon, rng), text);
                if (u(copies) < 0.2)
                    add(nearCopy(detected, copies), text + QLatin1Char('~'));
            }
            if (image.regions.size() >= 2 && u(rng) < 0.5) {
                BoxF a = image.regions[0].polygon.boundingBox(), b = image.regions[1].polygon.boundingBox();
                add(Polygon::fromBox(
                        { std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1) }),
                    QStringLiteral("merged"));
            }
            for (int k = int(u(rng) * 3); k > 0; --k) {
                const double x = std::round(u(rng) * 1200), y = std::round(u(rng) * 680);
                add(Polygon::fromBox({ x, y, x + 40, y + 15 }), QStringLiteral("stray"));
            }
            std::shuffle(lines.begin(), lines.end(), rng);
            QFile f(
                QDir(dir).filePath(QStringLiteral("res_%1.txt").arg(QFileInfo(image.imagePath).completeBaseName())));
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        }
    }

    const QString script = QStringLiteral("import runpy; runpy.run_path('%1', run_name='__main__')")
                               .arg(QStringLiteral(LECTOR_SOURCE_DIR "/tests/core/metrics/icdar2015_protocol.py"));
    QJsonObject request;
    request[QStringLiteral("gt_dir")] = root + QStringLiteral("/annotations/test");
    request[QStringLiteral("det_dirs")] = QJsonArray::fromStringList(detDirs);
    QString error;
    const auto output = lector::test::runPython(script, QJsonDocument(request).toJson(), &error);
    ASSERT_TRUE(output.has_value()) << error;
    const QJsonArray expected = QJsonDocument::fromJson(*output).array();
    ASSERT_EQ(expected.size(), kRounds);

    long long totalMatched = 0, totalSetAside = 0, totalCharErrors = 0;
    int fileOrderDiffers = 0;
    DetectionEvalOptions fileOrder;
    fileOrder.order = DetectionOrder::File;
    for (int round = 0; round < kRounds; ++round) {
        SCOPED_TRACE(round);
        // Our side reads the same result files through the ICDAR reader (confidence and transcription columns).
        auto detected = Icdar2015Format().read(detDirs[round], readOptions);
        ASSERT_TRUE(detected.has_value()) << detected.error().toString();
        std::map<QString, const ImportedImage*> byImage;
        for (const ImportedImage& image : detected->images)
            byImage[image.imagePath] = &image;
        DetectionEvalInput input;
        for (size_t i = 0; i < truth->images.size(); ++i) {
            EvalImage image;
            image.id = ImageId(i + 1);
            image.groundTruth = truth->images[i].regions;
            const auto it = byImage.find(truth->images[i].imagePath);
            if (it != byImage.end())
                image.detections = it->second->regions;
            input.images.push_back(std::move(image));
        }
        const DetectionEvalReport r = evaluateDetections(input);
        const QJsonObject e = expected[round].toObject();
        EXPECT_EQ(r.options.order, DetectionOrder::Confidence);
        EXPECT_EQ(r.totals.matched, e[QStringLiteral("matched")].toInteger());
        EXPECT_EQ(r.totals.groundTruth, e[QStringLiteral("gt_care")].toInteger());
        EXPECT_EQ(r.totals.detections, e[QStringLiteral("det_care")].toInteger());
        EXPECT_NEAR(r.totals.precision(), e[QStringLiteral("precision")].toDouble(), 1e-12);
        EXPECT_NEAR(r.totals.recall(), e[QStringLiteral("recall")].toDouble(), 1e-12);
        EXPECT_NEAR(r.totals.hmean(), e[QStringLiteral("hmean")].toDouble(), 1e-12);
        EXPECT_NEAR(r.averagePrecision, e[QStringLiteral("ap")].toDouble(), 1e-12);
        EXPECT_EQ(r.totals.textEqual, e[QStringLiteral("text_equal")].toInteger());
        EXPECT_EQ(r.totals.charErrors, e[QStringLiteral("lev")].toInteger());
        EXPECT_EQ(r.totals.charTotal, e[QStringLiteral("gt_len")].toInteger());
        const QJsonArray images = e[QStringLiteral("images")].toArray();
        ASSERT_EQ(size_t(images.size()), r.perImage.size());
        for (int i = 0; i < images.size(); ++i) {
            const QJsonObject im = images[i].toObject();
            const ImageSummary& ours = r.perImage[size_t(i)];
            SCOPED_TRACE(im[QStringLiteral("stem")].toString().toStdString());
            EXPECT_EQ(ours.counts.groundTruth, im[QStringLiteral("gt_care")].toInteger());
            EXPECT_EQ(ours.counts.detections, im[QStringLiteral("det_care")].toInteger());
            EXPECT_EQ(ours.counts.detectionsDontCare, im[QStringLiteral("det_dont_care")].toInteger());
            EXPECT_EQ(ours.counts.matched, im[QStringLiteral("matched")].toInteger());
            EXPECT_NEAR(ours.precision, im[QStringLiteral("precision")].toDouble(), 1e-12);
            EXPECT_NEAR(ours.recall, im[QStringLiteral("recall")].toDouble(), 1e-12);
            EXPECT_NEAR(ours.hmean, im[QStringLiteral("hmean")].toDouble(), 1e-12);
        }
        totalMatched += r.totals.matched;
        totalSetAside += r.totals.detectionsDontCare;
        totalCharErrors += r.totals.charErrors;
        // What Lector gave before it matched by confidence: compute_ap over file-order matches (scored comes
        // highest confidence first).
        const DetectionEvalReport asBefore = evaluateDetections(input, fileOrder);
        double ap = 0;
        long long correct = 0;
        for (size_t n = 0; n < asBefore.scored.size(); ++n)
            ap += asBefore.scored[n].matched ? double(++correct) / double(n + 1) : 0;
        ap /= double(asBefore.totals.groundTruth);
        fileOrderDiffers += std::abs(ap - e[QStringLiteral("ap")].toDouble()) > 1e-12 ? 1 : 0;
    }
    // The order decides in many rounds (12 of the 30), through the near copies: the check above bites.
    EXPECT_GE(fileOrderDiffers, kRounds / 3);
    // The rounds exercise what they should: matches, don't-care set-asides and misread texts.
    EXPECT_GT(totalMatched, 100);
    EXPECT_GT(totalSetAside, 100);
    EXPECT_GT(totalCharErrors, 20);
}

TEST(DetectionEval, CerDividesByTheGroundTruthAndAgreesWithNltkOnIcdar2015)
{
    LECTOR_REQUIRE_SHARED_DATA();
    if (!lector::test::pythonHas({ QStringLiteral("nltk") }))
        GTEST_SKIP() << "/usr/bin/python3 with nltk is needed for the reference";
    const QString root = lector::test::sharedDataDir() + QStringLiteral("/icdar2015");
    ReadOptions readOptions;
    readOptions.imagesDir = root + QStringLiteral("/imgs/test");
    auto truth = Icdar2015Format().read(root + QStringLiteral("/annotations/test"), readOptions);
    ASSERT_TRUE(truth.has_value()) << truth.error().toString();
    // The run draws every ground-truth box again (IoU 1) and misreads some texts: each care word matches its copy;
    // the copies of "###" regions are set aside.
    std::mt19937 rng(15);
    DetectionEvalInput input;
    QJsonArray pairs;
    for (size_t i = 0; i < truth->images.size(); ++i) {
        EvalImage image;
        image.id = ImageId(i + 1);
        image.groundTruth = truth->images[i].regions;
        for (const Region& r : image.groundTruth) {
            Region d = r;
            d.flags = FlagNone;
            d.text = misread(r.text + QStringLiteral("\U0001D11E"), rng); // and one character outside the BMP
            d.confidence = 0.5;
            image.detections.push_back(d);
            if (!r.isDontCare())
                pairs.push_back(QJsonArray { r.text, d.text });
        }
        input.images.push_back(std::move(image));
    }
    const QString script = QStringLiteral("import json, sys\n"
                                          "from nltk.metrics.distance import edit_distance\n"
                                          "pairs = json.load(sys.stdin)\n"
                                          "print(json.dumps([sum(edit_distance(a, b) for a, b in pairs),\n"
                                          "    sum(len(a) for a, b in pairs), sum(len(b) for a, b in pairs)]))\n");
    QString error;
    const auto output = lector::test::runPython(script, QJsonDocument(pairs).toJson(), &error);
    ASSERT_TRUE(output.has_value()) << error.toStdString();
    const QJsonArray sums = QJsonDocument::fromJson(*output).array();
    const DetectionEvalReport r = evaluateDetections(input);
    EXPECT_EQ(r.totals.matched, pairs.size());
    EXPECT_EQ(r.totals.charErrors, sums[0].toInteger());
    EXPECT_EQ(r.totals.charTotal, sums[1].toInteger()); // the ground truth's code points: it is the reference
    EXPECT_NE(sums[1].toInteger(), sums[2].toInteger());
    EXPECT_NEAR(r.totals.cer(), double(sums[0].toInteger()) / double(sums[1].toInteger()), 1e-15);
}

TEST(DetectionEval, ReportsProgressAndStopsWhenCanceled)
{
    DetectionEvalInput input;
    for (int i = 0; i < 1000; ++i) {
        EvalImage image = handWorkedPage();
        image.id = i + 1;
        input.images.push_back(std::move(image));
    }
    struct Recording : Progress {
        std::int64_t last = 0;
        std::int64_t total = 0;
        int calls = 0;
        void report(std::int64_t done, std::int64_t all) override
        {
            EXPECT_GE(done, last);
            last = done;
            total = all;
            ++calls;
        }
        bool isCanceled() const override { return false; }
    } recording;
    auto full = evaluateDetections(input, {}, recording);
    ASSERT_TRUE(full.has_value());
    EXPECT_EQ(recording.last, 1000);
    EXPECT_EQ(recording.total, 1000);
    EXPECT_GT(recording.calls, 1);
    EXPECT_EQ(full->totals.matched, 1000);
    ASSERT_NE(findImageEvaluation(*full, 500), nullptr);
    EXPECT_EQ(findImageEvaluation(*full, 500)->image, 500);
    const DetectionCounts& page = findImageEvaluation(*full, 500)->counts;
    EXPECT_EQ(page.detections - page.matchedDetections, 3); // the false positives d1, d4, d5
    EXPECT_EQ(findImageEvaluation(*full, 5000), nullptr);

    SilentProgress canceled;
    canceled.cancel();
    auto stopped = evaluateDetections(input, {}, canceled);
    ASSERT_FALSE(stopped.has_value());
    EXPECT_EQ(stopped.error().code, ErrorCode::Canceled);
}

TEST(DetectionEval, ThinnedCurveAndBestThresholdAreThoseOfTheFullCurve)
{
    // 400 words; detections on most of them and strays, confidences with many ties (two decimals) so that points
    // gather several detections.
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> u(0, 1);
    EvalImage image;
    image.id = 1;
    for (int i = 0; i < 400; ++i) {
        const double x = (i % 20) * 50, y = (i / 20) * 30;
        image.groundTruth.push_back(word(x, y, x + 40, y + 20, QStringLiteral("w")));
        if (u(rng) < 0.8)
            image.detections.push_back(
                word(x + 1, y, x + 41, y + 20, QStringLiteral("w"), std::round(u(rng) * 100) / 100));
        if (u(rng) < 0.3)
            image.detections.push_back(word(2000 + x, y, 2040 + x, y + 20, {}, std::round(u(rng) * 100) / 100));
    }
    DetectionEvalInput input;
    input.images = { image };
    const DetectionEvalReport r = evaluateDetections(input);
    const std::vector<ThresholdPoint> full = precisionRecallCurve(r);
    ASSERT_GT(full.size(), 50u);
    ASSERT_LT(full.size(), r.scored.size()); // ties share a point
    const auto same = [](const ThresholdPoint& a, const ThresholdPoint& b) {
        return a.threshold == b.threshold && a.detections == b.detections && a.matched == b.matched
            && a.precision == b.precision && a.recall == b.recall && a.hmean == b.hmean;
    };
    for (const int maxPoints : { 2, 3, 7, 50, int(full.size()) - 1, int(full.size()), 1000 }) {
        SCOPED_TRACE(maxPoints);
        // Thinning as it was done on the whole curve: the points at round(k * step), the last one last.
        std::vector<ThresholdPoint> expected = full;
        if (int(full.size()) > maxPoints) {
            expected.clear();
            const double step = double(full.size() - 1) / double(maxPoints - 1);
            for (int k = 0; k < maxPoints; ++k)
                expected.push_back(full[size_t(std::llround(k * step))]);
            expected.back() = full.back();
        }
        const std::vector<ThresholdPoint> thin = precisionRecallCurve(r, maxPoints);
        ASSERT_EQ(thin.size(), expected.size());
        for (size_t i = 0; i < thin.size(); ++i)
            EXPECT_TRUE(same(thin[i], expected[i])) << i;
    }
    EXPECT_TRUE(same(bestThreshold(r), bestThreshold(full)));
    EXPECT_TRUE(same(bestThreshold(DetectionEvalReport {}), ThresholdPoint {}));
}
