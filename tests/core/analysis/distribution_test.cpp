// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/distribution.h>

#include <lector/analysis/distribution_builder.h>
#include <lector/store/project_store.h>

#include "metrics/python_reference.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <set>

using namespace lector;

namespace {

// An independent reading of the same project with Python's sqlite3 module: its own SQL, its own geometry, its own
// character classes (unicodedata), its own binning. Input: "path\nannotator" (annotator may be empty).
// Output: {dimension: [[label, count, [image ids ascending]], ...]} with only non-empty bins; the character
// dimensions in frequency order (ties by code point), top 30.
const char* const kReference = R"PY(
import sqlite3, sys, json, math, bisect, unicodedata, collections
lines = sys.stdin.read().split('\n') + ['']
path, who = lines[0], lines[1]
db = sqlite3.connect(path)
out = collections.OrderedDict()
def put(dim, label, img, n=1):
    d = out.setdefault(dim, collections.OrderedDict())
    e = d.setdefault(label, [0, set()])
    e[0] += n
    e[1].add(img)
def numbin(v, upper, labels):
    return labels[bisect.bisect_right(upper, v)]
images = db.execute('SELECT id, width, height, batch, split FROM images').fetchall()
sizes = collections.Counter()
for i, w, h, b, s in images:
    put('batch', b or '(none)', i)
    put('split', s or '(none)', i)
    put('megapixels', numbin(w * h / 1e6, [0.1, 0.5, 1, 2, 4, 8],
        ['<0.1', '0.1–0.5', '0.5–1', '1–2', '2–4', '4–8', '≥8']), i)
    put('image_size', '%d×%d' % (w, h), i)
sql = ('SELECT a.image_id, n.name, a.guideline_version, a.points, a.text FROM annotations a '
       'JOIN annotators n ON n.id = a.annotator_id WHERE a.source != ?')
args = ['consensus']
if who:
    sql += ' AND n.name = ?'
    args.append(who)
per_image = collections.defaultdict(collections.Counter)
chars = collections.Counter()
char_images = collections.defaultdict(set)
def is_digit(c): return unicodedata.category(c) == 'Nd'
def is_latin(c): return unicodedata.name(c, '').startswith('LATIN ')
def is_hangul(c): return unicodedata.name(c, '').startswith('HANGUL ')
def is_letter(c): return unicodedata.category(c).startswith('L')
def script_bin(t):
    latin = hangul = digits = symbols = other = False
    for c in t:
        if is_digit(c): digits = True
        elif is_latin(c): latin = True
        elif is_hangul(c): hangul = True
        elif is_letter(c): other = True
        else: symbols = True
    n = latin + hangul + other
    if n > 1 or (n == 1 and digits): return 'mixed'
    if latin: return 'latin'
    if hangul: return 'hangul'
    if other: return 'other'
    if digits: return 'mixed' if symbols else 'digits'
    return 'symbols' if symbols else 'empty'
def group(c):
    if is_digit(c): return 'digits'
    if is_latin(c): return 'latin'
    if is_hangul(c): return 'hangul'
    if unicodedata.category(c)[0] in 'LM': return 'other'
    return 'symbols'
for img, name, version, points, text in db.execute(sql, args):
    per_image[img][name] += 1
    xy = [float(v) for v in points.split(',')]
    p = list(zip(xy[0::2], xy[1::2]))
    if len(p) == 4:
        d = lambda a, b: math.hypot(b[0] - a[0], b[1] - a[1])
        w = (d(p[0], p[1]) + d(p[3], p[2])) / 2
        h = (d(p[1], p[2]) + d(p[0], p[3])) / 2
        deg = math.fmod(abs(math.atan2(p[1][1] - p[0][1], p[1][0] - p[0][0]) * 180 / math.pi), 180)
        deg = min(deg, 180 - deg)
    else:
        w = max(x for x, _ in p) - min(x for x, _ in p)
        h = max(y for _, y in p) - min(y for _, y in p)
        deg = 0
    put('box_height', numbin(h, [8, 16, 32, 64, 128], ['<8', '8–16', '16–32', '32–64', '64–128', '≥128']), img)
    put('box_width', numbin(w, [16, 32, 64, 128, 256, 512],
        ['<16', '16–32', '32–64', '64–128', '128–256', '256–512', '≥512']), img)
    put('aspect_ratio', numbin(w / h if h > 0 else 0, [0.5, 1, 2, 4, 8, 16],
        ['<0.5', '0.5–1', '1–2', '2–4', '4–8', '8–16', '≥16']), img)
    put('rotation', numbin(deg, [2, 5, 10, 20, 45], ['0–2', '2–5', '5–10', '10–20', '20–45', '45–90']), img)
    put('text_length', numbin(len(text), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20],
        ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10–14', '15–19', '≥20']), img)
    put('script', script_bin(text), img)
    put('annotator', name, img)
    put('guideline_version', 'v%d' % version if version else 'none', img)
    for c in text:
        if c.isspace(): continue
        chars[c] += 1
        char_images[c].add(img)
for i, w, h, b, s in images:
    c = per_image.get(i)
    words = math.floor(sum(c.values()) / len(c) + 0.5) if c else 0
    put('words_per_image', numbin(words, [1, 5, 10, 20, 50, 100, 200],
        ['0', '1–4', '5–9', '10–19', '20–49', '50–99', '100–199', '≥200']), i)
result = {dim: [[label, e[0], sorted(e[1])] for label, e in bins.items()] for dim, bins in out.items()}
top = collections.defaultdict(list)
for c, n in sorted(chars.items(), key=lambda kv: (-kv[1], ord(kv[0]))):
    g = top['characters_' + group(c)]
    if len(g) < 30: g.append([c, n, sorted(char_images[c])])
result.update(top)
print(json.dumps(result))
)PY";

/// The bins of one dimension as [label, count, images] rows, non-empty bins only.
using Rows = std::vector<std::tuple<QString, std::int64_t, std::vector<ImageId>>>;

Rows rowsOf(const DistributionHistogram& h)
{
    Rows rows;
    for (const DistributionBin& b : h.bins) {
        if (b.count > 0)
            rows.emplace_back(b.label, b.count, b.images);
    }
    return rows;
}

Rows rowsOf(const QJsonArray& bins)
{
    Rows rows;
    for (const QJsonValue& v : bins) {
        const QJsonArray row = v.toArray();
        std::vector<ImageId> images;
        for (const QJsonValue& i : row[2].toArray())
            images.push_back(i.toInteger());
        rows.emplace_back(row[0].toString(), row[1].toInteger(), images);
    }
    return rows;
}

std::string dump(const Rows& rows)
{
    std::string out;
    for (const auto& [label, count, images] : rows)
        out += "\n  " + label.toStdString() + ": " + std::to_string(count) + " on " + std::to_string(images.size())
            + " images";
    return out;
}

class DistributionDemo : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        s_project = test::makeDemoProject(s_dir->path(), 12);
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    void SetUp() override
    {
        ASSERT_FALSE(s_project.isEmpty());
        auto store = ProjectStore::open(s_project);
        ASSERT_TRUE(store) << store.error().toString();
        m_store = std::move(*store);
    }

