// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/conflict_repository.h>

#include <lector/store/project_store.h>

#include "analysis/store_fixture.h"
#include "test_support.h"

using namespace lector;

namespace {

Conflict make(ImageId image, QStringList kinds, double severity, std::vector<AnnotationId> members)
{
    Conflict c;
    c.image = image;
    c.kinds = std::move(kinds);
    c.severity = severity;
    c.annotations = std::move(members);
    c.bounds = { 1, 2, 30, 40 };
    return c;
}

SettleDecision decide(ConflictResolution resolution, const QString& note = {}, std::int64_t at = 0)
{
    SettleDecision d;
    d.resolution = resolution;
    d.reviewer = QStringLiteral("rita");
    d.note = note;
    d.at = at;
    return d;
}

} // namespace

class ConflictRepositoryTest : public test::StoreFixture { };

TEST_P(ConflictRepositoryTest, ReplaceListFilterResolveCount)
{
    makeProject(2);
    const ImageId a = m_images[0];
    const ImageId b = m_images[1];
    ConflictRepository repo(*m_store);
    ASSERT_TRUE(repo.replaceOpen({ a, b },
        { make(a, { QStringLiteral("text") }, 0.5, { 3, 1, 2 }),
            make(a, { QStringLiteral("missing"), QStringLiteral("geometry") }, 1.2, { 4 }),
            make(b, { QStringLiteral("flags") }, 0.3, { 5, 6 }) }));

    auto all = repo.list();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 3u);
    EXPECT_DOUBLE_EQ((*all)[0].severity, 1.2); // most severe first
    EXPECT_EQ((*all)[0].kinds, (QStringList { QStringLiteral("missing"), QStringLiteral("geometry") }));
    EXPECT_EQ((*all)[1].annotations, (std::vector<AnnotationId> { 1, 2, 3 }));
    EXPECT_EQ((*all)[1].bounds, (BoxF { 1, 2, 30, 40 }));
    EXPECT_EQ((*all)[1].status, ConflictStatus::Open);

    ConflictFilter byKind;
    byKind.kind = QStringLiteral("geometry"); // a second kind still matches
    EXPECT_EQ(repo.list(byKind)->size(), 1u);
    ConflictFilter byImage;
    byImage.image = b;
    EXPECT_EQ(repo.list(byImage)->size(), 1u);
    ConflictFilter severe;
    severe.minSeverity = 0.4;
    EXPECT_EQ(repo.list(severe)->size(), 2u);
    ASSERT_TRUE(m_store->setImageBatch({ b }, QStringLiteral("night-shift"), QStringLiteral("val")));
    ConflictFilter byBatch;
    byBatch.batch = QStringLiteral("night-shift");
    ASSERT_EQ(repo.list(byBatch)->size(), 1u);
    EXPECT_EQ(repo.list(byBatch)->at(0).image, b);
    ConflictFilter bySplit;
    bySplit.split = QStringLiteral("val");
    EXPECT_EQ(repo.list(bySplit)->size(), 1u);
    bySplit.split = QStringLiteral("train");
    EXPECT_TRUE(repo.list(bySplit)->empty());

    const std::int64_t textId = (*all)[1].id;
    ASSERT_TRUE(repo.settle(
        textId, decide(ConflictResolution::AcceptedConsensus, QStringLiteral("consensus reads right"), 1234)));
    ASSERT_TRUE(repo.settle((*all)[2].id, decide(ConflictResolution::GuidelineGap, QStringLiteral("ligatures?"))));
    auto resolved = repo.conflict(textId);
    ASSERT_TRUE(resolved && *resolved);
    EXPECT_EQ((*resolved)->status, ConflictStatus::Resolved);
    EXPECT_EQ((*resolved)->resolution, ConflictResolution::AcceptedConsensus);
    EXPECT_EQ((*resolved)->reviewer, QStringLiteral("rita"));
    EXPECT_EQ((*resolved)->resolvedAt, 1234);
    EXPECT_EQ((*resolved)->note, QStringLiteral("consensus reads right"));
    auto rita = m_store->findAnnotator(QStringLiteral("rita"));
    ASSERT_TRUE(rita && *rita);
    EXPECT_EQ((*rita)->role, Role::Reviewer);

    auto counts = repo.countsByStatus();
    ASSERT_TRUE(counts);
    EXPECT_EQ((*counts)[ConflictStatus::Open], 1);
    EXPECT_EQ((*counts)[ConflictStatus::Resolved], 1);
    EXPECT_EQ((*counts)[ConflictStatus::GuidelineGap], 1);

    // Rebuilding image a: the open conflict is replaced, the settled one stays and is not reopened.
    ASSERT_TRUE(repo.replaceOpen({ a },
        { make(a, { QStringLiteral("text") }, 0.5, { 1, 2, 3 }), make(a, { QStringLiteral("text") }, 0.9, { 7 }) }));
    ConflictFilter open;
    open.status = ConflictStatus::Open;
    open.image = a;
    auto openA = repo.list(open);
    ASSERT_TRUE(openA);
    ASSERT_EQ(openA->size(), 1u);
    EXPECT_EQ(openA->front().annotations, (std::vector<AnnotationId> { 7 }));
    counts = repo.countsByStatus();
    EXPECT_EQ((*counts)[ConflictStatus::Open], 1);
    EXPECT_EQ((*counts)[ConflictStatus::Resolved], 1);
}

