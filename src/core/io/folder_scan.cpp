// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Finding a dataset in a folder: the images (by name and by their first bytes, checked by header) and the label sets
// beside them, as New Project from Folder, a drop on the window and `lector-cli import --folder` see it.
#include <lector/io/folder_scan.h>

#include <lector/core/parallel_for.h>
#include <lector/core/tr.h>
#include <lector/image/image_header.h>
#include <lector/io/format_registry.h>
#include <lector/io/io_util.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace lector {

namespace {

/// Folders this deep below a scanned root are tried as label folders (annotations/test under a dataset's root).
constexpr int kLabelDepth = 3;
/// Single label files tried per folder that no format takes as a whole (COCO JSON files beside the images).
constexpr int kLabelFilesPerFolder = 20;
/// Image folders a label set's paths are tried against, the fullest first.
constexpr int kImageDirsTried = 4;

bool isLabelSuffix(const QString& suffix)
{
    static const QSet<QString> suffixes { QStringLiteral("txt"), QStringLiteral("json"), QStringLiteral("csv"),
        QStringLiteral("xml"), QStringLiteral("tsv") };
    return suffixes.contains(suffix.toLower());
}

/// Endings that are never images: not even sniffed.
bool isNeverImage(const QString& suffix)
{
    static const QSet<QString> suffixes { QStringLiteral("lector"), QStringLiteral("lector-wal"),
        QStringLiteral("lector-shm"), QStringLiteral("md"), QStringLiteral("py"), QStringLiteral("yaml"),
        QStringLiteral("yml"), QStringLiteral("pdf"), QStringLiteral("zip"), QStringLiteral("gz"),
        QStringLiteral("tar"), QStringLiteral("pkl"), QStringLiteral("npy"), QStringLiteral("cach") };
    return isLabelSuffix(suffix) || suffixes.contains(suffix.toLower());
}

/// "page_2" before "page_10": runs of digits compare by value, the rest case-insensitively. Why not QCollator's
/// numeric mode: it needs ICU and a real locale, and is silently ignored under the C locale of a service or a test.
bool naturalLess(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            QStringView da = QStringView(a).mid(i, ei - i);
            QStringView db = QStringView(b).mid(j, ej - j);
            while (da.size() > 1 && da.front() == QLatin1Char('0'))
                da = da.mid(1);
            while (db.size() > 1 && db.front() == QLatin1Char('0'))
                db = db.mid(1);
            if (da.size() != db.size())
                return da.size() < db.size();
            if (const int c = da.compare(db); c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a[i].toCaseFolded();
        const QChar cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b; // equal but for case or leading zeros: a stable, total order
}

struct Candidate {
    QString path;
    bool named = false; // by its ending; else by its first bytes
};

struct VisitedDir {
    QString path;
    int depth = 0;
    QStringList labelFiles; // .txt/.json/... directly inside
};

class Walker {
public:
    Walker(const FolderScanOptions& options, Progress* progress, FolderScan& scan)
        : m_options(options)
        , m_progress(progress)
        , m_scan(scan)
    {
    }

    bool walk(const QString& root)
    {
        std::vector<std::pair<QString, int>> stack { { root, 0 } };
        while (!stack.empty()) {
            auto [dirPath, depth] = stack.back();
            stack.pop_back();
            if (m_progress && m_progress->isCanceled())
                return false;
            const QDir dir(dirPath);
            if (!dir.isReadable()) {
                m_scan.problems.push_back({ Core::tr("folder cannot be read"), dirPath, 0 });
                continue;
            }
            ++m_scan.folders;
            VisitedDir visited { dirPath, depth, {} };
            const QFileInfoList entries
                = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
            for (const QFileInfo& e : entries) {
                if (e.isDir()) {
                    if (e.isSymLink() || !m_options.recursive)
                        continue; // links to folders can loop; a copy of the tree is not a second dataset
                    if (depth + 1 > m_options.maxDepth) {
                        m_scan.problems.push_back(
                            { Core::tr("folder more than %1 levels deep: not scanned").arg(m_options.maxDepth),
                                e.absoluteFilePath(), 0 });
                        continue;
                    }
                    stack.emplace_back(e.absoluteFilePath(), depth + 1);
                    continue;
                }
                addFile(e, &visited);
            }
            if (m_progress)
                m_progress->report(std::int64_t(m_candidates.size()), 0);
            m_dirs.push_back(std::move(visited));
        }
        return true;
    }

    void addFile(const QFileInfo& e, VisitedDir* visited)
    {
        const QString suffix = e.suffix().toLower();
        const QString path = QDir::cleanPath(e.absoluteFilePath());
        if (io::imageSuffixes().contains(suffix))
            m_candidates.push_back({ path, true });
        else if (isLabelSuffix(suffix)) {
            if (visited)
                visited->labelFiles << path;
            else
                m_labelFiles << path;
        } else if (!isNeverImage(suffix) && looksLikeImageFile(path))
            m_candidates.push_back({ path, false });
    }

    std::vector<Candidate> m_candidates;
    std::vector<VisitedDir> m_dirs;
    QStringList m_labelFiles; // given directly

private:
    const FolderScanOptions& m_options;
    Progress* m_progress;
    FolderScan& m_scan;
};

/// Keeps the candidates whose header reads; the others become problems. Header reads run on every core.
bool checkImages(const std::vector<Candidate>& candidates, Progress* progress, FolderScan& scan)
{
    struct Checked {
        bool ok = false;
        qint64 bytes = 0;
    };
    std::vector<Checked> checked(candidates.size());
    ParallelOptions options;
    options.progress = progress;
    const bool done = parallelFor(candidates.size(), options, [&](std::size_t i, int) {
        const QFileInfo info(candidates[i].path);
        checked[i].bytes = info.size();
        checked[i].ok = info.size() > 0 && readImageSize(candidates[i].path).has_value();
    });
    if (!done)
        return false;
    QSet<QString> seen;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const QString& path = candidates[i].path;
        if (seen.contains(path))
            continue;
        seen.insert(path);
        if (!checked[i].ok) {
            scan.problems.push_back({ checked[i].bytes == 0 ? Core::tr("empty file: not an image")
                                                            : Core::tr("not a readable image: skipped"),
                path, 0 });
            continue;
        }
        scan.images.push_back(path);
        scan.imageBytes += checked[i].bytes;
    }
    std::stable_sort(scan.images.begin(), scan.images.end(), naturalLess);
    return true;
}

struct LabelCandidate {
    const Format* format = nullptr;
    QString path;
};

/// The label folders and files worth reading: each folder a format takes as a whole (not below one already taken),
/// else the single label files in it that a format takes.
std::vector<LabelCandidate> labelCandidates(const Walker& walker)
{
    const auto formats = FormatRegistry::instance().formats();
    std::vector<LabelCandidate> out;
    QStringList taken;
    auto under = [&](const QString& path) {
        return std::any_of(taken.begin(), taken.end(),
            [&](const QString& t) { return path == t || path.startsWith(t + QLatin1Char('/')); });
    };
    auto tryFile = [&](const QString& file) {
        for (const Format* f : formats) {
            if ((f->capabilities() & Format::Read) && f->supportsFile(file))
                out.push_back({ f, file });
        }
    };
    std::vector<const VisitedDir*> dirs;
    for (const VisitedDir& d : walker.m_dirs)
        dirs.push_back(&d);
    std::sort(dirs.begin(), dirs.end(), [](const VisitedDir* a, const VisitedDir* b) { return a->path < b->path; });
    for (const VisitedDir* d : dirs) {
        if (d->depth > kLabelDepth || under(d->path))
            continue;
        bool wholeFolder = false;
        for (const Format* f : formats) {
            if ((f->capabilities() & Format::Read) && f->supportsFile(d->path)) {
                out.push_back({ f, d->path });
                wholeFolder = true;
            }
        }
        if (wholeFolder) {
            taken << d->path;
            continue;
        }
        for (int i = 0; i < d->labelFiles.size() && i < kLabelFilesPerFolder; ++i)
            tryFile(d->labelFiles[i]);
    }
    for (const QString& file : walker.m_labelFiles)
        tryFile(file);
    return out;
}

/// The folders holding the scan's images, the fullest first.
QStringList imageDirs(const FolderScan& scan)
{
    QHash<QString, int> count;
    for (const QString& image : scan.images)
        ++count[QFileInfo(image).absolutePath()];
    QStringList dirs = count.keys();
    std::sort(dirs.begin(), dirs.end(), [&](const QString& a, const QString& b) {
        return count.value(a) != count.value(b) ? count.value(a) > count.value(b) : a < b;
    });
    return dirs.mid(0, kImageDirsTried);
}

/// Reads a candidate against the format's default image folder, then the scan's image folders; keeps the reading
/// that names the most scanned images. A candidate that reads nowhere becomes a problem.
void readCandidate(const LabelCandidate& c, const FolderScan& scan, const QSet<QString>& images,
    const QStringList& dirs, std::vector<FoundLabels>& found, std::vector<Issue>& problems)
{
    std::optional<FoundLabels> best;
    std::optional<Error> firstError;
    QStringList tries { QString() };
    tries << dirs;
    for (const QString& imagesDir : tries) {
        ReadOptions options;
        options.imagesDir = imagesDir;
        auto batch = c.format->read(c.path, options);
        if (!batch) {
            if (!firstError)
                firstError = std::move(batch).error();
            continue;
        }
        FoundLabels labels;
        labels.formatId = c.format->id();
        labels.formatName = c.format->displayName();
        labels.path = c.path;
        labels.imagesDir = imagesDir;
        labels.regions = std::int64_t(batch->regionCount());
        bool allConfident = labels.regions > 0;
        for (const ImportedImage& img : batch->images) {
            if (images.contains(QDir::cleanPath(img.imagePath)))
                ++labels.imagesMatched;
            for (const Region& r : img.regions)
                allConfident = allConfident && r.hasConfidence();
        }
        labels.looksLikePredictions = allConfident || labels.formatId == QLatin1String("paddleocr");
        labels.batch = std::move(batch).value();
        const bool complete = labels.imagesMatched == int(labels.batch.images.size());
        if (!best || labels.imagesMatched > best->imagesMatched)
            best = std::move(labels);
        if (complete && best->imagesMatched > 0)
            break;
    }
    if (best && (best->imagesMatched > 0 || scan.images.empty())) {
        found.push_back(std::move(*best));
        return;
    }
    const QString why = firstError ? firstError->message : Core::tr("it names none of the images found");
    problems.push_back(
        { Core::tr("looks like %1 but does not read: %2").arg(c.format->displayName(), why), c.path, 0 });
}

} // namespace

