// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/distribution_builder.h>

#include <lector/core/tr.h>
#include <lector/metrics/agreement_report.h>

#include <QChar>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

namespace lector {

namespace {

/// A bar while counting: its images are appended unless equal to the last one (labels mostly arrive in image
/// order), then sorted and made unique at the end.
struct Bar {
    QString label;
    std::int64_t count = 0;
    std::vector<ImageId> images;

    void add(ImageId image, std::int64_t n = 1)
    {
        count += n;
        if (images.empty() || images.back() != image)
            images.push_back(image);
    }
    void merge(Bar&& other)
    {
        count += other.count;
        images.insert(images.end(), other.images.begin(), other.images.end());
    }
    DistributionBin take()
    {
        if (!std::is_sorted(images.begin(), images.end()))
            std::sort(images.begin(), images.end());
        images.erase(std::unique(images.begin(), images.end()), images.end());
        return { std::move(label), count, std::move(images) };
    }
};

/// Fixed numeric bins: `upper` are the exclusive upper bounds of all but the last bin.
struct NumericHistogram {
    std::vector<double> upper;
    std::vector<Bar> bars;

    NumericHistogram(std::vector<double> bounds, const QStringList& labels)
        : upper(std::move(bounds))
    {
        Q_ASSERT(labels.size() == qsizetype(upper.size() + 1));
        for (const QString& l : labels)
            bars.push_back({ l, 0, {} });
    }
    void add(double value, ImageId image)
    {
        const size_t i = size_t(std::upper_bound(upper.begin(), upper.end(), value) - upper.begin());
        bars[i].add(image);
    }
    void merge(NumericHistogram&& other)
    {
        for (size_t i = 0; i < bars.size(); ++i)
            bars[i].merge(std::move(other.bars[i]));
    }
};

/// Bins named by the data (batch, split, annotator, ...).
struct NamedHistogram {
    std::map<QString, Bar> bars;
    Bar& bar(const QString& name)
    {
        auto it = bars.find(name);
        if (it == bars.end())
            it = bars.emplace(name, Bar { name, 0, {} }).first;
        return it->second;
    }
    void merge(NamedHistogram&& other)
    {
        for (auto& [name, b] : other.bars)
            bar(name).merge(std::move(b));
    }
};

/// Bins keyed by a number (annotator id, guideline version), with the last one used cached: labels come in runs.
template <typename Key> struct KeyedBars {
    std::map<Key, Bar> bars;
    Key lastKey {};
    Bar* last = nullptr;
    Bar& bar(Key key)
    {
        if (last && key == lastKey)
            return *last;
        lastKey = key;
        last = &bars[key];
        return *last;
    }
    void merge(KeyedBars&& other)
    {
        for (auto& [key, b] : other.bars)
            bar(key).merge(std::move(b));
    }
};

struct PairHash {
    size_t operator()(const std::pair<ImageId, AnnotatorId>& p) const
    {
        return std::hash<std::int64_t>()(p.first * 1000003 + p.second);
    }
};

enum CharGroup { GroupLatin, GroupHangul, GroupDigits, GroupSymbols, GroupOther, GroupCount };
const char* const kGroupKeys[GroupCount] = { "latin", "hangul", "digits", "symbols", "other" };
// Marked for lupdate (QT_TRANSLATE_NOOP) and translated where a histogram's title is made.
const char* const kGroupTitles[GroupCount]
    = { QT_TRANSLATE_NOOP("Core", "Latin"), QT_TRANSLATE_NOOP("Core", "Hangul"), QT_TRANSLATE_NOOP("Core", "Digits"),
          QT_TRANSLATE_NOOP("Core", "Symbols"), QT_TRANSLATE_NOOP("Core", "Other scripts") };

CharGroup groupOf(char32_t c)
{
    if (QChar::isDigit(c))
        return GroupDigits;
    const QChar::Script s = QChar::script(c);
    if (s == QChar::Script_Latin)
        return GroupLatin;
    if (s == QChar::Script_Hangul)
        return GroupHangul;
    if (QChar::isLetter(c) || QChar::isMark(c))
        return GroupOther;
    return GroupSymbols;
}

struct CharStat {
    char32_t c = 0;
    CharGroup group = GroupSymbols;
    Bar bar;
};

QString noneIfEmpty(const QString& s) { return s.isEmpty() ? QStringLiteral("(none)") : s; }

DistributionHistogram make(const char* dimension, const QString& title, const char* unit, std::vector<Bar>&& bars)
{
    DistributionHistogram h;
    h.dimension = QString::fromLatin1(dimension);
    h.title = title;
    h.unit = QString::fromLatin1(unit);
    h.bins.reserve(bars.size());
    for (Bar& b : bars)
        h.bins.push_back(b.take());
    return h;
}

std::vector<Bar> takeBars(NumericHistogram& h) { return std::move(h.bars); }
std::vector<Bar> takeBars(NamedHistogram& h)
{
    std::vector<Bar> out;
    out.reserve(h.bars.size());
    for (auto& [name, bar] : h.bars)
        out.push_back(std::move(bar));
    return out;
}

} // namespace

struct DistributionBuilder::Impl {
    DistributionOptions options;
    std::unordered_map<AnnotatorId, QString> annotatorNames;
    QStringList allAnnotators;
    std::int64_t labels = 0;

