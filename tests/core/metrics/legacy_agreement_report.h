// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

// The agreement report as it was computed before it streamed (commit 1a74bd7): the whole input in memory, a
// thread pool of its own, every unit and every overlap kept to the end, then krippendorffAlpha and fleissKappa over
// the lists. Kept verbatim as the reference the streaming report is checked against (tests/core/metrics) and as
// the baseline of lector-bench-agreement; `threadCount` 1 gives its sums in image order.

#include <lector/metrics/agreement_report.h>
#include <lector/metrics/edit_distance.h>
#include <lector/metrics/fleiss_kappa.h>
#include <lector/metrics/krippendorff_alpha.h>
#include <lector/metrics/region_matching.h>
#include <lector/store/project_store.h>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <set>
#include <thread>

namespace lector::legacy {

namespace detail {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

inline double ratio(double num, double den) { return den > 0 ? num / den : kNaN; }

inline double distance(const PointF& p, const PointF& q) { return std::hypot(q.x - p.x, q.y - p.y); }

/// Width and height along the word: a quad's mean top/bottom and mean left/right edge lengths, else the bounding box.
inline std::pair<double, double> wordSize(const Polygon& p)
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
inline const char* const kDimensionNames[DimCount]
    = { "height", "aspect", "rotation", "text_length", "script", "batch", "guideline_version" };
inline const QStringList kHeightBins { QStringLiteral("<16"), QStringLiteral("16-32"), QStringLiteral("32-64"),
    QStringLiteral(">=64") };
inline const QStringList kAspectBins { QStringLiteral("<1"), QStringLiteral("1-3"), QStringLiteral("3-8"),
    QStringLiteral(">=8") };
inline const QStringList kRotationBins { QStringLiteral("0-2"), QStringLiteral("2-10"), QStringLiteral("10-45"),
    QStringLiteral("45-90") };
inline const QStringList kLengthBins { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2-4"),
    QStringLiteral("5-9"), QStringLiteral(">=10") };
inline const QStringList kScriptBins { QStringLiteral("latin"), QStringLiteral("hangul"), QStringLiteral("digits"),
    QStringLiteral("symbols"), QStringLiteral("mixed"), QStringLiteral("other"), QStringLiteral("empty") };

inline int binOf(double v, std::initializer_list<double> upper)
{
    int i = 0;
    for (double u : upper) {
        if (v < u)
            return i;
        ++i;
    }
    return i;
}

inline int heightIndex(const Polygon& p) { return binOf(wordSize(p).second, { 16, 32, 64 }); }
inline int aspectIndex(const Polygon& p)
{
    const auto [w, h] = wordSize(p);
    return binOf(h > 0 ? w / h : 0, { 1, 3, 8 });
}
inline int rotationIndex(const Polygon& p)
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
inline int lengthIndex(const QString& text) { return binOf(codePointLength(text), { 1, 2, 5, 10 }); }
inline int scriptIndex(const QString& text)
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

inline int findRoot(std::vector<int>& parent, int x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

/// Everything a worker thread adds up; merged once at the end.
struct Partial {
    std::vector<PairFigures> pairs; // [pair]
    std::vector<PairFigures> slices; // [sliceKey * pairCount + pair]
    std::vector<ValueSimilarity> geometrySimilarities;
    std::vector<std::vector<ImageId>> sliceImages; // [sliceKey] for the plain (not version-crossed) keys
    std::vector<int> flagCounts; // per unit: illegible set, unset, don't care set, unset
};

/// The units of one image: clusters with at least two regions, as pooled region indices.
struct ImageUnits {
    std::vector<int> start; // offsets into members, one more than the units
    std::vector<int> members;
};

} // namespace detail

using namespace detail;

inline AgreementReport computeAgreement(const AgreementInput& input, const AgreementOptions& options = {},
    Progress* progress = nullptr, unsigned threadCount = 0)
{
    AgreementReport report;
    report.iouThreshold = options.iouThreshold;

    // Names, batches and versions first, so that every thread indexes the same tables.
    QStringList batches;
    std::vector<int> versions;
    {
        QSet<QString> names, batchSet;
        std::set<int> versionSet;
        for (const AgreementImage& image : input.images) {
            batchSet.insert(image.batch);
            for (const auto& [name, regions] : image.byAnnotator) {
                names.insert(name);
                for (const AgreementRegion& r : regions)
                    versionSet.insert(r.guidelineVersion);
            }
        }
        report.annotators = QStringList(names.begin(), names.end());
        report.annotators.sort();
        batches = QStringList(batchSet.begin(), batchSet.end());
        batches.sort();
        versions.assign(versionSet.begin(), versionSet.end());
    }
    const int annotatorCount = int(report.annotators.size());
    std::vector<std::pair<int, int>> pairIndex; // pair -> (a, b) annotator indices
    std::vector<int> pairOf(size_t(annotatorCount) * annotatorCount, -1);
    for (int i = 0; i < annotatorCount; ++i)
        for (int j = i + 1; j < annotatorCount; ++j) {
            pairOf[size_t(i) * annotatorCount + j] = int(pairIndex.size());
            pairIndex.emplace_back(i, j);
        }
    const int pairCount = int(pairIndex.size());
    QHash<QString, int> annotatorIndex, batchIndex;
    for (int i = 0; i < annotatorCount; ++i)
        annotatorIndex.insert(report.annotators[i], i);
    for (int i = 0; i < batches.size(); ++i)
        batchIndex.insert(batches[i], i);

    // Slice keys: each dimension's bins one after the other.
    std::array<int, DimCount> sliceOffset {};
    std::array<int, DimCount> binCount { int(kHeightBins.size()), int(kAspectBins.size()), int(kRotationBins.size()),
        int(kLengthBins.size()), int(kScriptBins.size()), int(batches.size()), int(versions.size()) };
    int sliceKeys = 0;
    for (int d = 0; d < DimCount; ++d) {
        sliceOffset[d] = sliceKeys;
        sliceKeys += binCount[d];
    }
    // Then the version-crossed keys: for each version, every bin of the dimensions before DimVersion except batch.
    const int plainKeys = sliceKeys;
    const int crossWidth = sliceOffset[DimVersion];
    sliceKeys += int(versions.size()) * crossWidth;
    constexpr int kKeysPerRegion = 2 * DimCount - 2; // plain keys, then one crossed key per dimension but batch

    // Global ids of pooled regions (for geometry alpha): image i's regions start at base[i].
    const size_t imageCount = input.images.size();
    std::vector<long long> base(imageCount + 1, 0);
    for (size_t i = 0; i < imageCount; ++i) {
        long long n = 0;
        for (const auto& entry : input.images[i].byAnnotator)
            n += static_cast<long long>(entry.second.size());
        base[i + 1] = base[i] + n;
    }
    Q_ASSERT(base[imageCount] < std::numeric_limits<int>::max());

    report.perImage.resize(imageCount);
    std::vector<ImageUnits> units(imageCount);
    const unsigned threads
        = threadCount > 0 ? threadCount : std::max(1u, std::min(std::thread::hardware_concurrency(), 16u));
    std::vector<Partial> partials(threads);
    std::atomic<bool> stop { false };
    std::atomic<long long> done { 0 };

    const auto work = [&](unsigned t) {
        Partial& part = partials[t];
        part.pairs.assign(pairCount, {});
        part.slices.assign(size_t(sliceKeys) * pairCount, {});
        part.sliceImages.assign(size_t(plainKeys), {});
        std::vector<char> onImage(size_t(plainKeys), 0);
        std::vector<int> imageKeys;
        std::vector<std::vector<std::array<int, kKeysPerRegion>>> keys; // per annotator on the image, per region
        std::vector<const std::vector<AgreementRegion>*> lists;
        std::vector<int> who, offset;
        std::vector<std::vector<Polygon>> polygons;
        std::vector<int> parent;
        std::vector<Polygon> pool;
        std::vector<int> owner; // annotator (index on the image) of each pooled region
        std::vector<std::vector<RegionMatch>> candidates; // [x * k + y], x < y
        for (size_t i = t; i < imageCount; i += threads) {
            if (progress) {
                if (stop.load(std::memory_order_relaxed))
                    return;
                if (progress->isCanceled()) {
                    stop.store(true, std::memory_order_relaxed);
                    return;
                }
                const long long n = ++done;
                if (t == 0 && (n & 63) == 0)
                    progress->report(n, static_cast<long long>(imageCount));
            }
            const AgreementImage& image = input.images[i];
            ImageAgreement& out = report.perImage[i];
            out.image = image.id;
            out.batch = image.batch;
            lists.clear();
            who.clear();
            offset.clear();
            int pooled = 0;
            for (const auto& [name, regions] : image.byAnnotator) {
                lists.push_back(&regions);
                who.push_back(annotatorIndex.value(name));
                offset.push_back(pooled);
                pooled += int(regions.size());
            }
            const size_t k = lists.size();
            if (k < 2)
                continue;
            keys.resize(k);
            polygons.resize(k);
            const int batchKey = sliceOffset[DimBatch] + batchIndex.value(image.batch);
            for (size_t x = 0; x < k; ++x) {
                keys[x].clear();
                polygons[x].clear();
                for (const AgreementRegion& r : *lists[x]) {
                    const Polygon& p = r.region.polygon;
                    polygons[x].push_back(p);
                    const int version = int(
                        std::lower_bound(versions.begin(), versions.end(), r.guidelineVersion) - versions.begin());
                    const int h = sliceOffset[DimHeight] + heightIndex(p), a = sliceOffset[DimAspect] + aspectIndex(p),
                              ro = sliceOffset[DimRotation] + rotationIndex(p),
                              l = sliceOffset[DimTextLength] + lengthIndex(r.region.text),
                              sc = sliceOffset[DimScript] + scriptIndex(r.region.text);
                    const int cross = plainKeys + version * crossWidth;
                    keys[x].push_back({ h, a, ro, l, sc, batchKey, sliceOffset[DimVersion] + version, cross + h,
                        cross + a, cross + ro, cross + l, cross + sc });
                    for (int s = 0; s < DimCount; ++s) {
                        const int key = keys[x].back()[size_t(s)];
                        if (!onImage[size_t(key)]) {
                            onImage[size_t(key)] = 1;
                            imageKeys.push_back(key);
                        }
                    }
                }
            }
            for (int key : imageKeys) {
                part.sliceImages[size_t(key)].push_back(image.id);
                onImage[size_t(key)] = 0;
            }
            imageKeys.clear();
            // Every overlapping pair on the image once: the matching candidates of each annotator pair, and the
            // similarities of geometry alpha (which needs the overlaps within an annotator's regions too).
            pool.clear();
            owner.clear();
            for (size_t x = 0; x < k; ++x) {
                pool.insert(pool.end(), polygons[x].begin(), polygons[x].end());
                owner.insert(owner.end(), polygons[x].size(), int(x));
            }
            for (auto& c : candidates)
                c.clear();
            candidates.resize(k * k);
            for (const RegionMatch& m : overlappingPairs(pool, 0)) {
                part.geometrySimilarities.push_back({ int(base[i] + m.a), int(base[i] + m.b), m.iou });
                const int x = owner[m.a], y = owner[m.b];
                if (x == y || m.iou < options.iouThreshold)
                    continue;
                if (x < y)
                    candidates[size_t(x) * k + y].push_back({ m.a - offset[x], m.b - offset[y], m.iou });
                else
                    candidates[size_t(y) * k + x].push_back({ m.b - offset[y], m.a - offset[x], m.iou });
            }
            parent.resize(pooled);
            std::iota(parent.begin(), parent.end(), 0);
            for (size_t x = 0; x < k; ++x)
                for (size_t y = x + 1; y < k; ++y) {
                    const int pair = pairOf[size_t(who[x]) * annotatorCount + who[y]];
                    PairFigures f;
                    f.a = report.annotators[who[x]];
                    f.b = report.annotators[who[y]];
                    f.images = 1;
                    f.regionsA = static_cast<long long>(lists[x]->size());
                    f.regionsB = static_cast<long long>(lists[y]->size());
                    PairFigures* slice = part.slices.data() + pair;
                    for (const auto& key : keys[x])
                        for (int s : key)
                            ++slice[size_t(s) * pairCount].regionsA;
                    for (const auto& key : keys[y])
                        for (int s : key)
                            ++slice[size_t(s) * pairCount].regionsB;
                    const auto matches
                        = assignMatches(candidates[x * k + y], int(lists[x]->size()), int(lists[y]->size()));
                    for (const RegionMatch& m : matches) {
                        const QString& ta = (*lists[x])[m.a].region.text;
                        const QString& tb = (*lists[y])[m.b].region.text;
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
                        for (int s : keys[x][m.a]) {
                            PairFigures& sf = slice[size_t(s) * pairCount];
                            ++sf.matched;
                            sf.iouSum += m.iou;
                            sf.textEqual += equal;
                            sf.editDistance += edits;
                            sf.lengthA += lengthA;
                            sf.lengthB += lengthB;
                        }
                        for (int s : keys[y][m.b])
                            ++slice[size_t(s) * pairCount].matchedB;
                        const int ra = findRoot(parent, offset[x] + m.a), rb = findRoot(parent, offset[y] + m.b);
                        if (ra != rb)
                            parent[ra] = rb;
                    }
                    part.pairs[pair].add(f);
                    out.pairs.push_back(std::move(f));
                }
            std::sort(out.pairs.begin(), out.pairs.end(),
                [](const PairFigures& p, const PairFigures& q) { return std::tie(p.a, p.b) < std::tie(q.a, q.b); });

            // Units: clusters of two or more regions, grouped by root.
            ImageUnits& u = units[i];
            std::vector<int> order(pooled);
            std::iota(order.begin(), order.end(), 0);
            std::vector<int> root(pooled);
            for (int r = 0; r < pooled; ++r)
                root[r] = findRoot(parent, r);
            std::stable_sort(order.begin(), order.end(), [&](int p, int q) { return root[p] < root[q]; });
            for (int s = 0; s < pooled;) {
                int e = s;
                while (e < pooled && root[order[e]] == root[order[s]])
                    ++e;
                if (e - s >= 2) {
                    u.start.push_back(int(u.members.size()));
                    u.members.insert(u.members.end(), order.begin() + s, order.begin() + e);
                }
                s = e;
            }
            u.start.push_back(int(u.members.size()));
        }
    };
    {
        std::vector<std::thread> pool;
        for (unsigned t = 1; t < threads; ++t)
            pool.emplace_back(work, t);
        work(0);
        for (std::thread& th : pool)
            th.join();
    }

    // Merge.
    report.pairs.resize(pairCount);
    for (int p = 0; p < pairCount; ++p) {
        report.pairs[p].a = report.annotators[pairIndex[p].first];
        report.pairs[p].b = report.annotators[pairIndex[p].second];
    }
    std::vector<PairFigures> slices(size_t(sliceKeys) * pairCount);
    std::vector<ValueSimilarity> similarities;
    for (Partial& part : partials) {
        for (int p = 0; p < pairCount && p < int(part.pairs.size()); ++p)
            report.pairs[p].add(part.pairs[p]);
        for (size_t s = 0; s < part.slices.size(); ++s)
            slices[s].add(part.slices[s]);
        similarities.insert(similarities.end(), part.geometrySimilarities.begin(), part.geometrySimilarities.end());
    }
    for (const ImageAgreement& image : report.perImage)
        report.images += !image.pairs.empty();
    report.canceled = stop.load();
    if (report.canceled)
        return report;
    if (progress)
        progress->report(static_cast<long long>(imageCount), static_cast<long long>(imageCount));
    std::vector<std::vector<ImageId>> sliceImages(static_cast<size_t>(plainKeys));
    for (Partial& part : partials)
        for (size_t key = 0; key < part.sliceImages.size(); ++key)
            sliceImages[key].insert(sliceImages[key].end(), part.sliceImages[key].begin(), part.sliceImages[key].end());
    for (auto& ids : sliceImages)
        std::sort(ids.begin(), ids.end());

    // Units for alpha and kappa: texts interned to ids here, on one thread, over the units only.
    ReliabilityUnits textUnits, geometryUnits;
    std::vector<int> illegible, dontCare; // subjects × 2 categories (set, unset)
    QHash<QString, int> textIds;
    std::vector<const AgreementRegion*> flat;
    for (size_t i = 0; i < imageCount; ++i) {
        const ImageUnits& u = units[i];
        if (u.start.size() < 2)
            continue;
        flat.clear();
        for (const auto& entry : input.images[i].byAnnotator)
            for (const AgreementRegion& r : entry.second)
                flat.push_back(&r);
        for (size_t c = 0; c + 1 < u.start.size(); ++c) {
            std::vector<int> text, geometry;
            int ill = 0, dc = 0;
            const int n = u.start[c + 1] - u.start[c];
            for (int m = u.start[c]; m < u.start[c + 1]; ++m) {
                const AgreementRegion& r = *flat[u.members[m]];
                auto id = textIds.constFind(r.region.text);
                if (id == textIds.constEnd())
                    id = textIds.insert(r.region.text, int(textIds.size()));
                text.push_back(id.value());
                geometry.push_back(int(base[i] + u.members[m]));
                ill += (r.region.flags & FlagIllegible) != 0;
                dc += (r.region.flags & FlagDontCare) != 0;
            }
            textUnits.push_back(std::move(text));
            geometryUnits.push_back(std::move(geometry));
            illegible.insert(illegible.end(), { ill, n - ill });
            dontCare.insert(dontCare.end(), { dc, n - dc });
        }
    }
    report.units = int(textUnits.size());
    report.alphaText = krippendorffAlpha(textUnits);
    report.alphaGeometry = krippendorffAlpha(geometryUnits, similarities);
    report.kappaIllegible = fleissKappa(illegible, 2);
    report.kappaDontCare = fleissKappa(dontCare, 2);

    // Slices, skipping bins no pair has a region in.
    const auto binName = [&](int d, int b) -> QString {
        switch (d) {
        case DimHeight:
            return kHeightBins[b];
        case DimAspect:
            return kAspectBins[b];
        case DimRotation:
            return kRotationBins[b];
        case DimTextLength:
            return kLengthBins[b];
        case DimScript:
            return kScriptBins[b];
        case DimBatch:
            return batches[b];
        default:
            return QString::number(versions[b]);
        }
    };
    // The figures of one slice key, per pair and pooled over the pairs.
    const auto sliceFigures = [&](int d, int b, int key) {
        SliceFigures sf;
        sf.dimension = QString::fromLatin1(kDimensionNames[d]);
        sf.bin = binName(d, b);
        for (int p = 0; p < pairCount; ++p) {
            PairFigures f = slices[size_t(key) * pairCount + p];
            f.a = report.pairs[p].a;
            f.b = report.pairs[p].b;
            f.images = 0;
            sf.pooled.add(f);
            sf.pairs.push_back(std::move(f));
        }
        return sf;
    };
    for (int d = 0; d < DimCount; ++d)
        for (int b = 0; b < binCount[d]; ++b) {
            const int key = sliceOffset[d] + b;
            SliceFigures sf = sliceFigures(d, b, key);
            if (sf.pooled.regionsA + sf.pooled.regionsB == 0)
                continue;
            sf.images = std::move(sliceImages[size_t(key)]);
            (d == DimVersion ? report.perGuidelineVersion : report.perSlice).push_back(std::move(sf));
        }
    for (size_t v = 0; v < versions.size(); ++v)
        for (int d = 0; d < DimVersion; ++d) {
            if (d == DimBatch)
                continue;
            for (int b = 0; b < binCount[d]; ++b) {
                SliceFigures sf = sliceFigures(d, b, plainKeys + int(v) * crossWidth + sliceOffset[d] + b);
                sf.guidelineVersion = versions[v];
                if (sf.pooled.regionsA + sf.pooled.regionsB > 0)
                    report.perVersionSlice.push_back(std::move(sf));
            }
        }
    return report;
}

/// loadAgreementInput as it was: one query per image.
inline Result<AgreementInput> loadAgreementInput(const ProjectStore& store,
    const QStringList& exclude = { QStringLiteral("reference"), QStringLiteral("consensus") })
{
    auto annotators = store.annotators();
    if (!annotators)
        return std::move(annotators).error();
    QHash<AnnotatorId, QString> names;
    for (const Annotator& a : annotators.value())
        if (!exclude.contains(a.name))
            names.insert(a.id, a.name);
    auto images = store.images();
    if (!images)
        return std::move(images).error();
    AgreementInput input;
    input.images.reserve(images->size());
    for (const ImageRecord& record : images.value()) {
        auto annotations = store.annotations(record.id);
        if (!annotations)
            return std::move(annotations).error();
        AgreementImage image;
        image.id = record.id;
        image.batch = record.batch;
        for (Annotation& a : annotations.value()) {
            const auto name = names.constFind(a.annotator);
            if (name == names.constEnd() || a.source == Source::Consensus)
                continue;
            image.byAnnotator[*name].push_back({ std::move(a.region), a.guidelineVersion });
        }
        input.images.push_back(std::move(image));
    }
    return input;
}

} // namespace lector::legacy
