// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "models/image_browser_model.h"
#include "shell/display_names.h"

#include "models/thumbnail_cache.h"

#include <lector/store/project_store.h>

#include <QFileInfo>
#include <QPainter>
#include <QSize>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <limits>

namespace lector {

/// The worker's side: its own connection, opened lazily on the worker thread and reused by every task.
/// `generation` is written by the UI thread and read by tasks so that work for an old query is skipped before
/// it starts; the store is touched only from the pool's single thread.
struct ImageBrowserModel::Worker {
    std::unique_ptr<ProjectStore> store;
    std::atomic<quint64> generation { 0 };

    Result<ProjectStore*> open(const QString& path)
    {
        if (path.isEmpty())
            return LECTOR_ERROR(ErrorCode::InvalidArgument, QObject::tr("No project is open."));
        if (store && store->location() == path)
            return store.get();
        store.reset();
        auto opened = ProjectStore::open(path);
        if (!opened)
            return std::move(opened).error();
        store = std::move(opened).value();
        return store.get();
    }
    bool isCurrent(quint64 g) const { return generation.load(std::memory_order_relaxed) == g; }
};

namespace {
/// How many page queries may sit in the worker's queue at once: enough to keep it busy, few enough that a
/// page the user scrolled to does not wait behind pages already scrolled past.
constexpr int kMaxRunningPages = 2;
constexpr int kStateIconSize = 12;
} // namespace

ImageBrowserModel::ImageBrowserModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_pool(new QThreadPool(this))
    , m_worker(std::make_shared<Worker>())
{
    // One thread that never expires: it owns the worker's connection for the model's lifetime.
    m_pool->setMaxThreadCount(1);
    m_pool->setExpiryTimeout(-1);
    m_badged.setMaxCost(24 * 1024 * 1024);
}

ImageBrowserModel::~ImageBrowserModel()
{
    // Tasks call back into this object: cancel what has not started and wait for the rest.
    m_worker->generation = std::numeric_limits<quint64>::max();
    m_pool->clear();
    m_pool->waitForDone();
}

void ImageBrowserModel::setStorePath(const QString& path)
{
    m_path = path;
    m_batches.clear();
    m_splits.clear();
    restart();
    requestFacets();
}

void ImageBrowserModel::setQuery(const ImageQuery& query)
{
    m_query = query;
    restart();
}

void ImageBrowserModel::restart()
{
    beginResetModel();
    ++m_generation;
    m_worker->generation = m_generation;
    m_count = 0;
    m_countKnown = false;
    m_pages.clear();
    m_pendingPages.clear();
    m_runningPages.clear();
    m_rowOfImage.clear();
    m_rowOfSha.clear();
    m_lastError.clear();
    endResetModel();
    if (m_thumbnails)
        m_thumbnails->cancelPending();
    if (!m_path.isEmpty())
        requestCount();
}

void ImageBrowserModel::refresh()
{
    if (m_path.isEmpty())
        return;
    requestCount();
    requestFacets();
    for (auto& [number, p] : m_pages) {
        p.stale = true;
        if (std::find(m_pendingPages.begin(), m_pendingPages.end(), number) == m_pendingPages.end())
            m_pendingPages.push_back(number);
    }
    schedulePages();
}

void ImageBrowserModel::invalidateImage(ImageId id)
{
    if (m_path.isEmpty())
        return;
    // Its labels or state may move it in or out of the filtered set, or along the sort order.
    requestCount();
    const int row = rowForImage(id);
    if (row < 0)
        return;
    const int number = row / kPageSize;
    m_pages[number].stale = true;
    if (std::find(m_pendingPages.begin(), m_pendingPages.end(), number) == m_pendingPages.end())
        m_pendingPages.push_back(number);
    schedulePages();
}

void ImageBrowserModel::requestCount()
{
    const quint64 generation = m_generation;
    const QString path = m_path;
    const ImageQuery query = m_query;
    m_pool->start([this, worker = m_worker, generation, path, query] {
        if (!worker->isCurrent(generation))
            return;
        qint64 count = 0;
        QString error;
        auto store = worker->open(path);
        if (!store) {
            error = store.error().toString();
        } else if (auto n = (*store)->countImages(query)) {
            count = *n;
        } else {
            error = n.error().toString();
        }
        QMetaObject::invokeMethod(
            this, [this, generation, count, error] { countArrived(generation, count, error); }, Qt::QueuedConnection);
    });
}

void ImageBrowserModel::requestFacets()
{
    if (m_path.isEmpty())
        return;
    const QString path = m_path;
    m_pool->start([this, worker = m_worker, path] {
        auto store = worker->open(path);
        if (!store)
            return; // the count task reports the failure
        auto batches = (*store)->batches();
        auto splits = (*store)->splits();
        if (!batches || !splits)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, path, b = *batches, s = *splits] {
                if (path != m_path)
                    return;
                m_batches = b;
                m_splits = s;
                emit facetsChanged(m_batches, m_splits);
            },
            Qt::QueuedConnection);
    });
}

