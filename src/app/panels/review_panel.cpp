// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/review_panel.h"

#include <lector/metrics/agreement_report.h>

#include "canvas/qt_geometry.h"
#include "commands/settle_conflict.h"
#include "commands/settle_conflicts.h"
#include "panels/region_comparison_view.h"
#include "shell/display_names.h"
#include "shell/job_runner.h"
#include "shell/project_session.h"
#include "shell/shortcut_registry.h"

#include <lector/analysis/consensus.h>
#include <lector/store/project_store.h>

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QImageReader>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace lector {

namespace {
QColor memberColor(int index)
{
    static const QColor palette[] = { QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
        QColor(0xff, 0x7f, 0x0e), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b) };
    return palette[index % 6];
}
}

ReviewPanel::ReviewPanel(ProjectSession* session, QWidget* parent)
    : SessionPanel(session, parent)
{
    m_status = new QComboBox(this);
    m_status->addItem(tr("Open"), static_cast<int>(ConflictStatus::Open));
    m_status->addItem(tr("Resolved"), static_cast<int>(ConflictStatus::Resolved));
    m_status->addItem(tr("Guideline gaps"), static_cast<int>(ConflictStatus::GuidelineGap));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All kinds"), QString());
    for (const char* k : { "missing", "geometry", "text", "flags" })
        m_kind->addItem(QString::fromLatin1(k), QString::fromLatin1(k));
    m_batch = new QComboBox(this);
    m_batch->addItem(tr("All batches"), QString());
    m_slice = new QComboBox(this);
    m_slice->setObjectName(QStringLiteral("reviewSlice"));
    m_slice->addItem(tr("All slices"), QString());
    for (const QString& dimension : regionDimensions())
        for (const QString& bin : regionBins(dimension))
            m_slice->addItem(QStringLiteral("%1 %2").arg(dimension, bin), QStringLiteral("%1:%2").arg(dimension, bin));
    m_slice->setToolTip(tr("Only conflicts with a region in this slice (box height, aspect, rotation, text length, "
                           "script)"));
    m_minSeverity = new QDoubleSpinBox(this);
    m_minSeverity->setRange(0, 2);
    m_minSeverity->setSingleStep(0.1);
    m_minSeverity->setPrefix(tr("severity ≥ "));
    m_count = new QLabel(this);
    m_majority = new QLabel(this);
    m_majority->setObjectName(QStringLiteral("reviewMajority"));
    m_majority->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("reviewQueue"));
    m_list->setHeaderHidden(true);
    m_list->setUniformRowHeights(true);
    m_list->setItemsExpandable(false);
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(14);
    m_list->installEventFilter(this);
    m_compare = new RegionComparisonView(this);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);

    // Two rows of filters and a grid of buttons, so that a narrow dock shows all of them.
    auto* filters = new QGridLayout;
    filters->addWidget(m_status, 0, 0);
    filters->addWidget(m_kind, 0, 1);
    filters->addWidget(m_batch, 0, 2);
    filters->addWidget(m_slice, 1, 0, 1, 2);
    filters->addWidget(m_minSeverity, 1, 2);
    for (QWidget* w : std::initializer_list<QWidget*> { m_status, m_kind, m_batch, m_slice, m_minSeverity })
        w->setMinimumWidth(40);
    auto* buttons = new QGridLayout;
    createKeys(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_compare);
    layout->addWidget(m_details);
    layout->addWidget(m_majority);
    layout->addLayout(buttons);

    connect(m_status, &QComboBox::currentIndexChanged, this, &ReviewPanel::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReviewPanel::reload);
    connect(m_batch, &QComboBox::currentIndexChanged, this, &ReviewPanel::reload);
    connect(m_slice, &QComboBox::currentIndexChanged, this, &ReviewPanel::reload);
    connect(m_minSeverity, &QDoubleSpinBox::valueChanged, this, &ReviewPanel::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        // An image's header is no conflict: its first word stands for it.
        if (item && !item->parent() && item->childCount() > 0) {
            m_list->setCurrentItem(item->child(0));
            return;
        }
        showCurrent();
    });
    connect(m_compare, &RegionComparisonView::versionClicked, this, [this] { m_list->setFocus(); });
    connect(session, &ProjectSession::conflictsChanged, this, [this] {
        // Keep the reviewer's place: the next conflict (not skipped) moves up into the row of the one settled.
        const int row = currentRow();
        reload();
        const int at = std::min(std::max(row, 0), queueSize() - 1);
        const int next = unskippedFrom(at, 1);
        selectRow(next >= 0 ? next : at);
    });
}

