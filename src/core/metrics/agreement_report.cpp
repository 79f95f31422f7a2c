// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/agreement_report.h>

#include <lector/core/parallel_for.h>
#include <lector/core/tr.h>
#include <lector/metrics/agreement_input_source.h>
#include <lector/metrics/edit_distance.h>
#include <lector/metrics/fleiss_kappa.h>
#include <lector/metrics/region_matching.h>

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <optional>

namespace lector {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double ratio(double num, double den) { return den > 0 ? num / den : kNaN; }

double distance(const PointF& p, const PointF& q) { return std::hypot(q.x - p.x, q.y - p.y); }

/// Width and height along the word: a quad's mean top/bottom and mean left/right edge lengths, else the bounding box.
std::pair<double, double> wordSize(const Polygon& p)
{
    if (p.isQuad()) {
        const auto& v = p.points;
        return { (distance(v[0], v[1]) + distance(v[3], v[2])) / 2, (distance(v[1], v[2]) + distance(v[0], v[3])) / 2 };
    }
    const BoxF b = p.boundingBox();
    return { b.width(), b.height() };
}

// The fixed bins of each dimension, in display order; batch and guideline version bins come from the data.
enum Dimension { DimHeight, DimAspect, DimRotation, DimTextLength, DimScript, DimBatch, DimVersion, DimCount };
const char* const kDimensionNames[DimCount]
    = { "height", "aspect", "rotation", "text_length", "script", "batch", "guideline_version" };
const QStringList kHeightBins { QStringLiteral("<16"), QStringLiteral("16-32"), QStringLiteral("32-64"),
    QStringLiteral(">=64") };
const QStringList kAspectBins { QStringLiteral("<1"), QStringLiteral("1-3"), QStringLiteral("3-8"),
    QStringLiteral(">=8") };
const QStringList kRotationBins { QStringLiteral("0-2"), QStringLiteral("2-10"), QStringLiteral("10-45"),
    QStringLiteral("45-90") };
const QStringList kLengthBins { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2-4"), QStringLiteral("5-9"),
    QStringLiteral(">=10") };
const QStringList kScriptBins { QStringLiteral("latin"), QStringLiteral("hangul"), QStringLiteral("digits"),
    QStringLiteral("symbols"), QStringLiteral("mixed"), QStringLiteral("other"), QStringLiteral("empty") };

int binOf(double v, std::initializer_list<double> upper)
{
    int i = 0;
    for (double u : upper) {
        if (v < u)
            return i;
        ++i;
    }
    return i;
}

int heightIndex(const Polygon& p) { return binOf(wordSize(p).second, { 16, 32, 64 }); }
int aspectIndex(const Polygon& p)
{
    const auto [w, h] = wordSize(p);
    return binOf(h > 0 ? w / h : 0, { 1, 3, 8 });
}
int rotationIndex(const Polygon& p)
{
    double deg = 0;
    if (p.isQuad()) {
        const PointF& a = p.points[0];
        const PointF& b = p.points[1];
        deg = std::fmod(std::abs(std::atan2(b.y - a.y, b.x - a.x) * 180 / M_PI), 180.0);
        deg = std::min(deg, 180 - deg);
    }
    return binOf(deg, { 2, 10, 45 });
}
int lengthIndex(const QString& text) { return binOf(codePointLength(text), { 1, 2, 5, 10 }); }
int scriptIndex(const QString& text)
{
    bool latin = false, hangul = false, digits = false, symbols = false, other = false;
    for (const uint c : text.toUcs4()) {
        const QChar::Script s = QChar::script(c);
        if (QChar::isDigit(c))
            digits = true;
        else if (s == QChar::Script_Latin)
            latin = true;
        else if (s == QChar::Script_Hangul)
            hangul = true;
        else if (QChar::isLetter(c))
            other = true;
        else
            symbols = true;
    }
    const int letterScripts = int(latin) + int(hangul) + int(other);
    if (letterScripts > 1 || (letterScripts == 1 && digits))
        return 4; // mixed
    if (latin)
        return 0;
    if (hangul)
        return 1;
    if (other)
        return 5;
    if (digits)
        return symbols ? 4 : 2;
    return symbols ? 3 : 6;
}

int findRoot(std::vector<int>& parent, int x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

// The slice keys of one image. The fixed bins of the five region dimensions come first, then the image's batch,
// then one block per guideline version on the image: the version's own key, followed by the fixed bins again
// crossed with that version. The merge maps them to the report's keys, learning batches and versions as they come,
// so that no layout of the whole project is needed beforehand (bins no region falls in are left out anyway).
constexpr std::array<int, DimBatch> kBinCounts { 4, 4, 4, 5, 7 };
constexpr std::array<int, DimBatch> kBinOffsets { 0, 4, 8, 12, 17 };
constexpr int kFixedKeys = 24;
constexpr int kBatchKey = kFixedKeys;
constexpr int kFirstBlock = kFixedKeys + 1;
constexpr int kBlockKeys = 1 + kFixedKeys;
constexpr int kKeysPerRegion = 2 * DimCount - 2; // the plain keys, then one crossed key per dimension but batch
constexpr int kPlainKeysPerRegion = DimCount;

/// The figures a slice adds up (PairFigures without the names).
struct SliceCounts {
    long long regionsA = 0;
    long long regionsB = 0;
    long long matched = 0;
    long long matchedB = 0;
    double iouSum = 0;
    long long textEqual = 0;
    long long editDistance = 0;
    long long lengthA = 0;
    long long lengthB = 0;

    void add(const SliceCounts& o)
    {
        regionsA += o.regionsA;
        regionsB += o.regionsB;
        matched += o.matched;
        matchedB += o.matchedB;
        iouSum += o.iouSum;
        textEqual += o.textEqual;
        editDistance += o.editDistance;
        lengthA += o.lengthA;
        lengthB += o.lengthB;
    }
};

struct SliceCell {
    int key = 0; // in the image's keys
    int pair = 0; // in the report's pairs
    SliceCounts counts;
};

/// What the kernel finds on one image: everything the merge adds up, and nothing of the image itself.
struct ImageResult {
    ImageAgreement agreement;
    std::vector<int> pairIndex; // the report's pair of each agreement.pairs entry
    std::vector<int> versions; // guideline version of each block of the image's keys
    std::vector<SliceCell> cells;
    std::vector<int> plainKeys; // keys (not crossed) with a region on the image, for the slices' image lists
    // Units, clusters of two or more regions matched across annotators: member texts one unit after the other.
    std::vector<int> unitSize;
    std::vector<QString> unitTexts;
    std::vector<double> unitDistance; // geometry: Σ of 1 − IoU (1 when disjoint) over the unit's pairs
    std::vector<std::array<int, 2>> unitFlags; // members flagged illegible, don't care
    double similarity = 0; // Σ IoU of the overlapping pairs whose two regions both lie in units
};

/// The report's tables, shared read-only by every worker.
struct Context {
    QStringList names; // sorted
    QHash<QString, int> annotatorIndex;
    std::vector<int> pairOf; // [a * annotators + b], a < b
    std::vector<std::pair<int, int>> pairs; // (a, b) of each pair, a < b: sorted by names
    double iouThreshold = 0.5;

    Context(QStringList annotators, double threshold)
        : names(std::move(annotators))
        , iouThreshold(threshold)
    {
        names.sort();
        names.removeDuplicates();
        const int n = int(names.size());
        pairOf.assign(size_t(n) * size_t(n), -1);
        for (int i = 0; i < n; ++i) {
            annotatorIndex.insert(names[i], i);
            for (int j = i + 1; j < n; ++j) {
                pairOf[size_t(i) * size_t(n) + size_t(j)] = int(pairs.size());
                pairs.emplace_back(i, j);
            }
        }
    }
};

/// One worker's buffers, kept from image to image.
struct Scratch {
    std::vector<const std::vector<AgreementRegion>*> lists;
    std::vector<const AgreementRegion*> flat; // per pooled region
    std::vector<int> who, offset, owner;
    std::vector<std::array<int, kKeysPerRegion>> keys; // per pooled region
    std::vector<Polygon> pool;
    std::vector<std::vector<RegionMatch>> candidates; // [x * k + y], x < y
    std::vector<SliceCounts> cells; // [key * localPairs + localPair]
    std::vector<char> onImage;
    std::vector<int> parent, root, order, unitOf, unitStart, pairOfLocal;
    std::vector<std::pair<std::uint64_t, double>> unitPairs;
};

std::uint64_t pairKey(int a, int b)
{
    if (a > b)
        std::swap(a, b);
    return (std::uint64_t(std::uint32_t(a)) << 32) | std::uint32_t(b);
}

/// The image's annotators (in the order of its map, i.e. by name) and where each one's regions start in the pool.
/// Returns the regions pooled.
int listAnnotators(const Context& ctx, const AgreementImage& image, Scratch& s)
{
    s.lists.clear();
    s.who.clear();
    s.offset.clear();
    int pooled = 0;
    for (const auto& [name, regions] : image.byAnnotator) {
        const auto index = ctx.annotatorIndex.constFind(name);
        Q_ASSERT_X(index != ctx.annotatorIndex.constEnd(), "computeAgreement",
            "an image names an annotator its AgreementSource did not list");
        if (index == ctx.annotatorIndex.constEnd())
            continue;
        s.lists.push_back(&regions);
        s.who.push_back(*index);
        s.offset.push_back(pooled);
        pooled += int(regions.size());
    }
    return pooled;
}

/// Every pooled region's slice keys (plain, then crossed with its guideline version's block) and the plain keys
/// the image has a region in. Returns the image's key count.
int keyRegions(ImageResult& r, Scratch& s)
{
    s.keys.clear();
    s.pool.clear();
    s.owner.clear();
    for (size_t x = 0; x < s.lists.size(); ++x)
        for (const AgreementRegion& reg : *s.lists[x]) {
            const Polygon& p = reg.region.polygon;
            int slot = int(std::find(r.versions.begin(), r.versions.end(), reg.guidelineVersion) - r.versions.begin());
            if (slot == int(r.versions.size()))
                r.versions.push_back(reg.guidelineVersion);
            const int h = kBinOffsets[DimHeight] + heightIndex(p), a = kBinOffsets[DimAspect] + aspectIndex(p),
                      ro = kBinOffsets[DimRotation] + rotationIndex(p),
                      l = kBinOffsets[DimTextLength] + lengthIndex(reg.region.text),
                      sc = kBinOffsets[DimScript] + scriptIndex(reg.region.text);
            const int block = kFirstBlock + slot * kBlockKeys;
            s.keys.push_back({ h, a, ro, l, sc, kBatchKey, block, block + 1 + h, block + 1 + a, block + 1 + ro,
                block + 1 + l, block + 1 + sc });
            s.pool.push_back(p);
            s.owner.push_back(int(x));
        }
    const int localKeys = kFirstBlock + int(r.versions.size()) * kBlockKeys;
    s.onImage.assign(size_t(localKeys), 0);
    for (const auto& key : s.keys)
        for (int t = 0; t < kPlainKeysPerRegion; ++t)
            if (!s.onImage[size_t(key[size_t(t)])]) {
                s.onImage[size_t(key[size_t(t)])] = 1;
                r.plainKeys.push_back(key[size_t(t)]);
            }
    return localKeys;
}

/// The matching candidates of each annotator pair among the image's overlapping pairs.
void sortCandidates(const Context& ctx, const std::vector<RegionMatch>& overlaps, Scratch& s)
{
    const size_t k = s.lists.size();
    for (auto& c : s.candidates)
        c.clear();
    s.candidates.resize(k * k);
    for (const RegionMatch& m : overlaps) {
        const int x = s.owner[size_t(m.a)], y = s.owner[size_t(m.b)];
        if (x == y || m.iou < ctx.iouThreshold)
            continue;
        if (x < y)
            s.candidates[size_t(x) * k + size_t(y)].push_back(
                { m.a - s.offset[size_t(x)], m.b - s.offset[size_t(y)], m.iou });
        else
            s.candidates[size_t(y) * k + size_t(x)].push_back(
                { m.b - s.offset[size_t(y)], m.a - s.offset[size_t(x)], m.iou });
    }
}

/// Matches one annotator pair (x, y) of the image: its figures, its slice cells, and the union of its matched
/// regions into units.
PairFigures matchPair(const Context& ctx, size_t x, size_t y, size_t local, size_t localPairs, Scratch& s)
{
    const size_t k = s.lists.size();
    const std::vector<AgreementRegion>& ra = *s.lists[x];
    const std::vector<AgreementRegion>& rb = *s.lists[y];
    PairFigures f;
    f.a = ctx.names[s.who[x]];
    f.b = ctx.names[s.who[y]];
    f.images = 1;
    f.regionsA = static_cast<long long>(ra.size());
    f.regionsB = static_cast<long long>(rb.size());
    SliceCounts* cell = s.cells.data() + local;
    const auto* keysA = s.keys.data() + s.offset[x];
    const auto* keysB = s.keys.data() + s.offset[y];
    for (size_t i = 0; i < ra.size(); ++i)
        for (int key : keysA[i])
            ++cell[size_t(key) * localPairs].regionsA;
    for (size_t i = 0; i < rb.size(); ++i)
        for (int key : keysB[i])
            ++cell[size_t(key) * localPairs].regionsB;
    const auto matches = assignMatches(s.candidates[x * k + y], int(ra.size()), int(rb.size()));
    for (const RegionMatch& m : matches) {
        const QString& ta = ra[size_t(m.a)].region.text;
        const QString& tb = rb[size_t(m.b)].region.text;
        const bool equal = ta == tb;
        const int edits = equal ? 0 : editDistance(ta, tb);
        const int lengthA = codePointLength(ta);
        const int lengthB = codePointLength(tb);
        ++f.matched;
        ++f.matchedB;
        f.iouSum += m.iou;
        f.textEqual += equal;
        f.editDistance += edits;
        f.lengthA += lengthA;
        f.lengthB += lengthB;
        for (int key : keysA[m.a]) {
            SliceCounts& c = cell[size_t(key) * localPairs];
            ++c.matched;
            c.iouSum += m.iou;
            c.textEqual += equal;
            c.editDistance += edits;
            c.lengthA += lengthA;
            c.lengthB += lengthB;
        }
        for (int key : keysB[m.b])
            ++cell[size_t(key) * localPairs].matchedB;
        const int rootA = findRoot(s.parent, s.offset[x] + m.a), rootB = findRoot(s.parent, s.offset[y] + m.b);
        if (rootA != rootB)
            s.parent[size_t(rootA)] = rootB;
    }
    return f;
}

/// Every annotator pair of the image, in the report's pair order, with the slice cells that have regions.
void matchPairs(const Context& ctx, ImageResult& r, int localKeys, Scratch& s)
{
    const size_t k = s.lists.size();
    const size_t localPairs = k * (k - 1) / 2;
    s.cells.assign(size_t(localKeys) * localPairs, {});
    s.pairOfLocal.clear();
    const int annotatorCount = int(ctx.names.size());
    for (size_t x = 0; x < k; ++x)
        for (size_t y = x + 1; y < k; ++y) {
            const size_t local = s.pairOfLocal.size();
            const int pair = ctx.pairOf[size_t(s.who[x]) * size_t(annotatorCount) + size_t(s.who[y])];
            s.pairOfLocal.push_back(pair);
            r.pairIndex.push_back(pair);
            r.agreement.pairs.push_back(matchPair(ctx, x, y, local, localPairs, s));
        }
    // The image's annotators come sorted by name, and so do its pairs; keep the order the report promises anyway.
    if (!std::is_sorted(r.pairIndex.begin(), r.pairIndex.end())) {
        std::vector<size_t> order(r.pairIndex.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](size_t p, size_t q) { return r.pairIndex[p] < r.pairIndex[q]; });
        std::vector<PairFigures> pairs;
        std::vector<int> index;
        for (size_t o : order) {
            pairs.push_back(std::move(r.agreement.pairs[o]));
            index.push_back(r.pairIndex[o]);
        }
        r.agreement.pairs = std::move(pairs);
        r.pairIndex = std::move(index);
    }
    for (int key = 0; key < localKeys; ++key)
        for (size_t local = 0; local < localPairs; ++local) {
            const SliceCounts& c = s.cells[size_t(key) * localPairs + local];
            if (c.regionsA + c.regionsB > 0)
                r.cells.push_back({ key, s.pairOfLocal[local], c });
        }
}

/// Units: clusters of two or more regions, grouped by root; members stay in pooled order.
void findUnits(ImageResult& r, int pooled, Scratch& s)
{
    s.order.resize(size_t(pooled));
    std::iota(s.order.begin(), s.order.end(), 0);
    s.root.resize(size_t(pooled));
    for (int i = 0; i < pooled; ++i)
        s.root[size_t(i)] = findRoot(s.parent, i);
    std::stable_sort(
        s.order.begin(), s.order.end(), [&](int p, int q) { return s.root[size_t(p)] < s.root[size_t(q)]; });
    s.unitOf.assign(size_t(pooled), -1);
    s.unitStart.clear();
    s.flat.resize(size_t(pooled));
    for (size_t x = 0; x < s.lists.size(); ++x)
        for (size_t i = 0; i < s.lists[x]->size(); ++i)
            s.flat[size_t(s.offset[x]) + i] = &(*s.lists[x])[i];
    for (int b = 0; b < pooled;) {
        int e = b;
        while (e < pooled && s.root[size_t(s.order[size_t(e)])] == s.root[size_t(s.order[size_t(b)])])
            ++e;
        if (e - b >= 2) {
            const int unit = int(r.unitSize.size());
            s.unitStart.push_back(b);
            r.unitSize.push_back(e - b);
            int illegible = 0, dontCare = 0;
            for (int m = b; m < e; ++m) {
                const int member = s.order[size_t(m)];
                s.unitOf[size_t(member)] = unit;
                const Region& region = s.flat[size_t(member)]->region;
                r.unitTexts.push_back(region.text);
                illegible += (region.flags & FlagIllegible) != 0;
                dontCare += (region.flags & FlagDontCare) != 0;
            }
            r.unitFlags.push_back({ illegible, dontCare });
        }
        b = e;
    }
}

/// Geometry alpha: the similarities between the image's pairable regions, and each unit's pair distances.
void measureUnits(ImageResult& r, const std::vector<RegionMatch>& overlaps, Scratch& s)
{
    s.unitPairs.clear();
    for (const RegionMatch& m : overlaps) {
        const int ua = s.unitOf[size_t(m.a)], ub = s.unitOf[size_t(m.b)];
        if (ua < 0 || ub < 0)
            continue;
        r.similarity += m.iou;
        if (ua == ub)
            s.unitPairs.emplace_back(pairKey(m.a, m.b), m.iou);
    }
    std::sort(s.unitPairs.begin(), s.unitPairs.end());
    for (size_t u = 0; u < r.unitSize.size(); ++u) {
        const int* members = s.order.data() + s.unitStart[u];
        const int n = r.unitSize[u];
        double d = 0; // in the order krippendorffAlpha sums a unit's pairs, so that it rounds alike
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) {
                const std::uint64_t key = pairKey(members[i], members[j]);
                const auto it = std::lower_bound(s.unitPairs.begin(), s.unitPairs.end(), key,
                    [](const std::pair<std::uint64_t, double>& p, std::uint64_t v) { return p.first < v; });
                d += it != s.unitPairs.end() && it->first == key ? 1 - it->second : 1;
            }
        r.unitDistance.push_back(d);
    }
}

