// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/review_panel.h"

#include <lector/metrics/agreement_report.h>

#include "commands/settle_conflict.h"
#include "panels/region_comparison_view.h"
#include "shell/project_session.h"
#include "shell/shortcut_registry.h"

#include <lector/store/project_store.h>

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

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
    m_list = new QListWidget(this);
    m_list->setUniformItemSizes(true);
    m_compare = new RegionComparisonView(this);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_kind);
    filters->addWidget(m_batch);
    filters->addWidget(m_slice);
    filters->addWidget(m_minSeverity);
    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, const QString& name, const QKeySequence& key, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(key.toString(QKeySequence::NativeText));
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(b, &QPushButton::clicked, this, slot);
        connect(a, &QAction::triggered, this, slot);
        buttons->addWidget(b);
    };
    button(tr("Accept &Consensus"), QStringLiteral("review.acceptConsensus"), QKeySequence(Qt::Key_C),
        [this] { acceptConsensus(); });
    button(tr("&Guideline Gap…"), QStringLiteral("review.guidelineGap"), QKeySequence(Qt::Key_G), [this] {
        bool ok = false;
        const QString note = QInputDialog::getText(this, tr("Guideline gap"),
            tr("What case does the guideline not settle?"), QLineEdit::Normal, QString(), &ok);
        if (ok && !note.trimmed().isEmpty())
            markGuidelineGap(note.trimmed());
    });
    button(tr("&Edit on Canvas"), QStringLiteral("review.edit"), QKeySequence(Qt::Key_E), [this] {
        if (!m_queue.empty() && m_list->currentRow() >= 0)
            emit openOnCanvas(m_queue[static_cast<size_t>(m_list->currentRow())].image);
    });
    button(tr("Mark Edi&ted"), QStringLiteral("review.markEdited"), QKeySequence(Qt::Key_T),
        [this] { markEdited(QString()); });
    for (int i = 0; i < 9; ++i) {
        auto* a = new QAction(tr("Accept Version %1").arg(i + 1), this);
        a->setObjectName(QStringLiteral("review.acceptMember%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::Key_1 + i));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, [this, i] { acceptMember(i); });
    }

    // Undo and redo of settlements: the project's history, inside this panel (the canvas keeps Ctrl+Z for boxes).
    QUndoStack* history = session->history();
    for (const bool undo : { true, false }) {
        QAction* a = undo ? history->createUndoAction(this, tr("&Undo")) : history->createRedoAction(this, tr("&Redo"));
        a->setObjectName(undo ? QStringLiteral("review.undo") : QStringLiteral("review.redo"));
        a->setShortcuts(undo ? QKeySequence::keyBindings(QKeySequence::Undo) : redoShortcuts());
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        auto* b = new QPushButton(undo ? tr("Undo") : tr("Redo"), this);
        b->setObjectName(a->objectName());
        b->setToolTip(a->text());
        b->setEnabled(a->isEnabled());
        connect(a, &QAction::changed, b, [a, b] {
            b->setEnabled(a->isEnabled());
            b->setToolTip(a->text());
        });
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        buttons->addWidget(b);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_compare);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_status, &QComboBox::currentIndexChanged, this, &ReviewPanel::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReviewPanel::reload);
    connect(m_batch, &QComboBox::currentIndexChanged, this, &ReviewPanel::reload);
    connect(m_slice, &QComboBox::currentIndexChanged, this, &ReviewPanel::reload);
    connect(m_minSeverity, &QDoubleSpinBox::valueChanged, this, &ReviewPanel::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReviewPanel::showCurrent);
    connect(session, &ProjectSession::conflictsChanged, this, [this] {
        // Keep the reviewer's place: the next conflict moves up into the row of the one settled.
        const int row = m_list->currentRow();
        reload();
        selectRow(std::min(std::max(row, 0), queueSize() - 1));
    });
}

void ReviewPanel::projectOpened()
{
    reloadBatches();
    reload();
}

void ReviewPanel::projectClosed()
{
    m_queue.clear();
    m_list->clear();
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
    m_queue.clear();
    m_list->clear();
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
            m_queue = std::move(list).value();
    }
    m_list->setUpdatesEnabled(false);
    for (const Conflict& c : m_queue) {
        auto image = store->image(c.image);
        const QString name = image && image->has_value() ? QFileInfo((*image)->path).fileName() : QString();
        m_list->addItem(QStringLiteral("%1  ·  %2  ·  %3")
                            .arg(c.severity, 0, 'f', 2)
                            .arg(c.kinds.join(QStringLiteral(", ")), name));
    }
    m_list->setUpdatesEnabled(true);
    m_count->setText(tr("%n conflict(s)", nullptr, static_cast<int>(m_queue.size())));
    if (!m_queue.empty())
        m_list->setCurrentRow(0);
    else
        showCurrent();
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

std::int64_t ReviewPanel::currentConflict() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < queueSize() ? m_queue[static_cast<size_t>(row)].id : 0;
}

bool ReviewPanel::selectRow(int row)
{
    if (row < 0 || row >= queueSize())
        return false;
    m_list->setCurrentRow(row);
    return true;
}

void ReviewPanel::showCurrent()
{
    m_members.clear();
    m_consensus.reset();
    const int row = m_list->currentRow();
    ProjectStore* store = session()->store();
    if (!store || row < 0 || row >= queueSize()) {
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
    for (AnnotationId id : c.annotations) {
        auto a = store->annotation(id);
        std::optional<Annotation> ann = a && a->has_value() ? std::optional<Annotation>(**a) : std::nullopt;
        const QString who = ann ? names[ann->annotator] : tr("(removed)");
        m_members.emplace_back(who, ann);
        versions.push_back({ who, memberColor(static_cast<int>(versions.size())),
            ann ? std::optional<Region>(ann->region) : std::nullopt, false });
    }
    if (c.consensus) {
        auto a = store->annotation(c.consensus);
        if (a && a->has_value()) {
            m_consensus = **a;
            versions.push_back({ tr("consensus"), QColor(0x55, 0x55, 0x55), m_consensus->region, true });
        }
    }
    QImage page;
    if (auto image = store->image(c.image); image && image->has_value()) {
        QImageReader reader(store->absoluteImagePath(**image));
        reader.setAutoTransform(true);
        page = reader.read();
    }
    m_compare->setVersions(page, versions);
    QString details = tr("Kinds: %1. Severity %2.").arg(c.kinds.join(QStringLiteral(", "))).arg(c.severity, 0, 'f', 2);
    if (c.status != ConflictStatus::Open)
        details += tr(" %1 by %2 on %3. %4")
                       .arg(conflictResolutionName(c.resolution), c.reviewer,
                           QDateTime::fromMSecsSinceEpoch(c.resolvedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           c.note);
    else
        details += tr(
            " Keys: 1–%1 accept a version, C the consensus, G guideline gap, E edit on the canvas, T mark edited.")
                       .arg(m_members.size());
    m_details->setText(details);
}

bool ReviewPanel::settle(ConflictResolution resolution, const std::optional<Region>& accepted, const QString& note)
{
    const int row = m_list->currentRow();
    ProjectStore* store = session()->store();
    if (!store || row < 0 || row >= queueSize())
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
    const QFileInfo project(session()->path());
    return project.absoluteDir().filePath(project.completeBaseName() + QStringLiteral("-gallery"));
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