void ImageBrowserModel::countArrived(quint64 generation, qint64 count, const QString& error)
{
    if (generation != m_generation)
        return;
    if (!error.isEmpty()) {
        m_lastError = error;
        emit loadFailed(error);
        return;
    }
    const int n = static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (n > m_count) {
        beginInsertRows({}, m_count, n - 1);
        m_count = n;
        endInsertRows();
    } else if (n < m_count) {
        beginRemoveRows({}, n, m_count - 1);
        m_count = n;
        std::vector<int> gone;
        for (const auto& [number, p] : m_pages) {
            if (number * kPageSize >= n)
                gone.push_back(number);
        }
        for (int number : gone)
            evictPage(number);
        endRemoveRows();
    }
    m_countKnown = true;
    emit countKnown(count);
}

const ImageBrowserModel::Page* ImageBrowserModel::page(int number) const
{
    auto it = m_pages.find(number);
    if (it == m_pages.end())
        return nullptr;
    it->second.lastUse = ++m_useClock;
    return &it->second;
}

void ImageBrowserModel::requestPage(int number) const
{
    if (m_path.isEmpty() || m_pages.count(number)
        || std::find(m_runningPages.begin(), m_runningPages.end(), number) != m_runningPages.end())
        return;
    auto it = std::find(m_pendingPages.begin(), m_pendingPages.end(), number);
    if (it != m_pendingPages.end())
        m_pendingPages.erase(it); // asked again: move it to the front of the line
    m_pendingPages.push_back(number);
    while (static_cast<int>(m_pendingPages.size()) > kMaxPendingPages)
        m_pendingPages.pop_front(); // scrolled past; asked for again if it comes back into view
    schedulePages();
}

void ImageBrowserModel::schedulePages() const
{
    auto* self = const_cast<ImageBrowserModel*>(this);
    while (!m_pendingPages.empty() && static_cast<int>(m_runningPages.size()) < kMaxRunningPages) {
        const int number = m_pendingPages.back();
        m_pendingPages.pop_back();
        if (std::find(m_runningPages.begin(), m_runningPages.end(), number) != m_runningPages.end())
            continue;
        m_runningPages.push_back(number);
        const quint64 generation = m_generation;
        const QString path = m_path;
        const ImageQuery query = m_query;
        m_pool->start([self, worker = m_worker, generation, path, query, number] {
            std::vector<ImageRow> rows;
            QStringList paths;
            QString error;
            if (worker->isCurrent(generation)) {
                auto store = worker->open(path);
                if (!store) {
                    error = store.error().toString();
                } else if (auto page
                    = (*store)->queryImages(query, static_cast<qint64>(number) * kPageSize, kPageSize)) {
                    rows = std::move(page).value();
                    paths.reserve(static_cast<qsizetype>(rows.size()));
                    for (const ImageRow& r : rows)
                        paths << (*store)->absoluteImagePath(r.image);
                } else {
                    error = page.error().toString();
                }
            }
            QMetaObject::invokeMethod(
                self,
                [self, generation, number, rows = std::move(rows), paths = std::move(paths), error]() mutable {
                    self->pageArrived(generation, number, std::move(rows), std::move(paths), error);
                },
                Qt::QueuedConnection);
        });
    }
}

void ImageBrowserModel::pageArrived(
    quint64 generation, int number, std::vector<ImageRow> rows, QStringList paths, const QString& error)
{
    if (generation != m_generation) {
        ++m_staleDropped;
        return;
    }
    m_runningPages.erase(std::remove(m_runningPages.begin(), m_runningPages.end(), number), m_runningPages.end());
    if (!error.isEmpty()) {
        m_lastError = error;
        emit loadFailed(error);
    } else {
        const int first = number * kPageSize;
        const bool shortPage = static_cast<int>(rows.size()) < std::min(kPageSize, m_count - first);
        if (first < m_count) {
            Page p;
            p.rows = std::move(rows);
            p.absolutePaths = std::move(paths);
            insertPage(number, std::move(p));
            const int last = std::min(m_count, first + kPageSize) - 1;
            emit dataChanged(index(first), index(last));
            emit pageLoaded(number);
        }
        if (shortPage)
            requestCount(); // rows went away since the count: let the count catch up
    }
    schedulePages();
}

