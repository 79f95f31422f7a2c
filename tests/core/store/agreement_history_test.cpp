// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/agreement_history.h>
#include <lector/store/agreement_history_json.h>

#include <lector/metrics/store_agreement_source.h>
#include <lector/store/project_store.h>

#include "test_support.h"

#include "store_backend.h"

#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>

#include <gtest/gtest.h>

#include <cmath>

using namespace lector;

namespace {

Region box(double x, double y, const char* text)
{
    Region r;
    r.polygon = Polygon::fromBox({ x, y, 20, 10 });
    r.text = QString::fromUtf8(text);
    return r;
}

/// One image labeled by three annotators, so that every figure can be counted by hand:
///   alice: A1 (0,0) "cat", A2 (100,0) "dog"
///   bob:   B1 on A1, "cat"
///   chloe: C1 on A1 "cat", C2 on A2 "dig"
/// and a second image only alice labeled (it counts for nobody's agreement).
struct Fixture {
    QTemporaryDir dir;
    test::ProjectLocation location; // before the store: it outlives it
    std::unique_ptr<ProjectStore> store;
    ImageId image = 0;

    explicit Fixture(db::Backend backend)
        : location(backend, dir.path())
    {
        if (!location.available())
            return;
        auto created = location.create();
        EXPECT_TRUE(created);
        store = std::move(created).value();
        for (int i = 0; i < 2; ++i) {
            cv::Mat m(60, 200, CV_8UC3, cv::Scalar(200, 200, 200 - i));
            cv::imwrite(dir.filePath(QStringLiteral("i%1.png").arg(i)).toStdString(), m);
        }
        auto add = [&](const char* who, std::vector<std::vector<Region>> perImage) {
            ImportBatch batch;
            for (size_t i = 0; i < perImage.size(); ++i)
                batch.images.push_back(
                    { dir.filePath(QStringLiteral("i%1.png").arg(i)), 0, 0, perImage[i], {}, false });
            EXPECT_TRUE(store->importBatch(batch, ImportTarget::forAnnotator(QString::fromLatin1(who))));
        };
        add("alice", { { box(0, 0, "cat"), box(100, 0, "dog") }, { box(0, 0, "solo") } });
        add("bob", { { box(1, 0, "cat") } });
        add("chloe", { { box(0, 1, "cat"), box(101, 0, "dig") } });
        image = store->images()->front().id;
    }

    AgreementReport report()
    {
        auto r = computeAgreement(*store);
        EXPECT_TRUE(r) << r.error().toString();
        return r ? *r : AgreementReport {};
    }
};

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) < 1e-12; }

class AgreementHistory : public ::testing::TestWithParam<db::Backend> { };

} // namespace