    /// Compares every dimension with the Python reading of the project.
    void expectMatchesReference(const Distribution& d, const QString& annotator)
    {
        QString error;
        const auto json = test::runPython(
            QString::fromUtf8(kReference), (s_project + QLatin1Char('\n') + annotator).toUtf8(), &error);
        if (!json)
            GTEST_SKIP() << "python3 reference unavailable: " << error;
        const QJsonObject reference = QJsonDocument::fromJson(*json).object();
        for (const QString& dimension : distributionDimensions()) {
            SCOPED_TRACE(dimension.toStdString());
            const DistributionHistogram* h = d.histogram(dimension);
            ASSERT_NE(h, nullptr);
            const Rows expected = rowsOf(reference.value(dimension).toArray());
            Rows actual = rowsOf(*h);
            if (!dimension.startsWith(QLatin1String("characters_")) && dimension != QLatin1String("image_size")) {
                // Python lists bins in the order met; ours are in display order. Same set of bins either way.
                auto byLabel = [](const auto& a, const auto& b) { return std::get<0>(a) < std::get<0>(b); };
                Rows sortedExpected = expected;
                std::sort(sortedExpected.begin(), sortedExpected.end(), byLabel);
                std::sort(actual.begin(), actual.end(), byLabel);
                EXPECT_EQ(actual, sortedExpected) << "ours:" << dump(actual) << "\npython:" << dump(sortedExpected);
            } else {
                EXPECT_EQ(actual, expected) << "ours:" << dump(actual) << "\npython:" << dump(expected);
            }
        }
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline QString s_project;
    std::unique_ptr<ProjectStore> m_store;
};

} // namespace

