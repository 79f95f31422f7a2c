// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "coco_format.h"

#include "../json_path_sax.h"
#include "../json_text.h"
#include "../label_file_util.h"

#include <lector/core/tr.h>
#include <lector/io/io_util.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <limits>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace lector {

namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

const QString& gtFileName()
{
    static const QString s = QStringLiteral("annotations.json");
    return s;
}
const QString& resultsFileName()
{
    static const QString s = QStringLiteral("results.json");
    return s;
}

struct CocoImage {
    std::string key; // the image id as text ("17", or TextOCR's "a4ea732cd3d5948a")
    std::string fileName;
    int width = 0;
    int height = 0;
    std::size_t offset = 0; // where the entry starts in the file, for errors
    std::string where; // "images[3]"
    std::vector<Region> regions;
    QString resolvedPath;
};

// An annotation whose image had not been listed yet when it was read (the "images" list may follow).
struct Deferred {
    std::string imageKey;
    std::string annotation; // its id or location, for the error
    std::size_t offset = 0;
    Region region;
};

// Streams a COCO ground-truth or results document into CocoImages, without a DOM.
class CocoSax : public io::JsonPathSax {
public:
    explicit CocoSax(bool imagesOnly)
        : m_imagesOnly(imagesOnly)
    {
    }

    bool results = false; // the document is a bare list: a COCO results file
    bool sawImages = false;
    std::vector<CocoImage> images;
    std::unordered_map<std::string, std::size_t> imageIndex;
    std::vector<Deferred> deferred;
    std::size_t missingScores = 0;

protected:
    // Object keys the reader looks at, tagged once per key so that hooks compare integers.
    enum Tag {
        Other,
        Annotations,
        Images,
        Id,
        ImageId,
        Bbox,
        Segmentation,
        Points,
        Mask,
        Utf8String,
        Text,
        Legibility,
        IsCrowd,
        Score,
        FileName,
        Width,
        Height
    };

    int keyTag(const std::string& k) const override
    {
        static const std::unordered_map<std::string, int> tags { { "annotations", Annotations },
            { "anns", Annotations }, { "images", Images }, { "imgs", Images }, { "id", Id }, { "image_id", ImageId },
            { "bbox", Bbox }, { "segmentation", Segmentation }, { "points", Points }, { "mask", Mask },
            { "utf8_string", Utf8String }, { "text", Text }, { "legibility", Legibility }, { "iscrowd", IsCrowd },
            { "score", Score }, { "file_name", FileName }, { "width", Width }, { "height", Height } };
        const auto it = tags.find(k);
        return it == tags.end() ? Other : it->second;
    }

    // The frame index of the annotation object we are in (1 in a results list, 2 in ground truth), or kNone.
    std::size_t annotationFrame() const
    {
        const auto& f = frames();
        if (m_imagesOnly || f.empty())
            return kNone;
        if (f[0].isArray)
            return f.size() >= 2 && !f[1].isArray ? 1 : kNone;
        if (f.size() >= 3 && f[0].tag == Annotations && !f[2].isArray)
            return 2;
        return kNone;
    }
    std::size_t imageFrame() const
    {
        const auto& f = frames();
        if (f.size() >= 3 && !f[0].isArray && f[0].tag == Images && !f[2].isArray)
            return 2;
        return kNone;
    }

    /// Where an annotation or an image must be, something else: a scalar (`container` false, frames() holds its
    /// list) or a list just opened (frames().back() is it). Such entries used to be skipped without a word.
    bool misplaced(bool container)
    {
        const auto& f = frames();
        const std::size_t at = container ? f.size() - 1 : f.size(); // frames above the value
        if (at == 1 && f[0].isArray) { // a results file: a list of detections
            if (!container || f[1].isArray)
                return notAnObject(Core::tr("detection %1").arg(QString::fromStdString(pathString(1))));
            return true;
        }
        if (at == 0 || f[0].isArray || (f[0].tag != Annotations && f[0].tag != Images))
            return true;
        if (at == 1 && !container)
            return fail(LECTOR_ERROR(ErrorCode::Parse,
                Core::tr("\"%1\" must be a list or an object").arg(QString::fromStdString(f[0].key))));
        if (at == 2 && (!container || f[2].isArray) && !(m_imagesOnly && f[0].tag == Annotations))
            return notAnObject(QString::fromStdString(pathString(2)));
        return true;
    }

    bool notAnObject(const QString& where)
    {
        return fail(LECTOR_ERROR(ErrorCode::Parse, Core::tr("%1 is not a JSON object").arg(where)));
    }