void ReviewPanel::createKeys(QGridLayout* buttons)
{
    int placed = 0;
    auto place = [&](QWidget* w) {
        buttons->addWidget(w, placed / 2, placed % 2); // two columns: the dock can be 300 pixels wide
        ++placed;
    };
    // Actions on the panel work wherever its focus is; those on the queue (`owner` m_list) only there, so that
    // Enter, Escape and the arrows keep their meaning in the filters' combo and spin boxes.
    auto action = [&](const QString& text, const QString& name, const QList<QKeySequence>& keys, auto slot,
                      QWidget* owner = nullptr) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        (owner ? owner : this)->addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    auto button = [&](const QString& text, const QString& name, const QList<QKeySequence>& keys, auto slot,
                      QWidget* owner = nullptr) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setFocusPolicy(Qt::NoFocus); // the keys work from the queue; a focused button would take Enter
        if (!keys.isEmpty())
            b->setToolTip(keys.front().toString(QKeySequence::NativeText));
        action(text, name, keys, slot, owner);
        connect(b, &QPushButton::clicked, this, slot);
        place(b);
        return b;
    };
    // Next and previous belong to the queue: N and Shift+N are the canvas's next and previous box there, and the
    // arrows the filters' own in their boxes.
    button(
        tr("&Next"), QStringLiteral("review.next"), { QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_N) },
        [this] { selectNext(); }, m_list);
    button(tr("&Skip"), QStringLiteral("review.skip"), { QKeySequence(Qt::Key_S) }, [this] { skipCurrent(); });
    button(tr("Accept &Consensus"), QStringLiteral("review.acceptConsensus"), { QKeySequence(Qt::Key_C) },
        [this] { acceptConsensus(); });
    button(tr("&Edit on Canvas"), QStringLiteral("review.edit"), { QKeySequence(Qt::Key_E) }, [this] {
        if (const int row = currentRow(); row >= 0)
            emit openOnCanvas(m_queue[static_cast<size_t>(row)].image, currentFocus());
    });
    button(tr("Mark Edi&ted"), QStringLiteral("review.markEdited"), { QKeySequence(Qt::Key_T) },
        [this] { markEdited(QString()); });
    button(tr("&Guideline Gap…"), QStringLiteral("review.guidelineGap"), { QKeySequence(Qt::Key_G) }, [this] {
        bool ok = false;
        const QString note = QInputDialog::getText(this, tr("Guideline gap"),
            tr("What case does the guideline not settle?"), QLineEdit::Normal, QString(), &ok);
        if (ok && !note.trimmed().isEmpty())
            markGuidelineGap(note.trimmed());
    });
    m_settleMajority = button(
        tr("Settle by &Majority"), QStringLiteral("review.settleByMajority"), {}, [this] { settleByMajority(); });
    m_settleMajority->setToolTip(tr("Settle, as one step, every open conflict that a clear majority decides"));
    action(
        tr("&Previous"), QStringLiteral("review.previous"),
        { QKeySequence(Qt::Key_Up), QKeySequence(Qt::SHIFT | Qt::Key_N) }, [this] { selectPrevious(); }, m_list);
    action(
        tr("Accept Highlighted Version"), QStringLiteral("review.acceptHighlighted"),
        { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }, [this] { acceptHighlighted(); }, m_list);
    action(
        tr("Highlight Previous Version"), QStringLiteral("review.highlightPrevious"), { QKeySequence(Qt::Key_Left) },
        [this] { highlightVersion(highlightedVersion() - 1); }, m_list);
    action(
        tr("Highlight Next Version"), QStringLiteral("review.highlightNext"), { QKeySequence(Qt::Key_Right) },
        [this] { highlightVersion(highlightedVersion() + 1); }, m_list);
    action(
        tr("Leave Focus Mode"), QStringLiteral("review.endFocus"), { QKeySequence(Qt::Key_Escape) },
        [this] { emit focusEnded(); }, m_list);
    for (int i = 0; i < 9; ++i)
        action(tr("Accept Version %1").arg(i + 1), QStringLiteral("review.acceptMember%1").arg(i + 1),
            { QKeySequence(Qt::Key_1 + i) }, [this, i] { acceptMember(i); });

    // Undo and redo of settlements: the project's history, inside this panel (the canvas keeps Ctrl+Z for boxes).
    QUndoStack* history = session()->history();
    for (const bool undo : { true, false }) {
        QAction* a = undo ? history->createUndoAction(this, tr("&Undo")) : history->createRedoAction(this, tr("&Redo"));
        a->setObjectName(undo ? QStringLiteral("review.undo") : QStringLiteral("review.redo"));
        a->setShortcuts(undo ? QKeySequence::keyBindings(QKeySequence::Undo) : redoShortcuts());
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        auto* b = new QPushButton(undo ? tr("Undo") : tr("Redo"), this);
        b->setObjectName(a->objectName());
        b->setFocusPolicy(Qt::NoFocus);
        b->setToolTip(a->text());
        b->setEnabled(a->isEnabled());
        connect(a, &QAction::changed, b, [a, b] {
            b->setEnabled(a->isEnabled());
            b->setToolTip(a->text());
        });
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        place(b);
    }
}

