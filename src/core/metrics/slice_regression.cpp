// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/slice_regression.h>

#include <lector/core/parallel_for.h>
#include <lector/metrics/agreement_report.h>

#include <algorithm>
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

RegressionReport compareRuns(
    const DetectionEvalInput& baseline, const DetectionEvalInput& current, const RegressionOptions& options)
{
    RegressionReport report;
    report.run = current.detectionName;
    report.baselineRun = baseline.detectionName;
    report.groundTruth = baseline.groundTruthName;
    report.resamples = options.resamples;
    report.confidence = options.confidence;
    // Each run's detection order settled as a whole evaluation settles it, then every image scored again with its
    // slices (the report keeps only pooled slices; the bootstrap needs them per image).
    const DetectionEvalOptions orderBase = evaluateDetections(baseline, options.eval).options;
    const DetectionEvalOptions orderCurrent = evaluateDetections(current, options.eval).options;
    const std::vector<SliceName> regionNames = regionSliceNames();
    SliceIndex index;
    index.of(QStringLiteral("all"), QString());
    const std::size_t n = std::min(baseline.images.size(), current.images.size());
    std::vector<std::vector<Cell>> perImage(n);
    std::vector<ImageOutcome> outcomes[2] = { std::vector<ImageOutcome>(n), std::vector<ImageOutcome>(n) };
    ParallelOptions parallel;
    parallel.threads = options.eval.threads;
    for (int side = 0; side < 2; ++side) {
        const DetectionEvalInput& input = side == 0 ? baseline : current;
        const DetectionEvalOptions& o = side == 0 ? orderBase : orderCurrent;
        parallelFor(
            n, parallel, [&](std::size_t i, int) { outcomes[side][i] = evaluateImageOutcome(input.images[i], o); });
    }
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
    const std::size_t slices = index.names().size();
    // Point estimates, and the paired bootstrap: the same resampled images for both runs.
    struct Sums {
        long long groundTruth = 0;
        long long matched[2] = { 0, 0 };
        long long textEqual[2] = { 0, 0 };
        int images = 0;
    };
    std::vector<Sums> total(slices);
    for (const auto& cells : perImage)
        for (const Cell& c : cells) {
            Sums& s = total[static_cast<std::size_t>(c.slice)];
            s.groundTruth += c.groundTruth;
            s.images += 1;
            for (int side = 0; side < 2; ++side) {
                s.matched[side] += c.matched[side];
                s.textEqual[side] += c.textEqual[side];
            }
        }
    const int resamples = std::max(options.resamples, 0);
    std::vector<std::vector<double>> deltas[2]
        = { std::vector<std::vector<double>>(slices), std::vector<std::vector<double>>(slices) };
    std::mt19937_64 rng(options.seed);
    std::vector<Sums> sums(slices);
    for (int b = 0; b < resamples && n > 0; ++b) {
        std::fill(sums.begin(), sums.end(), Sums {});
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = static_cast<std::size_t>(rng() % n);
            for (const Cell& c : perImage[i]) {
                Sums& s = sums[static_cast<std::size_t>(c.slice)];
                s.groundTruth += c.groundTruth;
                for (int side = 0; side < 2; ++side) {
                    s.matched[side] += c.matched[side];
                    s.textEqual[side] += c.textEqual[side];
                }
            }
        }
        for (std::size_t s = 0; s < slices; ++s) {
            if (sums[s].groundTruth == 0)
                continue; // the slice is absent from this resample: no change to measure
            deltas[0][s].push_back(
                ratio(sums[s].matched[1], sums[s].groundTruth) - ratio(sums[s].matched[0], sums[s].groundTruth));
            deltas[1][s].push_back(
                ratio(sums[s].textEqual[1], sums[s].groundTruth) - ratio(sums[s].textEqual[0], sums[s].groundTruth));
        }
    }
    // Percentile interval, with numpy's default (linear) interpolation between order statistics.
    const double alpha = (1 - options.confidence) / 2;
    auto percentile = [](std::vector<double>& v, double q) {
        std::sort(v.begin(), v.end());
        const double at = q * double(v.size() - 1);
        const std::size_t lo = static_cast<std::size_t>(std::floor(at));
        const std::size_t hi = std::min(lo + 1, v.size() - 1);
        return v[lo] + (at - double(lo)) * (v[hi] - v[lo]);
    };
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
            std::vector<double>& d = deltas[metric][s];
            if (d.empty()) {
                c.low = c.high = c.delta;
            } else {
                c.low = percentile(d, alpha);
                c.high = percentile(d, 1 - alpha);
            }
            const bool enough = t.groundTruth >= options.minGroundTruth && !d.empty();
            c.regressed = enough && c.high < 0;
            c.improved = enough && c.low > 0;
            report.changes.push_back(c);
        }
    }
    // "all" first, then batch, image size and the region slices in the order they were first met; stable.
    std::stable_sort(report.changes.begin(), report.changes.end(), [](const SliceChange& a, const SliceChange& b) {
        auto rank = [](const QString& d) {
            if (d == QLatin1String("all"))
                return 0;
            const int at = static_cast<int>(regionDimensions().indexOf(d));
            return d == QLatin1String("batch") ? 1 : d == QLatin1String("image_size") ? 2 : 3 + std::max(at, 0);
        };
        if (rank(a.dimension) != rank(b.dimension))
            return rank(a.dimension) < rank(b.dimension);
        if (a.dimension != QLatin1String("batch") && a.dimension != QLatin1String("image_size")) {
            const QStringList bins = regionBins(a.dimension);
            if (bins.indexOf(a.bin) != bins.indexOf(b.bin))
                return bins.indexOf(a.bin) < bins.indexOf(b.bin);
        } else if (a.bin != b.bin) {
            return a.bin < b.bin;
        }
        return a.metric == QLatin1String("recall") && b.metric != QLatin1String("recall");
    });
    return report;
}

Result<RegressionReport> compareRuns(const ProjectStore& store, const EvalSource& groundTruth, const QString& run,
    const QString& baselineRun, const RegressionOptions& options, Progress* progress)
{
    auto base = loadDetectionEvalInput(store, groundTruth, EvalSource::run(baselineRun));
    LECTOR_TRY(base);
    if (progress && progress->isCanceled())
        return LECTOR_ERROR(ErrorCode::Canceled, QStringLiteral("comparison canceled"));
    auto current = loadDetectionEvalInput(store, groundTruth, EvalSource::run(run));
    LECTOR_TRY(current);
    if (progress && progress->isCanceled())
        return LECTOR_ERROR(ErrorCode::Canceled, QStringLiteral("comparison canceled"));
    return compareRuns(*base, *current, options);
}

} // namespace lector
