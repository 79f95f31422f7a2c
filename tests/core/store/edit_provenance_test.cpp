// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/edit_provenance.h>

#include "analysis/store_fixture.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace lector {
namespace {

Annotation label(ImageId image, AnnotatorId annotator, const char* text, Source source, double x)
{
    Annotation a;
    a.image = image;
    a.annotator = annotator;
    a.region.polygon = Polygon::fromBox({ x, 0, x + 30, 12 });
    a.region.text = QString::fromUtf8(text);
    a.source = source;
    return a;
}

} // namespace

class EditProvenanceTest : public test::StoreFixture { };

TEST_P(EditProvenanceTest, TellsMachineLabelsFromPersonsWork)
{
    makeProject(1);
    auto alice = m_store->ensureAnnotator(QStringLiteral("alice"));
    ASSERT_TRUE(alice);
    auto ids = m_store->addAnnotations({ label(m_images[0], *alice, "auto1", Source::Auto, 0),
        label(m_images[0], *alice, "auto2", Source::Auto, 40), label(m_images[0], *alice, "auto3", Source::Auto, 80),
        label(m_images[0], *alice, "typed", Source::Manual, 120),
        label(m_images[0], *alice, "imported", Source::Import, 160),
        label(m_images[0], *alice, "voted", Source::Consensus, 200) });
    ASSERT_TRUE(ids);
    // alice corrects the text of auto2 and moves auto3.
    auto a2 = m_store->annotation(ids->rows[1].id);
    auto a3 = m_store->annotation(ids->rows[2].id);
    ASSERT_TRUE(a2 && *a2 && a3 && *a3);
    Annotation fixedText = **a2;
    fixedText.region.text = QStringLiteral("auto2!");
    fixedText.source = Source::Manual; // as the canvas's ChangeTranscription writes a person's text
    Annotation moved = **a3;
    moved.region.polygon = Polygon::fromBox({ 82, 1, 112, 13 });
    ASSERT_TRUE(m_store->updateAnnotations({ fixedText, moved }, EditContext::edit(*alice, 3)));

    std::vector<AnnotationId> query = ids->ids();
    query.push_back(9999);
    auto edits = EditProvenance(*m_store).inspect(query);
    ASSERT_TRUE(edits) << edits.error().toString();
    ASSERT_EQ(edits->size(), query.size());
    const auto& e = *edits;
    EXPECT_TRUE(e[0].exists);
    EXPECT_FALSE(e[0].touched()); // untouched pre-label: re-recognition may overwrite it
    EXPECT_TRUE(e[1].textChanged);
    EXPECT_TRUE(e[1].textIsPersons());
    EXPECT_FALSE(e[1].geometryChanged);
    EXPECT_TRUE(e[2].geometryChanged);
    EXPECT_FALSE(e[2].textChanged);
    EXPECT_FALSE(e[2].textIsPersons()); // moved, but its text is still the machine's
    EXPECT_TRUE(e[2].touched());
    EXPECT_TRUE(e[3].madeByPerson);
    EXPECT_TRUE(e[4].madeByPerson);
    EXPECT_FALSE(e[5].touched());
    EXPECT_FALSE(e[6].exists);
    EXPECT_EQ(e[6].annotation, 9999);
    EXPECT_EQ((*m_store->annotation(ids->rows[1].id))->source, Source::Manual); // the store keeps who wrote it last

    // An engine re-reads auto1 and the typed label (the user agreed): their text is the machine's now.
    auto a1 = m_store->annotation(ids->rows[0].id);
    auto a4 = m_store->annotation(ids->rows[3].id);
    Annotation reread1 = **a1, reread4 = **a4;
    reread1.region.text = QStringLiteral("AUTO1");
    reread4.region.text = QStringLiteral("TYPED");
    reread1.source = reread4.source = Source::Auto;
    ASSERT_TRUE(m_store->updateAnnotations({ reread1, reread4 }, EditContext::edit(*alice)));
    auto after = EditProvenance(*m_store).inspect({ ids->rows[0].id, ids->rows[3].id });
    ASSERT_TRUE(after);
    EXPECT_FALSE((*after)[0].textIsPersons());
    EXPECT_FALSE((*after)[1].textIsPersons());
}

TEST(RereadOutcome, NeverAPersonsTextWithoutAsking)
{
    PersonEdit machine;
    machine.exists = true;
    PersonEdit typed = machine;
    typed.textChanged = true;
    PersonEdit imported = machine;
    imported.madeByPerson = true;
    PersonEdit gone;
    struct Row {
        const char* current;
        const char* read;
        const PersonEdit& who;
        PersonTextPolicy policy;
        RereadOutcome expected;
    };
    const Row rows[] = {
        { "", "cat", machine, PersonTextPolicy::Ask, RereadOutcome::Replace },
        { "cal", "cat", machine, PersonTextPolicy::Ask, RereadOutcome::Replace },
        { "cat", " cat ", machine, PersonTextPolicy::Ask, RereadOutcome::Unchanged }, // the same once trimmed
        { "cat", "", typed, PersonTextPolicy::Overwrite, RereadOutcome::Unchanged }, // nothing read
        { "cat", "cot", typed, PersonTextPolicy::Ask, RereadOutcome::Ask },
        { "cat", "cot", typed, PersonTextPolicy::Keep, RereadOutcome::Keep },
        { "cat", "cot", typed, PersonTextPolicy::Overwrite, RereadOutcome::Replace },
        { "1", "]", imported, PersonTextPolicy::Ask, RereadOutcome::Ask }, // an imported reference is a person's
        { "", "cot", typed, PersonTextPolicy::Keep, RereadOutcome::Replace }, // an empty text loses nothing
        { "cat", "cot", gone, PersonTextPolicy::Overwrite, RereadOutcome::Unchanged }, // removed meanwhile
    };
    for (const Row& r : rows)
        EXPECT_EQ(rereadOutcome(QString::fromUtf8(r.current), QString::fromUtf8(r.read), r.who, r.policy), r.expected)
            << r.current << " -> " << r.read;
}

} // namespace lector

namespace lector {
LECTOR_ON_BOTH_BACKENDS(EditProvenanceTest);
} // namespace lector
