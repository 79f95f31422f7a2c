// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/ppocrlabel/ppocrlabel_format.h"

#include "io/json_text.h"
#include "io/label_file_util.h"
#include "io/ppocrlabel/recognition_crop.h"

#include <lector/core/parallel_for.h>
#include <lector/core/tr.h>
#include <lector/io/io_util.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <cstdio>
#include <optional>
#include <string_view>

namespace lector {

namespace {

const QString kLabelFile = QStringLiteral("Label.txt");
const QString kStateFile = QStringLiteral("fileState.txt");
const QString kRecFile = QStringLiteral("rec_gt.txt");
const QString kDontCare = QStringLiteral("###");

Error recordError(const QString& message, int record, const QString& file, int line)
{
    return LECTOR_ERROR(ErrorCode::Parse, Core::tr("item %1 of the JSON list: %2").arg(record + 1).arg(message))
        .at(file, line);
}

Result<std::vector<Region>> parseRegions(const QString& json, const QString& file, int line)
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
        const int record = int(i);
        if (!item.is_object())
            return recordError(Core::tr("not a JSON object"), record, file, line);
        const auto points = item.contains("points") ? io::pointsFromJson(item["points"]) : std::nullopt;
        if (!points)
            return recordError(
                Core::tr("\"points\" is missing or not a list of [x, y] finite numbers"), record, file, line);
        if (points->size() < 3)
            return recordError(Core::tr("\"points\" has fewer than 3 points"), record, file, line);
        if (!item.contains("transcription") || !item["transcription"].is_string())
            return recordError(Core::tr("\"transcription\" is missing or not a string"), record, file, line);
        Region region;
        region.polygon.points = *points;
        region.text = QString::fromStdString(item["transcription"].get<std::string>());
        if (item.contains("difficult")) {
            if (!item["difficult"].is_boolean())
                return recordError(Core::tr("\"difficult\" is not true or false"), record, file, line);
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

/// A JSON string with raw UTF-8 as Python's json.dumps(s, ensure_ascii=False) writes one (control characters escaped),
/// except that the first letter of each "true", "false" and "null" in it is a \u escape. PPOCRLabel's loadLabelFile
/// replaces those words everywhere in the line (true -> True, null -> None) before eval(), transcriptions included, so
/// that "nullify" would come back "Noneify"; an escaped letter survives, and json.loads() and eval() both read it back.
std::string ppocrJsonString(const QString& text)
{
    std::string s;
    io::json_text::appendString(s, text);
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\') { // an escape sequence is copied whole: its letters (\n, \t, \u001f) start no word
            const std::size_t length = i + 1 < s.size() && s[i + 1] == 'u' ? 6 : 2;
            out.append(s, i, length);
            i += length - 1;
            continue;
        }
        const std::string_view rest(s.data() + i, s.size() - i);
        if (rest.substr(0, 4) == "true" || rest.substr(0, 5) == "false" || rest.substr(0, 4) == "null") {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", unsigned(s[i]));
            out += escape;
            continue;
        }
        out += s[i];
    }
    return out;
}

/// How a region is written to Label.txt: don't care and illegible words as "###" (PaddleOCR's DetLabelEncode skips
/// "###" and "*" when training a detector; "difficult" it never reads), the rest with their text.
std::string regionJson(const Region& region, ExportReport& report)
{
    const bool illegible = region.flags & FlagIllegible;
    QString text = region.text;
    if (region.isDontCare() || illegible) {
        report.count(ExportLoss::IllegibleAsDontCare, illegible && !region.isDontCare());
        report.count(ExportLoss::TextsDropped, !region.text.isEmpty());
        text = kDontCare;
    } else {
        report.count(ExportLoss::TextsReadAsDontCare, text == kDontCare || text == QLatin1String("*"));
    }
    report.count(ExportLoss::ConfidencesDropped, region.hasConfidence());
    report.count(ExportLoss::ScriptsDropped, !region.script.isEmpty());
    std::string out = "{\"transcription\": " + ppocrJsonString(text) + ", \"points\": [";
    for (std::size_t i = 0; i < region.polygon.points.size(); ++i) {
        const PointF& p = region.polygon.points[i];
        out += i ? ", [" : "[";
        out += io::formatNumber(p.x).toStdString() + ", " + io::formatNumber(p.y).toStdString() + ']';
    }
    // "difficult" keeps Lector's illegible flag (older PPOCRLabel versions skip difficult words' crops).
    out += illegible ? "], \"difficult\": true}" : "], \"difficult\": false}";
    return out;
}

/// The text of a rec_gt.txt line, which PaddleOCR splits at the tab: tabs and line breaks become spaces.
QString recognitionText(const QString& text, ExportReport& report)
{
    QString out = text;
    out.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
    report.count(ExportLoss::TextsChanged, out != text);
    return out;
}

bool hasCropText(const Region& region)
{
    return !region.isDontCare() && !(region.flags & FlagIllegible) && !region.text.isEmpty()
        && region.text != kDontCare;
}

/// The crops of one image, as encoded JPEG, by region index (empty: no crop).
struct ImageCrops {
    std::vector<QByteArray> jpeg;
    std::optional<Error> error;
};

ImageCrops cropImage(const ExportImage& image)
{
    ImageCrops out;
    out.jpeg.resize(image.regions.size());
    bool any = false;
    for (const Region& r : image.regions)
        any = any || hasCropText(r);
    if (!any)
        return out;
    auto page = io::decodeColorImage(image.absolutePath);
    if (!page) {
        out.error = std::move(page).error();
        return out;
    }
    for (std::size_t i = 0; i < image.regions.size(); ++i) {
        if (hasCropText(image.regions[i]))
            out.jpeg[i] = io::cropWordJpeg(*page, image.regions[i].polygon);
    }
    return out;
}

/// rec_gt.txt and crop_img/<stem>_crop_<i>.jpg, i being the word's index in the image's Label.txt list, as PPOCRLabel
/// names them; the pages are decoded and cut on every core.
Result<void> writeRecognitionCrops(const ExportSet& set, const QString& outDir, ExportReport& report)
{
    const QDir out(outDir);
    QString lines;
    std::optional<Error> failure;
    parallelMap<ImageCrops>(
        set.images.size(), {}, [&](std::size_t i, int) { return cropImage(set.images[i]); },
        [&](std::size_t index, ImageCrops&& crops) {
            if (crops.error) {
                failure = std::move(crops.error);
                return false;
            }
            const ExportImage& image = set.images[index];
            for (std::size_t i = 0; i < crops.jpeg.size(); ++i) {
                report.count(ExportLoss::CropsLeftOut, crops.jpeg[i].isEmpty());
                if (crops.jpeg[i].isEmpty())
                    continue;
                const QString name = QStringLiteral("crop_img/%1_crop_%2.jpg").arg(io::exportStem(image)).arg(i);
                if (auto written = io::writeFileAtomically(out.filePath(name), crops.jpeg[i]); !written) {
                    failure = written.error();
                    return false;
                }
                lines += name + QLatin1Char('\t') + recognitionText(image.regions[i].text, report) + QLatin1Char('\n');
            }
            return true;
        });
    if (failure)
        return *failure;
    LECTOR_TRY(io::writeFileAtomically(out.filePath(kRecFile), lines.toUtf8()));
    report.files << kRecFile;
    return {};
}

/// PPOCRLabel finds an image's labels under "<folder>/<file>" (getImglabelidx: the last two parts of its path), and
/// lists only the images lying in the folder itself: every exported image must have a file name of its own there.
Result<void> checkFileNames(const ExportSet& set, const QString& outDir, bool crops)
{
    QHash<QString, QString> seen;
    for (const ExportImage& image : set.images) {
        const QString name = QFileInfo(io::safeRelativePath(image)).fileName();
        if (name.contains(QLatin1Char('\t')) || name.contains(QLatin1Char('\n')) || name.contains(QLatin1Char('\r')))
            return LECTOR_ERROR(ErrorCode::InvalidArgument,
                Core::tr("PPOCRLabel cannot name an image whose file name holds a tab or a line break"))
                .at(image.relativePath);
        // Crops are named after the stem (PPOCRLabel's rule): a.png and a.jpg would share them.
        const QString key = crops ? QFileInfo(name).completeBaseName() : name;
        const auto it = seen.constFind(key);
        if (it != seen.constEnd())
            return LECTOR_ERROR(ErrorCode::InvalidArgument,
                Core::tr("the images %1 and %2 would lie in one PPOCRLabel folder under the same name %3")
                    .arg(*it, image.relativePath, key))
                .at(outDir);
        seen.insert(key, image.relativePath);
    }
    return {};
}

/// Marks the images fileState.txt lists as done, as PPOCRLabel's loadFilestate reads it: "<path>\t<state>" per line,
/// the path looked up by its last two parts (getImglabelidx), every listed image checked whatever its state says.
/// A checked image without a Label.txt line (PPOCRLabel writes none for an image without words) is added without
/// regions; one whose file is gone is skipped with a warning, as PPOCRLabel lists only the images it finds.
Result<void> readCheckedImages(const QString& file, const QString& imagesDir, ImportBatch& batch)
{
    auto text = io::readUtf8File(file);
    if (!text)
        return std::move(text).error();
    QHash<QString, std::size_t> indexOf;
    for (std::size_t i = 0; i < batch.images.size(); ++i)
        indexOf.insert(batch.images[i].imagePath, i);
    const QStringList lines = io::splitLines(*text);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const QStringList fields = lines[i].split(QLatin1Char('\t'));
        if (fields.size() != 2 || fields[0].isEmpty())
            return LECTOR_ERROR(ErrorCode::Parse, Core::tr("expected an image path, a tab and its state"))
                .at(file, i + 1);
        QString key = fields[0];
        key.replace(QLatin1Char('\\'), QLatin1Char('/'));
        const QStringList parts = key.split(QLatin1Char('/'));
        key = parts.size() < 2 ? key : parts[parts.size() - 2] + QLatin1Char('/') + parts.last();
        const QString imagePath = io::resolveImagePath(imagesDir, key);
        const auto known = indexOf.constFind(imagePath);
        if (known != indexOf.constEnd()) {
            batch.images[*known].done = true;
            continue;
        }
        if (!QFileInfo::exists(imagePath)) {
            batch.warnings.push_back(
                { Core::tr("%1 is checked but not in the folder: skipped").arg(fields[0]), file, i + 1 });
            continue;
        }
        ImportedImage image;
        image.imagePath = imagePath;
        image.labelFile = file;
        image.done = true;
        indexOf.insert(imagePath, batch.images.size());
        batch.images.push_back(std::move(image));
    }
    return {};
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
    const QString imagesDir = io::imagesDirFor(options, file);
    auto batch = io::readImageListLines(id(), file, imagesDir, parseRegions);
    if (!batch)
        return batch;
    const QString states = QFileInfo(file).absoluteDir().filePath(kStateFile);
    if (QFileInfo(file).fileName() == kLabelFile && QFileInfo::exists(states))
        LECTOR_TRY(readCheckedImages(states, imagesDir, *batch));
    return batch;
}

