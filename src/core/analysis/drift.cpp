// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/drift.h>

#include <lector/analysis/distribution_builder.h>
#include <lector/analysis/drift_statistics.h>
#include <lector/core/parallel_for.h>
#include <lector/core/tr.h>
#include <lector/geometry/polygon.h>
#include <lector/metrics/agreement_report.h>
#include <lector/store/distribution_reader.h>
#include <lector/store/image_property_repository.h>
#include <lector/store/project_store.h>

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include "store/worker_connection.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <set>
#include <unordered_map>

#include <sys/stat.h>

namespace lector {

namespace {

constexpr std::size_t kMeasureBatch = 256;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// deepchecks' floor on a bin's share: PSI is judged at its threshold, so with its floor.
constexpr double kPsiFloor = 0.01;
constexpr int kFewDistinct = 5; // Evidently: a numerical column with this many distinct values or fewer is categorical

QString dayOf(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date().toString(Qt::ISODate);
}

double meanOf(const std::vector<double>& v)
{
    if (v.empty())
        return kNaN;
    double s = 0;
    for (const double x : v)
        s += x;
    return s / double(v.size());
}

// The median of sorted values.
double medianOf(const std::vector<double>& sorted)
{
    if (sorted.empty())
        return kNaN;
    const std::size_t n = sorted.size();
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

// The value at quantile q of sorted values (linear interpolation, as numpy's default).
double quantileOf(const std::vector<double>& sorted, double q)
{
    const double at = q * double(sorted.size() - 1);
    const auto low = std::size_t(std::floor(at));
    const std::size_t high = std::min(low + 1, sorted.size() - 1);
    return sorted[low] + (sorted[high] - sorted[low]) * (at - double(low));
}

QString number(double v)
{
    if (std::abs(v) >= 100 || v == std::round(v))
        return QString::number(v, 'f', 0);
    return QString::number(v, 'g', 3);
}

// Shares of both sides on `histogramBins` equal-width bins over the pooled 0.5-99.5 % range; values outside fall
// into the end bins.
void histogramOf(PropertyDrift& out, const std::vector<double>& a, const std::vector<double>& b, int bins)
{
    std::vector<double> pooled;
    pooled.reserve(a.size() + b.size());
    pooled.insert(pooled.end(), a.begin(), a.end());
    pooled.insert(pooled.end(), b.begin(), b.end());
    std::sort(pooled.begin(), pooled.end());
    double low = quantileOf(pooled, 0.005), high = quantileOf(pooled, 0.995);
    if (!(high > low)) {
        low = pooled.front();
        high = pooled.back() > low ? pooled.back() : low + 1;
    }
    bins = std::max(1, bins);
    const double width = (high - low) / bins;
    out.binEdges.clear();
    for (int k = 0; k <= bins; ++k)
        out.binEdges.push_back(low + width * k);
    auto shares = [&](const std::vector<double>& values) {
        std::vector<double> s(std::size_t(bins), 0.0);
        for (const double v : values) {
            const int k = std::clamp(int(std::floor((v - low) / width)), 0, bins - 1);
            s[std::size_t(k)] += 1;
        }
        for (double& x : s)
            x /= std::max<double>(1, double(values.size()));
        return s;
    };
    out.baselineShares = shares(a);
    out.currentShares = shares(b);
    out.bins.clear();
    for (int k = 0; k < bins; ++k)
        out.bins << number(out.binEdges[std::size_t(k)]);
}

bool tooFew(PropertyDrift& out, const DriftOptions& options)
{
    if (out.baselineCount >= options.minValues && out.currentCount >= options.minValues)
        return false;
    out.method = DriftMethod::None;
    out.note = Core::tr("too few values to judge (%1 and %2; at least %3 a side)")
                   .arg(out.baselineCount)
                   .arg(out.currentCount)
                   .arg(options.minValues);
    return true;
}

void judge(PropertyDrift& out, const DriftOptions& options)
{
    if (out.method == DriftMethod::KolmogorovSmirnov || out.method == DriftMethod::ChiSquared) {
        out.score = out.pValue;
        out.threshold = options.pValueThreshold;
        out.drifted = out.pValue < options.pValueThreshold;
    } else {
        out.score = out.distance;
        out.threshold = options.distanceThreshold;
        out.drifted = out.distance >= options.distanceThreshold;
    }
    out.psiDrifted = out.psi >= options.psiThreshold;
}

} // namespace

QString DriftSelection::label() const
{
    if (!batch.isEmpty())
        return batch;
    return dayOf(fromMs) + QStringLiteral("..") + dayOf(toMs - 1);
}

Result<DriftSelection> parseDriftSelection(const QString& text)
{
    static const QRegularExpression range(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    DriftSelection s;
    const QRegularExpressionMatch m = range.match(text.trimmed());
    if (m.hasMatch()) {
        const QDate from = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDate to = QDate::fromString(m.captured(2), Qt::ISODate);
        if (!from.isValid() || !to.isValid() || to < from)
            return LECTOR_ERROR(ErrorCode::InvalidArgument,
                Core::tr("'%1' is not a range of days (YYYY-MM-DD..YYYY-MM-DD, the first day not after the "
                         "last)")
                    .arg(text));
        s.fromMs = QDateTime(from, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        s.toMs = QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        return s;
    }
    s.batch = text.startsWith(QStringLiteral("batch:")) ? text.mid(6) : text;
    if (s.batch.isEmpty())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a drift side needs a batch name or a range of days"));
    return s;
}

QString driftMethodName(DriftMethod method)
{
    switch (method) {
    case DriftMethod::KolmogorovSmirnov:
        return QStringLiteral("ks");
    case DriftMethod::ChiSquared:
        return QStringLiteral("chi-squared");
    case DriftMethod::Wasserstein:
        return QStringLiteral("wasserstein");
    case DriftMethod::JensenShannon:
        return QStringLiteral("jensen-shannon");
    case DriftMethod::None:
        break;
    }
    return QStringLiteral("none");
}

QString PropertyDrift::verdict() const
{
    switch (method) {
    case DriftMethod::KolmogorovSmirnov:
    case DriftMethod::ChiSquared:
        return QStringLiteral("%1 p = %2 %3 %4")
            .arg(method == DriftMethod::KolmogorovSmirnov ? QStringLiteral("KS") : QStringLiteral("chi-squared"))
            .arg(QString::number(pValue, 'g', 2))
            .arg(drifted ? QStringLiteral("<") : QStringLiteral("≥"))
            .arg(threshold);
    case DriftMethod::Wasserstein:
    case DriftMethod::JensenShannon:
        return QStringLiteral("%1 %2 %3 %4")
            .arg(method == DriftMethod::Wasserstein ? Core::tr("Wasserstein (normed)")
                                                    : QStringLiteral("Jensen-Shannon"))
            .arg(QString::number(distance, 'f', 3))
            .arg(drifted ? QStringLiteral("≥") : QStringLiteral("<"))
            .arg(threshold);
    case DriftMethod::None:
        break;
    }
    return note;
}

PropertyDrift compareCategorical(const std::map<QString, std::int64_t>& baseline,
    const std::map<QString, std::int64_t>& current, const DriftOptions& options)
{
    PropertyDrift out;
    out.kind = DriftKind::Categorical;
    std::map<QString, std::int64_t> pooled;
    for (const auto& [k, n] : baseline) {
        out.baselineCount += n;
        pooled[k] += n;
    }
    for (const auto& [k, n] : current) {
        out.currentCount += n;
        pooled[k] += n;
    }
    out.baselineMean = out.currentMean = out.baselineMedian = out.currentMedian = kNaN;
    std::vector<QString> categories;
    for (const auto& [k, n] : pooled) {
        if (n > 0)
            categories.push_back(k);
    }
    // Display order: most common first (then by name), the rest beyond topCategories as "other".
    std::stable_sort(categories.begin(), categories.end(),
        [&](const QString& a, const QString& b) { return pooled[a] > pooled[b]; });
    auto countIn = [](const std::map<QString, std::int64_t>& m, const QString& k) {
        const auto it = m.find(k);
        return it == m.end() ? std::int64_t(0) : it->second;
    };
    std::vector<std::int64_t> a, b;
    std::vector<double> sa, sb;
    for (const QString& k : categories) {
        a.push_back(countIn(baseline, k));
        b.push_back(countIn(current, k));
        sa.push_back(double(a.back()) / std::max<double>(1, double(out.baselineCount)));
        sb.push_back(double(b.back()) / std::max<double>(1, double(out.currentCount)));
    }
    const std::size_t shown = std::min(categories.size(), std::size_t(std::max(1, options.topCategories)));
    for (std::size_t k = 0; k < categories.size(); ++k) {
        if (k < shown || categories.size() == shown + 1) {
            out.bins << categories[k];
            out.baselineShares.push_back(sa[k]);
            out.currentShares.push_back(sb[k]);
        } else {
            if (out.bins.size() == int(shown)) {
                out.bins << QStringLiteral("other");
                out.baselineShares.push_back(0);
                out.currentShares.push_back(0);
            }
            out.baselineShares.back() += sa[k];
            out.currentShares.back() += sb[k];
        }
    }
    if (categories.empty() || tooFew(out, options))
        return out;
    if (categories.size() < 2) {
        // One value on both sides (every scan of one size, say): nothing can have moved, and counting it would
        // only water down the dataset's share of drifted properties.
        out.note = Core::tr("one value on both sides (%1): nothing to compare").arg(categories.front());
        return out;
    }
    const ChiSquaredResult chi = chiSquaredHomogeneity(a, b);
    out.statistic = chi.statistic;
    out.pValue = chi.pValue;
    std::vector<double> ca(a.begin(), a.end()), cb(b.begin(), b.end());
    out.distance = jensenShannonDistance(ca, cb);
    out.psi = populationStabilityIndex(sa, sb, kPsiFloor);
    out.method = out.baselineCount <= options.smallSample ? DriftMethod::ChiSquared : DriftMethod::JensenShannon;
    judge(out, options);
    return out;
}

PropertyDrift compareContinuous(
    const std::vector<double>& baseline, const std::vector<double>& current, const DriftOptions& options)
{
    std::vector<double> a = baseline, b = current;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    // Evidently treats a numerical column with five distinct values or fewer as categorical.
    std::set<double> distinct;
    for (const std::vector<double>* side : { &a, &b }) {
        for (const double v : *side) {
            distinct.insert(v);
            if (distinct.size() > std::size_t(kFewDistinct))
                break;
        }
    }
    PropertyDrift out;
    if (!a.empty() && !b.empty() && distinct.size() <= std::size_t(kFewDistinct)) {
        std::map<QString, std::int64_t> ca, cb;
        for (const double v : a)
            ++ca[number(v)];
        for (const double v : b)
            ++cb[number(v)];
        out = compareCategorical(ca, cb, options);
        out.kind = DriftKind::Continuous;
    } else {
        out.kind = DriftKind::Continuous;
        out.baselineCount = std::int64_t(a.size());
        out.currentCount = std::int64_t(b.size());
        if (!a.empty() && !b.empty())
            histogramOf(out, a, b, options.histogramBins);
        if (!tooFew(out, options)) {
            const KsResult ks = ksTwoSample(a, b, KsMethod::Auto);
            out.statistic = ks.statistic;
            out.pValue = ks.pValue;
            out.distance = normedWassersteinDistance(a, b);
            // At least ten baseline values a bin on average, so that a small batch's empty bin does not decide it.
            const int bins = int(std::clamp<std::int64_t>(out.baselineCount / 10, 2, std::max(2, options.psiBins)));
            const std::vector<double> edges = quantileEdges(a, bins);
            out.psi = populationStabilityIndex(binShares(a, edges), binShares(b, edges), kPsiFloor);
            out.method
                = out.baselineCount <= options.smallSample ? DriftMethod::KolmogorovSmirnov : DriftMethod::Wasserstein;
            judge(out, options);
        }
    }
    out.baselineMean = meanOf(a);
    out.currentMean = meanOf(b);
    out.baselineMedian = medianOf(a);
    out.currentMedian = medianOf(b);
    return out;
}

const PropertyDrift* DriftReport::property(const QString& key) const
{
    for (const PropertyDrift& p : properties) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

QString DriftReport::verdict() const
{
    return Core::tr("%1: %2 of %3 properties drifted (share %4 %5 %6)")
        .arg(datasetDrift ? Core::tr("Dataset drift") : Core::tr("No dataset drift"))
        .arg(drifted)
        .arg(judged)
        .arg(QString::number(driftShare, 'f', 2))
        .arg(datasetDrift ? QStringLiteral("≥") : QStringLiteral("<"))
        .arg(datasetDriftShareThreshold);
}

QStringList driftPropertyKeys()
{
    return { QStringLiteral("brightness"), QStringLiteral("contrast"), QStringLiteral("sharpness"),
        QStringLiteral("skew"), QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("words_per_image"),
        QStringLiteral("box_height"), QStringLiteral("aspect_ratio"), QStringLiteral("text_length"),
        QStringLiteral("script"), QStringLiteral("characters"), QStringLiteral("confidence") };
}

namespace {

struct FileStamp {
    std::int64_t size = -1; // -1: missing
    std::int64_t mtimeMs = 0;
};

// One stat(2) a file (QFileInfo makes three): for 100,000 images the file system's part of a report.
FileStamp stampOf(const QString& path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return { std::int64_t(st.st_size), std::int64_t(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000 };
}

// updateImageProperties over the records `wanted` keeps (all of them when it is empty).
Result<std::map<ImageId, ImageProperties>> updateProperties(ProjectStore& store,
    const std::vector<ImageRecord>& records, const std::function<bool(const ImageRecord&)>& wanted,
    std::vector<DriftProblem>* problems, std::int64_t* measured, Progress* progress, int threads)
{
    ImagePropertyRepository repo(store);
    auto stored = repo.all();
    if (!stored)
        return std::move(stored).error();
    std::unordered_map<ImageId, StoredImageProperties> byImage;
    for (const StoredImageProperties& p : *stored)
        byImage.emplace(p.image, p);

    std::vector<const ImageRecord*> chosen;
    for (const ImageRecord& rec : records) {
        if (!wanted || wanted(rec))
            chosen.push_back(&rec);
    }
    // The files' sizes and times, on every core (path lookups cost CPU).
    std::vector<QString> paths(chosen.size());
    std::vector<FileStamp> stamps(chosen.size());
    ParallelOptions statOptions;
    statOptions.threads = threads;
    parallelFor(chosen.size(), statOptions, [&](std::size_t i, int) {
        paths[i] = store.absoluteImagePath(*chosen[i]);
        stamps[i] = stampOf(paths[i]);
    });

    std::map<ImageId, ImageProperties> out;
    std::vector<StoredImageProperties> todo;
    std::vector<QString> todoPaths;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const ImageId id = chosen[i]->id;
        if (stamps[i].size < 0) {
            if (problems)
                problems->push_back({ id, paths[i], Core::tr("the image is missing") });
            continue;
        }
        const StoredImageProperties row { id, stamps[i].size, stamps[i].mtimeMs, {} };
        const auto have = byImage.find(id);
        if (have != byImage.end() && have->second.fileSize == row.fileSize && have->second.fileMtime == row.fileMtime) {
            out.emplace(id, have->second.properties);
            continue;
        }
        todo.push_back(row);
        todoPaths.push_back(paths[i]);
    }

    std::int64_t done = 0;
    for (std::size_t first = 0; first < todo.size(); first += kMeasureBatch) {
        const std::size_t count = std::min(kMeasureBatch, todo.size() - first);
        std::vector<Result<ImageProperties>> results(count, Result<ImageProperties>(ImageProperties {}));
        ParallelOptions options;
        options.threads = threads;
        options.progress = progress;
        options.progressBase = std::int64_t(first);
        options.progressTotal = std::int64_t(todo.size());
        const bool complete = parallelFor(
            count, options, [&](std::size_t k, int) { results[k] = measureImageFile(todoPaths[first + k]); });
        if (!complete)
            return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("measuring the images was canceled"));
        std::vector<StoredImageProperties> rows;
        rows.reserve(count);
        for (std::size_t k = 0; k < count; ++k) {
            StoredImageProperties row = todo[first + k];
            if (!results[k]) {
                if (problems)
                    problems->push_back({ row.image, todoPaths[first + k], results[k].error().message });
                continue;
            }
            row.properties = *results[k];
            out.emplace(row.image, row.properties);
            rows.push_back(row);
        }
        // A read-only project is measured all the same, only not remembered.
        if (!store.isReadOnly())
            LECTOR_TRY(repo.put(rows));
        done += std::int64_t(rows.size());
    }
    if (measured)
        *measured = done;
    if (problems) {
        std::sort(problems->begin(), problems->end(),
            [](const DriftProblem& a, const DriftProblem& b) { return a.image < b.image; });
    }
    return out;
}

} // namespace

Result<std::map<ImageId, ImageProperties>> updateImageProperties(ProjectStore& store,
    const std::vector<ImageId>& images, std::vector<DriftProblem>* problems, std::int64_t* measured, Progress* progress,
    int threads)
{
    auto records = store.images();
    if (!records)
        return std::move(records).error();
    const std::set<ImageId> wanted(images.begin(), images.end());
    return updateProperties(
        store, *records, [&](const ImageRecord& r) { return wanted.empty() || wanted.count(r.id) > 0; }, problems,
        measured, progress, threads);
}

namespace {

// What one side of the comparison collects, continuous values and category counts by property key.
struct SideSamples {
    std::map<QString, std::vector<double>> values;
    std::map<QString, std::map<QString, std::int64_t>> counts;
    std::unordered_map<char32_t, std::int64_t> characters;
    std::int64_t images = 0;
};

struct PropertyInfo {
    const char* key;
    const char* label; // QT_TRANSLATE_NOOP'd in "Core", as title: translated where it becomes PropertyDrift::label
    const char* title; // QT_TRANSLATE_NOOP'd in "Core": translated where it becomes PropertyDrift::title
    const char* group;
    bool categorical;
};

constexpr PropertyInfo kProperties[] = {
    { "brightness", QT_TRANSLATE_NOOP("Core", "brightness"),
        QT_TRANSLATE_NOOP("Core", "Brightness (mean intensity, 0–255)"), "image", false },
    { "contrast", QT_TRANSLATE_NOOP("Core", "contrast"), QT_TRANSLATE_NOOP("Core", "Contrast (intensity deviation)"),
        "image", false },
    { "sharpness", QT_TRANSLATE_NOOP("Core", "sharpness"),
        QT_TRANSLATE_NOOP("Core", "Sharpness (Laplacian variance; low is blurred)"), "image", false },
    { "skew", QT_TRANSLATE_NOOP("Core", "skew"), QT_TRANSLATE_NOOP("Core", "Skew (degrees)"), "image", false },
    { "width", QT_TRANSLATE_NOOP("Core", "width"), QT_TRANSLATE_NOOP("Core", "Image width (px)"), "image", false },
    { "height", QT_TRANSLATE_NOOP("Core", "height"), QT_TRANSLATE_NOOP("Core", "Image height (px)"), "image", false },
    { "words_per_image", QT_TRANSLATE_NOOP("Core", "words per image"), QT_TRANSLATE_NOOP("Core", "Words per image"),
        "labels", false },
    { "box_height", QT_TRANSLATE_NOOP("Core", "box height"),
        QT_TRANSLATE_NOOP("Core", "Box height (px, an image's median)"), "labels", false },
    { "aspect_ratio", QT_TRANSLATE_NOOP("Core", "aspect ratio"),
        QT_TRANSLATE_NOOP("Core", "Box aspect ratio (width / height, an image's median)"), "labels", false },
    { "text_length", QT_TRANSLATE_NOOP("Core", "text length"),
        QT_TRANSLATE_NOOP("Core", "Text length (characters, an image's mean)"), "labels", false },
    { "script", QT_TRANSLATE_NOOP("Core", "script"), QT_TRANSLATE_NOOP("Core", "Script (words)"), "labels", true },
    { "characters", QT_TRANSLATE_NOOP("Core", "characters"), QT_TRANSLATE_NOOP("Core", "Characters"), "labels", true },
    { "confidence", QT_TRANSLATE_NOOP("Core", "confidence"),
        QT_TRANSLATE_NOOP("Core", "Prediction confidence (an image's mean)"), "predictions", false },
};

Result<void> selectionSide(const DriftSelection& s, const QStringList& batches, const QString& path)
{
    if (!s.batch.isEmpty() && !batches.contains(s.batch)) {
        QStringList known = batches;
        known.removeAll(QString());
        QString list = known.isEmpty() ? Core::tr("none") : known.mid(0, 8).join(QStringLiteral(", "));
        if (known.size() > 8)
            list += Core::tr(", … (%1 in all)").arg(known.size());
        return LECTOR_ERROR(
            ErrorCode::NotFound, Core::tr("the project has no batch '%1' (its batches: %2)").arg(s.batch, list))
            .at(path);
    }
    return {};
}

bool inSelection(const DriftSelection& s, const ImageRecord& r)
{
    return s.batch.isEmpty() ? r.addedAt >= s.fromMs && r.addedAt < s.toMs : r.batch == s.batch;
}

// Code points of UTF-8 text (malformed bytes count as one each), calling `each` for every one.
template <typename F> void forEachCodePoint(std::string_view text, F each)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 0;
        if (extra > 0 && i + std::size_t(extra) >= text.size())
            extra = 0;
        char32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k <= extra; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + std::size_t(k)]) & 0x3F);
        each(cp);
        i += std::size_t(extra) + 1;
    }
}