TEST_P(AgreementHistory, SnapshotReadsBackEveryFigureOfTheReport)
{
    Fixture f(GetParam());
    LECTOR_REQUIRE_BACKEND(f.location);
    ASSERT_TRUE(f.store->publishGuideline(QStringLiteral("# v1"), QStringLiteral("first"), QStringLiteral("lead")));
    const AgreementReport report = f.report();
    ASSERT_EQ(report.pairs.size(), 3u);
    AgreementHistoryRepository history(*f.store);
    auto saved = history.save(report, QStringLiteral("cli"));
    ASSERT_TRUE(saved) << saved.error().toString();
    EXPECT_TRUE(saved->saved);

    auto read = history.snapshots();
    ASSERT_TRUE(read);
    ASSERT_EQ(read->size(), 1u);
    const AgreementSnapshot& s = read->front();
    EXPECT_EQ(s.id, saved->id);
    EXPECT_EQ(s.source, QStringLiteral("cli"));
    EXPECT_EQ(s.guidelineVersion, 1);
    EXPECT_EQ(s.images, 1);
    EXPECT_EQ(s.annotators, (QStringList { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("chloe") }));
    EXPECT_TRUE(same(s.alphaText, report.alphaText.alpha));
    EXPECT_TRUE(same(s.alphaGeometry, report.alphaGeometry.alpha));
    for (const PairFigures& p : report.pairs) {
        const SnapshotLine* line = s.find(SnapshotScope::Pair, p.a, p.b);
        ASSERT_NE(line, nullptr) << p.a << " / " << p.b;
        for (const QString& figure : snapshotFigureNames()) {
            if (!figure.startsWith(QLatin1String("alpha"))) {
                EXPECT_TRUE(same(snapshotFigure(line->figures, figure), snapshotFigure(p, figure)))
                    << p.a << " / " << p.b << " " << figure;
            }
        }
    }
    for (const auto* slices : { &report.perSlice, &report.perGuidelineVersion }) {
        ASSERT_FALSE(slices->empty());
        for (const SliceFigures& slice : *slices) {
            const SnapshotLine* line = s.find(SnapshotScope::Slice, {}, {}, slice.dimension, slice.bin);
            ASSERT_NE(line, nullptr) << slice.dimension << " " << slice.bin;
            EXPECT_TRUE(same(line->figures.f1(), slice.pooled.f1()));
            EXPECT_TRUE(same(line->figures.cer(), slice.pooled.cer()));
            EXPECT_EQ(line->figures.images, static_cast<int>(slice.images.size()));
        }
    }
    // Overall, by hand: alice/bob 1 of 2 and 1 of 1 matched, alice/chloe 2 of 2 both ways, bob/chloe 1 of 1 and
    // 1 of 2; four matched pairs, three with the same text ("dog"/"dig" differs by one of three code points).
    const SnapshotLine* overall = s.find(SnapshotScope::Overall);
    ASSERT_NE(overall, nullptr);
    EXPECT_EQ(overall->figures.regionsA, 2 + 2 + 1);
    EXPECT_EQ(overall->figures.regionsB, 1 + 2 + 2);
    EXPECT_EQ(overall->figures.matched, 4);
    EXPECT_DOUBLE_EQ(overall->figures.textAgreement(), 3.0 / 4.0);
    EXPECT_EQ(overall->figures.editDistance, 1);

    const nlohmann::json j = toJson(s, SnapshotScope::Pair);
    ASSERT_EQ(j["lines"].size(), 3u);
    EXPECT_EQ(j["guideline_version"], 1);
    EXPECT_EQ(j["lines"][0]["scope"], "pair");
}

TEST_P(AgreementHistory, AnnotatorLinesPoolTheirPairsWithTheAnnotatorOnOneSide)
{
    Fixture f(GetParam());
    LECTOR_REQUIRE_BACKEND(f.location);
    AgreementHistoryRepository history(*f.store);
    ASSERT_TRUE(history.save(f.report(), QStringLiteral("app")));
    auto read = history.snapshots();
    ASSERT_TRUE(read);
    const AgreementSnapshot& s = read->front();
    // By hand. bob: his box is matched by alice and by chloe (2 of his 2 counted regions), and he matched 2 of the
    // 4 regions alice and chloe have between them.
    const SnapshotLine* bob = s.find(SnapshotScope::Annotator, QStringLiteral("bob"));
    ASSERT_NE(bob, nullptr);
    EXPECT_DOUBLE_EQ(bob->figures.precision(), 2.0 / 2.0);
    EXPECT_DOUBLE_EQ(bob->figures.recall(), 2.0 / 4.0);
    EXPECT_EQ(bob->figures.images, 1);
    // alice: 3 of her 4 counted regions matched (A2 has no partner in bob), and she matched all 3 of the others'.
    const SnapshotLine* alice = s.find(SnapshotScope::Annotator, QStringLiteral("alice"));
    ASSERT_NE(alice, nullptr);
    EXPECT_DOUBLE_EQ(alice->figures.precision(), 3.0 / 4.0);
    EXPECT_DOUBLE_EQ(alice->figures.recall(), 3.0 / 3.0);
    EXPECT_EQ(alice->figures.images, 1); // her second image has nobody else
    // chloe: 3 of 4 matched; she matched 3 of the 3 others' (alice 2, bob 1); one of her 3 matches is "dig".
    const SnapshotLine* chloe = s.find(SnapshotScope::Annotator, QStringLiteral("chloe"));
    ASSERT_NE(chloe, nullptr);
    EXPECT_DOUBLE_EQ(chloe->figures.precision(), 3.0 / 4.0);
    EXPECT_DOUBLE_EQ(chloe->figures.recall(), 3.0 / 3.0);
    EXPECT_DOUBLE_EQ(chloe->figures.textAgreement(), 2.0 / 3.0);
    EXPECT_EQ(chloe->figures.lengthB, 3 + 3 + 3); // her side of the three matches: cat, cat, dig
}

