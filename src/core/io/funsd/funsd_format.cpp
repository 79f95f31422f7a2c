// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "funsd_format.h"

#include "../json_path_sax.h"
#include "../json_text.h"

#include <lector/core/tr.h>
#include <lector/io/io_util.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <set>

namespace lector {

namespace {

const QStringList& jsonSuffixes()
{
    static const QStringList s { QStringLiteral(".json") };
    return s;
}

// The start of a file, for sniffing.
QByteArray head(const QString& path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(bytes);
}

bool looksLikeFunsd(const QString& jsonFile)
{
    const QByteArray h = head(jsonFile, 4096);
    return h.trimmed().startsWith('{') && h.contains("\"form\"");
}

// A FUNSD split folder (training_data/) holds annotations/ and images/: read its annotations.
QString labelFolder(const QString& path)
{
    const QDir dir(path);
    if (dir.exists(QStringLiteral("annotations")) && io::listFiles(path, jsonSuffixes()).isEmpty())
        return dir.filePath(QStringLiteral("annotations"));
    return path;
}

// Streams one FUNSD file: form[e].words[w] = {"text": "...", "box": [x0, y0, x1, y1]}.
class FunsdSax : public io::JsonPathSax {
public:
    std::vector<Region> regions;
    bool sawForm = false;

protected:
    // Frames of a word's field: form(0) [e](1) entity(2) [w](3) word(4); box numbers sit one deeper.
    bool inForm() const { return depth() >= 1 && !frames()[0].isArray && frames()[0].key == "form"; }
    bool atWord() const
    {
        return depth() == 5 && inForm() && frames()[1].isArray && !frames()[2].isArray && frames()[2].key == "words"
            && frames()[3].isArray && !frames()[4].isArray;
    }
    bool inBox() const { return depth() == 6 && frames()[5].isArray && frames()[4].key == "box" && wordOpen(); }
    bool wordOpen() const
    {
        return inForm() && frames()[1].isArray && frames()[2].key == "words" && frames()[3].isArray
            && !frames()[4].isArray;
    }

    // form[e], or form[e].words[w] when `inWords`: the list's items must be objects.
    bool inFormList() const { return depth() >= 2 && inForm() && frames()[1].isArray; }
    bool inWordList() const
    {
        return depth() >= 4 && inFormList() && !frames()[2].isArray && frames()[2].key == "words"
            && frames()[3].isArray;
    }
    bool wordsNotAList()
    {
        return fail(LECTOR_ERROR(
            ErrorCode::Parse, Core::tr("%1.words must be a list").arg(QString::fromStdString(pathString(2)))));
    }

    /// A container or a scalar where an entity or a word must be, or "words" that is not a list.
    bool misplaced(bool container)
    {
        // A container was pushed already: it sits one frame deeper than a scalar in the same place.
        const std::size_t at = container ? depth() - 1 : depth();
        if (at == 2 && inFormList() && (!container || frames()[2].isArray))
            return notAnObjectAt(2);
        if (at == 3 && depth() >= 3 && inFormList() && !frames()[2].isArray && frames()[2].key == "words"
            && (!container || !frames()[3].isArray))
            return wordsNotAList();
        if (at == 4 && inWordList() && (!container || frames()[4].isArray))
            return notAnObjectAt(4);
        return true;
    }
    bool notAnObjectAt(std::size_t frames)
    {
        return fail(LECTOR_ERROR(
            ErrorCode::Parse, Core::tr("%1 is not a JSON object").arg(QString::fromStdString(pathString(frames)))));
    }

    bool onStartContainer() override
    {
        if (!misplaced(true))
            return false;
        if (depth() == 2 && inForm()) {
            if (!frames()[1].isArray)
                return fail(LECTOR_ERROR(ErrorCode::Parse, Core::tr("\"form\" must be a list")));
            sawForm = true;
        } else if (depth() == 1 && frames()[0].isArray) {
            return fail(LECTOR_ERROR(ErrorCode::Parse,
                Core::tr("not a FUNSD file: expected an object "
                         "with a \"form\" list")));
        } else if (atWord()) {
            m_box.clear();
            m_text.clear();
            m_hasText = false;
            m_hasBox = false;
            m_wordLine = lineAt(offset());
        } else if (depth() == 6 && wordOpen() && frames()[4].key == "box") {
            if (!frames()[5].isArray)
                return bad("box", Core::tr("must be a list [x0, y0, x1, y1]"));
            m_hasBox = true;
        } else if (depth() == 6 && wordOpen() && frames()[4].key == "text") {
            return bad("text", Core::tr("must be a string"));
        }
        return true;
    }