// What one image's labels add up to: words on an image share its font and layout, so the unit the label
// properties are compared in is the image (one value each), as the image properties are, not the word.
struct ImageLabels {
    std::vector<float> heights;
    std::vector<float> aspects;
    double length = 0;
    std::int64_t words = 0;
    std::set<AnnotatorId> annotators;
};

// What one reader of the labels adds up (a share of the annotation ids).
struct LabelShare {
    std::unordered_map<ImageId, ImageLabels> byImage;
    std::unordered_map<char32_t, std::int64_t> characters[2];
    std::map<QString, std::int64_t> scripts[2];
    std::int64_t badPolygons = 0;
};

Result<void> readLabelShare(ProjectStore& connection, std::optional<AnnotatorId> annotator,
    DistributionReader::IdRange range, const std::vector<std::int8_t>& side, LabelShare& into, Progress* progress)
{
    std::string points;
    return DistributionReader(connection)
        .forEachLabel(
            annotator, range,
            [&](const DistributionLabelRow& row) {
                if (row.image < 0 || std::size_t(row.image) >= side.size() || side[std::size_t(row.image)] < 0)
                    return;
                const int k = side[std::size_t(row.image)] == 1 ? 1 : 0; // 0 baseline, 1 current
                points.assign(row.points);
                const std::optional<Polygon> polygon = Polygon::parse(points);
                if (!polygon) {
                    ++into.badPolygons;
                    return;
                }
                ImageLabels& image = into.byImage[row.image];
                ++image.words;
                image.annotators.insert(row.annotator);
                const auto [along, across] = DistributionBuilder::wordSize(*polygon);
                image.heights.push_back(float(across));
                if (across > 0)
                    image.aspects.push_back(float(along / across));
                std::int64_t length = 0;
                forEachCodePoint(row.text, [&](char32_t cp) {
                    ++length;
                    if (cp != U' ' && cp != U'\t')
                        ++into.characters[k][cp];
                });
                image.length += double(length);
                ++into.scripts[k][scriptBin(QString::fromUtf8(row.text.data(), qsizetype(row.text.size())))];
            },
            progress);
}

