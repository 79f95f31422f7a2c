// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/rater_feedback.h>

#include "analysis/store_fixture.h"
#include "test_support.h"

using namespace lector;

namespace {

Region box(double x0, double y0, double x1, double y1, const char* text)
{
    Region r;
    r.polygon = Polygon::fromBox({ x0, y0, x1, y1 });
    r.text = QString::fromUtf8(text);
    return r;
}

class RaterFeedbackTest : public test::StoreFixture {
protected:
    void SetUp() override
    {
        test::StoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        makeProject(2); // imported as "reference" with no regions
        label(QStringLiteral("reference"), 0,
            { box(10, 10, 60, 30, "Total"), box(70, 10, 120, 30, "due"), box(130, 10, 180, 30, "date"),
                box(10, 40, 60, 50, "1250") });
        label(QStringLiteral("reference"), 1, { box(10, 10, 60, 30, "page"), box(70, 10, 120, 30, "two") });
        // alice, image 0 only: "Total" right; "due" read "dne"; "date" boxed loosely (IoU 0.6) but read right;
        // "1250" missed; a box on nothing.
        label(QStringLiteral("alice"), 0,
            { box(10, 10, 60, 30, "Total"), box(70, 10, 120, 30, "dne"), box(130, 10, 163.33, 30, "date"),
                box(150, 40, 190, 55, "x") });
        // bob reads every word of both images.
        label(QStringLiteral("bob"), 0,
            { box(10, 10, 60, 30, "Total"), box(70, 10, 120, 30, "due"), box(130, 10, 180, 30, "date"),
                box(10, 40, 60, 50, "1250") });
        label(QStringLiteral("bob"), 1, { box(10, 10, 60, 30, "page"), box(70, 10, 120, 30, "two") });
        ASSERT_TRUE(m_store->publishGuideline(QStringLiteral("# Numbers"), QStringLiteral("numbers are words"),
            QStringLiteral("lead"), { QStringLiteral("script:digits") }));
    }

    void label(const QString& who, std::size_t image, const std::vector<Region>& regions)
    {
        const AnnotatorId id = *m_store->ensureAnnotator(who);
        std::vector<Annotation> rows;
        for (const Region& r : regions) {
            Annotation a;
            a.image = m_images[image];
            a.annotator = id;
            a.region = r;
            rows.push_back(a);
        }
        ASSERT_TRUE(m_store->addAnnotations(rows, EditContext::edit(id)));
    }
};

} // namespace

TEST_P(RaterFeedbackTest, CountsEachKindOfDisagreementAsAHandCountDoes)
{
    FeedbackOptions options;
    options.annotator = QStringLiteral("alice");
    auto f = computeRaterFeedback(*m_store, options);
    ASSERT_TRUE(f) << f.error().toString();
    EXPECT_EQ(f->against, QStringLiteral("reference"));
    EXPECT_EQ(f->images, 1); // image 1 is not hers
    EXPECT_EQ(f->counts.groundTruth, 4);
    EXPECT_EQ(f->counts.matched, 3);
    EXPECT_EQ(f->counts.textEqual, 2);
    EXPECT_DOUBLE_EQ(f->counts.wordAccuracy(), 0.5);
    EXPECT_EQ(f->kinds.missed, 1);
    EXPECT_EQ(f->kinds.extra, 1);
    EXPECT_EQ(f->kinds.loose, 1);
    EXPECT_EQ(f->kinds.text, 1);
    EXPECT_EQ(f->kinds.flags, 0);
    ASSERT_FALSE(f->confusions.empty());
    EXPECT_EQ(f->confusions.front().truth, QStringLiteral("u"));
    EXPECT_EQ(f->confusions.front().detected, QStringLiteral("n"));
    ASSERT_EQ(f->peers.size(), 1u);
    EXPECT_EQ(f->peers[0].name, QStringLiteral("bob"));
    EXPECT_EQ(f->peers[0].words, 6);
    EXPECT_DOUBLE_EQ(f->peers[0].wordAccuracy, 1.0);
    // The rule the lead published is about digits: alice missed the one digit word, bob read it.
    ASSERT_EQ(f->rules.size(), 1u);
    EXPECT_EQ(f->rules[0].dimension, QStringLiteral("script"));
    EXPECT_EQ(f->rules[0].bin, QStringLiteral("digits"));
    EXPECT_EQ(f->rules[0].words, 1);
    EXPECT_EQ(f->rules[0].errors, 1);
    EXPECT_DOUBLE_EQ(f->rules[0].teamWordAccuracy, 1.0);
    EXPECT_EQ(f->speed.boxes, 4);

    const QString html = feedbackHtml(*f);
    EXPECT_TRUE(html.contains(QStringLiteral("Feedback for alice")));
    EXPECT_TRUE(html.contains(QStringLiteral("50.0 %")));
    EXPECT_TRUE(html.contains(QStringLiteral("numbers are words")));
}

TEST_P(RaterFeedbackTest, NamesAnUnknownAnnotatorAndRefusesTheTruthItself)
{
    FeedbackOptions options;
    options.annotator = QStringLiteral("zoe");
    auto unknown = computeRaterFeedback(*m_store, options);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("\"zoe\"")));
    options.annotator = QStringLiteral("reference");
    EXPECT_FALSE(computeRaterFeedback(*m_store, options));
    options.annotator = QStringLiteral("alice");
    options.against = QStringLiteral("consensus"); // none built
    auto none = computeRaterFeedback(*m_store, options);
    ASSERT_FALSE(none);
    EXPECT_TRUE(none.error().message.contains(QStringLiteral("consensus")));
}

LECTOR_ON_BOTH_BACKENDS(RaterFeedbackTest);