/// The per-image kernel: matches every annotator pair on the image, counts its slices and finds its units. Pure
/// but for the worker's scratch.
ImageResult matchImage(const Context& ctx, const AgreementImage& image, Scratch& s)
{
    ImageResult r;
    r.agreement.image = image.id;
    r.agreement.batch = image.batch;
    const int pooled = listAnnotators(ctx, image, s);
    if (s.lists.size() < 2)
        return r;
    const int localKeys = keyRegions(r, s);
    // Every overlapping pair on the image once: the matching candidates of each annotator pair, and the
    // similarities of geometry alpha (which needs the overlaps within an annotator's regions too).
    const std::vector<RegionMatch> overlaps = overlappingPairs(s.pool, 0);
    sortCandidates(ctx, overlaps, s);
    s.parent.resize(size_t(pooled));
    std::iota(s.parent.begin(), s.parent.end(), 0);
    matchPairs(ctx, r, localKeys, s);
    findUnits(r, pooled, s);
    measureUnits(r, overlaps, s);
    return r;
}

/// The merge: adds each image's result to the report's accumulators, on the calling thread, in image order.
class Merger {
public:
    Merger(const Context& ctx, AgreementReport& report)
        : m_report(report)
        , m_pairCount(ctx.pairs.size())
        , m_fixed(size_t(kFixedKeys) * m_pairCount)
        , m_fixedImages(size_t(kFixedKeys))
    {
    }