TEST_F(DistributionDemo, EveryHistogramMatchesAnIndependentReading)
{
    auto d = computeDistribution(*m_store);
    ASSERT_TRUE(d) << d.error().toString();
    EXPECT_EQ(d->images, 12);
    auto info = m_store->info();
    ASSERT_TRUE(info);
    EXPECT_EQ(d->labels, info->annotations); // the demo has no consensus regions
    expectMatchesReference(*d, {});
    // What the demo is made of (src/demo/demo_generator.cpp): Latin and Hangul words, dates and numbers, two
    // guideline versions and labels from before the first one (the imported reference).
    EXPECT_GT(d->histogram(QStringLiteral("characters_latin"))->bins.size(), 20u);
    EXPECT_GT(d->histogram(QStringLiteral("characters_hangul"))->bins.size(), 20u);
    EXPECT_EQ(d->histogram(QStringLiteral("characters_digits"))->bins.size(), 10u);
    EXPECT_EQ(d->histogram(QStringLiteral("guideline_version"))->bins.size(), 3u);
    EXPECT_EQ(d->histogram(QStringLiteral("guideline_version"))->bins.back().label, QStringLiteral("none"));
    EXPECT_EQ(d->annotators,
        (QStringList {
            QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("chloe"), QStringLiteral("reference") }));
}

TEST_F(DistributionDemo, OneAnnotatorMatchesTheReferenceAndTheStore)
{
    DistributionOptions options;
    options.annotator = QStringLiteral("alice");
    auto d = computeDistribution(*m_store, options);
    ASSERT_TRUE(d) << d.error().toString();
    expectMatchesReference(*d, options.annotator);
    // Straight from the store's API: alice's regions per image.
    auto alice = m_store->findAnnotator(QStringLiteral("alice"));
    ASSERT_TRUE(alice && *alice);
    auto images = m_store->images();
    ASSERT_TRUE(images);
    std::int64_t total = 0;
    std::vector<ImageId> labeled;
    for (const ImageRecord& image : *images) {
        auto mine = m_store->annotations(image.id, (*alice)->id);
        ASSERT_TRUE(mine);
        total += std::int64_t(mine->size());
        if (!mine->empty())
            labeled.push_back(image.id);
    }
    EXPECT_EQ(d->labels, total);
    const DistributionHistogram* who = d->histogram(QStringLiteral("annotator"));
    ASSERT_EQ(who->bins.size(), 1u);
    EXPECT_EQ(who->bins[0].label, QStringLiteral("alice"));
    EXPECT_EQ(who->bins[0].count, total);
    EXPECT_EQ(who->bins[0].images, labeled);
    // Images alice left unlabeled have 0 words.
    EXPECT_EQ(d->imagesBehind(QStringLiteral("words_per_image"), QStringLiteral("0")).size(),
        images->size() - labeled.size());
}

