// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/suspect_quality.h>
#include <lector/analysis/suspects.h>
#include <lector/store/conflict_repository.h>
#include <lector/store/prediction_repository.h>
#include <lector/store/project_store.h>
#include <lector/store/suspect_decision_repository.h>

#include "analysis/store_fixture.h"
#include "test_support.h"

#include <QTemporaryDir>

using namespace lector;

namespace {

Region box(BoxF b, const char* text, double confidence = std::numeric_limits<double>::quiet_NaN())
{
    Region r;
    r.polygon = Polygon::fromBox(b);
    r.text = QString::fromUtf8(text);
    r.confidence = confidence;
    return r;
}

constexpr BoxF kW1 { 10, 10, 50, 30 };
constexpr BoxF kW2 { 60, 10, 100, 30 };
constexpr BoxF kW3 { 110, 10, 150, 30 };

class SuspectsTest : public test::StoreFixture {
protected:
    /// One image; `ann` is checked, `bob` is the other annotator, `r` the run.
    void SetUp() override
    {
        test::StoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        makeProject(1);
        m_img = m_images.front();
        m_ann = *m_store->ensureAnnotator(QStringLiteral("ann"));
        m_bob = *m_store->ensureAnnotator(QStringLiteral("bob"));
        auto run = m_store->createRun(QStringLiteral("r"), QStringLiteral("m"), QStringLiteral("{}"));
        ASSERT_TRUE(run);
        m_run = *run;
    }

    void label(AnnotatorId who, const std::vector<Region>& regions)
    {
        std::vector<Annotation> as;
        for (const Region& r : regions) {
            Annotation a;
            a.image = m_img;
            a.annotator = who;
            a.region = r;
            as.push_back(a);
        }
        auto written = m_store->addAnnotations(as, EditContext::edit(who));
        ASSERT_TRUE(written) << written.error().toString();
        m_lastIds = written->ids();
    }

    void predict(const std::vector<Region>& regions)
    {
        ASSERT_TRUE(PredictionRepository(*m_store).addImagePredictions(m_run, m_img, regions));
    }

    std::vector<Suspect> find(
        std::set<SuspectKind> kinds = {}, QString charset = QStringLiteral("abcdefghijklmnopqrstuvwxyz"))
    {
        SuspectOptions o;
        o.annotator = QStringLiteral("ann");
        o.run = QStringLiteral("r");
        o.exclude = { QStringLiteral("reference") };
        o.kinds = std::move(kinds);
        o.charset = std::move(charset);
        auto report = findSuspects(*m_store, o);
        EXPECT_TRUE(report) << report.error().toString();
        return report ? report->suspects : std::vector<Suspect> {};
    }

    /// The three words everyone agrees on.
    void agreeingPage()
    {
        predict({ box(kW1, "cat", 0.95), box(kW2, "dog", 0.93), box(kW3, "sun", 0.97) });
        label(m_bob, { box(kW1, "cat"), box(kW2, "dog"), box(kW3, "sun") });
    }

    ImageId m_img = 0;
    AnnotatorId m_ann = 0;
    AnnotatorId m_bob = 0;
    RunId m_run = 0;
    std::vector<AnnotationId> m_lastIds;
};

} // namespace

TEST_P(SuspectsTest, NothingWrongNothingFound)
{
    agreeingPage();
    label(m_ann, { box(kW1, "cat"), box(kW2, "dog"), box(kW3, "sun") });
    EXPECT_TRUE(find().empty());
}

TEST_P(SuspectsTest, MissedWordFromPredictionAndOtherAnnotator)
{
    agreeingPage();
    label(m_ann, { box(kW1, "cat"), box(kW3, "sun") });
    const auto found = find();
    ASSERT_EQ(found.size(), 1u);
    const Suspect& s = found.front();
    EXPECT_EQ(s.kind, SuspectKind::MissedWord);
    EXPECT_EQ(s.annotation, 0);
    EXPECT_EQ(s.region.polygon, Polygon::fromBox(kW2));
    ASSERT_EQ(s.evidence.size(), 2u); // the prediction and bob's word
    EXPECT_TRUE(s.evidence[0].prediction);
    EXPECT_EQ(s.evidence[1].source, QStringLiteral("bob"));
    EXPECT_EQ(s.fix.action, SuspectFix::Action::Add);
    EXPECT_EQ(s.fix.region.text, QStringLiteral("dog"));
    // Both sources: 1 - 0.07 * 0.2.
    EXPECT_NEAR(s.score, 1 - 0.07 * 0.2, 1e-12);
}