    void add(ImageResult&& r)
    {
        m_report.images += !r.agreement.pairs.empty();
        for (size_t p = 0; p < r.pairIndex.size(); ++p)
            m_report.pairs[size_t(r.pairIndex[p])].add(r.agreement.pairs[p]);
        if (!r.cells.empty() || !r.plainKeys.empty()) {
            m_blockOf.clear();
            for (int version : r.versions)
                m_blockOf.push_back(versionBlock(version));
            const int batch = batchIndex(r.agreement.batch);
            for (const SliceCell& c : r.cells)
                cells(c.key, batch)[size_t(c.pair)].add(c.counts);
            for (int key : r.plainKeys)
                images(key, batch).push_back(r.agreement.image);
        }
        size_t member = 0;
        for (size_t u = 0; u < r.unitSize.size(); ++u) {
            const int n = r.unitSize[u];
            m_values.clear();
            for (int m = 0; m < n; ++m, ++member) {
                auto id = m_textIds.constFind(r.unitTexts[member]);
                if (id == m_textIds.constEnd())
                    id = m_textIds.insert(r.unitTexts[member], int(m_textIds.size()));
                m_values.push_back(*id);
            }
            m_alphaText.addUnit(m_values);
            m_alphaGeometry.addUnit(n, r.unitDistance[u]);
            const std::array<int, 2> illegible { r.unitFlags[u][0], n - r.unitFlags[u][0] };
            const std::array<int, 2> dontCare { r.unitFlags[u][1], n - r.unitFlags[u][1] };
            m_kappaIllegible.addSubject(illegible.data());
            m_kappaDontCare.addSubject(dontCare.data());
            ++m_report.units;
        }
        m_alphaGeometry.addSimilarity(r.similarity);
        m_report.perImage.push_back(std::move(r.agreement));
    }

