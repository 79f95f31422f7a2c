// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/efficiency.h>

#include <lector/analysis/consensus.h>
#include <lector/analysis/quality_summary.h>
#include <lector/store/project_store.h>

#include "analysis/store_fixture.h"
#include "test_support.h"

#include <QProcess>
#include <QTemporaryDir>

#include <set>

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

TEST_P(EfficiencyStore, ReadsAddsChangesAndRemovesButNotImports)
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
    boxes[0].id = ids->rows[0].id;
    boxes[0].region.text = QStringLiteral("fixed");
    ASSERT_TRUE(m_store->updateAnnotations(
        { boxes[0] }, EditContext::edit(*ann, 4))); // logged now: decades later, a new session

    // Pre-labels promoted from a model run are in the edit log as adds, but nobody drew them.
    Annotation promoted = boxes[1];
    promoted.id = 0;
    promoted.source = Source::Auto;
    promoted.region.polygon = Polygon::fromBox({ 110, 10, 140, 30 });
    EditContext engine;
    engine.reason = EditReason::Engine;
    ASSERT_TRUE(m_store->addAnnotations({ promoted }, engine));

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

namespace {

/// A scripted session against the store, as the canvas's undo commands write it: each step's time is set by hand
/// (the store stamps the log with "now", so the scripted times go into the rows through the context's seconds and
/// the log's times are read back instead of assumed).
struct Script {
    ProjectStore& store;
    AnnotatorId me;
    ImageId image;

    Annotation box(double x) const
    {
        Annotation a;
        a.image = image;
        a.annotator = me;
        a.region.polygon = Polygon::fromBox({ x, 10, x + 30, 30 });
        return a;
    }
    WrittenAnnotations draw(double x, double seconds)
    {
        EditContext c = EditContext::edit(me, seconds);
        auto w = store.addAnnotations({ box(x) }, c);
        EXPECT_TRUE(w) << w.error().toString();
        return w ? *w : WrittenAnnotations {};
    }
    WrittenAnnotations retype(const Annotation& a, const QString& text, double seconds)
    {
        Annotation b = a;
        b.region.text = text;
        auto w = store.updateAnnotations({ b }, EditContext::edit(me, seconds));
        EXPECT_TRUE(w) << w.error().toString();
        return w ? *w : WrittenAnnotations {};
    }
    EditContext cause(EditReason reason, std::int64_t entry) const
    {
        EditContext c = EditContext::edit(me, 99); // undo and redo seconds are never charged
        c.reason = reason;
        c.undoes = { entry };
        return c;
    }
    void undoDraw(const WrittenAnnotations& drawn)
    {
        ASSERT_TRUE(store.removeAnnotations({ drawn.rows[0].id }, cause(EditReason::Undo, drawn.entries[0])));
    }
    void redoDraw(const WrittenAnnotations& drawn)
    {
        ASSERT_TRUE(store.addAnnotations({ drawn.rows[0] }, cause(EditReason::Redo, drawn.entries[0])));
    }
    /// `row` as an undo stack gives it back: at the version the stack last saw stored (here, the store's own).
    Annotation atCurrentVersion(Annotation row)
    {
        row.version = (*store.annotation(row.id))->version;
        return row;
    }
    void undoChange(const Annotation& before, const WrittenAnnotations& changed)
    {
        ASSERT_TRUE(store.updateAnnotations({ atCurrentVersion(before) }, cause(EditReason::Undo, changed.entries[0])));
    }
    void redoChange(const WrittenAnnotations& changed)
    {
        ASSERT_TRUE(store.updateAnnotations(
            { atCurrentVersion(changed.rows[0]) }, cause(EditReason::Redo, changed.entries[0])));
    }
};

/// Efficiency worked out by hand from the log's own times: the entries that still stand in `standing` (log ids),
/// in order, with the threshold of 120 s.
struct ByHand {
    int boxes = 0;
    int corrections = 0;
    double active = 0;
};
ByHand byHand(const std::vector<EditLogEntry>& log, const std::set<std::int64_t>& standing)
{
    ByHand h;
    const EditLogEntry* previous = nullptr;
    for (const EditLogEntry& e : log) {
        if (!standing.count(e.id))
            continue;
        (e.action == QLatin1String("add") ? h.boxes : h.corrections)++;
        const double gap = previous ? (e.at - previous->at) / 1000.0 : 1e9;
        h.active += gap <= 120 ? gap : std::min(e.seconds, 120.0);
        previous = &e;
    }
    return h;
}

} // namespace

