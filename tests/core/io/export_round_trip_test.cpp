// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
//
// Every writable format, exported from a project holding the shared samples (FUNSD and ICDAR 2015) plus words made
// to hit each kind of loss, then imported again into a new project: what the format carries comes back equal, and
// what it cannot carry is exactly what its ExportReport counted. The formats' rules are stated here a second time,
// apart from the writers (the Carry functions), and the files are also read by re-statements of their tools' own
// readers in Python (ppocrlabel_rules.py, rrc_rules.py, coco_text_rules.py: standard library only).

#include "io/format_test_support.h"
#include "metrics/python_reference.h"

#include <lector/io/format_registry.h>
#include <lector/metrics/detection_eval_loader.h>
#include <lector/store/project_store.h>

#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <memory>

using namespace lector;
using namespace lector::test;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

// ---- The formats' rules, stated again --------------------------------------------------------------------------

/// What a region reads back as after a round trip through a format, and the losses that make up the difference.
struct Carried {
    Region region;
    std::vector<ExportLoss> losses;
    bool written = true; // false: the format leaves the region out
    /// Losses the format's tool sees but Lector's reader does not (PaddleOCR ignores a word "*"; Lector keeps it).
    int toolOnly = 0;
};
using CarryRule = std::function<Carried(const Region&)>;

Carried start(const Region& r)
{
    Carried c;
    c.region = r;
    return c;
}

void lose(Carried& c, ExportLoss kind, bool lost = true)
{
    if (lost)
        c.losses.push_back(kind);
}

/// The nearest whole number, halves away from zero, worked out from the fraction (exact in binary floating point).
double nearestWhole(double v)
{
    const double whole = std::trunc(v);
    const double fraction = v - whole;
    if (fraction >= 0.5)
        return whole + 1;
    if (fraction <= -0.5)
        return whole - 1;
    return whole + 0.0; // -0 is 0
}

void dropScriptAndConfidence(Carried& c, bool confidence)
{
    lose(c, ExportLoss::ScriptsDropped, !c.region.script.isEmpty());
    c.region.script.clear();
    if (confidence) {
        lose(c, ExportLoss::ConfidencesDropped, c.region.hasConfidence());
        c.region.confidence = std::nan("");
    }
}

/// ICDAR 2015 and RRC geometry: a quadrilateral (else the bounding box) with whole-pixel corners, clockwise on
/// screen (the script refuses a negative shoelace area in y-down coordinates), reversed from the first corner if not.
void rrcGeometry(Carried& c)
{
    Polygon p = c.region.polygon;
    if (!p.isQuad()) {
        p = Polygon::fromBox(p.boundingBox());
        lose(c, ExportLoss::PolygonsAsBoxes);
    }
    Polygon whole = p;
    for (PointF& q : whole.points)
        q = { nearestWhole(q.x), nearestWhole(q.y) };
    lose(c, ExportLoss::CornersRounded, whole != p);
    if (whole.signedArea() < 0) {
        whole = Polygon { { whole.points[0], whole.points[3], whole.points[2], whole.points[1] } };
        lose(c, ExportLoss::CornersReordered);
    }
    c.region.polygon = whole;
}

QString spacesForBreaks(const QString& text, bool tabs)
{
    QString out = text;
    out.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (tabs)
        out.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return out;
}

bool illegible(const Region& r) { return r.flags & FlagIllegible; }

Carried icdarGroundTruth(const Region& r)
{
    Carried c = start(r);
    rrcGeometry(c);
    if (r.isDontCare() || illegible(r)) { // written "###", read back as don't care without text
        lose(c, ExportLoss::IllegibleAsDontCare, illegible(r) && !r.isDontCare());
        lose(c, ExportLoss::IllegibleDropped, illegible(r) && r.isDontCare());
        lose(c, ExportLoss::TextsDropped, !r.text.isEmpty());
        c.region.flags = FlagDontCare;
        c.region.text.clear();
    } else if (r.text == QLatin1String("###")) {
        lose(c, ExportLoss::TextsReadAsDontCare);
        c.region.flags = FlagDontCare;
        c.region.text.clear();
    } else {
        c.region.text = spacesForBreaks(r.text, false);
        lose(c, ExportLoss::TextsChanged, c.region.text != r.text);
    }
    dropScriptAndConfidence(c, true);
    return c;
}

CarryRule rrcResult(bool withText)
{
    return [withText](const Region& r) {
        Carried c = start(r);
        rrcGeometry(c);
        const double clamped = std::min(1.0, std::max(0.0, r.confidence));
        lose(c, ExportLoss::ConfidencesClamped, clamped != r.confidence);
        c.region.confidence = clamped;
        if (withText) {
            c.region.text = spacesForBreaks(r.text, false);
            lose(c, ExportLoss::TextsChanged, c.region.text != r.text);
        } else {
            lose(c, ExportLoss::TextsDropped, !r.text.isEmpty());
            c.region.text.clear();
        }
        lose(c, ExportLoss::DontCareDropped, r.isDontCare());
        lose(c, ExportLoss::IllegibleDropped, illegible(r));
        c.region.flags = FlagNone;
        if (withText && c.region.text == QLatin1String("###")) { // Lector's reader: ### is don't care
            lose(c, ExportLoss::TextsReadAsDontCare);
            c.region.flags = FlagDontCare;
            c.region.text.clear();
        }
        dropScriptAndConfidence(c, false);
        return c;
    };
}

Carried ppocrLabel(const Region& r)
{
    Carried c = start(r);
    if (r.isDontCare() || illegible(r)) { // "###", "difficult" for illegible
        lose(c, ExportLoss::IllegibleAsDontCare, illegible(r) && !r.isDontCare());
        lose(c, ExportLoss::TextsDropped, !r.text.isEmpty());
        c.region.flags = FlagDontCare | (r.flags & FlagIllegible);
        c.region.text.clear();
    } else if (r.text == QLatin1String("###")) {
        lose(c, ExportLoss::TextsReadAsDontCare);
        c.region.flags = FlagDontCare;
        c.region.text.clear();
    } else if (r.text == QLatin1String("*")) {
        lose(c, ExportLoss::TextsReadAsDontCare); // by PaddleOCR's DetLabelEncode; Lector reads the word
        c.toolOnly = 1;
    }
    dropScriptAndConfidence(c, true);
    return c;
}

