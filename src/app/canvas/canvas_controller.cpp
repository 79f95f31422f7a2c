// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "canvas/canvas_controller.h"

#include "canvas/canvas_legend.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/text_pane.h"
#include "canvas/transcription_editor.h"
#include "commands/add_boxes.h"
#include "commands/change_box_geometry.h"
#include "commands/change_flags.h"
#include "commands/remove_boxes.h"
#include "document/label_document.h"
#include "shell/job_runner.h"
#include "shell/project_session.h"
#include "shell/shortcut_registry.h"
#include "tools/quad_tool.h"
#include "tools/rectangle_tool.h"
#include "tools/select_tool.h"
#include "tools/tool_manager.h"
#include <lector/geometry/quad_geometry.h>
#include <lector/image/display_image.h>

#include <lector/ocr/promote_predictions.h>
#include <lector/store/project_store.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace lector {

namespace {
const QString kRegionsMime = QStringLiteral("application/x-lector-regions");

QByteArray regionsToJson(const std::vector<Region>& regions)
{
    QJsonArray array;
    for (const Region& r : regions) {
        QJsonArray points;
        for (double v : r.polygon.flat())
            points.append(v);
        array.append(QJsonObject { { QStringLiteral("points"), points }, { QStringLiteral("text"), r.text },
            { QStringLiteral("flags"), static_cast<qint64>(r.flags) }, { QStringLiteral("script"), r.script } });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::vector<Region> regionsFromJson(const QByteArray& json)
{
    std::vector<Region> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        std::vector<double> flat;
        for (const QJsonValue& p : o.value(QStringLiteral("points")).toArray())
            flat.push_back(p.toDouble());
        auto polygon = Polygon::fromFlat(flat);
        if (!polygon)
            continue;
        Region r;
        r.polygon = *polygon;
        r.text = o.value(QStringLiteral("text")).toString();
        r.flags = static_cast<std::uint32_t>(o.value(QStringLiteral("flags")).toInteger());
        r.script = o.value(QStringLiteral("script")).toString();
        out.push_back(std::move(r));
    }
    return out;
}
}

CanvasController::CanvasController(ProjectSession* session, QWidget* parent)
    : QObject(parent)
    , m_session(session)
    , m_document(new LabelDocument(this))
    , m_undoStack(new QUndoStack(this))
    , m_undoGroup(new QUndoGroup(this))
{
    // The image's steps and the project's (Ctrl+Enter marks an image done there) share Undo and Redo, which follow
    // the stack that took the latest step: after Ctrl+Enter the next image's empty stack must not grey them out.
    m_undoGroup->addStack(m_undoStack);
    m_undoGroup->addStack(m_session->history());
    m_undoGroup->setActiveStack(m_undoStack);
    for (QUndoStack* stack : { m_undoStack, m_session->history() }) {
        connect(stack, &QUndoStack::indexChanged, m_undoGroup, [this, stack] {
            if (stack->count() > 0) // clear() on a change of image or project is no step
                m_undoGroup->setActiveStack(stack);
        });
    }
    m_scene = new CanvasScene(m_document, m_undoStack, this);
    m_view = new CanvasView(m_scene, parent);
    m_view->setObjectName(QStringLiteral("canvasView"));
    m_view->setBackgroundBrush(m_view->palette().color(QPalette::Mid));
    m_editor = new TranscriptionEditor(m_view, m_scene);
    m_legend = new CanvasLegend(m_scene, m_view->viewport());
    connect(m_scene, &CanvasScene::layersChanged, m_legend, &CanvasLegend::refresh);
    m_view->viewport()->installEventFilter(this); // the legend keeps to its corner
    m_view->installEventFilter(this); // Escape ends focus mode, whatever the tool
    connect(m_scene, &CanvasScene::conflictFocusCleared, this, [this] {
        m_legend->refresh();
        emit focusCleared();
    });
    m_textPane = new TextPane(m_document, m_view);
    m_textPane->hide();

    m_tools = new ToolManager(m_scene, this);
    m_selectTool = new SelectTool;
    m_tools->registerTool(m_selectTool, QStringLiteral("tool.select"));
    auto* rectangle = new RectangleTool;
    m_tools->registerTool(rectangle, QStringLiteral("tool.rectangle"));
    auto* quad = new QuadTool;
    m_tools->registerTool(quad, QStringLiteral("tool.quad"));
    for (AbstractTool* tool : { static_cast<AbstractTool*>(rectangle), static_cast<AbstractTool*>(quad) })
        connect(tool, &AbstractTool::regionCreated, this, [this](qint64 id) { m_editor->edit(id); });
    connect(m_selectTool, &SelectTool::transcribeRequested, this, [this](qint64 id) { m_editor->edit(id); });

    connect(m_view, &CanvasView::zoomChanged, this, &CanvasController::zoomChanged);
    connect(m_view, &CanvasView::zoomChanged, m_editor, [this] {
        if (m_editor->isEditing())
            m_editor->reposition();
    });
    for (QScrollBar* bar : { m_view->horizontalScrollBar(), m_view->verticalScrollBar() }) {
        connect(bar, &QScrollBar::valueChanged, m_editor, [this] {
            if (m_editor->isEditing())
                m_editor->reposition();
        });
    }
    connect(m_view, &CanvasView::cursorMoved, this, &CanvasController::cursorMoved);
    connect(m_scene, &CanvasScene::selectionChanged, this, &CanvasController::selectionChanged);
    connect(m_scene, &CanvasScene::selectionChanged, this, [this] {
        m_rotateGesture = 0;
        updateActions();
    });
    connect(m_document, &LabelDocument::storeError, this, &CanvasController::storeError);
    // A label changed meanwhile by someone else: the commands' before and after no longer describe the store, so
    // the history goes (after the command that met the refusal has returned), and the user is told what was lost.
    connect(m_document, &LabelDocument::staleEdit, this, &CanvasController::staleEdit);
    connect(m_document, &LabelDocument::staleEdit, m_undoStack, &QUndoStack::clear, Qt::QueuedConnection);
    connect(m_document, &LabelDocument::storeError, this, &CanvasController::updateActions); // Retry Saving
    connect(m_document, &LabelDocument::readOnlyChanged, this, &CanvasController::updateActions);
    for (auto signal :
        { &LabelDocument::annotationsAdded, &LabelDocument::annotationsChanged, &LabelDocument::annotationsRemoved }) {
        connect(m_document, signal, this, &CanvasController::edited);
        connect(m_document, signal, this, [this] {
            updateActions();
            // My labels of this image changed: panels showing them follow.
            m_announcing = true;
            m_session->notifyLabelsChanged({ m_document->image() });
            m_announcing = false;
        });
    }
    connect(m_session, &ProjectSession::opened, this, &CanvasController::bindDocument);
    connect(m_session, &ProjectSession::annotatorChanged, this, &CanvasController::bindDocument);
    connect(m_session, &ProjectSession::closed, this, [this] {
        m_undoStack->clear();
        m_undoGroup->setActiveStack(m_undoStack);
        m_document->setStore(nullptr, 0);
        m_scene->setImage(QImage(), QSize());
        updateActions();
    });
    connect(m_session, &ProjectSession::labelsChanged, this, &CanvasController::othersChanged);
    connect(m_session->jobs(), &JobRunner::editingBlockedChanged, m_document, &LabelDocument::setPaused);
    createActions();
    for (QAction* a : m_tools->actions())
        m_view->addAction(a);
    m_view->addActions(m_editActions);
    if (m_session->isOpen())
        bindDocument();
    updateActions();
}

CanvasController::~CanvasController() = default;

QList<QAction*> CanvasController::toolActions() const { return m_tools->actions(); }

QAction* CanvasController::action(const QString& objectName) const
{
    for (QAction* a : m_tools->actions() + m_editActions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

QAction* CanvasController::addEditAction(const QString& objectName, const QString& text, const QKeySequence& shortcut)
{
    auto* a = new QAction(text, this);
    a->setObjectName(objectName);
    a->setShortcut(shortcut);
    m_editActions.append(a);
    return a;
}

void CanvasController::createActions()
{
    // Our own words, not Qt's "Undo %1" (translated only where Qt's translations are installed).
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("edit.undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("edit.redo"));
    redo->setShortcuts(redoShortcuts());
    m_editActions << undo << redo;

    connect(addEditAction(QStringLiteral("edit.copy"), tr("&Copy Boxes"), QKeySequence::Copy), &QAction::triggered,
        this, &CanvasController::copySelection);
    connect(addEditAction(QStringLiteral("edit.paste"), tr("&Paste Boxes"), QKeySequence::Paste), &QAction::triggered,
        this, &CanvasController::paste);
    connect(addEditAction(QStringLiteral("edit.duplicate"), tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D)),
        &QAction::triggered, this, &CanvasController::duplicateSelection);
    connect(addEditAction(QStringLiteral("edit.delete"), tr("&Delete Boxes"), QKeySequence::Delete),
        &QAction::triggered, this, &CanvasController::deleteSelection);
    connect(addEditAction(QStringLiteral("edit.selectAll"), tr("Select &All Boxes"), QKeySequence::SelectAll),
        &QAction::triggered, this, [this] { m_scene->setSelection(m_scene->readingOrder()); });
    connect(addEditAction(QStringLiteral("edit.transcribe"), tr("Edit &Transcription"), QKeySequence(Qt::Key_F2)),
        &QAction::triggered, this, [this] {
            if (m_scene->selection().size() == 1)
                m_editor->edit(m_scene->selection().front());
        });
    connect(
        addEditAction(QStringLiteral("edit.flagIllegible"), tr("Flag &Illegible"), QKeySequence(Qt::ALT | Qt::Key_I)),
        &QAction::triggered, this, [this] { toggleFlag(FlagIllegible); });
    connect(
        addEditAction(QStringLiteral("edit.flagDontCare"), tr("Flag Don't &Care"), QKeySequence(Qt::ALT | Qt::Key_D)),
        &QAction::triggered, this, [this] { toggleFlag(FlagDontCare); });
    connect(addEditAction(QStringLiteral("edit.rotateLeft"), tr("Rotate Left 1°"), QKeySequence(Qt::Key_BracketLeft)),
        &QAction::triggered, this, [this] { rotateSelection(-1); });
    connect(
        addEditAction(QStringLiteral("edit.rotateRight"), tr("Rotate Right 1°"), QKeySequence(Qt::Key_BracketRight)),
        &QAction::triggered, this, [this] { rotateSelection(1); });
    connect(addEditAction(QStringLiteral("edit.nextBox"), tr("&Next Box"), QKeySequence(Qt::Key_N)),
        &QAction::triggered, this, [this] { selectNeighbour(1); });
    connect(addEditAction(QStringLiteral("edit.previousBox"), tr("P&revious Box"), QKeySequence(Qt::SHIFT | Qt::Key_N)),
        &QAction::triggered, this, [this] { selectNeighbour(-1); });
    connect(addEditAction(QStringLiteral("edit.acceptPrediction"), tr("&Accept Prediction"), QKeySequence(Qt::Key_A)),
        &QAction::triggered, this, [this] { acceptPrediction(); });
    connect(addEditAction(QStringLiteral("edit.acceptPredictionsAbove"), tr("Accept All Predictions Above Threshold"),
                QKeySequence(Qt::SHIFT | Qt::Key_A)),
        &QAction::triggered, this, &CanvasController::acceptPredictionsAboveThreshold);
    connect(addEditAction(
                QStringLiteral("edit.retrySave"), tr("Retry &Saving"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)),
        &QAction::triggered, this, &CanvasController::retryPending);

    connect(addEditAction(QStringLiteral("view.zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn), &QAction::triggered,
        m_view, &CanvasView::zoomIn);
    connect(addEditAction(QStringLiteral("view.zoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut), &QAction::triggered,
        m_view, &CanvasView::zoomOut);
    connect(addEditAction(QStringLiteral("view.fit"), tr("&Fit"), QKeySequence(Qt::CTRL | Qt::Key_0)),
        &QAction::triggered, m_view, &CanvasView::fitImage);
    connect(addEditAction(QStringLiteral("view.actualSize"), tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_1)),
        &QAction::triggered, m_view, &CanvasView::actualSize);
    QAction* others = addEditAction(
        QStringLiteral("view.showOthers"), tr("Show &Other Annotators"), QKeySequence(Qt::ALT | Qt::Key_O));
    others->setCheckable(true);
    connect(others, &QAction::toggled, m_scene, &CanvasScene::setShowOthers);
    QAction* predictions = addEditAction(
        QStringLiteral("view.showPredictions"), tr("Show &Predictions"), QKeySequence(Qt::ALT | Qt::Key_P));
    predictions->setCheckable(true);
    connect(predictions, &QAction::toggled, m_scene, &CanvasScene::setShowPredictions);
    createViewActions();
}

void CanvasController::createViewActions()
{
    QAction* mine
        = addEditAction(QStringLiteral("view.showMine"), tr("Show &My Labels"), QKeySequence(Qt::ALT | Qt::Key_L));
    mine->setCheckable(true);
    mine->setChecked(true);
    connect(mine, &QAction::toggled, m_scene, &CanvasScene::setShowMine);

    // View ▸ Texts: which transcriptions the canvas draws; Ctrl+T steps through them.
    auto* group = new QActionGroup(this);
    const TextMode saved = TextMode(
        std::clamp(QSettings().value(QStringLiteral("canvas/textMode"), int(TextMode::Fitting)).toInt(), 0, 3));
    const std::pair<TextMode, QString> modes[]
        = { { TextMode::All, tr("All Texts") }, { TextMode::Fitting, tr("Texts That Fit") },
              { TextMode::Selected, tr("Selected Box's Text") }, { TextMode::None, tr("No Texts") } };
    static const char* const names[]
        = { "view.texts.all", "view.texts.fitting", "view.texts.selected", "view.texts.none" };
    for (const auto& [mode, text] : modes) {
        QAction* a = addEditAction(QString::fromLatin1(names[int(mode)]), text, {});
        a->setCheckable(true);
        a->setChecked(mode == saved);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode = mode] {
            m_scene->setTextMode(mode);
            QSettings().setValue(QStringLiteral("canvas/textMode"), int(mode));
        });
    }
    m_scene->setTextMode(saved);
    connect(addEditAction(QStringLiteral("view.texts.next"), tr("Next Text Mode"), QKeySequence(Qt::CTRL | Qt::Key_T)),
        &QAction::triggered, this, [group] {
            const QList<QAction*> all = group->actions();
            const qsizetype at = all.indexOf(group->checkedAction());
            all[(at + 1) % all.size()]->trigger();
        });

    QAction* legend = addEditAction(QStringLiteral("view.legend"), tr("&Legend"), {});
    legend->setCheckable(true);
    legend->setChecked(QSettings().value(QStringLiteral("canvas/legend"), true).toBool());
    m_legend->setEnabled(legend->isChecked());
    m_legend->refresh();
    connect(legend, &QAction::toggled, this, [this](bool on) {
        m_legend->setEnabled(on);
        m_legend->refresh();
        QSettings().setValue(QStringLiteral("canvas/legend"), on);
    });
    QAction* pane = addEditAction(QStringLiteral("view.textPane"), tr("Te&xt Pane"), QKeySequence(Qt::ALT | Qt::Key_X));
    pane->setCheckable(true);
    connect(pane, &QAction::toggled, this, [this](bool on) {
        m_textPane->setVisible(on);
        if (on)
            m_textPane->follow();
    });
}

bool CanvasController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_legend->refresh();
    if (watched == m_view && event->type() == QEvent::KeyPress && hasFocus()
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        clearFocus();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void CanvasController::updateActions()
{
    const bool writable = !m_document->isReadOnly() && m_document->image() != 0;
    const bool selected = !m_scene->selection().isEmpty();
    for (const char* name : { "edit.duplicate", "edit.delete", "edit.flagIllegible", "edit.flagDontCare",
             "edit.rotateLeft", "edit.rotateRight" }) {
        if (QAction* a = action(QString::fromLatin1(name)))
            a->setEnabled(writable && selected);
    }
    for (const char* name : { "edit.paste", "edit.acceptPrediction", "edit.acceptPredictionsAbove" }) {
        if (QAction* a = action(QString::fromLatin1(name)))
            a->setEnabled(writable);
    }
    if (QAction* a = action(QStringLiteral("edit.retrySave")))
        a->setEnabled(m_document->hasPendingWrites());
}

void CanvasController::bindDocument()
{
    m_undoStack->clear();
    m_document->setStore(m_session->store(), m_session->me().id);
    m_scene->setImage(QImage(), QSize());
    updateActions();
}

void CanvasController::othersChanged(const QList<ImageId>& images)
{
    const ImageId shown = m_document->image();
    if (m_announcing || !shown || (!images.isEmpty() && !images.contains(shown)))
        return;
    // Someone else's labels of this image (a settlement, a consensus) or many images at once (a promotion into my
    // labels, an import): the overlays always come again; my own regions only when nothing of mine waits to be
    // saved, and the history goes with them (its steps name rows that may be gone).
    if (images.isEmpty() && !m_document->hasPendingWrites()) {
        const QList<AnnotationId> selection = m_scene->selection();
        if (m_document->load(shown)) {
            m_undoStack->clear();
            m_scene->setSelection(selection);
        }
        return;
    }
    m_document->reloadOverlays();
}

void CanvasController::focusOn(const ConflictFocus& focus)
{
    if (focus.isEmpty()) {
        clearFocus();
        return;
    }
    m_scene->setConflictFocus(focus);
    // Room around the word to judge it in its line: a few word heights, more across than down.
    const double h = std::max(focus.bounds.height(), 8.0);
    m_view->zoomToRect(focus.bounds.adjusted(-3 * h, -1.5 * h, 3 * h, 1.5 * h));
    m_legend->refresh();
}

void CanvasController::clearFocus()
{
    m_scene->clearConflictFocus(); // the scene tells conflictFocusCleared, which becomes focusCleared
}

bool CanvasController::hasFocus() const { return m_scene->hasConflictFocus(); }

bool CanvasController::showImage(ImageId image)
{
    m_editor->close();
    QString error;
    if (!m_document->load(image, &error)) {
        // Unsaved edits that still cannot be written keep the image; anything else is about the image itself.
        if (m_document->hasPendingWrites())
            emit storeError(error);
        else
            emit imageError(error);
        return false;
    }
    // The undo history belongs to the image: its commands name regions of this image only.
    m_undoStack->clear();
    const ImageRecord& record = m_document->imageRecord();
    // Decoded reduced when it is large (a 30000 x 30000 scan shows from ~100 MB instead of 4.8 GB); the tiled item
    // scales it back to the page's size, and the labels keep their full-resolution coordinates.
    const QString path = m_document->store()->absoluteImagePath(record);
    auto decoded = decodeDisplayImage(path);
    QImage img;
    if (decoded) {
        // The QImage borrows the decoded bytes (shared, not copied) and releases them with itself.
        auto* bytes = new QByteArray(decoded->rgb);
        img = QImage(
            reinterpret_cast<const uchar*>(bytes->constData()), decoded->width, decoded->height, decoded->bytesPerLine,
            QImage::Format_RGB888, [](void* p) { delete static_cast<QByteArray*>(p); }, bytes);
    }
    m_scene->setImage(img, QSize(record.width, record.height), decoded ? decoded->reduction : 1);
    m_view->fitImage();
    updateActions();
    if (!decoded) {
        // The labels are shown and can be edited on an empty page of the image's size; nothing waits to be saved.
        emit imageError(tr("%1 cannot be shown: %2. Its labels are drawn on an empty page.")
                            .arg(QDir::toNativeSeparators(path), decoded.error().message));
    }
    return true;
}

void CanvasController::setPredictionRun(RunId run) { m_document->setPredictionRun(run); }

bool CanvasController::retryPending()
{
    const bool ok = m_document->retryPending();
    updateActions();
    return ok;
}

void CanvasController::copySelection()
{
    std::vector<Region> regions;
    for (AnnotationId id : m_scene->selection()) {
        if (const Annotation* a = m_document->annotation(id))
            regions.push_back(a->region);
    }
    if (regions.empty())
        return;
    auto* mime = new QMimeData;
    mime->setData(kRegionsMime, regionsToJson(regions));
    QStringList texts;
    for (const Region& r : regions)
        texts << r.text;
    mime->setText(texts.join(QLatin1Char('\n')));
    QGuiApplication::clipboard()->setMimeData(mime);
}

void CanvasController::pasteRegions(std::vector<Region> regions, double offset)
{
    if (regions.empty() || m_document->isReadOnly() || m_document->image() == 0)
        return;
    std::vector<Annotation> annotations;
    for (Region& r : regions) {
        Annotation a;
        a.region = std::move(r);
        a.region.polygon = quadgeometry::translated(a.region.polygon, offset, offset);
        a.region.confidence = std::numeric_limits<double>::quiet_NaN();
        annotations.push_back(std::move(a));
    }
    auto* command = new AddBoxes(m_document, std::move(annotations));
    m_undoStack->push(command);
    m_scene->setSelection(toIdList(command->ids()));
}

void CanvasController::paste()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(kRegionsMime))
        return;
    std::vector<Region> regions = regionsFromJson(mime->data(kRegionsMime));
    // Pasted onto the same spot of another image (forms repeat their layout); shifted where it would cover itself.
    bool coversExisting = false;
    for (const Region& r : regions) {
        for (const auto& [id, a] : m_document->annotations())
            coversExisting |= a.region.polygon == r.polygon;
    }
    pasteRegions(std::move(regions), coversExisting ? 10 : 0);
}

void CanvasController::duplicateSelection()
{
    std::vector<Region> regions;
    for (AnnotationId id : m_scene->selection()) {
        if (const Annotation* a = m_document->annotation(id))
            regions.push_back(a->region);
    }
    pasteRegions(std::move(regions), 10);
}

void CanvasController::deleteSelection()
{
    if (m_scene->selection().isEmpty() || m_document->isReadOnly())
        return;
    m_undoStack->push(new RemoveBoxes(m_document, toIdVector(m_scene->selection())));
}

void CanvasController::toggleFlag(std::uint32_t flag)
{
    const QList<AnnotationId> selection = m_scene->selection();
    if (selection.isEmpty() || m_document->isReadOnly())
        return;
    // Set on all unless all have it already, then clear: one key toggles a mixed selection to "all flagged".
    bool all = true;
    for (AnnotationId id : selection) {
        const Annotation* a = m_document->annotation(id);
        all &= a && (a->region.flags & flag);
    }
    m_undoStack->push(new ChangeFlags(m_document, toIdVector(selection), flag, !all));
}

void CanvasController::rotateSelection(double degrees)
{
    const QList<AnnotationId> selection = m_scene->selection();
    if (selection.isEmpty() || m_document->isReadOnly())
        return;
    std::vector<Polygon> polygons;
    for (AnnotationId id : selection)
        polygons.push_back(
            quadgeometry::normalized(quadgeometry::rotated(m_document->annotation(id)->region.polygon, degrees)));
    if (m_rotateGesture == 0)
        m_rotateGesture = m_scene->nextGesture();
    m_undoStack->push(new ChangeBoxGeometry(m_document, toIdVector(selection), polygons, m_rotateGesture));
}

void CanvasController::selectNeighbour(int direction)
{
    const QList<AnnotationId> order = m_scene->readingOrder();
    if (order.isEmpty())
        return;
    const QList<AnnotationId> selection = m_scene->selection();
    qsizetype at = selection.isEmpty() ? -1 : order.indexOf(selection.back());
    at = at < 0 ? (direction > 0 ? 0 : order.size() - 1) : std::clamp<qsizetype>(at + direction, 0, order.size() - 1);
    m_scene->setSelection({ order[at] });
    if (const QPolygonF* shown = m_scene->regionPolygon(order[at]))
        m_view->ensureVisible(shown->boundingRect(), 40, 40);
}

bool CanvasController::acceptPrediction(std::int64_t predictionId)
{
    if (m_document->isReadOnly())
        return false;
    if (predictionId == 0)
        predictionId = m_scene->hoveredPrediction();
    const Prediction* p = m_document->prediction(predictionId);
    if (!p)
        return false;
    auto* command = new AddBoxes(m_document, { labelFromPrediction(*p, m_document->me()) }, EditReason::Engine);
    command->setText(tr("Accept Prediction"));
    m_undoStack->push(command);
    m_scene->setSelection(toIdList(command->ids()));
    return true;
}

int CanvasController::acceptPredictionsAboveThreshold()
{
    if (m_document->isReadOnly())
        return 0;
    std::vector<Polygon> mine;
    mine.reserve(m_document->annotations().size());
    for (const auto& [id, a] : m_document->annotations())
        mine.push_back(a.region.polygon);
    const std::vector<Prediction>& shown = m_document->predictions();
    const PromotionChoice choice = choosePredictions(shown, mine, m_acceptThreshold);
    if (choice.chosen.empty())
        return 0;
    std::vector<Annotation> accepted;
    accepted.reserve(choice.chosen.size());
    for (std::size_t i : choice.chosen)
        accepted.push_back(labelFromPrediction(shown[i], m_document->me()));
    const int n = static_cast<int>(accepted.size());
    auto* command = new AddBoxes(m_document, std::move(accepted), EditReason::Engine);
    command->setText(tr("Accept %n Prediction(s)", nullptr, n));
    m_undoStack->push(command);
    return n;
}

void CanvasController::editTranscription(AnnotationId id) { m_editor->edit(id); }

} // namespace lector
