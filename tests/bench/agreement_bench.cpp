// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Times the full agreement report on generated data: 10,000 images × 3 annotators × 60 words, with jitter,
// missed words and typos. Usage: lector-bench-agreement [images]
#include <lector/metrics/agreement_report.h>

#include <QString>

#include <chrono>
#include <cstdio>
#include <random>
#include <thread>

using namespace lector;

namespace {

AgreementInput generate(int images, int annotators, int words)
{
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> jitter(0, 1.5);
    const QStringList vocabulary = QStringLiteral("the of and to in is was for on that with as by at from 2026 "
                                                  "$12.50 한국어 서울 Lector OCR invoice total price date")
                                       .split(QLatin1Char(' '));
    AgreementInput input;
    input.images.reserve(images);
    for (int i = 0; i < images; ++i) {
        AgreementImage image;
        image.id = i + 1;
        image.batch = QStringLiteral("batch-%1").arg(i % 5);
        // The truth: 60 words in 12 lines of 5.
        std::vector<AgreementRegion> truth;
        for (int w = 0; w < words; ++w) {
            const double x = 20 + (w % 5) * 150 + unit(rng) * 20, y = 20 + (w / 5) * 40;
            const double width = 60 + unit(rng) * 60, height = 18 + unit(rng) * 12;
            AgreementRegion r;
            r.region.polygon = Polygon::fromBox({ x, y, x + width, y + height });
            r.region.text = vocabulary[int(unit(rng) * vocabulary.size()) % vocabulary.size()];
            r.guidelineVersion = 1 + (i * 2 >= images);
            truth.push_back(std::move(r));
        }
        for (int a = 0; a < annotators; ++a) {
            std::vector<AgreementRegion> regions;
            regions.reserve(words);
            for (const AgreementRegion& t : truth) {
                if (unit(rng) < 0.03)
                    continue; // missed
                AgreementRegion r = t;
                for (PointF& p : r.region.polygon.points) {
                    p.x += jitter(rng);
                    p.y += jitter(rng);
                }
                if (unit(rng) < 0.03 && !r.region.text.isEmpty())
                    r.region.text[int(unit(rng) * r.region.text.size()) % r.region.text.size()] = QLatin1Char('x');
                if (unit(rng) < 0.01)
                    r.region.flags |= FlagIllegible;
                regions.push_back(std::move(r));
            }
            image.byAnnotator[QStringLiteral("annotator-%1").arg(a)] = std::move(regions);
        }
        input.images.push_back(std::move(image));
    }
    return input;
}

} // namespace

int main(int argc, char** argv)
{
    const int images = argc > 1 ? std::atoi(argv[1]) : 10000;
    const auto t0 = std::chrono::steady_clock::now();
    const AgreementInput input = generate(images, 3, 60);
    const auto t1 = std::chrono::steady_clock::now();
    const AgreementReport report = computeAgreement(input);
    const auto t2 = std::chrono::steady_clock::now();
    const double generateS = std::chrono::duration<double>(t1 - t0).count();
    const double reportS = std::chrono::duration<double>(t2 - t1).count();
    std::printf("generated %d images x 3 annotators x 60 words in %.2f s\n", images, generateS);
    std::printf("agreement report: %.3f s on %u hardware threads (%d images, %d units)\n", reportS,
        std::thread::hardware_concurrency(), report.images, report.units);
    for (const PairFigures& p : report.pairs)
        std::printf("  %s-%s: matched %lld, f1 %.4f, mean IoU %.4f, cer %.4f\n", qPrintable(p.a), qPrintable(p.b),
            p.matched, p.f1(), p.meanIoU(), p.cer());
    std::printf("  alpha text %.4f, alpha geometry %.4f, kappa illegible %.4f\n", report.alphaText.alpha,
        report.alphaGeometry.alpha, report.kappaIllegible);
    return 0;
}