Carried cocoText(const Region& r)
{
    Carried c = start(r);
    if (r.isDontCare() || illegible(r)) { // "legibility": "illegible", no utf8_string
        lose(c, ExportLoss::DontCareAsIllegible, r.isDontCare());
        lose(c, ExportLoss::TextsDropped, !r.text.isEmpty());
        c.region.flags = FlagIllegible;
        c.region.text.clear();
    } else if (r.text == QLatin1String("###")) {
        lose(c, ExportLoss::TextsReadAsDontCare);
        c.region.flags = FlagDontCare;
        c.region.text.clear();
    }
    dropScriptAndConfidence(c, true);
    return c;
}

Carried funsd(const Region& r)
{
    Carried c = start(r);
    const BoxF b = r.polygon.boundingBox();
    lose(c, ExportLoss::PolygonsAsBoxes, r.polygon != Polygon::fromBox(b));
    const BoxF outward { std::floor(b.x0), std::floor(b.y0), std::ceil(b.x1), std::ceil(b.y1) };
    lose(c, ExportLoss::CornersRounded, !(outward == b));
    c.region.polygon = Polygon::fromBox(outward);
    // No flags: a word without text reads back illegible, any other as an ordinary word.
    const bool empty = r.text.isEmpty();
    lose(c, ExportLoss::DontCareAsIllegible, r.isDontCare() && empty);
    lose(c, ExportLoss::DontCareDropped, r.isDontCare() && !empty);
    lose(c, ExportLoss::IllegibleDropped, illegible(r) && !empty);
    lose(c, ExportLoss::EmptyTextsAsIllegible, empty && !illegible(r) && !r.isDontCare());
    c.region.flags = empty ? FlagIllegible : FlagNone;
    dropScriptAndConfidence(c, true);
    return c;
}

Carried labelme(const Region& r)
{
    Carried c = start(r);
    if (!r.isDontCare() && r.text == QLatin1String("###")) {
        lose(c, ExportLoss::TextsReadAsDontCare);
        c.region.flags |= FlagDontCare;
        c.region.text.clear();
    }
    dropScriptAndConfidence(c, true);
    return c;
}

/// YOLO: boxes relative to the image size, read back snapped to a millionth of a pixel; no text, no flags.
Carried yolo(const Region& r)
{
    Carried c = start(r);
    if (r.isDontCare()) {
        lose(c, ExportLoss::DontCareLeftOut);
        c.written = false;
        return c;
    }
    const BoxF b = r.polygon.boundingBox();
    lose(c, ExportLoss::PolygonsAsBoxes, r.polygon != Polygon::fromBox(b));
    const auto micro = [](double v) { return std::round(v * 1e6) / 1e6; };
    const BoxF snapped { micro(b.x0), micro(b.y0), micro(b.x1), micro(b.y1) };
    lose(c, ExportLoss::CornersRounded, !(snapped == b));
    c.region.polygon = Polygon::fromBox(snapped);
    lose(c, ExportLoss::TextsDropped, !r.text.isEmpty());
    lose(c, ExportLoss::IllegibleDropped, illegible(r));
    c.region.text.clear();
    c.region.flags = FlagNone;
    dropScriptAndConfidence(c, false);
    return c;
}

// ---- The project ---------------------------------------------------------------------------------------------------

Region word(const Polygon& p, const QString& text, std::uint32_t flags = FlagNone, const QString& script = {})
{
    Region r = makeRegion(p, text, flags);
    r.script = script;
    return r;
}

/// Words that hit every kind of loss some format has, added to one image of each sample.
std::vector<Region> awkwardWords(double x, double y)
{
    return {
        word(Polygon { { { x, y }, { x + 20.25, y + 1 }, { x + 40.5, y }, { x + 40.5, y + 9 }, { x + 20, y + 10.5 },
                 { x, y + 9 } } },
            QStringLiteral("wave")),
        word(Polygon { { { x, y + 20 }, { x, y + 30 }, { x + 30, y + 30 }, { x + 30, y + 20 } } },
            QStringLiteral("ccw")),
        word(Polygon { { { x + 0.5, y + 40.25 }, { x + 30.5, y + 42.75 }, { x + 29.5, y + 52.5 },
                 { x - 0.5, y + 50 } } },
            QStringLiteral("tilt")),
        word(Polygon::fromBox({ x, y + 60, x + 20, y + 70 }), QStringLiteral("blur"), FlagIllegible),
        word(Polygon::fromBox({ x, y + 80, x + 20, y + 90 }), QString(), FlagIllegible),
        word(Polygon::fromBox({ x, y + 100, x + 20, y + 110 }), QString(), FlagIllegible | FlagDontCare),
        word(Polygon::fromBox({ x, y + 120, x + 20, y + 130 }), QStringLiteral("hidden"), FlagDontCare),
        word(Polygon::fromBox({ x, y + 140, x + 20, y + 150 }), QStringLiteral("###")),
        word(Polygon::fromBox({ x, y + 160, x + 20, y + 170 }), QStringLiteral("*")),
        word(Polygon::fromBox({ x, y + 180, x + 60, y + 190 }), QStringLiteral("two\nlines\tand a tab")),
        word(Polygon::fromBox({ x, y + 200, x + 60, y + 210 }), QStringLiteral("nullify true false")),
        word(Polygon::fromBox({ x, y + 220, x + 20, y + 230 }), QStringLiteral("서울"), FlagNone,
            QStringLiteral("Hang")),
        word(Polygon::fromBox({ x, y + 240, x + 20, y + 250 }), QString()),
        word(Polygon::fromBox({ x + 0.5, y + 260.5, x + 20.5, y + 270.5 }), QStringLiteral("halves")),
        word(Polygon { { { x + 20, y + 280 }, { x + 40, y + 280 }, { x + 40, y + 290 }, { x + 20, y + 290 } } },
            QStringLiteral("box")),
    };
}

