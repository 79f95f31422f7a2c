// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/drift_statistics.h>

#include "metrics/python_reference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace lector;

TEST(DriftStatistics, KsChiSquaredPsiAndEdgesMatchScipy)
{
    if (!test::pythonHas({ QStringLiteral("scipy"), QStringLiteral("numpy") }))
        GTEST_SKIP() << "/usr/bin/python3 with scipy is needed for the reference";
    std::mt19937 rng(11);
    std::normal_distribution<double> base(100, 15), shifted(106, 18);
    // Cases: the same distribution, a shift, rounded values with many ties, and small samples.
    std::vector<std::pair<std::vector<double>, std::vector<double>>> samples;
    for (int c = 0; c < 4; ++c) {
        std::vector<double> a, b;
        const int n = c == 3 ? 12 : 800 + 37 * c, m = c == 3 ? 9 : 650;
        for (int i = 0; i < n; ++i)
            a.push_back(c == 2 ? std::round(base(rng) / 5) : base(rng));
        for (int i = 0; i < m; ++i)
            b.push_back(c == 0 ? base(rng) : c == 2 ? std::round(shifted(rng) / 5) : shifted(rng));
        samples.emplace_back(a, b);
    }
    const std::vector<std::vector<std::int64_t>> counts { { 120, 80, 40, 0, 9 }, { 100, 95, 60, 0, 30 } };
    QJsonArray ks;
    for (const auto& [a, b] : samples)
        ks.append(QJsonArray { test::toJsonArray(a), test::toJsonArray(b) });
    QJsonObject request;
    request[QStringLiteral("ks")] = ks;
    request[QStringLiteral("counts")] = QJsonArray { test::toJsonArray(counts[0]), test::toJsonArray(counts[1]) };
    const std::vector<double> edges = quantileEdges(samples[1].first, 10);
    const std::vector<double> bs = binShares(samples[1].first, edges), cs = binShares(samples[1].second, edges);
    request[QStringLiteral("psi")] = QJsonArray { test::toJsonArray(bs), test::toJsonArray(cs) };
    request[QStringLiteral("edges_of")] = test::toJsonArray(samples[1].first);
    const QString script = QStringLiteral(
        "import json, sys, numpy as np\n"
        "from scipy import stats\n"
        "q = json.load(sys.stdin)\n"
        "ks = []\n"
        "for a, b in q['ks']:\n"
        "    d = stats.ks_2samp(a, b).statistic\n"
        "    en = len(a) * len(b) / (len(a) + len(b))\n"
        "    ks.append([float(d), float(stats.kstwobign.sf(np.sqrt(en) * d))])\n"
        "t = np.array(q['counts'])\n"
        "t = t[:, t.sum(axis=0) > 0]\n"
        "chi, p, dof, _ = stats.chi2_contingency(t, correction=False)\n"
        "b, c = (np.maximum(np.array(x), 1e-4) for x in q['psi'])\n"
        "psi = float(np.sum((c - b) * np.log(c / b)))\n"
        "e = np.quantile(np.array(q['edges_of']), np.arange(1, 10) / 10)\n"
        "e = [float(x) for i, x in enumerate(e) if i == 0 or x > e[i - 1]]\n"
        "print(json.dumps({'ks': ks, 'chi': [float(chi), int(dof), float(p)], 'psi': psi, 'edges': e,\n"
        "                  'sf': [float(stats.chi2.sf(x, k)) for x, k in [(0.5, 1), (3.2, 4), (40.0, 7), (250.0, "
        "30)]]}))\n");
    QString error;
    const auto out = test::runPython(script, QJsonDocument(request).toJson(QJsonDocument::Compact), &error);
    ASSERT_TRUE(out.has_value()) << error.toStdString();
    const QJsonObject reference = QJsonDocument::fromJson(*out).object();
    const QJsonArray refKs = reference[QStringLiteral("ks")].toArray();
    for (int c = 0; c < 4; ++c) {
        const KsResult r = ksTwoSample(samples[size_t(c)].first, samples[size_t(c)].second);
        EXPECT_NEAR(r.statistic, refKs[c].toArray()[0].toDouble(), 1e-12) << c;
        EXPECT_NEAR(r.pValue, refKs[c].toArray()[1].toDouble(), 1e-10) << c;
    }
    // The same distribution raises no alarm; the shift does.
    EXPECT_GT(ksTwoSample(samples[0].first, samples[0].second).pValue, 0.05);
    EXPECT_LT(ksTwoSample(samples[1].first, samples[1].second).pValue, 1e-6);
    const ChiSquaredResult chi = chiSquaredHomogeneity(counts[0], counts[1]);
    const QJsonArray refChi = reference[QStringLiteral("chi")].toArray();
    EXPECT_NEAR(chi.statistic, refChi[0].toDouble(), 1e-9);
    EXPECT_EQ(chi.dof, refChi[1].toInt());
    EXPECT_NEAR(chi.pValue, refChi[2].toDouble(), 1e-12);
    EXPECT_NEAR(populationStabilityIndex(bs, cs), reference[QStringLiteral("psi")].toDouble(), 1e-12);
    const QJsonArray refEdges = reference[QStringLiteral("edges")].toArray();
    ASSERT_EQ(edges.size(), size_t(refEdges.size()));
    for (std::size_t k = 0; k < edges.size(); ++k)
        EXPECT_NEAR(edges[k], refEdges[int(k)].toDouble(), 1e-9) << k;
    const QJsonArray sf = reference[QStringLiteral("sf")].toArray();
    const std::pair<double, int> points[] = { { 0.5, 1 }, { 3.2, 4 }, { 40.0, 7 }, { 250.0, 30 } };
    for (int k = 0; k < 4; ++k)
        EXPECT_NEAR(
            chiSquaredSurvival(points[k].first, points[k].second), sf[k].toDouble(), 1e-12 + 1e-9 * sf[k].toDouble())
            << k;
}

TEST(DriftStatistics, EmptyOrSingleCategoryInputsAreUndefinedNotAlarms)
{
    EXPECT_TRUE(std::isnan(ksTwoSample({}, { 1.0 }).pValue));
    EXPECT_TRUE(std::isnan(chiSquaredHomogeneity({ 5, 0 }, { 7, 0 }).pValue));
    EXPECT_DOUBLE_EQ(populationStabilityIndex({ 0.5, 0.5 }, { 0.5, 0.5 }), 0.0);
    EXPECT_TRUE(quantileEdges({}, 10).empty());
}
