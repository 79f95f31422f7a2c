// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "main_window.h"

#include "canvas/canvas_controller.h"
#include "canvas/canvas_scene.h"
#include "commands/change_flags.h"
#include "commands/change_transcription.h"
#include "canvas/canvas_view.h"
#include "dialogs/annotator_dialog.h"
#include "dialogs/guideline_editor_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "document/label_document.h"
#include "panels/dashboard_panel.h"
#include "panels/distribution_panel.h"
#include "panels/prediction_panel.h"
#include "panels/dataset_browser.h"
#include "panels/guideline_dock.h"
#include "panels/inspector_dock.h"
#include "panels/review_panel.h"
#include "shell/ocr_controller.h"
#include "shell/shared_progress.h"
#include "shell/shortcut_registry.h"
#include "shell/theme.h"

#include <lector/analysis/consensus.h>
#include <lector/metrics/agreement_report.h>
#include <lector/store/project_store.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QFutureWatcher>
#include <QMenuBar>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

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
        static const std::pair<const char*, const char*> icons[] = { { "tool.select", "select" },
            { "tool.rectangle", "rectangle" }, { "tool.quad", "quad" }, { "edit.undo", "undo" }, { "edit.redo", "redo" },
            { "image.doneAndNext", "done" }, { "view.fit", "zoom-fit" }, { "view.showOthers", "overlay" },
            { "view.showPredictions", "predictions" } };
        for (const auto& [name, file] : icons) {
            if (QAction* a = registry.action(QString::fromLatin1(name)))
                a->setIcon(QIcon(QStringLiteral(":/lector/icons/%1.svg").arg(QLatin1String(file))));
        }
    }

    QString guidelineSeenKey(const QString& project, const QString& annotator)
    {
        return QStringLiteral("guidelineSeen/") + QString::fromLatin1(project.toUtf8().toBase64(QByteArray::Base64UrlEncoding))
            + QLatin1Char('/') + annotator;
    }
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_shortcuts(new ShortcutRegistry(this))
{
    initIconResources();
    setWindowTitle(QStringLiteral("Lector"));
    setDockNestingEnabled(true);
    m_canvas = new CanvasController(this);
    m_ocr = new OcrController(m_canvas, this);
    connect(m_ocr, &OcrController::storeChanged, this, &MainWindow::modelDataChanged);
    connect(m_ocr, &OcrController::runFinished, this,
        [this](const AutolabelSummary&, const QString& message) { statusBar()->showMessage(message, 15000); });
    connect(m_ocr, &OcrController::runFailed, this, [this](const QString& message) { statusBar()->showMessage(message, 15000); });
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
    m_bannerText->setWordWrap(true);
    auto* retry = new QPushButton(tr("Retry"), m_banner);
    retry->setObjectName(QStringLiteral("storeErrorRetry"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(retry);
    m_banner->hide();
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_canvas->view(), 1);
    setCentralWidget(centre);
    connect(retry, &QPushButton::clicked, this, [this] {
        if (m_canvas->document()->retryPending())
            m_banner->hide();
        else
            showStoreError(m_canvas->document()->lastError());
    });
    connect(m_canvas, &CanvasController::storeError, this, &MainWindow::showStoreError);

    createDocks();
    createActions();
    createStatusBar();
    applyIcons(*m_shortcuts);
    m_defaultLayout = saveState();
    restoreSettings();

    connect(m_canvas, &CanvasController::cursorMoved, this, [this](const QPointF& p) {
        m_statusCursor->setText(tr("x %1  y %2").arg(p.x(), 0, 'f', 0).arg(p.y(), 0, 'f', 0));
    });
    connect(m_canvas, &CanvasController::zoomChanged, this,
        [this](double zoom) { m_statusZoom->setText(tr("%1%").arg(zoom * 100, 0, 'f', 0)); });
    connect(m_canvas, &CanvasController::edited, this, [this] {
        updateInspector();
        if (!m_store || !m_currentImage)
            return;
        // The first edit of an image starts it; the browser row shows it.
        auto state = m_store->imageState(m_currentImage, m_me.id);
        if (state && *state == ImageState::ToDo)
            (void)m_store->setImageState(m_currentImage, m_me.id, ImageState::InProgress);
        m_browser->invalidateImage(m_currentImage);
        updateStatus();
    });
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
        GuidelineDiffDialog dialog(tr("version %1").arg(older), a->markdown, tr("version %1").arg(newer), b->markdown, this);
        dialog.exec();
    });
    connect(m_review, &ReviewPanel::openOnCanvas, this, [this](ImageId image) {
        showImage(image);
        if (QAction* others = m_canvas->action(QStringLiteral("view.showOthers")); others && !others->isChecked())
            others->trigger();
    });
    connect(m_review, &ReviewPanel::resolved, this, [this] {
        m_guideline->reload(m_store.get());
        const ImageId shown = m_currentImage;
        m_currentImage = 0;
        showImage(shown); // the consensus label may have changed
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

MainWindow::~MainWindow()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

QDockWidget* MainWindow::addPanel(const QString& objectName, const QString& title, QWidget* widget, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_browser = new DatasetBrowser(this);
    m_inspector = new InspectorDock(this);
    m_guideline = new GuidelineDock(this);
    m_review = new ReviewPanel(this);
    m_dashboard = new DashboardPanel(this);
    addPanel(QStringLiteral("datasetDock"), tr("Dataset"), m_browser, Qt::LeftDockWidgetArea);
    QDockWidget* inspector = addPanel(QStringLiteral("inspectorDock"), tr("Inspector"), m_inspector, Qt::RightDockWidgetArea);
    QDockWidget* guideline = addPanel(QStringLiteral("guidelineDock"), tr("Guideline"), m_guideline, Qt::RightDockWidgetArea);
    QDockWidget* review = addPanel(QStringLiteral("reviewDock"), tr("Review"), m_review, Qt::RightDockWidgetArea);
    splitDockWidget(inspector, guideline, Qt::Vertical);
    tabifyDockWidget(inspector, review);
    inspector->raise();
    QDockWidget* dashboard = addPanel(QStringLiteral("dashboardDock"), tr("Noise Dashboard"), m_dashboard, Qt::RightDockWidgetArea);
    tabifyDockWidget(guideline, dashboard);
    connect(m_dashboard, &DashboardPanel::imageRequested, this, [this](ImageId image) { showImage(image); });
    connect(m_dashboard, &DashboardPanel::imagesRequested, this, &MainWindow::showImagesFromPanel);

    // Models and data: predictions against labels, and what the data is made of. Both compute when first shown.
    m_predictions = new PredictionPanel(this);
    m_distribution = new DistributionPanel(this);
    QDockWidget* predictions
        = addPanel(QStringLiteral("predictionDock"), tr("Predictions"), m_predictions, Qt::RightDockWidgetArea);
    QDockWidget* distribution
        = addPanel(QStringLiteral("distributionDock"), tr("Distribution"), m_distribution, Qt::RightDockWidgetArea);
    tabifyDockWidget(dashboard, predictions);
    tabifyDockWidget(predictions, distribution);
    connect(m_predictions, &PredictionPanel::imageRequested, this, [this](ImageId image) { showImage(image); });
    connect(m_predictions, &PredictionPanel::imagesRequested, this, &MainWindow::showImagesFromPanel);
    connect(m_predictions, &PredictionPanel::evaluationReady, this, &MainWindow::updateEvaluationOverlay);
    connect(m_distribution, &DistributionPanel::imagesSelected, this,
        [this](const QString& description, const std::vector<ImageId>& images) {
            showImagesFromPanel(description, images);
        });
    for (QDockWidget* dock : { predictions, distribution })
        connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible)
                loadLazyPanels();
        });
    connect(m_browser, &DatasetBrowser::shownImagesCleared, this, [this] {
        m_focusDimension.clear();
        m_focusBin.clear();
    });
    connect(m_dashboard, &DashboardPanel::conflictKindClicked, this, [this, review](const QString& kind) {
        m_review->setKindFilter(kind);
        review->show();
        review->raise();
    });
    guideline->raise(); // the annotators' panel in front; the lead's panels are tabs behind it
    resizeDocks({ inspector, guideline }, { 260, 500 }, Qt::Vertical);
}

