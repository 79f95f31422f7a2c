// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/agreement_input_loader.h>
#include <lector/metrics/agreement_input_source.h>
#include <lector/metrics/agreement_json.h>
#include <lector/metrics/agreement_report.h>
#include <lector/store/project_store.h>

#include "io/icdar2015/icdar2015_format.h"
#include "metrics/agreement_test_support.h"
#include "metrics/legacy_agreement_report.h"
#include "metrics/python_reference.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <array>
#include <cmath>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <thread>

using namespace lector;

namespace {

AgreementRegion word(
    double x0, double y0, double x1, double y1, const char* text, std::uint32_t flags = FlagNone, int version = 1)
{
    AgreementRegion r;
    r.region.polygon = Polygon::fromBox({ x0, y0, x1, y1 });
    r.region.text = QString::fromUtf8(text);
    r.region.flags = flags;
    r.guidelineVersion = version;
    return r;
}

const PairFigures* findPair(const std::vector<PairFigures>& pairs, const char* a, const char* b)
{
    for (const PairFigures& p : pairs)
        if (p.a == QLatin1String(a) && p.b == QLatin1String(b))
            return &p;
    return nullptr;
}

const SliceFigures* findSlice(const AgreementReport& r, const char* dimension, const char* bin)
{
    for (const SliceFigures& s : r.perSlice)
        if (s.dimension == QLatin1String(dimension) && s.bin == QString::fromUtf8(bin))
            return &s;
    return nullptr;
}

/// Page 1 (batch "b1"): alice has cat, dog, 한국; bob has cat (same box), dig (shifted by 1 px: IoU 90/110),
/// nothing on 한국 and an extra "x" far away. Page 2: only alice, so it is left out of every pair.
AgreementInput handMadeInput()
{
    AgreementInput input;
    AgreementImage page1;
    page1.id = 1;
    page1.batch = QStringLiteral("b1");
    page1.byAnnotator[QStringLiteral("alice")]
        = { word(0, 0, 10, 10, "cat"), word(20, 0, 30, 10, "dog"), word(40, 0, 50, 10, "한국") };
    page1.byAnnotator[QStringLiteral("bob")]
        = { word(0, 0, 10, 10, "cat"), word(21, 0, 31, 10, "dig"), word(100, 100, 110, 110, "x", FlagIllegible, 2) };
    AgreementImage page2;
    page2.id = 2;
    page2.batch = QStringLiteral("b2");
    page2.byAnnotator[QStringLiteral("alice")] = { word(0, 0, 10, 10, "lonely") };
    input.images = { page1, page2 };
    return input;
}

} // namespace