TEST_F(DistributionDemo, BarsAccountForEveryImageAndLabelAndGiveTheirImages)
{
    auto d = computeDistribution(*m_store);
    ASSERT_TRUE(d);
    auto images = m_store->images();
    ASSERT_TRUE(images);
    std::set<ImageId> all;
    for (const ImageRecord& r : *images)
        all.insert(r.id);
    for (const DistributionHistogram& h : d->histograms) {
        SCOPED_TRACE(h.dimension.toStdString());
        std::set<ImageId> seen;
        for (int i = 0; i < int(h.bins.size()); ++i) {
            const DistributionBin& b = h.bins[size_t(i)];
            const std::vector<ImageId> behind = d->imagesBehind(h.dimension, i);
            EXPECT_EQ(behind, b.images);
            EXPECT_EQ(d->imagesBehind(h.dimension, b.label), b.images);
            EXPECT_TRUE(std::is_sorted(behind.begin(), behind.end()));
            EXPECT_EQ(std::adjacent_find(behind.begin(), behind.end()), behind.end());
            EXPECT_EQ(b.count == 0, behind.empty());
            for (ImageId id : behind) {
                EXPECT_TRUE(all.count(id));
                // Image dimensions put each image in exactly one bar.
                if (h.unit == QLatin1String("images")) {
                    EXPECT_TRUE(seen.insert(id).second) << id;
                }
            }
        }
        if (h.unit == QLatin1String("images")) {
            EXPECT_EQ(h.total(), d->images);
            EXPECT_EQ(seen, all);
        } else if (h.unit == QLatin1String("boxes") || h.unit == QLatin1String("labels")) {
            EXPECT_EQ(h.total(), d->labels);
        }
    }
    EXPECT_TRUE(d->imagesBehind(QStringLiteral("box_height"), QStringLiteral("no such bin")).empty());
    EXPECT_TRUE(d->imagesBehind(QStringLiteral("no such dimension"), 0).empty());
    const DistributionHistogram* height = d->histogram(QStringLiteral("box_height"));
    const int i = height->binIndex(QStringLiteral("16–32"));
    ASSERT_GE(i, 0);
    EXPECT_EQ(d->describe(QStringLiteral("box_height"), i),
        QStringLiteral("box height 16–32 px: %1 boxes on %2 images")
            .arg(QLocale::c().toString(qlonglong(height->bins[size_t(i)].count)))
            .arg(height->bins[size_t(i)].images.size()));
    const DistributionHistogram* split = d->histogram(QStringLiteral("split"));
    ASSERT_FALSE(split->bins.empty());
    const DistributionBin& first = split->bins.front();
    EXPECT_EQ(d->describe(QStringLiteral("split"), 0),
        QStringLiteral("split %1: %2 image%3")
            .arg(first.label)
            .arg(first.images.size())
            .arg(first.images.size() == 1 ? QString() : QStringLiteral("s")));
}

TEST_F(DistributionDemo, ThreadsSplittingTheLabelsGiveTheSameResult)
{
    DistributionOptions one;
    one.threads = 1;
    auto single = computeDistribution(*m_store, one);
    ASSERT_TRUE(single);
    for (int threads : { 2, 3, 7 }) {
        SCOPED_TRACE(threads);
        DistributionOptions many;
        many.threads = threads;
        auto parallel = computeDistribution(*m_store, many);
        ASSERT_TRUE(parallel) << parallel.error().toString();
        EXPECT_EQ(parallel->labels, single->labels);
        ASSERT_EQ(parallel->histograms.size(), single->histograms.size());
        for (size_t i = 0; i < single->histograms.size(); ++i) {
            SCOPED_TRACE(single->histograms[i].dimension.toStdString());
            EXPECT_EQ(parallel->histograms[i].bins, single->histograms[i].bins);
        }
    }
    // And one annotator's labels.
    one.annotator = QStringLiteral("bob");
    DistributionOptions bob = one;
    bob.threads = 4;
    auto a = computeDistribution(*m_store, one);
    auto b = computeDistribution(*m_store, bob);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->labels, b->labels);
    for (size_t i = 0; i < a->histograms.size(); ++i)
        EXPECT_EQ(a->histograms[i].bins, b->histograms[i].bins) << a->histograms[i].dimension;
}

