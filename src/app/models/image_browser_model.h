// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/image_query.h>
#include <lector/store/types.h>

#include <QAbstractListModel>
#include <QCache>
#include <QHash>
#include <QPixmap>
#include <QStringList>

#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QThreadPool;

namespace lector {

class ThumbnailCache;

/// The images of a project that match an ImageQuery, as a virtualized list for the dataset browser.
///
/// Nothing here runs SQL on the UI thread. `rowCount()` is the last count the worker delivered (0 until the first
/// arrives, then rows are inserted). `data()` serves rows from cached pages of kPageSize rows (at most kMaxPages,
/// least recently used evicted); for a row not loaded it returns a placeholder and queues its page. One worker
/// thread with its own ProjectStore on the same file (one connection per thread) answers counts, pages and
/// lookups in order, newest page request first, at most kMaxPendingPages waiting. Results come back as values
/// through queued calls carrying the generation they were asked for; `setQuery`/`setStorePath` start a new
/// generation, and anything older that arrives is dropped (DB Browser for SQLite's SqliteTableModel + RowLoader).
class ImageBrowserModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Column { NameColumn = 0, ColumnCount };
    enum Role {
        ImageIdRole = Qt::UserRole + 1,
        PathRole, // as stored (relative to the project's folder where possible)
        AbsolutePathRole,
        NameRole, // file name
        Sha256Role,
        SizeRole, // QSize
        BatchRole,
        SplitRole,
        RegionCountRole,
        AnnotatorCountRole,
        MyRegionCountRole,
        MyStateRole, // int(ImageState)
        LoadedRole, // false for a placeholder row whose page has not arrived
    };
    /// What Qt::DecorationRole shows: a dot coloured by the image's state (lists), or the thumbnail (grids).
    enum class Decoration { StateIcon, Thumbnail };

    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 32;
    static constexpr int kMaxPendingPages = 8;

    explicit ImageBrowserModel(QObject* parent = nullptr);
    ~ImageBrowserModel() override;

    /// Opens the project at `path` on the worker (empty: no project) and lists it with the current query.
    void setStorePath(const QString& path);
    QString storePath() const { return m_path; }
    /// Replaces filters, sort and `me`; the model empties and is refilled when the new count arrives.
    void setQuery(const ImageQuery& query);
    const ImageQuery& query() const { return m_query; }
    /// Re-reads count, the loaded pages and the batch/split names, keeping rows on screen until fresh ones arrive.
    void refresh();
    /// An image was edited (labels, state): its row is re-read, and rows come and go if it left or joined the set.
    void invalidateImage(ImageId id);

    void setThumbnailCache(ThumbnailCache* cache);
    ThumbnailCache* thumbnailCache() const { return m_thumbnails; }
    void setDecoration(Decoration decoration);
    Decoration decoration() const { return m_decoration; }

    bool isCountKnown() const { return m_countKnown; }
    /// Image ids of the rows, 0 for a row not loaded yet.
    ImageId toImageId(const QModelIndex& index) const;
    ImageId imageIdAt(int row) const;
    const ImageRow* loadedRow(int row) const;
    /// The row of `id` when its page is loaded, else -1 (use locate()).
    int rowForImage(ImageId id) const;
    /// Finds the row of `id` under the current query on the worker; answers with `located` (row -1: not listed).
    void locate(ImageId id);

    /// Distinct batch and split names of the project, delivered with facetsChanged.
    QStringList batches() const { return m_batches; }
    QStringList splits() const { return m_splits; }

    /// Pages dropped because their generation was stale (for tests), and pages currently cached.
    int stalePagesDropped() const { return m_staleDropped; }
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    QString lastError() const { return m_lastError; }

    static QString displayText(const ImageRow& row);
    static QColor stateColor(ImageState state);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    /// The count for the current query arrived; rowCount() now equals `count`.
    void countKnown(qint64 count);
    void located(lector::ImageId id, int row);
    void pageLoaded(int page);
    void facetsChanged(const QStringList& batches, const QStringList& splits);
    /// Opening the project or a query failed on the worker.
    void loadFailed(const QString& message);

private:
    struct Worker;
    struct Page {
        std::vector<ImageRow> rows;
        QStringList absolutePaths;
        quint64 lastUse = 0;
        bool stale = false; // shown until its reload arrives
    };

    void restart();
    void requestCount();
    void requestFacets();
    void requestPage(int page) const;
    void schedulePages() const;
    void countArrived(quint64 generation, qint64 count, const QString& error);
    void pageArrived(quint64 generation, int page, std::vector<ImageRow> rows, QStringList paths, const QString& error);
    void insertPage(int page, Page&& data);
    void evictPage(int page);
    const Page* page(int page) const;
    void thumbnailArrived(const QString& sha256);
    QVariant decorationFor(const ImageRow& row, const QString& absolutePath) const;
    QPixmap stateIcon(ImageState state) const;

    QThreadPool* m_pool = nullptr;
    std::shared_ptr<Worker> m_worker;
    QString m_path;
    ImageQuery m_query;
    quint64 m_generation = 0;
    int m_count = 0;
    bool m_countKnown = false;
    // Page cache and request queue; mutable because data() (const) fills them, as views expect.
    mutable std::unordered_map<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable std::deque<int> m_pendingPages;
    mutable std::vector<int> m_runningPages;
    QHash<ImageId, int> m_rowOfImage; // loaded rows only
    QHash<QString, int> m_rowOfSha; // loaded rows only, for thumbnails
    QStringList m_batches;
    QStringList m_splits;
    ThumbnailCache* m_thumbnails = nullptr;
    Decoration m_decoration = Decoration::StateIcon;
    mutable QCache<QString, QPixmap> m_badged; // thumbnails with their state badge, keyed by sha + state
    int m_staleDropped = 0;
    QString m_lastError;
};

} // namespace lector
