// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/icdar2015/icdar2015_format.h"

#include "io/label_file_util.h"

#include <lector/io/io_util.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace lector {

namespace {

const QString kDontCare = QStringLiteral("###");

bool looksLikeIcdarLine(const QString& line)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*-?\d+(\.\d+)?(\s*,\s*-?\d+(\.\d+)?){7}\s*,)"));
    return re.match(line).hasMatch();
}

/// Parses one line; `lineNo` and `file` locate errors.
Result<Region> parseLine(const QString& line, const QString& file, int lineNo)
{
    Region region;
    std::vector<double> xy;
    xy.reserve(8);
    qsizetype start = 0;
    for (int i = 0; i < 8; ++i) {
        const qsizetype comma = line.indexOf(QLatin1Char(','), start);
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
    region.text = line.mid(start);
    if (region.text == kDontCare) {
        region.text.clear();
        region.flags |= FlagDontCare;
    }
    return region;
}

Result<ImportedImage> readFile(const QString& file, const QString& imagesDir)
{
    ImportedImage image;
    image.labelFile = file;
    QString stem = QFileInfo(file).completeBaseName();
    QStringList stems { stem };
    if (stem.startsWith(QLatin1String("gt_")))
        stems.prepend(stem.mid(3));
    auto imagePath = io::imageForLabelFile(imagesDir, stems, file);
    if (!imagePath)
        return std::move(imagePath).error();
    image.imagePath = *imagePath;

    auto text = io::readUtf8File(file);
    if (!text)
        return std::move(text).error();
    const QStringList lines = io::splitLines(*text);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        auto region = parseLine(lines[i], file, i + 1);
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
    return io::readEachFile(
        id(), *files, [&](const QString& file, std::vector<Issue>&) { return readFile(file, imagesDir); });
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
