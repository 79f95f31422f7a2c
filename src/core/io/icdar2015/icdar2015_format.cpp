// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/icdar2015/icdar2015_format.h"

#include "io/label_file_util.h"

#include <lector/core/tr.h>
#include <lector/io/io_util.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>

namespace lector {

namespace {

const QString kDontCare = QStringLiteral("###");

bool looksLikeIcdarLine(const QString& line)
{
    // Eight coordinates, then a comma (transcription or confidence) or the end of the line (a detection result).
    static const QRegularExpression re(QStringLiteral(R"(^\s*-?\d+(\.\d+)?(\s*,\s*-?\d+(\.\d+)?){7}\s*(,|$))"));
    return re.match(line).hasMatch();
}

/// The position just after the 8th comma of a line, or -1 when it has fewer (then the line must end after the 8th
/// number: a detection result without transcription).
qsizetype afterEighthComma(const QString& line)
{
    qsizetype start = 0;
    for (int i = 0; i < 8; ++i) {
        const qsizetype comma = line.indexOf(QLatin1Char(','), start);
        if (comma < 0)
            return -1;
        start = comma + 1;
    }
    return start;
}

/// A confidence as the RRC scripts take it (regex "[0-1].?[0-9]*"): a decimal number in [0, 1].
std::optional<double> parseConfidence(QStringView field)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*[01](\.\d*)?\s*$)"));
    if (!re.match(field).hasMatch())
        return std::nullopt;
    const auto value = io::parseFiniteNumber(field);
    if (!value || *value < 0 || *value > 1)
        return std::nullopt;
    return value;
}

/// True when the lines are RRC result lines with a confidence: "x1,...,y4,confidence" or
/// "x1,...,y4,confidence,transcription". Ground truth has a transcription in that place, which may be a number too
/// ("1" on a sign), so the whole import decides: every line with a 9th field has a confidence there, and at least one
/// of them a decimal point (scores are printed as fractions; a data set whose every word is "0" or "1" is not).
bool hasConfidenceColumn(const std::vector<QStringList>& files)
{
    bool any = false, fraction = false;
    for (const QStringList& lines : files) {
        for (const QString& line : lines) {
            const qsizetype start = afterEighthComma(line);
            if (start < 0)
                continue;
            qsizetype end = line.indexOf(QLatin1Char(','), start);
            if (end < 0)
                end = line.size();
            const QStringView field = QStringView(line).mid(start, end - start);
            if (!parseConfidence(field))
                return false;
            any = true;
            fraction = fraction || field.contains(QLatin1Char('.'));
        }
    }
    return any && fraction;
}

/// Parses one line; `lineNo` and `file` locate errors.
Result<Region> parseLine(const QString& line, const QString& file, int lineNo, bool withConfidence)
{
    Region region;
    std::vector<double> xy;
    xy.reserve(8);
    qsizetype start = 0;
    for (int i = 0; i < 8; ++i) {
        qsizetype comma = line.indexOf(QLatin1Char(','), start);
        if (comma < 0 && i == 7)
            comma = line.size(); // "x1,...,y4" alone: a detection without transcription
        if (comma < 0)
            return LECTOR_ERROR(ErrorCode::Parse,
                Core::tr("expected 8 coordinates and a transcription separated by commas, found %1 fields").arg(i + 1))
                .at(file, lineNo);
        const QStringView field = QStringView(line).mid(start, comma - start);
        const auto value = io::parseFiniteNumber(field);
        if (!value)
            return LECTOR_ERROR(ErrorCode::Parse,
                Core::tr("coordinate %1 is not a finite number: \"%2\"").arg(i + 1).arg(field.toString()))
                .at(file, lineNo);
        xy.push_back(*value);
        start = comma + 1;
    }
    region.polygon = *Polygon::fromFlat(xy);
    if (start > line.size())
        return region;
    if (withConfidence) {
        qsizetype comma = line.indexOf(QLatin1Char(','), start);
        const QStringView field = QStringView(line).mid(start, comma < 0 ? -1 : comma - start);
        const auto confidence = parseConfidence(field);
        if (!confidence)
            return LECTOR_ERROR(ErrorCode::Parse,
                Core::tr("the confidence after the 8 coordinates is not a number in [0, 1]: \"%1\"")
                    .arg(field.toString()))
                .at(file, lineNo);
        region.confidence = *confidence;
        if (comma < 0)
            return region;
        start = comma + 1;
    }
    region.text = line.mid(start);
    if (region.text == kDontCare) {
        region.text.clear();
        region.flags |= FlagDontCare;
    }
    return region;
}

