// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/krippendorff_alpha.h>

#include "python_reference.h"
#include "test_support.h"

#include <QRandomGenerator>

#include <cmath>
#include <map>

using namespace lector;

namespace {

/// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers × 12 units,
/// nominal values 1–5, 0 = missing. Published: alpha = 0.743 (nominal), 0.849 (interval).
const std::vector<int> kPublishedMatrix = {
    // A  B  C  D   (units are rows here)
    1, 1, 0, 1, //
    2, 2, 3, 2, //
    3, 3, 3, 3, //
    3, 3, 3, 3, //
    2, 2, 2, 2, //
    1, 2, 3, 4, //
    4, 4, 4, 4, //
    1, 1, 2, 1, //
    2, 2, 2, 2, //
    0, 5, 5, 5, //
    0, 0, 1, 1, //
    0, 3, 0, 0, //
};

struct RandomData {
    ReliabilityUnits units;
    QByteArray triples; // "coder unit value" lines for nltk
};

RandomData randomData(QRandomGenerator& rng, int units, int coders, int categories, double missing)
{
    RandomData d;
    for (int u = 0; u < units; ++u) {
        std::vector<int> values;
        const int truth = rng.bounded(categories);
        for (int c = 0; c < coders; ++c) {
            if (rng.generateDouble() < missing)
                continue;
            const int v = rng.generateDouble() < 0.6 ? truth : rng.bounded(categories);
            values.push_back(v);
            d.triples += QByteArray::number(c) + ' ' + QByteArray::number(u) + ' ' + QByteArray::number(v) + '\n';
        }
        d.units.push_back(values);
    }
    return d;
}

} // namespace

TEST(KrippendorffAlpha, PublishedWorkedExample)
{
    const ReliabilityUnits units = unitsFromMatrix(kPublishedMatrix, 12, 4, 0);
    const AlphaResult nominal = krippendorffAlpha(units);
    EXPECT_EQ(nominal.units, 11); // unit 12 has a single value and is not pairable
    EXPECT_EQ(nominal.values, 40);
    EXPECT_NEAR(nominal.alpha, 0.743, 0.0005);
    // Same through the general distance.
    const AlphaResult viaDistance = krippendorffAlpha(units, [](int v, int w) { return v == w ? 0.0 : 1.0; });
    EXPECT_NEAR(viaDistance.alpha, nominal.alpha, 1e-12);
    const AlphaResult interval
        = krippendorffAlpha(units, [](int v, int w) { return double(v - w) * double(v - w); });
    EXPECT_NEAR(interval.alpha, 0.849, 0.0005);
}

TEST(KrippendorffAlpha, UndefinedAndPerfect)
{
    EXPECT_TRUE(std::isnan(krippendorffAlpha(ReliabilityUnits { { 1 }, { 2 } }).alpha));
    EXPECT_TRUE(std::isnan(krippendorffAlpha(ReliabilityUnits { { 1, 1 }, { 1, 1 } }).alpha));
    EXPECT_DOUBLE_EQ(krippendorffAlpha(ReliabilityUnits { { 1, 1 }, { 2, 2, 2 } }).alpha, 1.0);
}

TEST(KrippendorffAlpha, MatchesNltkOnRandomData)
{
    if (!test::pythonHas({ QStringLiteral("nltk.metrics.agreement") }))
        GTEST_SKIP() << "python3-nltk not installed";
    QRandomGenerator rng(2011);
    // Similarities between some pairs of categories, for the sparse (1 − similarity) distance.
    std::vector<ValueSimilarity> similarities { { 0, 1, 0.8 }, { 1, 2, 0.35 }, { 3, 5, 0.5 }, { 4, 0, 0.1 } };
    QByteArray simLines;
    for (const ValueSimilarity& s : similarities)
        simLines += QByteArray::number(s.v) + ' ' + QByteArray::number(s.w) + ' ' + QByteArray::number(s.similarity)
            + '\n';
    const QString script = QStringLiteral(
        "import sys\n"
        "from nltk.metrics.agreement import AnnotationTask\n"
        "from nltk.metrics.distance import binary_distance, interval_distance\n"
        "blocks = sys.stdin.read().split('=\\n')\n"
        "sim = {}\n"
        "for line in blocks[0].split('\\n'):\n"
        "    if line:\n"
        "        v, w, s = line.split()\n"
        "        sim[(int(v), int(w))] = sim[(int(w), int(v))] = float(s)\n"
        "def sparse(a, b):\n"
        "    return 0.0 if a == b else 1.0 - sim.get((a, b), 0.0)\n"
        "for block in blocks[1:]:\n"
        "    data = [(c, u, int(v)) for c, u, v in (l.split() for l in block.split('\\n') if l)]\n"
        "    out = [AnnotationTask(data, distance=d).alpha() for d in (binary_distance, interval_distance, sparse)]\n"
        "    print(' '.join(repr(x) for x in out))\n");
    std::vector<ReliabilityUnits> cases;
    QByteArray input = simLines;
    for (int i = 0; i < 30; ++i) {
        const RandomData d = randomData(rng, 5 + rng.bounded(40), 2 + rng.bounded(5), 2 + rng.bounded(5), 0.3);
        cases.push_back(d.units);
        input += "=\n" + d.triples;
    }
    QString error;
    const auto out = test::runPython(script, input, &error);
    ASSERT_TRUE(out.has_value()) << error;
    const QList<QByteArray> lines = out->trimmed().split('\n');
    ASSERT_EQ(lines.size(), static_cast<int>(cases.size()));
    for (size_t i = 0; i < cases.size(); ++i) {
        const QList<QByteArray> f = lines[static_cast<int>(i)].split(' ');
        EXPECT_NEAR(krippendorffAlpha(cases[i]).alpha, f[0].toDouble(), 1e-9) << "case " << i;
        EXPECT_NEAR(krippendorffAlpha(cases[i], [](int v, int w) { return double(v - w) * double(v - w); }).alpha,
            f[1].toDouble(), 1e-9)
            << "case " << i;
        EXPECT_NEAR(krippendorffAlpha(cases[i], similarities).alpha, f[2].toDouble(), 1e-9) << "case " << i;
    }
}
