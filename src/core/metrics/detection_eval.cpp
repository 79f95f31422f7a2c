// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/detection_eval.h>

#include <lector/metrics/agreement_report.h>
#include <lector/metrics/edit_distance.h>
#include <lector/metrics/polygon_iou.h>
#include <lector/metrics/region_matching.h>

#include <QHash>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>
#include <thread>

namespace lector {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double ratio(double num, double den) { return den > 0 ? num / den : 0; }
double harmonic(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

// Slice dimensions: the first five are per region (ground truth for recall, detections for precision), the last two
// per image. The region bins are those of the agreement report, in its display order.
enum Dimension { DimHeight, DimAspect, DimRotation, DimTextLength, DimScript, DimBatch, DimImageSize, DimCount };
const char* const kDimensionNames[DimCount]
    = { "height", "aspect", "rotation", "text_length", "script", "batch", "image_size" };
/// The region dimensions' bins, from the agreement report (one definition of the bins for both reports). Made on
/// first use, not at static initialisation, which would depend on the order of the translation units.
const QStringList& regionDimensionBins(int dimension)
{
    static const std::array<QStringList, 5> bins { regionBins(QStringLiteral("height")),
        regionBins(QStringLiteral("aspect")), regionBins(QStringLiteral("rotation")),
        regionBins(QStringLiteral("text_length")), regionBins(QStringLiteral("script")) };
    return bins[static_cast<size_t>(dimension)];
}
const QStringList kImageSizeBins { QStringLiteral("<640"), QStringLiteral("640-1280"), QStringLiteral("1280-2560"),
    QStringLiteral(">=2560"), QStringLiteral("unknown") };

int indexIn(const QStringList& bins, const QString& bin)
{
    const int i = int(bins.indexOf(bin));
    Q_ASSERT(i >= 0);
    return std::max(i, 0);
}

int imageSizeIndex(int width, int height)
{
    const int side = std::max(width, height);
    if (width <= 0 || height <= 0)
        return 4;
    return side < 640 ? 0 : side < 1280 ? 1 : side < 2560 ? 2 : 3;
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

/// Confusion key: two code points (0 for none) in one integer.
quint64 confusionKey(uint truth, uint detected) { return (quint64(truth) << 32) | detected; }

QString codePointText(uint c)
{
    if (c == 0)
        return {};
    const char32_t cp = c;
    return QString::fromUcs4(&cp, 1);
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

/// Everything a worker thread adds up; merged once at the end.
struct Partial {
    DetectionCounts totals;
    std::vector<DetectionCounts> slices; // by slice key
    QHash<quint64, long long> confusions;
    bool confidenceMissing = false;
};

} // namespace

QString matchingMethodName(MatchingMethod method)
{
    return method == MatchingMethod::Hungarian ? QStringLiteral("hungarian") : QStringLiteral("greedy");
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

QString imageSizeBin(int width, int height) { return kImageSizeBins[imageSizeIndex(width, height)]; }

std::vector<CharConfusion> alignCharacters(const QString& truth, const QString& detected)
{
    std::vector<std::pair<uint, uint>> ops;
    alignCodePoints(truth.toUcs4(), detected.toUcs4(), ops);
    std::vector<CharConfusion> out;
    out.reserve(ops.size());
    for (const auto& [t, d] : ops)
        out.push_back({ codePointText(t), codePointText(d), 1 });
    return out;
}

namespace {

/// The evaluation; with a progress, images are counted as they are done and workers stop once it is canceled
/// (the partial report is then thrown away by the caller).
DetectionEvalReport evaluate(const DetectionEvalInput& input, const DetectionEvalOptions& options, Progress* progress)
{
    DetectionEvalReport report;
    report.groundTruthName = input.groundTruthName;
    report.detectionName = input.detectionName;
    report.options = options;
    const size_t imageCount = input.images.size();

    // Batches in import order: by their first image's time added, then its id.
    std::vector<int> batchOfImage(imageCount);
    {
        QHash<QString, int> index;
        for (size_t i = 0; i < imageCount; ++i) {
            const EvalImage& image = input.images[i];
            auto it = index.constFind(image.batch);
            if (it == index.constEnd()) {
                it = index.insert(image.batch, int(report.perBatch.size()));
                report.perBatch.push_back({ image.batch, image.id, image.addedAt, {} });
            }
            BatchEvaluation& b = report.perBatch[size_t(*it)];
            if (std::make_pair(image.addedAt, image.id) < std::make_pair(b.firstAddedAt, b.firstImage)) {
                b.firstAddedAt = image.addedAt;
                b.firstImage = image.id;
            }
            batchOfImage[i] = *it;
        }
    }
    const int batchCount = int(report.perBatch.size());

    std::array<int, DimCount> sliceOffset {};
    std::array<int, DimCount> binCount {};
    for (int d = DimHeight; d <= DimScript; ++d)
        binCount[size_t(d)] = int(regionDimensionBins(d).size());
    binCount[DimBatch] = batchCount;
    binCount[DimImageSize] = int(kImageSizeBins.size());
    int sliceKeys = 0;
    for (int d = 0; d < DimCount; ++d) {
        sliceOffset[d] = sliceKeys;
        sliceKeys += binCount[d];
    }
    const auto regionKeys = [&](const Region& r, std::array<int, DimScript + 1>& keys) {
        const auto key = [&](int d, const QString& bin) { return sliceOffset[size_t(d)] + indexIn(regionDimensionBins(d), bin); };
        keys[DimHeight] = key(DimHeight, heightBin(r.polygon));
        keys[DimAspect] = key(DimAspect, aspectBin(r.polygon));
        keys[DimRotation] = key(DimRotation, rotationBin(r.polygon));
        keys[DimTextLength] = key(DimTextLength, textLengthBin(r.text));
        keys[DimScript] = key(DimScript, scriptBin(r.text));
    };

    report.perImage.resize(imageCount);
    std::vector<std::vector<ScoredDetection>> scoredPerImage(imageCount);
    const unsigned threads = std::max(1u, std::min(std::thread::hardware_concurrency(), 16u));
    std::vector<Partial> partials(threads);

    std::atomic<std::int64_t> done { 0 };
    std::atomic<bool> canceled { false };
    const auto work = [&](unsigned t) {
        Partial& part = partials[t];
        part.slices.assign(size_t(sliceKeys), {});
        std::vector<Polygon> gtPolygons, detPolygons;
        std::vector<double> detArea;
        std::vector<char> detDontCare;
        std::vector<int> gtMatch, detMatch; // index into matches, or -1
        std::vector<RegionMatch> candidates;
        std::vector<std::pair<uint, uint>> ops;
        std::array<int, DimScript + 1> keys {};
        for (size_t i = t; i < imageCount; i += threads) {
            if (progress) {
                // Only the calling thread (t == 0) talks to the progress; the others just watch the flag.
                const std::int64_t n = done.fetch_add(1, std::memory_order_relaxed) + 1;
                if (t == 0 && (n % 256 == 0 || i < threads)) {
                    progress->report(n, std::int64_t(imageCount));
                    if (progress->isCanceled())
                        canceled.store(true, std::memory_order_relaxed);
                }
                if (canceled.load(std::memory_order_relaxed))
                    return;
            }
            const EvalImage& image = input.images[i];
            ImageEvaluation& out = report.perImage[i];
            out.image = image.id;
            out.batch = image.batch;
            DetectionCounts& c = out.counts;
            c.images = 1;
            const int gtCount = int(image.groundTruth.size());
            const int detCount = int(image.detections.size());

            gtPolygons.clear();
            detPolygons.clear();
            for (const Region& r : image.groundTruth)
                gtPolygons.push_back(r.polygon);
            for (const Region& r : image.detections)
                detPolygons.push_back(r.polygon);

            // Detections more than half inside one don't-care ground truth are set aside (the first such region
            // decides, as in the script).
            detDontCare.assign(size_t(detCount), 0);
            detArea.resize(size_t(detCount));
            std::vector<int> dontCareGt;
            for (int g = 0; g < gtCount; ++g) {
                if (image.groundTruth[size_t(g)].isDontCare())
                    dontCareGt.push_back(g);
            }
            for (int d = 0; d < detCount; ++d) {
                detArea[size_t(d)] = detPolygons[size_t(d)].area();
                if (dontCareGt.empty() || !(detArea[size_t(d)] > 0))
                    continue;
                const BoxF db = detPolygons[size_t(d)].boundingBox();
                for (const int g : dontCareGt) {
                    const BoxF gb = gtPolygons[size_t(g)].boundingBox();
                    if (gb.x1 <= db.x0 || db.x1 <= gb.x0 || gb.y1 <= db.y0 || db.y1 <= gb.y0)
                        continue;
                    const double inside = polygonIntersectionArea(gtPolygons[size_t(g)], detPolygons[size_t(d)]);
                    if (inside / detArea[size_t(d)] > options.dontCareAreaThreshold) {
                        detDontCare[size_t(d)] = 1;
                        break;
                    }
                }
            }

            // Candidate pairs above the IoU among care regions, found through the spatial grid of overlappingPairs.
            candidates.clear();
            if (gtCount > 0 && detCount > 0) {
                for (const RegionMatch& m : overlappingPairs(gtPolygons, detPolygons, options.iouThreshold)) {
                    if (m.iou > options.iouThreshold && !image.groundTruth[size_t(m.a)].isDontCare()
                        && !detDontCare[size_t(m.b)])
                        candidates.push_back(m);
                }
            }
            std::vector<RegionMatch> chosen;
            if (options.matching == MatchingMethod::Hungarian) {
                chosen = assignMatches(candidates, gtCount, detCount);
            } else {
                // The script's double loop (gt i, then det j, both free) visits the candidates in (i, j) order.
                std::sort(candidates.begin(), candidates.end(),
                    [](const RegionMatch& x, const RegionMatch& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
                std::vector<char> gtTaken(size_t(gtCount), 0), detTaken(size_t(detCount), 0);
                for (const RegionMatch& m : candidates) {
                    if (gtTaken[size_t(m.a)] || detTaken[size_t(m.b)])
                        continue;
                    gtTaken[size_t(m.a)] = 1;
                    detTaken[size_t(m.b)] = 1;
                    chosen.push_back(m);
                }
            }

            gtMatch.assign(size_t(gtCount), -1);
            detMatch.assign(size_t(detCount), -1);
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
                gtMatch[size_t(m.a)] = int(out.matches.size());
                detMatch[size_t(m.b)] = int(out.matches.size());
                out.matches.push_back(em);
                if (!em.textEqual) {
                    ops.clear();
                    alignCodePoints(truth.toUcs4(), detected.toUcs4(), ops);
                    for (const auto& [a, b] : ops)
                        ++part.confusions[confusionKey(a, b)];
                }
            }

            // Ground-truth side: recall and recognition, overall and per region slice.
            for (int g = 0; g < gtCount; ++g) {
                const Region& r = image.groundTruth[size_t(g)];
                if (r.isDontCare()) {
                    ++c.groundTruthDontCare;
                    continue;
                }
                DetectionCounts one;
                one.groundTruth = 1;
                if (gtMatch[size_t(g)] >= 0) {
                    const EvalMatch& m = out.matches[size_t(gtMatch[size_t(g)])];
                    const QString& detected = image.detections[size_t(m.detection)].text;
                    one.matched = 1;
                    one.iouSum = m.iou;
                    one.textEqual = m.textEqual ? 1 : 0;
                    one.charErrors = m.charErrors;
                    one.charTotal = codePointLength(r.text);
                    if (m.textEqual) {
                        one.wordTotal = wordCount(r.text);
                    } else {
                        const QString truthText = options.ignoreCase ? r.text.toCaseFolded() : r.text;
                        const QString detectedText = options.ignoreCase ? detected.toCaseFolded() : detected;
                        const auto truthWords = wordVector(truthText);
                        const auto detectedWords = wordVector(detectedText);
                        one.wordTotal = static_cast<long long>(truthWords.size());
                        one.wordErrors = sequenceDistance(truthWords, detectedWords);
                    }
                } else {
                    out.missed.push_back(g);
                }
                c.add(one);
                regionKeys(r, keys);
                for (const int k : keys)
                    part.slices[size_t(k)].add(one);
            }

            // Detection side: precision per region slice, confidences.
            std::vector<ScoredDetection>& scored = scoredPerImage[i];
            for (int d = 0; d < detCount; ++d) {
                const Region& r = image.detections[size_t(d)];
                if (detDontCare[size_t(d)]) {
                    ++c.detectionsDontCare;
                    out.dontCareDetections.push_back(d);
                    continue;
                }
                const bool matched = detMatch[size_t(d)] >= 0;
                DetectionCounts one;
                one.detections = 1;
                one.matchedDetections = matched ? 1 : 0;
                if (!matched)
                    out.falsePositives.push_back(d);
                c.add(one);
                regionKeys(r, keys);
                for (const int k : keys)
                    part.slices[size_t(k)].add(one);
                if (r.hasConfidence())
                    scored.push_back({ r.confidence, matched });
                else
                    part.confidenceMissing = true;
            }
            std::sort(out.matches.begin(), out.matches.end(),
                [](const EvalMatch& x, const EvalMatch& y) { return x.groundTruth < y.groundTruth; });

            // The script's per-image special cases.
            if (c.groundTruth == 0) {
                out.recall = 1;
                out.precision = c.detections > 0 ? 0 : 1;
            } else {
                out.recall = c.recall();
                out.precision = c.precision();
            }
            out.hmean = harmonic(out.precision, out.recall);

            part.totals.add(c);
            part.slices[size_t(sliceOffset[DimBatch] + batchOfImage[i])].add(c);
            part.slices[size_t(sliceOffset[DimImageSize] + imageSizeIndex(image.width, image.height))].add(c);
        }
    };
    if (threads == 1 || imageCount < 64) {
        for (unsigned t = 0; t < threads; ++t)
            work(t);
    } else {
        std::vector<std::thread> pool;
        for (unsigned t = 1; t < threads; ++t)
            pool.emplace_back(work, t);
        work(0);
        for (std::thread& th : pool)
            th.join();
    }
    if (canceled.load())
        return report;

    // Merge.
    std::vector<DetectionCounts> slices(static_cast<size_t>(sliceKeys));
    QHash<quint64, long long> confusions;
    bool confidenceMissing = false;
    for (const Partial& part : partials) {
        report.totals.add(part.totals);
        for (int k = 0; k < sliceKeys && !part.slices.empty(); ++k)
            slices[size_t(k)].add(part.slices[size_t(k)]);
        for (auto it = part.confusions.constBegin(); it != part.confusions.constEnd(); ++it)
            confusions[it.key()] += it.value();
        confidenceMissing = confidenceMissing || part.confidenceMissing;
    }
    for (size_t i = 0; i < imageCount; ++i)
        report.perBatch[size_t(batchOfImage[i])].counts.add(report.perImage[i].counts);
    std::sort(report.perBatch.begin(), report.perBatch.end(), [](const BatchEvaluation& x, const BatchEvaluation& y) {
        return std::make_pair(x.firstAddedAt, x.firstImage) < std::make_pair(y.firstAddedAt, y.firstImage);
    });

    // Slices in display order; batch bins in import order too.
    const auto binName = [&](int d, int b) -> QString {
        switch (d) {
        case DimHeight:
        case DimAspect:
        case DimRotation:
        case DimTextLength:
        case DimScript:
            return regionDimensionBins(d)[b];
        case DimImageSize:
            return kImageSizeBins[b];
        default:
            return {};
        }
    };
    for (int d = 0; d < DimCount; ++d) {
        if (d == DimBatch) {
            for (const BatchEvaluation& b : report.perBatch)
                report.perSlice.push_back({ QString::fromLatin1(kDimensionNames[d]), b.batch, b.counts });
            continue;
        }
        for (int b = 0; b < binCount[d]; ++b) {
            const DetectionCounts& s = slices[size_t(sliceOffset[d] + b)];
            if (s.groundTruth + s.detections + s.images == 0)
                continue;
            report.perSlice.push_back({ QString::fromLatin1(kDimensionNames[d]), binName(d, b), s });
        }
    }

    // Confidences, highest first; ties keep image and detection order.
    size_t scoredCount = 0;
    for (const auto& s : scoredPerImage)
        scoredCount += s.size();
    report.scored.reserve(scoredCount);
    for (const auto& s : scoredPerImage)
        report.scored.insert(report.scored.end(), s.begin(), s.end());
    std::stable_sort(report.scored.begin(), report.scored.end(),
        [](const ScoredDetection& x, const ScoredDetection& y) { return x.confidence > y.confidence; });
    if (confidenceMissing) {
        report.averagePrecision = kNaN;
    } else {
        // compute_ap of the script: precision at each correct detection, summed, over the care ground truth.
        double ap = 0;
        long long correct = 0;
        for (size_t n = 0; n < report.scored.size(); ++n) {
            if (report.scored[n].matched) {
                ++correct;
                ap += double(correct) / double(n + 1);
            }
        }
        report.averagePrecision = report.totals.groundTruth > 0 ? ap / double(report.totals.groundTruth) : ap;
    }

    report.confusions.reserve(size_t(confusions.size()));
    for (auto it = confusions.constBegin(); it != confusions.constEnd(); ++it)
        report.confusions.push_back(
            { codePointText(uint(it.key() >> 32)), codePointText(uint(it.key() & 0xffffffffu)), it.value() });
    std::sort(report.confusions.begin(), report.confusions.end(), [](const CharConfusion& x, const CharConfusion& y) {
        if (x.count != y.count)
            return x.count > y.count;
        return std::tie(x.truth, x.detected) < std::tie(y.truth, y.detected);
    });
    return report;
}

} // namespace

DetectionEvalReport evaluateDetections(const DetectionEvalInput& input, const DetectionEvalOptions& options)
{
    return evaluate(input, options, nullptr);
}

Result<DetectionEvalReport> evaluateDetections(
    const DetectionEvalInput& input, const DetectionEvalOptions& options, Progress& progress)
{
    DetectionEvalReport report = evaluate(input, options, &progress);
    if (progress.isCanceled())
        return LECTOR_ERROR(ErrorCode::Canceled, QStringLiteral("evaluation canceled"));
    progress.report(std::int64_t(input.images.size()), std::int64_t(input.images.size()));
    return report;
}

const ImageEvaluation* findImageEvaluation(const DetectionEvalReport& report, ImageId image)
{
    for (const ImageEvaluation& e : report.perImage) {
        if (e.image == image)
            return &e;
    }
    return nullptr;
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

std::vector<ThresholdPoint> precisionRecallCurve(const DetectionEvalReport& report, int maxPoints)
{
    std::vector<ThresholdPoint> curve;
    const long long groundTruth = report.totals.groundTruth;
    long long kept = 0, matched = 0;
    const auto& scored = report.scored;
    for (size_t n = 0; n < scored.size(); ++n) {
        ++kept;
        matched += scored[n].matched ? 1 : 0;
        // One point per distinct confidence: after the last detection of that confidence.
        if (n + 1 < scored.size() && scored[n + 1].confidence == scored[n].confidence)
            continue;
        ThresholdPoint p;
        p.threshold = scored[n].confidence;
        p.detections = kept;
        p.matched = matched;
        p.precision = ratio(double(matched), double(kept));
        p.recall = ratio(double(matched), double(groundTruth));
        p.hmean = harmonic(p.precision, p.recall);
        curve.push_back(p);
    }
    if (maxPoints > 1 && int(curve.size()) > maxPoints) {
        std::vector<ThresholdPoint> thin;
        thin.reserve(size_t(maxPoints));
        const double step = double(curve.size() - 1) / double(maxPoints - 1);
        for (int k = 0; k < maxPoints; ++k)
            thin.push_back(curve[size_t(std::llround(k * step))]);
        thin.back() = curve.back();
        curve = std::move(thin);
    }
    return curve;
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
