// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/labelme/labelme_format.h"

#include "io/label_file_util.h"

#include <lector/core/tr.h>
#include <lector/io/io_util.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace lector {

namespace {

const QString kDontCare = QStringLiteral("###");
// The labelme release whose file layout we write (the Debian package's major version is 4 or 5; both read it).
constexpr const char* kLabelmeVersion = "5.1.1";

Error shapeError(const QString& message, size_t shape, const QString& file)
{
    return LECTOR_ERROR(ErrorCode::Parse, QStringLiteral("/shapes/%1: %2").arg(shape).arg(message)).at(file);
}

bool flagSet(const nlohmann::json& flags, const char* name)
{
    return flags.is_object() && flags.contains(name) && flags[name].is_boolean() && flags[name].get<bool>();
}

/// The image a labelme file refers to: imagePath next to the JSON file, then in the images folder, then an image named
/// like the JSON file in either folder.
QString findImage(const QString& jsonFile, const QString& imagePathInFile, const QString& imagesDir)
{
    const QString jsonDir = QFileInfo(jsonFile).absolutePath();
    QString rel = imagePathInFile;
    rel.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (!rel.isEmpty()) {
        QString beside = QDir::cleanPath(QDir(jsonDir).absoluteFilePath(rel));
        if (QFileInfo(beside).isFile())
            return beside;
        if (!imagesDir.isEmpty()) {
            QString resolved = io::resolveImagePath(imagesDir, rel);
            if (QFileInfo(resolved).isFile())
                return resolved;
        }
    }
    const QString stem = QFileInfo(jsonFile).completeBaseName();
    QString byStem = io::findImageForStem(jsonDir, stem);
    if (byStem.isEmpty() && !imagesDir.isEmpty())
        byStem = io::findImageForStem(imagesDir, stem);
    return byStem;
}

Result<ImportedImage> readFile(const QString& file, const QString& imagesDir, std::vector<Issue>& warnings)
{
    auto text = io::readUtf8File(file);
    if (!text)
        return std::move(text).error();
    auto parsed = io::parseJson(text->toUtf8(), file);
    if (!parsed)
        return std::move(parsed).error();
    const nlohmann::json& doc = *parsed;
    if (!doc.is_object() || !doc.contains("shapes") || !doc["shapes"].is_array())
        return LECTOR_ERROR(ErrorCode::Parse, Core::tr("not a labelme file: no \"shapes\" list")).at(file);

    ImportedImage image;
    image.labelFile = file;
    QString imagePathInFile;
    if (doc.contains("imagePath") && doc["imagePath"].is_string())
        imagePathInFile = QString::fromStdString(doc["imagePath"].get<std::string>());
    image.imagePath = findImage(file, imagePathInFile, imagesDir);
    if (image.imagePath.isEmpty())
        return LECTOR_ERROR(ErrorCode::NotFound,
            Core::tr("image not found: \"%1\" (looked beside the file and in %2)").arg(imagePathInFile, imagesDir))
            .at(file);
    if (doc.contains("imageWidth") && doc["imageWidth"].is_number_integer())
        image.width = doc["imageWidth"].get<int>();
    if (doc.contains("imageHeight") && doc["imageHeight"].is_number_integer())
        image.height = doc["imageHeight"].get<int>();

    const nlohmann::json& shapes = doc["shapes"];
    for (size_t i = 0; i < shapes.size(); ++i) {
        const nlohmann::json& shape = shapes[i];
        if (!shape.is_object())
            return shapeError(Core::tr("not a JSON object"), i, file);
        // labelme's own default when shape_type is absent.
        std::string type = "polygon";
        if (shape.contains("shape_type") && shape["shape_type"].is_string())
            type = shape["shape_type"].get<std::string>();
        if (type != "polygon" && type != "rectangle") {
            warnings.push_back({ Core::tr("/shapes/%1: a %2 shape is not a word region; skipped")
                                     .arg(i)
                                     .arg(QString::fromStdString(type)),
                file, 0 });
            continue;
        }
        if (!shape.contains("label") || !shape["label"].is_string())
            return shapeError(Core::tr("\"label\" is missing or not a string"), i, file);
        const auto points = shape.contains("points") ? io::pointsFromJson(shape["points"]) : std::nullopt;
        if (!points)
            return shapeError(Core::tr("\"points\" is missing or not a list of [x, y] finite numbers"), i, file);
        Region region;
        if (type == "rectangle") {
            if (points->size() != 2)
                return shapeError(Core::tr("a rectangle needs 2 points, found %1").arg(points->size()), i, file);
            const PointF& a = (*points)[0];
            const PointF& b = (*points)[1];
            region.polygon
                = Polygon::fromBox({ std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y) });
        } else {
            if (points->size() < 3)
                return shapeError(Core::tr("a polygon needs at least 3 points, found %1").arg(points->size()), i, file);
            region.polygon.points = *points;
        }
        region.text = QString::fromStdString(shape["label"].get<std::string>());
        static const nlohmann::json noFlags;
        const nlohmann::json& flags = shape.contains("flags") ? shape["flags"] : noFlags;
        if (flagSet(flags, "dont_care"))
            region.flags |= FlagDontCare;
        if (flagSet(flags, "illegible"))
            region.flags |= FlagIllegible;
        if (region.text == kDontCare) {
            region.text.clear();
            region.flags |= FlagDontCare;
        }
        image.regions.push_back(std::move(region));
    }
    return image;
}

