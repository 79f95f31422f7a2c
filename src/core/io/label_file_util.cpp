// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/label_file_util.h"

#include <lector/core/tr.h>
#include <lector/io/io_util.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace lector::io {

std::optional<double> parseFiniteNumber(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('+')))
        text = text.mid(1);
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    char buf[64];
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7f)
            return std::nullopt;
        buf[i] = char(c);
    }
    double value = 0;
    const char* end = buf + text.size();
    const auto res = std::from_chars(buf, end, value);
    if (res.ec != std::errc() || res.ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString formatNumber(double value)
{
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    return QString::fromLatin1(buf, res.ptr - buf);
}

Result<QStringList> labelFilesAt(const QString& path, const QStringList& suffixes, bool recursive)
{
    const QFileInfo info(path);
    if (!info.exists())
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("no such file or folder")).at(path);
    if (!info.isDir())
        return QStringList { info.absoluteFilePath() };
    QStringList files;
    if (recursive) {
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            for (const QString& s : suffixes) {
                if (f.endsWith(s, Qt::CaseInsensitive)) {
                    files << QFileInfo(f).absoluteFilePath();
                    break;
                }
            }
        }
        files.sort();
    } else {
        files = listFiles(path, suffixes);
    }
    if (files.isEmpty())
        return LECTOR_ERROR(ErrorCode::NotFound,
            Core::tr("the folder holds no label files (%1)").arg(suffixes.join(QStringLiteral(", "))))
            .at(path);
    return files;
}

Result<ImportBatch> readEachFile(const QString& formatId, const QStringList& files, const LabelFileReader& readFile)
{
    ImportBatch batch;
    batch.formatId = formatId;
    batch.images.reserve(files.size());
    for (const QString& file : files) {
        auto image = readFile(file, batch.warnings);
        if (!image)
            return std::move(image).error();
        batch.images.push_back(std::move(image).value());
    }
    return batch;
}