/// A model run over the ICDAR 2015 images: each care word moved by a fraction of a pixel, with distinct confidences.
ImportBatch jitteredRun(const ImportBatch& icdar)
{
    ImportBatch run = icdar;
    int n = 0;
    for (ImportedImage& img : run.images) {
        std::vector<Region> detections;
        for (const Region& r : img.regions) {
            if (r.isDontCare())
                continue;
            Region d = r;
            const double dx = (n % 5 - 2) * 0.25, dy = (n % 3 - 1) * 0.5;
            for (PointF& p : d.polygon.points)
                p = { p.x + dx, p.y + dy };
            d.confidence = 0.05 + 0.9 * ((n * 37) % 101) / 101.0;
            d.flags = FlagNone;
            if (n % 4 == 0)
                d.text = d.text.toLower();
            detections.push_back(d);
            ++n;
        }
        img.regions = std::move(detections);
    }
    // One detection of each kind a result file loses.
    Region& first = run.images[0].regions[0];
    first.script = QStringLiteral("Latn");
    Region flagged = first;
    flagged.flags = FlagDontCare | FlagIllegible;
    flagged.confidence = 1.25; // COCO scores are not bounded
    Region hash = first;
    hash.text = QStringLiteral("###");
    hash.confidence = 0.5;
    run.images[0].regions.push_back(flagged);
    run.images[0].regions.push_back(hash);
    return run;
}

/// What came back of an export: the report, the set exported, and the set read back from a new project.
struct Back {
    ExportReport report;
    ExportSet original;
    ExportSet reimported;
    std::map<QString, const ExportImage*> byFile;
    QString out;
};

class ExportRoundTrip : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        if (sharedDataDir().isEmpty())
            return;
        s_dir = std::make_unique<QTemporaryDir>();
        s_error = buildProject();
    }
    static void TearDownTestSuite()
    {
        s_store.reset();
        s_dir.reset();
    }

    void SetUp() override
    {
        LECTOR_REQUIRE_SHARED_DATA();
        ASSERT_TRUE(s_error.isEmpty()) << s_error;
    }

    static QString buildProject()
    {
        const QString data = sharedDataDir();
        auto funsd = FormatRegistry::instance()
                         .format(QStringLiteral("funsd"))
                         ->read(data + QStringLiteral("/funsd/training_data"), {});
        ReadOptions icdarOptions;
        icdarOptions.imagesDir = data + QStringLiteral("/icdar2015/imgs/test");
        auto icdar = FormatRegistry::instance()
                         .format(QStringLiteral("icdar2015"))
                         ->read(data + QStringLiteral("/icdar2015/annotations/test"), icdarOptions);
        if (!funsd || !icdar)
            return QStringLiteral("cannot read the shared samples");
        for (const Region& r : awkwardWords(5, 5))
            funsd->images[0].regions.push_back(r);
        for (const Region& r : awkwardWords(600, 300))
            icdar->images[0].regions.push_back(r);
        s_emptyPage = QFileInfo(funsd->images[1].imagePath).fileName();
        funsd->images[1].regions.clear(); // a page marked done without a word
        auto store = ProjectStore::create(s_dir->filePath(QStringLiteral("p.lector")));
        if (!store)
            return store.error().toString();
        s_store = std::move(store).value();
        for (const ImportBatch* batch : { &*funsd, &*icdar }) {
            if (auto imported = s_store->importBatch(*batch, ImportTarget::forAnnotator(QStringLiteral("alice")));
                !imported)
                return imported.error().toString();
        }
        if (auto imported = s_store->importBatch(jitteredRun(*icdar), ImportTarget::forRun(QStringLiteral("model")));
            !imported)
            return imported.error().toString();
        // Done: the first twelve FUNSD pages (the empty one among them) and three ICDAR images.
        auto alice = s_store->findAnnotator(QStringLiteral("alice"));
        auto images = s_store->images();
        if (!alice || !*alice || !images)
            return QStringLiteral("no annotator or images");
        int marked = 0;
        for (const ImageRecord& img : *images) {
            if (img.id <= 12 || (img.id > 33 && img.id <= 36)) {
                if (auto set = s_store->setImageState(img.id, (*alice)->id, ImageState::Done); !set)
                    return set.error().toString();
                ++marked;
            }
        }
        return marked == 15 ? QString() : QStringLiteral("expected 15 images marked done, marked %1").arg(marked);
    }

    /// Exports `selector` with `format` into a fresh folder, reads it back with the format's reader (from `labels`
    /// below the folder when given) and imports it into a new project, as an annotator or (`asRun`) a run.
    static std::unique_ptr<Back> roundTrip(const QString& formatId, const ExportSelector& selector,
        const WriteOptions& options, bool asRun, const QString& labels = {})
    {
        auto back = std::make_unique<Back>();
        const Format* format = FormatRegistry::instance().format(formatId);
        static int n = 0;
        back->out = s_dir->filePath(QStringLiteral("%1-%2/out").arg(formatId).arg(++n));
        auto set = s_store->exportSet(selector);
        EXPECT_TRUE(set.has_value()) << set.error().toString();
        if (!set)
            return nullptr;
        back->original = *set;
        auto report = format->write(*set, back->out, options);
        EXPECT_TRUE(report.has_value()) << report.error().toString();
        if (!report)
            return nullptr;
        back->report = *report;
        ReadOptions read;
        read.imagesDir = back->out;
        auto batch = format->read(labels.isEmpty() ? back->out : back->out + QLatin1Char('/') + labels, read);
        EXPECT_TRUE(batch.has_value()) << batch.error().toString();
        if (!batch)
            return nullptr;
        auto project = ProjectStore::create(QFileInfo(back->out).absolutePath() + QStringLiteral("/back.lector"));
        EXPECT_TRUE(project.has_value());
        const ImportTarget target
            = asRun ? ImportTarget::forRun(QStringLiteral("back")) : ImportTarget::forAnnotator(QStringLiteral("back"));
        auto imported = (*project)->importBatch(*batch, target);
        EXPECT_TRUE(imported.has_value()) << imported.error().toString();
        if (!imported)
            return nullptr;
        auto again = (*project)->exportSet(asRun ? ExportSelector { QString(), QStringLiteral("back") }
                                                 : ExportSelector { QStringLiteral("back"), QString() });
        EXPECT_TRUE(again.has_value()) << again.error().toString();
        if (!again)
            return nullptr;
        back->reimported = std::move(again).value();
        for (const ExportImage& img : back->reimported.images)
            back->byFile.emplace(QFileInfo(img.absolutePath).fileName(), &img);
        return back;
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline std::unique_ptr<ProjectStore> s_store;
    static inline QString s_error;
    static inline QString s_emptyPage;
};