    bool onStartContainer() override
    {
        if (!misplaced(true))
            return false;
        const auto& f = frames();
        if (f.size() == 1) {
            results = f[0].isArray;
            return true;
        }
        if (f.size() == 2 && !f[0].isArray && f[0].tag == Images)
            sawImages = true;
        if (f.size() == 3) {
            if (annotationFrame() == 2)
                beginAnnotation();
            else if (imageFrame() == 2)
                beginImage();
        } else if (f.size() == 2 && annotationFrame() == 1) {
            beginAnnotation();
        }
        return true;
    }

    bool onScalar(const Scalar& v) override
    {
        if (!misplaced(false))
            return false;
        const std::size_t o = annotationFrame();
        if (o != kNone) {
            annotationScalar(o, v);
            return true;
        }
        const std::size_t i = imageFrame();
        if (i != kNone && depth() == i + 1)
            return imageScalar(v);
        return true;
    }

    bool onEndContainer() override
    {
        const std::size_t o = annotationFrame();
        if (o != kNone && depth() == o + 1)
            return endAnnotation(o);
        const std::size_t i = imageFrame();
        if (i != kNone && depth() == i + 1)
            return endImage();
        return true;
    }

private:
    struct Current {
        std::string id;
        std::string imageKey;
        bool hasImage = false;
        bool imageKeyIsString = false;
        std::vector<double> bbox;
        bool hasBbox = false;
        std::vector<double> poly;
        std::string text;
        bool hasUtf8String = false;
        bool hasText = false;
        bool hasLegibility = false;
        bool illegible = false;
        bool crowd = false;
        double score = std::numeric_limits<double>::quiet_NaN();
        bool bad = false;
        std::string badWhere;
        QString badProblem;
        std::size_t badOffset = 0;
        std::size_t start = 0;
    };

    void beginAnnotation()
    {
        Current& c = m_cur;
        c.id.clear();
        c.imageKey.clear();
        c.hasImage = c.imageKeyIsString = c.hasBbox = c.hasUtf8String = c.hasText = c.hasLegibility = false;
        c.illegible = c.crowd = c.bad = false;
        c.bbox.clear();
        c.poly.clear();
        c.text.clear();
        c.score = std::numeric_limits<double>::quiet_NaN();
        c.start = offset();
        // In the dict variant the key is the id, unless the object gives its own.
        if (!frames()[depth() - 2].isArray)
            c.id = frames()[depth() - 2].key;
    }

    void markBad(std::size_t o, const QString& problem)
    {
        if (m_cur.bad)
            return;
        m_cur.bad = true;
        m_cur.badWhere = pathString(o + 1);
        m_cur.badProblem = problem;
        m_cur.badOffset = offset();
    }

    static std::string idText(const Scalar& v)
    {
        if (v.kind == Kind::String)
            return *v.text;
        if (v.kind == Kind::Integer)
            return std::to_string(v.integer);
        if (v.kind == Kind::Float && v.number == std::floor(v.number) && std::abs(v.number) < 1e15)
            return std::to_string(std::int64_t(v.number));
        return {};
    }

    void annotationScalar(std::size_t o, const Scalar& v)
    {
        Current& c = m_cur;
        const auto& f = frames();
        const int field = f[o].tag;
        const bool isGeometry = field == Bbox || field == Segmentation || field == Points || field == Mask;
        if (depth() == o + 1) {
            if (field == Id) {
                c.id = idText(v);
            } else if (field == ImageId) {
                c.imageKey = idText(v);
                c.hasImage = !c.imageKey.empty();
                c.imageKeyIsString = v.kind == Kind::String;
                if (!c.hasImage)
                    markBad(o, Core::tr("must be an integer or a file name"));
            } else if (field == Utf8String || (field == Text && !c.hasUtf8String)) {
                if (v.kind == Kind::String) {
                    c.text = *v.text;
                    c.hasText = true;
                    c.hasUtf8String = field == Utf8String;
                } else if (v.kind != Kind::Null) {
                    markBad(o, Core::tr("must be a string"));
                }
            } else if (field == Legibility) {
                c.hasLegibility = true;
                c.illegible = v.kind == Kind::String && *v.text == "illegible";
            } else if (field == IsCrowd) {
                c.crowd = (v.kind == Kind::Bool && v.boolean) || (v.isNumber() && v.number != 0);
            } else if (field == Score) {
                if (!v.isNumber() || !std::isfinite(v.number))
                    markBad(o, Core::tr("must be a number"));
                else
                    c.score = v.number;
            } else if (isGeometry && v.kind != Kind::Null) {
                markBad(o, Core::tr("must be a list of numbers"));
            }
            return;
        }
        if (!isGeometry)
            return;
        std::vector<double>* target = nullptr;
        const bool flat = depth() == o + 2 && f[o + 1].isArray;
        if (field == Bbox) {
            if (flat)
                target = &c.bbox;
        } else if (field == Segmentation) {
            // [[x1, y1, ...], ...]: the first polygon; a flat list is accepted too; RLE objects are ignored.
            const bool firstOfNested = depth() == o + 3 && f[o + 1].isArray && f[o + 1].index == 0 && f[o + 2].isArray;
            if (flat || firstOfNested)
                target = &c.poly;
        } else if (flat) { // TextOCR "points", COCO-Text v2 "mask"
            target = &c.poly;
        }
        if (!target)
            return;
        if (!v.isNumber() || !std::isfinite(v.number)) {
            markBad(o, Core::tr("holds a value that is not a finite number"));
            return;
        }
        target->push_back(v.number);
        if (target == &c.bbox)
            c.hasBbox = true;
    }

