// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/label_next_panel.h"

#include "commands/assign_queues.h"

#include "shell/job_runner.h"
#include "shell/progress_strip.h"
#include "shell/project_session.h"

#include <lector/dedup/duplicate_finder.h>
#include <lector/store/label_queue_repository.h>
#include <lector/store/project_store.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <unordered_map>

namespace lector {

namespace {

const QString kJob = QStringLiteral("label-next");

struct Chosen {
    Selection selection;
    QStringList paths; // of selection.images, in order
};

bool needsRun(SelectStrategy s)
{
    return s == SelectStrategy::LeastConfidence || s == SelectStrategy::Margin || s == SelectStrategy::RunDisagreement;
}

QTableWidget* makeTable(QWidget* parent, const QStringList& columns)
{
    auto* t = new QTableWidget(parent);
    t->setColumnCount(int(columns.size()));
    t->setHorizontalHeaderLabels(columns);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false); // one line a row: a strategy's name is not broken at its hyphen
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    return t;
}

} // namespace

LabelNextPanel::LabelNextPanel(ProjectSession* session, QWidget* parent)
    : SessionPanel(session, parent)
{
    m_strategy = new QComboBox(this);
    for (SelectStrategy s : selectStrategies())
        m_strategy->addItem(selectStrategyName(s), int(s));
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_run = new QComboBox(this);
    m_otherRun = new QComboBox(this);
    // Narrow enough for a docked column: long names are elided in the box, whole in its list.
    for (QComboBox* box : { m_strategy, m_run, m_otherRun }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    m_budget = new QSpinBox(this);
    m_budget->setRange(1, 1'000'000);
    m_budget->setValue(50);
    m_includeLabeled = new QCheckBox(tr("Include labeled images"), this);
    m_includeLabeled->setToolTip(tr("By default only images no annotator has labeled are chosen"));
    m_choose = new QPushButton(tr("Choose"), this);
    m_progress = new ProgressStrip(session->jobs(), { kJob }, this);
    m_status = new QLabel(tr("Open a project to choose what to label next."), this);
    m_status->setWordWrap(true);
    m_table = makeTable(this, { tr("#"), tr("image"), tr("score"), tr("picked by") });
    m_table->setToolTip(tr("Double-click opens the image"));
    m_annotators = new QListWidget(this);
    m_annotators->setMaximumHeight(80);
    m_overlap = new QDoubleSpinBox(this);
    m_overlap->setRange(0, 100);
    m_overlap->setValue(10);
    m_overlap->setSuffix(QStringLiteral(" %"));
    m_overlap->setToolTip(tr("Images given to several annotators, so that their agreement keeps being measured"));
    m_perOverlap = new QSpinBox(this);
    m_perOverlap->setRange(2, 10);
    m_perOverlap->setPrefix(tr("to "));
    m_perOverlap->setSuffix(tr(" each"));
    m_assign = new QPushButton(tr("Assign"), this);
    m_assign->setToolTip(tr("Deal the chosen images out to the checked annotators; their queues are replaced"));
    m_queues = makeTable(this, { tr("annotator"), tr("queued"), tr("done") });
    m_queues->setMaximumHeight(100);

    auto* form = new QFormLayout;
    form->addRow(tr("Strategy:"), m_strategy);
    form->addRow(m_explanation);
    form->addRow(tr("Run:"), m_run);
    form->addRow(tr("Compare with:"), m_otherRun);
    form->addRow(tr("Images:"), m_budget);
    form->addRow(m_includeLabeled);
    auto* chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_progress, 1);
    chooseRow->addWidget(m_choose);
    auto* overlapRow = new QHBoxLayout;
    overlapRow->addWidget(new QLabel(tr("Overlap:"), this));
    overlapRow->addWidget(m_overlap);
    overlapRow->addWidget(m_perOverlap);
    overlapRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addLayout(chooseRow);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("Assign to:"), this));
    layout->addWidget(m_annotators);
    layout->addLayout(overlapRow);
    layout->addWidget(m_assign);
    auto* queues = new QLabel(tr("Queues:"), this);
    queues->setToolTip(tr("Each annotator's To do for me follows their queue"));
    layout->addWidget(queues);
    layout->addWidget(m_queues);

    connect(m_strategy, &QComboBox::currentIndexChanged, this, &LabelNextPanel::updateControls);
    connect(m_choose, &QPushButton::clicked, this, &LabelNextPanel::choose);
    connect(m_assign, &QPushButton::clicked, this, [this] {
        QString error;
        if (!assign(&error))
            m_status->setText(error);
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { activateRow(row); });
    connect(session, &ProjectSession::runsChanged, this, &LabelNextPanel::fillRuns);
    // The queues' progress is read again only while the panel is on screen (SessionPanel::invalidate).
    connect(session, &ProjectSession::labelsChanged, this, &LabelNextPanel::invalidateSoon);
    connect(session, &ProjectSession::queuesChanged, this, &LabelNextPanel::invalidate);
    updateControls();
}

