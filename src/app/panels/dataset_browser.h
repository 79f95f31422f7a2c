// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/image_query.h>
#include <lector/store/types.h>

#include "panels/session_panel.h"

#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QSpinBox;
class QTimer;
class QToolButton;

namespace lector {

class ImageBrowserModel;
class ThumbnailCache;

/// The dataset browser dock: a filter bar over the project's images (status, batch, split, name, text in the
/// transcriptions, sort) and a virtualized list or thumbnail grid of the images that match, each with its state
/// for `me` (to do, in progress, done) as a coloured dot.
///
/// It reads the project through its ImageBrowserModel's own worker connection, following the session: the open
/// project, whose states the dots show, and the rows whose labels changed. The current image survives filter
/// changes when it still matches. Other panels (charts, the review queue) drive it through the set…Filter slots;
/// the controls follow.
class DatasetBrowser : public SessionPanel {
    Q_OBJECT
public:
    enum class ViewMode { List, Grid };

    explicit DatasetBrowser(ProjectSession* session, QWidget* parent = nullptr);
    ~DatasetBrowser() override;

    ImageBrowserModel* model() const { return m_model; }
    ThumbnailCache* thumbnails() const { return m_thumbnails; }
    QListView* view() const { return m_view; }
    ImageId currentImage() const { return m_current; }
    ImageQuery query() const;
    ViewMode viewMode() const { return m_viewMode; }
    /// The browser's actions (objectNames "browser.*"), for the shortcut registry and menus.
    QList<QAction*> browserActions() const;

public slots:
    /// Makes `id` current (locating its row on the worker when its page is not loaded); no-op if not listed.
    void selectImage(lector::ImageId id);
    void selectNext();
    void selectPrevious();
    void refresh();
    /// An image was edited: its row (and the count, if it left the filter) is re-read.
    void invalidateImage(lector::ImageId id);

    void setStatusFilter(lector::ImageQuery::Status status, int minAnnotators = 1);
    void setBatchFilter(const QString& batch);
    void setSplitFilter(const QString& split);
    void setNameFilter(const QString& text);
    void setTextFilter(const QString& text);
    void setSort(lector::ImageQuery::Sort sort, bool descending = false);
    void setViewMode(lector::DatasetBrowser::ViewMode mode);
    /// Lists only `images` (in their order; what a chart bar or table row of a panel stands for), under a bar that
    /// says what they are (`description`) with a button to show all again; selects the first. The other filters
    /// still apply.
    void showImages(const QString& description, const std::vector<lector::ImageId>& images);
    /// Back to all images (the focus bar's "Show all").
    void clearShownImages();
    /// How many images the list holds now (the last count its worker delivered).
    int shownCount() const;

signals:
    /// The selection moved to another image (keyboard, mouse, selectNext, selectImage).
    void currentImageChanged(lector::ImageId id);
    /// An image was double-clicked or Enter was pressed on it.
    void imageActivated(lector::ImageId id);
    /// The number of images matching the filters is known.
    void countChanged(qint64 count);
    /// showImages' list was dropped ("Show all").
    void shownImagesCleared();

protected:
    void projectOpened() override;
    void projectClosed() override;

private:
    void setStorePath(const QString& path);
    /// The annotator whose labels and states "me" filters and the state dots refer to.
    void setMe(lector::AnnotatorId me);
    void labelsChanged(const QList<lector::ImageId>& images);
    void createControls();
    void createActions();
    void applyQuery();
    void scheduleQuery();
    void fillFacets(const QStringList& batches, const QStringList& splits);
    void currentRowChanged(const QModelIndex& index);
    void rowsArrived();
    void countArrived(qint64 count);
    void located(ImageId id, int row);
    void moveBy(int delta);
    void setCurrentRow(int row);
    void updateFocusBar();

    ImageBrowserModel* m_model = nullptr;
    ThumbnailCache* m_thumbnails = nullptr;
    QListView* m_view = nullptr;
    QComboBox* m_status = nullptr;
    QSpinBox* m_minAnnotators = nullptr;
    QComboBox* m_batch = nullptr;
    QComboBox* m_split = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_sort = nullptr;
    QToolButton* m_order = nullptr;
    QLabel* m_countLabel = nullptr;
    QWidget* m_focusBar = nullptr;
    QLabel* m_focusLabel = nullptr;
    std::optional<std::vector<ImageId>> m_only; // set by showImages
    QString m_onlyDescription;
    QHBoxLayout* m_sortRow = nullptr;
    QTimer* m_debounce = nullptr;
    QAction* m_listAction = nullptr;
    QAction* m_gridAction = nullptr;
    QAction* m_descendingAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_refreshAction = nullptr;
    AnnotatorId m_me = 0;
    ViewMode m_viewMode = ViewMode::List;
    ImageId m_current = 0;
    int m_pendingRow = -1; // selected before its page arrived: its image id follows
    ImageId m_wanted = 0; // to select once the located answer comes back
    bool m_applying = false;
};

} // namespace lector
