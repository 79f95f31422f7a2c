// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/icdar2015/icdar2015_format.h"

#include "io/label_file_util.h"

#include <lector/io/io_util.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

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
                QStringLiteral("expected 8 coordinates and a transcription separated by commas, found %1 fields")
                    .arg(i + 1))
                .at(file, lineNo);
        const QStringView field = QStringView(line).mid(start, comma - start);
        const auto value = io::parseFiniteNumber(field);
        if (!value)
            return LECTOR_ERROR(ErrorCode::Parse,
                QStringLiteral("coordinate %1 is not a finite number: \"%2\"").arg(i + 1).arg(field.toString()))
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
                QStringLiteral("the confidence after the 8 coordinates is not a number in [0, 1]: \"%1\"")
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
        batch->warnings.push_back({ QStringLiteral("the field after the 8 coordinates is a number in [0, 1] on every "
                                                   "line: read as the detection's confidence (RRC result file)"),
            path, 0 });
    return batch;
}

Result<void> Icdar2015Format::write(const ExportSet& set, const QString& outDir, const WriteOptions& options) const
{
    LECTOR_TRY(io::checkUniqueStems(set, outDir));
    LECTOR_TRY(io::ensureDir(outDir));
    for (const ExportImage& image : set.images) {
        QString out;
        for (const Region& region : image.regions) {
            // The format has quadrilaterals only: other polygons become their bounding box.
            const Polygon quad
                = region.polygon.isQuad() ? region.polygon : Polygon::fromBox(region.polygon.boundingBox());
            for (const PointF& p : quad.points)
                out += io::formatNumber(p.x) + QLatin1Char(',') + io::formatNumber(p.y) + QLatin1Char(',');
            // A line break would end the record early; transcriptions have none, but a paste might.
            QString text = region.isDontCare() ? kDontCare : region.text;
            text.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            out += text + QLatin1Char('\n');
        }
        const QString file = QDir(outDir).filePath(QStringLiteral("gt_%1.txt").arg(io::exportStem(image)));
        LECTOR_TRY(io::writeFileAtomically(file, out.toUtf8()));
        // Images go beside the label files, flat like them, so that the folder reads back on its own.
        if (options.copyImages)
            LECTOR_TRY(io::copyImageInto(image, outDir, false));
    }
    return {};
}

} // namespace lector
