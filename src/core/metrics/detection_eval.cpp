// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/detection_eval.h>

#include <lector/core/tr.h>
#include <lector/metrics/agreement_report.h>
#include <lector/metrics/edit_distance.h>
#include <lector/metrics/polygon_iou.h>
#include <lector/metrics/region_matching.h>

#include <lector/core/parallel_for.h>
#include <lector/metrics/detection_eval_accumulator.h>
#include <lector/metrics/eval_image_source.h>
#include <lector/metrics/in_memory_eval_source.h>

#include "metrics/detection_eval_slices.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <optional>
#include <utility>

namespace lector {

namespace {

double ratio(double num, double den) { return den > 0 ? num / den : 0; }
double harmonic(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

const QStringList kImageSizeBinNames { QStringLiteral("<640"), QStringLiteral("640-1280"), QStringLiteral("1280-2560"),
    QStringLiteral(">=2560"), QStringLiteral("unknown") };

int indexIn(const QStringList& bins, const QString& bin)
{
    const int i = int(bins.indexOf(bin));
    Q_ASSERT(i >= 0);
    return std::max(i, 0);
}

/// Levenshtein distance between two sequences (of words here).
template <typename T> int sequenceDistance(const std::vector<T>& a, const std::vector<T>& b)
{
    std::vector<int> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (size_t j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = up;
        }
    }
    return row[b.size()];
}

/// The white-space separated words of a text (what WER counts).
std::vector<QStringView> wordVector(const QString& s)
{
    std::vector<QStringView> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const bool space = i == s.size() || s[i].isSpace();
        if (space && start >= 0) {
            out.push_back(QStringView(s).mid(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return out;
}

long long wordCount(const QString& s)
{
    long long n = 0;
    bool inWord = false;
    for (const QChar c : s) {
        const bool space = c.isSpace();
        n += (!space && !inWord) ? 1 : 0;
        inWord = !space;
    }
    return n;
}

/// Alignment of two code point sequences as (truth, detected) pairs, equal pairs left out; 0 stands for "none".
void alignCodePoints(const QList<uint>& a, const QList<uint>& b, std::vector<std::pair<uint, uint>>& out)
{
    const size_t n = size_t(a.size()), m = size_t(b.size());
    std::vector<int> d((n + 1) * (m + 1));
    const auto at = [&](size_t i, size_t j) -> int& { return d[i * (m + 1) + j]; };
    for (size_t i = 0; i <= n; ++i)
        at(i, 0) = int(i);
    for (size_t j = 0; j <= m; ++j)
        at(0, j) = int(j);
    for (size_t i = 1; i <= n; ++i)
        for (size_t j = 1; j <= m; ++j)
            at(i, j)
                = std::min({ at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] == b[j - 1] ? 0 : 1) });
    // Walk back preferring a match or substitution, then a deletion, then an insertion; collected in reverse.
    const size_t first = out.size();
    size_t i = n, j = m;
    while (i > 0 || j > 0) {
        if (i > 0 && j > 0 && at(i, j) == at(i - 1, j - 1) + (a[i - 1] == b[j - 1] ? 0 : 1)) {
            if (a[i - 1] != b[j - 1])
                out.emplace_back(a[i - 1], b[j - 1]);
            --i;
            --j;
        } else if (i > 0 && at(i, j) == at(i - 1, j) + 1) {
            out.emplace_back(a[i - 1], 0);
            --i;
        } else {
            out.emplace_back(0, b[j - 1]);
            --j;
        }
    }
    std::reverse(out.begin() + std::ptrdiff_t(first), out.end());
}

} // namespace

namespace detail {

const QString& regionDimensionName(int dimension)
{
    static const std::array<QString, kRegionDimensions> names { QStringLiteral("height"), QStringLiteral("aspect"),
        QStringLiteral("rotation"), QStringLiteral("text_length"), QStringLiteral("script") };
    return names[size_t(dimension)];
}

/// Made on first use, not at static initialisation, which would depend on the order of the translation units.
const QStringList& regionDimensionBins(int dimension)
{
    static const std::array<QStringList, kRegionDimensions> bins { regionBins(QStringLiteral("height")),
        regionBins(QStringLiteral("aspect")), regionBins(QStringLiteral("rotation")),
        regionBins(QStringLiteral("text_length")), regionBins(QStringLiteral("script")) };
    return bins[size_t(dimension)];
}

int regionSliceOffset(int dimension)
{
    static const std::array<int, kRegionDimensions + 1> offsets = [] {
        std::array<int, kRegionDimensions + 1> out {};
        for (int d = 0; d < kRegionDimensions; ++d)
            out[size_t(d) + 1] = out[size_t(d)] + int(regionDimensionBins(d).size());
        Q_ASSERT(out[kRegionDimensions] == DetectionEvalAccumulator::kRegionBins);
        return out;
    }();
    return offsets[size_t(dimension)];
}

const QStringList& imageSizeBins() { return kImageSizeBinNames; }

int imageSizeIndex(int width, int height)
{
    const int side = std::max(width, height);
    if (width <= 0 || height <= 0)
        return 4;
    return side < 640 ? 0 : side < 1280 ? 1 : side < 2560 ? 2 : 3;
}

QString codePointText(uint c)
{
    if (c == 0)
        return {};
    const char32_t cp = c;
    return QString::fromUcs4(&cp, 1);
}

} // namespace detail

QString matchingMethodName(MatchingMethod method)
{
    return method == MatchingMethod::Hungarian ? QStringLiteral("hungarian") : QStringLiteral("greedy");
}

QString detectionOrderName(DetectionOrder order)
{
    switch (order) {
    case DetectionOrder::Confidence:
        return QStringLiteral("confidence");
    case DetectionOrder::File:
        return QStringLiteral("file");
    case DetectionOrder::Auto:
        break;
    }
    return QStringLiteral("auto");
}

bool parseMatchingMethod(const QString& name, MatchingMethod* method)
{
    if (name == QLatin1String("greedy"))
        *method = MatchingMethod::Greedy;
    else if (name == QLatin1String("hungarian"))
        *method = MatchingMethod::Hungarian;
    else
        return false;
    return true;
}

double DetectionCounts::precision() const { return ratio(double(matchedDetections), double(detections)); }
double DetectionCounts::recall() const { return ratio(double(matched), double(groundTruth)); }
double DetectionCounts::hmean() const { return harmonic(precision(), recall()); }
double DetectionCounts::meanIoU() const { return ratio(iouSum, double(matched)); }
double DetectionCounts::wordAccuracy() const { return ratio(double(textEqual), double(groundTruth)); }
double DetectionCounts::matchedWordAccuracy() const { return ratio(double(textEqual), double(matched)); }
double DetectionCounts::endToEndPrecision() const { return ratio(double(textEqual), double(detections)); }
double DetectionCounts::endToEndHmean() const { return harmonic(endToEndPrecision(), wordAccuracy()); }
double DetectionCounts::cer() const { return ratio(double(charErrors), double(charTotal)); }
double DetectionCounts::wer() const { return ratio(double(wordErrors), double(wordTotal)); }

void DetectionCounts::add(const DetectionCounts& o)
{
    images += o.images;
    groundTruth += o.groundTruth;
    groundTruthDontCare += o.groundTruthDontCare;
    detections += o.detections;
    detectionsDontCare += o.detectionsDontCare;
    matched += o.matched;
    matchedDetections += o.matchedDetections;
    iouSum += o.iouSum;
    textEqual += o.textEqual;
    charErrors += o.charErrors;
    charTotal += o.charTotal;
    wordErrors += o.wordErrors;
    wordTotal += o.wordTotal;
}

QString imageSizeBin(int width, int height) { return kImageSizeBinNames[detail::imageSizeIndex(width, height)]; }

std::vector<CharConfusion> alignCharacters(const QString& truth, const QString& detected)
{
    std::vector<std::pair<uint, uint>> ops;
    alignCodePoints(truth.toUcs4(), detected.toUcs4(), ops);
    std::vector<CharConfusion> out;
    out.reserve(ops.size());
    for (const auto& [t, d] : ops)
        out.push_back({ detail::codePointText(t), detail::codePointText(d), 1 });
    return out;
}

namespace {

/// The region slice keys of a region, one per region dimension.
using RegionKeys = std::array<int, detail::kRegionDimensions>;

void regionKeys(const Region& r, RegionKeys& keys)
{
    using detail::regionDimensionBins;
    using detail::regionSliceOffset;
    const auto key
        = [&](int d, const QString& bin) { return regionSliceOffset(d) + indexIn(regionDimensionBins(d), bin); };
    keys[0] = key(0, heightBin(r.polygon));
    keys[1] = key(1, aspectBin(r.polygon));
    keys[2] = key(2, rotationBin(r.polygon));
    keys[3] = key(3, textLengthBin(r.text));
    keys[4] = key(4, scriptBin(r.text));
}

/// What the kernel reuses from one image to the next on a thread.
struct Scratch {
    std::vector<Polygon> gtPolygons, detPolygons;
    std::vector<double> detArea;
    std::vector<char> detDontCare;
    std::vector<int> detRank; // position of each detection in the matching order
    std::vector<int> gtMatch, detMatch; // index into matches, or -1
    std::vector<int> dontCareGt;
    std::vector<RegionMatch> candidates;
    std::vector<std::pair<uint, uint>> ops;
    std::array<DetectionCounts, DetectionEvalAccumulator::kRegionBins> slices {};
};

/// Marks the detections more than half inside one don't-care ground truth as set aside (the first such region
/// decides, as in the script).
void setAsideDontCare(const EvalImage& image, const DetectionEvalOptions& options, Scratch& z)
{
    const int gtCount = int(image.groundTruth.size());
    const int detCount = int(image.detections.size());
    z.detDontCare.assign(size_t(detCount), 0);
    z.detArea.resize(size_t(detCount));
    z.dontCareGt.clear();
    for (int g = 0; g < gtCount; ++g) {
        if (image.groundTruth[size_t(g)].isDontCare())
            z.dontCareGt.push_back(g);
    }
    for (int d = 0; d < detCount; ++d) {
        z.detArea[size_t(d)] = z.detPolygons[size_t(d)].area();
        if (z.dontCareGt.empty() || !(z.detArea[size_t(d)] > 0))
            continue;
        const BoxF db = z.detPolygons[size_t(d)].boundingBox();
        for (const int g : z.dontCareGt) {
            const BoxF gb = z.gtPolygons[size_t(g)].boundingBox();
            if (gb.x1 <= db.x0 || db.x1 <= gb.x0 || gb.y1 <= db.y0 || db.y1 <= gb.y0)
                continue;
            const double inside = polygonIntersectionArea(z.gtPolygons[size_t(g)], z.detPolygons[size_t(d)]);
            if (inside / z.detArea[size_t(d)] > options.dontCareAreaThreshold) {
                z.detDontCare[size_t(d)] = 1;
                break;
            }
        }
    }
}

/// The order the image's detections are matched in: Auto decides on the image alone (evaluateDetections settles it
/// for the whole input before it gets here).
DetectionOrder matchingOrder(const EvalImage& image, const DetectionEvalOptions& options)
{
    if (options.order != DetectionOrder::Auto)
        return options.order;
    const bool confident = std::all_of(
        image.detections.begin(), image.detections.end(), [](const Region& r) { return r.hasConfidence(); });
    return confident ? DetectionOrder::Confidence : DetectionOrder::File;
}

/// Ranks the detections in the matching order: by confidence, the highest first, those without one last, and file
/// order among equals (the script's per-image sort of its results, stable as Python's sorted()); or file order.
void rankDetections(const EvalImage& image, DetectionOrder order, Scratch& z)
{
    const std::vector<Region>& dets = image.detections;
    z.detRank.resize(dets.size());
    std::iota(z.detRank.begin(), z.detRank.end(), 0);
    if (order != DetectionOrder::Confidence)
        return;
    std::vector<int> byConfidence(z.detRank);
    std::stable_sort(byConfidence.begin(), byConfidence.end(), [&](int x, int y) {
        const Region& a = dets[size_t(x)];
        const Region& b = dets[size_t(y)];
        if (a.hasConfidence() != b.hasConfidence())
            return a.hasConfidence();
        return a.hasConfidence() && a.confidence > b.confidence;
    });
    for (size_t k = 0; k < byConfidence.size(); ++k)
        z.detRank[size_t(byConfidence[k])] = int(k);
}

/// The matched pairs among care regions above the IoU: the script's greedy order, or the optimal assignment.
std::vector<RegionMatch> chooseMatches(const EvalImage& image, const DetectionEvalOptions& options, Scratch& z)
{
    const int gtCount = int(image.groundTruth.size());
    const int detCount = int(image.detections.size());
    // Candidate pairs above the IoU among care regions, found through the spatial grid of overlappingPairs.
    z.candidates.clear();
    if (gtCount > 0 && detCount > 0) {
        for (const RegionMatch& m : overlappingPairs(z.gtPolygons, z.detPolygons, options.iouThreshold)) {
            if (m.iou > options.iouThreshold && !image.groundTruth[size_t(m.a)].isDontCare()
                && !z.detDontCare[size_t(m.b)])
                z.candidates.push_back(m);
        }
    }
    if (options.matching == MatchingMethod::Hungarian)
        return assignMatches(z.candidates, gtCount, detCount);
    // The script's double loop (gt i, then its detections j in their order, both free) visits the candidates in
    // (i, rank of j) order.
    const std::vector<int>& rank = z.detRank;
    std::sort(z.candidates.begin(), z.candidates.end(), [&](const RegionMatch& x, const RegionMatch& y) {
        return std::make_pair(x.a, rank[size_t(x.b)]) < std::make_pair(y.a, rank[size_t(y.b)]);
    });
    std::vector<RegionMatch> chosen;
    std::vector<char> gtTaken(size_t(gtCount), 0), detTaken(size_t(detCount), 0);
    for (const RegionMatch& m : z.candidates) {
        if (gtTaken[size_t(m.a)] || detTaken[size_t(m.b)])
            continue;
        gtTaken[size_t(m.a)] = 1;
        detTaken[size_t(m.b)] = 1;
        chosen.push_back(m);
    }
    return chosen;
}

/// The matches with their recognition figures, indexed from both sides; the confusions go to `outcome`.
void recordMatches(const EvalImage& image, const DetectionEvalOptions& options, const std::vector<RegionMatch>& chosen,
    ImageEvaluation& out, ImageOutcome* outcome, Scratch& z)
{
    z.gtMatch.assign(image.groundTruth.size(), -1);
    z.detMatch.assign(image.detections.size(), -1);
    out.matches.reserve(chosen.size());
    for (const RegionMatch& m : chosen) {
        const Region& g = image.groundTruth[size_t(m.a)];
        const Region& d = image.detections[size_t(m.b)];
        const QString truth = options.ignoreCase ? g.text.toCaseFolded() : g.text;
        const QString detected = options.ignoreCase ? d.text.toCaseFolded() : d.text;
        EvalMatch em;
        em.groundTruth = m.a;
        em.detection = m.b;
        em.iou = m.iou;
        em.textEqual = truth == detected;
        em.charErrors = em.textEqual ? 0 : editDistance(truth, detected);
        z.gtMatch[size_t(m.a)] = int(out.matches.size());
        z.detMatch[size_t(m.b)] = int(out.matches.size());
        out.matches.push_back(em);
        if (outcome && !em.textEqual) {
            z.ops.clear();
            alignCodePoints(truth.toUcs4(), detected.toUcs4(), z.ops);
            for (const auto& [a, b] : z.ops)
                outcome->confusions.emplace_back(char32_t(a), char32_t(b));
        }
    }
}

/// What one care ground-truth word adds: found or not, and its recognition figures when found.
DetectionCounts groundTruthCounts(
    const EvalImage& image, const DetectionEvalOptions& options, const Region& r, const EvalMatch* m)
{
    DetectionCounts one;
    one.groundTruth = 1;
    if (!m)
        return one;
    const QString& detected = image.detections[size_t(m->detection)].text;
    one.matched = 1;
    one.iouSum = m->iou;
    one.textEqual = m->textEqual ? 1 : 0;
    one.charErrors = m->charErrors;
    one.charTotal = codePointLength(r.text);
    if (m->textEqual) {
        one.wordTotal = wordCount(r.text);
        return one;
    }
    const QString truthText = options.ignoreCase ? r.text.toCaseFolded() : r.text;
    const QString detectedText = options.ignoreCase ? detected.toCaseFolded() : detected;
    const auto truthWords = wordVector(truthText);
    const auto detectedWords = wordVector(detectedText);
    one.wordTotal = static_cast<long long>(truthWords.size());
    one.wordErrors = sequenceDistance(truthWords, detectedWords);
    return one;
}

/// Adds one region's counts to its slices (the keys touched are remembered in `touched`).
struct SliceTally {
    Scratch& z;
    std::uint32_t touched = 0; // region slice keys with counts in z.slices
    RegionKeys keys {};