    QString annotationName(std::size_t o) const
    {
        if (!m_cur.id.empty())
            return Core::tr("annotation %1").arg(QString::fromStdString(m_cur.id));
        return Core::tr("annotation %1").arg(QString::fromStdString(pathString(o)));
    }

    bool failAnnotation(std::size_t o, const QString& problem, std::size_t at)
    {
        Error e = LECTOR_ERROR(ErrorCode::Parse, QStringLiteral("%1: %2").arg(annotationName(o), problem));
        e.line = lineAt(at);
        return fail(std::move(e));
    }

    bool endAnnotation(std::size_t o)
    {
        Current& c = m_cur;
        // Its place in the file, for messages only: made when one is needed, not for each of a million annotations.
        const auto whereOf = [&] { return QString::fromStdString(pathString(o)); };
        if (c.bad)
            return failAnnotation(
                o, QStringLiteral("%1 %2").arg(QString::fromStdString(c.badWhere), c.badProblem), c.badOffset);
        if (!c.hasImage)
            return failAnnotation(o, Core::tr("%1 has no image_id").arg(whereOf()), c.start);
        Region r;
        if (c.poly.size() >= 6 && c.poly.size() % 2 == 0) {
            r.polygon = *Polygon::fromFlat(c.poly);
        } else if (c.hasBbox || !c.bbox.empty()) {
            if (c.bbox.size() != 4)
                return failAnnotation(o,
                    Core::tr("%1.bbox must have 4 numbers [x, y, width, height], found %2")
                        .arg(whereOf())
                        .arg(c.bbox.size()),
                    c.start);
            if (c.bbox[2] < 0 || c.bbox[3] < 0)
                return failAnnotation(o, Core::tr("%1.bbox has a negative width or height").arg(whereOf()), c.start);
            r.polygon = Polygon::fromBox(BoxF { c.bbox[0], c.bbox[1], c.bbox[0] + c.bbox[2], c.bbox[1] + c.bbox[3] });
        } else if (!c.poly.empty()) {
            return failAnnotation(o,
                Core::tr("%1 has a polygon of %2 numbers (need an even count, at least 6) and no bbox")
                    .arg(whereOf())
                    .arg(c.poly.size()),
                c.start);
        } else {
            return failAnnotation(o, Core::tr("%1 has neither a bbox nor a segmentation").arg(whereOf()), c.start);
        }
        r.text = QString::fromStdString(c.text);
        if (c.illegible)
            r.flags |= FlagIllegible;
        if (!c.hasLegibility && c.text == ".") {
            // TextOCR marks illegible words with "." as their text.
            r.flags |= FlagIllegible;
            r.text.clear();
        }
        if (c.text == "###") {
            r.flags |= FlagDontCare; // the ICDAR mark: no text, as the other readers give it
            r.text.clear();
        }
        if (c.crowd)
            r.flags |= FlagDontCare;
        if (results) {
            if (std::isnan(c.score)) {
                ++missingScores;
                r.confidence = 1.0;
            } else {
                r.confidence = c.score;
            }
        }

        std::size_t image = kNone;
        if (results) {
            // Results name images that are resolved after parsing; make an entry per distinct image_id.
            auto it = imageIndex.find(c.imageKey);
            if (it == imageIndex.end()) {
                CocoImage img;
                img.key = c.imageKey;
                if (c.imageKeyIsString)
                    img.fileName = c.imageKey;
                img.offset = c.start;
                img.where = pathString(o);
                images.push_back(std::move(img));
                it = imageIndex.emplace(c.imageKey, images.size() - 1).first;
            }
            image = it->second;
        } else {
            auto it = imageIndex.find(c.imageKey);
            if (it != imageIndex.end())
                image = it->second;
        }
        if (image != kNone) {
            images[image].regions.push_back(std::move(r));
        } else {
            deferred.push_back(Deferred { c.imageKey, annotationName(o).toStdString(), c.start, std::move(r) });
        }
        return true;
    }

