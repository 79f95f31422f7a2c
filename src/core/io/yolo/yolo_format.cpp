// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/yolo/yolo_format.h"

#include "io/label_file_util.h"

#include <lector/core/tr.h>
#include <lector/image/image_header.h>
#include <lector/io/io_util.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace lector {

namespace {

const QString kClassesFile = QStringLiteral("classes.txt");

bool looksLikeYoloLine(const QString& line)
{
    static const QRegularExpression re(QStringLiteral(R"(^\d+(\s+[-+]?[0-9.]+([eE][-+]?\d+)?){4,5}$)"));
    return re.match(line).hasMatch();
}

/// Pixel coordinates computed from normalized ones carry rounding noise (10.000000000000002): snap them to a millionth
/// of a pixel, far below any labeling precision, so that integer and short decimal coordinates read back exactly as
/// they were written.
double snap(double pixels) { return std::round(pixels * 1e6) / 1e6; }

Result<ImportedImage> readFile(const QString& file, const QString& imagesDir)
{
    ImportedImage image;
    image.labelFile = file;
    auto imagePath = io::imageForLabelFile(imagesDir, { QFileInfo(file).completeBaseName() }, file);
    if (!imagePath)
        return std::move(imagePath).error();
    image.imagePath = *imagePath;
    const auto size = readImageSize(image.imagePath);
    if (!size)
        return LECTOR_ERROR(ErrorCode::Decode,
            Core::tr("cannot read the size of the image %1 (YOLO boxes are relative to it)").arg(image.imagePath))
            .at(file);
    image.width = size->width;
    image.height = size->height;

    auto text = io::readUtf8File(file);
    if (!text)
        return std::move(text).error();
    const QStringList lines = io::splitLines(*text);
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QStringList fields = lines[i].split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (fields.isEmpty())
            continue;
        if (fields.size() != 5 && fields.size() != 6)
            return LECTOR_ERROR(ErrorCode::Parse,
                Core::tr("expected \"class cx cy w h\" and an optional confidence, found %1 fields").arg(fields.size()))
                .at(file, lineNo);
        bool classOk = false;
        const int cls = fields[0].toInt(&classOk);
        if (!classOk || cls < 0)
            return LECTOR_ERROR(
                ErrorCode::Parse, Core::tr("the class \"%1\" is not a whole number of 0 or more").arg(fields[0]))
                .at(file, lineNo);
        double v[5] = {};
        for (int k = 1; k < fields.size(); ++k) {
            const auto value = io::parseFiniteNumber(fields[k]);
            if (!value)
                return LECTOR_ERROR(
                    ErrorCode::Parse, Core::tr("field %1 is not a finite number: \"%2\"").arg(k + 1).arg(fields[k]))
                    .at(file, lineNo);
            v[k - 1] = *value;
        }
        if (!(v[2] > 0) || !(v[3] > 0))
            return LECTOR_ERROR(ErrorCode::Parse, Core::tr("the box width and height must be above 0"))
                .at(file, lineNo);
        const double w = image.width;
        const double h = image.height;
        Region region;
        region.polygon = Polygon::fromBox({ snap((v[0] - v[2] / 2) * w), snap((v[1] - v[3] / 2) * h),
            snap((v[0] + v[2] / 2) * w), snap((v[1] + v[3] / 2) * h) });
        if (fields.size() == 6)
            region.confidence = v[4];
        image.regions.push_back(std::move(region));
    }
    return image;
}

} // namespace

bool YoloFormat::supportsFile(const QString& path) const
{
    const QFileInfo info(path);
    if (info.isDir()) {
        const QStringList files = io::listFiles(path, { QStringLiteral(".txt") });
        int tried = 0;
        for (const QString& f : files) {
            if (QFileInfo(f).fileName() == kClassesFile)
                continue;
            if (looksLikeYoloLine(io::firstNonEmptyLine(f)))
                return true;
            if (++tried == 5)
                break;
        }
        return false;
    }
    return info.suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) == 0 && info.fileName() != kClassesFile
        && looksLikeYoloLine(io::firstNonEmptyLine(path));
}