TEST(AgreementReport, HandMadePage)
{
    const AgreementReport r = computeAgreement(handMadeInput());
    EXPECT_EQ(r.images, 1); // page 2 has a single annotator
    ASSERT_EQ(r.pairs.size(), 1u);
    const PairFigures& p = r.pairs.front();
    EXPECT_EQ(p.a, QStringLiteral("alice"));
    EXPECT_EQ(p.b, QStringLiteral("bob"));
    EXPECT_EQ(p.images, 1);
    EXPECT_EQ(p.regionsA, 3);
    EXPECT_EQ(p.regionsB, 3);
    EXPECT_EQ(p.matched, 2); // cat-cat, dog-dig
    EXPECT_DOUBLE_EQ(p.precision(), 2.0 / 3); // matched / bob's 3
    EXPECT_DOUBLE_EQ(p.recall(), 2.0 / 3); // matched / alice's 3
    EXPECT_DOUBLE_EQ(p.f1(), 2.0 / 3);
    EXPECT_DOUBLE_EQ(p.meanIoU(), (1 + 90.0 / 110) / 2); // [20,30] vs [21,31]: overlap 9x10, union 110
    EXPECT_DOUBLE_EQ(p.textAgreement(), 0.5); // cat = cat, dog != dig
    EXPECT_DOUBLE_EQ(p.cer(), 1.0 / 6); // one substitution over "cat" + "dog"
    // Units {cat, cat} and {dog, dig}: n = 4, D_o = (0 + 2/1) / 4 = 0.5,
    // D_e = (4·3 − 2·1) / (4·3) = 10/12, alpha = 1 − 0.5 / (10/12) = 0.4.
    EXPECT_EQ(r.units, 2);
    EXPECT_NEAR(r.alphaText.alpha, 0.4, 1e-12);
    // Geometry (δ = 1 − IoU): D_o = (1/4)(2·0 + 2·(1 − 9/11)) = 1/11. The only overlapping pairs are the two units'
    // own (IoU 1 and 9/11), so D_e = (4·3 − 2·1 − 2·9/11) / 12 = 92/132 and alpha = 1 − (1/11)/(92/132) = 1 − 12/92.
    EXPECT_NEAR(r.alphaGeometry.alpha, 1 - 12.0 / 92, 1e-12);
    // No flags in the units: one category only, kappa undefined.
    EXPECT_TRUE(std::isnan(r.kappaIllegible));

    // Slices: alice's 한국 is the only Hangul region and bob did not draw it: recall 0 there.
    const SliceFigures* hangul = findSlice(r, "script", "hangul");
    ASSERT_NE(hangul, nullptr);
    EXPECT_EQ(hangul->pooled.regionsA, 1);
    EXPECT_EQ(hangul->pooled.matched, 0);
    EXPECT_DOUBLE_EQ(hangul->pooled.recall(), 0);
    const SliceFigures* latin = findSlice(r, "script", "latin");
    ASSERT_NE(latin, nullptr);
    EXPECT_EQ(latin->pooled.regionsA, 2);
    EXPECT_EQ(latin->pooled.regionsB, 3);
    EXPECT_EQ(latin->pooled.matched, 2);
    EXPECT_DOUBLE_EQ(latin->pooled.recall(), 1);
    EXPECT_DOUBLE_EQ(latin->pooled.precision(), 2.0 / 3);
    // Heights are all 10 px; lengths: "x" is 1, the others 2-4 ("한국" is two code points... two syllables).
    ASSERT_NE(findSlice(r, "height", "<16"), nullptr);
    EXPECT_EQ(findSlice(r, "height", "<16")->pooled.regionsA, 3);
    EXPECT_EQ(findSlice(r, "text_length", "1")->pooled.regionsB, 1);
    EXPECT_EQ(findSlice(r, "text_length", "2-4")->pooled.regionsA, 3);
    // Guideline versions: bob's "x" was drawn under version 2, everything else under 1.
    ASSERT_EQ(r.perGuidelineVersion.size(), 2u);
    EXPECT_EQ(r.perGuidelineVersion[1].bin, QStringLiteral("2"));
    EXPECT_EQ(r.perGuidelineVersion[1].pooled.regionsB, 1);
    EXPECT_EQ(r.perGuidelineVersion[1].pooled.regionsA, 0);

    const nlohmann::json j = toJson(r);
    for (const char* key : { "images", "iou_threshold", "pairs", "alpha_text", "alpha_geometry", "per_image",
             "per_slice", "per_guideline_version", "fleiss_kappa" })
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j["pairs"][0]["a"], "alice");
    EXPECT_EQ(j["pairs"][0]["matched"], 2);
    EXPECT_DOUBLE_EQ(j["pairs"][0]["cer"].get<double>(), 1.0 / 6);
    EXPECT_TRUE(j["fleiss_kappa"]["illegible"].is_null());
    EXPECT_EQ(j["per_image"].size(), 1u);
    EXPECT_EQ(j["per_slice"]["script"]["hangul"]["pooled"]["recall"], 0.0);
}