TEST_P(ConflictRepositoryTest, SettleErrors)
{
    makeProject(1);
    ConflictRepository repo(*m_store);
    auto missing = repo.settle(99, decide(ConflictResolution::Edited));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    auto none = repo.settle(99, decide(ConflictResolution::None));
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::InvalidArgument);
    // Settling twice is refused: the second reviewer sees the first one's decision instead of overwriting it.
    ASSERT_TRUE(repo.replaceOpen({ m_images[0] }, { make(m_images[0], { QStringLiteral("text") }, 0.5, { 1, 2 }) }));
    const std::int64_t id = repo.list()->front().id;
    ASSERT_TRUE(repo.settle(id, decide(ConflictResolution::Edited)));
    auto again = repo.settle(id, decide(ConflictResolution::AcceptedConsensus));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ((*repo.conflict(id))->resolution, ConflictResolution::Edited);
}

namespace {

Annotation word(ImageId image, AnnotatorId who, double x, const char* text, Source source = Source::Manual)
{
    Annotation a;
    a.image = image;
    a.annotator = who;
    a.region.polygon = Polygon::fromBox({ x, 10, x + 40, 30 });
    a.region.text = QString::fromUtf8(text);
    a.source = source;
    return a;
}

} // namespace

TEST_P(ConflictRepositoryTest, SettleIsOneTransactionAndUndoPutsBackWhatWasThere)
{
    makeProject(1);
    const ImageId image = m_images[0];
    auto alice = m_store->ensureAnnotator(QStringLiteral("alice"));
    auto bob = m_store->ensureAnnotator(QStringLiteral("bob"));
    auto consensus = m_store->ensureAnnotator(QStringLiteral("consensus"), Role::Reviewer);
    ASSERT_TRUE(alice && bob && consensus);
    auto members = m_store->addAnnotations({ word(image, *alice, 10, "colour"), word(image, *bob, 11, "color") });
    auto voted = m_store->addAnnotations({ word(image, *consensus, 10, "color", Source::Consensus) });
    ASSERT_TRUE(members && voted);
    ConflictRepository repo(*m_store);
    Conflict c = make(image, { QStringLiteral("text") }, 0.7, members->ids());
    c.consensus = voted->rows[0].id;
    ASSERT_TRUE(repo.replaceOpen({ image }, { c }));
    const Conflict open = repo.list()->front();
    ASSERT_EQ(open.consensus, voted->rows[0].id);

    // Accepting alice's version: the consensus label takes it and the conflict is settled, together.
    SettleDecision d = decide(ConflictResolution::AcceptedAnnotator, QStringLiteral("accepted alice"));
    d.accepted = members->rows[0].region;
    auto settled = repo.settle(open.id, d);
    ASSERT_TRUE(settled) << settled.error().toString();
    EXPECT_FALSE(settled->consensusAdded);
    ASSERT_TRUE(settled->consensusBefore && settled->consensusAfter);
    EXPECT_EQ(settled->consensusBefore->region.text, QStringLiteral("color"));
    EXPECT_EQ((*m_store->annotation(open.consensus))->region.text, QStringLiteral("colour"));
    EXPECT_EQ((*repo.conflict(open.id))->status, ConflictStatus::Resolved);
    auto log = m_store->editLog();
    ASSERT_TRUE(log);
    EXPECT_EQ(log->back().reason, EditReason::Settlement);
    EXPECT_EQ(log->back().annotator, QStringLiteral("rita"));
    ASSERT_EQ(settled->entries, (std::vector<std::int64_t> { log->back().id }));

    // Undo: open again, the consensus reads "color" again, logged as an undo of the settlement's entry.
    ASSERT_TRUE(repo.undoSettlement(*settled));
    const Conflict reopened = **repo.conflict(open.id);
    EXPECT_EQ(reopened.status, ConflictStatus::Open);
    EXPECT_EQ(reopened.resolution, ConflictResolution::None);
    EXPECT_EQ(reopened.reviewer, QString());
    EXPECT_EQ(reopened.resolvedAt, 0);
    const Annotation restored = **m_store->annotation(open.consensus);
    EXPECT_EQ(restored.region.text, QStringLiteral("color"));
    EXPECT_EQ(restored.updatedAt, voted->rows[0].updatedAt);
    log = m_store->editLog();
    EXPECT_EQ(log->back().reason, EditReason::Undo);
    EXPECT_EQ(log->back().undoes, settled->entries.front());

    // Redo: settled again the same way.
    ASSERT_TRUE(repo.redoSettlement(*settled));
    EXPECT_EQ((*repo.conflict(open.id))->resolution, ConflictResolution::AcceptedAnnotator);
    EXPECT_EQ((*m_store->annotation(open.consensus))->region.text, QStringLiteral("colour"));
    EXPECT_EQ(m_store->editLog()->back().reason, EditReason::Redo);
}