    void beginImage()
    {
        m_img = CocoImage {};
        m_img.offset = offset();
        m_img.where = pathString(2);
        if (!frames()[1].isArray)
            m_img.key = frames()[1].key;
    }

    bool imageScalar(const Scalar& v)
    {
        const int field = frames().back().tag;
        if (field == Id) {
            m_img.key = idText(v);
        } else if (field == FileName) {
            if (v.kind != Kind::String)
                return failImage(Core::tr("%1.file_name must be a string"));
            m_img.fileName = *v.text;
        } else if (field == Width || field == Height) {
            if (!v.isNumber() || !(v.number >= 0) || v.number > 1e9)
                return failImage(Core::tr("%1.%2 must be a non-negative number")
                                     .arg(QStringLiteral("%1"), QString::fromStdString(frames().back().key)));
            (field == Width ? m_img.width : m_img.height) = int(v.number);
        }
        return true;
    }

    bool failImage(const QString& pattern)
    {
        return fail(LECTOR_ERROR(ErrorCode::Parse, pattern.arg(QString::fromStdString(m_img.where))));
    }

    bool endImage()
    {
        if (m_img.key.empty())
            return failImage(Core::tr("%1 has no id"));
        if (m_img.fileName.empty())
            return failImage(Core::tr("%1 has no file_name"));
        if (imageIndex.count(m_img.key))
            return failImage(Core::tr("%1 repeats the image id ") + QString::fromStdString(m_img.key));
        imageIndex.emplace(m_img.key, images.size());
        images.push_back(std::move(m_img));
        return true;
    }

    bool m_imagesOnly = false;
    Current m_cur;
    CocoImage m_img;
};

// Keeps a file's bytes in memory: mapped when possible (no copy of a 100 MB file), else read.
class FileBytes {
public:
    Result<void> open(const QString& path)
    {
        m_file.setFileName(path);
        if (!m_file.exists())
            return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("file not found")).at(path);
        if (!m_file.open(QIODevice::ReadOnly))
            return LECTOR_ERROR(ErrorCode::Io, Core::tr("cannot read the file: %1").arg(m_file.errorString())).at(path);
        if (m_file.isSequential()) {
            // A pipe or a device has no size to map (and /dev/zero no end): read it, up to the limit.
            m_file.close();
            auto bytes = io::readFileBytes(path);
            if (!bytes)
                return std::move(bytes).error();
            m_copy = std::move(bytes).value();
            m_data = m_copy.constData();
            m_size = std::size_t(m_copy.size());
            return {};
        }
        const qint64 size = m_file.size();
        if (size > 0) {
            m_data = reinterpret_cast<const char*>(m_file.map(0, size));
            if (!m_data) {
                m_copy = m_file.readAll();
                m_data = m_copy.constData();
            }
        }
        m_size = std::size_t(size);
        return {};
    }
    const char* data() const { return m_data ? m_data : ""; }
    std::size_t size() const { return m_size; }

private:
    QFile m_file;
    QByteArray m_copy;
    const char* m_data = nullptr;
    std::size_t m_size = 0;
};

// The parsed file stays mapped: errors found after parsing compute their line from its bytes.
struct ParsedCoco {
    explicit ParsedCoco(bool imagesOnly)
        : sax(imagesOnly)
    {
    }
    FileBytes bytes;
    CocoSax sax;
};

Result<std::unique_ptr<ParsedCoco>> parseFile(const QString& path, bool imagesOnly)
{
    auto parsed = std::make_unique<ParsedCoco>(imagesOnly);
    LECTOR_TRY(parsed->bytes.open(path));
    LECTOR_TRY(parsed->sax.parse(parsed->bytes.data(), parsed->bytes.size(), path));
    return parsed;
}