Result<ExportReport> PpocrLabelFormat::write(
    const ExportSet& set, const QString& outDir, const WriteOptions& options) const
{
    // outDir is PPOCRLabel's image folder: the images lie in it, Label.txt and fileState.txt beside them.
    const QString dir = QDir::cleanPath(QFileInfo(outDir).absoluteFilePath());
    const QString folder = QFileInfo(dir).fileName();
    if (folder.isEmpty())
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("PPOCRLabel names images by their folder: export into a folder, not the root"))
            .at(outDir);
    LECTOR_TRY(checkFileNames(set, outDir, options.recognitionCrops));
    LECTOR_TRY(io::ensureDir(dir));
    ExportReport report;
    report.formatId = id();
    report.track({ ExportLoss::TextsDropped, ExportLoss::IllegibleAsDontCare, ExportLoss::TextsReadAsDontCare,
        ExportLoss::ConfidencesDropped, ExportLoss::ScriptsDropped, ExportLoss::ImagesMarkedChecked });
    std::string labels;
    QString states;
    for (const ExportImage& image : set.images) {
        auto copied = io::copyImageInto(image, dir, false);
        if (!copied)
            return std::move(copied).error();
        const QString key = folder + QLatin1Char('/') + QFileInfo(*copied).fileName();
        // PPOCRLabel writes a line only for an image with labels (savePPlabel); a done image without any is in
        // fileState.txt alone.
        if (!image.regions.empty()) {
            labels += key.toStdString() + '\t' + '[';
            for (std::size_t i = 0; i < image.regions.size(); ++i)
                labels += (i ? ", " : "") + regionJson(image.regions[i], report);
            labels += "]\n";
        }
        // Every image is checked: PPOCRLabel's save keeps the labels of checked images only (savePPlabel), so an
        // image left unchecked would lose them the first time PPOCRLabel saves. --done-only exports done ones.
        states += key + QStringLiteral("\t1\n");
        report.count(ExportLoss::ImagesMarkedChecked, image.state != ImageState::Done);
        ++report.images;
        report.regions += std::int64_t(image.regions.size());
    }
    LECTOR_TRY(io::writeFileAtomically(QDir(dir).filePath(kLabelFile), QByteArray::fromStdString(labels)));
    LECTOR_TRY(io::writeFileAtomically(QDir(dir).filePath(kStateFile), states.toUtf8()));
    report.files << kLabelFile << kStateFile;
    if (options.recognitionCrops) {
        report.track({ ExportLoss::CropsLeftOut, ExportLoss::TextsChanged });
        LECTOR_TRY(writeRecognitionCrops(set, dir, report));
    }
    return report;
}

} // namespace lector
