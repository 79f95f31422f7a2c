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
    const AlphaResult interval = krippendorffAlpha(units, [](int v, int w) { return double(v - w) * double(v - w); });
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
        simLines
            += QByteArray::number(s.v) + ' ' + QByteArray::number(s.w) + ' ' + QByteArray::number(s.similarity) + '\n';
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
        NominalAlphaAccumulator accumulated; // the streaming form against nltk too
        for (const std::vector<int>& unit : cases[i])
            accumulated.addUnit(unit);
        EXPECT_NEAR(accumulated.result().alpha, f[0].toDouble(), 1e-9) << "case " << i;
    }
}

namespace {

/// Alpha's figures equal bit for bit (NaN equal to NaN).
void expectSameAlpha(const AlphaResult& a, const AlphaResult& b, const char* what)
{
    EXPECT_EQ(a.units, b.units) << what;
    EXPECT_EQ(a.values, b.values) << what;
    EXPECT_EQ(std::isnan(a.alpha), std::isnan(b.alpha)) << what;
    if (!std::isnan(a.alpha)) {
        EXPECT_EQ(a.alpha, b.alpha) << what;
    }
    EXPECT_EQ(a.observed, b.observed) << what;
    EXPECT_EQ(a.expected, b.expected) << what;
}

AlphaResult accumulateNominal(const ReliabilityUnits& units)
{
    NominalAlphaAccumulator acc;
    for (const std::vector<int>& unit : units)
        acc.addUnit(unit);
    return acc.result();
}

} // namespace

TEST(KrippendorffAlpha, NominalAccumulatorIsTheFunctionBitForBit)
{
    expectSameAlpha(accumulateNominal(unitsFromMatrix(kPublishedMatrix, 12, 4, 0)),
        krippendorffAlpha(unitsFromMatrix(kPublishedMatrix, 12, 4, 0)), "published");
    for (const ReliabilityUnits& edge : { ReliabilityUnits {}, ReliabilityUnits { { 1 }, { 2 } },
             ReliabilityUnits { { 1, 1 }, { 1, 1 } }, ReliabilityUnits { { 1, 1 }, { 2, 2, 2 } } })
        expectSameAlpha(accumulateNominal(edge), krippendorffAlpha(edge), "edge case");
    QRandomGenerator rng(7);
    for (int i = 0; i < 200; ++i) {
        // Few categories up to many (text ids), missing ratings, big and small.
        const int categories = 2 + rng.bounded(i % 2 ? 5 : 400);
        const RandomData d = randomData(rng, 1 + rng.bounded(i % 10 ? 60 : 3000), 1 + rng.bounded(6), categories, 0.3);
        expectSameAlpha(accumulateNominal(d.units), krippendorffAlpha(d.units), "random");
    }
}

TEST(KrippendorffAlpha, DistinctValuesAccumulatorIsTheFunction)
{
    // Distinct values (each value in one unit, once), as geometry alpha has: regions. Similarities between random
    // pairs, within units and across, some touching values of units too small to pair.
    QRandomGenerator rng(1971);
    for (int round = 0; round < 200; ++round) {
        ReliabilityUnits units;
        int next = 0;
        const int unitCount = 1 + rng.bounded(round % 10 ? 40 : 2000);
        for (int u = 0; u < unitCount; ++u) {
            std::vector<int> unit(size_t(1 + rng.bounded(5)));
            for (int& v : unit)
                v = next++;
            units.push_back(std::move(unit));
        }
        std::vector<int> unitOf(static_cast<size_t>(next));
        for (size_t u = 0; u < units.size(); ++u)
            for (int v : units[u])
                unitOf[size_t(v)] = int(u);
        std::map<std::pair<int, int>, double> similar;
        const int pairs = rng.bounded(3 * next + 1);
        for (int p = 0; p < pairs; ++p) {
            const int v = rng.bounded(next);
            // Mostly within the unit or a neighbour, as overlaps on one image are.
            const int w = rng.generateDouble() < 0.7
                ? units[size_t(unitOf[size_t(v)])][size_t(rng.bounded(int(units[size_t(unitOf[size_t(v)])].size())))]
                : rng.bounded(next);
            if (v != w)
                similar[{ std::min(v, w), std::max(v, w) }] = rng.generateDouble();
        }
        std::vector<ValueSimilarity> similarities;
        for (const auto& [vw, s] : similar)
            similarities.push_back({ vw.first, vw.second, s });

        DistinctValuesAlphaAccumulator acc;
        for (const std::vector<int>& unit : units) {
            double d = 0;
            for (size_t i = 0; i < unit.size(); ++i)
                for (size_t j = i + 1; j < unit.size(); ++j) {
                    const auto it = similar.find({ unit[i], unit[j] });
                    d += it != similar.end() ? 1 - it->second : 1;
                }
            acc.addUnit(int(unit.size()), d);
        }
        double pairable = 0;
        for (const auto& [vw, s] : similar)
            if (units[size_t(unitOf[size_t(vw.first)])].size() >= 2
                && units[size_t(unitOf[size_t(vw.second)])].size() >= 2)
                pairable += s;
        acc.addSimilarity(pairable);

        const AlphaResult ours = acc.result();
        const AlphaResult reference = krippendorffAlpha(units, similarities);
        EXPECT_EQ(ours.units, reference.units);
        EXPECT_EQ(ours.values, reference.values);
        EXPECT_EQ(ours.observed, reference.observed); // same sums in the same order
        // The similarities are summed in another order (the reference walks a hash map).
        EXPECT_NEAR(ours.expected, reference.expected, 1e-12);
        EXPECT_EQ(std::isnan(ours.alpha), std::isnan(reference.alpha));
        if (!std::isnan(reference.alpha)) {
            EXPECT_NEAR(ours.alpha, reference.alpha, 1e-12) << "round " << round;
        }
    }
}