// Folders where images of a label file are looked for when the user named none.
QStringList imageDirCandidates(const ReadOptions& options, const QString& jsonFile)
{
    if (!options.imagesDir.isEmpty())
        return { options.imagesDir };
    const QDir dir = QFileInfo(jsonFile).absoluteDir();
    QStringList out { dir.absolutePath() };
    for (const QString& rel : { QStringLiteral("images"), QStringLiteral("../images") }) {
        const QString candidate = QDir::cleanPath(dir.absoluteFilePath(rel));
        if (QFileInfo(candidate).isDir())
            out << candidate;
    }
    return out;
}

// The image file for a file_name; empty when none of the folders holds it.
QString resolveInDirs(const QStringList& dirs, const QString& fileName)
{
    for (const QString& d : dirs) {
        QString p = io::resolveImagePath(d, fileName);
        if (QFileInfo::exists(p))
            return p;
    }
    return {};
}

Result<void> resolveImageFiles(CocoSax& sax, const QStringList& dirs, const QString& jsonFile, const CocoSax& lines)
{
    for (CocoImage& img : sax.images) {
        img.resolvedPath = resolveInDirs(dirs, QString::fromStdString(img.fileName));
        if (img.resolvedPath.isEmpty())
            return LECTOR_ERROR(ErrorCode::NotFound,
                Core::tr("%1: image file %2 not found in %3")
                    .arg(QString::fromStdString(img.where), QString::fromStdString(img.fileName),
                        dirs.join(QStringLiteral(", "))))
                .at(jsonFile, lines.lineAt(img.offset));
    }
    return {};
}

QString jsonFileIn(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return path;
    const QDir dir(path);
    for (const QString& name : { gtFileName(), resultsFileName() }) {
        if (dir.exists(name))
            return dir.filePath(name);
    }
    return {};
}

bool looksLikeCoco(const QString& jsonFile)
{
    QFile f(jsonFile);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray h = f.read(qint64(64) * 1024).trimmed();
    if (h.startsWith('['))
        return h.contains("\"image_id\"");
    if (!h.startsWith('{') || h.contains("\"form\""))
        return false;
    return h.contains("\"images\"") || h.contains("\"imgs\"") || h.contains("\"annotations\"")
        || h.contains("\"anns\"");
}

ImportedImage takeImage(CocoImage& img, const QString& jsonFile)
{
    ImportedImage out;
    out.imagePath = img.resolvedPath;
    out.width = img.width;
    out.height = img.height;
    out.regions = std::move(img.regions);
    out.labelFile = jsonFile;
    return out;
}

Result<ImportBatch> readGroundTruth(CocoSax& sax, const QString& file, const ReadOptions& options)
{
    if (!sax.sawImages)
        return LECTOR_ERROR(ErrorCode::Parse, Core::tr("not a COCO file: no \"images\" list")).at(file, 1);
    for (Deferred& d : sax.deferred) {
        auto it = sax.imageIndex.find(d.imageKey);
        if (it == sax.imageIndex.end())
            return LECTOR_ERROR(ErrorCode::Parse,
                Core::tr("%1 refers to image_id %2, which is not in the images list")
                    .arg(QString::fromStdString(d.annotation), QString::fromStdString(d.imageKey)))
                .at(file, sax.lineAt(d.offset));
        sax.images[it->second].regions.push_back(std::move(d.region));
    }
    sax.deferred.clear();
    LECTOR_TRY(resolveImageFiles(sax, imageDirCandidates(options, file), file, sax));
    ImportBatch batch;
    batch.formatId = QStringLiteral("coco");
    batch.images.reserve(sax.images.size());
    for (CocoImage& img : sax.images)
        batch.images.push_back(takeImage(img, file));
    return batch;
}

