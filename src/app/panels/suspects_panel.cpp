// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/suspects_panel.h"

#include "canvas/qt_geometry.h"
#include "commands/decide_suspect.h"
#include "shell/job_runner.h"
#include "shell/project_session.h"

#include <lector/store/conflict_repository.h>
#include <lector/store/project_store.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lector {

namespace {

const QString kJob = QStringLiteral("suspects");
constexpr int kShownAtMost = 5000; // the worst; a longer list is not read by a person

/// Sends one suspect to review as an open conflict on its image, added to the image's open ones; undo restores them.
class SendSuspectToReview : public QUndoCommand {
public:
    SendSuspectToReview(ProjectSession* session, const Suspect& suspect)
        : m_session(session)
        , m_suspect(suspect)
    {
        setText(QCoreApplication::translate("SuspectsPanel", "Send suspect to review"));
    }
    void redo() override
    {
        ConflictRepository repo(*m_session->store());
        ConflictFilter filter;
        filter.status = ConflictStatus::Open;
        filter.image = m_suspect.image;
        auto open = repo.list(filter);
        if (!open) {
            m_session->reportStoreError(open.error().toString());
            return;
        }
        m_before = *open;
        std::vector<Conflict> after = m_before;
        Conflict c;
        c.image = m_suspect.image;
        c.kinds = { m_suspect.kind == SuspectKind::WrongText ? QStringLiteral("text")
                : m_suspect.kind == SuspectKind::MissedWord  ? QStringLiteral("missing")
                                                             : QStringLiteral("geometry") };
        c.severity = m_suspect.score;
        if (m_suspect.annotation > 0)
            c.annotations = { m_suspect.annotation };
        for (const SuspectEvidence& e : m_suspect.evidence) {
            if (!e.prediction)
                c.annotations.push_back(e.id);
        }
        c.bounds = m_suspect.region.polygon.boundingBox();
        c.note = m_suspect.reason;
        after.push_back(c);
        if (auto r = repo.replaceOpen({ m_suspect.image }, after); !r)
            m_session->reportStoreError(r.error().toString());
        m_session->notifyConflictsChanged();
    }
    void undo() override
    {
        if (auto r = ConflictRepository(*m_session->store()).replaceOpen({ m_suspect.image }, m_before); !r)
            m_session->reportStoreError(r.error().toString());
        m_session->notifyConflictsChanged();
    }

private:
    ProjectSession* m_session;
    Suspect m_suspect;
    std::vector<Conflict> m_before;
};

} // namespace

