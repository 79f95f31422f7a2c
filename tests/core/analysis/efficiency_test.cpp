// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/efficiency.h>

#include <lector/store/project_store.h>

#include "analysis/store_fixture.h"
#include "test_support.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace lector;

namespace {

EditActivity ev(const char* who, const char* action, double atSeconds, double seconds)
{
    return { QString::fromLatin1(who), QString::fromLatin1(action), static_cast<std::int64_t>(atSeconds * 1000),
        seconds };
}

/// alice: a session, a 600 s coffee break, a second session; bob: four quick boxes given out of time order.
std::vector<EditActivity> handMadeLog()
{
    return {
        ev("bob", "add", 1010, 5),
        ev("alice", "add", 0, 10),
        ev("alice", "add", 30, 8),
        ev("alice", "change", 50, 5),
        ev("alice", "add", 110, 12),
        ev("alice", "add", 710, 200),
        ev("alice", "remove", 740, 0),
        ev("alice", "add", 860, 9),
        ev("bob", "add", 1000, 4),
        ev("bob", "add", 1015, 6),
        ev("bob", "add", 1003, 3),
    };
}

const AnnotatorEfficiency* find(const EfficiencyReport& r, const char* name)
{
    for (const AnnotatorEfficiency& a : r.annotators) {
        if (a.name == QLatin1String(name))
            return &a;
    }
    return nullptr;
}

} // namespace

TEST(Efficiency, HandMadeLogWithIdleTrimming)
{
    const EfficiencyReport r = computeEfficiency(handMadeLog());
    ASSERT_EQ(r.annotators.size(), 2u);
    EXPECT_EQ(r.idleThresholdSeconds, 120);
    const AnnotatorEfficiency* alice = find(r, "alice");
    ASSERT_NE(alice, nullptr);
    // Session 1: first event's own 10 s, then gaps 30 + 20 + 60 = 120 s.
    // Gap 110 -> 710 is 600 s > 120: dropped; session 2 starts with min(200, 120) = 120 s,
    // then gaps 30 (740) and 120 (860, equal to the threshold: still work) = 150 s. Total 10 + 110 + 120 + 150 = 390.
    EXPECT_DOUBLE_EQ(alice->activeSeconds, 390);
    EXPECT_EQ(alice->sessions, 2);
    EXPECT_EQ(alice->boxes, 5);
    EXPECT_EQ(alice->corrections, 2); // one change, one remove
    EXPECT_DOUBLE_EQ(alice->correctionsPerBox(), 0.4); // 2 / 5
    EXPECT_DOUBLE_EQ(alice->medianSecondsPerBox, 10); // {8, 9, 10, 12, 200}
    EXPECT_DOUBLE_EQ(alice->boxesPerHour(), 5 / (390.0 / 3600)); // 46.15...

    const AnnotatorEfficiency* bob = find(r, "bob");
    ASSERT_NE(bob, nullptr);
    // In time order 1000 (4 s), 1003, 1010, 1015: 4 + 3 + 7 + 5 = 19 s in one session.
    EXPECT_DOUBLE_EQ(bob->activeSeconds, 19);
    EXPECT_EQ(bob->sessions, 1);
    EXPECT_DOUBLE_EQ(bob->medianSecondsPerBox, 4.5); // {3, 4, 5, 6}: mean of the middle two
    EXPECT_EQ(bob->corrections, 0);
}

TEST(Efficiency, LowerThresholdSplitsMoreSessions)
{
    EfficiencyOptions options;
    options.idleThresholdSeconds = 30;
    options.exclude = QStringList { QStringLiteral("bob") };
    const EfficiencyReport r = computeEfficiency(handMadeLog(), options);
    ASSERT_EQ(r.annotators.size(), 1u);
    const AnnotatorEfficiency& alice = r.annotators.front();
    // 0: 10; 30: +30 (gap = threshold); 50: +20; 110: gap 60 -> new session, +12; 710: new session, +min(200, 30);
    // 740: +30; 860: gap 120 -> new session, +9. 10 + 30 + 20 + 12 + 30 + 30 + 9 = 141 s in 4 sessions.
    EXPECT_DOUBLE_EQ(alice.activeSeconds, 141);
    EXPECT_EQ(alice.sessions, 4);
}