void expectSameWords(const std::vector<Region>& expected, const std::vector<Region>& actual, const QString& image)
{
    ASSERT_EQ(expected.size(), actual.size()) << image;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(testing::Message() << image << " region " << i << " \"" << expected[i].text << "\"");
        EXPECT_EQ(expected[i].polygon.toText(), actual[i].polygon.toText());
        EXPECT_EQ(expected[i].text, actual[i].text);
        EXPECT_EQ(expected[i].flags, actual[i].flags);
        EXPECT_EQ(expected[i].script, actual[i].script);
        EXPECT_EQ(expected[i].hasConfidence(), actual[i].hasConfidence());
        if (expected[i].hasConfidence() && actual[i].hasConfidence()) {
            EXPECT_EQ(expected[i].confidence, actual[i].confidence);
        }
    }
}

bool sameWord(const Region& a, const Region& b)
{
    return a.polygon == b.polygon && a.text == b.text && a.flags == b.flags && a.script == b.script
        && a.hasConfidence() == b.hasConfidence() && (!a.hasConfidence() || a.confidence == b.confidence);
}

constexpr ExportLoss kImageKinds[]
    = { ExportLoss::ImagesMarkedChecked, ExportLoss::ImagesUnnumbered, ExportLoss::SplitsDropped };

bool isImageKind(ExportLoss kind)
{
    return std::find(std::begin(kImageKinds), std::end(kImageKinds), kind) != std::end(kImageKinds)
        || kind == ExportLoss::CropsLeftOut;
}

/// Every image and region came back as `rule` says, and the report counts exactly the losses the rule names; a
/// region differs from what was exported exactly when the rule names a loss Lector's reader sees.
/// An image exported without a word comes back without labels, so not at all (only PPOCRLabel's fileState.txt says
/// that such a page is done). `elsewhere`: kinds counted for files other than the labels (rec_gt.txt), not here.
void expectCarried(const Back& back, const CarryRule& rule, bool sortedByConfidence = false,
    const std::vector<ExportLoss>& elsewhere = {})
{
    std::array<std::int64_t, ExportReport::kKinds> counted {};
    std::int64_t written = 0;
    std::size_t withWords = 0;
    for (const ExportImage& img : back.original.images)
        withWords += img.regions.empty() ? 0 : 1;
    EXPECT_GE(back.reimported.images.size(), withWords);
    EXPECT_LE(back.reimported.images.size(), back.original.images.size());
    for (const ExportImage& img : back.original.images) {
        const QString name = QFileInfo(img.absolutePath).fileName();
        std::vector<Region> expected;
        for (const Region& r : img.regions) {
            const Carried c = rule(r);
            for (const ExportLoss kind : c.losses)
                ++counted[std::size_t(kind)];
            const bool seen = int(c.losses.size()) > c.toolOnly;
            EXPECT_EQ(!c.written || !sameWord(c.region, r), seen)
                << name.toStdString() << " \"" << r.text.toStdString() << "\": a change without a loss, or a loss "
                << "without a change";
            if (c.written)
                expected.push_back(c.region);
        }
        written += std::int64_t(expected.size());
        if (sortedByConfidence)
            std::stable_sort(expected.begin(), expected.end(),
                [](const Region& a, const Region& b) { return a.confidence > b.confidence; });
        const auto it = back.byFile.find(name);
        if (it == back.byFile.end()) {
            EXPECT_TRUE(img.regions.empty()) << name.toStdString() << " did not come back";
            continue;
        }
        expectSameWords(expected, it->second->regions, name);
    }
    EXPECT_EQ(back.report.regions, written);
    EXPECT_EQ(back.report.images, std::int64_t(back.original.images.size()));
    for (int k = 0; k < ExportReport::kKinds; ++k) {
        const auto kind = ExportLoss(k);
        if (isImageKind(kind) || std::find(elsewhere.begin(), elsewhere.end(), kind) != elsewhere.end())
            continue;
        SCOPED_TRACE(ExportReport::key(kind).toStdString());
        EXPECT_EQ(back.report.count(kind), counted[std::size_t(k)]);
        if (counted[std::size_t(k)] > 0) {
            EXPECT_TRUE(back.report.tracks(kind));
        }
    }
}

/// How many exported regions `pick` selects.
std::int64_t countRegions(const ExportSet& set, const std::function<bool(const Region&)>& pick)
{
    std::int64_t n = 0;
    for (const ExportImage& img : set.images)
        n += std::count_if(img.regions.begin(), img.regions.end(), pick);
    return n;
}

std::int64_t totalLoss(const ExportReport& report)
{
    std::int64_t n = 0;
    for (const ExportLoss kind : report.tracked())
        n += report.count(kind);
    return n;
}

std::optional<nlohmann::json> runRules(const QString& script, const QStringList& args)
{
    QProcess p;
    p.start(kPython, QStringList { QStringLiteral(LECTOR_SOURCE_DIR "/tests/core/io/") + script } + args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        ADD_FAILURE() << "python3 did not run " << script.toStdString();
        return std::nullopt;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        ADD_FAILURE() << script.toStdString() << " failed: " << p.readAllStandardError().toStdString();
        return std::nullopt;
    }
    return nlohmann::json::parse(p.readAllStandardOutput().toStdString());
}

const ExportSelector kAlice { QStringLiteral("alice"), QString() };
const ExportSelector kModel { QString(), QStringLiteral("model") };

} // namespace

TEST_F(ExportRoundTrip, Icdar2015GroundTruth)
{
    WriteOptions options;
    options.copyImages = true;
    auto back = roundTrip(QStringLiteral("icdar2015"), kAlice, options, false);
    ASSERT_TRUE(back);
    expectCarried(*back, icdarGroundTruth);
    // The shared samples lose only the illegible FUNSD words (written ###, 215 of them as the empty page had one);
    // the awkward words add the rest.
    EXPECT_EQ(back->report.count(ExportLoss::IllegibleAsDontCare),
        countRegions(back->original, [](const Region& r) { return illegible(r) && !r.isDontCare(); }));
    EXPECT_EQ(back->report.count(ExportLoss::IllegibleAsDontCare), 215 + 2 * 2);
    EXPECT_EQ(back->report.count(ExportLoss::CornersRounded), 2 * 3);
    EXPECT_EQ(back->report.count(ExportLoss::ImagesUnnumbered), 33); // FUNSD's page names

    // The RRC script reads the ground truth of the img_<n> images and skips the FUNSD pages (the files as one
    // would zip them, without the images).
    const QString gt = s_dir->filePath(QStringLiteral("rrc-gt-only"));
    ASSERT_TRUE(FormatRegistry::instance().format(QStringLiteral("icdar2015"))->write(back->original, gt, {}));
    auto rules = runRules(QStringLiteral("rrc_rules.py"), { gt, QStringLiteral("-"), QStringLiteral("4.1") });
    ASSERT_TRUE(rules);
    EXPECT_EQ((*rules)["errors"], nlohmann::json::array());
    EXPECT_EQ((*rules)["skipped"].size(), 33u);
    ASSERT_EQ((*rules)["gt"].size(), 7u);
    const ExportImage* img1 = back->byFile.at(QStringLiteral("img_1.jpg"));
    const nlohmann::json& rows = (*rules)["gt"]["1"]["rows"];
    ASSERT_EQ(rows.size(), img1->regions.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i]["points"].get<std::vector<double>>(), img1->regions[i].polygon.flat()) << i;
        const QString text = QString::fromStdString(rows[i]["transcription"].get<std::string>());
        EXPECT_EQ(text, img1->regions[i].isDontCare() ? QStringLiteral("###") : img1->regions[i].text) << i;
    }
}