bool ReviewPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_list || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return SessionPanel::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const QKeySequence pressed(key->keyCombination());
    // In the queue its keys win over the window's: N and Shift+N are also the canvas's next and previous box, and
    // Ctrl+Z the canvas's undo (both would be an "ambiguous shortcut" that does nothing). Taking the
    // ShortcutOverride makes Qt deliver them here as key presses. Up and Down would walk onto the image headers.
    enum class Key { None, Next, Previous, Undo, Redo };
    Key what = Key::None;
    if (pressed == QKeySequence(Qt::Key_N) || pressed == QKeySequence(Qt::Key_Down))
        what = Key::Next;
    else if (pressed == QKeySequence(Qt::SHIFT | Qt::Key_N) || pressed == QKeySequence(Qt::Key_Up))
        what = Key::Previous;
    else if (pressed.matches(QKeySequence::Undo) == QKeySequence::ExactMatch)
        what = Key::Undo;
    else if (redoShortcuts().contains(pressed))
        what = Key::Redo;
    if (what == Key::None)
        return SessionPanel::eventFilter(watched, event);
    event->accept();
    if (event->type() == QEvent::KeyPress) {
        if (what == Key::Next)
            selectNext();
        else if (what == Key::Previous)
            selectPrevious();
        else if (what == Key::Undo)
            session()->history()->undo();
        else
            session()->history()->redo();
    }
    return true;
}

void ReviewPanel::projectOpened()
{
    m_skipped.clear();
    reloadBatches();
    reload();
}

void ReviewPanel::projectClosed()
{
    m_skipped.clear();
    m_queue.clear();
    m_rows.clear();
    m_list->clear();
    m_majority->clear();
    showCurrent();
}

void ReviewPanel::reloadBatches()
{
    const QSignalBlocker block(m_batch);
    m_batch->clear();
    m_batch->addItem(tr("All batches"), QString());
    ProjectStore* store = session()->store();
    if (auto batches = store ? store->batches() : Result<QStringList>(QStringList {}))
        for (const QString& b : *batches)
            m_batch->addItem(b, b);
}

void ReviewPanel::reload()
{
    std::vector<Conflict> conflicts;
    ProjectStore* store = session()->store();
    if (store) {
        ConflictFilter filter;
        filter.status = static_cast<ConflictStatus>(m_status->currentData().toInt());
        filter.kind = m_kind->currentData().toString();
        filter.minSeverity = m_minSeverity->value();
        filter.batch = m_batch->currentData().toString();
        const QString slice = m_slice->currentData().toString();
        const int colon = static_cast<int>(slice.indexOf(QLatin1Char(':')));
        if (colon > 0) {
            filter.sliceDimension = slice.left(colon);
            filter.sliceBin = slice.mid(colon + 1);
        }
        auto list = ConflictRepository(*store).list(filter);
        if (list)
            conflicts = std::move(list).value();
    }
    fillQueue(std::move(conflicts));
    m_count->setText(tr("%n conflict(s)", nullptr, static_cast<int>(m_queue.size())));
    updateMajorityLabel();
    const int first = unskippedFrom(0, 1);
    if (!selectRow(first >= 0 ? first : 0))
        showCurrent();
}