TEST_P(SuspectsTest, UnconfidentPredictionIsNoMissedWord)
{
    predict({ box(kW1, "cat", 0.95), box(kW2, "dog", 0.2) });
    label(m_ann, { box(kW1, "cat") });
    EXPECT_TRUE(find().empty());
}

TEST_P(SuspectsTest, SpuriousBox)
{
    agreeingPage();
    label(m_ann, { box(kW1, "cat"), box(kW2, "dog"), box(kW3, "sun"), box({ 160, 38, 190, 55 }, "x") });
    const auto found = find();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].kind, SuspectKind::SpuriousBox);
    EXPECT_EQ(found[0].annotation, m_lastIds[3]);
    EXPECT_EQ(found[0].fix.action, SuspectFix::Action::Remove);
}

TEST_P(SuspectsTest, LooseBoxAndItsFix)
{
    agreeingPage();
    // Shifted 10 px: IoU 600 / 1000 = 0.6 with the prediction and with bob's box.
    label(m_ann, { box(kW1, "cat"), box({ 70, 10, 110, 30 }, "dog"), box(kW3, "sun") });
    const auto found = find({ SuspectKind::LooseBox });
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].annotation, m_lastIds[1]);
    EXPECT_EQ(found[0].fix.action, SuspectFix::Action::Change);
    EXPECT_EQ(found[0].fix.region.polygon, Polygon::fromBox(kW2)); // the prediction's box
    EXPECT_EQ(found[0].fix.region.text, QStringLiteral("dog"));
}

TEST_P(SuspectsTest, TallerThanItsLine)
{
    // No evidence matches loosely; the label is three times the height of its line.
    label(
        m_ann, { box(kW1, "cat"), box({ 60, 0, 100, 60 }, "dog"), box(kW3, "sun"), box({ 160, 10, 195, 30 }, "sky") });
    label(
        m_bob, { box(kW1, "cat"), box({ 60, 0, 100, 60 }, "dog"), box(kW3, "sun"), box({ 160, 10, 195, 30 }, "sky") });
    const auto found = find({ SuspectKind::LooseBox });
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].reason.left(6), QStringLiteral("height"));
}

TEST_P(SuspectsTest, WrongTextAgainstConfidentPredictionAndConsensus)
{
    agreeingPage();
    label(m_ann, { box(kW1, "cat"), box(kW2, "dig"), box(kW3, "sun") });
    const auto found = find();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].kind, SuspectKind::WrongText);
    EXPECT_EQ(found[0].fix.region.text, QStringLiteral("dog"));
    EXPECT_EQ(found[0].fix.region.polygon, Polygon::fromBox(kW2)); // text only: the box stays
    EXPECT_EQ(found[0].evidence.size(), 2u);
}

TEST_P(SuspectsTest, SomeoneAgreeingLowersWrongText)
{
    predict({ box(kW1, "cat", 0.95), box(kW2, "dog", 0.9) });
    label(m_bob, { box(kW1, "cat"), box(kW2, "dig") });
    label(m_ann, { box(kW1, "cat"), box(kW2, "dig") });
    const auto found = find();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NEAR(found[0].score, 0.9 * (1 - 0.7 * 0.8), 1e-12);
}

TEST_P(SuspectsTest, Geometry)
{
    agreeingPage();
    Region bowTie = box(kW3, "sun");
    std::swap(bowTie.polygon.points[1], bowTie.polygon.points[2]);
    // Around cat and dog; sun self-crossing; one past the right edge (image 200 wide).
    label(m_ann, { box({ 8, 8, 102, 32 }, "cat dog"), bowTie, box({ 170, 35, 215, 55 }, "sky") });
    const auto found = find({ SuspectKind::Geometry });
    ASSERT_EQ(found.size(), 3u);
    std::map<AnnotationId, QString> reasons;
    for (const Suspect& s : found)
        reasons[s.annotation] = s.reason;
    EXPECT_EQ(reasons[m_lastIds[0]].left(11), QStringLiteral("one box aro"));
    EXPECT_EQ(reasons[m_lastIds[1]], QStringLiteral("self-crossing quad"));
    EXPECT_EQ(reasons[m_lastIds[2]], QStringLiteral("outside the image"));
}

TEST_P(SuspectsTest, CharactersOutsideTheDeclaredSet)
{
    agreeingPage();
    label(m_ann, { box(kW1, "cat"), box(kW2, "dog"), box(kW3, "sun") });
    const auto found = find({ SuspectKind::Charset }, QStringLiteral("acdgot"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].annotation, m_lastIds[2]);
    EXPECT_TRUE(found[0].reason.endsWith(QStringLiteral("sun")));
}