Result<ImportBatch> readResults(CocoSax& sax, const QString& file, const ReadOptions& options)
{
    ImportBatch batch;
    batch.formatId = QStringLiteral("coco");
    std::unique_ptr<ParsedCoco> referenceFile;
    CocoSax* reference = nullptr;
    if (!options.referenceFile.isEmpty()) {
        auto parsed = parseFile(options.referenceFile, true);
        if (!parsed)
            return std::move(parsed).error();
        referenceFile = std::move(parsed).value();
        reference = &referenceFile->sax;
        if (!reference->sawImages)
            return LECTOR_ERROR(
                ErrorCode::Parse, Core::tr("the reference file has no \"images\" list to map image ids to files"))
                .at(options.referenceFile, 1);
        LECTOR_TRY(resolveImageFiles(
            *reference, imageDirCandidates(options, options.referenceFile), options.referenceFile, *reference));
    }
    const QStringList dirs = imageDirCandidates(options, file);
    std::vector<bool> used(sax.images.size(), false);
    if (reference) {
        // A detection's image_id is the reference's id, or else (string ids) its file name or stem.
        std::unordered_map<std::string, std::size_t> byName;
        for (std::size_t r = 0; r < reference->images.size(); ++r) {
            const std::string& name = reference->images[r].fileName;
            byName.emplace(name, r);
            byName.emplace(QFileInfo(QString::fromStdString(name)).fileName().toStdString(), r);
            byName.emplace(QFileInfo(QString::fromStdString(name)).completeBaseName().toStdString(), r);
        }
        for (std::size_t i = 0; i < sax.images.size(); ++i) {
            CocoImage& img = sax.images[i];
            auto it = reference->imageIndex.find(img.key);
            std::size_t r = it != reference->imageIndex.end() ? it->second : kNone;
            if (r == kNone && !img.fileName.empty()) {
                auto byIt = byName.find(img.key);
                if (byIt != byName.end())
                    r = byIt->second;
            }
            if (r == kNone)
                continue;
            auto& target = reference->images[r].regions;
            target.insert(
                target.end(), std::make_move_iterator(img.regions.begin()), std::make_move_iterator(img.regions.end()));
            used[i] = true;
        }
        // Every image of the reference belongs to the run, also those where nothing was detected.
        for (CocoImage& refImage : reference->images)
            batch.images.push_back(takeImage(refImage, file));
    }
    for (std::size_t i = 0; i < sax.images.size(); ++i) {
        if (used[i])
            continue;
        CocoImage& img = sax.images[i];
        const QString key = QString::fromStdString(img.key);
        if (!img.fileName.empty())
            img.resolvedPath = resolveInDirs(dirs, key);
        if (img.resolvedPath.isEmpty()) {
            for (const QString& d : dirs) {
                img.resolvedPath = io::findImageForStem(d, QFileInfo(key).completeBaseName());
                if (!img.resolvedPath.isEmpty())
                    break;
            }
        }
        if (img.resolvedPath.isEmpty()) {
            const QString hint = reference
                ? Core::tr("it is not in the reference file's images and no image file has that name")
                : Core::tr("no image file has that name; results files name images by id, so give the COCO "
                           "ground truth as the reference file (lector-cli --reference FILE)");
            return LECTOR_ERROR(ErrorCode::NotFound,
                Core::tr("%1 refers to image_id %2: %3").arg(QString::fromStdString(img.where), key, hint))
                .at(file, sax.lineAt(img.offset));
        }
        batch.images.push_back(takeImage(img, file));
    }
    if (sax.missingScores > 0)
        batch.warnings.push_back(Issue {
            Core::tr("%1 detections have no score; they were given confidence 1").arg(sax.missingScores), file, 0 });
    return batch;
}

// Writing -------------------------------------------------------------------------------------------------

Result<void> checkPolygon(const Region& r, const ExportImage& image, std::size_t index)
{
    if (!r.polygon.isValid())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("region %1 has an invalid polygon").arg(index))
            .at(image.relativePath);
    return {};
}

/// "bbox" [x, y, width, height] and the polygon under `polygonKey`: COCO's "segmentation" [[x1, y1, ...]] (results),
/// or COCO-Text v2's flat "mask" [x1, y1, ...].
void appendGeometry(std::string& out, const Region& r, const char* polygonKey)
{
    using namespace io::json_text;
    const BoxF b = r.polygon.boundingBox();
    out += "\"bbox\": [";
    appendNumber(out, b.x0);
    out += ", ";
    appendNumber(out, b.y0);
    out += ", ";
    appendNumber(out, b.width());
    out += ", ";
    appendNumber(out, b.height());
    const bool nested = std::string_view(polygonKey) == "segmentation";
    out += "], \"";
    out += polygonKey;
    out += nested ? "\": [[" : "\": [";
    bool first = true;
    for (const PointF& p : r.polygon.points) {
        if (!first)
            out += ", ";
        first = false;
        appendNumber(out, p.x);
        out += ", ";
        appendNumber(out, p.y);
    }
    out += nested ? "]]" : "]";
}

/// A result's text: "###" for a don't-care detection (what the reader takes back as one).
QString exportText(const Region& r)
{
    if (r.isDontCare() && r.text.isEmpty())
        return QStringLiteral("###");
    return r.text;
}

