// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Times the full detection evaluation on generated data: 10,000 images × 60 ground-truth words with jittered
// detections, misses, false positives, don't-care regions and misread texts. Usage: lector-bench-eval [images]
#include <lector/metrics/detection_eval.h>

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <thread>

using namespace lector;

namespace {

DetectionEvalInput generate(int images, int words)
{
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> jitter(0, 2.5);
    const QStringList vocabulary = QStringLiteral("the of and to in is was for on that with as by at from 2026 "
                                                  "$12.50 한국어 서울 Lector OCR invoice total price date")
                                       .split(QLatin1Char(' '));
    DetectionEvalInput input;
    input.groundTruthName = QStringLiteral("reference");
    input.detectionName = QStringLiteral("model");
    input.images.reserve(size_t(images));
    for (int i = 0; i < images; ++i) {
        EvalImage image;
        image.id = i + 1;
        image.batch = QStringLiteral("batch-%1").arg(i / 1000, 2, 10, QLatin1Char('0'));
        image.addedAt = 1'700'000'000'000 + i;
        image.width = i % 3 == 0 ? 1280 : 800;
        image.height = 1000;
        image.groundTruth.reserve(size_t(words));
        image.detections.reserve(size_t(words) + 4);
        // 60 words in 12 lines of 5; about 2 % don't care.
        for (int w = 0; w < words; ++w) {
            const double x = 20 + (w % 5) * 150 + unit(rng) * 20, y = 20 + (w / 5) * 40;
            const double width = 60 + unit(rng) * 60, height = 14 + unit(rng) * 18;
            Region truth;
            truth.polygon = Polygon::fromBox({ x, y, x + width, y + height });
            truth.text = vocabulary[int(unit(rng) * vocabulary.size()) % vocabulary.size()];
            if (unit(rng) < 0.02) {
                truth.text.clear();
                truth.flags = FlagDontCare;
            }
            if (unit(rng) >= 0.05) { // 5 % missed
                Region det = truth;
                det.flags = FlagNone;
                det.text = truth.isDontCare() ? QStringLiteral("???") : truth.text;
                for (PointF& p : det.polygon.points) {
                    p.x += jitter(rng);
                    p.y += jitter(rng);
                }
                if (unit(rng) < 0.08 && !det.text.isEmpty())
                    det.text[int(unit(rng) * det.text.size()) % det.text.size()] = QLatin1Char('x');
                det.confidence = 0.3 + 0.7 * unit(rng);
                image.detections.push_back(std::move(det));
            }
            image.groundTruth.push_back(std::move(truth));
        }
        for (int f = int(unit(rng) * 4); f > 0; --f) { // false positives
            const double x = unit(rng) * 700, y = 520 + unit(rng) * 400;
            Region fp;
            fp.polygon = Polygon::fromBox({ x, y, x + 50, y + 20 });
            fp.text = QStringLiteral("noise");
            fp.confidence = 0.6 * unit(rng);
            image.detections.push_back(std::move(fp));
        }
        input.images.push_back(std::move(image));
    }
    return input;
}

double seconds(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

} // namespace

int main(int argc, char** argv)
{
    const int images = argc > 1 ? std::atoi(argv[1]) : 10000;
    const auto t0 = std::chrono::steady_clock::now();
    const DetectionEvalInput input = generate(images, 60);
    const auto t1 = std::chrono::steady_clock::now();
    const DetectionEvalReport greedy = evaluateDetections(input);
    const auto t2 = std::chrono::steady_clock::now();
    const auto curve = precisionRecallCurve(greedy);
    const auto histogram = confidenceHistogram(greedy, 20);
    const auto t3 = std::chrono::steady_clock::now();
    DetectionEvalOptions hungarian;
    hungarian.matching = MatchingMethod::Hungarian;
    const DetectionEvalReport optimal = evaluateDetections(input, hungarian);
    const auto t4 = std::chrono::steady_clock::now();

    const DetectionCounts& t = greedy.totals;
    std::printf("generated %d images x 60 words (%lld detections) in %.2f s\n", images,
        t.detections + t.detectionsDontCare, seconds(t0, t1));
    std::printf("evaluation (greedy, per image, slice, batch, end to end, confusions): %.3f s on %u hardware threads\n",
        seconds(t1, t2), std::thread::hardware_concurrency());
    std::printf("  precision %.4f recall %.4f hmean %.4f, word accuracy %.4f, cer %.4f, wer %.4f, AP %.4f\n",
        t.precision(), t.recall(), t.hmean(), t.wordAccuracy(), t.cer(), t.wer(), greedy.averagePrecision);
    std::printf("  %zu slices, %zu batches, %zu confusions, %lld set aside as don't care\n", greedy.perSlice.size(),
        greedy.perBatch.size(), greedy.confusions.size(), t.detectionsDontCare);
    std::printf("threshold curve (%zu points) and histogram (%zu bins): %.3f s\n", curve.size(), histogram.size(),
        seconds(t2, t3));
    std::printf("evaluation (hungarian): %.3f s, matched %lld (greedy %lld)\n", seconds(t3, t4), optimal.totals.matched,
        t.matched);
    return 0;
}
