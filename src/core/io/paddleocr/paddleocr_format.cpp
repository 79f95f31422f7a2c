// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/paddleocr/paddleocr_format.h"

#include "io/label_file_util.h"

#include <lector/core/tr.h>
#include <lector/io/io_util.h>

#include <QDir>
#include <QFileInfo>

#include <optional>

namespace lector {

namespace {

const QString kDontCare = QStringLiteral("###");
const QStringList kResultFiles { QStringLiteral("system_results.txt"), QStringLiteral("det_results.txt") };

Error itemError(const QString& message, int item, const QString& file, int line)
{
    return LECTOR_ERROR(ErrorCode::Parse, Core::tr("item %1 of the JSON list: %2").arg(item + 1).arg(message))
        .at(file, line);
}

/// A score as PaddleOCR writes it: a number, or a string holding one ("0.987", from f"{score:.3f}"); in [0, 1].
std::optional<double> scoreOf(const nlohmann::json& value)
{
    std::optional<double> score;
    if (value.is_number())
        score = value.get<double>();
    else if (value.is_string())
        score = io::parseFiniteNumber(QString::fromStdString(value.get<std::string>()));
    if (!score || !std::isfinite(*score) || *score < 0 || *score > 1)
        return std::nullopt;
    return score;
}

void setText(Region& region, const QString& text)
{
    region.text = text;
    if (region.text == kDontCare) {
        region.text.clear();
        region.flags |= FlagDontCare;
    }
}

/// The regions of one result line's JSON list.
Result<std::vector<Region>> parseList(const QString& json, const QString& file, int line)
{
    auto parsed = io::parseJson(json.toUtf8(), file, line);
    if (!parsed)
        return std::move(parsed).error();
    const nlohmann::json& list = *parsed;
    if (!list.is_array())
        return LECTOR_ERROR(ErrorCode::Parse, Core::tr("expected a JSON list after the tab")).at(file, line);
    std::vector<Region> regions;
    regions.reserve(list.size());
    for (size_t i = 0; i < list.size(); ++i) {
        const nlohmann::json& item = list[i];
        const int index = int(i);
        Region region;
        if (item.is_array()) { // det_results.txt: a bare polygon
            const auto points = io::pointsFromJson(item);
            if (!points || points->size() < 3)
                return itemError(Core::tr("not a list of at least 3 [x, y] finite numbers"), index, file, line);
            region.polygon.points = *points;
            regions.push_back(std::move(region));
            continue;
        }
        if (!item.is_object())
            return itemError(Core::tr("neither a JSON object nor a polygon"), index, file, line);
        const auto points = item.contains("points") ? io::pointsFromJson(item["points"]) : std::nullopt;
        if (!points)
            return itemError(
                Core::tr("\"points\" is missing or not a list of [x, y] finite numbers"), index, file, line);
        if (points->size() < 3)
            return itemError(Core::tr("\"points\" has fewer than 3 points"), index, file, line);
        region.polygon.points = *points;
        if (item.contains("transcription")) {
            if (!item["transcription"].is_string())
                return itemError(Core::tr("\"transcription\" is not a string"), index, file, line);
            setText(region, QString::fromStdString(item["transcription"].get<std::string>()));
        }
        for (const char* key : { "score", "confidence" }) {
            if (!item.contains(key))
                continue;
            const auto score = scoreOf(item[key]);
            if (!score)
                return itemError(
                    Core::tr("\"%1\" is not a number in [0, 1]").arg(QLatin1String(key)), index, file, line);
            region.confidence = *score;
            break;
        }
        regions.push_back(std::move(region));
    }
    return regions;
}

/// One PaddleOCR 3 result JSON: parallel lists of polygons, texts and scores.
Result<ImportedImage> readResultJson(const QString& file, const QString& imagesDir)
{
    auto bytes = io::readUtf8File(file);
    if (!bytes)
        return std::move(bytes).error();
    auto parsed = io::parseJson(bytes->toUtf8(), file);
    if (!parsed)
        return std::move(parsed).error();
    const nlohmann::json* root = &*parsed;
    if (root->is_object() && root->contains("res") && (*root)["res"].is_object())
        root = &(*root)["res"];
    const auto fail = [&](const QString& message) { return LECTOR_ERROR(ErrorCode::Parse, message).at(file, 0); };
    if (!root->is_object())
        return fail(Core::tr("expected a JSON object with rec_polys or dt_polys"));
    const bool recognition = root->contains("rec_polys");
    const char* polysKey = recognition ? "rec_polys" : "dt_polys";
    const char* scoresKey = recognition ? "rec_scores" : "dt_scores";
    if (!root->contains(polysKey) || !(*root)[polysKey].is_array())
        return fail(Core::tr("expected a JSON object with a list \"rec_polys\" or \"dt_polys\""));
    const nlohmann::json& polys = (*root)[polysKey];
    const auto optionalList = [&](const char* key) -> Result<const nlohmann::json*> {
        if (!root->contains(key))
            return static_cast<const nlohmann::json*>(nullptr);
        const nlohmann::json& list = (*root)[key];
        if (!list.is_array() || list.size() != polys.size())
            return fail(Core::tr("\"%1\" is not a list as long as \"%2\" (%3 items)")
                            .arg(QLatin1String(key), QLatin1String(polysKey))
                            .arg(polys.size()));
        return &list;
    };
    auto texts = optionalList("rec_texts");
    if (!texts)
        return std::move(texts).error();
    auto scores = optionalList(scoresKey);
    if (!scores)
        return std::move(scores).error();

    ImportedImage image;
    image.labelFile = file;
    QString inputPath;
    if (root->contains("input_path") && (*root)["input_path"].is_string())
        inputPath = QString::fromStdString((*root)["input_path"].get<std::string>());
    if (inputPath.isEmpty()) {
        // save_to_json names the file <image stem>_res.json.
        QString stem = QFileInfo(file).completeBaseName();
        if (stem.endsWith(QLatin1String("_res")))
            stem.chop(4);
        auto found = io::imageForLabelFile(imagesDir, { stem }, file);
        if (!found)
            return std::move(found).error();
        image.imagePath = *found;
    } else {
        image.imagePath = io::resolveImagePath(imagesDir, inputPath);
        if (!QFileInfo::exists(image.imagePath))
            return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("image not found: %1").arg(image.imagePath)).at(file, 0);
    }
    for (size_t i = 0; i < polys.size(); ++i) {
        Region region;
        const auto points = io::pointsFromJson(polys[i]);
        if (!points || points->size() < 3)
            return fail(Core::tr("%1[%2] is not a list of at least 3 [x, y] finite numbers")
                            .arg(QLatin1String(polysKey))
                            .arg(i));
        region.polygon.points = *points;
        if (*texts) {
            const nlohmann::json& t = (**texts)[i];
            if (!t.is_string())
                return fail(Core::tr("rec_texts[%1] is not a string").arg(i));
            setText(region, QString::fromStdString(t.get<std::string>()));
        }
        if (*scores) {
            const auto score = scoreOf((**scores)[i]);
            if (!score)
                return fail(Core::tr("%1[%2] is not a number in [0, 1]").arg(QLatin1String(scoresKey)).arg(i));
            region.confidence = *score;
        }
        image.regions.push_back(std::move(region));
    }
    return image;
}

bool isResultJson(const QString& path)
{
    const QString line = io::firstNonEmptyLine(path);
    return line.contains(QLatin1String("\"rec_polys\"")) || line.contains(QLatin1String("\"dt_polys\""))
        || line.startsWith(QLatin1Char('{'));
}

/// A PaddleOCR result line: tab, then a JSON list whose first item is a bare polygon or an object with a score.
bool looksLikeResultLine(const QString& line)
{
    const qsizetype tab = line.indexOf(QLatin1Char('\t'));
    if (tab <= 0)
        return false;
    const QString json = line.mid(tab + 1).trimmed();
    return json.startsWith(QLatin1String("[[[")) || json.startsWith(QLatin1String("[]"))
        || (json.startsWith(QLatin1Char('[')) && json.contains(QLatin1String("\"score\"")));
}

} // namespace