void ImageBrowserModel::insertPage(int number, Page&& data)
{
    evictPage(number);
    data.lastUse = ++m_useClock;
    const int first = number * kPageSize;
    for (size_t i = 0; i < data.rows.size(); ++i) {
        m_rowOfImage.insert(data.rows[i].image.id, first + static_cast<int>(i));
        m_rowOfSha.insert(data.rows[i].image.sha256, first + static_cast<int>(i));
    }
    m_pages[number] = std::move(data);
    while (static_cast<int>(m_pages.size()) > kMaxPages) {
        auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
            [](const auto& a, const auto& b) { return a.second.lastUse < b.second.lastUse; });
        evictPage(oldest->first);
    }
}

void ImageBrowserModel::evictPage(int number)
{
    auto it = m_pages.find(number);
    if (it == m_pages.end())
        return;
    const int first = number * kPageSize;
    for (size_t i = 0; i < it->second.rows.size(); ++i) {
        const ImageRow& r = it->second.rows[i];
        if (m_rowOfImage.value(r.image.id, -1) == first + static_cast<int>(i))
            m_rowOfImage.remove(r.image.id);
        if (m_rowOfSha.value(r.image.sha256, -1) == first + static_cast<int>(i))
            m_rowOfSha.remove(r.image.sha256);
    }
    m_pages.erase(it);
}

void ImageBrowserModel::locate(ImageId id)
{
    const int known = rowForImage(id);
    if (known >= 0 || m_path.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, id, known] { emit located(id, known); }, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_generation;
    const QString path = m_path;
    const ImageQuery query = m_query;
    m_pool->start([this, worker = m_worker, generation, path, query, id] {
        auto store = worker->open(path);
        if (!store)
            return;
        // One id-only query in the list's order (no per-row counts unless the order needs them), off the UI thread.
        int row = -1;
        if (auto ids = (*store)->queryImageIds(query)) {
            const auto it = std::find(ids->begin(), ids->end(), id);
            if (it != ids->end())
                row = static_cast<int>(it - ids->begin());
        }
        if (!worker->isCurrent(generation))
            return;
        QMetaObject::invokeMethod(
            this,
            [this, generation, id, row] {
                if (generation == m_generation)
                    emit located(id, row);
            },
            Qt::QueuedConnection);
    });
}

void ImageBrowserModel::setThumbnailCache(ThumbnailCache* cache)
{
    if (m_thumbnails == cache)
        return;
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = cache;
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &ImageBrowserModel::thumbnailArrived);
    m_badged.clear();
}

void ImageBrowserModel::setDecoration(Decoration decoration)
{
    if (m_decoration == decoration)
        return;
    m_decoration = decoration;
    if (m_count > 0)
        emit dataChanged(index(0), index(m_count - 1), { Qt::DecorationRole, Qt::DisplayRole });
}

void ImageBrowserModel::thumbnailArrived(const QString& sha256)
{
    const int row = m_rowOfSha.value(sha256, -1);
    if (row >= 0 && row < m_count && m_decoration == Decoration::Thumbnail)
        emit dataChanged(index(row), index(row), { Qt::DecorationRole });
}

ImageId ImageBrowserModel::toImageId(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return 0;
    return imageIdAt(index.row());
}

ImageId ImageBrowserModel::imageIdAt(int row) const
{
    const ImageRow* r = loadedRow(row);
    return r ? r->image.id : 0;
}

const ImageRow* ImageBrowserModel::loadedRow(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    auto it = m_pages.find(row / kPageSize);
    if (it == m_pages.end())
        return nullptr;
    const size_t i = static_cast<size_t>(row % kPageSize);
    return i < it->second.rows.size() ? &it->second.rows[i] : nullptr;
}

int ImageBrowserModel::rowForImage(ImageId id) const
{
    const int row = m_rowOfImage.value(id, -1);
    return row < m_count ? row : -1;
}

int ImageBrowserModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_count; }

Qt::ItemFlags ImageBrowserModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString ImageBrowserModel::displayText(const ImageRow& row)
{
    return tr("%1  ·  %2 boxes · %3 ann.")
        .arg(QFileInfo(row.image.path).fileName())
        .arg(row.regionCount)
        .arg(row.annotatorCount);
}

QColor ImageBrowserModel::stateColor(ImageState state)
{
    switch (state) {
    case ImageState::ToDo:
        return QColor(0x9e, 0x9e, 0x9e);
    case ImageState::InProgress:
        return QColor(0xf0, 0xa3, 0x0a);
    case ImageState::Done:
        return QColor(0x3c, 0x9a, 0x3c);
    }
    return {};
}