/// A coordinate as JSON: an integer when it is one, so that files stay readable.
nlohmann::ordered_json coordinate(double v)
{
    if (std::floor(v) == v && std::abs(v) < 1e15)
        return static_cast<std::int64_t>(v);
    return v;
}

nlohmann::ordered_json shapeJson(const Region& region, ExportReport& report)
{
    nlohmann::ordered_json points = nlohmann::ordered_json::array();
    // A rectangle reads back with its corners in Polygon::fromBox order: other boxes are written as polygons.
    const bool rectangle = region.polygon == Polygon::fromBox(region.polygon.boundingBox());
    report.count(ExportLoss::TextsReadAsDontCare, !region.isDontCare() && region.text == kDontCare);
    report.count(ExportLoss::ConfidencesDropped, region.hasConfidence());
    report.count(ExportLoss::ScriptsDropped, !region.script.isEmpty());
    if (rectangle) {
        const BoxF b = region.polygon.boundingBox();
        points.push_back({ coordinate(b.x0), coordinate(b.y0) });
        points.push_back({ coordinate(b.x1), coordinate(b.y1) });
    } else {
        for (const PointF& p : region.polygon.points)
            points.push_back({ coordinate(p.x), coordinate(p.y) });
    }
    nlohmann::ordered_json flags = nlohmann::ordered_json::object();
    if (region.isDontCare())
        flags["dont_care"] = true;
    if (region.flags & FlagIllegible)
        flags["illegible"] = true;
    const QString label = region.isDontCare() && region.text.isEmpty() ? kDontCare : region.text;
    nlohmann::ordered_json shape;
    shape["label"] = label.toStdString();
    shape["points"] = std::move(points);
    shape["group_id"] = nullptr;
    shape["shape_type"] = rectangle ? "rectangle" : "polygon";
    shape["flags"] = std::move(flags);
    return shape;
}

} // namespace

bool LabelmeFormat::supportsFile(const QString& path) const
{
    QStringList candidates;
    const QFileInfo info(path);
    if (info.isDir())
        candidates = io::listFiles(path, { QStringLiteral(".json") }).mid(0, 3);
    else if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        candidates << path;
    for (const QString& candidate : candidates) {
        QFile file(candidate);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // The keys labelme always writes; "shapes" may be long, so imagePath can come late in the file.
        const QByteArray head = file.read(qint64(1024) * 1024);
        if (head.contains("\"shapes\"") && head.contains("\"imagePath\""))
            return true;
    }
    return false;
}

Result<ImportBatch> LabelmeFormat::read(const QString& path, const ReadOptions& options) const
{
    auto files = io::labelFilesAt(path, { QStringLiteral(".json") }, true);
    if (!files)
        return std::move(files).error();
    return io::readEachFile(id(), *files,
        [&](const QString& file, std::vector<Issue>& warnings) { return readFile(file, options.imagesDir, warnings); });
}

Result<ExportReport> LabelmeFormat::write(
    const ExportSet& set, const QString& outDir, const WriteOptions& options) const
{
    LECTOR_TRY(io::ensureDir(outDir));
    ExportReport report;
    report.formatId = id();
    report.track({ ExportLoss::TextsReadAsDontCare, ExportLoss::ConfidencesDropped, ExportLoss::ScriptsDropped });
    for (const ExportImage& image : set.images) {
        // The JSON goes where a copied image would be (outDir/<relative folder>/<stem>.json): stems in different
        // folders do not collide, and with copyImages the image is right beside it.
        const QString rel = io::safeRelativePath(image);
        const QString jsonFile = QDir::cleanPath(QDir(outDir).absoluteFilePath(
            QFileInfo(rel).path() + QLatin1Char('/') + QFileInfo(rel).completeBaseName() + QStringLiteral(".json")));
        QString imagePath = image.absolutePath;
        if (options.copyImages) {
            auto copied = io::copyImageInto(image, outDir);
            if (!copied)
                return std::move(copied).error();
            imagePath = *copied;
        }
        nlohmann::ordered_json doc;
        doc["version"] = kLabelmeVersion;
        doc["flags"] = nlohmann::ordered_json::object();
        doc["shapes"] = nlohmann::ordered_json::array();
        for (const Region& region : image.regions)
            doc["shapes"].push_back(shapeJson(region, report));
        doc["imagePath"] = QDir(QFileInfo(jsonFile).absolutePath()).relativeFilePath(imagePath).toStdString();
        doc["imageData"] = nullptr;
        const ImageSize size = io::exportImageSize(image).value_or(ImageSize {});
        doc["imageHeight"] = size.height;
        doc["imageWidth"] = size.width;
        LECTOR_TRY(io::writeFileAtomically(jsonFile, QByteArray::fromStdString(doc.dump(2) + "\n")));
        report.files << QDir(outDir).relativeFilePath(jsonFile);
        ++report.images;
        report.regions += std::int64_t(image.regions.size());
    }
    return report;
}

} // namespace lector