TEST(FrequentCharset, CoversTheShareAsked)
{
    // 1000 a, 998 b, 2 z: 99.9 % of 2000 = 1998 is reached with a and b.
    EXPECT_EQ(frequentCharset({ { U'z', 2 }, { U'a', 1000 }, { U'b', 998 } }, 0.999), QStringLiteral("ab"));
    EXPECT_EQ(frequentCharset({ { U'z', 2 }, { U'a', 1000 }, { U'b', 998 } }, 1.0), QStringLiteral("abz"));
}

TEST_P(SuspectsTest, DisagreementFromOpenConflict)
{
    agreeingPage();
    label(m_ann, { box(kW1, "cat"), box(kW2, "dog"), box(kW3, "sun") });
    Conflict c;
    c.image = m_img;
    c.kinds = { QStringLiteral("text") };
    c.severity = 0.4;
    c.annotations = { m_lastIds[1] };
    c.bounds = kW2;
    ASSERT_TRUE(ConflictRepository(*m_store).replaceOpen({ m_img }, { c }));
    const auto found = find();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].kind, SuspectKind::Disagreement);
    EXPECT_EQ(found[0].annotation, m_lastIds[1]);
    EXPECT_NEAR(found[0].score, 0.7, 1e-12);
}

TEST_P(SuspectsTest, RankedWorstFirstDeterministically)
{
    // dog missed (prediction and bob), sky missed (prediction only: bob labeled the page without it), "sin" wrong.
    predict(
        { box(kW1, "cat", 0.95), box(kW2, "dog", 0.93), box(kW3, "sun", 0.97), box({ 160, 10, 195, 30 }, "sky", 0.9) });
    label(m_bob, { box(kW1, "cat"), box(kW2, "dog"), box(kW3, "sun") });
    label(m_ann, { box(kW1, "cat"), box(kW3, "sin") });
    const auto found = find();
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].kind, SuspectKind::WrongText); // 1 - 0.03 * 0.2
    EXPECT_EQ(found[1].kind, SuspectKind::MissedWord); // 1 - 0.07 * 0.2
    EXPECT_EQ(found[1].region.text, QStringLiteral("dog"));
    EXPECT_EQ(found[2].kind, SuspectKind::MissedWord); // 0.9 * 0.6
    EXPECT_NEAR(found[2].score, 0.9 * 0.6, 1e-12);
    for (std::size_t i = 1; i < found.size(); ++i)
        EXPECT_GE(found[i - 1].score, found[i].score);
    // Ties: by image, then annotation, then kind.
    std::vector<Suspect> tied(2);
    tied[0].annotation = 9;
    tied[1].annotation = 3;
    rankSuspects(tied);
    EXPECT_EQ(tied[0].annotation, 3);
}

TEST_P(SuspectsTest, DecisionsRoundTripAndPrecisionSoFar)
{
    agreeingPage();
    label(m_ann, { box(kW1, "cat"), box(kW3, "sin") });
    const auto found = find();
    ASSERT_EQ(found.size(), 2u);
    const Suspect& wrong = found[0].kind == SuspectKind::WrongText ? found[0] : found[1];
    const Suspect& missed = found[0].kind == SuspectKind::MissedWord ? found[0] : found[1];
    SuspectDecisionRepository repo(*m_store);
    const std::size_t logBefore = m_store->editLog()->size();

    auto fixed = repo.decide(missed, SuspectVerdict::Fixed, missed.fix, m_ann, m_ann, 2.0);
    ASSERT_TRUE(fixed) << fixed.error().toString();
    EXPECT_EQ(m_store->annotations(m_img, m_ann)->size(), 3u);
    EXPECT_EQ(m_store->editLog()->size(), logBefore + 1);
    EXPECT_EQ(m_store->editLog()->back().action, QStringLiteral("add"));
    auto dismissed = repo.decide(wrong, SuspectVerdict::Dismissed, wrong.fix, m_ann, m_ann);
    ASSERT_TRUE(dismissed);
    EXPECT_EQ(m_store->annotation(wrong.annotation)->value().region.text, QStringLiteral("sin")); // untouched
    auto precision = repo.precision();
    ASSERT_TRUE(precision);
    EXPECT_EQ(precision->fixed, 1);
    EXPECT_EQ(precision->dismissed, 1);
    EXPECT_DOUBLE_EQ(precision->value(), 0.5);
    auto decisions = repo.decisions();
    ASSERT_TRUE(decisions);
    EXPECT_EQ(decisions->at(missed.key()).verdict, SuspectVerdict::Fixed);

    // The word is now labeled: the finder no longer lists it.
    EXPECT_EQ(find({ SuspectKind::MissedWord }).size(), 0u);
    ASSERT_TRUE(repo.undo(*fixed));
    EXPECT_EQ(m_store->annotations(m_img, m_ann)->size(), 2u);
    EXPECT_EQ(m_store->editLog()->back().reason, EditReason::Undo);
    EXPECT_EQ(repo.precision()->fixed, 0);
    EXPECT_EQ(find({ SuspectKind::MissedWord }).size(), 1u);
    auto again = repo.redo(*fixed);
    ASSERT_TRUE(again) << again.error().toString();
    EXPECT_EQ(m_store->annotations(m_img, m_ann)->size(), 3u);
    EXPECT_EQ(again->after.id, fixed->after.id); // put back under the same id
    EXPECT_EQ(m_store->editLog()->back().reason, EditReason::Redo);
    EXPECT_EQ(repo.precision()->fixed, 1);

    // A text fix changes the label in the same transaction as the decision.
    auto textFix = repo.decide(wrong, SuspectVerdict::Fixed, wrong.fix, m_ann, m_ann);
    ASSERT_TRUE(textFix);
    EXPECT_EQ(m_store->annotation(wrong.annotation)->value().region.text, QStringLiteral("sun"));
    EXPECT_EQ(repo.precision()->value(), 1.0); // the newest decision of a key stands
    ASSERT_TRUE(repo.undo(*textFix));
    EXPECT_EQ(m_store->annotation(wrong.annotation)->value().region.text, QStringLiteral("sin"));
}