QPixmap ImageBrowserModel::stateIcon(ImageState state) const
{
    const QString key = QStringLiteral("state:%1").arg(static_cast<int>(state));
    if (const QPixmap* p = m_badged.object(key))
        return *p;
    auto* pixmap = new QPixmap(kStateIconSize, kStateIconSize);
    pixmap->fill(Qt::transparent);
    QPainter painter(pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(stateColor(state));
    painter.drawEllipse(QRectF(1, 1, kStateIconSize - 2, kStateIconSize - 2));
    painter.end();
    const QPixmap out = *pixmap;
    m_badged.insert(key, pixmap, 1);
    return out;
}

QVariant ImageBrowserModel::decorationFor(const ImageRow& row, const QString& absolutePath) const
{
    if (m_decoration == Decoration::StateIcon || !m_thumbnails)
        return stateIcon(row.myState);
    const QString key = row.image.sha256 + QLatin1Char(':') + QString::number(static_cast<int>(row.myState));
    if (const QPixmap* p = m_badged.object(key))
        return *p;
    const QPixmap thumb = m_thumbnails->thumbnail(row.image.sha256);
    const int size = m_thumbnails->thumbnailSize();
    if (thumb.isNull())
        m_thumbnails->request(row.image.sha256, absolutePath);
    // Thumbnails are drawn on a fixed square so that grid cells line up; the state dot sits in a corner.
    auto* badged = new QPixmap(size, size);
    badged->fill(Qt::transparent);
    QPainter painter(badged);
    if (thumb.isNull()) {
        painter.fillRect(QRect(0, 0, size, size), QColor(0xdd, 0xdd, 0xdd));
    } else {
        painter.drawPixmap((size - thumb.width()) / 2, (size - thumb.height()) / 2, thumb);
    }
    painter.drawPixmap(size - kStateIconSize - 2, size - kStateIconSize - 2, stateIcon(row.myState));
    painter.end();
    const QPixmap out = *badged;
    if (thumb.isNull()) {
        delete badged; // a placeholder: not cached, the thumbnail replaces it
    } else {
        m_badged.insert(key, badged, size * size * 4);
    }
    return out;
}

QVariant ImageBrowserModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_count || index.column() != 0)
        return {};
    const int number = index.row() / kPageSize;
    const Page* p = page(number);
    if (!p) {
        requestPage(number);
        switch (role) {
        case Qt::DisplayRole:
            return tr("Loading…");
        case LoadedRole:
            return false;
        case ImageIdRole:
            return QVariant::fromValue<qint64>(0);
        default:
            return {};
        }
    }
    const size_t i = static_cast<size_t>(index.row() % kPageSize);
    if (i >= p->rows.size())
        return role == LoadedRole ? QVariant(false) : QVariant();
    const ImageRow& r = p->rows[i];
    switch (role) {
    case Qt::DisplayRole:
        return m_decoration == Decoration::Thumbnail ? QFileInfo(r.image.path).fileName() : displayText(r);
    case Qt::ToolTipRole:
        return tr("%1\n%2 × %3 px · batch %4 · split %5\n%6 regions by %7 annotators, %8 mine · %9")
            .arg(r.image.path)
            .arg(r.image.width)
            .arg(r.image.height)
            .arg(r.image.batch.isEmpty() ? tr("none") : r.image.batch,
                r.image.split.isEmpty() ? tr("none") : r.image.split)
            .arg(r.regionCount)
            .arg(r.annotatorCount)
            .arg(r.myRegionCount)
            .arg(imageStateTitle(r.myState));
    case Qt::DecorationRole:
        return decorationFor(r, p->absolutePaths.value(static_cast<qsizetype>(i)));
    case ImageIdRole:
        return QVariant::fromValue<qint64>(r.image.id);
    case PathRole:
        return r.image.path;
    case AbsolutePathRole:
        return p->absolutePaths.value(static_cast<qsizetype>(i));
    case NameRole:
        return QFileInfo(r.image.path).fileName();
    case Sha256Role:
        return r.image.sha256;
    case SizeRole:
        return QSize(r.image.width, r.image.height);
    case BatchRole:
        return r.image.batch;
    case SplitRole:
        return r.image.split;
    case RegionCountRole:
        return r.regionCount;
    case AnnotatorCountRole:
        return r.annotatorCount;
    case MyRegionCountRole:
        return r.myRegionCount;
    case MyStateRole:
        return static_cast<int>(r.myState);
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

} // namespace lector