TEST_F(ExportRoundTrip, RrcResultsForTextLocalization)
{
    WriteOptions options;
    options.copyImages = true;
    auto back = roundTrip(QStringLiteral("icdar2015"), kModel, options, true);
    ASSERT_TRUE(back);
    expectCarried(*back, rrcResult(false), true);
    EXPECT_EQ(back->report.count(ExportLoss::ConfidencesClamped), 1);
    EXPECT_EQ(back->report.count(ExportLoss::ImagesUnnumbered), 0);

    // The task 4.1 script accepts every file, already sorted as it sorts them, with the confidences Lector read (the
    // files as one would zip them, without the images).
    const Format* icdar = FormatRegistry::instance().format(QStringLiteral("icdar2015"));
    const QString gt = s_dir->filePath(QStringLiteral("rrc-gt"));
    const QString res = s_dir->filePath(QStringLiteral("rrc-res-4.1"));
    auto gtSet = s_store->exportSet(kAlice);
    ASSERT_TRUE(gtSet && icdar->write(*gtSet, gt, {}) && icdar->write(back->original, res, {}));
    auto rules = runRules(QStringLiteral("rrc_rules.py"), { gt, res, QStringLiteral("4.1") });
    ASSERT_TRUE(rules);
    EXPECT_EQ((*rules)["errors"], nlohmann::json::array());
    ASSERT_EQ((*rules)["res"].size(), back->original.images.size());
    for (const auto& [key, entry] : (*rules)["res"].items()) {
        SCOPED_TRACE(key);
        EXPECT_TRUE(entry["sorted"].get<bool>());
        const ExportImage* img = back->byFile.at(QStringLiteral("img_%1.jpg").arg(QString::fromStdString(key)));
        ASSERT_EQ(entry["rows"].size(), img->regions.size());
        for (std::size_t i = 0; i < img->regions.size(); ++i) {
            EXPECT_EQ(entry["rows"][i]["points"].get<std::vector<double>>(), img->regions[i].polygon.flat()) << i;
            EXPECT_EQ(entry["rows"][i]["confidence"].get<double>(), img->regions[i].confidence) << i;
            EXPECT_TRUE(entry["rows"][i]["transcription"].is_null());
        }
    }
}

TEST_F(ExportRoundTrip, RrcResultsEndToEnd)
{
    WriteOptions options;
    options.copyImages = true;
    options.resultTranscriptions = true;
    auto back = roundTrip(QStringLiteral("icdar2015"), kModel, options, true);
    ASSERT_TRUE(back);
    expectCarried(*back, rrcResult(true), true);
    EXPECT_EQ(back->report.count(ExportLoss::TextsDropped), 0);
    EXPECT_EQ(back->report.count(ExportLoss::TextsReadAsDontCare), 2); // the awkward word "###" and a detection

    // The end-to-end script (task 4.4) reads each transcription after the confidence.
    const Format* icdar = FormatRegistry::instance().format(QStringLiteral("icdar2015"));
    const QString gt = s_dir->filePath(QStringLiteral("rrc-gt-4.4"));
    const QString res = s_dir->filePath(QStringLiteral("rrc-res-4.4"));
    auto gtSet = s_store->exportSet(kAlice);
    WriteOptions textOnly;
    textOnly.resultTranscriptions = true;
    ASSERT_TRUE(gtSet && icdar->write(*gtSet, gt, {}) && icdar->write(back->original, res, textOnly));
    auto rules = runRules(QStringLiteral("rrc_rules.py"), { gt, res, QStringLiteral("4.4") });
    ASSERT_TRUE(rules);
    EXPECT_EQ((*rules)["errors"], nlohmann::json::array());
    for (const auto& [key, entry] : (*rules)["res"].items()) {
        const ExportImage* img = back->byFile.at(QStringLiteral("img_%1.jpg").arg(QString::fromStdString(key)));
        ASSERT_EQ(entry["rows"].size(), img->regions.size());
        for (std::size_t i = 0; i < img->regions.size(); ++i) {
            const Region& r = img->regions[i];
            EXPECT_EQ(
                entry["rows"][i]["transcription"], (r.isDontCare() ? QStringLiteral("###") : r.text).toStdString());
        }
    }
}