    void add(const DetectionCounts& one)
    {
        for (const int k : keys) {
            if (!(touched & (1u << k))) {
                touched |= 1u << k;
                z.slices[size_t(k)] = {};
            }
            z.slices[size_t(k)].add(one);
        }
    }
    void markBins(ImageEvaluation& out) const
    {
        for (const int k : keys)
            out.regionBins |= 1u << k;
    }
};

/// Ground-truth side: recall and recognition, overall and per region slice.
void countGroundTruth(const EvalImage& image, const DetectionEvalOptions& options, ImageEvaluation& out,
    ImageOutcome* outcome, SliceTally& tally)
{
    const Scratch& z = tally.z;
    for (int g = 0; g < int(image.groundTruth.size()); ++g) {
        const Region& r = image.groundTruth[size_t(g)];
        if (r.isDontCare()) {
            ++out.counts.groundTruthDontCare;
            continue;
        }
        const int match = z.gtMatch[size_t(g)];
        const DetectionCounts one
            = groundTruthCounts(image, options, r, match >= 0 ? &out.matches[size_t(match)] : nullptr);
        if (match < 0)
            out.missed.push_back(g);
        out.counts.add(one);
        regionKeys(r, tally.keys);
        tally.markBins(out);
        if (outcome)
            tally.add(one);
    }
}

/// Detection side: precision per region slice, confidences.
void countDetections(const EvalImage& image, ImageEvaluation& out, ImageOutcome* outcome, SliceTally& tally)
{
    const Scratch& z = tally.z;
    for (int d = 0; d < int(image.detections.size()); ++d) {
        const Region& r = image.detections[size_t(d)];
        if (z.detDontCare[size_t(d)]) {
            ++out.counts.detectionsDontCare;
            out.dontCareDetections.push_back(d);
            // Set aside, yet still a region of the image that a slice's image list shows (unless flagged itself).
            if (!r.isDontCare()) {
                regionKeys(r, tally.keys);
                tally.markBins(out);
            }
            continue;
        }
        const bool matched = z.detMatch[size_t(d)] >= 0;
        DetectionCounts one;
        one.detections = 1;
        one.matchedDetections = matched ? 1 : 0;
        if (!matched)
            out.falsePositives.push_back(d);
        out.counts.add(one);
        regionKeys(r, tally.keys);
        if (!r.isDontCare())
            tally.markBins(out);
        if (!outcome)
            continue;
        tally.add(one);
        if (r.hasConfidence())
            outcome->scored.push_back({ r.confidence, matched });
        else
            outcome->confidenceMissing = true;
    }
}

/// The per-image kernel; `outcome` (when given) also receives what the image adds to the slices, the confidence
/// views and the confusions.
void evaluateOne(
    const EvalImage& image, const DetectionEvalOptions& options, ImageEvaluation& out, ImageOutcome* outcome)
{
    static thread_local Scratch scratch;
    Scratch& z = scratch;
    out.image = image.id;
    out.batch = image.batch;
    out.width = image.width;
    out.height = image.height;
    out.counts.images = 1;
    z.gtPolygons.clear();
    z.detPolygons.clear();
    for (const Region& r : image.groundTruth)
        z.gtPolygons.push_back(r.polygon);
    for (const Region& r : image.detections)
        z.detPolygons.push_back(r.polygon);

    setAsideDontCare(image, options, z);
    const DetectionOrder order = matchingOrder(image, options);
    rankDetections(image, order, z);
    recordMatches(image, options, chooseMatches(image, options, z), out, outcome, z);
    SliceTally tally { z };
    countGroundTruth(image, options, out, outcome, tally);
    countDetections(image, out, outcome, tally);
    std::sort(out.matches.begin(), out.matches.end(),
        [](const EvalMatch& x, const EvalMatch& y) { return x.groundTruth < y.groundTruth; });

    // The script's per-image special cases.
    const DetectionCounts& c = out.counts;
    if (c.groundTruth == 0) {
        out.recall = 1;
        out.precision = c.detections > 0 ? 0 : 1;
    } else {
        out.recall = c.recall();
        out.precision = c.precision();
    }
    out.hmean = harmonic(out.precision, out.recall);

    if (outcome) {
        outcome->order = order;
        outcome->addedAt = image.addedAt;
        for (int k = 0; k < DetectionEvalAccumulator::kRegionBins; ++k) {
            if (tally.touched & (1u << k))
                outcome->regionSlices.push_back({ k, z.slices[size_t(k)] });
        }
    }
}

/// Forwards cancel questions at once and progress at most every 1/256 of the work (and at the end), so that a
/// per-image report does not slow a cheap kernel down.
class ThrottledProgress : public Progress {
public:
    explicit ThrottledProgress(Progress& inner)
        : m_inner(inner)
    {
    }
    void report(std::int64_t done, std::int64_t total) override
    {
        if (done < total && (done - m_last) * 256 < total)
            return;
        m_last = done;
        m_inner.report(done, total);
    }
    bool isCanceled() const override { return m_inner.isCanceled(); }

private:
    Progress& m_inner;
    std::int64_t m_last = 0;
};

Error canceledError() { return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("evaluation canceled")); }

} // namespace

ImageEvaluation evaluateImage(const EvalImage& image, const DetectionEvalOptions& options)
{
    ImageEvaluation out;
    evaluateOne(image, options, out, nullptr);
    return out;
}

ImageOutcome evaluateImageOutcome(const EvalImage& image, const DetectionEvalOptions& options)
{
    ImageOutcome outcome;
    evaluateOne(image, options, outcome.evaluation, &outcome);
    return outcome;
}

Result<DetectionEvalReport> evaluateDetections(EvalImageSource& source, const DetectionEvalOptions& requested,
    Progress* progress, const ImageEvaluationObserver& observer)
{
    // One order for the whole run, as the script's CONFIDENCES switch is one for all its files.
    DetectionEvalOptions options = requested;
    if (options.order == DetectionOrder::Auto) {
        auto confident = source.everyDetectionHasConfidence();
        if (!confident)
            return std::move(confident).error();
        options.order = *confident ? DetectionOrder::Confidence : DetectionOrder::File;
    }
    DetectionEvalAccumulator accumulator(source.groundTruthName(), source.detectionName(), options);
    std::optional<ThrottledProgress> throttled;
    if (progress)
        throttled.emplace(*progress);
    const std::int64_t total = source.imageCount();
    std::int64_t done = 0;
    std::optional<Error> failure;
    for (;;) {
        auto chunk = source.nextChunk();
        if (!chunk)
            return std::move(chunk).error();
        if (chunk->count == 0)
            break;
        const EvalImage* images = chunk->images;
        ParallelOptions parallel;
        parallel.threads = options.threads;
        parallel.progress = throttled ? &*throttled : nullptr;
        parallel.progressBase = done;
        parallel.progressTotal = std::max(total, done + std::int64_t(chunk->count));
        const bool complete = parallelMap<ImageOutcome>(
            chunk->count, parallel, [&](std::size_t i, int) { return evaluateImageOutcome(images[i], options); },
            [&](std::size_t i, ImageOutcome&& outcome) {
                if (observer && !observer(images[i], outcome.evaluation)) {
                    failure = canceledError();
                    return false;
                }
                accumulator.add(std::move(outcome));
                // The calling thread reads the next chunk while the others evaluate this one.
                if (auto ahead = source.readAhead(); !ahead) {
                    failure = std::move(ahead).error();
                    return false;
                }
                return true;
            });
        if (failure)
            return *failure;
        if (!complete)
            return canceledError();
        done += std::int64_t(chunk->count);
    }
    if (progress) {
        if (progress->isCanceled())
            return canceledError();
        progress->report(done, std::max(total, done));
    }
    return accumulator.finish();
}

DetectionEvalReport evaluateDetections(const DetectionEvalInput& input, const DetectionEvalOptions& options)
{
    InMemoryEvalSource source(input);
    auto report = evaluateDetections(source, options);
    Q_ASSERT(report.has_value()); // an in-memory source neither fails nor is canceled without a progress
    return report ? std::move(report).value() : DetectionEvalReport {};
}

Result<DetectionEvalReport> evaluateDetections(
    const DetectionEvalInput& input, const DetectionEvalOptions& options, Progress& progress)
{
    InMemoryEvalSource source(input);
    return evaluateDetections(source, options, &progress);
}

const ImageSummary* findImageEvaluation(const DetectionEvalReport& report, ImageId image)
{
    for (const ImageSummary& e : report.perImage) {
        if (e.image == image)
            return &e;
    }
    return nullptr;
}

int regionSliceKey(const QString& dimension, const QString& bin)
{
    for (int d = 0; d < detail::kRegionDimensions; ++d) {
        if (detail::regionDimensionName(d) != dimension)
            continue;
        const int b = int(detail::regionDimensionBins(d).indexOf(bin));
        return b < 0 ? -1 : detail::regionSliceOffset(d) + b;
    }
    return -1;
}

std::vector<ImageId> imagesInSlice(const DetectionEvalReport& report, const QString& dimension, const QString& bin)
{
    std::vector<ImageId> out;
    const bool byBatch = dimension == QLatin1String("batch");
    const bool bySize = dimension == QLatin1String("image_size");
    const int key = byBatch || bySize ? -1 : regionSliceKey(dimension, bin);
    if (!byBatch && !bySize && key < 0)
        return out;
    for (const ImageSummary& e : report.perImage) {
        bool in = false;
        if (byBatch)
            in = e.regionBins != 0 && e.batch == bin;
        else if (bySize)
            in = e.regionBins != 0 && imageSizeBin(e.width, e.height) == bin;
        else
            in = (e.regionBins & (1u << key)) != 0;
        if (in)
            out.push_back(e.image);
    }
    return out;
}

std::vector<ConfidenceBin> confidenceHistogram(const DetectionEvalReport& report, int bins)
{
    bins = std::max(1, bins);
    std::vector<ConfidenceBin> out(static_cast<size_t>(bins));
    for (int b = 0; b < bins; ++b) {
        out[size_t(b)].lower = double(b) / bins;
        out[size_t(b)].upper = double(b + 1) / bins;
    }
    for (const ScoredDetection& s : report.scored) {
        const int b = std::clamp(int(std::floor(s.confidence * bins)), 0, bins - 1);
        (s.matched ? out[size_t(b)].matched : out[size_t(b)].unmatched)++;
    }
    return out;
}

namespace {

/// Calls point(index, p) for each point of the full curve, in order (one per distinct confidence, after the last
/// detection of that confidence), without keeping them: 5.7 million confidences would make a 275 MB curve.
template <typename OnPoint> void forEachCurvePoint(const DetectionEvalReport& report, OnPoint&& point)
{
    const long long groundTruth = report.totals.groundTruth;
    long long kept = 0, matched = 0;
    size_t index = 0;
    const auto& scored = report.scored;
    for (size_t n = 0; n < scored.size(); ++n) {
        ++kept;
        matched += scored[n].matched ? 1 : 0;
        if (n + 1 < scored.size() && scored[n + 1].confidence == scored[n].confidence)
            continue;
        ThresholdPoint p;
        p.threshold = scored[n].confidence;
        p.detections = kept;
        p.matched = matched;
        p.precision = ratio(double(matched), double(kept));
        p.recall = ratio(double(matched), double(groundTruth));
        p.hmean = harmonic(p.precision, p.recall);
        point(index++, p);
    }
}

} // namespace

std::vector<ThresholdPoint> precisionRecallCurve(const DetectionEvalReport& report, int maxPoints)
{
    std::vector<ThresholdPoint> curve;
    size_t count = 0;
    const auto& scored = report.scored;
    for (size_t n = 0; n < scored.size(); ++n)
        count += n + 1 == scored.size() || scored[n + 1].confidence != scored[n].confidence ? 1 : 0;
    if (maxPoints <= 1 || count <= size_t(maxPoints)) {
        curve.reserve(count);
        forEachCurvePoint(report, [&](size_t, const ThresholdPoint& p) { curve.push_back(p); });
        return curve;
    }
    // Thinned evenly: the points at round(k * step), the last point last, picked in one pass.
    std::vector<size_t> picks(static_cast<size_t>(maxPoints));
    const double step = double(count - 1) / double(maxPoints - 1);
    for (int k = 0; k < maxPoints; ++k)
        picks[size_t(k)] = size_t(std::llround(k * step));
    picks.back() = count - 1;
    curve.reserve(picks.size());
    size_t next = 0;
    forEachCurvePoint(report, [&](size_t index, const ThresholdPoint& p) {
        while (next < picks.size() && picks[next] == index) {
            curve.push_back(p);
            ++next;
        }
    });
    return curve;
}

ThresholdPoint bestThreshold(const DetectionEvalReport& report)
{
    ThresholdPoint best;
    bool any = false;
    forEachCurvePoint(report, [&](size_t, const ThresholdPoint& p) {
        if (!any || p.hmean > best.hmean) {
            best = p;
            any = true;
        }
    });
    return best;
}

ThresholdPoint bestThreshold(const std::vector<ThresholdPoint>& curve)
{
    ThresholdPoint best;
    bool any = false;
    for (const ThresholdPoint& p : curve) {
        if (!any || p.hmean > best.hmean) {
            best = p;
            any = true;
        }
    }
    return best;
}

} // namespace lector