    /// Alpha, kappa and the slices, from the sums.
    void finish()
    {
        m_report.alphaText = m_alphaText.result();
        m_report.alphaGeometry = m_alphaGeometry.result();
        m_report.kappaIllegible = m_kappaIllegible.kappa();
        m_report.kappaDontCare = m_kappaDontCare.kappa();

        for (int d = 0; d < DimBatch; ++d)
            for (int b = 0; b < kBinCounts[size_t(d)]; ++b) {
                const int key = kBinOffsets[size_t(d)] + b;
                addSlice(m_report.perSlice, d, regionBins(QString::fromLatin1(kDimensionNames[d]))[b],
                    m_fixed.data() + size_t(key) * m_pairCount, &m_fixedImages[size_t(key)]);
            }
        QStringList batches(m_batchNames.begin(), m_batchNames.end());
        batches.sort();
        for (const QString& name : batches) {
            const int b = m_batchIndex.value(name);
            addSlice(m_report.perSlice, DimBatch, name, m_batchCells[size_t(b)].data(), &m_batchImages[size_t(b)]);
        }
        for (const auto& [version, block] : m_versionIndex)
            addSlice(m_report.perGuidelineVersion, DimVersion, QString::number(version),
                m_versionCells[size_t(block)].data(), &m_versionImages[size_t(block)]);
        for (const auto& [version, block] : m_versionIndex)
            for (int d = 0; d < DimBatch; ++d)
                for (int b = 0; b < kBinCounts[size_t(d)]; ++b) {
                    const int key = 1 + kBinOffsets[size_t(d)] + b;
                    const size_t before = m_report.perVersionSlice.size();
                    addSlice(m_report.perVersionSlice, d, regionBins(QString::fromLatin1(kDimensionNames[d]))[b],
                        m_versionCells[size_t(block)].data() + size_t(key) * m_pairCount, nullptr);
                    if (m_report.perVersionSlice.size() > before)
                        m_report.perVersionSlice.back().guidelineVersion = version;
                }
    }

private:
    int batchIndex(const QString& batch)
    {
        if (m_lastBatch >= 0 && batch == m_batchNames[size_t(m_lastBatch)])
            return m_lastBatch;
        auto it = m_batchIndex.constFind(batch);
        if (it == m_batchIndex.constEnd()) {
            it = m_batchIndex.insert(batch, int(m_batchNames.size()));
            m_batchNames.push_back(batch);
            m_batchCells.emplace_back(m_pairCount);
            m_batchImages.emplace_back();
        }
        return m_lastBatch = *it;
    }