TEST_F(ExportRoundTrip, PpocrLabel)
{
    auto back = roundTrip(QStringLiteral("ppocrlabel"), kAlice, {}, false);
    ASSERT_TRUE(back);
    expectCarried(*back, ppocrLabel);
    // The awkward "###" and "*" words, and the FUNSD forms' own asterisks, which PaddleOCR would not learn.
    EXPECT_EQ(back->report.count(ExportLoss::TextsReadAsDontCare), 2 * 2 + 4);
    EXPECT_EQ(back->report.count(ExportLoss::ImagesMarkedChecked), 40 - 15);
    // Every image comes back done: PPOCRLabel's checked images.
    for (const ExportImage& img : back->reimported.images)
        EXPECT_EQ(img.state, ImageState::Done) << img.absolutePath;
    EXPECT_TRUE(back->byFile.at(s_emptyPage)->regions.empty());

    // PPOCRLabel lists every image, checked, with its words' texts unharmed by its replacements before eval();
    // PaddleOCR's DetLabelEncode ignores exactly the don't-care and illegible words, "###" and "*".
    auto rules = runRules(QStringLiteral("ppocrlabel_rules.py"), { back->out });
    ASSERT_TRUE(rules);
    EXPECT_EQ((*rules)["folder_key"], "out");
    EXPECT_EQ((*rules)["unknown_keys"], nlohmann::json::array());
    ASSERT_EQ((*rules)["images"].size(), back->original.images.size());
    std::int64_t ignored = 0, ignoredOrdinary = 0;
    for (const nlohmann::json& entry : (*rules)["images"]) {
        const QString file = QString::fromStdString(entry["file"].get<std::string>());
        SCOPED_TRACE(file.toStdString());
        EXPECT_EQ(entry["key"], "out/" + file.toStdString());
        EXPECT_TRUE(entry["checked"].get<bool>());
        const auto original = std::find_if(back->original.images.begin(), back->original.images.end(),
            [&](const ExportImage& img) { return QFileInfo(img.absolutePath).fileName() == file; });
        ASSERT_NE(original, back->original.images.end());
        EXPECT_EQ(entry["kept_on_save"].get<bool>(), !original->regions.empty());
        ASSERT_EQ(entry["ppocrlabel"].size(), original->regions.size());
        for (std::size_t i = 0; i < original->regions.size(); ++i) {
            const Region& r = original->regions[i];
            const bool markedOut = r.isDontCare() || illegible(r);
            const std::string text = markedOut ? "###" : r.text.toStdString();
            EXPECT_EQ(entry["ppocrlabel"][i]["transcription"], text) << i;
            EXPECT_EQ(entry["det_transcriptions"][i], text) << i;
            const bool ignore = entry["det_ignore"][i].get<bool>();
            EXPECT_EQ(ignore, markedOut || text == "###" || text == "*") << i;
            ignored += ignore;
            ignoredOrdinary += ignore && !markedOut;
        }
    }
    EXPECT_EQ(ignoredOrdinary, back->report.count(ExportLoss::TextsReadAsDontCare));
    EXPECT_GT(ignored, 216 + 50);
}

TEST_F(ExportRoundTrip, PpocrLabelDoneImagesWithRecognitionCrops)
{
    WriteOptions options;
    options.recognitionCrops = true;
    auto back = roundTrip(
        QStringLiteral("ppocrlabel"), ExportSelector { QStringLiteral("alice"), QString(), true }, options, false);
    ASSERT_TRUE(back);
    ASSERT_EQ(back->original.images.size(), 15u);
    EXPECT_EQ(back->original.imagesNotDone, 40 - 15 - 0);
    expectCarried(*back, ppocrLabel, false, { ExportLoss::TextsChanged });
    EXPECT_EQ(back->report.count(ExportLoss::ImagesMarkedChecked), 0);
    for (const ExportImage& img : back->reimported.images)
        EXPECT_EQ(img.state, ImageState::Done) << img.absolutePath;

    // rec_gt.txt: one line per word with text that is neither don't care nor illegible, its crop in crop_img/.
    auto rules = runRules(QStringLiteral("ppocrlabel_rules.py"), { back->out });
    ASSERT_TRUE(rules);
    std::vector<std::string> expected;
    std::int64_t leftOut = 0;
    for (const ExportImage& img : back->original.images) {
        for (std::size_t i = 0; i < img.regions.size(); ++i) {
            const Region& r = img.regions[i];
            if (r.isDontCare() || illegible(r) || r.text.isEmpty() || r.text == QLatin1String("###")) {
                ++leftOut;
                continue;
            }
            expected.push_back(QStringLiteral("crop_img/%1_crop_%2.jpg\t%3")
                                   .arg(QFileInfo(img.absolutePath).completeBaseName())
                                   .arg(i)
                                   .arg(spacesForBreaks(r.text, true))
                                   .toStdString());
        }
    }
    std::vector<std::string> got;
    for (const nlohmann::json& rec : (*rules)["rec"]) {
        EXPECT_TRUE(rec["exists"].get<bool>()) << rec["image"];
        got.push_back(rec["image"].get<std::string>() + '\t' + rec["label"].get<std::string>());
    }
    EXPECT_EQ(got, expected);
    EXPECT_EQ(back->report.count(ExportLoss::CropsLeftOut), leftOut);
    EXPECT_EQ(back->report.count(ExportLoss::TextsChanged), 2); // the awkward tab, on both images done
}

TEST_F(ExportRoundTrip, PpocrLabelOfARun)
{
    auto back = roundTrip(QStringLiteral("ppocrlabel"), kModel, {}, false);
    ASSERT_TRUE(back);
    expectCarried(*back, ppocrLabel);
    EXPECT_GT(back->report.count(ExportLoss::ConfidencesDropped), 0);
}

TEST_F(ExportRoundTrip, CocoText)
{
    WriteOptions options;
    options.copyImages = true;
    auto back = roundTrip(QStringLiteral("coco"), kAlice, options, false);
    ASSERT_TRUE(back);
    expectCarried(*back, cocoText);
    EXPECT_EQ(back->report.count(ExportLoss::DontCareAsIllegible), 50 + 2 * 2);

    // COCO-Text's API: every image in its train list, illegible exactly the don't-care and illegible words, without
    // utf8_string; the legible ones with their text.
    auto rules = runRules(QStringLiteral("coco_text_rules.py"), { back->out + QStringLiteral("/annotations.json") });
    ASSERT_TRUE(rules);
    EXPECT_EQ((*rules)["images"], 40);
    EXPECT_EQ((*rules)["sets"]["train"], 40);
    EXPECT_TRUE((*rules)["img_to_anns_complete"].get<bool>());
    std::int64_t annId = 0, illegibleCount = 0;
    for (const ExportImage& img : back->original.images) {
        for (const Region& r : img.regions) {
            const nlohmann::json& ann = (*rules)["anns"][std::to_string(++annId)];
            const bool expectIllegible = r.isDontCare() || illegible(r);
            illegibleCount += expectIllegible;
            EXPECT_EQ(ann["legibility"], expectIllegible ? "illegible" : "legible") << annId;
            if (expectIllegible)
                EXPECT_TRUE(ann["utf8_string"].is_null()) << annId;
            else
                EXPECT_EQ(ann["utf8_string"], r.text.toStdString()) << annId;
        }
    }
    EXPECT_EQ((*rules)["illegible"].size(), std::size_t(illegibleCount));
}