SuspectsPanel::SuspectsPanel(ProjectSession* session, QWidget* parent)
    : SessionPanel(session, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* choices = new QHBoxLayout;
    m_annotator = new QComboBox(this);
    m_annotator->setObjectName(QStringLiteral("suspectsAnnotator"));
    m_annotator->setToolTip(tr("Whose labels to check"));
    m_run = new QComboBox(this);
    m_run->setObjectName(QStringLiteral("suspectsRun"));
    m_run->setToolTip(tr("The model run used as evidence"));
    choices->addWidget(m_annotator, 1);
    choices->addWidget(m_run, 1);
    m_findButton = new QPushButton(tr("Find"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setEnabled(false);
    layout->addLayout(choices);
    // The buttons on a row of their own: the dock is a third of a laptop screen wide.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_findButton, 1);
    buttons->addWidget(m_cancelButton, 1);
    layout->addLayout(buttons);

    auto* filters = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("suspectsKind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (SuspectKind k : allSuspectKinds())
        m_kind->addItem(suspectKindName(k), suspectKindName(k));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("suspectsStatus"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("Fixed"), QStringLiteral("fixed"));
    m_status->addItem(tr("Dismissed"), QStringLiteral("dismissed"));
    m_batch = new QComboBox(this);
    m_batch->setObjectName(QStringLiteral("suspectsBatch"));
    m_slice = new QComboBox(this);
    m_slice->setObjectName(QStringLiteral("suspectsSlice"));
    m_slice->setToolTip(tr("Only the suspects in one slice of the data (the dashboard's slices)"));
    m_slice->addItem(tr("All slices"), QString());
    for (const QString& slice : suspectSlices())
        m_slice->addItem(QString(slice).replace(QLatin1Char(':'), QStringLiteral(": ")), slice);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_status, 1);
    layout->addLayout(filters);
    // Two filters a row: four would squeeze each to a few letters in a dock a third of a laptop wide.
    auto* moreFilters = new QHBoxLayout;
    moreFilters->addWidget(m_batch, 1);
    moreFilters->addWidget(m_slice, 1);
    layout->addLayout(moreFilters);
    // Narrow enough for a dock in the right column: the combos shrink to a few characters instead of their longest
    // item (a kind's or batch's name), as the dataset browser's do.
    for (QComboBox* combo : { m_annotator, m_run, m_kind, m_status, m_batch, m_slice }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(4);
    }

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_summary = new QLabel(tr("Find lists the suspect labels of an annotator, worst first."), this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_precision = new QLabel(this);
    m_precision->setObjectName(QStringLiteral("suspectsPrecision"));
    layout->addWidget(m_precision);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("suspectsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("Score"), tr("Kind"), tr("Status"), tr("Image"), tr("Why") });
    m_list->header()->setStretchLastSection(true);
    m_list->installEventFilter(this);
    m_list->setToolTip(tr("Enter: open · A: accept the model's version · Delete: delete · F: fix the box to the "
                          "prediction · R: send to review · D: dismiss (not an error)"));
    layout->addWidget(m_list, 1);

    connect(m_findButton, &QPushButton::clicked, this, &SuspectsPanel::find);
    connect(m_cancelButton, &QPushButton::clicked, this, &SuspectsPanel::cancel);
    for (QComboBox* filter : { m_kind, m_status, m_batch, m_slice })
        connect(filter, &QComboBox::currentIndexChanged, this, &SuspectsPanel::rebuild);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
    connect(session, &ProjectSession::runsChanged, this, &SuspectsPanel::fillChoices);
}

void SuspectsPanel::projectOpened()
{
    fillChoices();
    reloadDecisions();
}

void SuspectsPanel::projectClosed()
{
    m_report.reset();
    m_decisions.clear();
    m_list->clear();
    m_rows.clear();
}

void SuspectsPanel::refreshNow() { }

void SuspectsPanel::fillChoices()
{
    ProjectStore* store = session()->store();
    if (!store)
        return;
    const QString annotator = m_annotator->currentText();
    m_annotator->clear();
    if (auto list = store->annotators()) {
        for (const Annotator& a : *list)
            m_annotator->addItem(a.name);
    }
    const int me = m_annotator->findText(annotator.isEmpty() ? session()->me().name : annotator);
    m_annotator->setCurrentIndex(std::max(0, me));
    const QString run = m_run->currentData().toString();
    m_run->clear();
    m_run->addItem(tr("No run"), QString());
    for (const ModelRun& r : session()->runs())
        m_run->addItem(r.name, r.name);
    m_run->setCurrentIndex(run.isEmpty() ? m_run->count() - 1 : std::max(0, m_run->findData(run)));
    m_batch->blockSignals(true);
    m_batch->clear();
    m_batch->addItem(tr("All batches"), QString());
    if (auto batches = store->batches()) {
        for (const QString& b : *batches)
            m_batch->addItem(b, b);
    }
    m_batch->blockSignals(false);
}

void SuspectsPanel::find()
{
    if (!session()->store() || m_annotator->currentText().isEmpty())
        return;
    SuspectOptions options;
    options.annotator = m_annotator->currentText();
    options.run = m_run->currentData().toString();
    // A ground truth is no evidence against the others (the demo's reference).
    if (options.annotator != QLatin1String("reference"))
        options.exclude = { QStringLiteral("reference") };
    JobSpec spec;
    spec.key = kJob;
    spec.title = tr("Finding suspects of %1…").arg(options.annotator);
    m_findButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_summary->setText(spec.title);
    session()->jobs()->start(
        spec,
        [options](ProjectStore& store, Progress& progress) -> Result<std::shared_ptr<const SuspectReport>> {
            auto report = findSuspects(store, options, &progress);
            LECTOR_TRY(report);
            return std::make_shared<const SuspectReport>(std::move(report).value());
        },
        this,
        [this, options](Result<std::shared_ptr<const SuspectReport>> result) {
            m_findButton->setEnabled(true);
            m_cancelButton->setEnabled(false);
            m_progress->setVisible(false);
            if (!result) {
                m_summary->setText(result.error().code == ErrorCode::Canceled ? tr("Canceled. Find runs it again.")
                                                                              : result.error().toString());
                emit computed();
                return;
            }
            m_report = *result;
            auto owner = session()->store()->findAnnotator(options.annotator);
            m_owner = owner && *owner ? (*owner)->id : 0;
            m_batchOf.clear();
            if (auto images = session()->store()->images()) {
                for (const ImageRecord& r : *images)
                    m_batchOf[r.id] = r.batch;
            }
            m_summary->setText(tr("%1 suspects of %2 on %3 images (%4 s)")
                                   .arg(m_report->suspects.size())
                                   .arg(options.annotator)
                                   .arg(m_report->images)
                                   .arg(m_report->seconds, 0, 'f', 2));
            reloadDecisions();
            emit computed();
        });
}

void SuspectsPanel::cancel() { session()->jobs()->cancel(session()->jobs()->current(kJob)); }

void SuspectsPanel::reloadDecisions()
{
    if (!session()->store())
        return;
    SuspectDecisionRepository repo(*session()->store());
    if (auto d = repo.decisions())
        m_decisions = std::move(d).value();
    m_precision->setText(precisionText());
    rebuild();
}

QString SuspectsPanel::precisionText() const
{
    SuspectPrecision p;
    for (const auto& [key, d] : m_decisions)
        (d.verdict == SuspectVerdict::Fixed ? p.fixed : p.dismissed) += 1;
    if (p.fixed + p.dismissed == 0)
        return tr("Precision so far: no answers yet");
    return tr("Precision so far: %1 (%2 fixed, %3 dismissed)").arg(p.value(), 0, 'f', 2).arg(p.fixed).arg(p.dismissed);
}

QString SuspectsPanel::statusOf(const Suspect& s) const
{
    auto it = m_decisions.find(s.key());
    if (it == m_decisions.end())
        return QStringLiteral("open");
    return suspectVerdictName(it->second.verdict);
}

void SuspectsPanel::rebuild()
{
    const int keep = currentRow();
    m_list->clear();
    m_rows.clear();
    if (!m_report)
        return;
    const QString kind = m_kind->currentData().toString();
    const QString status = m_status->currentData().toString();
    const QString batch = m_batch->currentData().toString();
    const QString slice = m_slice->currentData().toString();
    QList<QTreeWidgetItem*> items;
    for (std::size_t i = 0; i < m_report->suspects.size() && int(m_rows.size()) < kShownAtMost; ++i) {
        const Suspect& s = m_report->suspects[i];
        if (!kind.isEmpty() && suspectKindName(s.kind) != kind)
            continue;
        const QString st = statusOf(s);
        if (!status.isEmpty() && st != status)
            continue;
        if (!batch.isEmpty() && m_batchOf[s.image] != batch)
            continue;
        if (!slice.isEmpty() && !suspectInSlice(s, slice))
            continue;
        m_rows.push_back(int(i));
        items << new QTreeWidgetItem(
            { QString::number(s.score, 'f', 3), suspectKindName(s.kind), st, QString::number(s.image), s.reason });
    }
    m_list->addTopLevelItems(items);
    if (!m_rows.empty())
        setCurrentRow(std::clamp(keep, 0, int(m_rows.size()) - 1));
}

std::vector<Suspect> SuspectsPanel::shownSuspects() const
{
    std::vector<Suspect> out;
    for (int i : m_rows)
        out.push_back(m_report->suspects[std::size_t(i)]);
    return out;
}

int SuspectsPanel::currentRow() const
{
    QTreeWidgetItem* item = m_list->currentItem();
    return item ? m_list->indexOfTopLevelItem(item) : -1;
}

void SuspectsPanel::setCurrentRow(int row)
{
    if (QTreeWidgetItem* item = m_list->topLevelItem(row))
        m_list->setCurrentItem(item);
}

const Suspect* SuspectsPanel::current() const
{
    const int row = currentRow();
    if (!m_report || row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_report->suspects[std::size_t(m_rows[std::size_t(row)])];
}

void SuspectsPanel::openCurrent()
{
    const Suspect* s = current();
    if (!s)
        return;
    ConflictFocus focus;
    QRectF bounds = toQPolygonF(s->region.polygon).boundingRect();
    ConflictFocus::Version mine;
    mine.label = m_annotator->currentText();
    mine.color = QColor(220, 50, 47);
    if (s->annotation > 0)
        mine.polygon = toQPolygonF(s->region.polygon);
    focus.versions.push_back(mine);
    for (const SuspectEvidence& e : s->evidence) {
        ConflictFocus::Version v;
        v.label = e.source;
        v.color = e.prediction ? QColor(38, 139, 210) : QColor(133, 153, 0);
        v.polygon = toQPolygonF(e.region.polygon);
        bounds = bounds.united(v.polygon.boundingRect());
        focus.versions.push_back(v);
    }
    focus.bounds = bounds;
    emit imageRequested(s->image);
    emit openOnCanvas(s->image, focus);
}

void SuspectsPanel::decide(SuspectVerdict verdict, const SuspectFix& fix)
{
    const Suspect* s = current();
    if (!s || !session()->store() || session()->isReadOnly())
        return;
    if (verdict == SuspectVerdict::Fixed && fix.action == SuspectFix::Action::None)
        return;
    const int row = currentRow();
    session()->history()->push(new DecideSuspect(session(), *s, verdict, fix, m_owner, [this] { reloadDecisions(); }));
    setCurrentRow(std::min(row + 1, int(m_rows.size()) - 1));
}

void SuspectsPanel::acceptModel()
{
    if (const Suspect* s = current())
        decide(SuspectVerdict::Fixed, s->fix);
}

void SuspectsPanel::deleteLabel()
{
    const Suspect* s = current();
    if (!s || s->annotation <= 0)
        return;
    SuspectFix fix;
    fix.action = SuspectFix::Action::Remove;
    decide(SuspectVerdict::Fixed, fix);
}

void SuspectsPanel::fixBox()
{
    const Suspect* s = current();
    if (!s || s->annotation <= 0)
        return;
    for (const SuspectEvidence& e : s->evidence) {
        if (!e.prediction)
            continue;
        SuspectFix fix;
        fix.action = SuspectFix::Action::Change;
        fix.region = s->region;
        fix.region.polygon = e.region.polygon;
        decide(SuspectVerdict::Fixed, fix);
        return;
    }
}

void SuspectsPanel::sendToReview()
{
    const Suspect* s = current();
    if (!s || !session()->store() || session()->isReadOnly())
        return;
    session()->history()->push(new SendSuspectToReview(session(), *s));
}

void SuspectsPanel::dismiss() { decide(SuspectVerdict::Dismissed, {}); }

bool SuspectsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return SessionPanel::eventFilter(watched, event);
        // In the list its keys win over the window's (A accepts a prediction, R picks the rectangle tool, Delete
        // removes boxes on the canvas): taking the ShortcutOverride makes Qt deliver them here as key presses.
        static const QList<int> own { Qt::Key_Return, Qt::Key_Enter, Qt::Key_A, Qt::Key_Delete, Qt::Key_F, Qt::Key_R,
            Qt::Key_D };
        if (event->type() == QEvent::ShortcutOverride) {
            if (!own.contains(key->key()))
                return SessionPanel::eventFilter(watched, event);
            event->accept();
            return true;
        }
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        case Qt::Key_A:
            acceptModel();
            return true;
        case Qt::Key_Delete:
            deleteLabel();
            return true;
        case Qt::Key_F:
            fixBox();
            return true;
        case Qt::Key_R:
            sendToReview();
            return true;
        case Qt::Key_D:
            dismiss();
            return true;
        default:
            break;
        }
    }
    return SessionPanel::eventFilter(watched, event);
}

} // namespace lector
