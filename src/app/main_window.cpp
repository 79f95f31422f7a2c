// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "main_window.h"
#include "shell/display_names.h"

#include "canvas/canvas_controller.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/text_pane.h"
#include "commands/change_flags.h"
#include "commands/change_image_state.h"
#include "commands/change_transcription.h"
#include "commands/publish_guideline.h"
#include "dialogs/annotator_dialog.h"
#include "dialogs/guideline_editor_dialog.h"
#include "dialogs/manual_dialog.h"
#include "dialogs/server_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "document/label_document.h"
#include "panels/dashboard_panel.h"
#include "panels/dataset_browser.h"
#include "panels/distribution_panel.h"
#include "panels/drift_panel.h"
#include "panels/duplicates_panel.h"
#include "panels/guideline_dock.h"
#include "panels/inspector_dock.h"
#include "panels/label_next_panel.h"
#include "panels/prediction_panel.h"
#include "panels/review_panel.h"
#include "panels/session_panel.h"
#include "panels/suspects_panel.h"
#include "shell/import_controller.h"
#include "shell/job_runner.h"
#include "shell/live_updates.h"
#include "shell/ocr_controller.h"
#include "shell/progress_strip.h"
#include "shell/project_session.h"
#include "shell/shortcut_registry.h"
#include "shell/start_page.h"
#include "shell/theme.h"
#include "shell/transfer_controller.h"

#include <lector/analysis/consensus.h>
#include <lector/core/language.h>
#include <lector/demo/demo_generator.h>
#include <lector/metrics/agreement_report.h>
#include <lector/store/project_store.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QUndoStack>

#include <QVBoxLayout>
#include <functional>

#include <atomic>
#include <memory>

static void initIconResources() { Q_INIT_RESOURCE(icons); }