TEST_P(EfficiencyStore, UndoneWorkIsNoWorkAndUndoIsNotCharged)
{
    makeProject(1);
    auto me = m_store->ensureAnnotator(QStringLiteral("ann"));
    ASSERT_TRUE(me);
    Script s { *m_store, *me, m_images.front() };

    // Draw, undo, redo: one box, no correction.
    const WrittenAnnotations first = s.draw(10, 6);
    s.undoDraw(first);
    s.redoDraw(first);
    // Draw and undo: nothing.
    const WrittenAnnotations gone = s.draw(60, 5);
    s.undoDraw(gone);
    // Draw, type, undo the typing, redo it, undo it again: one box, no correction.
    const WrittenAnnotations third = s.draw(110, 4);
    const WrittenAnnotations typed = s.retype(third.rows[0], QStringLiteral("cat"), 3);
    s.undoChange(third.rows[0], typed);
    s.redoChange(typed);
    s.undoChange(third.rows[0], typed);
    // Draw and type, kept: one box and one correction.
    const WrittenAnnotations fourth = s.draw(160, 7);
    const WrittenAnnotations kept = s.retype(fourth.rows[0], QStringLiteral("dog"), 2);

    auto log = m_store->editLog();
    ASSERT_TRUE(log);
    // The log says why each row changed: undo and redo entries name the entry they undo or redo and cost nothing.
    int undos = 0, redos = 0;
    for (const EditLogEntry& e : *log) {
        if (e.reason == EditReason::Undo || e.reason == EditReason::Redo) {
            (e.reason == EditReason::Undo ? undos : redos)++;
            EXPECT_GT(e.undoes, 0);
            EXPECT_EQ(e.seconds, 0) << "entry " << e.id;
        }
    }
    EXPECT_EQ(undos, 4);
    EXPECT_EQ(redos, 2);

    const std::set<std::int64_t> standing { first.entries[0], third.entries[0], fourth.entries[0], kept.entries[0] };
    const ByHand expected = byHand(*log, standing);
    EXPECT_EQ(expected.boxes, 3);
    EXPECT_EQ(expected.corrections, 1);

    auto r = computeEfficiency(*m_store);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->annotators.size(), 1u);
    const AnnotatorEfficiency& a = r->annotators.front();
    EXPECT_EQ(a.boxes, expected.boxes);
    EXPECT_EQ(a.corrections, expected.corrections);
    EXPECT_DOUBLE_EQ(a.activeSeconds, expected.active);
    // The median box takes the seconds of the boxes that stand: 6, 4 and 7.
    EXPECT_DOUBLE_EQ(a.medianSecondsPerBox, 6);
    // The store holds what the screen shows after all that: three boxes, the typed text undone, "dog" kept.
    auto rows = m_store->annotations(m_images.front(), *me);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 3u);
    EXPECT_EQ(rows->at(1).region.text, QString());
    EXPECT_EQ(rows->at(2).region.text, QStringLiteral("dog"));
}

TEST_P(EfficiencyStore, AnEditStartsTheImageInTheSameTransaction)
{
    makeProject(2);
    auto me = m_store->ensureAnnotator(QStringLiteral("ann"));
    ASSERT_TRUE(me);
    Script s { *m_store, *me, m_images.front() };
    // A write without the event leaves the state alone (imports, engines, other people's work).
    s.draw(10, 1);
    EXPECT_EQ(*m_store->imageState(m_images.front(), *me), ImageState::ToDo);
    EditContext c = EditContext::edit(*me, 2);
    c.imageEvent = ImageEvent::Edited;
    ASSERT_TRUE(m_store->addAnnotations({ s.box(50) }, c));
    EXPECT_EQ(*m_store->imageState(m_images.front(), *me), ImageState::InProgress);
    auto done = m_store->changeImageState(m_images.front(), *me, ImageEvent::MarkedDone);
    ASSERT_TRUE(done);
    EXPECT_EQ(done->before, ImageState::InProgress);
    EXPECT_EQ(done->after, ImageState::Done);
    ASSERT_TRUE(m_store->addAnnotations({ s.box(90) }, c));
    EXPECT_EQ(*m_store->imageState(m_images.front(), *me), ImageState::Done);
    // A failing write changes no state: the box is invalid, so the transaction rolls back whole.
    Annotation bad = s.box(10);
    bad.image = m_images.back();
    bad.region.polygon = Polygon {};
    EXPECT_FALSE(m_store->addAnnotations({ bad }, c));
    EXPECT_EQ(*m_store->imageState(m_images.back(), *me), ImageState::ToDo);
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

TEST(EfficiencyDemo, AgreementWithTheConsensusOnceOneIsBuilt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = test::makeDemoProject(dir.path(), 8);
    ASSERT_FALSE(project.isEmpty());
    auto store = ProjectStore::open(project);
    ASSERT_TRUE(store);
    auto r = computeEfficiency(**store);
    ASSERT_TRUE(r);
    ASSERT_TRUE(fillConsensusAgreement(**store, *r));
    for (const AnnotatorEfficiency& a : r->annotators)
        EXPECT_FALSE(a.consensusAgreement.has_value()) << a.name.toStdString(); // no consensus yet

    ASSERT_TRUE(buildConsensus(**store));
    ASSERT_TRUE(fillConsensusAgreement(**store, *r));
    // The dashboard's figure (read in the same pass as its agreement report), exactly.
    auto summary = computeQualitySummary(**store, {});
    ASSERT_TRUE(summary) << summary.error().toString();
    for (const char* name : { "alice", "bob", "chloe" }) {
        SCOPED_TRACE(name);
        const AnnotatorEfficiency* a = find(*r, name);
        const AnnotatorEfficiency* shown = find(summary->efficiency, name);
        ASSERT_TRUE(a && shown);
        ASSERT_TRUE(a->consensusAgreement.has_value());
        ASSERT_TRUE(shown->consensusAgreement.has_value());
        EXPECT_EQ(*a->consensusAgreement, *shown->consensusAgreement);
        EXPECT_GT(*a->consensusAgreement, 0.3);
        EXPECT_LE(*a->consensusAgreement, 1);
    }
    const nlohmann::json j = efficiencyToJson(*r);
    int filled = 0;
    for (const auto& a : j["annotators"])
        filled += a["agreement_with_consensus"].is_number() ? 1 : 0;
    EXPECT_EQ(filled, 3);
}

LECTOR_ON_BOTH_BACKENDS(EfficiencyStore);