TEST(SuspectAveragePrecision, MatchesIndependentReference)
{
    // Values from tests/core/analysis/suspects_ap_reference.py (plain Python, no library).
    EXPECT_NEAR(averagePrecision({ 1, 0, 1, 1, 0 }, 4), (1.0 + 2.0 / 3 + 3.0 / 4) / 4, 1e-12);
    EXPECT_NEAR(averagePrecision({ 0, 0, 1 }, 1), 1.0 / 3, 1e-12);
    EXPECT_NEAR(averagePrecision({}, 3), 0.0, 1e-12);
    EXPECT_NEAR(averagePrecision({ 1, 1, 0, 0, 1, 0, 1 }, 5), 0.6342857142857143, 1e-12);
}

TEST_P(SuspectsTest, ALooseBoxAroundASmallWordIsLooseNotSpuriousBesideAMissedWord)
{
    // A 12 x 10 word in a box 6 px bigger on every side: IoU 120 / 528 = 0.23 with the word, below the 0.3 of a
    // match, yet the word lies inside it and nothing else does.
    predict({ box(kW1, "cat", 0.95), box({ 60, 15, 72, 25 }, "a", 0.95) });
    label(m_ann, { box(kW1, "cat"), box({ 54, 9, 78, 31 }, "a") });
    const auto found = find();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].kind, SuspectKind::LooseBox);
    EXPECT_EQ(found[0].annotation, m_lastIds[1]);
    EXPECT_EQ(found[0].fix.region.polygon, Polygon::fromBox({ 60, 15, 72, 25 }));
    // Two words inside it: a box around several words, not a loose one.
    predict({ box({ 56, 15, 64, 25 }, "b", 0.95), box({ 68, 15, 76, 25 }, "c", 0.95) });
    const auto merged = find();
    const auto kindOf = [&](SuspectKind k) {
        return std::count_if(merged.begin(), merged.end(), [&](const Suspect& s) { return s.kind == k; });
    };
    EXPECT_EQ(kindOf(SuspectKind::Geometry), 1);
    EXPECT_EQ(kindOf(SuspectKind::LooseBox), 0);
}

TEST_P(SuspectsTest, AMergedBoxAgainstOneOfItsWordsIsNoWrongText)
{
    // The model boxed two words as one; the label is one of them, matched at IoU 0.5.
    predict({ box({ 10, 10, 90, 30 }, "cat dog", 0.95) });
    label(m_ann, { box({ 10, 10, 50, 30 }, "cat") });
    for (const Suspect& s : find())
        EXPECT_NE(s.kind, SuspectKind::WrongText) << s.reason.toStdString();
    // A real misreading at the same place still is one.
    label(m_bob, { box({ 10, 10, 50, 30 }, "cut") });
    const auto found = find({ SuspectKind::WrongText });
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].fix.region.text, QStringLiteral("cut"));
}