Result<ImportedImage> readFile(
    const QString& file, const QStringList& lines, const QString& imagesDir, bool withConfidence)
{
    ImportedImage image;
    image.labelFile = file;
    QString stem = QFileInfo(file).completeBaseName();
    QStringList stems { stem };
    // gt_img_1.txt is ground truth, res_img_1.txt a competition result: both belong to img_1.
    if (stem.startsWith(QLatin1String("gt_")))
        stems.prepend(stem.mid(3));
    else if (stem.startsWith(QLatin1String("res_")))
        stems.prepend(stem.mid(4));
    auto imagePath = io::imageForLabelFile(imagesDir, stems, file);
    if (!imagePath)
        return std::move(imagePath).error();
    image.imagePath = *imagePath;

    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        auto region = parseLine(lines[i], file, i + 1, withConfidence);
        if (!region)
            return std::move(region).error();
        image.regions.push_back(std::move(region).value());
    }
    return image;
}

} // namespace

bool Icdar2015Format::supportsFile(const QString& path) const
{
    const QFileInfo info(path);
    if (info.isDir()) {
        const QStringList files = io::listFiles(path, { QStringLiteral(".txt") });
        for (int i = 0; i < files.size() && i < 5; ++i) {
            if (looksLikeIcdarLine(io::firstNonEmptyLine(files[i])))
                return true;
        }
        return false;
    }
    return info.suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) == 0
        && looksLikeIcdarLine(io::firstNonEmptyLine(path));
}

Result<ImportBatch> Icdar2015Format::read(const QString& path, const ReadOptions& options) const
{
    auto files = io::labelFilesAt(path, { QStringLiteral(".txt") });
    if (!files)
        return std::move(files).error();
    const QString imagesDir = io::imagesDirFor(options, path);
    // All lines first: whether the 9th field is a confidence is decided over the whole import.
    std::vector<QStringList> contents;
    contents.reserve(size_t(files->size()));
    for (const QString& file : *files) {
        auto text = io::readUtf8File(file);
        if (!text)
            return std::move(text).error();
        contents.push_back(io::splitLines(*text));
    }
    const bool withConfidence = hasConfidenceColumn(contents);
    size_t next = 0;
    auto batch = io::readEachFile(id(), *files, [&](const QString& file, std::vector<Issue>&) {
        return readFile(file, contents[next++], imagesDir, withConfidence);
    });
    if (batch && withConfidence)
        batch->warnings.push_back({ Core::tr("the field after the 8 coordinates is a number in [0, 1] on every "
                                             "line: read as the detection's confidence (RRC result file)"),
            path, 0 });
    return batch;
}

namespace {

/// A coordinate as the RRC scripts read it, a whole number ("-?[0-9]+"): the nearest pixel, halves away from zero
/// (10.5 -> 11, -0.5 -> -1), and 0 rather than -0.
double wholePixel(double v) { return std::round(v) + 0.0; }

/// The sum validate_clockwise_points() of the RRC script computes on a quad's corners, sum of (x2 - x1) * (y2 + y1)
/// over the edges: above 0 the corners run counter-clockwise on screen (y down) and the script refuses the line.
double rrcOrientationSum(const Polygon& quad)
{
    double sum = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const PointF& a = quad.points[i];
        const PointF& b = quad.points[(i + 1) % 4];
        sum += (b.x - a.x) * (b.y + a.y);
    }
    return sum;
}

/// The quad a region is written as: its polygon (or the bounding box of a polygon that is not a quad), with whole
/// pixel corners in the clockwise order the script accepts; what that changed is counted in `report`.
Polygon rrcQuad(const Region& region, ExportReport& report)
{
    const bool box = !region.polygon.isQuad();
    report.count(ExportLoss::PolygonsAsBoxes, box);
    Polygon quad = box ? Polygon::fromBox(region.polygon.boundingBox()) : region.polygon;
    bool rounded = false;
    for (PointF& p : quad.points) {
        const PointF whole { wholePixel(p.x), wholePixel(p.y) };
        rounded = rounded || whole != p;
        p = whole;
    }
    report.count(ExportLoss::CornersRounded, rounded);
    // Rounding can flip a sliver; the same corners walked the other way round from the first.
    const bool reorder = rrcOrientationSum(quad) > 0;
    if (reorder)
        std::swap(quad.points[1], quad.points[3]);
    report.count(ExportLoss::CornersReordered, reorder);
    return quad;
}

QString cornersText(const Polygon& quad)
{
    QString out;
    for (const PointF& p : quad.points)
        out += QString::number(p.x, 'f', 0) + QLatin1Char(',') + QString::number(p.y, 'f', 0) + QLatin1Char(',');
    out.chop(1);
    return out;
}

/// A transcription on one line: a line break would end the record early (a paste might bring one).
QString oneLine(const QString& text, ExportReport& report)
{
    QString out = text;
    out.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    report.count(ExportLoss::TextsChanged, out != text);
    return out;
}

