// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/store_agreement_source.h>

#include <lector/metrics/agreement_input_loader.h>
#include <lector/metrics/agreement_input_source.h>
#include <lector/metrics/agreement_json.h>
#include <lector/store/project_store.h>

#include "analysis/store_fixture.h"
#include "metrics/agreement_test_support.h"
#include "metrics/legacy_agreement_report.h"
#include "test_support.h"

using namespace lector;

namespace {

/// A project holding a random input: its annotators' regions, plus what the rules leave out: a reference and a
/// consensus annotator with regions of their own, and regions of an included annotator whose source is consensus.
class StoreAgreement : public test::StoreFixture {
protected:
    /// Writes `input` (ids 1..n, as makeProject numbers the images) and returns it as the store will give it back:
    /// only annotators with a region on an image are on it.
    AgreementInput writeProject(const AgreementInput& input)
    {
        makeProject(int(input.images.size()));
        std::map<QString, std::vector<ImageId>> batches;
        std::vector<Annotation> annotations;
        auto idOf = [&](const QString& name) {
            auto id = m_store->ensureAnnotator(name);
            EXPECT_TRUE(id);
            return id ? *id : AnnotatorId(0);
        };
        const AnnotatorId reference = idOf(QStringLiteral("reference")), consensus = idOf(QStringLiteral("consensus"));
        AgreementInput expected;
        for (size_t i = 0; i < input.images.size(); ++i) {
            const AgreementImage& image = input.images[i];
            const ImageId id = m_images[i];
            batches[image.batch].push_back(id);
            AgreementImage out;
            out.id = id;
            out.batch = image.batch;
            for (const auto& [name, regions] : image.byAnnotator) {
                const AnnotatorId annotator = idOf(name);
                for (const AgreementRegion& r : regions) {
                    Annotation a;
                    a.image = id;
                    a.annotator = annotator;
                    a.guidelineVersion = r.guidelineVersion;
                    a.region = r.region;
                    annotations.push_back(a);
                    if (annotations.size() % 7 == 0) { // the same region as ground truth, and as a vote
                        a.annotator = annotations.size() % 2 ? reference : consensus;
                        annotations.push_back(a);
                        a.annotator = annotator;
                    }
                    if (annotations.size() % 11 == 0) { // a consensus-sourced region in the annotator's name
                        a.source = Source::Consensus;
                        a.region.text = QStringLiteral("voted");
                        annotations.push_back(a);
                    }
                }
                if (!regions.empty())
                    out.byAnnotator[name] = regions;
            }
            expected.images.push_back(std::move(out));
        }
        EXPECT_TRUE(m_store->addAnnotations(annotations));
        for (const auto& [batch, ids] : batches)
            EXPECT_TRUE(m_store->setImageBatch(ids, batch, {}));
        return expected;
    }
};

} // namespace

TEST_P(StoreAgreement, StreamingFromTheStoreIsTheInMemoryReport)
{
    const AgreementInput expected = writeProject(test::randomAgreementInput(21, { 90, false }));
    const AgreementReport fromMemory = computeAgreement(expected);
    ASSERT_GT(fromMemory.units, 50);
    // Small chunks too, so that the stream crosses many chunk boundaries; the figures are the same bit for bit.
    for (int chunk : { 256, 1, 13 }) {
        AgreementOptions options;
        options.chunk = chunk;
        auto streamed = computeAgreement(*m_store, StoreAgreementSource::defaultExclusions(), options);
        ASSERT_TRUE(streamed) << streamed.error().toString();
        test::expectSameReport(*streamed, fromMemory);
        EXPECT_EQ(toJson(*streamed).dump(), toJson(fromMemory).dump());
    }
    // The old path (one query per image, then the old report): the same within the re-ordered sums.
    auto old = legacy::loadAgreementInput(*m_store);
    ASSERT_TRUE(old);
    test::expectSameReport(*computeAgreement(*m_store), legacy::computeAgreement(*old, {}, nullptr, 1), 1e-12);
}