Result<std::vector<std::int64_t>> exportIds(const ExportSet& set)
{
    std::vector<std::int64_t> ids;
    ids.reserve(set.images.size());
    std::unordered_set<std::int64_t> seen;
    for (std::size_t i = 0; i < set.images.size(); ++i) {
        const std::int64_t id = set.images[i].id != 0 ? set.images[i].id : std::int64_t(i + 1);
        if (!seen.insert(id).second)
            return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("two images have the id %1").arg(id))
                .at(set.images[i].relativePath);
        ids.push_back(id);
    }
    return ids;
}

/// COCO-Text's "set" of an image (the API lists its train, val and test images by it): the project's split when it
/// is one of those, else "train" (counted when the split had another name).
const char* cocoTextSet(const ExportImage& image, ExportReport& report)
{
    for (const char* set : { "train", "val", "test" }) {
        if (image.split == QLatin1String(set))
            return set;
    }
    report.count(ExportLoss::SplitsDropped, !image.split.isEmpty());
    return "train";
}

/// One COCO-Text annotation. COCO-Text has no don't care: such a region becomes an illegible one (what the issue
/// tracker asked for, and what its annotators did), and illegible annotations carry no "utf8_string" (its evaluation
/// tells legible words by that key).
void appendGroundTruthAnnotation(
    std::string& out, const Region& r, std::int64_t annId, std::int64_t imageId, ExportReport& report)
{
    using namespace io::json_text;
    const bool illegible = r.isDontCare() || (r.flags & FlagIllegible);
    report.count(ExportLoss::DontCareAsIllegible, r.isDontCare());
    report.count(ExportLoss::TextsDropped, illegible && !r.text.isEmpty());
    report.count(ExportLoss::TextsReadAsDontCare, !illegible && r.text == QLatin1String("###"));
    report.count(ExportLoss::ScriptsDropped, !r.script.isEmpty());
    out += '"';
    appendInt(out, annId);
    out += "\": {\"id\": ";
    appendInt(out, annId);
    out += ", \"image_id\": ";
    appendInt(out, imageId);
    out += ", ";
    appendGeometry(out, r, "mask");
    out += ", \"area\": ";
    appendNumber(out, r.polygon.area());
    if (!illegible) {
        out += ", \"utf8_string\": ";
        appendString(out, r.text);
    }
    out += illegible ? ", \"legibility\": \"illegible\"}" : ", \"legibility\": \"legible\"}";
}

/// The COCO-Text layout (cocotext.v2.json, as coco_text.COCO_Text's createIndex reads it, TextOCR's too): "imgs" and
/// "anns" keyed by id, "imgToAnns", "cats".
Result<void> writeGroundTruth(const ExportSet& set, const QString& file, ExportReport& report)
{
    using namespace io::json_text;
    auto ids = exportIds(set);
    if (!ids)
        return std::move(ids).error();
    std::string out = "{\n\"info\": {\"description\": ";
    appendString(out, QStringLiteral("labels of %1, exported by Lector").arg(set.name));
    out += "},\n\"cats\": {},\n\"imgs\": {";
    for (std::size_t i = 0; i < set.images.size(); ++i) {
        const ExportImage& img = set.images[i];
        const ImageSize size = io::exportImageSize(img).value_or(ImageSize {});
        out += i ? ",\n\"" : "\n\"";
        appendInt(out, (*ids)[i]);
        out += "\": {\"id\": ";
        appendInt(out, (*ids)[i]);
        out += ", \"file_name\": ";
        appendString(out, img.relativePath.isEmpty() ? QFileInfo(img.absolutePath).fileName() : img.relativePath);
        out += ", \"width\": ";
        appendInt(out, size.width);
        out += ", \"height\": ";
        appendInt(out, size.height);
        out += ", \"set\": \"";
        out += cocoTextSet(img, report);
        out += "\"}";
    }
    out += "\n},\n\"anns\": {";
    std::string imgToAnns = "\"imgToAnns\": {";
    std::int64_t annId = 0;
    for (std::size_t i = 0; i < set.images.size(); ++i) {
        const ExportImage& img = set.images[i];
        imgToAnns += i ? ",\n\"" : "\n\"";
        appendInt(imgToAnns, (*ids)[i]);
        imgToAnns += "\": [";
        for (std::size_t k = 0; k < img.regions.size(); ++k) {
            LECTOR_TRY(checkPolygon(img.regions[k], img, k));
            out += annId ? ",\n" : "\n";
            appendGroundTruthAnnotation(out, img.regions[k], ++annId, (*ids)[i], report);
            if (k)
                imgToAnns += ", ";
            appendInt(imgToAnns, annId);
        }
        imgToAnns += ']';
        ++report.images;
        report.regions += std::int64_t(img.regions.size());
    }
    out += "\n},\n" + imgToAnns + "\n}\n}\n";
    return io::writeFileAtomically(file, QByteArray::fromRawData(out.data(), qsizetype(out.size())));
}