TEST(AgreementReport, FlagsKappaAndThreeAnnotators)
{
    // Three annotators draw the same two words. On the first, all three flag it illegible; on the second, none do.
    // Fleiss over 2 subjects × 3 raters: P_i = 1 each, p = (3/6, 3/6), P_e = 0.5, kappa = (1 − 0.5) / 0.5 = 1.
    AgreementInput input;
    AgreementImage page;
    page.id = 7;
    for (const char* name : { "alice", "bob", "chloe" })
        page.byAnnotator[QString::fromLatin1(name)]
            = { word(0, 0, 40, 10, "blur", FlagIllegible), word(50, 0, 90, 10, "word") };
    input.images = { page };
    const AgreementReport r = computeAgreement(input);
    EXPECT_EQ(r.pairs.size(), 3u);
    EXPECT_EQ(r.units, 2);
    EXPECT_DOUBLE_EQ(r.kappaIllegible, 1.0);
    EXPECT_DOUBLE_EQ(r.alphaText.alpha, 1.0);
    EXPECT_DOUBLE_EQ(r.alphaGeometry.alpha, 1.0);
    for (const PairFigures& p : r.pairs) {
        EXPECT_EQ(p.matched, 2);
        EXPECT_DOUBLE_EQ(p.f1(), 1);
        EXPECT_DOUBLE_EQ(p.cer(), 0);
    }
}

TEST(AgreementReport, SliceBins)
{
    EXPECT_EQ(scriptBin(QStringLiteral("Hello,")), QStringLiteral("latin"));
    EXPECT_EQ(scriptBin(QStringLiteral("한국어")), QStringLiteral("hangul"));
    EXPECT_EQ(scriptBin(QStringLiteral("2026")), QStringLiteral("digits"));
    EXPECT_EQ(scriptBin(QStringLiteral("$12.50")), QStringLiteral("mixed"));
    EXPECT_EQ(scriptBin(QStringLiteral("—")), QStringLiteral("symbols"));
    EXPECT_EQ(scriptBin(QStringLiteral("abc한")), QStringLiteral("mixed"));
    EXPECT_EQ(scriptBin(QString()), QStringLiteral("empty"));
    EXPECT_EQ(heightBin(Polygon::fromBox({ 0, 0, 100, 40 })), QStringLiteral("32-64"));
    EXPECT_EQ(aspectBin(Polygon::fromBox({ 0, 0, 100, 40 })), QStringLiteral("1-3"));
    // A quad whose top edge rises 1 in 1 (45 degrees).
    EXPECT_EQ(rotationBin(*Polygon::fromFlat({ 0, 10, 10, 0, 20, 10, 10, 20 })), QStringLiteral("45-90"));
    EXPECT_EQ(rotationBin(Polygon::fromBox({ 0, 0, 10, 10 })), QStringLiteral("0-2"));
    EXPECT_EQ(textLengthBin(QStringLiteral("한국")), QStringLiteral("2-4"));
}

TEST(AgreementReport, DemoProjectIsPlausible)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = test::makeDemoProject(dir.path(), 24);
    ASSERT_FALSE(project.isEmpty());
    auto store = ProjectStore::open(project);
    ASSERT_TRUE(store);
    auto input = loadAgreementInput(**store);
    ASSERT_TRUE(input) << input.error().toString();
    const AgreementReport r = computeAgreement(*input);
    EXPECT_EQ(r.annotators, (QStringList { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("chloe") }));
    EXPECT_GT(r.images, 0);
    const PairFigures* ab = findPair(r.pairs, "alice", "bob");
    const PairFigures* ac = findPair(r.pairs, "alice", "chloe");
    ASSERT_TRUE(ab && ac);
    // Loose checks only: the profiles (src/demo/demo_generator.cpp) make bob the sloppiest in text and recall, and
    // chloe's boxes systematically loose.
    for (const PairFigures* p : { ab, ac }) {
        EXPECT_GT(p->f1(), 0.3);
        EXPECT_GT(p->meanIoU(), 0.5);
        EXPECT_LT(p->cer(), 0.2);
    }
    EXPECT_LT(ac->meanIoU(), ab->meanIoU());
    EXPECT_GT(ab->cer(), ac->cer());
    EXPECT_GT(r.alphaText.alpha, 0.5);
    EXPECT_GT(r.alphaGeometry.alpha, 0.3);
}