TEST_P(ConflictRepositoryTest, SettlingWithoutAConsensusMakesOneAndUndoRemovesIt)
{
    makeProject(1);
    const ImageId image = m_images[0];
    auto alice = m_store->ensureAnnotator(QStringLiteral("alice"));
    ASSERT_TRUE(alice);
    auto members = m_store->addAnnotations({ word(image, *alice, 10, "alone") });
    ASSERT_TRUE(members);
    ConflictRepository repo(*m_store);
    ASSERT_TRUE(repo.replaceOpen({ image }, { make(image, { QStringLiteral("missing") }, 1.0, members->ids()) }));
    const Conflict open = repo.list()->front();
    EXPECT_EQ(open.consensus, 0);
    SettleDecision d = decide(ConflictResolution::AcceptedAnnotator);
    d.accepted = members->rows[0].region;
    auto settled = repo.settle(open.id, d);
    ASSERT_TRUE(settled) << settled.error().toString();
    ASSERT_TRUE(settled->consensusAdded);
    const AnnotationId made = settled->consensusAfter->id;
    const Annotation row = **m_store->annotation(made);
    EXPECT_EQ(row.source, Source::Consensus);
    EXPECT_EQ(row.region.text, QStringLiteral("alone"));
    EXPECT_EQ((*repo.conflict(open.id))->consensus, made); // the conflict points at the label it made
    ASSERT_TRUE(repo.undoSettlement(*settled));
    EXPECT_FALSE(*m_store->annotation(made));
    EXPECT_EQ((*repo.conflict(open.id))->consensus, 0);
    ASSERT_TRUE(repo.redoSettlement(*settled));
    EXPECT_EQ((*m_store->annotation(made))->region.text, QStringLiteral("alone")); // back under its id
    EXPECT_EQ((*repo.conflict(open.id))->consensus, made);
}