// Only asks the caller's progress whether to stop (report() is for the calling thread alone).
class CancelOnly : public Progress {
public:
    explicit CancelOnly(Progress* outer)
        : m_outer(outer)
    {
    }
    void report(std::int64_t, std::int64_t) override { }
    bool isCanceled() const override { return m_outer && m_outer->isCanceled(); }

private:
    Progress* m_outer;
};

Result<void> readLabels(ProjectStore& store, std::optional<AnnotatorId> annotator, const std::vector<std::int8_t>& side,
    SideSamples* sides, int wantedReaders, Progress* progress)
{
    DistributionReader reader(store);
    auto ids = reader.labelIds();
    if (!ids)
        return std::move(ids).error();
    // A big project's labels are split by id among readers, each on a connection of its own (reading the store is
    // most of the report), as the distribution reads them.
    constexpr std::int64_t kLabelsPerReader = 200'000;
    const std::int64_t span = ids->last >= ids->first ? ids->last - ids->first + 1 : 0;
    const std::int64_t automatic
        = std::min<std::int64_t>(span / kLabelsPerReader, parallelThreads(ParallelOptions {}, std::size_t(16)));
    const int readers = int(
        std::clamp<std::int64_t>(std::min<std::int64_t>(wantedReaders > 0 ? wantedReaders : automatic, span), 1, 16));
    std::vector<LabelShare> shares(static_cast<std::size_t>(readers));
    LECTOR_TRY(detail::runOnShareConnections(
        store, readers, nullptr, [&](ProjectStore& connection, std::size_t t, bool onCaller) {
            const DistributionReader::IdRange range { ids->first + span * std::int64_t(t) / readers,
                ids->first + span * std::int64_t(t + 1) / readers - 1 };
            CancelOnly cancel(progress);
            return readLabelShare(connection, annotator, range, side, shares[t], onCaller ? progress : &cancel);
        }));
    std::unordered_map<ImageId, ImageLabels> byImage = std::move(shares.front().byImage);
    std::int64_t badPolygons = 0;
    for (std::size_t t = 0; t < shares.size(); ++t) {
        LabelShare& share = shares[t];
        badPolygons += share.badPolygons;
        for (int k = 0; k < 2; ++k) {
            for (const auto& [cp, n] : share.characters[k])
                sides[k].characters[cp] += n;
            auto& scripts = sides[k].counts[QStringLiteral("script")];
            for (const auto& [bin, n] : share.scripts[k])
                scripts[bin] += n;
        }
        if (t == 0)
            continue;
        // An image's labels may lie in two shares: their words are put together.
        for (auto& [id, part] : share.byImage) {
            ImageLabels& image = byImage[id];
            image.heights.insert(image.heights.end(), part.heights.begin(), part.heights.end());
            image.aspects.insert(image.aspects.end(), part.aspects.begin(), part.aspects.end());
            image.length += part.length;
            image.words += part.words;
            image.annotators.insert(part.annotators.begin(), part.annotators.end());
        }
    }
    if (badPolygons > 0)
        return LECTOR_ERROR(ErrorCode::Parse,
            Core::tr("%1: %2 stored regions have unreadable geometry").arg(store.path()).arg(badPolygons));
    auto median = [](std::vector<float>& v) {
        const std::size_t n = v.size();
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(n / 2), v.end());
        const double high = v[n / 2];
        if (n % 2)
            return high;
        return (double(*std::max_element(v.begin(), v.begin() + std::ptrdiff_t(n / 2))) + high) / 2;
    };
    // In image order, so that the values (and a tie's order) do not depend on the hash map's.
    std::vector<ImageId> order;
    order.reserve(byImage.size());
    for (const auto& entry : byImage)
        order.push_back(entry.first);
    std::sort(order.begin(), order.end());
    for (const ImageId id : order) {
        ImageLabels& image = byImage[id];
        auto& values = sides[side[std::size_t(id)]].values;
        values[QStringLiteral("words_per_image")].push_back(double(image.words) / double(image.annotators.size()));
        values[QStringLiteral("box_height")].push_back(median(image.heights));
        if (!image.aspects.empty())
            values[QStringLiteral("aspect_ratio")].push_back(median(image.aspects));
        values[QStringLiteral("text_length")].push_back(image.length / double(image.words));
    }
    return {};
}