TEST(AgreementReport, SlicesKnowTheirImagesAndVersions)
{
    AgreementInput input = handMadeInput();
    AgreementImage page3; // alice and bob agree on one Hangul word
    page3.id = 3;
    page3.batch = QStringLiteral("b2");
    page3.byAnnotator[QStringLiteral("alice")] = { word(0, 0, 10, 10, "한") };
    page3.byAnnotator[QStringLiteral("bob")] = { word(0, 0, 10, 10, "한") };
    input.images.push_back(page3);
    const AgreementReport r = computeAgreement(input);

    // Images behind a slice: those where a region of a compared annotator falls in it (page 2 has one annotator).
    ASSERT_TRUE(findSlice(r, "script", "hangul"));
    EXPECT_EQ(findSlice(r, "script", "hangul")->images, (std::vector<ImageId> { 1, 3 }));
    ASSERT_TRUE(findSlice(r, "script", "latin"));
    EXPECT_EQ(findSlice(r, "script", "latin")->images, (std::vector<ImageId> { 1 }));
    ASSERT_TRUE(findSlice(r, "batch", "b2"));
    EXPECT_EQ(findSlice(r, "batch", "b2")->images, (std::vector<ImageId> { 3 }));
    EXPECT_EQ(imagesOfPair(r, QStringLiteral("bob"), QStringLiteral("alice")), (std::vector<ImageId> { 1, 3 }));
    // Worst first: page 1 (F1 2/3) before page 3 (F1 1).
    EXPECT_EQ(imagesOfAnnotator(r, QStringLiteral("alice")), (std::vector<ImageId> { 1, 3 }));
    EXPECT_TRUE(imagesOfAnnotator(r, QStringLiteral("nobody")).empty());

    // Crossed with the guideline version: bob's "x" is the only region drawn under version 2.
    const SliceFigures* latin2 = versionSlice(r, 2, QStringLiteral("script"), QStringLiteral("latin"));
    ASSERT_TRUE(latin2);
    EXPECT_EQ(latin2->pooled.regionsA, 0);
    EXPECT_EQ(latin2->pooled.regionsB, 1);
    EXPECT_EQ(latin2->pooled.matchedB, 0);
    const SliceFigures* latin1 = versionSlice(r, 1, QStringLiteral("script"), QStringLiteral("latin"));
    ASSERT_TRUE(latin1);
    EXPECT_EQ(latin1->pooled.regionsA, 2); // alice's cat and dog
    EXPECT_EQ(latin1->pooled.regionsB, 2); // bob's cat and dig
    EXPECT_EQ(latin1->pooled.matched, 2);
    EXPECT_EQ(versionSlice(r, 2, QStringLiteral("script"), QStringLiteral("hangul")), nullptr);
    EXPECT_EQ(versionSlice(r, 1, QStringLiteral("batch"), QStringLiteral("b1")), nullptr); // batch is not crossed
}

TEST(AgreementReport, VersionSlicesAddUpToTheSlices)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = test::makeDemoProject(dir.path(), 12);
    auto store = ProjectStore::open(project);
    ASSERT_TRUE(store);
    auto input = loadAgreementInput(**store);
    ASSERT_TRUE(input);
    const AgreementReport r = computeAgreement(*input);
    ASSERT_GE(r.perGuidelineVersion.size(), 2u); // the demo has labels under two versions
    int checked = 0;
    for (const SliceFigures& slice : r.perSlice) {
        if (slice.dimension == QLatin1String("batch"))
            continue;
        PairFigures sum;
        for (const SliceFigures& v : r.perGuidelineVersion)
            if (const SliceFigures* cross = versionSlice(r, v.bin.toInt(), slice.dimension, slice.bin))
                sum.add(cross->pooled);
        EXPECT_EQ(sum.regionsA, slice.pooled.regionsA) << slice.dimension.toStdString() << slice.bin.toStdString();
        EXPECT_EQ(sum.regionsB, slice.pooled.regionsB);
        EXPECT_EQ(sum.matched, slice.pooled.matched);
        EXPECT_EQ(sum.matchedB, slice.pooled.matchedB);
        EXPECT_EQ(sum.editDistance, slice.pooled.editDistance);
        // Every image listed has a compared region in the slice: recount from the input.
        std::vector<ImageId> expected;
        for (const AgreementImage& image : input->images) {
            if (image.byAnnotator.size() < 2)
                continue;
            bool in = false;
            for (const auto& [name, regions] : image.byAnnotator)
                for (const AgreementRegion& reg : regions) {
                    const QString bin = slice.dimension == QLatin1String("height") ? heightBin(reg.region.polygon)
                        : slice.dimension == QLatin1String("aspect")               ? aspectBin(reg.region.polygon)
                        : slice.dimension == QLatin1String("rotation")             ? rotationBin(reg.region.polygon)
                        : slice.dimension == QLatin1String("text_length")          ? textLengthBin(reg.region.text)
                                                                                   : scriptBin(reg.region.text);
                    in = in || bin == slice.bin;
                }
            if (in)
                expected.push_back(image.id);
        }
        EXPECT_EQ(slice.images, expected) << slice.dimension.toStdString() << slice.bin.toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 10);
}