TEST_F(ExportRoundTrip, CocoResults)
{
    WriteOptions options;
    options.copyImages = true;
    const QString gt = s_dir->filePath(QStringLiteral("coco-gt"));
    auto gtSet = s_store->exportSet(kAlice);
    const Format* coco = FormatRegistry::instance().format(QStringLiteral("coco"));
    ASSERT_TRUE(gtSet && coco->write(*gtSet, gt, options));
    auto back = std::unique_ptr<Back>();
    {
        // Results name images by id: read back through the ground truth written from the same project.
        auto set = s_store->exportSet(kModel);
        ASSERT_TRUE(set.has_value());
        const QString out = s_dir->filePath(QStringLiteral("coco-run"));
        auto report = coco->write(*set, out, {});
        ASSERT_TRUE(report.has_value());
        ReadOptions read;
        read.imagesDir = gt;
        read.referenceFile = gt + QStringLiteral("/annotations.json");
        auto batch = coco->read(out + QStringLiteral("/results.json"), read);
        ASSERT_TRUE(batch.has_value()) << batch.error().toString();
        auto project = ProjectStore::create(s_dir->filePath(QStringLiteral("coco-run.lector")));
        ASSERT_TRUE(project.has_value());
        ASSERT_TRUE((*project)->importBatch(*batch, ImportTarget::forRun(QStringLiteral("back"))));
        auto again = (*project)->exportSet({ QString(), QStringLiteral("back") });
        ASSERT_TRUE(again.has_value());
        back = std::make_unique<Back>();
        back->report = *report;
        back->original = *set;
        back->reimported = *again;
        for (const ExportImage& img : back->reimported.images) {
            if (!img.regions.empty()) // the reference's other images come back without detections
                back->byFile.emplace(QFileInfo(img.absolutePath).fileName(), &img);
        }
        back->reimported.images.erase(std::remove_if(back->reimported.images.begin(), back->reimported.images.end(),
                                          [](const ExportImage& img) { return img.regions.empty(); }),
            back->reimported.images.end());
    }
    expectCarried(*back, [](const Region& r) {
        Carried c = start(r);
        if (r.isDontCare() && !r.text.isEmpty()) { // a result's don't care is its text "###"
            lose(c, ExportLoss::DontCareDropped);
            c.region.flags &= ~std::uint32_t(FlagDontCare);
        }
        if (!r.isDontCare() && r.text == QLatin1String("###")) {
            lose(c, ExportLoss::TextsReadAsDontCare);
            c.region.flags |= FlagDontCare;
            c.region.text.clear();
        }
        dropScriptAndConfidence(c, false);
        return c;
    });
    auto rules = runRules(QStringLiteral("coco_text_rules.py"),
        { gt + QStringLiteral("/annotations.json"), s_dir->filePath(QStringLiteral("coco-run/results.json")) });
    ASSERT_TRUE(rules);
    std::size_t detections = 0;
    for (const ExportImage& img : back->original.images)
        detections += img.regions.size();
    EXPECT_EQ((*rules)["results"]["kept"], detections); // every image id is one of the ground truth's
}

TEST_F(ExportRoundTrip, Funsd)
{
    WriteOptions options;
    options.copyImages = true;
    auto back = roundTrip(QStringLiteral("funsd"), kAlice, options, false);
    ASSERT_TRUE(back);
    expectCarried(*back, funsd);
}

TEST_F(ExportRoundTrip, Labelme)
{
    WriteOptions options;
    options.copyImages = true;
    auto back = roundTrip(QStringLiteral("labelme"), kAlice, options, false);
    ASSERT_TRUE(back);
    expectCarried(*back, labelme);
    // labelme carries polygons, fractions and flags: only the awkward "###" and script words lose something.
    EXPECT_EQ(totalLoss(back->report), 2 * 2);
}

TEST_F(ExportRoundTrip, Yolo)
{
    WriteOptions options;
    options.copyImages = true;
    auto back = roundTrip(QStringLiteral("yolo"), kModel, options, true);
    ASSERT_TRUE(back);
    expectCarried(*back, yolo);
}

namespace {

/// A run over the ICDAR 2015 sample: each ground-truth word (don't care ones with the text "x"), some left out, moved
/// by a share of its size (whole pixels when `whole`, else fractions), with distinct confidences.
ImportBatch movedRun(const ImportBatch& truth, bool whole)
{
    ImportBatch run = truth;
    int k = 0;
    for (ImportedImage& img : run.images) {
        std::vector<Region> detections;
        for (const Region& g : img.regions) {
            ++k;
            if (k % 7 == 3)
                continue;
            Region d = g;
            const BoxF b = g.polygon.boundingBox();
            double dx = ((k * 7) % 13 - 6) / 20.0 * b.width(), dy = ((k * 5) % 11 - 5) / 20.0 * b.height();
            if (whole) {
                dx = std::round(dx);
                dy = std::round(dy);
            } else {
                dx += 0.37;
                dy -= 0.21;
            }
            for (PointF& p : d.polygon.points)
                p = { p.x + dx, p.y + dy };
            d.flags = FlagNone;
            d.text = g.isDontCare() ? QStringLiteral("x") : (k % 3 ? g.text : g.text.left(g.text.size() - 1));
            d.confidence = double((k * 37) % 997 + 1) / 1000;
            detections.push_back(d);
        }
        img.regions = std::move(detections);
    }
    return run;
}

/// The run as its RRC export has it: whole-pixel clockwise corners (the rule of rrcResult), by falling confidence.
ImportBatch asExported(const ImportBatch& run)
{
    ImportBatch out = run;
    for (ImportedImage& img : out.images) {
        for (Region& r : img.regions)
            r = rrcResult(true)(r).region;
        std::stable_sort(img.regions.begin(), img.regions.end(),
            [](const Region& a, const Region& b) { return a.confidence > b.confidence; });
    }
    return out;
}

void expectSameEvaluation(const DetectionEvalReport& a, const DetectionEvalReport& b)
{
    const auto same = [](const DetectionCounts& x, const DetectionCounts& y) {
        EXPECT_EQ(x.groundTruth, y.groundTruth);
        EXPECT_EQ(x.groundTruthDontCare, y.groundTruthDontCare);
        EXPECT_EQ(x.detections, y.detections);
        EXPECT_EQ(x.detectionsDontCare, y.detectionsDontCare);
        EXPECT_EQ(x.matched, y.matched);
        EXPECT_EQ(x.textEqual, y.textEqual);
        EXPECT_EQ(x.charErrors, y.charErrors);
        EXPECT_EQ(x.wordErrors, y.wordErrors);
        EXPECT_EQ(x.iouSum, y.iouSum);
    };
    same(a.totals, b.totals);
    EXPECT_EQ(a.averagePrecision, b.averagePrecision);
    ASSERT_EQ(a.perImage.size(), b.perImage.size());
    for (std::size_t i = 0; i < a.perImage.size(); ++i) {
        SCOPED_TRACE(i);
        same(a.perImage[i].counts, b.perImage[i].counts);
        EXPECT_EQ(a.perImage[i].precision, b.perImage[i].precision);
        EXPECT_EQ(a.perImage[i].recall, b.perImage[i].recall);
    }
    ASSERT_EQ(a.scored.size(), b.scored.size());
    for (std::size_t i = 0; i < a.scored.size(); ++i) {
        EXPECT_EQ(a.scored[i].confidence, b.scored[i].confidence) << i;
        EXPECT_EQ(a.scored[i].matched, b.scored[i].matched) << i;
    }
}

} // namespace