Result<ImportBatch> YoloFormat::read(const QString& path, const ReadOptions& options) const
{
    auto files = io::labelFilesAt(path, { QStringLiteral(".txt") });
    if (!files)
        return std::move(files).error();
    files->removeIf([](const QString& file) { return QFileInfo(file).fileName() == kClassesFile; });
    const QString imagesDir = io::imagesDirFor(options, path);
    return io::readEachFile(
        id(), *files, [&](const QString& file, std::vector<Issue>&) { return readFile(file, imagesDir); });
}

namespace {

/// The box the reader makes of a written line (the same arithmetic, so that a loss is counted exactly).
BoxF readBack(const QString& cx, const QString& cy, const QString& bw, const QString& bh, double w, double h)
{
    const double x = *io::parseFiniteNumber(cx), y = *io::parseFiniteNumber(cy);
    const double width = *io::parseFiniteNumber(bw), height = *io::parseFiniteNumber(bh);
    return { snap((x - width / 2) * w), snap((y - height / 2) * h), snap((x + width / 2) * w),
        snap((y + height / 2) * h) };
}

} // namespace

Result<ExportReport> YoloFormat::write(const ExportSet& set, const QString& outDir, const WriteOptions& options) const
{
    LECTOR_TRY(io::checkUniqueStems(set, outDir));
    LECTOR_TRY(io::ensureDir(outDir));
    ExportReport report;
    report.formatId = id();
    report.track({ ExportLoss::PolygonsAsBoxes, ExportLoss::CornersRounded, ExportLoss::TextsDropped,
        ExportLoss::IllegibleDropped, ExportLoss::DontCareLeftOut, ExportLoss::ScriptsDropped });
    for (const ExportImage& image : set.images) {
        const auto size = io::exportImageSize(image);
        if (!size)
            return LECTOR_ERROR(ErrorCode::Decode, Core::tr("cannot read the size of the image"))
                .at(image.absolutePath);
        const double w = size->width;
        const double h = size->height;
        QString out;
        for (const Region& region : image.regions) {
            if (region.isDontCare()) {
                report.add(ExportLoss::DontCareLeftOut);
                continue;
            }
            const BoxF b = region.polygon.boundingBox();
            const QString cx = io::formatNumber((b.x0 + b.x1) / 2 / w), cy = io::formatNumber((b.y0 + b.y1) / 2 / h);
            const QString bw = io::formatNumber(b.width() / w), bh = io::formatNumber(b.height() / h);
            report.count(ExportLoss::PolygonsAsBoxes, region.polygon != Polygon::fromBox(b));
            report.count(ExportLoss::CornersRounded, !(readBack(cx, cy, bw, bh, w, h) == b));
            report.count(ExportLoss::TextsDropped, !region.text.isEmpty());
            report.count(ExportLoss::IllegibleDropped, (region.flags & FlagIllegible) != 0);
            report.count(ExportLoss::ScriptsDropped, !region.script.isEmpty());
            out += QStringLiteral("0 %1 %2 %3 %4").arg(cx, cy, bw, bh);
            if (region.hasConfidence())
                out += QLatin1Char(' ') + io::formatNumber(region.confidence);
            out += QLatin1Char('\n');
            ++report.regions;
        }
        const QString name = io::exportStem(image) + QStringLiteral(".txt");
        LECTOR_TRY(io::writeFileAtomically(QDir(outDir).filePath(name), out.toUtf8()));
        report.files << name;
        ++report.images;
        if (options.copyImages)
            LECTOR_TRY(io::copyImageInto(image, outDir, false));
    }
    LECTOR_TRY(io::writeFileAtomically(QDir(outDir).filePath(kClassesFile), QByteArrayLiteral("text\n")));
    report.files << kClassesFile;
    return report;
}

} // namespace lector
