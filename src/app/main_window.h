// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/edit_log.h>
#include <lector/store/image_query.h>
#include <lector/store/types.h>

#include <QHash>
#include <QMainWindow>

#include <functional>

#include <memory>

class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace lector {

class CanvasController;
class DashboardPanel;
class DatasetBrowser;
class DistributionPanel;
class ImportController;
class GuidelineDock;
class InspectorDock;
class OcrController;
class PredictionPanel;
class ProgressStrip;
class ProjectSession;
class ProjectStore;
class ReviewPanel;
class SessionPanel;
class ShortcutRegistry;
class StartPage;
class TransferController;

/// Lector's main window: the dataset browser, the canvas in the centre, the panels in docks, menus and a status
/// bar. It owns the project session (the open store, who works, the job runner) and registers the panels in one
/// table (createDocks); each panel subscribes to the session itself, so opening a project or switching the
/// annotator touches no panel here. The window holds no SQL and no business rules.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project as `annotator` (asked for with a dialog when empty and `interactive`); on failure the
    /// previous project stays open and the error text is returned.
    bool openProject(
        const QString& path, QString* error = nullptr, const QString& annotator = {}, bool interactive = true);
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
    /// Draws the Predictions panel's evaluation of the current image on the canvas (View ▸ Evaluation Overlay).
    void updateEvaluationOverlay();

    ProjectSession* session() const { return m_session; }
    const ProjectStore* store() const;
    ImageId currentImage() const { return m_currentImage; }
    AnnotatorId me() const;
    CanvasController* canvas() const { return m_canvas; }
    OcrController* ocr() const { return m_ocr; }
    ShortcutRegistry* shortcuts() const { return m_shortcuts; }
    /// File ▸ New Project from Folder…, drops on the window, the start page's buttons.
    ImportController* imports() const { return m_imports; }
    /// What the centre shows while no project is open.
    StartPage* startPage() const { return m_startPage; }
    bool isStartPageShown() const;
    /// Opens the demo project (written into the user's data folder on a worker the first time) as `annotator`
    /// (asked for when empty and `interactive`).
    void openDemo(const QString& annotator = {}, bool interactive = true);
    TransferController* transfer() const { return m_transfer; }
    DatasetBrowser* browser() const { return m_browser; }
    InspectorDock* inspector() const { return m_inspector; }
    GuidelineDock* guideline() const { return m_guideline; }
    ReviewPanel* review() const { return m_review; }
    DashboardPanel* dashboard() const { return m_dashboard; }
    PredictionPanel* predictions() const { return m_predictions; }
    DistributionPanel* distribution() const { return m_distribution; }
    /// Every panel, by its dock's object name ("datasetDock", "reviewDock", …).
    const QHash<QString, SessionPanel*>& panels() const { return m_panels; }
    /// Panels compute even while hidden behind another tab (tests, screenshots).
    void setEagerPanels(bool eager);
    /// Builds consensus and conflicts on a worker; consensusFinished reports the outcome.
    void buildConsensus();
    /// The guideline version this annotator was told about on opening, 0 when none was new.
    int announcedGuideline() const { return m_announcedGuideline; }

    /// Marks the current image done for me (a step of the project's history) and shows the next image I have not
    /// done; false when all are done.
    bool markDoneAndNext();
    bool switchAnnotator(const QString& name, Role role = Role::Annotator);
    /// Back to the built-in dock layout (View ▸ Reset Layout; saved layouts are ignored, e.g. for reproducible
    /// screenshots): the dataset on the left, the side panels tabbed on the right, the canvas 60 % of the width.
    void restoreDefaultLayout();
    /// Publishes the next guideline version as the current annotator, who must be a lead.
    bool publishGuideline(const QString& markdown, const QString& changelog, const QStringList& about = {});
    /// View ▸ Language: keeps the choice ("" for the system's) for the next start, says so in that language, and
    /// offers to restart now (the status bar's button: restartInNewLanguage()).
    void chooseLanguage(const QString& code);
    /// What the last change of language said (empty before one).
    QString languageNotice() const { return m_languageNotice; }
    /// Closes the window as File ▸ Quit does (its unsaved-edits question included) and starts Lector again on the
    /// same project, image and annotator; false when the close was canceled and nothing was started.
    bool restartInNewLanguage();
    /// How restartInNewLanguage() starts the new process (QProcess::startDetached); tests put a recorder here.
    void setLauncher(std::function<bool(const QString& program, const QStringList& arguments)> launcher)
    {
        m_launcher = std::move(launcher);
    }

signals:
    /// The first image of an opened project is on screen (used by --screenshot and the open benchmark).
    void firstImageShown();
    void consensusFinished(const QString& message);