bool PaddleOcrFormat::supportsFile(const QString& path) const
{
    const QFileInfo info(path);
    if (info.isDir()) {
        for (const QString& name : kResultFiles)
            if (QFileInfo::exists(QDir(path).filePath(name)))
                return true;
        const QStringList json = io::listFiles(path, { QStringLiteral("_res.json") });
        return !json.isEmpty() && isResultJson(json.front());
    }
    if (kResultFiles.contains(info.fileName()))
        return true;
    if (info.fileName().endsWith(QLatin1String("_res.json")))
        return isResultJson(path);
    if (info.suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) != 0)
        return false;
    return looksLikeResultLine(io::firstNonEmptyLine(path));
}

Result<ImportBatch> PaddleOcrFormat::read(const QString& path, const ReadOptions& options) const
{
    const QFileInfo info(path);
    QString file = path;
    if (info.isDir()) {
        for (const QString& name : kResultFiles) {
            if (QFileInfo::exists(QDir(path).filePath(name))) {
                file = QDir(path).filePath(name);
                break;
            }
        }
    }
    if (!QFileInfo(file).isDir() && QFileInfo(file).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0)
        return io::readImageListLines(id(), file, io::imagesDirFor(options, file), parseList);
    auto files = io::labelFilesAt(path, { QStringLiteral(".json") });
    if (!files)
        return std::move(files).error();
    const QString imagesDir = io::imagesDirFor(options, path);
    return io::readEachFile(
        id(), *files, [&](const QString& f, std::vector<Issue>&) { return readResultJson(f, imagesDir); });
}

} // namespace lector