TEST(AgreementReport, CancelStopsEarly)
{
    SilentProgress progress;
    progress.cancel();
    const AgreementReport r = computeAgreement(handMadeInput(), {}, &progress);
    EXPECT_TRUE(r.canceled);
    EXPECT_TRUE(r.pairs.empty() || r.pairs.front().matched == 0);
    SilentProgress running;
    EXPECT_FALSE(computeAgreement(handMadeInput(), {}, &running).canceled);
}

TEST(AgreementReport, StreamingGivesTheFiguresOfTheWholeInputComputation)
{
    // The report before it streamed (legacy_agreement_report.h), on one thread so that its sums run in image order:
    // every count, per-image figure, pair, text alpha, kappa and image list bit for bit; the slices' IoU sums and
    // geometry alpha's expected part (summed in another order now) within 1e-12.
    for (std::uint32_t seed : { 1u, 2u, 3u, 4u, 5u }) {
        const AgreementInput input = test::randomAgreementInput(seed, { 80 });
        const AgreementReport ours = computeAgreement(input);
        ASSERT_GT(ours.units, 50) << "seed " << seed;
        ASSERT_GE(ours.perGuidelineVersion.size(), 3u);
        test::expectSameReport(ours, legacy::computeAgreement(input, {}, nullptr, 1), 1e-12);
        // On several threads the old report summed the pairs' IoU per thread: within 1e-12 of each other too.
        test::expectSameReport(ours, legacy::computeAgreement(input, {}, nullptr, 3), 1e-12, 1e-12);
    }
    // The hand-made inputs of the tests above, and another threshold.
    test::expectSameReport(
        computeAgreement(handMadeInput()), legacy::computeAgreement(handMadeInput(), {}, nullptr, 1));
    AgreementOptions loose;
    loose.iouThreshold = 0.2;
    const AgreementInput input = test::randomAgreementInput(99);
    test::expectSameReport(computeAgreement(input, loose), legacy::computeAgreement(input, loose, nullptr, 1), 1e-12);
}

TEST(AgreementReport, FiguresDoNotDependOnChunksOrThreads)
{
    const AgreementInput input = test::randomAgreementInput(11, { 150 });
    AgreementOptions sequential;
    sequential.threads = 1;
    sequential.chunk = 1000;
    const AgreementReport reference = computeAgreement(input, sequential);
    const std::string json = toJson(reference).dump();
    // Chunks of the report's own size and reads capped by the source, on one thread and several: the merge runs in
    // image order, so every sum is the same, bit for bit.
    for (int threads : { 1, 2, 4 })
        for (int chunk : { 1, 2, 7, 64, 149, 150, 151, 256 })
            for (int cap : { 0, 1, 5 }) {
                AgreementOptions options;
                options.threads = threads;
                options.chunk = chunk;
                AgreementInputSource source(input, cap);
                auto streamed = computeAgreement(source, options);
                ASSERT_TRUE(streamed) << streamed.error().toString();
                SCOPED_TRACE(testing::Message() << threads << " threads, chunk " << chunk << ", cap " << cap);
                test::expectSameReport(*streamed, reference);
                EXPECT_EQ(toJson(*streamed).dump(), json);
            }
}