/// A confidence as the RRC scripts read it (regex "[0-1].?[0-9]*", then float()): the shortest fixed-point decimal
/// that reads back as exactly the same double, always with a decimal point ("1.0", so that Lector's reader, which
/// tells a confidence column from numeric transcriptions by its fractions, takes it as one); never an exponent.
/// Values outside [0, 1] (and a missing one, taken as 1) are clamped, and counted.
QString rrcConfidence(double confidence, ExportReport& report)
{
    double c = confidence;
    if (std::isnan(c))
        c = 1;
    c = std::clamp(c, 0.0, 1.0) + 0.0;
    report.count(ExportLoss::ConfidencesClamped, !(c == confidence));
    char buf[400];
    const auto res = std::to_chars(buf, buf + sizeof buf, c, std::chars_format::fixed);
    QString out = QString::fromLatin1(buf, res.ptr - buf);
    if (!out.contains(QLatin1Char('.')))
        out += QStringLiteral(".0");
    return out;
}

/// The ground-truth transcription of a region: "###" for don't care and illegible words (ICDAR 2015 has no
/// illegible flag: its ### is the illegible word), else the text.
QString groundTruthText(const Region& region, ExportReport& report)
{
    const bool illegible = region.flags & FlagIllegible;
    if (region.isDontCare() || illegible) {
        report.count(ExportLoss::IllegibleAsDontCare, illegible && !region.isDontCare());
        report.count(ExportLoss::IllegibleDropped, illegible && region.isDontCare());
        report.count(ExportLoss::TextsDropped, !region.text.isEmpty());
        return kDontCare;
    }
    report.count(ExportLoss::TextsReadAsDontCare, region.text == kDontCare);
    return oneLine(region.text, report);
}

bool isRrcNumbered(const QString& stem)
{
    static const QRegularExpression re(QStringLiteral(R"(^img_[0-9]+$)"));
    return re.match(stem).hasMatch();
}

/// A run's detections in the order the RRC script takes them (it sorts each file by falling confidence), the store's
/// order among equal confidences.
std::vector<const Region*> byFallingConfidence(const std::vector<Region>& regions)
{
    std::vector<const Region*> out;
    out.reserve(regions.size());
    for (const Region& r : regions)
        out.push_back(&r);
    // The confidence as written (clamped), so that the file's order is the one the script sorts it into.
    const auto key = [](const Region* r) { return r->hasConfidence() ? std::clamp(r->confidence, 0.0, 1.0) : 1.0; };
    std::stable_sort(out.begin(), out.end(), [&](const Region* a, const Region* b) { return key(a) > key(b); });
    return out;
}

QString resultLine(const Region& region, const WriteOptions& options, ExportReport& report)
{
    QString line = cornersText(rrcQuad(region, report)) + QLatin1Char(',') + rrcConfidence(region.confidence, report);
    if (options.resultTranscriptions) {
        line += QLatin1Char(',') + oneLine(region.text, report);
        report.count(ExportLoss::TextsReadAsDontCare, region.text == kDontCare);
    } else {
        report.count(ExportLoss::TextsDropped, !region.text.isEmpty());
    }
    // A result line has no flags: ### is a ground-truth mark, and a detection is never one.
    report.count(ExportLoss::DontCareDropped, region.isDontCare());
    report.count(ExportLoss::IllegibleDropped, (region.flags & FlagIllegible) != 0);
    return line;
}

} // namespace

Result<ExportReport> Icdar2015Format::write(
    const ExportSet& set, const QString& outDir, const WriteOptions& options) const
{
    LECTOR_TRY(io::checkUniqueStems(set, outDir));
    LECTOR_TRY(io::ensureDir(outDir));
    ExportReport report;
    report.formatId = id();
    report.track({ ExportLoss::ScriptsDropped, ExportLoss::ImagesUnnumbered });
    for (const ExportImage& image : set.images) {
        QString out;
        if (set.predictions) {
            for (const Region* region : byFallingConfidence(image.regions))
                out += resultLine(*region, options, report) + QLatin1Char('\n');
        } else {
            for (const Region& region : image.regions)
                out += cornersText(rrcQuad(region, report)) + QLatin1Char(',') + groundTruthText(region, report)
                    + QLatin1Char('\n');
        }
        for (const Region& region : image.regions)
            report.count(ExportLoss::ScriptsDropped, !region.script.isEmpty());
        const QString stem = io::exportStem(image);
        report.count(ExportLoss::ImagesUnnumbered, !isRrcNumbered(stem));
        // gt_img_1.txt and res_img_1.txt: the names the RRC scripts pair (GT_SAMPLE_NAME_2_ID, DET_SAMPLE_NAME_2_ID).
        const QString name = (set.predictions ? QStringLiteral("res_%1.txt") : QStringLiteral("gt_%1.txt")).arg(stem);
        LECTOR_TRY(io::writeFileAtomically(QDir(outDir).filePath(name), out.toUtf8()));
        report.files << name;
        ++report.images;
        report.regions += std::int64_t(image.regions.size());
        // Images go beside the label files, flat like them, so that the folder reads back on its own.
        if (options.copyImages)
            LECTOR_TRY(io::copyImageInto(image, outDir, false));
    }
    return report;
}

} // namespace lector