namespace lector {

namespace {
constexpr int kMaxRecent = 8;

QAction* makeAction(QObject* parent, const QString& name, const QString& text, const QKeySequence& keys = {})
{
    auto* a = new QAction(text, parent);
    a->setObjectName(name);
    a->setShortcut(keys);
    return a;
}

/// Icons by action name, so that every action with the same role looks the same wherever it appears.
void applyIcons(const ShortcutRegistry& registry)
{
    static const std::pair<const char*, const char*> icons[]
        = { { "tool.select", "select" }, { "tool.rectangle", "rectangle" }, { "tool.quad", "quad" },
              { "edit.undo", "undo" }, { "edit.redo", "redo" }, { "image.doneAndNext", "done" },
              { "view.fit", "zoom-fit" }, { "view.showOthers", "overlay" }, { "view.showPredictions", "predictions" } };
    for (const auto& [name, file] : icons) {
        if (QAction* a = registry.action(QString::fromLatin1(name)))
            a->setIcon(QIcon(QStringLiteral(":/lector/icons/%1.svg").arg(QLatin1String(file))));
    }
}

QString guidelineSeenKey(const QString& project, const QString& annotator)
{
    return QStringLiteral("guidelineSeen/")
        + QString::fromLatin1(project.toUtf8().toBase64(QByteArray::Base64UrlEncoding)) + QLatin1Char('/') + annotator;
}
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new ProjectSession(this))
    , m_shortcuts(new ShortcutRegistry(this))
{
    initIconResources();
    setWindowTitle(QStringLiteral("Lector"));
    setDockNestingEnabled(true);
    m_canvas = new CanvasController(m_session, this);
    m_ocr = new OcrController(m_session, m_canvas, this);
    connect(m_ocr, &OcrController::runFinished, this,
        [this](const AutolabelSummary&, const QString& message) { statusBar()->showMessage(message, 15000); });
    connect(m_ocr, &OcrController::runFailed, this,
        [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    connect(m_ocr, &OcrController::recognitionFinished, this,
        [this](int, int, int, const QString& message) { statusBar()->showMessage(message, 8000); });

    // The canvas with a banner above it for store errors (read-only or locked project): the unsaved edit stays on
    // screen and Retry writes it once the store can take it.
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_banner = new QFrame(centre);
    m_banner->setObjectName(QStringLiteral("storeErrorBanner"));
    m_banner->setStyleSheet(QStringLiteral("#storeErrorBanner { background: #b3261e; } QLabel { color: white; }"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("storeErrorText"));
    m_bannerText->setWordWrap(true);
    auto* retry = new QPushButton(tr("Retry"), m_banner);
    retry->setObjectName(QStringLiteral("storeErrorRetry"));
    m_bannerRetry = retry;
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(retry);
    m_banner->hide();
    centreLayout->addWidget(m_banner);
    // The canvas, and the page as text beside it when asked for (View ▸ Text Pane).
    auto* pages = new QSplitter(Qt::Horizontal, centre);
    pages->setObjectName(QStringLiteral("canvasSplitter"));
    pages->addWidget(m_canvas->view());
    pages->addWidget(m_canvas->textPane());
    pages->setChildrenCollapsible(false);
    centreLayout->addWidget(pages, 1);
    // While no project is open the centre is the start page; a project's page replaces it once open.
    m_startPage = new StartPage(this);
    m_centreStack = new QStackedWidget(this);
    m_centreStack->setObjectName(QStringLiteral("centreStack"));
    m_centreStack->addWidget(m_startPage);
    m_centreStack->addWidget(centre);
    setCentralWidget(m_centreStack);
    connect(m_session, &ProjectSession::opened, this, [this] { showStartPage(false); });
    connect(m_session, &ProjectSession::closed, this, [this] { showStartPage(true); });
    setAcceptDrops(true);
    m_imports = new ImportController(
        m_session, this,
        [this](const QString& path, QString* error, bool created) {
            // A project just made from my folder opens as me when I am known; otherwise who works is asked.
            const bool ask = !created || QSettings().value(QStringLiteral("lastAnnotator")).toString().isEmpty();
            return openProject(path, error, QString(), ask);
        },
        this);
    connect(m_imports, &ImportController::importFinished, this, [this](bool ok, const QString& message) {
        statusBar()->showMessage(message, 15000);
        if (ok && !m_currentImage && m_session->isOpen())
            showFirstImage(); // a new project's first image at once, without F5 and a click
        updateStatus();
    });
    connect(m_startPage, &StartPage::newFromFolderRequested, m_imports, &ImportController::newProjectFromFolder);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openDialog);
    connect(m_startPage, &StartPage::openServerRequested, this, [this] { openServerDialog(); });
    connect(m_startPage, &StartPage::newEmptyRequested, this, &MainWindow::newProjectDialog);
    connect(m_startPage, &StartPage::demoRequested, this, [this] { openDemo(); });
    connect(m_startPage, &StartPage::openRecentRequested, this, &MainWindow::openRecent);
    connect(retry, &QPushButton::clicked, this, [this] {
        if (m_canvas->document()->retryPending())
            m_banner->hide();
        else
            showEditError(m_canvas->document()->lastError());
    });
    connect(m_canvas, &CanvasController::storeError, this, &MainWindow::showEditError);
    connect(m_canvas->document(), &LabelDocument::journalRestored, this, [this](int count) {
        statusBar()->showMessage(count == 1
                ? tr("An edit of an earlier session, kept on this workstation, is saved to the project now.")
                : tr("%1 edits of an earlier session, kept on this workstation, are saved to the project now.")
                      .arg(count),
            10000);
    });
    connect(m_canvas, &CanvasController::staleEdit, this, [this](const QString& message) {
        m_bannerText->setText(message);
        m_bannerRetry->hide(); // nothing to retry: the newer label is what the store holds
        m_banner->show();
    });
    connect(m_session, &ProjectSession::storeError, this, &MainWindow::showStoreError);
    connect(m_canvas, &CanvasController::imageError, this, [this](const QString& message) {
        m_bannerText->setText(message);
        m_bannerRetry->setVisible(m_canvas->document()->hasPendingWrites());
        m_banner->show();
    });
    connect(m_session, &ProjectSession::runsChanged, this, &MainWindow::updateRunMenu);
    connect(m_session, &ProjectSession::labelsChanged, this, [this](const QList<ImageId>& images) {
        if (m_currentImage && (images.isEmpty() || images.contains(m_currentImage)))
            updateStatus(); // my state of the image may have moved (the first edit starts it)
    });

    createDocks();
    createActions();
    createStatusBar();
    applyIcons(*m_shortcuts);
    m_defaultLayout = saveState();
    restoreSettings();
    showStartPage(true); // until a project opens

    connect(m_canvas, &CanvasController::cursorMoved, this, [this](const QPointF& p) {
        m_statusCursor->setText(tr("x %1  y %2").arg(p.x(), 0, 'f', 0).arg(p.y(), 0, 'f', 0));
    });
    connect(m_canvas, &CanvasController::zoomChanged, this, [this](double zoom) {
        if (m_session->isOpen())
            m_statusZoom->setText(tr("%1%").arg(zoom * 100, 0, 'f', 0));
    });
    // The project before's cursor and zoom say nothing about this one (whose first image sets its zoom again).
    connect(m_session, &ProjectSession::closed, this, [this] {
        m_statusCursor->clear();
        m_statusZoom->clear();
    });
    // The first edit of an image starts it: the store does that in the edit's transaction, and the browser row and
    // the status bar follow the session's labelsChanged.
    connect(m_canvas, &CanvasController::edited, this, &MainWindow::updateInspector);
    connect(m_guideline, &GuidelineDock::publishRequested, this, &MainWindow::editGuidelineDialog);
    connect(m_guideline, &GuidelineDock::compareRequested, this, [this](int older, int newer) {
        const GuidelineVersion *a = nullptr, *b = nullptr;
        for (const GuidelineVersion& g : m_guideline->versions()) {
            if (g.number == older)
                a = &g;
            if (g.number == newer)
                b = &g;
        }
        if (!a || !b)
            return;
        GuidelineDiffDialog dialog(
            tr("version %1").arg(older), a->markdown, tr("version %1").arg(newer), b->markdown, this);
        dialog.exec();
    });
    // E in the review panel: the canvas zooms to the conflict and shows its versions alone, until the next one.
    connect(m_review, &ReviewPanel::openOnCanvas, this, [this](ImageId image, const ConflictFocus& focus) {
        if (showImage(image))
            m_canvas->focusOn(focus);
    });
    connect(m_review, &ReviewPanel::focusEnded, m_canvas, &CanvasController::clearFocus);
    connect(qobject_cast<SuspectsPanel*>(m_panels.value(QStringLiteral("suspectsDock"))), &SuspectsPanel::openOnCanvas,
        this, [this](ImageId image, const ConflictFocus& focus) {
            if (showImage(image))
                m_canvas->focusOn(focus);
        });
    connect(m_browser, &DatasetBrowser::currentImageChanged, this, [this](ImageId id) { showImage(id); });
    connect(m_canvas, &CanvasController::selectionChanged, this, [this](const QList<AnnotationId>& ids) {
        m_selection = ids;
        updateInspector();
    });
    // The inspector's edits become undo commands like the canvas's own.
    connect(m_inspector, &InspectorDock::transcriptionEdited, this, [this](AnnotationId id, const QString& text) {
        m_canvas->undoStack()->push(new ChangeTranscription(m_canvas->document(), id, text));
    });
    connect(m_inspector, &InspectorDock::flagsEdited, this, [this](AnnotationId id, std::uint32_t flags) {
        const Annotation* a = m_canvas->document()->annotation(id);
        if (!a)
            return;
        for (std::uint32_t flag : { std::uint32_t(FlagIllegible), std::uint32_t(FlagDontCare) }) {
            if ((a->region.flags & flag) != (flags & flag))
                m_canvas->undoStack()->push(new ChangeFlags(m_canvas->document(), { id }, flag, flags & flag));
        }
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    LabelDocument* document = m_canvas->document();
    while (document->hasPendingWrites() && !document->retryPending()) {
        const int waiting = document->pendingWriteCount();
        QMessageBox box(QMessageBox::Warning, tr("Edits not saved yet"),
            (waiting == 1 ? tr("An edit could not be saved to the project yet: %1")
                          : tr("%1 edits could not be saved to the project yet: %2").arg(waiting))
                .arg(document->lastError()),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("unsavedOnQuit"));
        box.setInformativeText(tr("They are kept on this workstation and saved when you open the project again "
                                  "as %1.")
                                   .arg(m_session->me().name));
        QPushButton* retry = box.addButton(tr("Try Again"), QMessageBox::AcceptRole);
        QPushButton* quit = box.addButton(tr("Quit, Keep Them Here"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(retry);
        box.exec();
        if (box.clickedButton() == quit)
            break;
        if (box.clickedButton() != retry) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow()
{
    // The project closes while every panel still listens, and every worker ends before the panels go.
    m_session->close();
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    // On the start page the panels are put away: the layout saved is the one they had with a project.
    settings.setValue(
        QStringLiteral("mainWindow/state"), m_layoutBeforeStart.isEmpty() ? saveState() : m_layoutBeforeStart);
}

void MainWindow::showStartPage(bool show)
{
    m_centreStack->setCurrentIndex(show ? 0 : 1);
    // Without a project the panels have nothing to say: the start page has the window to itself, and they come back
    // as they were when a project opens.
    if (show) {
        if (!m_layoutBeforeStart.isEmpty())
            return;
        m_layoutBeforeStart = saveState();
        for (QDockWidget* dock : findChildren<QDockWidget*>())
            dock->hide();
        return;
    }
    if (m_layoutBeforeStart.isEmpty())
        return;
    restoreState(m_layoutBeforeStart);
    m_layoutBeforeStart.clear();
    if (!m_layoutRestored && isVisible())
        QTimer::singleShot(0, this, &MainWindow::applyDefaultSizes); // first launch: the canvas keeps 60 %
}

QDockWidget* MainWindow::addPanel(
    const QString& objectName, const QString& title, QWidget* widget, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    // In a scroll area: a panel narrower or shorter than its contents scrolls instead of pushing the canvas aside or
    // painting over the status bar on a small screen.
    auto* scroll = new QScrollArea(dock);
    scroll->setObjectName(objectName + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(widget);
    dock->setWidget(scroll);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    // Every panel, in one place: its dock, title and side, and how it is made from the session. Each panel
    // subscribes to the session itself; what a panel's bars and rows point at opens here the same way for all.
    struct PanelEntry {
        const char* dock;
        const char* title;
        Qt::DockWidgetArea area;
        std::function<SessionPanel*(ProjectSession*, QWidget*)> make;
    };
    const PanelEntry entries[] = {
        { "datasetDock", QT_TR_NOOP("Dataset"), Qt::LeftDockWidgetArea,
            [](ProjectSession* s, QWidget* p) { return new DatasetBrowser(s, p); } },
        { "inspectorDock", QT_TR_NOOP("Inspector"), Qt::RightDockWidgetArea,
            [](ProjectSession* s, QWidget* p) { return new InspectorDock(s, p); } },
        { "guidelineDock", QT_TR_NOOP("Guideline"), Qt::RightDockWidgetArea,
            [](ProjectSession* s, QWidget* p) { return new GuidelineDock(s, p); } },
        { "reviewDock", QT_TR_NOOP("Review"), Qt::RightDockWidgetArea,
            [](ProjectSession* s, QWidget* p) { return new ReviewPanel(s, p); } },
        { "dashboardDock", QT_TR_NOOP("Noise Dashboard"), Qt::RightDockWidgetArea,
            [](ProjectSession* s, QWidget* p) { return new DashboardPanel(s, p); } },
        { "predictionDock", QT_TR_NOOP("Predictions"), Qt::RightDockWidgetArea,
            [](ProjectSession* s, QWidget* p) { return new PredictionPanel(s, p); } },
        { "distributionDock", QT_TR_NOOP("Distribution"), Qt::RightDockWidgetArea,
            [](ProjectSession* s, QWidget* p) { return new DistributionPanel(s, p); } },
        { "duplicatesDock", QT_TR_NOOP("Duplicates"), Qt::RightDockWidgetArea,
            [](ProjectSession* s, QWidget* p) { return new DuplicatesPanel(s, p); } },
        { "suspectsDock", QT_TR_NOOP("Suspects"), Qt::RightDockWidgetArea,
            [](ProjectSession* s, QWidget* p) { return new SuspectsPanel(s, p); } },
        { "labelNextDock", QT_TR_NOOP("Label Next"), Qt::RightDockWidgetArea,
            [](ProjectSession* s, QWidget* p) { return new LabelNextPanel(s, p); } },
        { "driftDock", QT_TR_NOOP("Drift"), Qt::RightDockWidgetArea,
            [](ProjectSession* s, QWidget* p) { return new DriftPanel(s, p); } },
    };
    QHash<QString, QDockWidget*> docks;
    for (const PanelEntry& e : entries) {
        SessionPanel* panel = e.make(m_session, this);
        const QString name = QString::fromLatin1(e.dock);
        m_panels.insert(name, panel);
        docks.insert(name, addPanel(name, tr(e.title), panel, e.area));
        connect(panel, &SessionPanel::imageRequested, this, [this](ImageId image) { showImage(image); });
        connect(panel, &SessionPanel::imagesRequested, this, &MainWindow::showImagesFromPanel);
    }
    m_browser = qobject_cast<DatasetBrowser*>(m_panels.value(QStringLiteral("datasetDock")));
    m_inspector = qobject_cast<InspectorDock*>(m_panels.value(QStringLiteral("inspectorDock")));
    m_guideline = qobject_cast<GuidelineDock*>(m_panels.value(QStringLiteral("guidelineDock")));
    m_review = qobject_cast<ReviewPanel*>(m_panels.value(QStringLiteral("reviewDock")));
    m_dashboard = qobject_cast<DashboardPanel*>(m_panels.value(QStringLiteral("dashboardDock")));
    m_predictions = qobject_cast<PredictionPanel*>(m_panels.value(QStringLiteral("predictionDock")));
    m_distribution = qobject_cast<DistributionPanel*>(m_panels.value(QStringLiteral("distributionDock")));

    // The layout: inspector and review tabbed over the guideline; the lead's panels tabs behind the guideline.
    QDockWidget* inspector = docks.value(QStringLiteral("inspectorDock"));
    QDockWidget* guideline = docks.value(QStringLiteral("guidelineDock"));
    QDockWidget* review = docks.value(QStringLiteral("reviewDock"));
    // The side panels share one tabbed column on the right; the canvas keeps most of the window (applyDefaultSizes).
    QDockWidget* previous = guideline;
    for (const char* name : { "inspectorDock", "reviewDock", "dashboardDock", "predictionDock", "distributionDock",
             "duplicatesDock", "suspectsDock", "labelNextDock", "driftDock" }) {
        QDockWidget* dock = docks.value(QString::fromLatin1(name));
        tabifyDockWidget(previous, dock);
        previous = dock;
    }
    // Tabs along the column's edge, read top to bottom: six titles stay whole in a column a third of a laptop
    // screen wide, where tabs under it would be cut to two letters. The refining panels (duplicates, label errors)
    // join the column when opened (Review ▸ Find…, View ▸): with them, eight titles would be cut at 1280×720.
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::East);
    for (const char* name : { "duplicatesDock", "suspectsDock", "labelNextDock", "driftDock" })
        docks.value(QString::fromLatin1(name))->hide();
    guideline->raise(); // the annotators' panel in front; the lead's panels are tabs behind it
    Q_UNUSED(inspector);

    // What some panels do beyond pointing at images.
    connect(m_predictions, &PredictionPanel::evaluationReady, this, &MainWindow::updateEvaluationOverlay);
    connect(m_browser, &DatasetBrowser::shownImagesCleared, this, [this] {
        m_focusDimension.clear();
        m_focusBin.clear();
    });
    connect(m_dashboard, &DashboardPanel::conflictKindClicked, this, [this, review](const QString& kind) {
        m_review->setKindFilter(kind);
        review->show();
        review->raise();
    });
}

void MainWindow::createActions()
{
    // File
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newProject = makeAction(this, QStringLiteral("file.new"), tr("&New Project…"), QKeySequence::New);
    QAction* fromFolder = makeAction(this, QStringLiteral("file.newFromFolder"), tr("New Project from &Folder…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* addImages = makeAction(this, QStringLiteral("file.addImages"), tr("&Add Images from Folder…"));
    QAction* open = makeAction(this, QStringLiteral("file.open"), tr("&Open Project…"), QKeySequence::Open);
    QAction* openServer = makeAction(this, QStringLiteral("file.openServer"), tr("Open &Server Project…"));
    connect(openServer, &QAction::triggered, this, [this] { openServerDialog(); });
    QAction* demo = makeAction(this, QStringLiteral("file.openDemo"), tr("Open the &Demo Project"));
    connect(fromFolder, &QAction::triggered, m_imports, &ImportController::newProjectFromFolder);
    connect(addImages, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add Images from Folder"));
        if (!dir.isEmpty())
            m_imports->scan({ dir }, false);
    });
    connect(demo, &QAction::triggered, this, [this] { openDemo(); });
    connect(m_session, &ProjectSession::opened, addImages, [addImages] { addImages->setEnabled(true); });
    connect(m_session, &ProjectSession::closed, addImages, [addImages] { addImages->setEnabled(false); });
    addImages->setEnabled(false);
    QAction* switchWho = makeAction(this, QStringLiteral("file.switchAnnotator"), tr("&Switch Annotator…"));
    QAction* quit = makeAction(this, QStringLiteral("file.quit"), tr("&Quit"), QKeySequence::Quit);
    connect(newProject, &QAction::triggered, this, &MainWindow::newProjectDialog);
    connect(open, &QAction::triggered, this, &MainWindow::openDialog);
    connect(switchWho, &QAction::triggered, this, &MainWindow::switchAnnotatorDialog);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    file->addAction(newProject);
    file->addAction(fromFolder);
    file->addAction(open);
    file->addAction(openServer);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(demo);
    file->addSeparator();
    file->addAction(addImages);
    file->addSeparator();
    file->addAction(switchWho);
    file->addSeparator();
    // Import Labels / Predictions… and Export…: their dialogs, jobs and enabled state are the controller's.
    m_transfer = new TransferController(m_session, m_session->jobs(), this);
    file->addActions(m_transfer->actions());
    m_shortcuts->registerActions(m_transfer->actions(), tr("File"));
    file->addSeparator();
    file->addAction(quit);
    m_shortcuts->registerActions(
        { newProject, fromFolder, open, openServer, demo, addImages, switchWho, quit }, tr("File"));
    updateRecentMenu();

    // Edit: undo/redo and the canvas's editing actions.
    QList<QAction*> editing;
    QList<QAction*> viewing;
    for (QAction* a : m_canvas->editActions())
        (a->objectName().startsWith(QStringLiteral("view.")) ? viewing : editing).push_back(a);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(editing);
    // The project's own steps (settlements, promotions, images marked done): not one image's, so apart from the
    // canvas's undo.
    QAction* undoProject = m_session->history()->createUndoAction(this, tr("Undo Project Step"));
    undoProject->setObjectName(QStringLiteral("edit.undoProject"));
    undoProject->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    QAction* redoProject = m_session->history()->createRedoAction(this, tr("Redo Project Step"));
    redoProject->setObjectName(QStringLiteral("edit.redoProject"));
    redoProject->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Z));
    edit->addSeparator();
    edit->addActions({ undoProject, redoProject });
    m_shortcuts->registerActions(editing + QList<QAction*> { undoProject, redoProject }, tr("Edit"));

    // Tools
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(m_canvas->toolActions());
    m_shortcuts->registerActions(m_canvas->toolActions(), tr("Tools"));
    tools->addSeparator();
    QAction* prelabel = makeAction(this, QStringLiteral("tools.prelabel"), tr("&Pre-label with OCR…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction* promote = makeAction(this, QStringLiteral("tools.promote"), tr("Promote Predictions to Pre-&labels…"));
    QAction* reread = makeAction(
        this, QStringLiteral("edit.rerecognize"), tr("&Re-read Selected Boxes"), QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction* rereadAll = makeAction(this, QStringLiteral("edit.rerecognizeAll"), tr("Re-read &All Boxes on This Image"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(prelabel, &QAction::triggered, this, [this] { m_ocr->prelabelDialog(listedImages(), m_currentImage); });
    connect(promote, &QAction::triggered, m_ocr, &OcrController::promoteDialog);
    connect(reread, &QAction::triggered, this, [this] { m_ocr->rerecognize(false); });
    connect(rereadAll, &QAction::triggered, this, [this] { m_ocr->rerecognize(true); });
    tools->addActions({ prelabel, promote, reread, rereadAll });
    m_shortcuts->registerActions({ prelabel, promote, reread, rereadAll }, tr("Tools"));

    // Go
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* next = makeAction(this, QStringLiteral("go.nextImage"), tr("&Next Image"), QKeySequence(Qt::Key_PageDown));
    QAction* previous
        = makeAction(this, QStringLiteral("go.previousImage"), tr("&Previous Image"), QKeySequence(Qt::Key_PageUp));
    QAction* nextToDo = makeAction(
        this, QStringLiteral("go.nextToDo"), tr("Next Image &To Do"), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction* done = makeAction(this, QStringLiteral("image.doneAndNext"), tr("Mark &Done and Go to Next To Do"),
        QKeySequence(Qt::CTRL | Qt::Key_Return));
    QAction* reopen = makeAction(this, QStringLiteral("image.markInProgress"), tr("Mark In &Progress"));
    connect(next, &QAction::triggered, m_browser, &DatasetBrowser::selectNext);
    connect(previous, &QAction::triggered, m_browser, &DatasetBrowser::selectPrevious);
    connect(nextToDo, &QAction::triggered, this, [this] {
        if (!m_session->isOpen())
            return;
        auto id = m_session->store()->nextToDo(me(), m_currentImage);
        if (id && *id)
            showImage(*id);
    });
    connect(done, &QAction::triggered, this, &MainWindow::markDoneAndNext);
    connect(reopen, &QAction::triggered, this, [this] { changeImageState(ImageEvent::Reopened); });
    go->addActions({ next, previous, nextToDo });
    go->addSeparator();
    go->addActions(m_browser->browserActions());
    m_shortcuts->registerActions(m_browser->browserActions(), tr("Dataset"));
    go->addSeparator();
    go->addActions({ done, reopen });
    m_shortcuts->registerActions({ next, previous, nextToDo, done, reopen }, tr("Go"));

    // View: zoom and overlays come from the canvas; docks and theme from here.
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QList<QAction*> layers, texts;
    for (QAction* a : viewing) {
        if (a->objectName().startsWith(QStringLiteral("view.texts.")))
            texts << a;
        else
            layers << a;
    }
    m_viewMenu->addActions(layers);
    QMenu* textMenu = m_viewMenu->addMenu(tr("Te&xts"));
    textMenu->setObjectName(QStringLiteral("viewTextsMenu"));
    textMenu->addActions(texts);
    m_shortcuts->registerActions(viewing, tr("View"));
    m_runMenu = m_viewMenu->addMenu(tr("Prediction &Run"));
    QAction* threshold = makeAction(this, QStringLiteral("view.acceptThreshold"), tr("Acceptance &Threshold…"));
    connect(threshold, &QAction::triggered, this, [this] {
        bool ok = false;
        const double value = QInputDialog::getDouble(this, tr("Acceptance Threshold"),
            tr("Accept all predictions with a confidence of at least:"), m_canvas->acceptThreshold(), 0.0, 1.0, 2, &ok);
        if (ok) {
            m_canvas->setAcceptThreshold(value);
            QSettings().setValue(QStringLiteral("acceptThreshold"), value);
        }
    });
    m_canvas->setAcceptThreshold(QSettings().value(QStringLiteral("acceptThreshold"), 0.9).toDouble());
    m_viewMenu->addAction(threshold);
    m_shortcuts->registerAction(threshold, tr("View"));
    QAction* evaluation = makeAction(this, QStringLiteral("view.evaluationOverlay"), tr("&Evaluation Overlay"));
    evaluation->setCheckable(true);
    evaluation->setChecked(true);
    evaluation->setToolTip(tr("Draw the Predictions panel's evaluation on the canvas: found words green, false "
                              "detections red dashed, missed words orange dotted"));
    connect(evaluation, &QAction::toggled, this, &MainWindow::updateEvaluationOverlay);
    connect(evaluation, &QAction::toggled, m_canvas->scene(), &CanvasScene::setShowEvaluation);
    m_viewMenu->addAction(evaluation);
    m_shortcuts->registerAction(evaluation, tr("View"));
    m_viewMenu->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());
    QAction* resetLayout = makeAction(this, QStringLiteral("view.resetLayout"), tr("&Reset Layout"));
    connect(resetLayout, &QAction::triggered, this, &MainWindow::restoreDefaultLayout);
    m_viewMenu->addAction(resetLayout);
    m_shortcuts->registerAction(resetLayout, tr("View"));
    m_viewMenu->addSeparator();
    QMenu* themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(this);
    for (const auto& [name, text] :
        { std::pair { QStringLiteral("light"), tr("&Light") }, std::pair { QStringLiteral("dark"), tr("&Dark") } }) {
        QAction* a = makeAction(this, QStringLiteral("view.theme.") + name, text);
        a->setCheckable(true);
        a->setData(name);
        themes->addAction(a);
        themeMenu->addAction(a);
        connect(a, &QAction::triggered, this, [this, name = name] { setTheme(name); });
    }
    const QString theme = QSettings().value(QStringLiteral("theme"), QStringLiteral("light")).toString();
    for (QAction* a : themes->actions())
        a->setChecked(a->data().toString() == theme);

    // Each language by its own name, so that a reader finds theirs in an interface they cannot read; the system's
    // first. The choice is kept and shown from the next start (every window's strings are made in its language).
    QMenu* languageMenu = m_viewMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    // "System" names the language the system's settings give Lector (English under LC_ALL=C, whose own name is
    // empty), by that language's own name.
    const QString systemCode = effectiveLanguage(QString());
    QString systemName = systemCode;
    for (const Language& l : interfaceLanguages())
        if (l.code == systemCode)
            systemName = l.name;
    std::vector<std::pair<QString, QString>> choices { { QString(), tr("System (%1)").arg(systemName) } };
    for (const Language& l : interfaceLanguages())
        choices.emplace_back(l.code, l.name);
    for (const auto& [code, text] : choices) {
        QAction* a = makeAction(
            this, QStringLiteral("view.language.") + (code.isEmpty() ? QStringLiteral("system") : code), text);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        languages->addAction(a);
        languageMenu->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    // Review
    QMenu* reviewMenu = menuBar()->addMenu(tr("&Review"));
    QAction* consensus
        = makeAction(this, QStringLiteral("review.buildConsensus"), tr("Build &Consensus and Conflicts"));
    connect(consensus, &QAction::triggered, this, &MainWindow::buildConsensus);
    reviewMenu->addAction(consensus);
    // The refining panels are put away in the default layout (eight tabs do not fit a laptop's column whole): these
    // bring them forward, as View ▸ does.
    const auto showDock = [this](const char* name) {
        if (auto* dock = findChild<QDockWidget*>(QString::fromLatin1(name))) {
            dock->show();
            dock->raise();
        }
    };
    QAction* duplicates = makeAction(this, QStringLiteral("review.duplicates"), tr("Find &Duplicate Images…"));
    connect(duplicates, &QAction::triggered, this, [showDock] { showDock("duplicatesDock"); });
    QAction* suspects = makeAction(this, QStringLiteral("review.suspects"), tr("Find &Label Errors…"));
    connect(suspects, &QAction::triggered, this, [showDock] { showDock("suspectsDock"); });
    QAction* labelNext = makeAction(this, QStringLiteral("review.labelNext"), tr("Choose What to Label &Next…"));
    connect(labelNext, &QAction::triggered, this, [showDock] { showDock("labelNextDock"); });
    QAction* drift = makeAction(this, QStringLiteral("review.drift"), tr("Compare &Batches for Drift…"));
    connect(drift, &QAction::triggered, this, [showDock] { showDock("driftDock"); });
    reviewMenu->addActions({ duplicates, suspects, labelNext, drift });
    m_shortcuts->registerActions({ consensus, duplicates, suspects, labelNext, drift }, tr("Review"));
    // The review panel's Undo and Redo are the project history's under the canvas's keys, inside the panel only.
    QList<QAction*> reviewing;
    for (QAction* a : m_review->actions())
        if (a->objectName() != QLatin1String("review.undo") && a->objectName() != QLatin1String("review.redo"))
            reviewing << a;
    m_shortcuts->registerActions(reviewing, tr("Review"));

    // Help
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcutsSheet
        = makeAction(this, QStringLiteral("help.shortcuts"), tr("&Keyboard Shortcuts…"), QKeySequence(Qt::Key_F1));
    connect(shortcutsSheet, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(m_shortcuts, this);
        dialog.exec();
    });
    QAction* manual = makeAction(this, QStringLiteral("help.manual"), tr("&Manual"));
    connect(manual, &QAction::triggered, this, [this] {
        // One window, brought to the front when asked again.
        if (auto* open = findChild<ManualDialog*>(QStringLiteral("manual"), Qt::FindDirectChildrenOnly)) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto* dialog = new ManualDialog(this);
        dialog->show();
    });
    QAction* about = makeAction(this, QStringLiteral("help.about"), tr("&About Lector"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Lector"),
            tr("<b>Lector %1</b><p>The labeling IDE for OCR datasets.</p>").arg(QApplication::applicationVersion()));
    });
    help->addActions({ manual, shortcutsSheet, about });
    m_shortcuts->registerActions({ manual, shortcutsSheet, about }, tr("Help"));

    auto* toolbar = addToolBar(tr("Tools"));
    toolbar->setObjectName(QStringLiteral("toolsToolbar"));
    toolbar->addActions(m_canvas->toolActions());
    toolbar->addSeparator();
    for (QAction* a : m_canvas->editActions()) {
        if (a->objectName() == QStringLiteral("edit.undo") || a->objectName() == QStringLiteral("edit.redo"))
            toolbar->addAction(a);
    }
    toolbar->addSeparator();
    toolbar->addAction(done);
    for (const char* name : { "view.fit", "view.showOthers", "view.showPredictions" }) {
        if (QAction* a = m_canvas->action(QString::fromLatin1(name)))
            toolbar->addAction(a);
    }
}

void MainWindow::updateRunMenu()
{
    m_runMenu->clear();
    auto* group = new QActionGroup(m_runMenu);
    QAction* none = m_runMenu->addAction(tr("None"));
    none->setCheckable(true);
    group->addAction(none);
    connect(none, &QAction::triggered, this, [this] { m_canvas->setPredictionRun(0); });
    RunId newest = 0;
    {
        for (const ModelRun& run : m_session->runs()) {
            QAction* a = m_runMenu->addAction(run.model.isEmpty() ? run.name : tr("%1 (%2)").arg(run.name, run.model));
            a->setCheckable(true);
            group->addAction(a);
            connect(a, &QAction::triggered, this, [this, id = run.id] { m_canvas->setPredictionRun(id); });
            newest = run.id;
            a->setChecked(true);
        }
    }
    if (newest == 0)
        none->setChecked(true);
    // The newest run is the one to compare against by default.
    m_canvas->setPredictionRun(newest);
    m_runMenu->setEnabled(m_session->isOpen());
}

void MainWindow::createStatusBar()
{
    m_statusImage = new QLabel(this);
    m_statusState = new QLabel(this);
    m_statusCursor = new QLabel(this);
    m_statusZoom = new QLabel(this);
    m_statusWho = new QLabel(this);
    statusBar()->addWidget(m_statusImage, 1);
    m_jobsStrip = new ProgressStrip(m_session->jobs(), {}, this); // every job: pre-labeling, consensus, promotion…
    m_jobsStrip->setObjectName(QStringLiteral("jobsStrip"));
    m_jobsStrip->setShowsText(true);
    statusBar()->addPermanentWidget(m_jobsStrip);
    statusBar()->addPermanentWidget(m_statusState);
    statusBar()->addPermanentWidget(m_statusCursor);
    statusBar()->addPermanentWidget(m_statusZoom);
    statusBar()->addPermanentWidget(m_statusWho);
    m_statusLive = new QLabel(this);
    m_statusLive->setObjectName(QStringLiteral("statusLive"));
    m_statusLive->hide();
    statusBar()->addPermanentWidget(m_statusLive);
    LiveUpdates* live = m_session->liveUpdates();
    connect(live, &LiveUpdates::stateChanged, this, [this, live](LiveUpdates::State state) {
        // The server answers again: what waits is written now, without waiting for the user to ask.
        if (state == LiveUpdates::State::Live && m_canvas->document()->hasPendingWrites() && m_canvas->retryPending())
            m_banner->hide();
        m_statusLive->setVisible(state != LiveUpdates::State::Off);
        m_statusLive->setText(state == LiveUpdates::State::Live ? tr("\u25CF Live") : tr("\u25CB Live updates paused"));
        m_statusLive->setToolTip(live->description());
    });
    // Another member's new guideline version is announced as one opened with the project is.
    connect(live, &LiveUpdates::guidelineChangedElsewhere, this, [this] { announceGuideline(isVisible()); });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_layoutRestored = restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::restoreDefaultLayout()
{
    const bool startPage = isStartPageShown();
    m_layoutBeforeStart.clear();
    restoreState(m_defaultLayout);
    applyDefaultSizes();
    if (startPage)
        showStartPage(true); // the default comes back with the project
}

void MainWindow::applyDefaultSizes()
{
    // The dataset a sixth of the width, the side panels under a quarter: the canvas keeps 60 % and more.
    QDockWidget* dataset = findChild<QDockWidget*>(QStringLiteral("datasetDock"));
    QDockWidget* side = findChild<QDockWidget*>(QStringLiteral("guidelineDock"));
    if (!dataset || !side)
        return;
    const int w = std::max(width(), 640);
    // Never narrower than the browser's filters need (else a horizontal scroll bar), up to a quarter.
    const int browserNeeds = m_browser ? m_browser->minimumSizeHint().width() + 4 : 150;
    const int left = std::min(std::max(w * 16 / 100, browserNeeds), w / 4);
    resizeDocks({ dataset, side }, { left, std::max(190, w * 23 / 100) }, Qt::Horizontal);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_layoutRestored && !m_sizedOnce) {
        // First launch, no saved layout: size the docks once the window has its size.
        m_sizedOnce = true;
        QTimer::singleShot(0, this, &MainWindow::applyDefaultSizes);
    }
}

void MainWindow::chooseLanguage(const QString& code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    // The language this window was made in (main() installed it; its locale is the default one).
    const QString running = effectiveLanguage(QString(), QLocale());
    const QString chosen = effectiveLanguage(code);
    if (chosen == running) {
        // Back to the language on screen: nothing to restart for.
        if (m_restartButton) {
            m_languageLabel->hide();
            m_restartButton->hide();
        }
        m_languageNotice.clear();
        return;
    }
    // Said in the language chosen, which the reader can read: the translator for it is loaded only for this.
    QTranslator next;
    (void)next.load(translationFile(chosen));
    const auto say = [&next](const char* source, const QString& fallback) {
        const QString text = next.translate("lector::MainWindow", source);
        return text.isEmpty() ? fallback : text;
    };
    // A notice of its own in the status bar, with its button, until Lector starts again (a temporary message would
    // go after ten seconds, and the button's height makes the status bar lay itself out again, which shows the
    // image's label back over such a message).
    if (!m_restartButton) {
        m_languageLabel = new QLabel(this);
        m_languageLabel->setObjectName(QStringLiteral("languageNotice"));
        m_restartButton = new QPushButton(this);
        m_restartButton->setObjectName(QStringLiteral("restartForLanguage"));
        connect(m_restartButton, &QPushButton::clicked, this, &MainWindow::restartInNewLanguage);
        statusBar()->addPermanentWidget(m_languageLabel);
        statusBar()->addPermanentWidget(m_restartButton);
    }
    m_languageNotice = say("Lector shows the new language when it starts again.",
        tr("Lector shows the new language when it starts again."));
    m_languageLabel->setText(m_languageNotice);
    m_restartButton->setText(say("Restart Now", tr("Restart Now")));
    m_languageLabel->show();
    m_restartButton->show();
}

bool MainWindow::restartInNewLanguage()
{
    QStringList arguments;
    if (m_session->isOpen()) {
        // A server project by its URL without the password: libpq finds it again where it found it (~/.pgpass, the
        // prompt).
        arguments << (m_session->store()->isServer() ? m_session->shownPath() : m_session->path());
        arguments << QStringLiteral("--annotator") << m_session->me().name;
        if (m_currentImage > 0)
            if (auto image = m_session->store()->image(m_currentImage); image && *image)
                arguments << QStringLiteral("--image") << QFileInfo((*image)->path).fileName();
    }
    if (!close())
        return false; // an unsaved edit's question was answered with Cancel: stay
    const auto launch = m_launcher ? m_launcher : [](const QString& program, const QStringList& args) {
        return QProcess::startDetached(program, args);
    };
    return launch(QCoreApplication::applicationFilePath(), arguments);
}

void MainWindow::setTheme(const QString& name)
{
    applyTheme(themeFromName(name));
    QSettings().setValue(QStringLiteral("theme"), name);
}

bool MainWindow::openProject(const QString& path, QString* error, const QString& annotator, bool interactive)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QSettings settings;
    if (ProjectStore::isServerLocation(path)) {
        // Where this workstation keeps the server project's images (none remembered: where it was pushed from).
        const QString shown = ProjectStore::withoutPassword(path);
        ProjectStore::setWorkstationImageRoot(
            path, settings.value(QStringLiteral("serverImageRoots")).toMap().value(shown).toString());
    }
    QString who = annotator;
    Role role = Role::Annotator;
    if (who.isEmpty()) {
        const QString last = settings.value(QStringLiteral("lastAnnotator")).toString();
        if (interactive && !ProjectStore::isServerLocation(path)) {
            // Who is labeling: asked with the project's annotators, read from a connection of its own (on a
            // server, the database user is who).
            auto peek = ProjectStore::open(path);
            if (!peek)
                return fail(peek.error().toString());
            auto people = (*peek)->annotators();
            if (!people)
                return fail(people.error().toString());
            peek->reset();
            AnnotatorDialog dialog(*people, last, this);
            if (dialog.exec() != QDialog::Accepted)
                return fail(tr("No annotator chosen; the project was not opened."));
            who = dialog.name();
            role = dialog.role();
        } else {
            who = last.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("annotator")) : last;
        }
    }
    m_currentImage = 0;
    if (auto opened = m_session->open(path, who, role); !opened)
        return fail(opened.error().toString());
    settings.setValue(QStringLiteral("lastAnnotator"), who);
    m_firstImageSignalled = false;
    m_banner->hide();
    m_canvas->document()->setStoreReadOnly(m_session->isReadOnly());
    if (m_session->isReadOnly()) {
        // Shown, not refused: the labels can be read, compared and exported; edits are not taken.
        m_bannerText->setText(tr("This project is read-only (%1 cannot be written): you can look at it and export "
                                 "from it, but not edit it. Copy it somewhere writable to label.")
                                  .arg(QDir::toNativeSeparators(m_session->shownPath())));
        m_bannerRetry->hide();
        m_banner->show();
    }
    updateRunMenu();
    addRecent(m_session->shownPath());
    updateTitle();
    updateStatus();
    announceGuideline(interactive);
    showFirstImage();
    return true;
}

void MainWindow::showFirstImage()
{
    // The first one I have not done, else the first.
    ProjectStore* store = m_session->store();
    auto first = store->nextToDo(me(), 0);
    if (first && *first)
        showImage(*first);
    else if (auto images = store->queryImages(ImageQuery {}, 0, 1); images && !images->empty())
        showImage(images->front().image.id);
}

void MainWindow::announceGuideline(bool interactive)
{
    m_announcedGuideline = 0;
    const int newest = m_guideline->newestVersion();
    if (newest == 0)
        return;
    QSettings settings;
    const QString key = guidelineSeenKey(m_session->shownPath(), m_session->me().name);
    const int seen = settings.value(key, 0).toInt();
    if (newest <= seen)
        return;
    m_announcedGuideline = newest;
    settings.setValue(key, newest);
    auto current = m_session->store()->currentGuideline();
    const QString changelog = current && current->has_value() ? (*current)->changelog : QString();
    if (!interactive)
        return;
    auto* box = new QMessageBox(QMessageBox::Information, tr("New guideline version"),
        seen == 0 ? tr("This project labels by guideline version %1. It is open in the Guideline panel.").arg(newest)
                  : tr("The guideline changed: version %1 is now in force.\n\n%2").arg(newest).arg(changelog),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::showImage(ImageId id)
{
    if (!m_session->isOpen() || !id)
        return false;
    if (id == m_currentImage)
        return true;
    if (!m_banner->isHidden() && !m_canvas->document()->hasPendingWrites() && !m_session->isReadOnly())
        m_banner->hide(); // what it said was about the image before (its file, a refused step)
    if (!m_canvas->showImage(id))
        return false;
    m_currentImage = id;
    m_browser->selectImage(id);
    updateStatus();
    updateInspector();
    updateEvaluationOverlay();
    if (!m_focusDimension.isEmpty()) {
        const QList<AnnotationId> inSlice = focusRegions();
        m_canvas->scene()->setSelection(inSlice);
        statusBar()->showMessage(tr("%n of my regions here are %1 %2", nullptr, static_cast<int>(inSlice.size()))
                                     .arg(m_focusDimension, m_focusBin),
            8000);
    }
    if (!m_firstImageSignalled) {
        m_firstImageSignalled = true;
        emit firstImageShown();
    }
    return true;
}

void MainWindow::showImagesFromPanel(const QString& description, const std::vector<ImageId>& images,
    const QString& sliceDimension, const QString& sliceBin)
{
    m_focusDimension = sliceDimension;
    m_focusBin = sliceBin;
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("datasetDock"))) {
        dock->show();
        dock->raise();
    }
    m_browser->showImages(description, images);
    if (!images.empty()) {
        m_currentImage = 0; // re-open, so that the slice's regions are selected even on the image shown now
        showImage(images.front());
    }
}

std::vector<ImageId> MainWindow::listedImages() const
{
    if (!m_session->isOpen())
        return {};
    auto ids = m_session->store()->queryImageIds(m_browser->query());
    return ids ? std::move(ids).value() : std::vector<ImageId> {};
}

void MainWindow::setEagerPanels(bool eager)
{
    for (SessionPanel* panel : std::as_const(m_panels))
        panel->setEager(eager);
}

const ProjectStore* MainWindow::store() const { return m_session->store(); }

AnnotatorId MainWindow::me() const { return m_session->me().id; }

void MainWindow::updateEvaluationOverlay()
{
    const QAction* show = findChild<QAction*>(QStringLiteral("view.evaluationOverlay"));
    if (!m_currentImage || (show && !show->isChecked())) {
        m_canvas->scene()->setEvaluationOverlay({});
        return;
    }
    m_canvas->scene()->setEvaluationOverlay(m_predictions->overlayFor(m_currentImage));
}

QList<AnnotationId> MainWindow::focusRegions() const
{
    QList<AnnotationId> ids;
    if (m_focusDimension.isEmpty())
        return ids;
    for (const auto& [id, annotation] : m_canvas->document()->annotations())
        if (annotation.annotator == me() && regionBin(m_focusDimension, annotation.region) == m_focusBin)
            ids << id;
    return ids;
}

bool MainWindow::showImageByName(const QString& name)
{
    if (!m_session->isOpen())
        return false;
    ImageQuery q;
    q.nameContains = name;
    auto rows = m_session->store()->queryImages(q, 0, 50);
    if (!rows)
        return false;
    for (const ImageRow& r : *rows) {
        if (QFileInfo(r.image.path).fileName() == name)
            return showImage(r.image.id);
    }
    return false;
}

void MainWindow::changeImageState(ImageEvent event)
{
    if (!m_session->isOpen() || !m_currentImage)
        return;
    auto change = m_session->store()->changeImageState(m_currentImage, me(), event);
    if (!change) {
        showStoreError(change.error().toString());
        return;
    }
    if (change->after != change->before) {
        m_session->history()->push(new ChangeImageState(m_session, m_currentImage, me(), *change));
        m_session->notifyLabelsChanged({ m_currentImage });
    }
    updateStatus();
}

bool MainWindow::markDoneAndNext()
{
    if (!m_session->isOpen() || !m_currentImage)
        return false;
    auto change = m_session->store()->changeImageState(m_currentImage, me(), ImageEvent::MarkedDone);
    if (!change) {
        showStoreError(change.error().toString());
        return false;
    }
    if (change->after != change->before)
        m_session->history()->push(new ChangeImageState(m_session, m_currentImage, me(), *change));
    m_session->notifyLabelsChanged({ m_currentImage });
    auto next = m_session->store()->nextToDo(me(), m_currentImage);
    updateStatus();
    if (!next || !*next) {
        statusBar()->showMessage(tr("Every image is done. Well done!"), 5000);
        return false;
    }
    return showImage(*next);
}

bool MainWindow::switchAnnotator(const QString& name, Role role)
{
    if (!m_session->isOpen())
        return false;
    const ImageId current = m_currentImage;
    if (auto switched = m_session->switchAnnotator(name, role); !switched) {
        showStoreError(switched.error().toString());
        return false;
    }
    QSettings().setValue(QStringLiteral("lastAnnotator"), name);
    m_currentImage = 0; // the canvas now holds nobody's labels: show the image again as the new annotator
    announceGuideline(isVisible());
    showImage(current);
    updateTitle();
    updateStatus();
    return true;
}

bool MainWindow::publishGuideline(const QString& markdown, const QString& changelog, const QStringList& about)
{
    if (!m_session->isOpen() || m_session->me().role != Role::Lead)
        return false;
    auto published = m_session->store()->publishGuideline(markdown, changelog, m_session->me().name, about);
    if (!published) {
        QMessageBox::warning(this, tr("Cannot publish the guideline"), published.error().toString());
        return false;
    }
    m_session->history()->push(new PublishGuideline(m_session, *published));
    m_session->notifyGuidelineChanged();
    // The lead who wrote it has seen it; everyone else is told when they next open the project.
    QSettings().setValue(guidelineSeenKey(m_session->shownPath(), m_session->me().name), published->number);
    statusBar()->showMessage(tr("Guideline version %1 published; new labels record it.").arg(published->number), 5000);
    return true;
}

void MainWindow::editGuidelineDialog()
{
    if (!m_session->isOpen())
        return;
    auto current = m_session->store()->currentGuideline();
    const QString text = current && current->has_value() ? (*current)->markdown : QString();
    GuidelineEditorDialog dialog(text, m_guideline->newestVersion() + 1, this);
    if (dialog.exec() == QDialog::Accepted)
        publishGuideline(dialog.markdown(), dialog.changelog(), dialog.about());
}

void MainWindow::buildConsensus()
{
    if (!m_session->isOpen())
        return;
    // A job with its own connection; a canceled run writes nothing (one transaction at the end).
    JobSpec spec;
    spec.key = QStringLiteral("consensus");
    spec.title = tr("Clustering the annotators' regions:");
    m_session->jobs()->start(
        spec,
        [](ProjectStore& store, Progress& progress) {
            ConsensusOptions options;
            options.settleByMajority = true; // as lector-cli consensus does; the settlement is one undo step
            return lector::buildConsensus(store, options, &progress);
        },
        this,
        [this](Result<ConsensusSummary> summary) {
            const QString message = summary
                ? tr("Consensus: %1 regions from %2 clusters; %3 conflicts: %4 settled by majority, %5 to review.")
                      .arg(summary->consensusRegions)
                      .arg(summary->clusters)
                      .arg(summary->conflicts)
                      .arg(summary->settledByMajority)
                      .arg(summary->needsReview)
                : summary.error().toString();
            statusBar()->showMessage(message, 8000);
            if (summary) {
                m_review->recordMajoritySettlement(std::move(summary->settlement));
                m_session->notifyLabelsChanged();
                m_session->notifyConflictsChanged();
            }
            emit consensusFinished(message);
        });
}

void MainWindow::switchAnnotatorDialog()
{
    if (!m_session->isOpen())
        return;
    auto people = m_session->store()->annotators();
    if (!people)
        return;
    AnnotatorDialog dialog(*people, m_session->me().name, this);
    if (dialog.exec() == QDialog::Accepted)
        switchAnnotator(dialog.name(), dialog.role());
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_session->isOpen()
            ? QStringLiteral("%1 — %2 — Lector").arg(m_session->store()->displayName(), m_session->me().name)
            : QStringLiteral("Lector"));
}

void MainWindow::updateStatus()
{
    ProjectStore* store = m_session->store();
    if (!store) {
        m_statusImage->setText(tr("No project open"));
        return;
    }
    const Annotator& who = m_session->me();
    m_statusWho->setText(tr("%1 (%2)").arg(who.name, roleTitle(who.role)));
    auto total = store->imageCount();
    if (!m_currentImage) {
        m_statusImage->setText(total && *total == 0
                ? tr("The project has no images yet: File ▸ Add Images from Folder…, or drop a folder of scans here.")
                : QString());
        return;
    }
    auto position = store->imagePosition(m_currentImage);
    auto record = store->image(m_currentImage);
    m_statusImage->setText(tr("Image %1 of %2 — %3")
                               .arg(position ? *position : 0)
                               .arg(total ? *total : 0)
                               .arg(record && record->has_value() ? (*record)->path : QString()));
    auto state = store->imageState(m_currentImage, who.id);
    m_statusState->setText(state ? imageStateTitle(*state) : QString());
}

void MainWindow::updateInspector()
{
    const QList<AnnotationId>& selected = m_selection;
    if (selected.size() != 1) {
        m_inspector->showSummary(selected.isEmpty()
                ? tr("Nothing selected. %1 regions on this image.").arg(m_canvas->document()->annotations().size())
                : tr("%1 regions selected.").arg(selected.size()));
        return;
    }
    const Annotation* a = m_canvas->document()->annotation(selected.first());
    if (!a)
        return;
    m_inspector->showAnnotation(*a,
        m_canvas->document()->annotatorName(a->annotator).isEmpty() ? m_session->me().name
                                                                    : m_canvas->document()->annotatorName(a->annotator),
        !m_canvas->document()->isReadOnly());
}

void MainWindow::showEditError(const QString& message)
{
    // The message may be a sentence of its own: its full stop is this sentence's.
    QString reason = message.trimmed();
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    m_bannerText->setText(tr("Your last edit is not saved yet: %1. It stays on screen; Retry saves it.").arg(reason));
    m_bannerRetry->show();
    m_banner->show();
}

void MainWindow::showStoreError(const QString& message)
{
    // A project step (undo of a settlement, a state change) that the store refused: nothing waits on screen.
    m_bannerText->setText(tr("The project could not be changed: %1").arg(message));
    m_bannerRetry->setVisible(m_canvas->document()->hasPendingWrites());
    m_banner->show();
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QString(), tr("Lector projects (*.lector);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openProject(path, &error))
        QMessageBox::warning(this, tr("Cannot open the project"), error);
}

void MainWindow::openRecent(const QString& path)
{
    QString error;
    if (openProject(path, &error) || error.isEmpty())
        return;
    if (ProjectStore::isServerLocation(path))
        openServerDialog(path, error); // a password to type, a server moved: the connection's fields to fix
    else
        QMessageBox::warning(this, tr("Cannot open the project"), error);
}

void MainWindow::openServerDialog(const QString& url, const QString& error)
{
    ServerDialog dialog(this);
    dialog.setError(error);
    QSettings settings;
    QVariantMap roots = settings.value(QStringLiteral("serverImageRoots")).toMap();
    if (!url.isEmpty()) {
        dialog.setLocation(url);
        dialog.setImageFolder(roots.value(ProjectStore::withoutPassword(url)).toString());
    }
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString shown = dialog.location(false);
        if (dialog.imageFolder().isEmpty())
            roots.remove(shown);
        else
            roots.insert(shown, dialog.imageFolder());
        settings.setValue(QStringLiteral("serverImageRoots"), roots);
        QString error;
        if (openProject(dialog.location(true), &error))
            return;
        dialog.setError(error); // and again, with what the user typed kept
    }
}

void MainWindow::newProjectDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Project"), QStringLiteral("project.lector"), tr("Lector projects (*.lector)"));
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
        m_recentMenu->addAction(path, this, [this, path] { openRecent(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_startPage->setRecentProjects(recent);
}

bool MainWindow::isStartPageShown() const { return m_centreStack->currentWidget() == m_startPage; }

void MainWindow::openDemo(const QString& annotator, bool interactive)
{
    // Written once into the user's data folder (not the working directory, which may be read-only or a checkout).
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
    const QString path = dir + QStringLiteral("/demo.lector");
    const auto openIt = [this, path, annotator, interactive] {
        QString error;
        const bool ok = openProject(path, &error, annotator, interactive);
        if (!ok && !error.isEmpty() && interactive)
            QMessageBox::warning(this, tr("Cannot open the demo project"), error);
        emit demoOpened(ok, error);
    };
    if (QFileInfo::exists(path)) {
        openIt();
        return;
    }
    m_startPage->setDemoBusy(true);
    JobSpec spec;
    spec.key = QStringLiteral("demo");
    spec.title = tr("Writing the demo project:");
    m_session->jobs()->start(
        spec,
        [dir](Progress& progress) {
            QDir().mkpath(dir);
            return demo::generateDemoProject(dir, demo::DemoOptions {}, &progress);
        },
        this,
        [this, openIt, interactive](Result<demo::DemoSummary> written) {
            m_startPage->setDemoBusy(false);
            if (written) {
                // Opened once this job is over: who works is asked in a dialog, and the job must not look running.
                QTimer::singleShot(0, this, openIt);
                return;
            }
            if (written.error().code == ErrorCode::Canceled)
                return;
            if (interactive)
                QMessageBox::warning(this, tr("Cannot write the demo project"), written.error().toString());
            emit demoOpened(false, written.error().toString());
        });
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    // Local folders and files only: a dropped project opens, images and folders are scanned and imported.
    if (event->mimeData()->hasUrls()) {
        for (const QUrl& url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    m_imports->importPaths(paths);
}

} // namespace lector
