// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QString>

#include <deque>
#include <memory>

class QThreadPool;

namespace lector {

/// Small previews of the project's images for the dataset browser, keyed by the image's SHA-256.
///
/// Decoding runs in a QThreadPool, never on the UI thread: a miss in the memory cache queues a job that reads
/// `<diskCacheDir>/<sha256>.jpg` or, failing that, decodes the image scaled down with QImageReader::setScaledSize
/// (EXIF orientation applied) and writes that file for next time. Finished thumbnails come back to the UI thread
/// as values, enter a QCache whose cost is the pixmap's bytes, and `thumbnailReady` is emitted.
///
/// The queue is bounded and newest-first: rows the user has just scrolled to are decoded before those scrolled
/// away, and beyond `maxPending()` the oldest requests are dropped (asking again later re-queues them).
/// Threading: every public function is for the UI thread.
class ThumbnailCache : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultSize = 160;

    explicit ThumbnailCache(QObject* parent = nullptr);
    ~ThumbnailCache() override;

    /// The longest side of a thumbnail in pixels; smaller images are kept at their size.
    int thumbnailSize() const { return m_size; }
    void setThumbnailSize(int pixels);

    /// Where decoded thumbnails are kept between runs; default QStandardPaths::CacheLocation + "/thumbnails".
    /// Empty disables the disk cache.
    QString diskCacheDir() const { return m_diskDir; }
    void setDiskCacheDir(const QString& dir);
    QString diskCachePath(const QString& sha256) const;

    /// Memory bound of the pixmap cache in bytes (width × height × bytes per pixel of each thumbnail).
    qint64 memoryLimit() const { return m_memory.maxCost(); }
    void setMemoryLimit(qint64 bytes);
    qint64 memoryUsed() const { return m_memory.totalCost(); }
    int cachedCount() const { return static_cast<int>(m_memory.count()); }

    int maxPending() const { return m_maxPending; }
    void setMaxPending(int jobs);
    /// Requests queued and not yet started, plus those being decoded.
    int pendingCount() const { return static_cast<int>(m_queue.size()) + m_running; }

    /// The thumbnail when it is in memory; a null pixmap otherwise (call request()).
    QPixmap thumbnail(const QString& sha256) const;
    /// Queues a decode of `imagePath` unless the thumbnail is in memory, queued or failed before. Cheap.
    void request(const QString& sha256, const QString& imagePath);
    /// Drops every queued request that has not started.
    void cancelPending();
    /// Forgets the memory cache and the failures (the disk cache stays).
    void clear();

    /// Counters for tests and the benchmark: thumbnails read back from disk, decoded from the image, failed.
    int diskHits() const { return m_diskHits; }
    int decodes() const { return m_decodes; }
    int failures() const { return m_failures; }

signals:
    void thumbnailReady(const QString& sha256);
    void thumbnailFailed(const QString& sha256);

private:
    struct Job {
        QString sha256;
        QString imagePath;
    };
    enum class Origin { Disk, Decoded, Failed };

    void startJobs();
    void finished(const QString& sha256, const QImage& image, Origin origin);

    QThreadPool* m_pool = nullptr;
    int m_size = kDefaultSize;
    QString m_diskDir;
    QCache<QString, QPixmap> m_memory;
    std::deque<Job> m_queue;
    QSet<QString> m_queued; // queued or running
    QSet<QString> m_failed;
    int m_running = 0;
    int m_maxPending = 256;
    int m_diskHits = 0;
    int m_decodes = 0;
    int m_failures = 0;
};

} // namespace lector