    /// The demo project is open, or failed to be written (the message says why).
    void demoOpened(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    /// Edits still waiting to be saved (the store refused them, the server is away) are tried once more; if they
    /// still wait, the user is asked first: try again, quit (they stay in the workstation's journal), or stay.
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void applyDefaultSizes();
    void showStartPage(bool show);
    void createDocks();
    void createActions();
    void createStatusBar();
    void restoreSettings();
    void updateTitle();
    void updateStatus();
    void updateInspector();
    void showStoreError(const QString& message);
    void showEditError(const QString& message);
    void announceGuideline(bool interactive);
    void showFirstImage();
    void changeImageState(ImageEvent event);
    void openDialog();
    /// File ▸ Open Server Project…, prefilled from `url` (a recent server project whose connection failed, and why).
    void openServerDialog(const QString& url = QString(), const QString& error = QString());
    /// A recent project, from File ▸ Open Recent or the start page.
    void openRecent(const QString& path);
    void newProjectDialog();
    void switchAnnotatorDialog();
    void editGuidelineDialog();
    void updateRecentMenu();
    void updateRunMenu();
    void addRecent(const QString& path);
    void setTheme(const QString& name);
    QDockWidget* addPanel(const QString& objectName, const QString& title, QWidget* widget, Qt::DockWidgetArea area);

    ProjectSession* m_session = nullptr;
    ImageId m_currentImage = 0;
    bool m_firstImageSignalled = false;
    // The slice of regions a panel pointed at (dashboard slice bars): my regions in it are selected on each image.
    QString m_languageNotice;
    QLabel* m_languageLabel = nullptr; // with m_restartButton: the notice after View ▸ Language
    QPushButton* m_restartButton = nullptr;
    std::function<bool(const QString&, const QStringList&)> m_launcher;
    QString m_focusDimension;
    QString m_focusBin;
    int m_announcedGuideline = 0;
    QByteArray m_defaultLayout;
    QByteArray m_layoutBeforeStart; // the docks' layout while the start page has put them away
    bool m_layoutRestored = false; // a saved layout was applied: its sizes are the user's
    bool m_sizedOnce = false;

    CanvasController* m_canvas = nullptr;
    OcrController* m_ocr = nullptr;
    QHash<QString, SessionPanel*> m_panels;
    DatasetBrowser* m_browser = nullptr;
    InspectorDock* m_inspector = nullptr;
    GuidelineDock* m_guideline = nullptr;
    ReviewPanel* m_review = nullptr;
    DashboardPanel* m_dashboard = nullptr;
    PredictionPanel* m_predictions = nullptr;
    DistributionPanel* m_distribution = nullptr;
    ShortcutRegistry* m_shortcuts = nullptr;
    ImportController* m_imports = nullptr;
    StartPage* m_startPage = nullptr;
    QStackedWidget* m_centreStack = nullptr;
    TransferController* m_transfer = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_runMenu = nullptr;
    QList<AnnotationId> m_selection;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_bannerRetry = nullptr;
    QLabel* m_statusImage = nullptr;
    QLabel* m_statusCursor = nullptr;
    QLabel* m_statusZoom = nullptr;
    QLabel* m_statusWho = nullptr;
    QLabel* m_statusLive = nullptr; // a server project's live updates: live, or paused with why
    QLabel* m_statusState = nullptr;
    ProgressStrip* m_jobsStrip = nullptr;
};

} // namespace lector
