// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/ppocrlabel/ppocrlabel_format.h"

#include "io/label_file_util.h"

#include <lector/io/io_util.h>

#include <QDir>
#include <QFileInfo>

namespace lector {

namespace {

const QString kLabelFile = QStringLiteral("Label.txt");
const QString kDontCare = QStringLiteral("###");

Error recordError(const QString& message, int record, const QString& file, int line)
{
    return LECTOR_ERROR(ErrorCode::Parse, QStringLiteral("item %1 of the JSON list: %2").arg(record + 1).arg(message))
        .at(file, line);
}

Result<std::vector<Region>> parseRegions(const QString& json, const QString& file, int line)
{
    auto parsed = io::parseJson(json.toUtf8(), file, line);
    if (!parsed)
        return std::move(parsed).error();
    const nlohmann::json& list = *parsed;
    if (!list.is_array())
        return LECTOR_ERROR(ErrorCode::Parse, QStringLiteral("expected a JSON list after the tab")).at(file, line);
    std::vector<Region> regions;
    regions.reserve(list.size());
    for (size_t i = 0; i < list.size(); ++i) {
        const nlohmann::json& item = list[i];
        const int record = int(i);
        if (!item.is_object())
            return recordError(QStringLiteral("not a JSON object"), record, file, line);
        const auto points = item.contains("points") ? io::pointsFromJson(item["points"]) : std::nullopt;
        if (!points)
            return recordError(
                QStringLiteral("\"points\" is missing or not a list of [x, y] finite numbers"), record, file, line);
        if (points->size() < 3)
            return recordError(QStringLiteral("\"points\" has fewer than 3 points"), record, file, line);
        if (!item.contains("transcription") || !item["transcription"].is_string())
            return recordError(QStringLiteral("\"transcription\" is missing or not a string"), record, file, line);
        Region region;
        region.polygon.points = *points;
        region.text = QString::fromStdString(item["transcription"].get<std::string>());
        if (item.contains("difficult")) {
            if (!item["difficult"].is_boolean())
                return recordError(QStringLiteral("\"difficult\" is not true or false"), record, file, line);
            if (item["difficult"].get<bool>())
                region.flags |= FlagIllegible;
        }
        if (region.text == kDontCare) {
            region.text.clear();
            region.flags |= FlagDontCare;
        }
        regions.push_back(std::move(region));
    }
    return regions;
}

/// Python's json.dumps(s, ensure_ascii=False) of a string: nlohmann escapes the same characters.
QString jsonString(const QString& s) { return QString::fromStdString(nlohmann::json(s.toStdString()).dump()); }

QString regionsToJson(const std::vector<Region>& regions)
{
    QStringList items;
    items.reserve(int(regions.size()));
    for (const Region& region : regions) {
        QStringList points;
        for (const PointF& p : region.polygon.points)
            points << QStringLiteral("[%1, %2]").arg(io::formatNumber(p.x), io::formatNumber(p.y));
        items << QStringLiteral(R"({"transcription": %1, "points": [%2], "difficult": %3})")
                     .arg(jsonString(region.isDontCare() ? kDontCare : region.text), points.join(QStringLiteral(", ")),
                         (region.flags & FlagIllegible) ? QStringLiteral("true") : QStringLiteral("false"));
    }
    return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

bool PpocrLabelFormat::supportsFile(const QString& path) const
{
    const QFileInfo info(path);
    if (info.isDir())
        return QFileInfo::exists(QDir(path).filePath(kLabelFile));
    if (info.fileName() == kLabelFile)
        return true;
    if (info.suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) != 0)
        return false;
    const QString line = io::firstNonEmptyLine(path);
    const qsizetype tab = line.indexOf(QLatin1Char('\t'));
    return tab > 0 && line.mid(tab + 1).trimmed().startsWith(QLatin1Char('['));
}

Result<ImportBatch> PpocrLabelFormat::read(const QString& path, const ReadOptions& options) const
{
    const QString file = QFileInfo(path).isDir() ? QDir(path).filePath(kLabelFile) : path;
    // PPOCRLabel keeps Label.txt in the image folder and writes paths as "<folder>/<image>": resolveImagePath() falls
    // back to the file name in the folder.
    return io::readImageListLines(id(), file, io::imagesDirFor(options, file), parseRegions);
}

Result<void> PpocrLabelFormat::write(const ExportSet& set, const QString& outDir, const WriteOptions& options) const
{
    LECTOR_TRY(io::ensureDir(outDir));
    QString out;
    for (const ExportImage& image : set.images) {
        // Paths in Label.txt are relative to the folder that holds it, as copyImageInto() lays images out.
        const QString rel = io::safeRelativePath(image);
        if (options.copyImages)
            LECTOR_TRY(io::copyImageInto(image, outDir));
        out += rel + QLatin1Char('\t') + regionsToJson(image.regions) + QLatin1Char('\n');
    }
    return io::writeFileAtomically(QDir(outDir).filePath(kLabelFile), out.toUtf8());
}

} // namespace lector