TEST_P(SuspectsTest, SliceAndBatchFilters)
{
    agreeingPage();
    label(m_ann, { box(kW1, "cat"), box(kW2, "dig"), box(kW3, "123") });
    predict({ box({ 160, 10, 200, 30 }, "45", 0.95) }); // a missed number
    SuspectOptions o;
    o.annotator = QStringLiteral("ann");
    o.run = QStringLiteral("r");
    o.charset = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    auto all = findSuspects(*m_store, o);
    ASSERT_TRUE(all);
    o.slice = QStringLiteral("script:digits");
    auto digits = findSuspects(*m_store, o);
    ASSERT_TRUE(digits);
    ASSERT_FALSE(digits->suspects.empty());
    EXPECT_LT(digits->suspects.size(), all->suspects.size());
    for (const Suspect& s : digits->suspects)
        EXPECT_TRUE(suspectInSlice(s, o.slice)) << s.region.text.toStdString();
    EXPECT_FALSE(suspectInSlice(digits->suspects.front(), QStringLiteral("script:latin")));
    EXPECT_FALSE(suspectInSlice(digits->suspects.front(), QStringLiteral("nonsense")));
    o.slice = QStringLiteral("script:klingon");
    auto unknown = findSuspects(*m_store, o);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(suspectSlices().contains(QStringLiteral("height:16-32")));
    // The image's batch is "" (makeProject imports without one): another batch has no suspects.
    o.slice.clear();
    o.batch = QStringLiteral("batch-9");
    auto other = findSuspects(*m_store, o);
    ASSERT_TRUE(other);
    EXPECT_TRUE(other->suspects.empty());
    EXPECT_EQ(other->images, 0);
}

class SuspectShares : public test::StoreFixture { };

TEST_P(SuspectShares, SeveralReadersFindTheOneReadersListToTheLastTie)
{
    // 48 images, each with errors of every kind at places that vary with the image; read by one reader (a chunk
    // larger than the project), then by shares of readers on their own connections (chunks of 4: 12 of them).
    makeProject(48);
    ProjectStore& store = *m_store;
    const AnnotatorId ann = *store.ensureAnnotator(QStringLiteral("ann"));
    auto run = store.createRun(QStringLiteral("r"), QStringLiteral("m"), QStringLiteral("{}"));
    ASSERT_TRUE(run);
    const auto images = *store.images();
    for (std::size_t k = 0; k < images.size(); ++k) {
        std::vector<Region> predicted;
        std::vector<Annotation> labels;
        for (int w = 0; w < 6; ++w) {
            const double x = 10 + 60.0 * w;
            predicted.push_back(box({ x, 10, x + 40, 30 }, "word", 0.8 + 0.03 * double((k + std::size_t(w)) % 6)));
            if ((k + std::size_t(w)) % 5 == 0)
                continue; // missed
            Annotation a;
            a.image = images[k].id;
            a.annotator = ann;
            const double shift = (k + std::size_t(w)) % 7 == 0 ? 12 : 0; // loose
            a.region = box({ x, 10, x + 40 + shift, 30 }, (k + std::size_t(w)) % 4 == 0 ? "wrd" : "word");
            labels.push_back(a);
        }
        ASSERT_TRUE(PredictionRepository(store).addImagePredictions(*run, images[k].id, predicted));
        ASSERT_TRUE(store.addAnnotations(labels, EditContext::edit(ann)));
    }
    SuspectOptions one;
    one.annotator = QStringLiteral("ann");
    one.run = QStringLiteral("r");
    one.charset = QStringLiteral("word");
    one.chunk = 1024;
    one.threads = 2;
    SuspectOptions shared = one;
    shared.chunk = 4;
    auto a = findSuspects(store, one);
    auto b = findSuspects(store, shared);
    ASSERT_TRUE(a) << a.error().toString();
    ASSERT_TRUE(b) << b.error().toString();
    ASSERT_GT(a->suspects.size(), 48u);
    EXPECT_EQ(a->images, 48);
    EXPECT_EQ(b->images, a->images);
    ASSERT_EQ(b->suspects.size(), a->suspects.size());
    for (std::size_t i = 0; i < a->suspects.size(); ++i) {
        EXPECT_EQ(b->suspects[i].kind, a->suspects[i].kind) << i;
        EXPECT_EQ(b->suspects[i].image, a->suspects[i].image) << i;
        EXPECT_EQ(b->suspects[i].annotation, a->suspects[i].annotation) << i;
        EXPECT_EQ(b->suspects[i].score, a->suspects[i].score) << i;
    }
    // A cancel reaches every reader.
    SilentProgress stop;
    stop.cancel();
    auto canceled = findSuspects(store, shared, &stop);
    ASSERT_FALSE(canceled);
    EXPECT_EQ(canceled.error().code, ErrorCode::Canceled);
}

LECTOR_ON_BOTH_BACKENDS(SuspectsTest);
LECTOR_ON_BOTH_BACKENDS(SuspectShares);
