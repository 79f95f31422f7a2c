// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "models/thumbnail_cache.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace lector {

namespace {

/// Reads `path` scaled so that its longest side is at most `size`, upright per its EXIF orientation.
QImage decodeScaled(const QString& path, int size)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > size || full.height() > size))
        reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (!image.isNull() && (image.width() > size || image.height() > size)) // formats that ignore setScaledSize
        image = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

/// JPEG has no alpha: flatten onto white so transparent regions do not turn black.
QImage opaque(const QImage& image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB32);
    QImage out(image.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.drawImage(0, 0, image);
    return out;
}

bool writeJpeg(const QImage& image, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QImageWriter writer(&file, "jpg");
    writer.setQuality(85);
    return writer.write(image) && file.commit();
}

} // namespace

ThumbnailCache::ThumbnailCache(QObject* parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
{
    // Leave one core to the UI thread; decoding is I/O and CPU bound, more threads than cores only thrash.
    m_pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_memory.setMaxCost(64LL * 1024 * 1024);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!base.isEmpty())
        m_diskDir = QDir(base).filePath(QStringLiteral("thumbnails"));
}

ThumbnailCache::~ThumbnailCache()
{
    // Jobs call back into this object; none may outlive it.
    m_queue.clear();
    m_pool->waitForDone();
}

void ThumbnailCache::setThumbnailSize(int pixels)
{
    if (pixels == m_size || pixels <= 0)
        return;
    m_size = pixels;
    clear();
}

void ThumbnailCache::setDiskCacheDir(const QString& dir) { m_diskDir = dir; }

QString ThumbnailCache::diskCachePath(const QString& sha256) const
{
    if (m_diskDir.isEmpty())
        return {};
    return QDir(m_diskDir).filePath(sha256 + QStringLiteral(".jpg"));
}

void ThumbnailCache::setMemoryLimit(qint64 bytes) { m_memory.setMaxCost(std::max<qint64>(0, bytes)); }

void ThumbnailCache::setMaxPending(int jobs) { m_maxPending = std::max(1, jobs); }

QPixmap ThumbnailCache::thumbnail(const QString& sha256) const
{
    const QPixmap* p = m_memory.object(sha256);
    return p ? *p : QPixmap();
}

void ThumbnailCache::request(const QString& sha256, const QString& imagePath)
{
    if (sha256.isEmpty() || m_memory.contains(sha256) || m_queued.contains(sha256) || m_failed.contains(sha256))
        return;
    m_queue.push_back({ sha256, imagePath });
    m_queued.insert(sha256);
    while (static_cast<int>(m_queue.size()) > m_maxPending) {
        m_queued.remove(m_queue.front().sha256);
        m_queue.pop_front();
    }
    startJobs();
}

void ThumbnailCache::cancelPending()
{
    for (const Job& j : m_queue)
        m_queued.remove(j.sha256);
    m_queue.clear();
}

void ThumbnailCache::clear()
{
    cancelPending();
    m_memory.clear();
    m_failed.clear();
}

void ThumbnailCache::startJobs()
{
    while (!m_queue.empty() && m_running < m_pool->maxThreadCount()) {
        // Newest first: the rows the user is looking at now were requested last.
        Job job = std::move(m_queue.back());
        m_queue.pop_back();
        ++m_running;
        const QString diskPath = diskCachePath(job.sha256);
        const int size = m_size;
        const QString dir = m_diskDir;
        // The job owns copies of everything it reads; it touches no member and reports through a queued call.
        m_pool->start([this, job, diskPath, dir, size] {
            if (!diskPath.isEmpty() && QFileInfo::exists(diskPath)) {
                QImage cached = decodeScaled(diskPath, size);
                if (!cached.isNull() && std::max(cached.width(), cached.height()) <= size) {
                    QMetaObject::invokeMethod(
                        this, [this, sha = job.sha256, cached] { finished(sha, cached, Origin::Disk); },
                        Qt::QueuedConnection);
                    return;
                }
            }
            QImage image = decodeScaled(job.imagePath, size);
            if (image.isNull()) {
                QMetaObject::invokeMethod(
                    this, [this, sha = job.sha256] { finished(sha, {}, Origin::Failed); }, Qt::QueuedConnection);
                return;
            }
            image = opaque(image);
            if (!diskPath.isEmpty() && QDir().mkpath(dir))
                writeJpeg(image, diskPath); // best effort: a full disk only costs a decode next time
            QMetaObject::invokeMethod(
                this, [this, sha = job.sha256, image] { finished(sha, image, Origin::Decoded); }, Qt::QueuedConnection);
        });
    }
}

void ThumbnailCache::finished(const QString& sha256, const QImage& image, Origin origin)
{
    --m_running;
    m_queued.remove(sha256);
    if (origin == Origin::Failed) {
        ++m_failures;
        m_failed.insert(sha256);
        emit thumbnailFailed(sha256);
    } else {
        ++(origin == Origin::Disk ? m_diskHits : m_decodes);
        auto* pixmap = new QPixmap(QPixmap::fromImage(image));
        const qint64 cost = static_cast<qint64>(pixmap->width()) * pixmap->height() * std::max(1, pixmap->depth() / 8);
        m_memory.insert(sha256, pixmap, cost);
        emit thumbnailReady(sha256);
    }
    startJobs();
}

} // namespace lector
