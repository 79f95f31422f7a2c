// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/slice_regression.h>

#include <lector/core/parallel_for.h>
#include <lector/core/tr.h>
#include <lector/metrics/agreement_report.h>
#include <lector/metrics/in_memory_eval_source.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <random>

namespace lector {

namespace {

/// What the two figures need of a slice on one image, for both runs.
struct Cell {
    int slice = 0;
    long long groundTruth = 0;
    long long matched[2] = { 0, 0 }; // baseline, current
    long long textEqual[2] = { 0, 0 };
};

struct SliceName {
    QString dimension;
    QString bin;
};

/// The region slices in regionSliceKey's numbering.
std::vector<SliceName> regionSliceNames()
{
    std::vector<SliceName> out;
    for (const QString& d : regionDimensions())
        for (const QString& b : regionBins(d))
            out.push_back({ d, b });
    return out;
}

class SliceIndex {
public:
    int of(const QString& dimension, const QString& bin)
    {
        const auto key = std::pair { dimension, bin };
        const auto it = m_index.find(key);
        if (it != m_index.end())
            return it->second;
        m_names.push_back({ dimension, bin });
        return m_index[key] = static_cast<int>(m_names.size()) - 1;
    }
    const std::vector<SliceName>& names() const { return m_names; }

private:
    std::map<std::pair<QString, QString>, int> m_index;
    std::vector<SliceName> m_names;
};

void addCounts(std::map<int, Cell>& cells, int slice, const DetectionCounts& c, int side)
{
    Cell& cell = cells[slice];
    cell.slice = slice;
    if (side == 0)
        cell.groundTruth = c.groundTruth; // the ground truth is the same for both runs
    cell.matched[side] += c.matched;
    cell.textEqual[side] += c.textEqual;
}

double ratio(long long a, long long b) { return b > 0 ? double(a) / double(b) : 0.0; }

} // namespace

std::vector<SliceChange> RegressionReport::regressions() const
{
    std::vector<SliceChange> out;
    for (const SliceChange& c : changes)
        if (c.regressed)
            out.push_back(c);
    std::stable_sort(
        out.begin(), out.end(), [](const SliceChange& a, const SliceChange& b) { return a.delta < b.delta; });
    return out;
}

namespace {

/// Counts of a slice summed over images, for both runs.
struct Sums {
    long long groundTruth = 0;
    long long matched[2] = { 0, 0 };
    long long textEqual[2] = { 0, 0 };
    int images = 0;
    void add(const Cell& c)
    {
        groundTruth += c.groundTruth;
        images += 1;
        for (int side = 0; side < 2; ++side) {
            matched[side] += c.matched[side];
            textEqual[side] += c.textEqual[side];
        }
    }
};

/// Every image's slices with ground truth, both runs' counts side by side: each image scored with its slices (a
/// report keeps only pooled slices; the bootstrap needs them per image), in the order a whole evaluation settles.
std::vector<std::vector<Cell>> cellsPerImage(const DetectionEvalInput& baseline, const DetectionEvalInput& current,
    const RegressionOptions& options, SliceIndex& index)
{
    const std::vector<SliceName> regionNames = regionSliceNames();
    const std::size_t n = std::min(baseline.images.size(), current.images.size());
    std::vector<ImageOutcome> outcomes[2] = { std::vector<ImageOutcome>(n), std::vector<ImageOutcome>(n) };
    ParallelOptions parallel;
    parallel.threads = options.eval.threads;
    for (int side = 0; side < 2; ++side) {
        const DetectionEvalInput& input = side == 0 ? baseline : current;
        // The order a whole evaluation would settle on (see DetectionOrder::Auto), asked of the same source.
        DetectionEvalOptions settled = options.eval;
        if (settled.order == DetectionOrder::Auto) {
            InMemoryEvalSource source(input);
            const auto confident = source.everyDetectionHasConfidence();
            settled.order = confident && *confident ? DetectionOrder::Confidence : DetectionOrder::File;
        }
        parallelFor(n, parallel,
            [&](std::size_t i, int) { outcomes[side][i] = evaluateImageOutcome(input.images[i], settled); });
    }
    std::vector<std::vector<Cell>> perImage(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::map<int, Cell> cells;
        const EvalImage& image = baseline.images[i];
        for (int side = 0; side < 2; ++side) {
            const ImageOutcome& outcome = outcomes[side][i];
            const DetectionCounts& all = outcome.evaluation.counts;
            addCounts(cells, 0, all, side);
            addCounts(cells, index.of(QStringLiteral("batch"), image.batch), all, side);
            addCounts(
                cells, index.of(QStringLiteral("image_size"), imageSizeBin(image.width, image.height)), all, side);
            for (const RegionSliceCounts& r : outcome.regionSlices) {
                if (r.bin < 0 || r.bin >= static_cast<int>(regionNames.size()))
                    continue;
                const SliceName& name = regionNames[static_cast<std::size_t>(r.bin)];
                addCounts(cells, index.of(name.dimension, name.bin), r.counts, side);
            }
        }
        for (auto& [slice, cell] : cells)
            if (cell.groundTruth > 0)
                perImage[i].push_back(cell);
    }
    return perImage;
}

/// The paired bootstrap: for each resample of the images (the same for both runs), each slice's change of recall
/// ([0]) and word accuracy ([1]). A slice absent from a resample has no change in it.
std::array<std::vector<std::vector<double>>, 2> bootstrapDeltas(
    const std::vector<std::vector<Cell>>& perImage, std::size_t slices, const RegressionOptions& options)
{
    std::array<std::vector<std::vector<double>>, 2> deltas { std::vector<std::vector<double>>(slices),
        std::vector<std::vector<double>>(slices) };
    const std::size_t n = perImage.size();
    std::mt19937_64 rng(options.seed);
    std::vector<Sums> sums(slices);
    for (int b = 0; b < options.resamples && n > 0; ++b) {
        std::fill(sums.begin(), sums.end(), Sums {});
        for (std::size_t k = 0; k < n; ++k)
            for (const Cell& c : perImage[static_cast<std::size_t>(rng() % n)])
                sums[static_cast<std::size_t>(c.slice)].add(c);
        for (std::size_t s = 0; s < slices; ++s) {
            const Sums& t = sums[s];
            if (t.groundTruth == 0)
                continue;
            deltas[0][s].push_back(ratio(t.matched[1], t.groundTruth) - ratio(t.matched[0], t.groundTruth));
            deltas[1][s].push_back(ratio(t.textEqual[1], t.groundTruth) - ratio(t.textEqual[0], t.groundTruth));
        }
    }
    return deltas;
}

/// The q-quantile with numpy's default (linear) interpolation between order statistics; sorts `v`.
double percentile(std::vector<double>& v, double q)
{
    std::sort(v.begin(), v.end());
    const double at = std::clamp(q, 0.0, 1.0) * double(v.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(at));
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (at - double(lo)) * (v[hi] - v[lo]);
}

int dimensionRank(const QString& d)
{
    if (d == QLatin1String("all"))
        return 0;
    if (d == QLatin1String("batch"))
        return 1;
    if (d == QLatin1String("image_size"))
        return 2;
    return 3 + std::max(static_cast<int>(regionDimensions().indexOf(d)), 0);
}

/// "all" first, then batch, image size and the region slices in the evaluation's order, recall before accuracy.
bool changeBefore(const SliceChange& a, const SliceChange& b)
{
    if (dimensionRank(a.dimension) != dimensionRank(b.dimension))
        return dimensionRank(a.dimension) < dimensionRank(b.dimension);
    if (a.bin != b.bin) {
        if (dimensionRank(a.dimension) <= 2)
            return a.bin < b.bin;
        const QStringList bins = regionBins(a.dimension);
        return bins.indexOf(a.bin) < bins.indexOf(b.bin);
    }
    return a.metric == QLatin1String("recall") && b.metric != QLatin1String("recall");
}

} // namespace

RegressionReport compareRuns(
    const DetectionEvalInput& baseline, const DetectionEvalInput& current, const RegressionOptions& options)
{
    RegressionReport report;
    report.run = current.detectionName;
    report.baselineRun = baseline.detectionName;
    report.groundTruth = baseline.groundTruthName;
    report.resamples = std::max(options.resamples, 0);
    report.confidence = options.confidence;
    SliceIndex index;
    index.of(QStringLiteral("all"), QString());
    const std::vector<std::vector<Cell>> perImage = cellsPerImage(baseline, current, options, index);
    const std::size_t slices = index.names().size();
    std::vector<Sums> total(slices);
    for (const auto& cells : perImage)
        for (const Cell& c : cells)
            total[static_cast<std::size_t>(c.slice)].add(c);
    auto deltas = bootstrapDeltas(perImage, slices, options);
    const double alpha = (1 - options.confidence) / 2;
    for (std::size_t s = 0; s < slices; ++s) {
        const Sums& t = total[s];
        if (t.groundTruth == 0)
            continue;
        for (int metric = 0; metric < 2; ++metric) {
            SliceChange c;
            c.dimension = index.names()[s].dimension;
            c.bin = index.names()[s].bin;
            c.metric = metric == 0 ? QStringLiteral("recall") : QStringLiteral("word_accuracy");
            const long long* counts = metric == 0 ? t.matched : t.textEqual;
            c.baseline = ratio(counts[0], t.groundTruth);
            c.current = ratio(counts[1], t.groundTruth);
            c.delta = c.current - c.baseline;
            c.groundTruth = t.groundTruth;
            c.images = t.images;
            std::vector<double>& d = deltas[static_cast<std::size_t>(metric)][s];
            c.low = d.empty() ? c.delta : percentile(d, alpha);
            c.high = d.empty() ? c.delta : percentile(d, 1 - alpha);
            const bool enough = t.groundTruth >= options.minGroundTruth && !d.empty();
            c.regressed = enough && c.high < 0;
            c.improved = enough && c.low > 0;
            report.changes.push_back(c);
        }
    }
    std::stable_sort(report.changes.begin(), report.changes.end(), changeBefore);
    return report;
}

Result<RegressionReport> compareRuns(const ProjectStore& store, const EvalSource& groundTruth, const QString& run,
    const QString& baselineRun, const RegressionOptions& options, Progress* progress)
{
    auto base = loadDetectionEvalInput(store, groundTruth, EvalSource::run(baselineRun));
    LECTOR_TRY(base);
    if (progress && progress->isCanceled())
        return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("comparison canceled"));
    auto current = loadDetectionEvalInput(store, groundTruth, EvalSource::run(run));
    LECTOR_TRY(current);
    if (progress && progress->isCanceled())
        return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("comparison canceled"));
    return compareRuns(*base, *current, options);
}

} // namespace lector