    std::vector<ImageId> imageIds;
    // Words per image: labels per image, and the (image, annotator) pairs seen, tried only when the annotator
    // changes within an image's run of labels.
    std::unordered_map<ImageId, std::int64_t> labelsPerImage;
    std::unordered_set<std::pair<ImageId, AnnotatorId>, PairHash> imageAnnotators;
    ImageId lastImage = -1;
    std::int64_t* lastImageLabels = nullptr;
    AnnotatorId lastPairAnnotator = -1;

    NamedHistogram batch, split, imageSize;
    KeyedBars<AnnotatorId> annotator;
    KeyedBars<int> guidelineVersion;
    NumericHistogram megapixels { { 0.1, 0.5, 1, 2, 4, 8 },
        { QStringLiteral("<0.1"), QStringLiteral("0.1–0.5"), QStringLiteral("0.5–1"), QStringLiteral("1–2"),
            QStringLiteral("2–4"), QStringLiteral("4–8"), QStringLiteral("≥8") } };
    NumericHistogram words { { 1, 5, 10, 20, 50, 100, 200 },
        { QStringLiteral("0"), QStringLiteral("1–4"), QStringLiteral("5–9"), QStringLiteral("10–19"),
            QStringLiteral("20–49"), QStringLiteral("50–99"), QStringLiteral("100–199"), QStringLiteral("≥200") } };
    NumericHistogram height { { 8, 16, 32, 64, 128 },
        { QStringLiteral("<8"), QStringLiteral("8–16"), QStringLiteral("16–32"), QStringLiteral("32–64"),
            QStringLiteral("64–128"), QStringLiteral("≥128") } };
    NumericHistogram width { { 16, 32, 64, 128, 256, 512 },
        { QStringLiteral("<16"), QStringLiteral("16–32"), QStringLiteral("32–64"), QStringLiteral("64–128"),
            QStringLiteral("128–256"), QStringLiteral("256–512"), QStringLiteral("≥512") } };
    NumericHistogram aspect { { 0.5, 1, 2, 4, 8, 16 },
        { QStringLiteral("<0.5"), QStringLiteral("0.5–1"), QStringLiteral("1–2"), QStringLiteral("2–4"),
            QStringLiteral("4–8"), QStringLiteral("8–16"), QStringLiteral("≥16") } };
    NumericHistogram rotation { { 2, 5, 10, 20, 45 },
        { QStringLiteral("0–2"), QStringLiteral("2–5"), QStringLiteral("5–10"), QStringLiteral("10–20"),
            QStringLiteral("20–45"), QStringLiteral("45–90") } };
    NumericHistogram length { { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20 },
        { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
            QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
            QStringLiteral("10–14"), QStringLiteral("15–19"), QStringLiteral("≥20") } };
    // scriptBin()'s bins in its order; filled by name.
    std::vector<Bar> script;
    std::map<QString, size_t> scriptIndex;

    // Characters: an index per code point (flat for the BMP, which is almost every character), stats in a vector.
    std::vector<std::int32_t> bmpIndex = std::vector<std::int32_t>(0x10000, -1);
    std::unordered_map<char32_t, std::int32_t> astralIndex;
    std::vector<CharStat> chars;