// The characters compared: the topCharacters most frequent of both sides together, the rest pooled as "other".
void characterCounts(SideSamples* sides, int top)
{
    std::unordered_map<char32_t, std::int64_t> pooled;
    for (int k = 0; k < 2; ++k) {
        for (const auto& [cp, n] : sides[k].characters)
            pooled[cp] += n;
    }
    std::vector<std::pair<char32_t, std::int64_t>> order(pooled.begin(), pooled.end());
    std::sort(order.begin(), order.end(),
        [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    std::unordered_map<char32_t, QString> kept;
    for (std::size_t i = 0; i < order.size() && i < std::size_t(std::max(1, top)); ++i) {
        const char32_t cp = order[i].first;
        kept.emplace(cp, QString::fromUcs4(&cp, 1));
    }
    for (int k = 0; k < 2; ++k) {
        auto& counts = sides[k].counts[QStringLiteral("characters")];
        for (const auto& [cp, n] : sides[k].characters) {
            const auto it = kept.find(cp);
            counts[it == kept.end() ? QStringLiteral("other") : it->second] += n;
        }
    }
}

} // namespace

Result<DriftReport> computeDrift(ProjectStore& store, const DriftSelection& baseline, const DriftSelection& current,
    const DriftOptions& options, Progress* progress)
{
    if (baseline.batch == current.batch && baseline.fromMs == current.fromMs && baseline.toMs == current.toMs)
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("the baseline and the current batch are the same (%1)").arg(baseline.label()))
            .at(store.path());
    auto batches = store.batches();
    if (!batches)
        return std::move(batches).error();
    LECTOR_TRY(selectionSide(baseline, *batches, store.path()));
    LECTOR_TRY(selectionSide(current, *batches, store.path()));
    std::optional<AnnotatorId> annotator;
    if (!options.annotator.isEmpty()) {
        auto all = store.annotators();
        if (!all)
            return std::move(all).error();
        for (const Annotator& a : *all) {
            if (a.name == options.annotator)
                annotator = a.id;
        }
        if (!annotator)
            return LECTOR_ERROR(
                ErrorCode::NotFound, Core::tr("the project has no annotator '%1'").arg(options.annotator))
                .at(store.path());
    }
    auto runs = store.runs();
    if (!runs)
        return std::move(runs).error();
    std::optional<ModelRun> run;
    for (const ModelRun& r : *runs) {
        if (options.run.isEmpty() ? (!run || r.createdAt >= run->createdAt) : r.name == options.run)
            run = r;
    }
    if (!options.run.isEmpty() && !run)
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("the project has no run '%1'").arg(options.run))
            .at(store.path());

    auto records = store.images();
    if (!records)
        return std::move(records).error();
    DriftReport report;
    report.baseline = baseline;
    report.current = current;
    report.datasetDriftShareThreshold = options.datasetDriftShare;
    report.run = run ? run->name : QString();
    std::vector<std::int8_t> side;
    SideSamples sides[2];
    for (const ImageRecord& r : *records) {
        const int k = inSelection(baseline, r) ? 0 : inSelection(current, r) ? 1 : -1;
        if (k < 0)
            continue;
        if (side.size() <= std::size_t(r.id))
            side.resize(std::size_t(r.id) + 1, -1);
        side[std::size_t(r.id)] = std::int8_t(k);
        (k == 0 ? report.baselineIds : report.currentIds).push_back(r.id);
        ++sides[k].images;
        sides[k].values[QStringLiteral("width")].push_back(r.width);
        sides[k].values[QStringLiteral("height")].push_back(r.height);
    }
    report.baselineImages = sides[0].images;
    report.currentImages = sides[1].images;
    for (int k = 0; k < 2; ++k) {
        if (sides[k].images == 0)
            return LECTOR_ERROR(ErrorCode::InvalidArgument,
                Core::tr("%1: no image of the project is in %2")
                    .arg(store.path(), (k == 0 ? baseline : current).label()));
    }

    auto measured = updateProperties(
        store, *records,
        [&](const ImageRecord& r) { return std::size_t(r.id) < side.size() && side[std::size_t(r.id)] >= 0; },
        &report.problems, &report.measured, progress, 0);
    if (!measured)
        return std::move(measured).error();
    for (const auto& [image, p] : *measured) {
        SideSamples& s = sides[side[std::size_t(image)]];
        s.values[QStringLiteral("brightness")].push_back(p.brightness);
        s.values[QStringLiteral("contrast")].push_back(p.contrast);
        s.values[QStringLiteral("sharpness")].push_back(p.sharpness);
        s.values[QStringLiteral("skew")].push_back(p.skew);
    }
    LECTOR_TRY(readLabels(store, annotator, side, sides, options.labelReaders, progress));
    characterCounts(sides, options.topCharacters);
    if (run) {
        LECTOR_PREPARE(q, store.database(),
            "SELECT image_id, confidence FROM predictions WHERE run_id = ? AND confidence IS NOT NULL");
        q.bind(1, run->id);
        std::map<ImageId, std::pair<double, std::int64_t>> confidence; // sum and count, per image
        LECTOR_TRY(q.forEachRow([&] {
            const ImageId image = q.columnInt64(0);
            if (image >= 0 && std::size_t(image) < side.size() && side[std::size_t(image)] >= 0) {
                auto& c = confidence[image];
                c.first += q.columnDouble(1);
                ++c.second;
            }
        }));
        for (const auto& [image, c] : confidence)
            sides[side[std::size_t(image)]].values[QStringLiteral("confidence")].push_back(c.first / double(c.second));
    }
    if (progress && progress->isCanceled())
        return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("the drift report was canceled"));

    for (const PropertyInfo& info : kProperties) {
        const QString key = QString::fromLatin1(info.key);
        PropertyDrift p = info.categorical ? compareCategorical(sides[0].counts[key], sides[1].counts[key], options)
                                           : compareContinuous(sides[0].values[key], sides[1].values[key], options);
        p.key = key;
        p.label = QCoreApplication::translate("Core", info.label);
        p.title = QCoreApplication::translate("Core", info.title);
        p.group = QString::fromLatin1(info.group);
        if (key == QLatin1String("confidence") && !run)
            p.note = Core::tr("the project has no prediction run");
        if (p.judged()) {
            ++report.judged;
            report.drifted += p.drifted ? 1 : 0;
        }
        report.properties.push_back(std::move(p));
    }
    report.driftShare = report.judged > 0 ? double(report.drifted) / report.judged : 0;
    report.datasetDrift = report.judged > 0 && report.driftShare >= options.datasetDriftShare;
    return report;
}

} // namespace lector