    int versionBlock(int version)
    {
        const auto [it, added] = m_versionIndex.emplace(version, int(m_versionCells.size()));
        if (added) {
            m_versionCells.emplace_back(size_t(kBlockKeys) * m_pairCount);
            m_versionImages.emplace_back();
        }
        return it->second;
    }

    /// The report's pairs of one of the image's keys.
    SliceCounts* cells(int key, int batch)
    {
        if (key < kFixedKeys)
            return m_fixed.data() + size_t(key) * m_pairCount;
        if (key == kBatchKey)
            return m_batchCells[size_t(batch)].data();
        const int block = (key - kFirstBlock) / kBlockKeys, within = (key - kFirstBlock) % kBlockKeys;
        return m_versionCells[size_t(m_blockOf[size_t(block)])].data() + size_t(within) * m_pairCount;
    }

    /// The image list of one of the image's plain keys (a fixed bin, the batch, or a version).
    std::vector<ImageId>& images(int key, int batch)
    {
        if (key < kFixedKeys)
            return m_fixedImages[size_t(key)];
        if (key == kBatchKey)
            return m_batchImages[size_t(batch)];
        Q_ASSERT((key - kFirstBlock) % kBlockKeys == 0);
        return m_versionImages[size_t(m_blockOf[size_t((key - kFirstBlock) / kBlockKeys)])];
    }