bool looksLikeImageFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(12);
    if (head.size() < 8)
        return false;
    return head.startsWith("\x89PNG\r\n\x1a\n") || head.startsWith("\xff\xd8\xff") || head.startsWith("II*")
        || head.startsWith("MM\0*") || head.startsWith("BM")
        || (head.startsWith("RIFF") && head.size() >= 12 && head.mid(8, 4) == "WEBP") || head.startsWith("GIF8");
}

QString FolderScan::summary() const
{
    const QLocale locale = QLocale::c();
    QStringList lines;
    lines << Core::tr("%1 images in %2 %3 (%4)")
                 .arg(images.size())
                 .arg(folders)
                 .arg(folders == 1 ? Core::tr("folder") : Core::tr("folders"))
                 .arg(locale.formattedDataSize(imageBytes, 1, QLocale::DataSizeTraditionalFormat));
    if (labels.empty())
        lines << Core::tr("no labels found: the images come in unlabeled");
    for (const FoundLabels& l : labels)
        lines << Core::tr("%1 in %2: %3 regions on %4 images (%5 of the images found)%6")
                     .arg(l.formatName, QDir::toNativeSeparators(l.path))
                     .arg(l.regions)
                     .arg(l.batch.images.size())
                     .arg(l.imagesMatched)
                     .arg(l.looksLikePredictions ? Core::tr(", a model's predictions") : QString());
    if (!problems.empty())
        lines << Core::tr("%1 problems, the first: %2").arg(problems.size()).arg(problems.front().toString());
    return lines.join(QLatin1Char('\n'));
}