TEST_P(ConflictRepositoryTest, AFailedSettleChangesNothing)
{
    makeProject(1);
    const ImageId image = m_images[0];
    auto alice = m_store->ensureAnnotator(QStringLiteral("alice"));
    ASSERT_TRUE(alice);
    auto members = m_store->addAnnotations({ word(image, *alice, 10, "x") });
    ASSERT_TRUE(members);
    ConflictRepository repo(*m_store);
    ASSERT_TRUE(repo.replaceOpen({ image }, { make(image, { QStringLiteral("missing") }, 1.0, members->ids()) }));
    const Conflict open = repo.list()->front();
    // An accepted version with no valid geometry fails inside the transaction: the conflict stays open and no
    // consensus label or log entry is left behind.
    const auto logBefore = m_store->editLog()->size();
    SettleDecision d = decide(ConflictResolution::AcceptedAnnotator);
    d.accepted = Region {};
    ASSERT_FALSE(repo.settle(open.id, d));
    EXPECT_EQ((*repo.conflict(open.id))->status, ConflictStatus::Open);
    EXPECT_EQ(m_store->editLog()->size(), logBefore);
    EXPECT_FALSE(*m_store->findAnnotator(QStringLiteral("consensus"))); // made inside the transaction, rolled back
    EXPECT_FALSE(*m_store->findAnnotator(QStringLiteral("rita")));
}

TEST_P(ConflictRepositoryTest, FilterBySliceOfTheMembers)
{
    makeProject(1);
    const ImageId image = m_images[0];
    auto alice = m_store->ensureAnnotator(QStringLiteral("alice"));
    ASSERT_TRUE(alice);
    auto region = [&](double height, const char* text) {
        Annotation a;
        a.image = image;
        a.annotator = *alice;
        a.region.polygon = Polygon::fromBox({ 0, 0, 40, height });
        a.region.text = QString::fromUtf8(text);
        return a;
    };
    auto ids
        = m_store->addAnnotations({ region(10, "한국"), region(10, "cat"), region(40, "1999"), region(12, "dog") });
    ASSERT_TRUE(ids);
    const auto id = ids->ids();
    ConflictRepository repo(*m_store);
    ASSERT_TRUE(repo.replaceOpen({ image },
        { make(image, { QStringLiteral("text") }, 0.9, { id[0], id[1] }), // small Hangul + small Latin
            make(image, { QStringLiteral("text") }, 0.5, { id[2] }), // tall digits
            make(image, { QStringLiteral("missing") }, 0.2, { id[3] }) })); // small Latin

    ConflictFilter f;
    f.sliceDimension = QStringLiteral("script");
    f.sliceBin = QStringLiteral("hangul");
    auto hangul = repo.list(f);
    ASSERT_TRUE(hangul);
    ASSERT_EQ(hangul->size(), 1u);
    EXPECT_EQ(hangul->front().annotations.size(), 2u);
    f.sliceBin = QStringLiteral("latin");
    EXPECT_EQ(repo.list(f)->size(), 2u);
    f.limit = 1; // the limit counts conflicts in the slice, most severe first
    ASSERT_EQ(repo.list(f)->size(), 1u);
    EXPECT_DOUBLE_EQ(repo.list(f)->front().severity, 0.9);
    f.limit = -1;
    f.kind = QStringLiteral("missing"); // and combines with the other filters
    EXPECT_EQ(repo.list(f)->size(), 1u);
    f.kind.clear();
    f.sliceDimension = QStringLiteral("height");
    f.sliceBin = QStringLiteral("32-64");
    ASSERT_EQ(repo.list(f)->size(), 1u);
    EXPECT_EQ(repo.list(f)->front().annotations, (std::vector<AnnotationId> { id[2] }));
    f.sliceDimension = QStringLiteral("colour");
    auto bad = repo.list(f);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("colour")));
}

