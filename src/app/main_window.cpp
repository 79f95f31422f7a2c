// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "main_window.h"

#include "canvas/canvas_view.h"
#include "models/image_list_model.h"

#include <lector/store/project_store.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImageReader>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPen>
#include <QSettings>
#include <QStatusBar>

#include <map>

namespace lector {

namespace {
    constexpr int kMaxRecent = 8;

    QColor annotatorColor(int index)
    {
        static const QColor palette[] = { QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
            QColor(0xff, 0x7f, 0x0e), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b) };
        return palette[index % 6];
    }
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_images(new ImageListModel(this))
{
    setWindowTitle(QStringLiteral("Lector"));
    m_scene = new QGraphicsScene(this);
    m_view = new CanvasView(m_scene, this);
    m_view->setBackgroundBrush(palette().color(QPalette::Mid));
    setCentralWidget(m_view);

    m_list = new QListView(this);
    m_list->setModel(m_images);
    m_list->setUniformItemSizes(true);
    auto* dock = new QDockWidget(tr("Images"), this);
    dock->setObjectName(QStringLiteral("imagesDock"));
    dock->setWidget(m_list);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showImage(current.row()); });

    m_statusImage = new QLabel(this);
    m_statusSize = new QLabel(this);
    statusBar()->addWidget(m_statusImage);
    statusBar()->addPermanentWidget(m_statusSize);
    createActions();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProjectDialog);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::openDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Next Image"), QKeySequence(Qt::Key_PageDown), this, [this] {
        selectRow(m_list->currentIndex().row() + 1);
    });
    go->addAction(tr("&Previous Image"), QKeySequence(Qt::Key_PageUp), this, [this] {
        selectRow(m_list->currentIndex().row() - 1);
    });
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
        [this] { m_view->fitImage(); });
}

bool MainWindow::openProject(const QString& path, QString* error)
{
    auto store = ProjectStore::open(path);
    if (!store) {
        if (error)
            *error = store.error().toString();
        return false;
    }
    QString loadError;
    if (!m_images->reload(store->get(), &loadError)) {
        if (error)
            *error = loadError;
        return false;
    }
    m_store = std::move(store).value();
    setWindowTitle(QStringLiteral("%1 — Lector").arg(QFileInfo(path).fileName()));
    addRecent(m_store->path());
    m_scene->clear();
    m_currentImage = 0;
    if (m_images->rowCount() > 0)
        selectRow(0);
    else
        m_statusImage->setText(tr("The project has no images yet: import some with lector-cli import."));
    return true;
}

void MainWindow::selectRow(int row)
{
    if (row < 0 || row >= m_images->rowCount())
        return;
    m_list->setCurrentIndex(m_images->index(row));
}

bool MainWindow::selectImageByName(const QString& name)
{
    for (int row = 0; row < m_images->rowCount(); ++row) {
        if (m_images->index(row).data().toString() == name) {
            selectRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::showImage(int row)
{
    m_scene->clear();
    m_shownRegions = 0;
    const ImageRecord* rec = m_images->record(row);
    if (!rec || !m_store)
        return;
    m_currentImage = rec->id;
    const QString path = m_store->absoluteImagePath(*rec);
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_statusImage->setText(tr("%1: %2").arg(path, reader.errorString()));
    } else {
        m_scene->addPixmap(QPixmap::fromImage(image));
    }
    m_scene->setSceneRect(0, 0, rec->width, rec->height);

    auto annotators = m_store->annotators();
    std::map<AnnotatorId, int> colorIndex;
    if (annotators) {
        int i = 0;
        for (const Annotator& a : *annotators)
            colorIndex[a.id] = i++;
    }
    auto anns = m_store->annotations(rec->id);
    if (anns) {
        for (const Annotation& a : *anns) {
            QPolygonF poly;
            for (const PointF& p : a.region.polygon.points)
                poly << QPointF(p.x, p.y);
            QPen pen(annotatorColor(colorIndex[a.annotator]));
            pen.setCosmetic(true);
            pen.setWidthF(1.5);
            if (a.region.isDontCare())
                pen.setStyle(Qt::DashLine);
            auto* item = m_scene->addPolygon(poly, pen);
            item->setToolTip(a.region.text);
            ++m_shownRegions;
        }
    }
    m_view->fitImage();
    m_statusImage->setText(tr("Image %1 of %2 — %3").arg(row + 1).arg(m_images->rowCount()).arg(rec->path));
    m_statusSize->setText(tr("%1 × %2 px, %3 regions").arg(rec->width).arg(rec->height).arg(m_shownRegions));
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
        tr("Lector projects (*.lector);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openProject(path, &error))
        QMessageBox::warning(this, tr("Cannot open the project"), error);
}

void MainWindow::newProjectDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QStringLiteral("project.lector"),
        tr("Lector projects (*.lector)"));
    if (path.isEmpty())
        return;
    auto created = ProjectStore::create(path);
    if (!created) {
        QMessageBox::warning(this, tr("Cannot create the project"), created.error().toString());
        return;
    }
    created->reset();
    QString error;
    if (!openProject(path, &error))
        QMessageBox::warning(this, tr("Cannot open the project"), error);
}

void MainWindow::addRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString& path : recent) {
        m_recentMenu->addAction(path, this, [this, path] {
            QString error;
            if (!openProject(path, &error))
                QMessageBox::warning(this, tr("Cannot open the project"), error);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace lector
