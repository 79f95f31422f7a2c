// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/distribution.h>

#include <lector/analysis/distribution_builder.h>
#include <lector/store/distribution_reader.h>
#include <lector/store/project_store.h>

#include <QLocale>

#include <numeric>
#include <string>

namespace lector {

namespace {

    /// How a bar reads in a sentence: "box height 8–16 px".
    QString barPhrase(const QString& dimension, const QString& bin)
    {
        struct Phrase {
            const char* dimension;
            const char* noun;
            const char* suffix;
        };
        static const Phrase kPhrases[] = {
            { "batch", "batch", "" },
            { "split", "split", "" },
            { "image_size", "image size", " px" },
            { "megapixels", "image size", " MP" },
            { "words_per_image", "words per image", "" },
            { "box_height", "box height", " px" },
            { "box_width", "box width", " px" },
            { "aspect_ratio", "aspect ratio", "" },
            { "rotation", "rotation", "°" },
            { "text_length", "transcription length", " characters" },
            { "script", "script", "" },
            { "annotator", "annotator", "" },
            { "guideline_version", "guideline version", "" },
        };
        for (const Phrase& p : kPhrases) {
            if (dimension == QLatin1String(p.dimension))
                return QStringLiteral("%1 %2%3").arg(QString::fromLatin1(p.noun), bin, QString::fromUtf8(p.suffix));
        }
        if (dimension.startsWith(QLatin1String("characters_")))
            return QStringLiteral("%1 character “%2”").arg(dimension.mid(11), bin);
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
    const QString images = QStringLiteral("%1 image%2").arg(c.toString(qlonglong(b.images.size())),
        b.images.size() == 1 ? QString() : QStringLiteral("s"));
    const QString phrase = barPhrase(dimension, b.label);
    if (h->unit == QLatin1String("images"))
        return QStringLiteral("%1: %2").arg(phrase, images);
    QString unit = h->unit == QLatin1String("characters") ? QStringLiteral("occurrences") : h->unit;
    if (b.count == 1)
        unit.chop(1);
    return QStringLiteral("%1: %2 %3 on %4").arg(phrase, c.toString(qlonglong(b.count)), unit, images);
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
                QStringLiteral("%1: there is no annotator named “%2”").arg(store.path(), options.annotator));
    }
    DistributionBuilder builder(options);
    builder.setAnnotators(*annotators);
    DistributionReader reader(store);
    LECTOR_TRY(reader.forEachImage([&](const ImageRecord& image) { builder.addImage(image); }));
    LECTOR_TRY(reader.forEachImageLabelCount(
        only, [&](ImageId image, std::int64_t labels, int count) { builder.addImageLabels(image, labels, count); }));
    std::string points;
    std::int64_t badPolygons = 0;
    LECTOR_TRY(reader.forEachLabel(
        only,
        [&](const DistributionLabelRow& row) {
            points.assign(row.points);
            const std::optional<Polygon> polygon = Polygon::parse(points);
            if (!polygon) {
                ++badPolygons;
                return;
            }
            builder.addLabel(row.image, row.annotator, row.guidelineVersion, *polygon,
                QString::fromUtf8(row.text.data(), qsizetype(row.text.size())));
        },
        progress));
    if (badPolygons > 0)
        return LECTOR_ERROR(ErrorCode::Internal,
            QStringLiteral("%1: %2 stored regions have unreadable geometry").arg(store.path()).arg(badPolygons));
    return builder.finish();
}

} // namespace lector
