// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QMainWindow>

#include <memory>

class QGraphicsScene;
class QLabel;
class QListView;
class QMenu;

namespace lector {

class CanvasView;
class ImageListModel;
class ProjectStore;

/// Lector's main window: the project's images in a dock, the selected image with its labels in the centre.
/// Holds the open ProjectStore; every view reads through it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project; on failure shows nothing new and returns the error text.
    bool openProject(const QString& path, QString* error = nullptr);
    /// Selects the image whose file name is `name`; false when there is none.
    bool selectImageByName(const QString& name);
    void selectRow(int row);

    const ProjectStore* store() const { return m_store.get(); }
    ImageListModel* imageModel() const { return m_images; }
    ImageId currentImage() const { return m_currentImage; }
    /// How many regions the canvas shows for the current image.
    int shownRegionCount() const { return m_shownRegions; }

private:
    void createActions();
    void showImage(int row);
    void openDialog();
    void newProjectDialog();
    void updateRecentMenu();
    void addRecent(const QString& path);

    std::unique_ptr<ProjectStore> m_store;
    ImageListModel* m_images = nullptr;
    QListView* m_list = nullptr;
    QGraphicsScene* m_scene = nullptr;
    CanvasView* m_view = nullptr;
    QLabel* m_statusImage = nullptr;
    QLabel* m_statusSize = nullptr;
    QMenu* m_recentMenu = nullptr;
    ImageId m_currentImage = 0;
    int m_shownRegions = 0;
};

} // namespace lector
