// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/image_query.h>
#include <lector/store/types.h>

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QPushButton;

namespace lector {

class CanvasController;
class DashboardPanel;
class DistributionPanel;
class OcrController;
class PredictionPanel;
class DatasetBrowser;
class GuidelineDock;
class InspectorDock;
class ReviewPanel;
class ProjectStore;
class ShortcutRegistry;

/// Lector's main window: the dataset browser, the canvas in the centre, the inspector and the guideline in docks,
/// menus and a status bar. It owns the open ProjectStore (the UI thread's connection) and wires the panels to it;
/// the panels hold no business logic and the window holds no SQL.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project as `annotator` (asked for with a dialog when empty and `interactive`); on failure the
    /// previous project stays open and the error text is returned.
    bool openProject(const QString& path, QString* error = nullptr, const QString& annotator = {},
        bool interactive = true);
    /// Shows the image whose file name is `name`; false when there is none.
    bool showImageByName(const QString& name);
    bool showImage(ImageId id);
    /// Lists `images` in the browser (what a panel's bar, point or row stands for) and opens the first; with a
    /// slice, my regions in it are selected on every image opened until the browser shows all images again.
    void showImagesFromPanel(const QString& description, const std::vector<ImageId>& images,
        const QString& sliceDimension = {}, const QString& sliceBin = {});
    /// My regions on the current image in the focused slice (empty without one).
    QList<AnnotationId> focusRegions() const;
    /// The images the browser lists now (its filters), in its order: what "pre-label these" reads.
    std::vector<ImageId> listedImages() const;
    OcrController* ocr() const { return m_ocr; }
    /// Gives the Predictions and Distribution panels the project once they are visible (they compute then).
    void loadLazyPanels();
    /// Draws the Predictions panel's evaluation of the current image on the canvas (View ▸ Evaluation Overlay).
    void updateEvaluationOverlay();
    /// Runs or labels changed behind the canvas (a pre-labeling run, a promotion): menus, overlays, panels reload.
    void modelDataChanged();

    const ProjectStore* store() const { return m_store.get(); }
    ImageId currentImage() const { return m_currentImage; }
    AnnotatorId me() const { return m_me.id; }
    CanvasController* canvas() const { return m_canvas; }
    DatasetBrowser* browser() const { return m_browser; }
    ShortcutRegistry* shortcuts() const { return m_shortcuts; }
    InspectorDock* inspector() const { return m_inspector; }
    GuidelineDock* guideline() const { return m_guideline; }
    ReviewPanel* review() const { return m_review; }
    DashboardPanel* dashboard() const { return m_dashboard; }
    PredictionPanel* predictions() const { return m_predictions; }
    DistributionPanel* distribution() const { return m_distribution; }
    /// Load the Predictions and Distribution panels at open even while hidden (tests, screenshots).
    void setEagerPanels(bool eager) { m_eagerPanels = eager; }
    /// Builds consensus and conflicts on a worker thread; consensusFinished reports the outcome.
    void buildConsensus();
    /// The guideline version this annotator was told about on opening, 0 when none was new.
    int announcedGuideline() const { return m_announcedGuideline; }

    /// Marks the current image done for me and shows the next image I have not done; false when all are done.
    bool markDoneAndNext();
    bool switchAnnotator(const QString& name, Role role = Role::Annotator);
    /// Back to the built-in dock layout (saved layouts are ignored, e.g. for reproducible screenshots).
    void restoreDefaultLayout();
    /// Publishes the next guideline version as the current annotator, who must be a lead.
    bool publishGuideline(const QString& markdown, const QString& changelog, const QStringList& about = {});

signals:
    /// The first image of an opened project is on screen (used by --screenshot and the open benchmark).
    void firstImageShown();
    void consensusFinished(const QString& message);

private:
    void createDocks();
    void createActions();
    void createStatusBar();
    void restoreSettings();
    void updateTitle();
    void updateStatus();
    void updateInspector();
    void showStoreError(const QString& message);
    void announceGuideline(bool interactive);
    void openDialog();
    void newProjectDialog();
    void switchAnnotatorDialog();
    void editGuidelineDialog();
    void updateRecentMenu();
    void updateRunMenu();
    void addRecent(const QString& path);
    void setTheme(const QString& name);
    QDockWidget* addPanel(const QString& objectName, const QString& title, QWidget* widget, Qt::DockWidgetArea area);

    std::unique_ptr<ProjectStore> m_store;
    Annotator m_me;
    ImageId m_currentImage = 0;
    bool m_firstImageSignalled = false;
    // The slice of regions a panel pointed at (dashboard slice bars): my regions in it are selected on each image.
    QString m_focusDimension;
    QString m_focusBin;
    int m_announcedGuideline = 0;
    QByteArray m_defaultLayout;

    CanvasController* m_canvas = nullptr;
    DatasetBrowser* m_browser = nullptr;
    InspectorDock* m_inspector = nullptr;
    GuidelineDock* m_guideline = nullptr;
    ReviewPanel* m_review = nullptr;
    DashboardPanel* m_dashboard = nullptr;
    PredictionPanel* m_predictions = nullptr;
    OcrController* m_ocr = nullptr;
    DistributionPanel* m_distribution = nullptr;
    QString m_predictionsPath; // the project the panels were last given
    QString m_distributionPath;
    bool m_eagerPanels = false;
    ShortcutRegistry* m_shortcuts = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_runMenu = nullptr;
    QList<AnnotationId> m_selection;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QLabel* m_statusImage = nullptr;
    QLabel* m_statusCursor = nullptr;
    QLabel* m_statusZoom = nullptr;
    QLabel* m_statusWho = nullptr;
    QLabel* m_statusState = nullptr;
};

} // namespace lector