void ReviewPanel::fillQueue(std::vector<Conflict> conflicts)
{
    const QSignalBlocker block(m_list);
    m_queue.clear();
    m_rows.clear();
    m_list->clear();
    ProjectStore* store = session()->store();
    // Images in the order of their most severe conflict (the list comes most severe first), words within each.
    std::vector<ImageId> images;
    std::map<ImageId, std::vector<Conflict>> byImage;
    for (Conflict& c : conflicts) {
        auto& group = byImage[c.image];
        if (group.empty())
            images.push_back(c.image);
        group.push_back(std::move(c));
    }
    m_queue.reserve(conflicts.size());
    m_rows.reserve(conflicts.size());
    m_list->setUpdatesEnabled(false);
    for (ImageId image : images) {
        auto record = store->image(image);
        const QString name = record && record->has_value() ? QFileInfo((*record)->path).fileName() : QString();
        std::vector<Conflict>& group = byImage[image];
        auto* header = new QTreeWidgetItem(m_list);
        header->setText(0, tr("%1 — %n conflict(s)", nullptr, static_cast<int>(group.size())).arg(name));
        header->setFlags(Qt::ItemIsEnabled);
        QFont bold = header->font(0);
        bold.setBold(true);
        header->setFont(0, bold);
        for (Conflict& c : group) {
            // The word: what the consensus reads there, else the first version's reading.
            QString word;
            for (AnnotationId id :
                std::vector<AnnotationId> { c.consensus, c.annotations.empty() ? 0 : c.annotations[0] }) {
                if (!id)
                    continue;
                if (auto a = store->annotation(id); a && a->has_value()) {
                    word = (*a)->region.text;
                    break;
                }
            }
            auto* item = new QTreeWidgetItem(header);
            QString text = QStringLiteral("“%1”  ·  %2  ·  %3")
                               .arg(word, conflictKindsTitle(c.kinds))
                               .arg(c.severity, 0, 'f', 2);
            if (isSkipped(c.id)) {
                text += tr("  (skipped)");
                item->setForeground(0, palette().placeholderText());
            }
            item->setText(0, text);
            item->setData(0, Qt::UserRole, static_cast<int>(m_queue.size()));
            m_queue.push_back(std::move(c));
            m_rows.push_back(item);
        }
    }
    m_list->expandAll();
    m_list->setUpdatesEnabled(true);
}

void ReviewPanel::setKindFilter(const QString& kind)
{
    m_status->setCurrentIndex(0);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    reload();
}

void ReviewPanel::setSliceFilter(const QString& dimension, const QString& bin)
{
    const int index = m_slice->findData(dimension.isEmpty() ? QString() : dimension + QLatin1Char(':') + bin);
    m_slice->setCurrentIndex(std::max(0, index)); // reloads when it changes
}

int ReviewPanel::queueSize() const { return static_cast<int>(m_queue.size()); }

int ReviewPanel::currentRow() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !item->parent())
        return -1;
    const int row = item->data(0, Qt::UserRole).toInt();
    return row >= 0 && row < queueSize() ? row : -1;
}

std::int64_t ReviewPanel::currentConflict() const
{
    const int row = currentRow();
    return row >= 0 ? m_queue[static_cast<size_t>(row)].id : 0;
}

bool ReviewPanel::selectRow(int row)
{
    if (row < 0 || row >= queueSize())
        return false;
    m_list->setCurrentItem(m_rows[static_cast<size_t>(row)]);
    if (m_shownConflict != m_queue[static_cast<size_t>(row)].id)
        showCurrent(); // the item was current already (a reload keeps no signal)
    return true;
}

int ReviewPanel::unskippedFrom(int from, int step) const
{
    for (int row = from; row >= 0 && row < queueSize(); row += step)
        if (!isSkipped(m_queue[static_cast<size_t>(row)].id))
            return row;
    return -1;
}

bool ReviewPanel::selectNext()
{
    // Skipped conflicts are passed over going forward; going back (selectPrevious) revisits them.
    return selectRow(unskippedFrom(currentRow() + 1, 1));
}

bool ReviewPanel::selectPrevious()
{
    const int row = currentRow();
    return row > 0 && selectRow(row - 1);
}

bool ReviewPanel::skipCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return false;
    m_skipped.insert(m_queue[static_cast<size_t>(row)].id);
    QTreeWidgetItem* item = m_rows[static_cast<size_t>(row)];
    if (!item->text(0).endsWith(tr("  (skipped)")))
        item->setText(0, item->text(0) + tr("  (skipped)"));
    item->setForeground(0, palette().placeholderText());
    selectNext();
    return true;
}

void ReviewPanel::highlightVersion(int index)
{
    const int n = static_cast<int>(m_compare->versions().size());
    if (n == 0)
        return;
    m_compare->setHighlighted(((index % n) + n) % n);
}