TEST(AgreementReport, EmptyAndLonelyInputs)
{
    for (const AgreementInput& input : { AgreementInput {}, AgreementInput { { AgreementImage { 5, {}, {} } } } }) {
        const AgreementReport r = computeAgreement(input);
        test::expectSameReport(r, legacy::computeAgreement(input, {}, nullptr, 1));
        EXPECT_EQ(r.perImage.size(), input.images.size());
        EXPECT_TRUE(r.pairs.empty());
        EXPECT_TRUE(std::isnan(r.alphaText.alpha));
    }
}

namespace {

/// Records the threads report() is called on, and cancels after `cancelAfter` reports.
class RecordingProgress : public Progress {
public:
    explicit RecordingProgress(std::int64_t cancelAfter = -1)
        : m_cancelAfter(cancelAfter)
    {
    }
    void report(std::int64_t done, std::int64_t total) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_threads.insert(std::this_thread::get_id());
        m_last = done;
        m_total = total;
        if (m_cancelAfter >= 0 && ++m_reports >= m_cancelAfter)
            m_canceled = true;
    }
    bool isCanceled() const override { return m_canceled.load(); }

    std::set<std::thread::id> m_threads;
    std::int64_t m_last = 0, m_total = 0;

private:
    std::mutex m_mutex;
    std::int64_t m_cancelAfter = -1;
    std::int64_t m_reports = 0;
    std::atomic<bool> m_canceled { false };
};

} // namespace

TEST(AgreementReport, ProgressOnTheCallingThreadAndCancelMidway)
{
    const AgreementInput input = test::randomAgreementInput(5, { 120 });
    AgreementOptions options;
    options.threads = 3;
    options.chunk = 16;
    {
        RecordingProgress progress;
        AgreementInputSource source(input);
        ASSERT_TRUE(computeAgreement(source, options, &progress));
        EXPECT_EQ(progress.m_threads, (std::set<std::thread::id> { std::this_thread::get_id() }));
        EXPECT_EQ(progress.m_last, 120);
        EXPECT_EQ(progress.m_total, 120);
    }
    {
        // Canceled after 40 images: the streaming call is an error, the in-memory one keeps what it had.
        RecordingProgress progress(40);
        AgreementInputSource source(input);
        auto streamed = computeAgreement(source, options, &progress);
        ASSERT_FALSE(streamed);
        EXPECT_EQ(streamed.error().code, ErrorCode::Canceled);
        RecordingProgress again(40);
        const AgreementReport partial = computeAgreement(input, options, &again);
        EXPECT_TRUE(partial.canceled);
        EXPECT_GE(partial.perImage.size(), 40u);
        EXPECT_LT(partial.perImage.size(), 120u);
    }
}

namespace {

/// Deletions, insertions and substitutions, some with characters outside the BMP (one code point, two UTF-16 units)
/// and precomposed Hangul, so that a length counted in UTF-16 units would show.
QString garble(const QString& text, std::mt19937& rng)
{
    static const QStringList alphabet { QStringLiteral("e"), QStringLiteral("\u00e9"), QStringLiteral("\U0001D11E"),
        QStringLiteral("\uD55C"), QStringLiteral("x") };
    std::uniform_real_distribution<double> u(0, 1);
    std::uniform_int_distribution<int> pick(0, int(alphabet.size()) - 1);
    QString out;
    for (const uint c : text.toUcs4()) {
        const double r = u(rng);
        if (r < 0.1)
            continue;
        const char32_t same = c;
        out += r < 0.25 ? alphabet[pick(rng)] : QString::fromUcs4(&same, 1);
        if (u(rng) < 0.1)
            out += alphabet[pick(rng)];
    }
    return out;
}

/// [sum of nltk's edit_distance, sum of len(a), sum of len(b)] over the (a, b) text pairs, from /usr/bin/python3.
std::optional<std::array<long long, 3>> nltkSums(const QJsonArray& pairs, QString* error)
{
    const QString script = QStringLiteral("import json, sys\n"
                                          "from nltk.metrics.distance import edit_distance\n"
                                          "pairs = json.load(sys.stdin)\n"
                                          "print(json.dumps([sum(edit_distance(a, b) for a, b in pairs),\n"
                                          "    sum(len(a) for a, b in pairs), sum(len(b) for a, b in pairs)]))\n");
    const auto out = test::runPython(script, QJsonDocument(pairs).toJson(), error);
    if (!out)
        return std::nullopt;
    const QJsonArray sums = QJsonDocument::fromJson(*out).array();
    return std::array<long long, 3> { sums[0].toInteger(), sums[1].toInteger(), sums[2].toInteger() };
}

} // namespace