Result<void> writeResults(const ExportSet& set, const QString& file, ExportReport& report)
{
    using namespace io::json_text;
    auto ids = exportIds(set);
    if (!ids)
        return std::move(ids).error();
    std::string out = "[";
    bool first = true;
    for (std::size_t i = 0; i < set.images.size(); ++i) {
        const ExportImage& img = set.images[i];
        for (std::size_t k = 0; k < img.regions.size(); ++k) {
            const Region& r = img.regions[k];
            LECTOR_TRY(checkPolygon(r, img, k));
            report.count(ExportLoss::TextsReadAsDontCare, !r.isDontCare() && r.text == QLatin1String("###"));
            // A detection is marked don't care by its text "###" alone: one with a text of its own loses the mark.
            report.count(ExportLoss::DontCareDropped, r.isDontCare() && !r.text.isEmpty());
            report.count(ExportLoss::ScriptsDropped, !r.script.isEmpty());
            report.count(ExportLoss::ConfidencesDropped, !r.hasConfidence());
            out += first ? "\n" : ",\n";
            first = false;
            out += "{\"image_id\": ";
            appendInt(out, (*ids)[i]);
            out += ", \"category_id\": 1, ";
            appendGeometry(out, r, "segmentation");
            out += ", \"score\": ";
            appendNumber(out, r.hasConfidence() ? r.confidence : 1.0);
            out += ", \"utf8_string\": ";
            appendString(out, exportText(r));
            if (r.flags & FlagIllegible)
                out += ", \"legibility\": \"illegible\"";
            out += '}';
        }
        ++report.images;
        report.regions += std::int64_t(img.regions.size());
    }
    out += "\n]\n";
    return io::writeFileAtomically(file, QByteArray::fromRawData(out.data(), qsizetype(out.size())));
}

} // namespace

bool CocoFormat::supportsFile(const QString& path) const
{
    const QString file = jsonFileIn(path);
    if (file.isEmpty() || !file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return false;
    return looksLikeCoco(file);
}

Result<ImportBatch> CocoFormat::read(const QString& path, const ReadOptions& options) const
{
    const QString file = jsonFileIn(path);
    if (file.isEmpty())
        return LECTOR_ERROR(
            ErrorCode::NotFound, Core::tr("the folder has no %1 or %2").arg(gtFileName(), resultsFileName()))
            .at(path);
    auto parsed = parseFile(file, false);
    if (!parsed)
        return std::move(parsed).error();
    CocoSax& sax = (*parsed)->sax;
    if (sax.results)
        return readResults(sax, file, options);
    return readGroundTruth(sax, file, options);
}

Result<ExportReport> CocoFormat::write(const ExportSet& set, const QString& outDir, const WriteOptions& options) const
{
    LECTOR_TRY(io::ensureDir(outDir));
    const QDir out(outDir);
    ExportReport report;
    report.formatId = id();
    report.track({ ExportLoss::TextsReadAsDontCare, ExportLoss::ScriptsDropped });
    if (set.predictions) {
        report.track({ ExportLoss::ConfidencesDropped, ExportLoss::DontCareDropped });
        LECTOR_TRY(writeResults(set, out.filePath(resultsFileName()), report));
        report.files << resultsFileName();
        return report;
    }
    report.track({ ExportLoss::DontCareAsIllegible, ExportLoss::TextsDropped, ExportLoss::SplitsDropped });
    LECTOR_TRY(writeGroundTruth(set, out.filePath(gtFileName()), report));
    report.files << gtFileName();
    if (options.copyImages) {
        for (const ExportImage& img : set.images) {
            if (img.absolutePath.isEmpty() || img.relativePath.isEmpty() || QFileInfo(img.relativePath).isAbsolute()
                || img.relativePath.startsWith(QLatin1String("..")))
                continue; // file_name would not lead to the copy; the label still names the original
            LECTOR_TRY(io::copyFileIfMissing(img.absolutePath, out.filePath(img.relativePath)));
        }
    }
    return report;
}

} // namespace lector