TEST_P(ConflictRepositoryTest, SettleAllIsOneStepThatUndoAndRedoReverseExactly)
{
    makeProject(1);
    const ImageId image = m_images[0];
    auto alice = m_store->ensureAnnotator(QStringLiteral("alice"));
    auto bob = m_store->ensureAnnotator(QStringLiteral("bob"));
    auto consensus = m_store->ensureAnnotator(QStringLiteral("consensus"), Role::Reviewer);
    ASSERT_TRUE(alice && bob && consensus);
    auto members = m_store->addAnnotations({ word(image, *alice, 10, "colour"), word(image, *bob, 11, "color"),
        word(image, *alice, 100, "alone"), word(image, *bob, 200, "stray") });
    auto voted = m_store->addAnnotations({ word(image, *consensus, 10, "color", Source::Consensus) });
    ASSERT_TRUE(members && voted);
    const auto ids = members->ids();
    ConflictRepository repo(*m_store);
    Conflict text = make(image, { QStringLiteral("text") }, 0.7, { ids[0], ids[1] });
    text.consensus = voted->rows[0].id;
    ASSERT_TRUE(repo.replaceOpen({ image },
        { text, make(image, { QStringLiteral("missing") }, 0.5, { ids[2] }),
            make(image, { QStringLiteral("missing") }, 0.4, { ids[3] }) }));
    const std::vector<Conflict> open = *repo.list();
    ASSERT_EQ(open.size(), 3u);
    const auto logBefore = m_store->editLog()->size();

    // One step: the text conflict takes alice's reading (a label written, logged as a settlement), the lone word is
    // made a consensus label, the stray box is settled with no label.
    SettleDecision accept = decide(ConflictResolution::AcceptedAnnotator, QStringLiteral("alice"), 100);
    accept.accepted = members->rows[0].region;
    SettleDecision create = decide(ConflictResolution::AcceptedAnnotator, QStringLiteral("alone"), 100);
    create.accepted = members->rows[2].region;
    const SettleDecision none = decide(ConflictResolution::AcceptedConsensus, QStringLiteral("no word"), 100);
    auto bulk = repo.settleAll({ { open[0].id, accept }, { open[1].id, create }, { open[2].id, none } });
    ASSERT_TRUE(bulk) << bulk.error().toString();
    ASSERT_EQ(bulk->settlements.size(), 3u);
    const auto listed = repo.list(); // kept: a range over *repo.list() would outlive its Result
    ASSERT_TRUE(listed);
    for (const Conflict& c : *listed)
        EXPECT_EQ(c.status, ConflictStatus::Resolved);
    EXPECT_EQ((*m_store->annotation(text.consensus))->region.text, QStringLiteral("colour"));
    ASSERT_TRUE(bulk->settlements[1].consensusAdded);
    const AnnotationId made = bulk->settlements[1].consensusAfter->id;
    auto log = m_store->editLog();
    ASSERT_EQ(log->size(), logBefore + 2);
    EXPECT_EQ((*log)[logBefore].reason, EditReason::Settlement);
    EXPECT_EQ((*log)[logBefore + 1].reason, EditReason::Settlement);

    // One undo: all three open again, the labels as they were, logged as undos of the settlement's entries.
    ASSERT_TRUE(repo.undoBulkSettlement(*bulk));
    const std::vector<Conflict> reopened = *repo.list();
    ASSERT_EQ(reopened.size(), open.size());
    for (std::size_t i = 0; i < open.size(); ++i) {
        EXPECT_EQ(reopened[i].id, open[i].id);
        EXPECT_EQ(reopened[i].status, ConflictStatus::Open);
        EXPECT_EQ(reopened[i].resolution, ConflictResolution::None);
        EXPECT_EQ(reopened[i].consensus, open[i].consensus);
        EXPECT_EQ(reopened[i].note, open[i].note);
        EXPECT_EQ(reopened[i].resolvedAt, 0);
    }
    EXPECT_EQ((*m_store->annotation(text.consensus))->region.text, QStringLiteral("color"));
    EXPECT_EQ((*m_store->annotation(text.consensus))->updatedAt, voted->rows[0].updatedAt);
    EXPECT_FALSE(*m_store->annotation(made));
    log = m_store->editLog();
    ASSERT_EQ(log->size(), logBefore + 4);
    EXPECT_EQ((*log)[logBefore + 2].reason, EditReason::Undo);
    EXPECT_EQ((*log)[logBefore + 3].reason, EditReason::Undo);

    // One redo: the same again, the made label under its id.
    ASSERT_TRUE(repo.redoBulkSettlement(*bulk));
    const auto redone = repo.list();
    ASSERT_TRUE(redone);
    for (const Conflict& c : *redone) {
        EXPECT_EQ(c.status, ConflictStatus::Resolved);
        EXPECT_EQ(c.resolvedAt, 100);
    }
    EXPECT_EQ((*m_store->annotation(made))->region.text, QStringLiteral("alone"));
    EXPECT_EQ(m_store->editLog()->back().reason, EditReason::Redo);

    // Undone again, then one of the three settled by someone else: the redo fails whole, changing nothing.
    ASSERT_TRUE(repo.undoBulkSettlement(*bulk));
    ASSERT_TRUE(repo.settle(open[2].id, decide(ConflictResolution::Edited)));
    const auto logBeforeRedo = m_store->editLog()->size();
    auto refused = repo.redoBulkSettlement(*bulk);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ((*repo.conflict(open[0].id))->status, ConflictStatus::Open);
    EXPECT_EQ((*m_store->annotation(text.consensus))->region.text, QStringLiteral("color"));
    EXPECT_EQ(m_store->editLog()->size(), logBeforeRedo);
}