TEST_F(DistributionDemo, ConsensusRegionsAreLeftOut)
{
    auto before = computeDistribution(*m_store);
    ASSERT_TRUE(before);
    auto consensus = m_store->ensureAnnotator(QStringLiteral("consensus"), Role::Lead);
    ASSERT_TRUE(consensus);
    auto images = m_store->images();
    ASSERT_TRUE(images);
    Annotation a;
    a.image = images->front().id;
    a.annotator = *consensus;
    a.source = Source::Consensus;
    a.region.polygon = Polygon::fromBox({ 10, 10, 400, 20 });
    a.region.text = QStringLiteral("zzzz");
    auto added = m_store->addAnnotations({ a });
    ASSERT_TRUE(added) << added.error().toString();
    auto after = computeDistribution(*m_store);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->labels, before->labels);
    EXPECT_EQ(
        after->histogram(QStringLiteral("box_width"))->bins, before->histogram(QStringLiteral("box_width"))->bins);
    EXPECT_EQ(after->histogram(QStringLiteral("annotator"))->binIndex(QStringLiteral("consensus")), -1);
    ASSERT_TRUE(m_store->removeAnnotations(added->ids(), EditContext::edit(*consensus)));
}

TEST_F(DistributionDemo, UnknownAnnotatorAndCancelAreErrors)
{
    DistributionOptions options;
    options.annotator = QStringLiteral("nobody");
    auto d = computeDistribution(*m_store, options);
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(d.error().message.contains(QStringLiteral("nobody")));
    SilentProgress progress;
    progress.cancel();
    auto canceled = computeDistribution(*m_store, {}, &progress);
    ASSERT_FALSE(canceled);
    EXPECT_EQ(canceled.error().code, ErrorCode::Canceled);
}