TEST(AgreementReport, CerIsSymmetricAndAgreesWithNltkOnIcdar2015)
{
    LECTOR_REQUIRE_SHARED_DATA();
    if (!test::pythonHas({ QStringLiteral("nltk") }))
        GTEST_SKIP() << "/usr/bin/python3 with nltk is needed for the reference";
    const QString root = test::sharedDataDir() + QStringLiteral("/icdar2015");
    ReadOptions readOptions;
    readOptions.imagesDir = root + QStringLiteral("/imgs/test");
    auto truth = Icdar2015Format().read(root + QStringLiteral("/annotations/test"), readOptions);
    ASSERT_TRUE(truth.has_value()) << truth.error().toString();
    // "zoe" keeps the ground truth, the other annotator draws the same boxes and misreads their texts: every
    // region matches its copy (IoU 1), so the matched pairs are known without the matching.
    std::mt19937 rng(2015);
    QJsonArray pairs;
    const auto inputNamed = [&](const QString& other) {
        std::mt19937 again(2015);
        AgreementInput input;
        for (size_t i = 0; i < truth->images.size(); ++i) {
            AgreementImage image;
            image.id = ImageId(i + 1);
            for (const Region& r : truth->images[i].regions) {
                AgreementRegion mine { r, 1 };
                AgreementRegion theirs { r, 1 };
                theirs.region.text = garble(r.text, again);
                image.byAnnotator[QStringLiteral("zoe")].push_back(mine);
                image.byAnnotator[other].push_back(theirs);
            }
            input.images.push_back(std::move(image));
        }
        return input;
    };
    for (const ImportedImage& image : truth->images)
        for (const Region& r : image.regions)
            pairs.push_back(QJsonArray { garble(r.text, rng), r.text }); // the same draws as inputNamed's
    QString error;
    const auto sums = nltkSums(pairs, &error);
    ASSERT_TRUE(sums.has_value()) << error.toStdString();
    const auto [edits, garbledLength, truthLength] = *sums;
    ASSERT_NE(garbledLength, truthLength); // else the side would not matter

    // The misreading annotator sorts first as "adam" and last as "zuri": the pair's CER is the same either way.
    const AgreementReport first = computeAgreement(inputNamed(QStringLiteral("adam")));
    const AgreementReport last = computeAgreement(inputNamed(QStringLiteral("zuri")));
    const PairFigures* adam = findPair(first.pairs, "adam", "zoe");
    const PairFigures* zuri = findPair(last.pairs, "zoe", "zuri");
    ASSERT_TRUE(adam && zuri);
    EXPECT_EQ(adam->matched, pairs.size());
    EXPECT_EQ(adam->editDistance, edits);
    EXPECT_EQ(adam->lengthA, garbledLength);
    EXPECT_EQ(adam->lengthB, truthLength);
    EXPECT_EQ(zuri->lengthA, truthLength);
    EXPECT_NEAR(adam->cer(), 2.0 * double(edits) / double(garbledLength + truthLength), 1e-15);
    EXPECT_EQ(adam->cer(), zuri->cer());
    EXPECT_EQ(toJson(first)["pairs"][0]["cer"].get<double>(), zuri->cer());
}