TEST(Efficiency, JsonShape)
{
    EfficiencyReport r = computeEfficiency(handMadeLog());
    r.annotators.front().consensusAgreement = 0.9;
    const nlohmann::json j = efficiencyToJson(r);
    EXPECT_EQ(j.at("idle_threshold_seconds").get<double>(), 120);
    ASSERT_EQ(j.at("annotators").size(), 2u);
    const nlohmann::json& a = j.at("annotators").at(0);
    EXPECT_EQ(a.at("name"), "alice");
    EXPECT_EQ(a.at("boxes"), 5);
    EXPECT_DOUBLE_EQ(a.at("active_hours").get<double>(), 390.0 / 3600);
    EXPECT_DOUBLE_EQ(a.at("boxes_per_hour").get<double>(), 5 / (390.0 / 3600));
    EXPECT_DOUBLE_EQ(a.at("median_seconds_per_box").get<double>(), 10);
    EXPECT_DOUBLE_EQ(a.at("corrections_per_box").get<double>(), 0.4);
    EXPECT_EQ(a.at("sessions"), 2);
    EXPECT_DOUBLE_EQ(a.at("agreement_with_consensus").get<double>(), 0.9);
    EXPECT_TRUE(j.at("annotators").at(1).at("agreement_with_consensus").is_null());
}

class EfficiencyStore : public test::StoreFixture { };

TEST_F(EfficiencyStore, ReadsAddsChangesAndRemovesButNotImports)
{
    makeProject(1);
    auto ann = m_store->ensureAnnotator(QStringLiteral("ann"));
    ASSERT_TRUE(ann);
    std::vector<Annotation> boxes(2);
    for (int i = 0; i < 2; ++i) {
        boxes[i].image = m_images.front();
        boxes[i].annotator = *ann;
        boxes[i].region.polygon = Polygon::fromBox({ 10.0 + 50 * i, 10, 40.0 + 50 * i, 30 });
        boxes[i].createdAt = boxes[i].updatedAt = 1'000'000 + 30'000 * i; // 30 s apart
        boxes[i].secondsSpent = i == 0 ? 5 : 7;
    }
    auto ids = m_store->addAnnotations(boxes);
    ASSERT_TRUE(ids);
    boxes[0].id = (*ids)[0];
    boxes[0].region.text = QStringLiteral("fixed");
    ASSERT_TRUE(m_store->updateAnnotations({ boxes[0] }, *ann, 4)); // logged now: decades later, a new session

    // Pre-labels promoted from a model run are in the edit log as adds, but nobody drew them.
    Annotation promoted = boxes[1];
    promoted.id = 0;
    promoted.source = Source::Auto;
    promoted.region.polygon = Polygon::fromBox({ 110, 10, 140, 30 });
    ASSERT_TRUE(m_store->addAnnotations({ promoted }));

    auto r = computeEfficiency(*m_store);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->annotators.size(), 1u); // the reference's import is not labeling work
    const AnnotatorEfficiency& a = r->annotators.front();
    EXPECT_EQ(a.boxes, 2);
    EXPECT_EQ(a.corrections, 1);
    EXPECT_EQ(a.sessions, 2);
    EXPECT_DOUBLE_EQ(a.activeSeconds, 5 + 30 + 4);
    EXPECT_DOUBLE_EQ(a.medianSecondsPerBox, 6);
}

TEST(EfficiencyDemo, BobIsFasterThanAlice)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = test::makeDemoProject(dir.path(), 24);
    ASSERT_FALSE(project.isEmpty());
    auto store = ProjectStore::open(project);
    ASSERT_TRUE(store);
    auto r = computeEfficiency(**store);
    ASSERT_TRUE(r);
    const AnnotatorEfficiency* alice = find(*r, "alice");
    const AnnotatorEfficiency* bob = find(*r, "bob");
    const AnnotatorEfficiency* chloe = find(*r, "chloe");
    ASSERT_TRUE(alice && bob && chloe);
    EXPECT_EQ(find(*r, "reference"), nullptr);
    // Profiles (src/demo/demo_generator.cpp): median 7.5 s, 3.5 s and 5.5 s a box plus typing time.
    EXPECT_GT(alice->medianSecondsPerBox, chloe->medianSecondsPerBox);
    EXPECT_GT(chloe->medianSecondsPerBox, bob->medianSecondsPerBox);
    EXPECT_LT(alice->boxesPerHour(), bob->boxesPerHour());
    for (const AnnotatorEfficiency* a : { alice, bob, chloe }) {
        EXPECT_GT(a->boxes, 1000);
        EXPECT_GT(a->sessions, 1); // days and breaks
        // Active time lies between the boxes' own recorded seconds' floor (3 s each) and their plausible ceiling.
        EXPECT_GT(a->activeSeconds, 3.0 * a->boxes);
        EXPECT_LT(a->activeSeconds, 60.0 * a->boxes);
    }
}
