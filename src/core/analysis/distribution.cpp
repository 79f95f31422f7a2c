// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/distribution.h>

#include <lector/analysis/distribution_builder.h>
#include <lector/core/parallel_for.h>
#include <lector/core/tr.h>
#include <lector/store/distribution_reader.h>
#include <lector/store/project_store.h>

#include "store/worker_connection.h"

#include <QLocale>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <optional>
#include <string>

namespace lector {

namespace {

/// How a bar reads in a sentence: "box height 8–16 px".
QString barPhrase(const QString& dimension, const QString& bin)
{
    struct Phrase {
        const char* dimension;
        const char* noun; // QT_TRANSLATE_NOOP'd in "Core", as is the suffix " characters" (the units are not)
        const char* suffix;
    };
    static const Phrase kPhrases[] = {
        { "batch", QT_TRANSLATE_NOOP("Core", "batch"), "" },
        { "split", QT_TRANSLATE_NOOP("Core", "split"), "" },
        { "image_size", QT_TRANSLATE_NOOP("Core", "image size"), " px" },
        { "megapixels", QT_TRANSLATE_NOOP("Core", "image size"), " MP" },
        { "words_per_image", QT_TRANSLATE_NOOP("Core", "words per image"), "" },
        { "box_height", QT_TRANSLATE_NOOP("Core", "box height"), " px" },
        { "box_width", QT_TRANSLATE_NOOP("Core", "box width"), " px" },
        { "aspect_ratio", QT_TRANSLATE_NOOP("Core", "aspect ratio"), "" },
        { "rotation", QT_TRANSLATE_NOOP("Core", "rotation"), "°" },
        { "text_length", QT_TRANSLATE_NOOP("Core", "transcription length"), QT_TRANSLATE_NOOP("Core", " characters") },
        { "script", QT_TRANSLATE_NOOP("Core", "script"), "" },
        { "annotator", QT_TRANSLATE_NOOP("Core", "annotator"), "" },
        { "guideline_version", QT_TRANSLATE_NOOP("Core", "guideline version"), "" },
    };
    for (const Phrase& p : kPhrases) {
        if (dimension == QLatin1String(p.dimension))
            return QStringLiteral("%1 %2%3").arg(
                QCoreApplication::translate("Core", p.noun), bin, QCoreApplication::translate("Core", p.suffix));
    }
    if (dimension.startsWith(QLatin1String("characters_")))
        return Core::tr("%1 character “%2”").arg(dimension.mid(11), bin);
    return QStringLiteral("%1 %2").arg(dimension, bin);
}

} // namespace

std::int64_t DistributionHistogram::total() const
{
    return std::accumulate(bins.begin(), bins.end(), std::int64_t(0),
        [](std::int64_t sum, const DistributionBin& b) { return sum + b.count; });
}

int DistributionHistogram::binIndex(const QString& label) const
{
    for (size_t i = 0; i < bins.size(); ++i) {
        if (bins[i].label == label)
            return int(i);
    }
    return -1;
}

const DistributionHistogram* Distribution::histogram(const QString& dimension) const
{
    for (const DistributionHistogram& h : histograms) {
        if (h.dimension == dimension)
            return &h;
    }
    return nullptr;
}

std::vector<ImageId> Distribution::imagesBehind(const QString& dimension, const QString& bin) const
{
    const DistributionHistogram* h = histogram(dimension);
    return h ? imagesBehind(dimension, h->binIndex(bin)) : std::vector<ImageId> {};
}

std::vector<ImageId> Distribution::imagesBehind(const QString& dimension, int binIndex) const
{
    const DistributionHistogram* h = histogram(dimension);
    if (!h || binIndex < 0 || binIndex >= int(h->bins.size()))
        return {};
    return h->bins[size_t(binIndex)].images;
}

QString Distribution::describe(const QString& dimension, int binIndex) const
{
    const DistributionHistogram* h = histogram(dimension);
    if (!h || binIndex < 0 || binIndex >= int(h->bins.size()))
        return {};
    const DistributionBin& b = h->bins[size_t(binIndex)];
    const QLocale c = QLocale::c();
    const QString images = (b.images.size() == 1 ? Core::tr("%1 image") : Core::tr("%1 images"))
                               .arg(c.toString(qlonglong(b.images.size())));
    const QString phrase = barPhrase(dimension, b.label);
    if (h->unit == QLatin1String("images"))
        return QStringLiteral("%1: %2").arg(phrase, images);
    const bool one = b.count == 1;
    QString counted;
    if (h->unit == QLatin1String("boxes"))
        counted = one ? Core::tr("%1 box") : Core::tr("%1 boxes");
    else if (h->unit == QLatin1String("labels"))
        counted = one ? Core::tr("%1 label") : Core::tr("%1 labels");
    else
        counted = one ? Core::tr("%1 occurrence") : Core::tr("%1 occurrences");
    return Core::tr("%1: %2 on %3").arg(phrase, counted.arg(c.toString(qlonglong(b.count))), images);
}

QString DistributionHistogram::unitLabel() const
{
    // What the bars count, for an axis: every unit computeDistribution() gives.
    static constexpr KeyName kUnits[] = {
        { "images", QT_TRANSLATE_NOOP("Core", "images") },
        { "boxes", QT_TRANSLATE_NOOP("Core", "boxes") },
        { "labels", QT_TRANSLATE_NOOP("Core", "labels") },
        { "characters", QT_TRANSLATE_NOOP("Core", "characters") },
    };
    return translatedName("Core", unit, kUnits);
}

QStringList distributionDimensions()
{
    return { QStringLiteral("batch"), QStringLiteral("split"), QStringLiteral("image_size"),
        QStringLiteral("megapixels"), QStringLiteral("words_per_image"), QStringLiteral("box_height"),
        QStringLiteral("box_width"), QStringLiteral("aspect_ratio"), QStringLiteral("rotation"),
        QStringLiteral("text_length"), QStringLiteral("script"), QStringLiteral("characters_latin"),
        QStringLiteral("characters_hangul"), QStringLiteral("characters_digits"), QStringLiteral("characters_symbols"),
        QStringLiteral("characters_other"), QStringLiteral("annotator"), QStringLiteral("guideline_version") };
}

Result<Distribution> computeDistribution(ProjectStore& store, const DistributionOptions& options, Progress* progress)
{
    auto annotators = store.annotators();
    if (!annotators)
        return std::move(annotators).error();
    std::optional<AnnotatorId> only;
    if (!options.annotator.isEmpty()) {
        for (const Annotator& a : *annotators) {
            if (a.name == options.annotator)
                only = a.id;
        }
        if (!only)
            return LECTOR_ERROR(ErrorCode::NotFound,
                Core::tr("%1: there is no annotator named “%2”").arg(store.path(), options.annotator));
    }
    DistributionBuilder builder(options);
    builder.setAnnotators(*annotators);
    DistributionReader reader(store);
    LECTOR_TRY(reader.forEachImage([&](const ImageRecord& image) { builder.addImage(image); }));
    auto ids = reader.labelIds();
    if (!ids)
        return std::move(ids).error();

    // Big projects are read in parallel: one share of the annotation ids per thread, each on its own connection
    // (WAL lets them read side by side) with its own builder, merged at the end in share order. The calling thread
    // (worker 0) reads on `store` and relays everyone's progress; a cancel reaches the others through `canceled`.
    const std::int64_t span = ids->last - ids->first + 1;
    constexpr std::int64_t kLabelsPerThread = 250'000;
    const int cores = parallelThreads(ParallelOptions {}, std::size_t(16)); // one per core, at most 16
    const std::int64_t wanted = options.threads > 0
        ? options.threads
        : std::min<std::int64_t>(span / kLabelsPerThread, options.maxThreads > 0 ? options.maxThreads : cores);
    const int threads = int(std::clamp<std::int64_t>(std::min(wanted, span), 1, 16));
    std::vector<DistributionReader::IdRange> ranges;
    ranges.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t)
        ranges.push_back({ ids->first + span * t / threads, ids->first + span * (t + 1) / threads - 1 });