int ReviewPanel::highlightedVersion() const { return m_compare->highlighted(); }

bool ReviewPanel::acceptHighlighted()
{
    const int index = m_compare->highlighted();
    if (index < 0)
        return false;
    if (index < static_cast<int>(m_members.size()))
        return acceptMember(index);
    return acceptConsensus();
}

ConflictFocus ReviewPanel::currentFocus() const
{
    ConflictFocus focus;
    if (currentRow() < 0)
        return focus;
    for (const RegionComparisonView::Version& v : m_compare->versions()) {
        ConflictFocus::Version f;
        f.label = v.key.isEmpty() ? v.who : QStringLiteral("%1 %2").arg(v.key, v.who);
        f.color = v.color;
        f.consensus = v.consensus;
        if (v.region) {
            f.polygon = toQPolygonF(v.region->polygon);
            focus.bounds = focus.bounds.united(f.polygon.boundingRect());
        } else {
            f.label += tr(" (none)");
        }
        focus.versions.push_back(std::move(f));
    }
    if (focus.bounds.isEmpty())
        focus.bounds = toQRectF(m_queue[static_cast<size_t>(currentRow())].bounds);
    return focus;
}

void ReviewPanel::showCurrent()
{
    m_members.clear();
    m_consensus.reset();
    const int row = currentRow();
    const std::int64_t id = row >= 0 ? m_queue[static_cast<size_t>(row)].id : 0;
    if (m_shownConflict && id != m_shownConflict)
        emit focusEnded(); // focus mode lasts until the next conflict
    m_shownConflict = id;
    ProjectStore* store = session()->store();
    if (!store || row < 0) {
        m_compare->setVersions({}, {});
        m_details->clear();
        return;
    }
    const Conflict& c = m_queue[static_cast<size_t>(row)];
    auto people = store->annotators();
    std::map<AnnotatorId, QString> names;
    if (people) {
        for (const Annotator& a : *people)
            names[a.id] = a.name;
    }
    std::vector<RegionComparisonView::Version> versions;
    for (AnnotationId member : c.annotations) {
        auto a = store->annotation(member);
        std::optional<Annotation> ann = a && a->has_value() ? std::optional<Annotation>(**a) : std::nullopt;
        const QString who = ann ? names[ann->annotator] : tr("(removed)");
        m_members.emplace_back(who, ann);
        const int index = static_cast<int>(versions.size());
        versions.push_back({ who, memberColor(index), ann ? std::optional<Region>(ann->region) : std::nullopt, false,
            index < 9 ? QString::number(index + 1) : QString() });
    }
    if (c.consensus) {
        auto a = store->annotation(c.consensus);
        if (a && a->has_value()) {
            m_consensus = **a;
            versions.push_back(
                { tr("consensus"), QColor(0x55, 0x55, 0x55), m_consensus->region, true, QStringLiteral("C") });
        }
    }
    QImage page;
    if (auto image = store->image(c.image); image && image->has_value()) {
        QImageReader reader(store->absoluteImagePath(**image));
        reader.setAutoTransform(true);
        page = reader.read();
    }
    m_compare->setVersions(page, versions);
    QString details = tr("Kinds: %1. Severity %2.").arg(conflictKindsTitle(c.kinds)).arg(c.severity, 0, 'f', 2);
    if (c.status != ConflictStatus::Open)
        details += tr(" %1 by %2 on %3. %4")
                       .arg(conflictResolutionName(c.resolution), c.reviewer,
                           QDateTime::fromMSecsSinceEpoch(c.resolvedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           c.note);
    else
        details += tr(" Keys: N/↓ next, ⇧N/↑ previous, 1–%1 accept a version (←/→ and Enter: the highlighted one), "
                      "C the consensus, S skip, G guideline gap, E focus on the canvas, T mark edited.")
                       .arg(m_members.size());
    m_details->setText(details);
}

void ReviewPanel::settleByMajority()
{
    if (!session()->isOpen())
        return;
    JobSpec spec;
    spec.key = QStringLiteral("review.settleByMajority");
    spec.title = tr("Settling what a clear majority decides:");
    m_settleMajority->setEnabled(false);
    session()->jobs()->start(
        spec,
        [](ProjectStore& store, Progress& progress) {
            return lector::settleByMajority(store, ConsensusOptions {}, &progress);
        },
        this,
        [this](Result<BulkSettlement> bulk) {
            m_settleMajority->setEnabled(true);
            if (!bulk) {
                const QString message = tr("Not settled: %1").arg(bulk.error().toString());
                m_majority->setText(message);
                emit majorityFinished(message);
                return;
            }
            recordMajoritySettlement(std::move(bulk).value());
            session()->notifyConflictsChanged();
            emit majorityFinished(m_majority->text());
        });
}

void ReviewPanel::recordMajoritySettlement(BulkSettlement bulk)
{
    // Settled on the worker already: the push only records the step (its first redo does nothing).
    if (!bulk.isEmpty())
        session()->history()->push(new SettleConflicts(session(), std::move(bulk)));
    updateMajorityLabel();
}

QString ReviewPanel::majorityText() const
{
    ProjectStore* store = session()->store();
    if (!store)
        return {};
    ConflictRepository conflicts(*store);
    auto counts = conflicts.countsByStatus();
    ConflictFilter resolved;
    resolved.status = ConflictStatus::Resolved;
    auto settled = conflicts.list(resolved);
    if (!counts || !settled)
        return {};
    const QString majority = ConsensusOptions {}.annotator;
    const auto byMajority = std::count_if(settled->begin(), settled->end(), [&](const Conflict& c) {
        return c.resolution == ConflictResolution::AcceptedConsensus && c.reviewer == majority;
    });
    const auto open = counts->count(ConflictStatus::Open) ? counts->at(ConflictStatus::Open) : 0;
    return tr("%1 settled by majority, %2 need review").arg(byMajority).arg(open);
}

void ReviewPanel::updateMajorityLabel() { m_majority->setText(majorityText()); }

bool ReviewPanel::settle(ConflictResolution resolution, const std::optional<Region>& accepted, const QString& note)
{
    const int row = currentRow();
    ProjectStore* store = session()->store();
    if (!store || row < 0)
        return false;
    const Conflict c = m_queue[static_cast<size_t>(row)];
    if (c.status != ConflictStatus::Open)
        return false;
    SettleDecision decision;
    decision.resolution = resolution;
    decision.accepted = accepted; // becomes the consensus label of that place
    decision.reviewer = session()->me().name;
    decision.note = note;
    auto settled = ConflictRepository(*store).settle(c.id, decision);
    if (!settled) {
        m_lastError = settled.error().toString();
        m_details->setText(tr("Not settled: %1").arg(m_lastError));
        emit settleFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    // One step of the project's history; the push announces nothing (settle ran already), so say it here.
    session()->history()->push(new SettleConflict(session(), std::move(settled).value()));
    emit resolved(c.id);
    session()->notifyConflictsChanged();
    if (accepted)
        session()->notifyLabelsChanged({ c.image });
    return true;
}

bool ReviewPanel::acceptMember(int index)
{
    if (index < 0 || index >= static_cast<int>(m_members.size()) || !m_members[static_cast<size_t>(index)].second)
        return false;
    return settle(ConflictResolution::AcceptedAnnotator, m_members[static_cast<size_t>(index)].second->region,
        tr("accepted %1").arg(m_members[static_cast<size_t>(index)].first));
}

bool ReviewPanel::markEdited(const QString& note)
{
    // The reviewer fixed the labels on the canvas (E); the consensus is rebuilt from them next time.
    return settle(ConflictResolution::Edited, std::nullopt, note);
}

bool ReviewPanel::acceptConsensus()
{
    if (!m_consensus)
        return false;
    return settle(ConflictResolution::AcceptedConsensus, std::nullopt, QString());
}

QString ReviewPanel::galleryDir() const
{
    if (!session()->isOpen())
        return {};
    return session()->store()->sideFolder(QStringLiteral("gallery"));
}

bool ReviewPanel::markGuidelineGap(const QString& note)
{
    const std::int64_t id = currentConflict();
    if (!id || m_compare->cropRect().isEmpty())
        return false;
    // The crop goes into the guideline's gallery, named after the conflict; the guideline dock lists it.
    QDir().mkpath(galleryDir());
    const QString file = QDir(galleryDir()).filePath(QStringLiteral("conflict-%1.png").arg(id));
    QImage crop = m_compare->grab().toImage();
    if (!crop.save(file))
        return false;
    if (!settle(ConflictResolution::GuidelineGap, std::nullopt, note))
        return false;
    session()->notifyGuidelineChanged(); // the gallery under the guideline shows the new case
    return true;
}

} // namespace lector