    /// Appends the slice of `cells` (one per pair) to `out` unless no pair has a region in it.
    void addSlice(std::vector<SliceFigures>& out, int dimension, const QString& bin, const SliceCounts* cells,
        std::vector<ImageId>* images) const
    {
        SliceFigures sf;
        sf.dimension = QString::fromLatin1(kDimensionNames[dimension]);
        sf.bin = bin;
        for (size_t p = 0; p < m_pairCount; ++p) {
            const SliceCounts& c = cells[p];
            PairFigures f;
            f.a = m_report.pairs[p].a;
            f.b = m_report.pairs[p].b;
            f.regionsA = c.regionsA;
            f.regionsB = c.regionsB;
            f.matched = c.matched;
            f.matchedB = c.matchedB;
            f.iouSum = c.iouSum;
            f.textEqual = c.textEqual;
            f.editDistance = c.editDistance;
            f.lengthA = c.lengthA;
            f.lengthB = c.lengthB;
            sf.pooled.add(f);
            sf.pairs.push_back(std::move(f));
        }
        if (sf.pooled.regionsA + sf.pooled.regionsB == 0)
            return;
        if (images) {
            sf.images = std::move(*images);
            std::sort(sf.images.begin(), sf.images.end());
        }
        out.push_back(std::move(sf));
    }

    AgreementReport& m_report;
    size_t m_pairCount = 0;
    std::vector<SliceCounts> m_fixed; // [key * pairs + pair]
    std::vector<std::vector<ImageId>> m_fixedImages;
    QHash<QString, int> m_batchIndex;
    std::vector<QString> m_batchNames;
    std::vector<std::vector<SliceCounts>> m_batchCells; // [batch][pair]
    std::vector<std::vector<ImageId>> m_batchImages;
    int m_lastBatch = -1;
    std::map<int, int> m_versionIndex; // version -> block, ascending versions
    std::vector<std::vector<SliceCounts>> m_versionCells; // [block][key in block * pairs + pair]
    std::vector<std::vector<ImageId>> m_versionImages;
    std::vector<int> m_blockOf; // of the current image's blocks
    QHash<QString, int> m_textIds; // texts interned as they come, for the nominal alpha's counts
    std::vector<int> m_values;
    NominalAlphaAccumulator m_alphaText;
    DistinctValuesAlphaAccumulator m_alphaGeometry;
    FleissKappaAccumulator m_kappaIllegible { 2 };
    FleissKappaAccumulator m_kappaDontCare { 2 };
};