    bool onScalar(const Scalar& v) override
    {
        if (!misplaced(false))
            return false;
        if (depth() == 2 && inForm() && !frames()[1].isArray)
            return fail(LECTOR_ERROR(ErrorCode::Parse, Core::tr("\"form\" must be a list")));
        if (depth() == 5 && wordOpen()) {
            if (frames()[4].key == "text") {
                if (v.kind != Kind::String)
                    return bad("text", Core::tr("must be a string"));
                m_text = *v.text;
                m_hasText = true;
            } else if (frames()[4].key == "box") {
                return bad("box", Core::tr("must be a list [x0, y0, x1, y1]"));
            }
        } else if (inBox()) {
            if (!v.isNumber() || !std::isfinite(v.number))
                return bad("box", Core::tr("coordinates must be numbers"));
            m_box.push_back(v.number);
        }
        return true;
    }

    bool onEndContainer() override
    {
        if (!atWord())
            return true;
        const QString where = QString::fromStdString(pathString());
        if (!m_hasText)
            return failAtWord(Core::tr("%1 has no \"text\"").arg(where));
        if (!m_hasBox)
            return failAtWord(Core::tr("%1 has no \"box\"").arg(where));
        if (m_box.size() != 4)
            return failAtWord(
                Core::tr("%1.box must have 4 numbers [x0, y0, x1, y1], found %2").arg(where).arg(m_box.size()));
        const BoxF box { m_box[0], m_box[1], m_box[2], m_box[3] };
        if (box.x1 < box.x0 || box.y1 < box.y0)
            return failAtWord(Core::tr("%1.box [%2, %3, %4, %5] has its corners swapped (expected x0 <= x1 "
                                       "and y0 <= y1)")
                                  .arg(where)
                                  .arg(box.x0)
                                  .arg(box.y0)
                                  .arg(box.x1)
                                  .arg(box.y1));
        Region r;
        r.polygon = Polygon::fromBox(box);
        r.text = QString::fromStdString(m_text);
        if (r.text.isEmpty())
            r.flags |= FlagIllegible; // a word whose text the annotators left out
        regions.push_back(std::move(r));
        return true;
    }

private:
    bool bad(const char* field, const QString& problem)
    {
        std::string where = pathString(5);
        return fail(LECTOR_ERROR(ErrorCode::Parse,
            QStringLiteral("%1.%2 %3").arg(QString::fromStdString(where), QLatin1String(field), problem)));
    }
    bool failAtWord(const QString& message)
    {
        Error e = LECTOR_ERROR(ErrorCode::Parse, message);
        e.line = m_wordLine;
        return fail(std::move(e));
    }

    std::vector<double> m_box;
    std::string m_text;
    bool m_hasText = false;
    bool m_hasBox = false;
    int m_wordLine = 0;
};

Result<std::vector<Region>> readFunsdFile(const QString& file)
{
    auto bytes = io::readFileBytes(file);
    if (!bytes)
        return std::move(bytes).error();
    FunsdSax sax;
    LECTOR_TRY(sax.parse(bytes->constData(), std::size_t(bytes->size()), file));
    if (!sax.sawForm)
        return LECTOR_ERROR(ErrorCode::Parse, Core::tr("not a FUNSD file: no \"form\" list")).at(file, 1);
    return std::move(sax.regions);
}

QString defaultImagesDir(const QString& labelDir)
{
    const QDir dir(labelDir);
    if (dir.dirName() == QLatin1String("annotations")) {
        QString sibling = QDir::cleanPath(dir.absoluteFilePath(QStringLiteral("../images")));
        if (QFileInfo(sibling).isDir())
            return sibling;
    }
    return dir.absolutePath();
}

} // namespace

bool FunsdFormat::supportsFile(const QString& path) const
{
    const QFileInfo info(path);
    if (info.isDir()) {
        const QStringList files = io::listFiles(labelFolder(path), jsonSuffixes());
        return !files.isEmpty() && looksLikeFunsd(files.first());
    }
    return info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 && looksLikeFunsd(path);
}

Result<ImportBatch> FunsdFormat::read(const QString& path, const ReadOptions& options) const
{
    const QFileInfo info(path);
    QStringList files;
    QString labelDir;
    if (info.isDir()) {
        labelDir = labelFolder(path);
        files = io::listFiles(labelDir, jsonSuffixes());
        if (files.isEmpty())
            return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("the folder has no .json files")).at(path);
    } else if (info.exists()) { // a file, or a device or pipe that readFileBytes() reads up to its limit
        files << info.absoluteFilePath();
        labelDir = info.absolutePath();
    } else {
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("file not found")).at(path);
    }
    const QString imagesDir = options.imagesDir.isEmpty() ? defaultImagesDir(labelDir) : options.imagesDir;

    ImportBatch batch;
    batch.formatId = id();
    batch.images.reserve(std::size_t(files.size()));
    for (const QString& file : files) {
        const QString stem = QFileInfo(file).completeBaseName();
        ImportedImage image;
        image.imagePath = io::findImageForStem(imagesDir, stem);
        if (image.imagePath.isEmpty())
            return LECTOR_ERROR(ErrorCode::NotFound,
                Core::tr("no image named %1 (.png, .jpg, ...) in %2").arg(stem, QDir::toNativeSeparators(imagesDir)))
                .at(file);
        auto regions = readFunsdFile(file);
        if (!regions)
            return std::move(regions).error();
        image.regions = std::move(regions).value();
        image.labelFile = file;
        batch.images.push_back(std::move(image));
    }
    return batch;
}