TEST_P(AgreementHistory, SavesOnlyWhenTheLabelsOrTheGuidelineChanged)
{
    Fixture f(GetParam());
    LECTOR_REQUIRE_BACKEND(f.location);
    AgreementHistoryRepository history(*f.store);
    auto first = history.save(f.report(), QStringLiteral("app"));
    ASSERT_TRUE(first);
    EXPECT_TRUE(first->saved);
    auto again = history.save(f.report(), QStringLiteral("app"));
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->saved);
    EXPECT_EQ(again->id, first->id);

    // bob labels A2 as well: a new entry in the edit log, a new snapshot, with better agreement.
    Annotation a;
    a.image = f.image;
    a.annotator = *f.store->ensureAnnotator(QStringLiteral("bob"));
    a.region = box(100, 1, "dog");
    auto last = history.lastEntry();
    ASSERT_TRUE(f.store->addAnnotations({ a }));
    auto after = history.lastEntry();
    ASSERT_TRUE(last && after);
    EXPECT_GT(*after, *last);
    auto edited = history.save(f.report(), QStringLiteral("app"));
    ASSERT_TRUE(edited);
    EXPECT_TRUE(edited->saved);

    ASSERT_TRUE(f.store->publishGuideline(QStringLiteral("# v1"), QStringLiteral("first"), QStringLiteral("lead")));
    auto published = history.save(f.report(), QStringLiteral("app"));
    ASSERT_TRUE(published);
    EXPECT_TRUE(published->saved);

    AgreementOptions strict;
    strict.iouThreshold = 0.9;
    auto other = computeAgreement(*f.store, StoreAgreementSource::defaultExclusions(), strict);
    ASSERT_TRUE(other);
    auto stricter = history.save(*other, QStringLiteral("cli"));
    ASSERT_TRUE(stricter);
    EXPECT_TRUE(stricter->saved);

    auto read = history.snapshots(false);
    ASSERT_TRUE(read);
    ASSERT_EQ(read->size(), 4u);
    EXPECT_TRUE(read->front().lines.empty());
    EXPECT_EQ((*read)[1].lastEntry, *after);
    EXPECT_EQ((*read)[2].guidelineVersion, 1);
    EXPECT_DOUBLE_EQ((*read)[3].iouThreshold, 0.9);

    auto withLines = history.snapshots();
    ASSERT_TRUE(withLines);
    const std::vector<TrendPoint> f1
        = trend(*withLines, QStringLiteral("f1"), SnapshotScope::Annotator, QStringLiteral("bob"));
    ASSERT_EQ(f1.size(), 4u);
    EXPECT_LT(f1[0].value, f1[1].value); // bob's second box raised his agreement
    EXPECT_EQ(f1[2].guidelineVersion, 1);
    const std::vector<TrendPoint> nobody
        = trend(*withLines, QStringLiteral("f1"), SnapshotScope::Pair, QStringLiteral("bob"), QStringLiteral("zoe"));
    EXPECT_TRUE(std::isnan(nobody[0].value));
}

TEST_P(AgreementHistory, RefusesACanceledReportAndAReadOnlyStore)
{
    Fixture f(GetParam());
    LECTOR_REQUIRE_BACKEND(f.location);
    AgreementHistoryRepository history(*f.store);
    AgreementReport canceled = f.report();
    canceled.canceled = true;
    auto refused = history.save(canceled, QStringLiteral("app"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(*history.count(), 0);

    const AgreementReport report = f.report();
    f.store.reset();
    auto readOnly = f.location.open(OpenMode::ReadOnly);
    ASSERT_TRUE(readOnly);
    AgreementHistoryRepository rhistory(**readOnly);
    auto saved = rhistory.save(report, QStringLiteral("app"));
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, ErrorCode::ReadOnly);
    EXPECT_TRUE(saved.error().toString().contains(
        GetParam() == db::Backend::Sqlite ? QStringLiteral("p.lector") : QStringLiteral("lector_test_")))
        << saved.error().toString();
    EXPECT_EQ(*rhistory.count(), 0);
}

LECTOR_ON_BOTH_BACKENDS(AgreementHistory);
