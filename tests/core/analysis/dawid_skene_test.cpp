// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/dawid_skene.h>

#include "metrics/python_reference.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <random>

using namespace lector;

namespace {

struct Truth {
    double sensitivity;
    double falsePositive;
    double readingAccuracy;
};

/// Places as annotators with the given habits would leave them: each image labeled by one to all of them, a place
/// a word with probability 0.7, drawn by each labeler by their coin, seen only when someone drew it; readings
/// numbered by first appearance, a wrong one one of three.
std::vector<DawidSkeneItem> simulate(const std::vector<Truth>& people, int places, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<DawidSkeneItem> items;
    const int n = static_cast<int>(people.size());
    while (static_cast<int>(items.size()) < places) {
        std::vector<int> labelers;
        for (int j = 0; j < n; ++j) {
            if (u(rng) < 0.75)
                labelers.push_back(j);
        }
        if (labelers.empty())
            continue;
        const bool word = u(rng) < 0.7;
        DawidSkeneItem item;
        std::vector<int> seen; // true reading 0, wrong ones 1..3, renumbered below
        for (const int j : labelers) {
            const Truth& t = people[static_cast<std::size_t>(j)];
            int reading = -1;
            if (u(rng) < (word ? t.sensitivity : t.falsePositive))
                reading = u(rng) < t.readingAccuracy ? 0 : 1 + static_cast<int>(u(rng) * 3);
            if (reading >= 0) {
                auto it = std::find(seen.begin(), seen.end(), reading);
                if (it == seen.end()) {
                    seen.push_back(reading);
                    it = seen.end() - 1;
                }
                reading = static_cast<int>(it - seen.begin());
            }
            item.votes.push_back({ j, reading });
        }
        if (seen.empty())
            continue; // nobody drew it: no item
        item.readings = static_cast<int>(seen.size());
        items.push_back(std::move(item));
    }
    return items;
}

QJsonObject request(const std::vector<DawidSkeneItem>& items, int annotators, const DawidSkeneOptions& o)
{
    QJsonArray list;
    for (const DawidSkeneItem& item : items) {
        QJsonArray votes;
        for (const DawidSkeneVote& v : item.votes)
            votes.append(QJsonArray { v.annotator, v.reading });
        list.append(QJsonObject { { QStringLiteral("votes"), votes }, { QStringLiteral("readings"), item.readings } });
    }
    const QJsonObject options { { QStringLiteral("sensitivityA"), o.sensitivityA },
        { QStringLiteral("sensitivityB"), o.sensitivityB }, { QStringLiteral("falsePositiveA"), o.falsePositiveA },
        { QStringLiteral("falsePositiveB"), o.falsePositiveB }, { QStringLiteral("readingA"), o.readingA },
        { QStringLiteral("readingB"), o.readingB }, { QStringLiteral("priorA"), o.priorA },
        { QStringLiteral("priorB"), o.priorB } };
    return { { QStringLiteral("annotators"), annotators }, { QStringLiteral("items"), list },
        { QStringLiteral("options"), options }, { QStringLiteral("max_iterations"), o.maxIterations },
        { QStringLiteral("tolerance"), o.tolerance } };
}

void expectSameFit(const DawidSkeneFit& fit, const QJsonObject& reference, double tolerance)
{
    EXPECT_NEAR(fit.prior, reference[QStringLiteral("prior")].toDouble(), tolerance);
    EXPECT_NEAR(fit.unseenPlaces, reference[QStringLiteral("unseen")].toDouble(), tolerance * 1e3);
    const QJsonArray annotators = reference[QStringLiteral("annotators")].toArray();
    ASSERT_EQ(static_cast<std::size_t>(annotators.size()), fit.annotators.size());
    for (std::size_t j = 0; j < fit.annotators.size(); ++j) {
        const QJsonArray a = annotators[static_cast<int>(j)].toArray();
        EXPECT_NEAR(fit.annotators[j].sensitivity, a[0].toDouble(), tolerance) << j;
        EXPECT_NEAR(fit.annotators[j].falsePositive, a[1].toDouble(), tolerance) << j;
        EXPECT_NEAR(fit.annotators[j].readingAccuracy, a[2].toDouble(), tolerance) << j;
    }
    const QJsonArray word = reference[QStringLiteral("word")].toArray();
    const QJsonArray reading = reference[QStringLiteral("reading")].toArray();
    ASSERT_EQ(static_cast<std::size_t>(word.size()), fit.word.size());
    for (std::size_t c = 0; c < fit.word.size(); ++c) {
        EXPECT_NEAR(fit.word[c], word[static_cast<int>(c)].toDouble(), tolerance) << c;
        const QJsonArray r = reading[static_cast<int>(c)].toArray();
        ASSERT_EQ(static_cast<std::size_t>(r.size()), fit.reading[c].size()) << c;
        for (std::size_t k = 0; k < fit.reading[c].size(); ++k)
            EXPECT_NEAR(fit.reading[c][k], r[static_cast<int>(k)].toDouble(), tolerance) << c << " " << k;
    }
}

std::optional<QJsonObject> pythonFit(const QJsonObject& input, QString* error)
{
    const QString script = QStringLiteral("import runpy; runpy.run_path('%1', run_name='__main__')")
                               .arg(QStringLiteral(LECTOR_SOURCE_DIR "/tests/core/analysis/dawid_skene_reference.py"));
    const auto out = test::runPython(script, QJsonDocument(input).toJson(QJsonDocument::Compact), error);
    if (!out)
        return std::nullopt;
    return QJsonDocument::fromJson(*out).object();
}

const std::vector<Truth> kPeople { { 0.98, 0.05, 0.99 }, { 0.85, 0.3, 0.92 }, { 0.95, 0.15, 0.97 }, { 0.7, 0.1, 0.8 } };

} // namespace