namespace {

/// What FUNSD cannot carry of a word: it has boxes, whole-pixel ones, and no flags; a word without text reads back as
/// illegible (FUNSD's annotators left the text of unreadable words out).
void countFunsdLoss(const Region& r, const BoxF& written, ExportReport& report)
{
    const BoxF b = r.polygon.boundingBox();
    report.count(ExportLoss::PolygonsAsBoxes, r.polygon != Polygon::fromBox(b));
    report.count(ExportLoss::CornersRounded, !(written == b));
    const bool illegible = r.flags & FlagIllegible;
    const bool empty = r.text.isEmpty();
    report.count(ExportLoss::DontCareAsIllegible, r.isDontCare() && empty);
    report.count(ExportLoss::DontCareDropped, r.isDontCare() && !empty);
    report.count(ExportLoss::IllegibleDropped, illegible && !empty);
    report.count(ExportLoss::EmptyTextsAsIllegible, empty && !illegible && !r.isDontCare());
    report.count(ExportLoss::ConfidencesDropped, r.hasConfidence());
    report.count(ExportLoss::ScriptsDropped, !r.script.isEmpty());
}

} // namespace

Result<ExportReport> FunsdFormat::write(const ExportSet& set, const QString& outDir, const WriteOptions& options) const
{
    LECTOR_TRY(io::ensureDir(outDir));
    const QDir out(outDir);
    ExportReport report;
    report.formatId = id();
    std::set<QString> stems;
    for (const ExportImage& image : set.images) {
        const QString name = image.relativePath.isEmpty() ? image.absolutePath : image.relativePath;
        const QString stem = QFileInfo(name).completeBaseName();
        if (!stems.insert(stem).second)
            return LECTOR_ERROR(ErrorCode::InvalidArgument,
                Core::tr("two images are named %1: FUNSD names each label file after its image").arg(stem))
                .at(name);
        std::string json = "{\n    \"form\": [";
        int index = 0;
        for (const Region& r : image.regions) {
            if (!r.polygon.isValid())
                return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("region %1 has an invalid polygon").arg(index))
                    .at(name);
            const BoxF b = r.polygon.boundingBox();
            // Round outward so that the integer box still covers the word.
            const BoxF box { std::floor(b.x0), std::floor(b.y0), std::ceil(b.x1), std::ceil(b.y1) };
            countFunsdLoss(r, box, report);
            std::string boxText = "[";
            for (const double v : { box.x0, box.y0, box.x1, box.y1 }) {
                if (boxText.size() > 1)
                    boxText += ", ";
                io::json_text::appendInt(boxText, std::int64_t(v));
            }
            boxText += ']';
            std::string text;
            io::json_text::appendString(text, r.text);
            json += index ? ",\n" : "\n";
            json += "        {\n            \"id\": ";
            io::json_text::appendInt(json, index);
            json += ",\n            \"text\": ";
            json += text;
            json += ",\n            \"box\": ";
            json += boxText;
            json += ",\n            \"label\": \"other\",\n            \"words\": [\n                {\n"
                    "                    \"text\": ";
            json += text;
            json += ",\n                    \"box\": ";
            json += boxText;
            json += "\n                }\n            ],\n            \"linking\": []\n        }";
            ++index;
        }
        json += index ? "\n    ]\n}\n" : "]\n}\n";
        LECTOR_TRY(
            io::writeFileAtomically(out.filePath(stem + QStringLiteral(".json")), QByteArray::fromStdString(json)));
        report.files << stem + QStringLiteral(".json");
        ++report.images;
        report.regions += index;
        if (options.copyImages && !image.absolutePath.isEmpty()) {
            const QString target = out.filePath(stem + QLatin1Char('.') + QFileInfo(image.absolutePath).suffix());
            LECTOR_TRY(io::copyFileIfMissing(image.absolutePath, target));
        }
    }
    report.track({ ExportLoss::PolygonsAsBoxes, ExportLoss::CornersRounded, ExportLoss::DontCareAsIllegible,
        ExportLoss::DontCareDropped, ExportLoss::IllegibleDropped, ExportLoss::EmptyTextsAsIllegible,
        ExportLoss::ConfidencesDropped, ExportLoss::ScriptsDropped });
    return report;
}

} // namespace lector