/// Streams `source` through the kernel and the merge. A cancel returns the figures so far with canceled set.
Result<AgreementReport> streamAgreement(AgreementSource& source, const AgreementOptions& options, Progress* progress)
{
    Q_ASSERT(kHeightBins.size() == kBinCounts[DimHeight] && kAspectBins.size() == kBinCounts[DimAspect]
        && kRotationBins.size() == kBinCounts[DimRotation] && kLengthBins.size() == kBinCounts[DimTextLength]
        && kScriptBins.size() == kBinCounts[DimScript]);
    const Context ctx(source.annotators(), options.iouThreshold);
    AgreementReport report;
    report.iouThreshold = options.iouThreshold;
    report.annotators = ctx.names;
    report.pairs.resize(ctx.pairs.size());
    for (size_t p = 0; p < ctx.pairs.size(); ++p) {
        report.pairs[p].a = ctx.names[ctx.pairs[p].first];
        report.pairs[p].b = ctx.names[ctx.pairs[p].second];
    }
    Merger merger(ctx, report);

    const size_t chunk = size_t(std::max(1, options.chunk));
    std::vector<AgreementImage> current, next;
    bool ended = false;
    std::optional<Error> readError;
    // Reads into `images` until it holds `target` images or the source ends; false on a read error.
    const auto fill = [&](std::vector<AgreementImage>& images, size_t target) {
        while (!ended && images.size() < target) {
            auto n = source.read(images, int(target - images.size()));
            if (!n) {
                readError = std::move(n).error();
                return false;
            }
            ended = *n == 0;
        }
        return true;
    };
    if (!fill(current, chunk))
        return std::move(*readError);

    ParallelOptions parallel;
    parallel.threads = options.threads;
    parallel.progress = progress;
    parallel.progressTotal = std::max<std::int64_t>(0, source.imageCount());
    std::vector<Scratch> scratch(size_t(parallelThreads(parallel, chunk)));
    while (!current.empty()) {
        const size_t count = current.size();
        const bool ok = parallelMap<ImageResult>(
            count, parallel, [&](size_t i, int worker) { return matchImage(ctx, current[i], scratch[size_t(worker)]); },
            [&](size_t i, ImageResult&& result) {
                merger.add(std::move(result));
                // The next chunk is read here, a share after each image merged, while the workers match this one:
                // reading and matching overlap, and no worker waits for a read.
                return fill(next, (i + 1) * chunk / count);
            });
        if (readError)
            return std::move(*readError);
        if (!ok) {
            report.canceled = true;
            return report;
        }
        parallel.progressBase += std::int64_t(count);
        current.swap(next);
        next.clear();
        if (!fill(current, chunk))
            return std::move(*readError);
    }
    merger.finish();
    return report;
}

} // namespace

double PairFigures::precision() const { return ratio(double(matchedB), double(regionsB)); }
double PairFigures::recall() const { return ratio(double(matched), double(regionsA)); }
double PairFigures::f1() const
{
    const double p = precision(), r = recall();
    if (std::isnan(p) || std::isnan(r))
        return kNaN;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}
double PairFigures::meanIoU() const { return ratio(iouSum, double(matched)); }
double PairFigures::textAgreement() const { return ratio(double(textEqual), double(matched)); }
double PairFigures::cer() const { return ratio(2.0 * double(editDistance), double(lengthA + lengthB)); }
void PairFigures::add(const PairFigures& o)
{
    images += o.images;
    regionsA += o.regionsA;
    regionsB += o.regionsB;
    matched += o.matched;
    matchedB += o.matchedB;
    iouSum += o.iouSum;
    textEqual += o.textEqual;
    editDistance += o.editDistance;
    lengthA += o.lengthA;
    lengthB += o.lengthB;
}

QString heightBin(const Polygon& polygon) { return kHeightBins[heightIndex(polygon)]; }
QString aspectBin(const Polygon& polygon) { return kAspectBins[aspectIndex(polygon)]; }
QString rotationBin(const Polygon& polygon) { return kRotationBins[rotationIndex(polygon)]; }
QString textLengthBin(const QString& text) { return kLengthBins[lengthIndex(text)]; }
QString scriptBin(const QString& text) { return kScriptBins[scriptIndex(text)]; }

QString regionBin(const QString& dimension, const Region& region)
{
    if (dimension == QLatin1String("height"))
        return heightBin(region.polygon);
    if (dimension == QLatin1String("aspect"))
        return aspectBin(region.polygon);
    if (dimension == QLatin1String("rotation"))
        return rotationBin(region.polygon);
    if (dimension == QLatin1String("text_length"))
        return textLengthBin(region.text);
    if (dimension == QLatin1String("script"))
        return scriptBin(region.text);
    return {};
}