TEST(DawidSkene, MatchesAnIndependentNumpyImplementation)
{
    if (!test::pythonHas({ QStringLiteral("numpy") }))
        GTEST_SKIP() << "/usr/bin/python3 with numpy is needed for the reference implementation";
    const auto items = simulate(kPeople, 3000, 11);
    // A fixed number of rounds, so that both take the same path, then a fit run to convergence.
    for (const auto& [rounds, tolerance] : { std::pair { 40, 0.0 }, std::pair { 5000, 1e-11 } }) {
        SCOPED_TRACE(rounds);
        DawidSkeneOptions options;
        options.maxIterations = rounds;
        options.tolerance = tolerance;
        const DawidSkeneFit fit = fitDawidSkene(items, 4, options);
        QString error;
        const auto reference = pythonFit(request(items, 4, options), &error);
        ASSERT_TRUE(reference.has_value()) << error;
        // Sums run in another order (numpy's pairwise summation; lector's over distinct items): not bit-equal. Run
        // to convergence, the two may stop a round apart, which the tolerance bounds.
        expectSameFit(fit, *reference, tolerance == 0 ? 1e-12 : 1e-9);
        if (tolerance == 0) {
            EXPECT_EQ(fit.iterations, rounds);
            EXPECT_FALSE(fit.converged);
        } else {
            EXPECT_TRUE(fit.converged);
            EXPECT_TRUE((*reference)[QStringLiteral("converged")].toBool());
            EXPECT_NEAR(fit.iterations, (*reference)[QStringLiteral("iterations")].toInt(), 1);
        }
    }
}

TEST(DawidSkene, RecoversWhoIsCarefulFromTheVotesAlone)
{
    const auto items = simulate(kPeople, 20000, 5);
    const DawidSkeneFit fit = fitDawidSkene(items, 4);
    ASSERT_TRUE(fit.converged);
    // The rates come back close to those that made the votes: the unseen places are what makes the
    // false-positive rates right (without them, every non-word is a place someone drew).
    for (std::size_t j = 0; j < kPeople.size(); ++j) {
        EXPECT_NEAR(fit.annotators[j].sensitivity, kPeople[j].sensitivity, 0.03) << j;
        EXPECT_NEAR(fit.annotators[j].falsePositive, kPeople[j].falsePositive, 0.05) << j;
        EXPECT_NEAR(fit.annotators[j].readingAccuracy, kPeople[j].readingAccuracy, 0.02) << j;
    }
    EXPECT_NEAR(fit.prior, 0.7, 0.05);
    // One annotator of two drew a place: the careful one's lone box is a word, the careless one's is not.
    DawidSkeneItem carefulAlone { { { 0, 0 }, { 1, -1 } }, 1 };
    DawidSkeneItem carelessAlone { { { 0, -1 }, { 1, 0 } }, 1 };
    double word = 0;
    std::vector<double> reading;
    scoreDawidSkeneItem(carefulAlone, fit.prior, fit.annotators, &word, &reading);
    EXPECT_GT(word, 0.9);
    scoreDawidSkeneItem(carelessAlone, fit.prior, fit.annotators, &word, &reading);
    EXPECT_LT(word, 0.5);
    // Two readings, one each: the careful reader's wins; two careless against one careful: theirs.
    DawidSkeneItem disagree { { { 0, 0 }, { 1, 1 } }, 2 };
    scoreDawidSkeneItem(disagree, fit.prior, fit.annotators, &word, &reading);
    EXPECT_GT(reading[0], 0.85);
    DawidSkeneItem outvoted { { { 0, 0 }, { 1, 1 }, { 2, 1 } }, 2 };
    scoreDawidSkeneItem(outvoted, fit.prior, fit.annotators, &word, &reading);
    EXPECT_GT(reading[1], 0.5);
}

TEST(DawidSkene, WithoutDataItIsAPlainMajority)
{
    // Three items of one image: the default pseudo-counts keep every annotator alike, so two of three carry it.
    const std::vector<DawidSkeneItem> items { { { { 0, 0 }, { 1, 0 }, { 2, -1 } }, 1 },
        { { { 0, -1 }, { 1, -1 }, { 2, 0 } }, 1 }, { { { 0, 0 }, { 1, 1 }, { 2, 1 } }, 2 } };
    const DawidSkeneFit fit = fitDawidSkene(items, 3);
    EXPECT_GT(fit.word[0], 0.5);
    EXPECT_LT(fit.word[1], 0.5);
    EXPECT_GT(fit.reading[2][1], fit.reading[2][0]);
}