QString imagesDirFor(const ReadOptions& options, const QString& labelPath)
{
    if (!options.imagesDir.isEmpty())
        return options.imagesDir;
    const QFileInfo info(labelPath);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

Result<QString> imageForLabelFile(const QString& imagesDir, const QStringList& stems, const QString& labelFile)
{
    for (const QString& stem : stems) {
        const QString image = findImageForStem(imagesDir, stem);
        if (!image.isEmpty())
            return image;
    }
    return LECTOR_ERROR(
        ErrorCode::NotFound, Core::tr("no image named %1.* in %2 for this label file").arg(stems.value(0), imagesDir))
        .at(labelFile);
}

QString firstNonEmptyLine(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray head = file.read(qint64(64) * 1024);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    for (const QByteArray& line : head.split('\n')) {
        QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

std::optional<std::size_t> jsonTooDeepAt(const char* data, std::size_t size, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

Result<nlohmann::json> parseJson(const QByteArray& utf8, const QString& path, int firstLine)
{
    // nlohmann parses without recursion, but copying or comparing a value recurses once per level: a file nested a
    // hundred thousand levels deep would overflow the stack long after parsing. No label format nests beyond 6.
    if (const auto at = jsonTooDeepAt(utf8.constData(), std::size_t(utf8.size()), kMaxJsonDepth))
        return LECTOR_ERROR(
            ErrorCode::Parse, Core::tr("malformed JSON: nested deeper than %1 levels").arg(kMaxJsonDepth))
            .at(path, firstLine + int(std::count(utf8.constBegin(), utf8.constBegin() + qsizetype(*at), '\n')));
    try {
        return nlohmann::json::parse(utf8.constBegin(), utf8.constEnd());
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        const qsizetype at = std::min<qsizetype>(qsizetype(e.byte) - 1, utf8.size());
        const int line
            = firstLine + int(std::count(utf8.constBegin(), utf8.constBegin() + std::max<qsizetype>(at, 0), '\n'));
        return LECTOR_ERROR(ErrorCode::Parse, Core::tr("malformed JSON"))
            .at(path, line)
            .withDetail(QString::fromUtf8(e.what()));
    } catch (const nlohmann::json::exception& e) {
        // A number too large for a double (1e999) and the like: nlohmann gives no position, so the line is only known
        // when the text is a single line.
        return LECTOR_ERROR(ErrorCode::Parse, Core::tr("malformed JSON: %1").arg(QString::fromUtf8(e.what())))
            .at(path, utf8.contains('\n') ? 0 : firstLine)
            .withDetail(QString::fromUtf8(e.what()));
    }
}

std::optional<std::vector<PointF>> pointsFromJson(const nlohmann::json& value)
{
    if (!value.is_array())
        return std::nullopt;
    std::vector<PointF> points;
    points.reserve(value.size());
    for (const nlohmann::json& p : value) {
        if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number())
            return std::nullopt;
        const PointF pt { p[0].get<double>(), p[1].get<double>() };
        if (!std::isfinite(pt.x) || !std::isfinite(pt.y))
            return std::nullopt;
        points.push_back(pt);
    }
    return points;
}

QString safeRelativePath(const ExportImage& image)
{
    QString rel = QDir::cleanPath(image.relativePath);
    rel.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (image.relativePath.isEmpty() || QFileInfo(rel).isAbsolute() || rel == QLatin1String("..")
        || rel.startsWith(QLatin1String("../")))
        return QFileInfo(image.absolutePath).fileName();
    return rel;
}

QString exportStem(const ExportImage& image) { return QFileInfo(safeRelativePath(image)).completeBaseName(); }

Result<QString> copyImageInto(const ExportImage& image, const QString& outDir, bool keepFolders)
{
    const QString rel = keepFolders ? safeRelativePath(image) : QFileInfo(safeRelativePath(image)).fileName();
    const QString target = QDir::cleanPath(QDir(outDir).absoluteFilePath(rel));
    if (QFileInfo(target) == QFileInfo(image.absolutePath))
        return target;
    LECTOR_TRY(copyFileIfMissing(image.absolutePath, target));
    return target;
}

std::optional<ImageSize> exportImageSize(const ExportImage& image)
{
    if (image.width > 0 && image.height > 0)
        return ImageSize { image.width, image.height };
    return readImageSize(image.absolutePath);
}

Result<void> checkUniqueStems(const ExportSet& set, const QString& outDir)
{
    QHash<QString, QString> seen;
    for (const ExportImage& image : set.images) {
        const QString stem = exportStem(image);
        const auto it = seen.constFind(stem);
        if (it != seen.constEnd())
            return LECTOR_ERROR(ErrorCode::InvalidArgument,
                Core::tr("the images %1 and %2 would share the label file of %3").arg(*it, image.relativePath, stem))
                .at(outDir);
        seen.insert(stem, image.relativePath);
    }
    return {};
}

Result<ImportBatch> readImageListLines(
    const QString& formatId, const QString& file, const QString& imagesDir, const RegionListParser& parse)
{
    ImportBatch batch;
    batch.formatId = formatId;
    QHash<QString, size_t> indexOfImage;
    // Line by line: a Label.txt of a million images, or a file that never ends, costs one line of memory to read.
    LECTOR_TRY(forEachUtf8Line(file, [&](int lineNo, const QString& line) -> Result<void> {
        if (line.trimmed().isEmpty())
            return {};
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab <= 0)
            return LECTOR_ERROR(ErrorCode::Parse, Core::tr("expected an image path, a tab and a JSON list"))
                .at(file, lineNo);
        const QString pathInFile = line.left(tab);
        auto regions = parse(line.mid(tab + 1), file, lineNo);
        if (!regions)
            return std::move(regions).error();
        const QString imagePath = resolveImagePath(imagesDir, pathInFile);
        if (!QFileInfo::exists(imagePath))
            return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("image not found: %1").arg(imagePath)).at(file, lineNo);
        const auto known = indexOfImage.constFind(imagePath);
        if (known != indexOfImage.constEnd()) {
            batch.warnings.push_back(
                { Core::tr("a second line for %1: its regions are added to the first").arg(pathInFile), file, lineNo });
            auto& into = batch.images[*known].regions;
            into.insert(into.end(), regions->begin(), regions->end());
            return {};
        }
        ImportedImage image;
        image.imagePath = imagePath;
        image.labelFile = file;
        image.regions = std::move(regions).value();
        indexOfImage.insert(imagePath, batch.images.size());
        batch.images.push_back(std::move(image));
        return {};
    }));
    return batch;
}

} // namespace lector::io