    std::atomic<bool> canceled { false };
    std::vector<std::atomic<std::int64_t>> done(static_cast<size_t>(threads));
    for (auto& d : done)
        d = 0;
    class Relay : public Progress {
    public:
        Relay(std::vector<std::atomic<std::int64_t>>& done, size_t index, std::atomic<bool>& canceled, Progress* outer,
            std::int64_t span)
            : m_done(done)
            , m_index(index)
            , m_canceled(canceled)
            , m_outer(outer)
            , m_span(span)
        {
        }
        void report(std::int64_t position, std::int64_t) override
        {
            m_done[m_index] = position;
            if (!m_outer)
                return;
            std::int64_t sum = 0;
            for (const auto& d : m_done)
                sum += d;
            m_outer->report(sum, m_span);
            if (m_outer->isCanceled())
                m_canceled = true;
        }
        bool isCanceled() const override
        {
            if (m_outer && m_outer->isCanceled())
                m_canceled = true;
            return m_canceled;
        }

    private:
        std::vector<std::atomic<std::int64_t>>& m_done;
        size_t m_index;
        std::atomic<bool>& m_canceled;
        Progress* m_outer; // only on the calling thread
        std::int64_t m_span;
    };

    auto readShare
        = [&](ProjectStore& connection, DistributionBuilder& into, size_t index, Progress* outer) -> Result<void> {
        Relay relay(done, index, canceled, outer, span);
        std::string points;
        std::int64_t badPolygons = 0;
        LECTOR_TRY(DistributionReader(connection)
                       .forEachLabel(
                           only, ranges[index],
                           [&](const DistributionLabelRow& row) {
                               points.assign(row.points);
                               const std::optional<Polygon> polygon = Polygon::parse(points);
                               if (!polygon) {
                                   ++badPolygons;
                                   return;
                               }
                               into.addLabel(row.image, row.annotator, row.guidelineVersion, *polygon,
                                   QString::fromUtf8(row.text.data(), qsizetype(row.text.size())));
                           },
                           &relay));
        if (badPolygons > 0)
            return LECTOR_ERROR(ErrorCode::Parse,
                Core::tr("%1: %2 stored regions have unreadable geometry").arg(connection.path()).arg(badPolygons));
        return {};
    };

    std::vector<std::unique_ptr<DistributionBuilder>> shares(static_cast<size_t>(threads));
    for (size_t t = 1; t < shares.size(); ++t)
        shares[t] = std::make_unique<DistributionBuilder>(options);
    // A share that failed sets `canceled`: the others end early.
    LECTOR_TRY(detail::runOnShareConnections(
        store, threads, &canceled, [&](ProjectStore& connection, size_t t, bool onCaller) {
            return readShare(connection, t == 0 ? builder : *shares[t], t, onCaller ? progress : nullptr);
        }));
    for (size_t t = 1; t < shares.size(); ++t)
        builder.merge(std::move(*shares[t]));
    return builder.finish();
}

} // namespace lector