Result<FolderScan> scanPaths(const QStringList& paths, const FolderScanOptions& options, Progress* progress)
{
    FolderScan scan;
    Walker walker(options, progress, scan);
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (!info.exists())
            return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("no such file or folder")).at(p);
        scan.roots << QDir::cleanPath(info.absoluteFilePath());
        if (info.isDir()) {
            if (!walker.walk(QDir::cleanPath(info.absoluteFilePath())))
                return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("scan canceled"));
        } else {
            walker.addFile(info, nullptr);
        }
    }
    if (!checkImages(walker.m_candidates, progress, scan))
        return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("scan canceled"));
    if (!options.detectLabels)
        return scan;

    QSet<QString> images(scan.images.begin(), scan.images.end());
    const QStringList dirs = imageDirs(scan);
    for (const LabelCandidate& c : labelCandidates(walker)) {
        if (progress && progress->isCanceled())
            return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("scan canceled"));
        readCandidate(c, scan, images, dirs, scan.labels, scan.problems);
    }
    std::stable_sort(scan.labels.begin(), scan.labels.end(),
        [](const FoundLabels& a, const FoundLabels& b) { return a.imagesMatched > b.imagesMatched; });
    return scan;
}

ImportBatch folderImportBatch(const FolderScan& scan, const FoundLabels* labels)
{
    ImportBatch out;
    QHash<QString, std::size_t> labeled; // image path -> index in labels->batch
    if (labels) {
        out.formatId = labels->formatId;
        out.warnings = labels->batch.warnings;
        for (std::size_t i = 0; i < labels->batch.images.size(); ++i)
            labeled.insert(QDir::cleanPath(labels->batch.images[i].imagePath), i);
    } else {
        out.formatId = QStringLiteral("images");
    }
    QSet<QString> written;
    for (const QString& path : scan.images) {
        if (const auto it = labeled.constFind(path); it != labeled.constEnd())
            out.images.push_back(labels->batch.images[*it]);
        else {
            ImportedImage image;
            image.imagePath = path;
            out.images.push_back(std::move(image));
        }
        written.insert(path);
    }
    if (labels) {
        // Images the labels name outside the scanned folders come last, with their regions.
        for (const ImportedImage& img : labels->batch.images) {
            if (!written.contains(QDir::cleanPath(img.imagePath)))
                out.images.push_back(img);
        }
    }
    return out;
}

} // namespace lector