TEST(DistributionBuilder, BinsHandMadeRegionsAtTheirEdges)
{
    DistributionBuilder b;
    b.setAnnotators({ { 1, QStringLiteral("ann"), Role::Annotator }, { 2, QStringLiteral("bea"), Role::Annotator } });
    ImageRecord big;
    big.id = 7;
    big.width = 2000;
    big.height = 1000; // exactly 2 MP: the 2–4 bin (bins are half-open)
    big.batch = QStringLiteral("b1");
    ImageRecord small;
    small.id = 9;
    small.width = 100;
    small.height = 100;
    b.addImage(big);
    b.addImage(small);

    // A 100 × 16 box rotated by 30 degrees about the origin.
    const double c = std::cos(M_PI / 6), s = std::sin(M_PI / 6);
    auto rot = [&](double x, double y) { return PointF { x * c - y * s, x * s + y * c }; };
    Polygon rotated { { rot(0, 0), rot(100, 0), rot(100, 16), rot(0, 16) } };
    b.addLabel(7, 1, 1, rotated, QStringLiteral("a b"));
    // A pentagon: bounding box 8 × 8, no rotation; one astral character (a single code point) and a digit.
    Polygon pentagon { { { 0, 0 }, { 8, 0 }, { 8, 6 }, { 4, 8 }, { 0, 6 } } };
    b.addLabel(7, 2, 0, pentagon,
        QStringLiteral("\U0001D400"
                       "7"));
    // Three more of ann's on image 7, counted by a second builder (as a second thread would) and merged: image 7
    // then has 5 labels from 2 annotators, 2.5 words each, which rounds to 3 (the 1–4 bin).
    DistributionBuilder share;
    for (int i = 0; i < 3; ++i)
        share.addLabel(7, 1, 2, Polygon::fromBox({ 0, 0, 300, 200 }), QString());
    b.merge(std::move(share));
    const Distribution d = b.finish();

    EXPECT_EQ(d.labels, 5);
    EXPECT_EQ(d.imagesBehind(QStringLiteral("megapixels"), QStringLiteral("2–4")), (std::vector<ImageId> { 7 }));
    EXPECT_EQ(d.imagesBehind(QStringLiteral("megapixels"), QStringLiteral("<0.1")), (std::vector<ImageId> { 9 }));
    EXPECT_EQ(d.imagesBehind(QStringLiteral("megapixels"), QStringLiteral("1–2")), std::vector<ImageId> {});
    EXPECT_EQ(d.imagesBehind(QStringLiteral("words_per_image"), QStringLiteral("1–4")), (std::vector<ImageId> { 7 }));
    EXPECT_EQ(d.imagesBehind(QStringLiteral("words_per_image"), QStringLiteral("0")), (std::vector<ImageId> { 9 }));
    EXPECT_EQ(d.imagesBehind(QStringLiteral("batch"), QStringLiteral("(none)")), (std::vector<ImageId> { 9 }));
    EXPECT_EQ(d.imagesBehind(QStringLiteral("image_size"), QStringLiteral("2000×1000")), (std::vector<ImageId> { 7 }));

    auto count = [&](const char* dim, const QString& bin) {
        const DistributionHistogram* h = d.histogram(QString::fromLatin1(dim));
        const int i = h->binIndex(bin);
        return i < 0 ? std::int64_t(-1) : h->bins[size_t(i)].count;
    };
    EXPECT_EQ(count("text_length", QStringLiteral("0")), 3);
    EXPECT_EQ(count("box_height", QStringLiteral("≥128")), 3);
    EXPECT_EQ(count("guideline_version", QStringLiteral("v2")), 3);
    EXPECT_EQ(count("annotator", QStringLiteral("ann")), 4);
    EXPECT_EQ(d.imagesBehind(QStringLiteral("annotator"), QStringLiteral("ann")), (std::vector<ImageId> { 7 }));
    // Rotated box: width 100 along the baseline, height 16 (the 16–32 bin), aspect 6.25, 30 degrees.
    EXPECT_NEAR(DistributionBuilder::wordSize(rotated).first, 100, 1e-9);
    EXPECT_NEAR(DistributionBuilder::wordSize(rotated).second, 16, 1e-9);
    EXPECT_NEAR(DistributionBuilder::rotationDegrees(rotated), 30, 1e-9);
    EXPECT_EQ(count("box_height", QStringLiteral("16–32")), 1);
    EXPECT_EQ(count("box_height", QStringLiteral("8–16")), 1); // the pentagon's 8 px
    EXPECT_EQ(count("box_width", QStringLiteral("64–128")), 1);
    EXPECT_EQ(count("box_width", QStringLiteral("<16")), 1);
    EXPECT_EQ(count("aspect_ratio", QStringLiteral("4–8")), 1);
    EXPECT_EQ(count("aspect_ratio", QStringLiteral("1–2")), 4); // 8 / 8, and the merged 300 / 200
    EXPECT_EQ(count("rotation", QStringLiteral("20–45")), 1);
    EXPECT_EQ(count("rotation", QStringLiteral("0–2")), 4);
    EXPECT_EQ(count("text_length", QStringLiteral("3")), 1); // "a b"
    EXPECT_EQ(count("text_length", QStringLiteral("2")), 1); // astral letter + digit: 2 code points
    EXPECT_EQ(count("script", QStringLiteral("latin")), 1); // the space counts as a symbol beside latin letters
    EXPECT_EQ(count("script", QStringLiteral("empty")), 3);
    EXPECT_EQ(
        count("script", QStringLiteral("mixed")), 1); // MATHEMATICAL BOLD A is Common script (a letter): other + digit
    EXPECT_EQ(count("characters_latin", QStringLiteral("a")), 1);
    EXPECT_EQ(count("characters_latin", QStringLiteral(" ")), -1); // white space is left out
    EXPECT_EQ(count("characters_symbols", QStringLiteral(" ")), -1);
    EXPECT_EQ(count("characters_digits", QStringLiteral("7")), 1);
    EXPECT_EQ(count("characters_other", QStringLiteral("\U0001D400")), 1);
    EXPECT_EQ(count("annotator", QStringLiteral("bea")), 1);
    EXPECT_EQ(count("guideline_version", QStringLiteral("v1")), 1);
    EXPECT_EQ(count("guideline_version", QStringLiteral("none")), 1);
}