    CharStat& charStat(char32_t c)
    {
        std::int32_t* slot = nullptr;
        if (c < 0x10000)
            slot = &bmpIndex[c];
        else
            slot = &astralIndex.emplace(c, -1).first->second;
        if (*slot < 0) {
            *slot = std::int32_t(chars.size());
            CharStat s;
            s.c = c;
            s.group = groupOf(c);
            const char32_t one[1] = { c };
            s.bar.label = QString::fromUcs4(one, 1);
            chars.push_back(std::move(s));
        }
        return chars[size_t(*slot)];
    }
};

DistributionBuilder::DistributionBuilder(const DistributionOptions& options)
    : d(std::make_unique<Impl>())
{
    d->options = options;
    for (const char* s : { "latin", "hangul", "digits", "symbols", "mixed", "other", "empty" }) {
        d->scriptIndex.emplace(QString::fromLatin1(s), d->script.size());
        d->script.push_back({ QString::fromLatin1(s), 0, {} });
    }
}

DistributionBuilder::~DistributionBuilder() = default;

std::pair<double, double> DistributionBuilder::wordSize(const Polygon& p)
{
    if (p.isQuad()) {
        const auto& v = p.points;
        auto dist = [](const PointF& a, const PointF& b) { return std::hypot(b.x - a.x, b.y - a.y); };
        return { (dist(v[0], v[1]) + dist(v[3], v[2])) / 2, (dist(v[1], v[2]) + dist(v[0], v[3])) / 2 };
    }
    const BoxF b = p.boundingBox();
    return { b.width(), b.height() };
}

double DistributionBuilder::rotationDegrees(const Polygon& p)
{
    if (!p.isQuad())
        return 0;
    const PointF& a = p.points[0];
    const PointF& b = p.points[1];
    if (a.y == b.y)
        return 0; // the common, level box: no atan2
    double deg = std::fmod(std::abs(std::atan2(b.y - a.y, b.x - a.x) * 180 / M_PI), 180.0);
    return std::min(deg, 180 - deg);
}

void DistributionBuilder::setAnnotators(const std::vector<Annotator>& annotators)
{
    d->annotatorNames.clear();
    d->allAnnotators.clear();
    for (const Annotator& a : annotators) {
        d->annotatorNames[a.id] = a.name;
        d->allAnnotators << a.name;
    }
    d->allAnnotators.sort();
}

void DistributionBuilder::addImage(const ImageRecord& image)
{
    d->imageIds.push_back(image.id);
    d->batch.bar(noneIfEmpty(image.batch)).add(image.id);
    d->split.bar(noneIfEmpty(image.split)).add(image.id);
    d->imageSize.bar(QStringLiteral("%1×%2").arg(image.width).arg(image.height)).add(image.id);
    d->megapixels.add(double(image.width) * image.height / 1e6, image.id);
}

void DistributionBuilder::addLabel(
    ImageId image, AnnotatorId annotator, int guidelineVersion, const Polygon& polygon, const QString& text)
{
    ++d->labels;
    if (image != d->lastImage) {
        d->lastImage = image;
        d->lastImageLabels = &d->labelsPerImage[image];
        d->lastPairAnnotator = -1;
    }
    ++*d->lastImageLabels;
    if (annotator != d->lastPairAnnotator) {
        d->imageAnnotators.emplace(image, annotator);
        d->lastPairAnnotator = annotator;
    }

    const auto [w, h] = wordSize(polygon);
    d->height.add(h, image);
    d->width.add(w, image);
    d->aspect.add(h > 0 ? w / h : 0, image);
    d->rotation.add(rotationDegrees(polygon), image);

    std::int64_t codePoints = 0;
    const QChar* p = text.constData();
    const QChar* end = p + text.size();
    while (p < end) {
        char32_t c = p->unicode();
        if (p->isHighSurrogate() && p + 1 < end && p[1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(*p, p[1]);
            ++p;
        }
        ++p;
        ++codePoints;
        if (!QChar::isSpace(c))
            d->charStat(c).bar.add(image);
    }
    d->length.add(double(codePoints), image);
    const QString scriptName = scriptBin(text);
    if (auto it = d->scriptIndex.find(scriptName); it != d->scriptIndex.end())
        d->script[it->second].add(image);

    d->annotator.bar(annotator).add(image);
    d->guidelineVersion.bar(std::max(guidelineVersion, 0)).add(image);
}

void DistributionBuilder::merge(DistributionBuilder&& other)
{
    Impl& o = *other.d;
    d->labels += o.labels;
    d->imageIds.insert(d->imageIds.end(), o.imageIds.begin(), o.imageIds.end());
    for (const auto& [image, n] : o.labelsPerImage)
        d->labelsPerImage[image] += n;
    d->imageAnnotators.insert(o.imageAnnotators.begin(), o.imageAnnotators.end());
    d->lastImage = -1; // the cached pointer may not survive the rehash
    d->lastImageLabels = nullptr;
    d->batch.merge(std::move(o.batch));
    d->split.merge(std::move(o.split));
    d->imageSize.merge(std::move(o.imageSize));
    d->megapixels.merge(std::move(o.megapixels));
    d->height.merge(std::move(o.height));
    d->width.merge(std::move(o.width));
    d->aspect.merge(std::move(o.aspect));
    d->rotation.merge(std::move(o.rotation));
    d->length.merge(std::move(o.length));
    for (size_t i = 0; i < d->script.size(); ++i)
        d->script[i].merge(std::move(o.script[i]));
    d->annotator.merge(std::move(o.annotator));
    d->guidelineVersion.merge(std::move(o.guidelineVersion));
    for (CharStat& c : o.chars)
        d->charStat(c.c).bar.merge(std::move(c.bar));
}

Distribution DistributionBuilder::finish()
{
    Distribution out;
    out.images = std::int64_t(d->imageIds.size());
    out.labels = d->labels;
    out.annotator = d->options.annotator;
    out.annotators = d->allAnnotators;

    std::unordered_map<ImageId, int> annotatorsPerImage;
    for (const auto& pair : d->imageAnnotators)
        ++annotatorsPerImage[pair.first];
    std::sort(d->imageIds.begin(), d->imageIds.end());
    for (ImageId image : d->imageIds) {
        const auto labels = d->labelsPerImage.find(image);
        const std::int64_t words = labels == d->labelsPerImage.end()
            ? 0
            : std::llround(double(labels->second) / std::max(1, annotatorsPerImage[image]));
        d->words.add(double(words), image);
    }

    // Image sizes: the most common ones, then the rest together.
    std::vector<Bar> sizes = takeBars(d->imageSize);
    std::stable_sort(sizes.begin(), sizes.end(), [](const Bar& a, const Bar& b) { return a.count > b.count; });
    constexpr size_t kSizes = 12;
    if (sizes.size() > kSizes + 1) {
        Bar other { QStringLiteral("other"), 0, {} };
        for (size_t i = kSizes; i < sizes.size(); ++i) {
            other.count += sizes[i].count;
            other.images.insert(other.images.end(), sizes[i].images.begin(), sizes[i].images.end());
        }
        sizes.resize(kSizes);
        sizes.push_back(std::move(other));
    }
    std::vector<Bar> versions;
    for (auto& [number, bar] : d->guidelineVersion.bars) {
        bar.label = number > 0 ? QStringLiteral("v%1").arg(number) : QStringLiteral("none");
        versions.push_back(std::move(bar));
    }
    // "none" (0) sorts first; show it last, after the versions.
    if (!versions.empty() && d->guidelineVersion.bars.begin()->first <= 0)
        std::rotate(versions.begin(), versions.begin() + 1, versions.end());
    // Annotators by name.
    NamedHistogram annotators;
    for (auto& [id, bar] : d->annotator.bars) {
        const auto name = d->annotatorNames.find(id);
        annotators.bar(name != d->annotatorNames.end() ? name->second : QStringLiteral("#%1").arg(id))
            .merge(std::move(bar));
    }

    auto& hs = out.histograms;
    hs.push_back(make("batch", Core::tr("Images per batch"), "images", takeBars(d->batch)));
    hs.push_back(make("split", Core::tr("Images per split"), "images", takeBars(d->split)));
    hs.push_back(make("image_size", Core::tr("Image size (px)"), "images", std::move(sizes)));
    hs.push_back(make("megapixels", Core::tr("Image size (megapixels)"), "images", takeBars(d->megapixels)));
    hs.push_back(make("words_per_image", Core::tr("Words per image"), "images", takeBars(d->words)));
    hs.push_back(make("box_height", Core::tr("Box height (px)"), "boxes", takeBars(d->height)));
    hs.push_back(make("box_width", Core::tr("Box width (px)"), "boxes", takeBars(d->width)));
    hs.push_back(make("aspect_ratio", Core::tr("Aspect ratio (width / height)"), "boxes", takeBars(d->aspect)));
    hs.push_back(make("rotation", Core::tr("Rotation (degrees)"), "boxes", takeBars(d->rotation)));
    hs.push_back(make("text_length", Core::tr("Transcription length (characters)"), "boxes", takeBars(d->length)));
    hs.push_back(make("script", Core::tr("Script of the transcription"), "boxes", std::move(d->script)));

    std::vector<Bar> groups[GroupCount];
    std::sort(d->chars.begin(), d->chars.end(), [](const CharStat& a, const CharStat& b) {
        return a.bar.count != b.bar.count ? a.bar.count > b.bar.count : a.c < b.c;
    });
    for (CharStat& s : d->chars) {
        auto& g = groups[s.group];
        if (int(g.size()) < d->options.topCharacters)
            g.push_back(std::move(s.bar));
    }
    for (int g = 0; g < GroupCount; ++g)
        hs.push_back(make((std::string("characters_") + kGroupKeys[g]).c_str(),
            Core::tr("Most frequent characters: %1").arg(QCoreApplication::translate("Core", kGroupTitles[g])),
            "characters", std::move(groups[g])));

    hs.push_back(make("annotator", Core::tr("Labels per annotator"), "labels", takeBars(annotators)));
    hs.push_back(make("guideline_version", Core::tr("Labels per guideline version"), "labels", std::move(versions)));
    return out;
}

} // namespace lector