void MainWindow::createActions()
{
    // File
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newProject = makeAction(this, QStringLiteral("file.new"), tr("&New Project…"), QKeySequence::New);
    QAction* open = makeAction(this, QStringLiteral("file.open"), tr("&Open Project…"), QKeySequence::Open);
    QAction* switchWho = makeAction(this, QStringLiteral("file.switchAnnotator"), tr("&Switch Annotator…"));
    QAction* quit = makeAction(this, QStringLiteral("file.quit"), tr("&Quit"), QKeySequence::Quit);
    connect(newProject, &QAction::triggered, this, &MainWindow::newProjectDialog);
    connect(open, &QAction::triggered, this, &MainWindow::openDialog);
    connect(switchWho, &QAction::triggered, this, &MainWindow::switchAnnotatorDialog);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    file->addAction(newProject);
    file->addAction(open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(switchWho);
    file->addSeparator();
    file->addAction(quit);
    m_shortcuts->registerActions({ newProject, open, switchWho, quit }, tr("File"));
    updateRecentMenu();

    // Edit: undo/redo and the canvas's editing actions.
    QList<QAction*> editing;
    QList<QAction*> viewing;
    for (QAction* a : m_canvas->editActions())
        (a->objectName().startsWith(QStringLiteral("view.")) ? viewing : editing).push_back(a);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(editing);
    m_shortcuts->registerActions(editing, tr("Edit"));

    // Tools
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(m_canvas->toolActions());
    m_shortcuts->registerActions(m_canvas->toolActions(), tr("Tools"));
    tools->addSeparator();
    QAction* prelabel = makeAction(
        this, QStringLiteral("tools.prelabel"), tr("&Pre-label with OCR…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
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
    QAction* nextToDo
        = makeAction(this, QStringLiteral("go.nextToDo"), tr("Next Image &To Do"), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction* done = makeAction(
        this, QStringLiteral("image.doneAndNext"), tr("Mark &Done and Go to Next To Do"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    QAction* reopen = makeAction(this, QStringLiteral("image.markInProgress"), tr("Mark In &Progress"));
    connect(next, &QAction::triggered, m_browser, &DatasetBrowser::selectNext);
    connect(previous, &QAction::triggered, m_browser, &DatasetBrowser::selectPrevious);
    connect(nextToDo, &QAction::triggered, this, [this] {
        if (!m_store)
            return;
        auto id = m_store->nextToDo(m_me.id, m_currentImage);
        if (id && *id)
            showImage(*id);
    });
    connect(done, &QAction::triggered, this, &MainWindow::markDoneAndNext);
    connect(reopen, &QAction::triggered, this, [this] {
        if (m_store && m_currentImage) {
            (void)m_store->setImageState(m_currentImage, m_me.id, ImageState::InProgress);
            m_browser->invalidateImage(m_currentImage);
            updateStatus();
        }
    });
    go->addActions({ next, previous, nextToDo });
    go->addSeparator();
    go->addActions(m_browser->browserActions());
    m_shortcuts->registerActions(m_browser->browserActions(), tr("Dataset"));
    go->addSeparator();
    go->addActions({ done, reopen });
    m_shortcuts->registerActions({ next, previous, nextToDo, done, reopen }, tr("Go"));

    // View: zoom and overlays come from the canvas; docks and theme from here.
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions(viewing);
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
    m_viewMenu->addAction(evaluation);
    m_shortcuts->registerAction(evaluation, tr("View"));
    m_viewMenu->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    QMenu* themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(this);
    for (const auto& [name, text] : { std::pair { QStringLiteral("light"), tr("&Light") },
             std::pair { QStringLiteral("dark"), tr("&Dark") } }) {
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

    // Review
    QMenu* reviewMenu = menuBar()->addMenu(tr("&Review"));
    QAction* consensus = makeAction(this, QStringLiteral("review.buildConsensus"), tr("Build &Consensus and Conflicts"));
    connect(consensus, &QAction::triggered, this, &MainWindow::buildConsensus);
    reviewMenu->addAction(consensus);
    m_shortcuts->registerActions({ consensus }, tr("Review"));
    m_shortcuts->registerActions(m_review->actions(), tr("Review"));

    // Help
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcutsSheet
        = makeAction(this, QStringLiteral("help.shortcuts"), tr("&Keyboard Shortcuts…"), QKeySequence(Qt::Key_F1));
    connect(shortcutsSheet, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(m_shortcuts, this);
        dialog.exec();
    });
    QAction* about = makeAction(this, QStringLiteral("help.about"), tr("&About Lector"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Lector"),
            tr("<b>Lector %1</b><p>The labeling IDE for OCR datasets.</p>").arg(QApplication::applicationVersion()));
    });
    help->addActions({ shortcutsSheet, about });
    m_shortcuts->registerActions({ shortcutsSheet, about }, tr("Help"));

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
    auto runs = m_store ? m_store->runs() : Result<std::vector<ModelRun>>(std::vector<ModelRun> {});
    QAction* none = m_runMenu->addAction(tr("None"));
    none->setCheckable(true);
    group->addAction(none);
    connect(none, &QAction::triggered, this, [this] { m_canvas->setPredictionRun(0); });
    RunId newest = 0;
    if (runs) {
        for (const ModelRun& run : *runs) {
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
    m_runMenu->setEnabled(m_store != nullptr);
}

void MainWindow::createStatusBar()
{
    m_statusImage = new QLabel(this);
    m_statusState = new QLabel(this);
    m_statusCursor = new QLabel(this);
    m_statusZoom = new QLabel(this);
    m_statusWho = new QLabel(this);
    statusBar()->addWidget(m_statusImage, 1);
    statusBar()->addPermanentWidget(m_statusState);
    statusBar()->addPermanentWidget(m_statusCursor);
    statusBar()->addPermanentWidget(m_statusZoom);
    statusBar()->addPermanentWidget(m_statusWho);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::restoreDefaultLayout() { restoreState(m_defaultLayout); }

void MainWindow::setTheme(const QString& name)
{
    applyTheme(themeFromName(name));
    QSettings().setValue(QStringLiteral("theme"), name);
}

bool MainWindow::openProject(const QString& path, QString* error, const QString& annotator, bool interactive)
{
    auto opened = ProjectStore::open(path);
    if (!opened) {
        if (error)
            *error = opened.error().toString();
        return false;
    }
    std::unique_ptr<ProjectStore> store = std::move(opened).value();
    (void)store->setBusyTimeout(1000); // the UI thread waits at most a second for another writer
    auto people = store->annotators();
    if (!people) {
        if (error)
            *error = people.error().toString();
        return false;
    }
    QSettings settings;
    QString who = annotator;
    Role role = Role::Annotator;
    if (who.isEmpty()) {
        const QString last = settings.value(QStringLiteral("lastAnnotator")).toString();
        if (interactive) {
            AnnotatorDialog dialog(*people, last, this);
            if (dialog.exec() != QDialog::Accepted) {
                if (error)
                    *error = tr("No annotator chosen; the project was not opened.");
                return false;
            }
            who = dialog.name();
            role = dialog.role();
        } else {
            who = last.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("annotator")) : last;
        }
    }
    auto id = store->ensureAnnotator(who, role);
    if (!id) {
        if (error)
            *error = id.error().toString();
        return false;
    }
    auto me = store->findAnnotator(who);
    m_me = me && me->has_value() ? **me : Annotator { *id, who, role };
    settings.setValue(QStringLiteral("lastAnnotator"), who);

    m_store = std::move(store);
    m_currentImage = 0;
    m_firstImageSignalled = false;
    m_banner->hide();
    m_canvas->setStore(m_store.get(), m_me.id);
    m_ocr->setStore(m_store.get(), m_me.id);
    updateRunMenu();
    m_guideline->reload(m_store.get());
    m_guideline->setCanPublish(m_me.role == Role::Lead);
    m_review->setStore(m_store.get(), m_me.name);
    m_dashboard->setStorePath(m_store->path());
    loadLazyPanels();
    m_browser->setMe(m_me.id);
    m_browser->setStorePath(m_store->path());
    addRecent(m_store->path());
    updateTitle();
    updateStatus();
    announceGuideline(interactive);
    // The first image to show: the first one I have not done, else the first.
    auto first = m_store->nextToDo(m_me.id, 0);
    if (first && *first)
        showImage(*first);
    else if (auto images = m_store->queryImages(ImageQuery {}, 0, 1); images && !images->empty())
        showImage(images->front().image.id);
    return true;
}

void MainWindow::announceGuideline(bool interactive)
{
    m_announcedGuideline = 0;
    const int newest = m_guideline->newestVersion();
    if (newest == 0)
        return;
    QSettings settings;
    const QString key = guidelineSeenKey(m_store->path(), m_me.name);
    const int seen = settings.value(key, 0).toInt();
    if (newest <= seen)
        return;
    m_announcedGuideline = newest;
    settings.setValue(key, newest);
    auto current = m_store->currentGuideline();
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
    if (!m_store || !id)
        return false;
    if (id == m_currentImage)
        return true;
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
        statusBar()->showMessage(
            tr("%n of my regions here are %1 %2", nullptr, static_cast<int>(inSlice.size())).arg(m_focusDimension, m_focusBin),
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
    if (!m_store)
        return {};
    auto ids = m_store->queryImageIds(m_browser->query());
    return ids ? std::move(ids).value() : std::vector<ImageId> {};
}

void MainWindow::modelDataChanged()
{
    if (!m_store)
        return;
    updateRunMenu();
    m_canvas->document()->reloadOverlays();
    m_browser->refresh();
    if (!m_predictionsPath.isEmpty())
        m_predictions->setStorePath(m_store->path()); // new runs in the pickers, evaluated again
    if (!m_distributionPath.isEmpty())
        m_distribution->refresh();
}

void MainWindow::loadLazyPanels()
{
    if (!m_store)
        return;
    const QString path = m_store->path();
    const auto visible = [this](const char* dock) {
        auto* d = findChild<QDockWidget*>(QString::fromLatin1(dock));
        return d && d->isVisible() && !d->visibleRegion().isEmpty();
    };
    if (m_predictionsPath != path && (visible("predictionDock") || m_eagerPanels)) {
        m_predictionsPath = path;
        m_predictions->setStorePath(path);
    }
    if (m_distributionPath != path && (visible("distributionDock") || m_eagerPanels)) {
        m_distributionPath = path;
        m_distribution->setStorePath(path);
    }
}

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
        if (annotation.annotator == m_me.id && regionBin(m_focusDimension, annotation.region) == m_focusBin)
            ids << id;
    return ids;
}

bool MainWindow::showImageByName(const QString& name)
{
    if (!m_store)
        return false;
    ImageQuery q;
    q.nameContains = name;
    auto rows = m_store->queryImages(q, 0, 50);
    if (!rows)
        return false;
    for (const ImageRow& r : *rows) {
        if (QFileInfo(r.image.path).fileName() == name)
            return showImage(r.image.id);
    }
    return false;
}

bool MainWindow::markDoneAndNext()
{
    if (!m_store || !m_currentImage)
        return false;
    if (auto r = m_store->setImageState(m_currentImage, m_me.id, ImageState::Done); !r) {
        showStoreError(r.error().toString());
        return false;
    }
    m_browser->invalidateImage(m_currentImage);
    auto next = m_store->nextToDo(m_me.id, m_currentImage);
    updateStatus();
    if (!next || !*next) {
        statusBar()->showMessage(tr("Every image is done. Well done!"), 5000);
        return false;
    }
    return showImage(*next);
}

bool MainWindow::switchAnnotator(const QString& name, Role role)
{
    if (!m_store)
        return false;
    auto id = m_store->ensureAnnotator(name, role);
    if (!id)
        return false;
    auto me = m_store->findAnnotator(name);
    m_me = me && me->has_value() ? **me : Annotator { *id, name, role };
    QSettings().setValue(QStringLiteral("lastAnnotator"), name);
    const ImageId current = m_currentImage;
    m_currentImage = 0;
    m_canvas->setStore(m_store.get(), m_me.id);
    m_ocr->setStore(m_store.get(), m_me.id);
    m_browser->setMe(m_me.id);
    m_guideline->setCanPublish(m_me.role == Role::Lead);
    m_review->setStore(m_store.get(), m_me.name);
    announceGuideline(isVisible());
    showImage(current);
    updateTitle();
    updateStatus();
    return true;
}

bool MainWindow::publishGuideline(const QString& markdown, const QString& changelog, const QStringList& about)
{
    if (!m_store || m_me.role != Role::Lead)
        return false;
    auto published = m_store->publishGuideline(markdown, changelog, m_me.name, about);
    if (!published) {
        QMessageBox::warning(this, tr("Cannot publish the guideline"), published.error().toString());
        return false;
    }
    m_guideline->reload(m_store.get());
    // The lead who wrote it has seen it; everyone else is told when they next open the project.
    QSettings().setValue(guidelineSeenKey(m_store->path(), m_me.name), published->number);
    statusBar()->showMessage(tr("Guideline version %1 published; new labels record it.").arg(published->number), 5000);
    return true;
}

void MainWindow::editGuidelineDialog()
{
    if (!m_store)
        return;
    auto current = m_store->currentGuideline();
    const QString text = current && current->has_value() ? (*current)->markdown : QString();
    GuidelineEditorDialog dialog(text, m_guideline->newestVersion() + 1, this);
    if (dialog.exec() == QDialog::Accepted)
        publishGuideline(dialog.markdown(), dialog.changelog(), dialog.about());
}

void MainWindow::buildConsensus()
{
    if (!m_store)
        return;
    // On a worker with its own connection (one per thread), with a progress bar and Cancel; a canceled run writes
    // nothing (one transaction at the end).
    auto progress = std::make_shared<SharedProgress>();
    auto* dialog = new QProgressDialog(tr("Clustering the annotators' regions…"), tr("Cancel"), 0, 100, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    auto* timer = new QTimer(dialog);
    connect(timer, &QTimer::timeout, dialog, [dialog, progress] {
        if (progress->total() > 0) {
            dialog->setMaximum(static_cast<int>(progress->total()));
            dialog->setValue(static_cast<int>(progress->done()));
        }
    });
    timer->start(100);
    connect(dialog, &QProgressDialog::canceled, this, [progress] { progress->cancel(); });
    auto* watcher = new QFutureWatcher<QString>(this);
    const QString path = m_store->path();
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, dialog] {
        dialog->deleteLater();
        watcher->deleteLater();
        const QString message = watcher->result();
        statusBar()->showMessage(message, 8000);
        m_review->reload();
        m_browser->refresh();
        m_dashboard->refresh();
        emit consensusFinished(message);
    });
    watcher->setFuture(QtConcurrent::run([path, progress]() -> QString {
        auto store = ProjectStore::open(path);
        if (!store)
            return store.error().toString();
        auto summary = lector::buildConsensus(**store, ConsensusOptions {}, progress.get());
        if (!summary)
            return summary.error().toString();
        return QObject::tr("Consensus: %1 regions from %2 clusters; %3 conflicts to review.")
            .arg(summary->consensusRegions)
            .arg(summary->clusters)
            .arg(summary->conflicts);
    }));
}

void MainWindow::switchAnnotatorDialog()
{
    if (!m_store)
        return;
    auto people = m_store->annotators();
    if (!people)
        return;
    AnnotatorDialog dialog(*people, m_me.name, this);
    if (dialog.exec() == QDialog::Accepted)
        switchAnnotator(dialog.name(), dialog.role());
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_store ? QStringLiteral("%1 — %2 — Lector").arg(QFileInfo(m_store->path()).fileName(), m_me.name)
                           : QStringLiteral("Lector"));
}

void MainWindow::updateStatus()
{
    if (!m_store) {
        m_statusImage->setText(tr("No project open"));
        return;
    }
    m_statusWho->setText(tr("%1 (%2)").arg(m_me.name, roleName(m_me.role)));
    auto total = m_store->imageCount();
    if (!m_currentImage) {
        m_statusImage->setText(total && *total == 0 ? tr("The project has no images yet: import some with lector-cli import.")
                                                    : QString());
        return;
    }
    auto position = m_store->imagePosition(m_currentImage);
    auto record = m_store->image(m_currentImage);
    m_statusImage->setText(tr("Image %1 of %2 — %3")
                               .arg(position ? *position : 0)
                               .arg(total ? *total : 0)
                               .arg(record && record->has_value() ? (*record)->path : QString()));
    auto state = m_store->imageState(m_currentImage, m_me.id);
    m_statusState->setText(state ? imageStateName(*state) : QString());
}

void MainWindow::updateInspector()
{
    const QList<AnnotationId>& selected = m_selection;
    if (selected.size() != 1) {
        m_inspector->showSummary(selected.isEmpty() ? tr("Nothing selected. %1 regions on this image.")
                                                          .arg(m_canvas->document()->annotations().size())
                                                    : tr("%1 regions selected.").arg(selected.size()));
        return;
    }
    const Annotation* a = m_canvas->document()->annotation(selected.first());
    if (!a)
        return;
    m_inspector->showAnnotation(*a, m_me.name, !m_canvas->document()->isReadOnly());
}

void MainWindow::showStoreError(const QString& message)
{
    m_bannerText->setText(tr("Your last edit is not saved yet: %1. It stays on screen; Retry saves it.").arg(message));
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
        m_recentMenu->addAction(path, this, [this, path] {
            QString error;
            if (!openProject(path, &error))
                QMessageBox::warning(this, tr("Cannot open the project"), error);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace lector