TEST_P(ConflictRepositoryTest, SettleAllIsAllOrNothing)
{
    makeProject(1);
    const ImageId image = m_images[0];
    ConflictRepository repo(*m_store);
    ASSERT_TRUE(repo.replaceOpen({ image },
        { make(image, { QStringLiteral("text") }, 0.5, { 1, 2 }),
            make(image, { QStringLiteral("missing") }, 0.4, { 3 }) }));
    const std::vector<Conflict> open = *repo.list();
    ASSERT_TRUE(repo.settle(open[1].id, decide(ConflictResolution::Edited)));
    // The second is settled already: the first stays open too.
    auto failed = repo.settleAll({ { open[0].id, decide(ConflictResolution::AcceptedConsensus) },
        { open[1].id, decide(ConflictResolution::AcceptedConsensus) } });
    ASSERT_FALSE(failed);
    EXPECT_EQ((*repo.conflict(open[0].id))->status, ConflictStatus::Open);
    EXPECT_EQ((*repo.conflict(open[1].id))->resolution, ConflictResolution::Edited);
    // A conflict named twice, an unknown one: refused.
    auto twice = repo.settleAll({ { open[0].id, decide(ConflictResolution::AcceptedConsensus) },
        { open[0].id, decide(ConflictResolution::Edited) } });
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::InvalidArgument);
    auto unknown = repo.settleAll({ { 999, decide(ConflictResolution::AcceptedConsensus) } });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_EQ((*repo.conflict(open[0].id))->status, ConflictStatus::Open);
    // Nothing to settle is an empty step.
    auto empty = repo.settleAll({});
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isEmpty());
}

LECTOR_ON_BOTH_BACKENDS(ConflictRepositoryTest);