TEST(RrcExport, TheScriptScoresAnExportAsLectorEvalScoresItsImport)
{
    LECTOR_REQUIRE_SHARED_DATA();
    QTemporaryDir dir;
    const QString data = sharedDataDir() + QStringLiteral("/icdar2015");
    const Format* icdar = FormatRegistry::instance().format(QStringLiteral("icdar2015"));
    ReadOptions images;
    images.imagesDir = data + QStringLiteral("/imgs/test");
    auto truth = icdar->read(data + QStringLiteral("/annotations/test"), images);
    ASSERT_TRUE(truth.has_value());
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.lector")));
    ASSERT_TRUE(store.has_value());
    ASSERT_TRUE((*store)->importBatch(*truth, ImportTarget::forAnnotator(QStringLiteral("gt"))));
    const ImportBatch whole = movedRun(*truth, true), fractional = movedRun(*truth, false);
    ASSERT_TRUE((*store)->importBatch(whole, ImportTarget::forRun(QStringLiteral("whole"))));
    ASSERT_TRUE((*store)->importBatch(fractional, ImportTarget::forRun(QStringLiteral("fractional"))));
    ASSERT_TRUE((*store)->importBatch(asExported(fractional), ImportTarget::forRun(QStringLiteral("rounded"))));

    // The ground truth (integer quads already: written as it was) and each run, exported and imported again.
    const QString gt = dir.filePath(QStringLiteral("gt"));
    auto gtSet = (*store)->exportSet({ QStringLiteral("gt"), QString() });
    ASSERT_TRUE(gtSet.has_value());
    auto gtReport = icdar->write(*gtSet, gt, {});
    ASSERT_TRUE(gtReport.has_value());
    EXPECT_TRUE(gtReport->isLossless());
    WriteOptions withText;
    withText.resultTranscriptions = true;
    for (const char* run : { "whole", "fractional" }) {
        for (const bool text : { false, true }) {
            SCOPED_TRACE(testing::Message() << run << (text ? " task 4.4" : " task 4.1"));
            const QString name = QString::fromLatin1(run);
            const QString out = dir.filePath(name + (text ? QStringLiteral("-44") : QStringLiteral("-41")));
            auto set = (*store)->exportSet({ QString(), name });
            ASSERT_TRUE(set.has_value());
            auto report = icdar->write(*set, out, text ? withText : WriteOptions {});
            ASSERT_TRUE(report.has_value());
            EXPECT_EQ(report->count(ExportLoss::CornersRounded) > 0, name == QLatin1String("fractional"));
            auto back = icdar->read(out, images);
            ASSERT_TRUE(back.has_value()) << back.error().toString();
            const QString imported = name + QStringLiteral("-rrc") + (text ? QStringLiteral("44") : QString());
            ASSERT_TRUE((*store)->importBatch(*back, ImportTarget::forRun(imported)));

            DetectionEvalOptions options;
            auto ofImport = evaluateDetections(
                **store, EvalSource::annotator(QStringLiteral("gt")), EvalSource::run(imported), options);
            // A run with whole-pixel corners comes back as it was: the same figures. A fractional one comes back
            // rounded, as the export rule says: the figures of the run rounded in memory.
            auto ofRun = evaluateDetections(**store, EvalSource::annotator(QStringLiteral("gt")),
                EvalSource::run(name == QLatin1String("whole") ? name : QStringLiteral("rounded")), options);
            ASSERT_TRUE(ofImport.has_value() && ofRun.has_value());
            if (text) {
                expectSameEvaluation(*ofRun, *ofImport);
            } else { // without transcriptions only the detection figures can agree
                EXPECT_EQ(ofRun->totals.matched, ofImport->totals.matched);
                EXPECT_EQ(ofRun->totals.detections, ofImport->totals.detections);
                EXPECT_EQ(ofRun->totals.detectionsDontCare, ofImport->totals.detectionsDontCare);
                EXPECT_EQ(ofRun->averagePrecision, ofImport->averagePrecision);
            }

            // The official protocol on the files (an independent implementation, tests/core/metrics) gives Lector's
            // figures of the import.
            const QByteArray request = QStringLiteral(R"({"gt_dir": "%1", "det_dirs": ["%2"]})").arg(gt, out).toUtf8();
            QString error;
            const auto protocol
                = runPython(QStringLiteral("import runpy, sys; sys.argv = ['p']; runpy.run_path('%1')")
                                .arg(QStringLiteral(LECTOR_SOURCE_DIR "/tests/core/metrics/icdar2015_protocol.py")),
                    request, &error);
            ASSERT_TRUE(protocol.has_value()) << error.toStdString();
            const nlohmann::json r = nlohmann::json::parse(protocol->toStdString())[0];
            EXPECT_EQ(r["matched"].get<long long>(), ofImport->totals.matched);
            EXPECT_EQ(r["det_care"].get<long long>(), ofImport->totals.detections);
            EXPECT_NEAR(r["precision"].get<double>(), ofImport->totals.precision(), 1e-12);
            EXPECT_NEAR(r["recall"].get<double>(), ofImport->totals.recall(), 1e-12);
            EXPECT_NEAR(r["ap"].get<double>(), ofImport->averagePrecision, 1e-12);
            if (text) {
                EXPECT_EQ(r["text_equal"].get<long long>(), ofImport->totals.textEqual);
            }
        }
    }
}