TEST_P(StoreAgreement, TheRulesOfTheLoader)
{
    const AgreementInput expected = writeProject(test::randomAgreementInput(5, { 40, false }));
    // The input the store gives back is the one written, minus reference, consensus and consensus-sourced regions,
    // and exactly what the old loader read.
    auto loaded = loadAgreementInput(*m_store);
    ASSERT_TRUE(loaded) << loaded.error().toString();
    auto old = legacy::loadAgreementInput(*m_store);
    ASSERT_TRUE(old);
    for (const AgreementInput* input : std::vector<const AgreementInput*> { &expected, &old.value() }) {
        ASSERT_EQ(loaded->images.size(), input->images.size());
        for (size_t i = 0; i < input->images.size(); ++i) {
            const AgreementImage& a = loaded->images[i];
            const AgreementImage& b = input->images[i];
            EXPECT_EQ(a.id, b.id);
            EXPECT_EQ(a.batch, b.batch);
            ASSERT_EQ(a.byAnnotator.size(), b.byAnnotator.size()) << "image " << a.id;
            for (auto ia = a.byAnnotator.begin(), ib = b.byAnnotator.begin(); ia != a.byAnnotator.end(); ++ia, ++ib) {
                EXPECT_EQ(ia->first, ib->first);
                ASSERT_EQ(ia->second.size(), ib->second.size());
                for (size_t r = 0; r < ia->second.size(); ++r) {
                    EXPECT_EQ(ia->second[r].region.polygon, ib->second[r].region.polygon);
                    EXPECT_EQ(ia->second[r].region.text, ib->second[r].region.text);
                    EXPECT_EQ(ia->second[r].region.flags, ib->second[r].region.flags);
                    EXPECT_EQ(ia->second[r].guidelineVersion, ib->second[r].guidelineVersion);
                }
            }
        }
    }
    auto source = StoreAgreementSource::open(*m_store);
    ASSERT_TRUE(source);
    EXPECT_EQ((*source)->imageCount(), 40);
    for (const QString& name : (*source)->annotators())
        EXPECT_TRUE(name != QLatin1String("reference") && name != QLatin1String("consensus"));

    // Images nobody labeled still count, and the excluded names are the caller's.
    auto report = computeAgreement(*m_store);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->perImage.size(), 40u);
    auto withReference = computeAgreement(*m_store, { QStringLiteral("consensus") });
    ASSERT_TRUE(withReference);
    EXPECT_TRUE(withReference->annotators.contains(QStringLiteral("reference")));
    EXPECT_FALSE(withReference->annotators.contains(QStringLiteral("consensus")));
    EXPECT_GT(withReference->pairs.size(), report->pairs.size());
    auto everyone = computeAgreement(*m_store, {});
    ASSERT_TRUE(everyone);
    EXPECT_TRUE(everyone->annotators.contains(QStringLiteral("consensus")));
    // Consensus-sourced regions ("voted" here) stay out while "consensus" is excluded, and come once it is not.
    const auto votes = [&](const QStringList& exclude) {
        auto in = loadAgreementInput(*m_store, exclude);
        EXPECT_TRUE(in);
        int n = 0;
        for (const AgreementImage& image : in->images)
            for (const auto& [name, regions] : image.byAnnotator)
                for (const AgreementRegion& r : regions)
                    n += r.region.text == QLatin1String("voted") ? 1 : 0;
        return n;
    };
    EXPECT_EQ(votes(StoreAgreementSource::defaultExclusions()), 0);
    EXPECT_EQ(votes({ QStringLiteral("consensus") }), 0);
    EXPECT_GT(votes({ QStringLiteral("reference") }), 0);
    EXPECT_GT(votes({}), 0);
}

TEST_P(StoreAgreement, UnlabeledProjectAndAnnotatorsWithoutRegions)
{
    makeProject(3);
    ASSERT_TRUE(m_store->ensureAnnotator(QStringLiteral("idle")));
    auto report = computeAgreement(*m_store);
    ASSERT_TRUE(report) << report.error().toString();
    EXPECT_EQ(report->perImage.size(), 3u);
    EXPECT_TRUE(report->annotators.isEmpty()); // "idle" has no region, as the old loader saw it
    EXPECT_EQ(report->images, 0);
}

TEST_P(StoreAgreement, CancelIsAnError)
{
    writeProject(test::randomAgreementInput(8, { 30, false }));
    SilentProgress canceled;
    canceled.cancel();
    auto report = computeAgreement(*m_store, StoreAgreementSource::defaultExclusions(), {}, &canceled);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::Canceled);
    // The store is usable afterwards: the cursor's read transaction ended with it.
    ASSERT_TRUE(m_store->ensureAnnotator(QStringLiteral("late")));
    EXPECT_TRUE(computeAgreement(*m_store));
}

TEST(StoreAgreementDemo, DemoProjectStreamsToTheSameReport)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = test::makeDemoProject(dir.path(), 24);
    ASSERT_FALSE(project.isEmpty());
    auto store = ProjectStore::open(project);
    ASSERT_TRUE(store);
    auto streamed = computeAgreement(**store);
    ASSERT_TRUE(streamed) << streamed.error().toString();
    auto input = loadAgreementInput(**store);
    ASSERT_TRUE(input);
    test::expectSameReport(*streamed, computeAgreement(*input));
    auto old = legacy::loadAgreementInput(**store);
    ASSERT_TRUE(old);
    test::expectSameReport(*streamed, legacy::computeAgreement(*old, {}, nullptr, 1), 1e-12);
    EXPECT_GT(streamed->units, 0);
    EXPECT_EQ(streamed->annotators.size(), 3);
}

LECTOR_ON_BOTH_BACKENDS(StoreAgreement);