QStringList regionBins(const QString& dimension)
{
    if (dimension == QLatin1String("height"))
        return kHeightBins;
    if (dimension == QLatin1String("aspect"))
        return kAspectBins;
    if (dimension == QLatin1String("rotation"))
        return kRotationBins;
    if (dimension == QLatin1String("text_length"))
        return kLengthBins;
    if (dimension == QLatin1String("script"))
        return kScriptBins;
    return {};
}

QString sliceDimensionLabel(const QString& dimension)
{
    static constexpr KeyName kLabels[] = {
        { "height", QT_TRANSLATE_NOOP("Core", "box height") },
        { "aspect", QT_TRANSLATE_NOOP("Core", "aspect ratio") },
        { "rotation", QT_TRANSLATE_NOOP("Core", "rotation") },
        { "text_length", QT_TRANSLATE_NOOP("Core", "text length") },
        { "script", QT_TRANSLATE_NOOP("Core", "script") },
        { "batch", QT_TRANSLATE_NOOP("Core", "batch") },
        { "guideline_version", QT_TRANSLATE_NOOP("Core", "guideline version") },
        { "image_size", QT_TRANSLATE_NOOP("Core", "image size") },
    };
    return translatedName("Core", dimension, kLabels);
}

QString sliceBinLabel(const QString& dimension, const QString& bin)
{
    static constexpr KeyName kScripts[] = {
        { "latin", QT_TRANSLATE_NOOP("Core", "Latin") },
        { "hangul", QT_TRANSLATE_NOOP("Core", "Hangul") },
        { "digits", QT_TRANSLATE_NOOP("Core", "digits") },
        { "symbols", QT_TRANSLATE_NOOP("Core", "symbols") },
        { "mixed", QT_TRANSLATE_NOOP("Core", "mixed scripts") },
        { "other", QT_TRANSLATE_NOOP("Core", "other scripts") },
        { "empty", QT_TRANSLATE_NOOP("Core", "empty text") },
    };
    return dimension == QLatin1String("script") ? translatedName("Core", bin, kScripts) : bin;
}

QStringList regionDimensions()
{
    return { QStringLiteral("height"), QStringLiteral("aspect"), QStringLiteral("rotation"),
        QStringLiteral("text_length"), QStringLiteral("script") };
}

Result<AgreementReport> computeAgreement(AgreementSource& source, const AgreementOptions& options, Progress* progress)
{
    auto report = streamAgreement(source, options, progress);
    if (report && report->canceled)
        return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("the agreement computation was canceled"));
    return report;
}

AgreementReport computeAgreement(const AgreementInput& input, const AgreementOptions& options, Progress* progress)
{
    AgreementInputSource source(input);
    auto report = streamAgreement(source, options, progress);
    Q_ASSERT(report); // reading memory cannot fail
    return report ? std::move(report).value() : AgreementReport {};
}

const SliceFigures* versionSlice(
    const AgreementReport& report, int version, const QString& dimension, const QString& bin)
{
    for (const SliceFigures& sf : report.perVersionSlice)
        if (sf.guidelineVersion == version && sf.dimension == dimension && sf.bin == bin)
            return &sf;
    return nullptr;
}

namespace {
/// Image ids ordered by F1 (undefined last), then id.
std::vector<ImageId> worstFirst(std::vector<std::pair<double, ImageId>> scored)
{
    for (auto& s : scored)
        if (std::isnan(s.first))
            s.first = std::numeric_limits<double>::infinity();
    std::sort(scored.begin(), scored.end());
    std::vector<ImageId> ids;
    ids.reserve(scored.size());
    for (const auto& s : scored)
        ids.push_back(s.second);
    return ids;
}
}

std::vector<ImageId> imagesOfPair(const AgreementReport& report, const QString& a, const QString& b)
{
    std::vector<std::pair<double, ImageId>> scored;
    for (const ImageAgreement& image : report.perImage)
        for (const PairFigures& p : image.pairs)
            if ((p.a == a && p.b == b) || (p.a == b && p.b == a))
                scored.emplace_back(p.f1(), image.image);
    return worstFirst(std::move(scored));
}

std::vector<ImageId> imagesOfAnnotator(const AgreementReport& report, const QString& annotator)
{
    std::vector<std::pair<double, ImageId>> scored;
    for (const ImageAgreement& image : report.perImage) {
        PairFigures pooled;
        bool involved = false;
        for (const PairFigures& p : image.pairs)
            if (p.a == annotator || p.b == annotator) {
                pooled.add(p);
                involved = true;
            }
        if (involved)
            scored.emplace_back(pooled.f1(), image.image);
    }
    return worstFirst(std::move(scored));
}

} // namespace lector
