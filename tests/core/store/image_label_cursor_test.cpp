// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/image_label_cursor.h>

#include <lector/store/project_store.h>

#include "analysis/store_fixture.h"
#include "test_support.h"

using namespace lector;

namespace {

class ImageLabelCursorTest : public test::StoreFixture {
protected:
    Annotation label(ImageId image, AnnotatorId annotator, const char* text, Source source = Source::Manual)
    {
        Annotation a;
        a.image = image;
        a.annotator = annotator;
        a.region.polygon = Polygon::fromBox({ 0, 0, 10, 10 });
        a.region.text = QString::fromUtf8(text);
        a.source = source;
        return a;
    }

    /// Every image as "id: annotator/text ..." lines.
    static std::vector<std::string> drain(ImageLabelCursor& cursor)
    {
        std::vector<std::string> out;
        ImageLabelCursor::Image image;
        for (;;) {
            auto more = cursor.next(image);
            EXPECT_TRUE(more);
            if (!more || !*more)
                return out;
            std::string line = std::to_string(image.id) + ":";
            for (const Annotation& a : image.labels)
                line += " " + std::to_string(a.annotator) + "/" + a.region.text.toStdString();
            out.push_back(line);
        }
    }
};

} // namespace

TEST_P(ImageLabelCursorTest, ImagesInOrderWithTheirLabelsByAnnotatorThenId)
{
    makeProject(4);
    const AnnotatorId bob = *m_store->ensureAnnotator(QStringLiteral("bob"));
    const AnnotatorId amy = *m_store->ensureAnnotator(QStringLiteral("amy"));
    const ImageId i1 = m_images[0], i3 = m_images[2];
    // Written out of order: bob before amy (amy's id is larger), image 3 before image 1.
    ASSERT_TRUE(m_store->addAnnotations({ label(i3, bob, "b3"), label(i1, amy, "a1"), label(i1, bob, "b1"),
        label(i1, amy, "a1'"), label(i3, amy, "vote", Source::Consensus) }));
    auto cursor = ImageLabelCursor::open(*m_store);
    ASSERT_TRUE(cursor) << cursor.error().toString();
    EXPECT_EQ((*cursor)->imageCount(), 4);
    EXPECT_EQ((*cursor)->annotatorsWithLabels(), (std::vector<AnnotatorId> { bob, amy }));
    const std::string b = std::to_string(bob), a = std::to_string(amy);
    EXPECT_EQ(drain(**cursor),
        (std::vector<std::string> { std::to_string(i1) + ": " + b + "/b1 " + a + "/a1 " + a + "/a1'",
            std::to_string(m_images[1]) + ":", std::to_string(i3) + ": " + b + "/b3 " + a + "/vote",
            std::to_string(m_images[3]) + ":" }));
    ImageLabelCursor::Image image;
    auto after = (*cursor)->next(image);
    ASSERT_TRUE(after);
    EXPECT_FALSE(*after); // and stays at the end

    // Filtered: amy only, consensus-sourced labels left out; she then has labels on image 1 only.
    ImageLabelCursor::Filter filter;
    filter.annotators = std::vector<AnnotatorId> { amy };
    filter.consensusSource = false;
    auto amyOnly = ImageLabelCursor::open(*m_store, filter);
    ASSERT_TRUE(amyOnly);
    EXPECT_EQ((*amyOnly)->annotatorsWithLabels(), (std::vector<AnnotatorId> { amy }));
    EXPECT_EQ(drain(**amyOnly),
        (std::vector<std::string> { std::to_string(i1) + ": " + a + "/a1 " + a + "/a1'",
            std::to_string(m_images[1]) + ":", std::to_string(i3) + ":", std::to_string(m_images[3]) + ":" }));
    filter.annotators = std::vector<AnnotatorId> {};
    auto nobody = ImageLabelCursor::open(*m_store, filter);
    ASSERT_TRUE(nobody);
    EXPECT_TRUE((*nobody)->annotatorsWithLabels().empty());
    EXPECT_EQ(drain(**nobody).size(), 4u);
}

TEST_P(ImageLabelCursorTest, ReadsOneSnapshotWhateverIsWrittenMeanwhile)
{
    makeProject(3);
    const AnnotatorId amy = *m_store->ensureAnnotator(QStringLiteral("amy"));
    ASSERT_TRUE(m_store->addAnnotations({ label(m_images[0], amy, "before") }));
    auto cursor = ImageLabelCursor::open(*m_store);
    ASSERT_TRUE(cursor);
    // Another connection writes while the cursor is open: a label on the last image, and a new annotator.
    {
        auto other = ProjectStore::open(m_store->path());
        ASSERT_TRUE(other);
        const AnnotatorId zoe = *(*other)->ensureAnnotator(QStringLiteral("zoe"));
        ASSERT_TRUE((*other)->addAnnotations({ label(m_images[2], zoe, "after"), label(m_images[2], amy, "after") }));
    }
    EXPECT_EQ((*cursor)->annotatorsWithLabels(), (std::vector<AnnotatorId> { amy }));
    const std::vector<std::string> seen = drain(**cursor);
    ASSERT_EQ(seen.size(), 3u);
    EXPECT_EQ(seen[2], std::to_string(m_images[2]) + ":");
    cursor->reset();
    // Closed, the snapshot is gone: a new cursor sees what was written, and the connection writes again.
    auto again = ImageLabelCursor::open(*m_store);
    ASSERT_TRUE(again);
    EXPECT_EQ((*again)->annotatorsWithLabels().size(), 2u);
    again->reset();
    ASSERT_TRUE(m_store->addAnnotations({ label(m_images[1], amy, "later") }));
}

LECTOR_ON_BOTH_BACKENDS(ImageLabelCursorTest);