void LabelNextPanel::projectOpened()
{
    m_selection.reset();
    m_table->setRowCount(0);
    fillRuns();
    fillAnnotators();
    refreshProgress();
    m_status->setText(tr("Choose ranks the images by the strategy; Assign deals them out."));
    updateControls();
}

void LabelNextPanel::projectClosed()
{
    m_selection.reset();
    m_table->setRowCount(0);
    m_queues->setRowCount(0);
    m_annotators->clear();
    m_status->setText(tr("Open a project to choose what to label next."));
}

void LabelNextPanel::fillRuns()
{
    for (QComboBox* box : { m_run, m_otherRun }) {
        const QString keep = box->currentData().toString();
        box->clear();
        if (box == m_run)
            box->addItem(tr("newest run"), QString());
        const auto& runs = session()->runs();
        for (auto r = runs.rbegin(); r != runs.rend(); ++r)
            box->addItem(r->name, r->name);
        const int at = box->findData(keep);
        box->setCurrentIndex(at >= 0 ? at : (box == m_otherRun && box->count() > 1 ? 1 : 0));
    }
}

void LabelNextPanel::fillAnnotators()
{
    m_annotators->clear();
    if (!session()->isOpen())
        return;
    auto all = session()->store()->annotators();
    if (!all)
        return;
    for (const Annotator& a : *all) {
        if (a.role != Role::Annotator || a.name == QLatin1String("reference") || a.name == QLatin1String("consensus"))
            continue;
        auto* item = new QListWidgetItem(a.name, m_annotators);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void LabelNextPanel::updateControls()
{
    const SelectStrategy s = strategy();
    m_explanation->setText(selectStrategyExplanation(s));
    m_run->setEnabled(needsRun(s) || s == SelectStrategy::Mixed);
    m_otherRun->setEnabled(s == SelectStrategy::RunDisagreement);
    const bool writable = session()->isOpen() && !session()->isReadOnly();
    m_assign->setEnabled(writable && m_selection && !m_selection->images.empty());
    m_assign->setToolTip(writable ? QString() : tr("The project is open read-only"));
    m_choose->setEnabled(session()->isOpen());
}

void LabelNextPanel::setStrategy(SelectStrategy s) { m_strategy->setCurrentIndex(m_strategy->findData(int(s))); }

SelectStrategy LabelNextPanel::strategy() const { return SelectStrategy(m_strategy->currentData().toInt()); }

QString LabelNextPanel::explanation() const { return m_explanation->text(); }

void LabelNextPanel::setBudget(int images) { m_budget->setValue(images); }

void LabelNextPanel::setIncludeLabeled(bool include) { m_includeLabeled->setChecked(include); }

bool LabelNextPanel::isChoosing() const { return session()->jobs()->isKeyRunning(kJob); }

void LabelNextPanel::cancel() { session()->jobs()->cancelKey(kJob); }

QString LabelNextPanel::statusText() const { return m_status->text(); }

void LabelNextPanel::choose()
{
    if (!session()->isOpen())
        return;
    SelectOptions options;
    options.strategy = strategy();
    options.budget = m_budget->value();
    options.includeLabeled = m_includeLabeled->isChecked();
    SelectSources sources;
    sources.run = m_run->currentData().toString();
    sources.otherRun = m_otherRun->currentData().toString();
    const bool hashes = options.strategy == SelectStrategy::Diversity || options.strategy == SelectStrategy::Mixed;
    m_status->setText(tr("Choosing…"));
    JobSpec spec;
    spec.key = kJob;
    spec.title = tr("Choosing what to label next");
    session()->jobs()->start(
        spec,
        [options, sources, hashes](ProjectStore& store, Progress& progress) -> Result<Chosen> {
            // Diversity's descriptors are the duplicate finder's hashes: new images are hashed (and stored) first.
            if (hashes && !store.isReadOnly())
                LECTOR_TRY(updateProjectHashes(store, &progress));
            auto selection = selectFromStore(store, options, sources, &progress);
            LECTOR_TRY(selection);
            auto images = store.images();
            LECTOR_TRY(images);
            std::unordered_map<ImageId, QString> pathOf;
            for (const ImageRecord& r : *images)
                pathOf[r.id] = r.path;
            Chosen chosen { std::move(selection).value(), {} };
            for (const SelectedImage& s : chosen.selection.images)
                chosen.paths << pathOf[s.image];
            return chosen;
        },
        this,
        [this](Result<Chosen> result) {
            if (!result) {
                m_status->setText(
                    result.error().code == ErrorCode::Canceled ? tr("Canceled.") : result.error().toString());
            } else {
                m_selection = std::move(result->selection);
                m_shownPaths = std::move(result->paths);
                showSelection();
            }
            updateControls();
            emit chosen();
        });
}

void LabelNextPanel::showSelection()
{
    const Selection& s = *m_selection;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(s.images.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const SelectedImage& image = s.images[size_t(row)];
        const QStringList cells { QString::number(row + 1), QFileInfo(m_shownPaths.value(row)).fileName(),
            QString::number(image.score, 'f', 3), selectStrategyName(image.by) };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    QString text = tr("%1 of %2 candidate images%3.")
                       .arg(s.images.size())
                       .arg(s.pool)
                       .arg(s.run.isEmpty() ? QString() : tr(", run %1").arg(s.run));
    if (s.duplicates > 0)
        text += QLatin1Char(' ') + tr("%1 duplicates left out.").arg(s.duplicates);
    for (const QString& note : s.notes)
        text += QLatin1Char(' ') + note + QLatin1Char('.');
    m_status->setText(text);
}

void LabelNextPanel::activateRow(int row)
{
    if (m_selection && row >= 0 && row < int(m_selection->images.size()))
        emit imageRequested(m_selection->images[size_t(row)].image);
}

void LabelNextPanel::setAssignees(const QStringList& names)
{
    for (int i = 0; i < m_annotators->count(); ++i) {
        QListWidgetItem* item = m_annotators->item(i);
        item->setCheckState(names.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList LabelNextPanel::assignableAnnotators() const
{
    QStringList out;
    for (int i = 0; i < m_annotators->count(); ++i)
        out << m_annotators->item(i)->text();
    return out;
}

void LabelNextPanel::setOverlap(double share, int perImage)
{
    m_overlap->setValue(share * 100);
    m_perOverlap->setValue(perImage);
}

bool LabelNextPanel::assign(QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!session()->isOpen() || !m_selection || m_selection->images.empty())
        return fail(tr("Choose images first."));
    if (session()->isReadOnly())
        return fail(tr("The project is open read-only: no queue can be assigned."));
    QStringList names;
    for (int i = 0; i < m_annotators->count(); ++i)
        if (m_annotators->item(i)->checkState() == Qt::Checked)
            names << m_annotators->item(i)->text();
    if (names.isEmpty())
        return fail(tr("Check the annotators to assign the images to."));
    const double overlap = names.size() > 1 ? m_overlap->value() / 100 : 0;
    auto queue = assignQueue(m_selection->images, names, overlap, m_perOverlap->value());
    if (!queue)
        return fail(queue.error().toString());
    // One step of the project's history: Undo puts back the queues these annotators had.
    auto before = AssignQueues::currentQueues(*session()->store(), names);
    if (!before)
        return fail(before.error().toString());
    QString failure;
    session()->history()->push(new AssignQueues(session(), *queue, names, std::move(before).value(), &failure));
    if (!failure.isEmpty())
        return fail(failure);
    std::map<QString, int> load;
    int shared = 0;
    for (const QueueEntry& e : *queue) {
        shared += e.annotators.size() > 1;
        for (const QString& who : e.annotators)
            load[who] += 1;
    }
    QStringList parts;
    for (const auto& [who, n] : load)
        parts << tr("%1 %2").arg(who).arg(n);
    m_status->setText(tr("Assigned %1 images (%2 shared): %3 (Edit ▸ Undo takes it back).")
                          .arg(queue->size())
                          .arg(shared)
                          .arg(parts.join(QStringLiteral(", "))));
    return true;
}

void LabelNextPanel::refreshProgress()
{
    m_queues->setRowCount(0);
    if (!session()->isOpen())
        return;
    auto progress = LabelQueueRepository(*session()->store()).progress();
    if (!progress)
        return;
    m_queues->setRowCount(int(progress->size()));
    int row = 0;
    for (const auto& [who, counts] : *progress) {
        m_queues->setItem(row, 0, new QTableWidgetItem(who));
        m_queues->setItem(row, 1, new QTableWidgetItem(QString::number(counts.first)));
        m_queues->setItem(row, 2, new QTableWidgetItem(QString::number(counts.second)));
        ++row;
    }
}

std::vector<std::tuple<QString, int, int>> LabelNextPanel::queueProgress() const
{
    std::vector<std::tuple<QString, int, int>> out;
    for (int r = 0; r < m_queues->rowCount(); ++r)
        out.emplace_back(
            m_queues->item(r, 0)->text(), m_queues->item(r, 1)->text().toInt(), m_queues->item(r, 2)->text().toInt());
    return out;
}

} // namespace lector
