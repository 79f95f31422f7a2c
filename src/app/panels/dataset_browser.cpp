// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/dataset_browser.h"

#include "shell/project_session.h"

#include "models/image_browser_model.h"
#include "models/thumbnail_cache.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lector {

namespace {
constexpr int kDebounceMs = 250;
constexpr int kGridCell = ThumbnailCache::kDefaultSize + 24;

int comboIndexOfData(const QComboBox* combo, const QVariant& value)
{
    const int i = combo->findData(value);
    return i < 0 ? 0 : i;
}
} // namespace

DatasetBrowser::DatasetBrowser(ProjectSession* session, QWidget* parent)
    : SessionPanel(session, parent)
    , m_model(new ImageBrowserModel(this))
    , m_thumbnails(new ThumbnailCache(this))
    , m_debounce(new QTimer(this))
{
    m_model->setThumbnailCache(m_thumbnails);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DatasetBrowser::applyQuery);

    createControls();
    createActions();

    connect(session, &ProjectSession::annotatorChanged, this, [this] { setMe(this->session()->me().id); });
    connect(session, &ProjectSession::labelsChanged, this, &DatasetBrowser::labelsChanged);
    // "To do for me" follows my queue: a new one changes which images it lists, and in which order.
    connect(session, &ProjectSession::queuesChanged, this, &DatasetBrowser::refresh);
    connect(m_model, &ImageBrowserModel::countKnown, this, &DatasetBrowser::countArrived);
    connect(m_model, &ImageBrowserModel::located, this, &DatasetBrowser::located);
    connect(m_model, &ImageBrowserModel::facetsChanged, this, &DatasetBrowser::fillFacets);
    connect(m_model, &ImageBrowserModel::pageLoaded, this, &DatasetBrowser::rowsArrived);
    connect(m_model, &ImageBrowserModel::loadFailed, this,
        [this](const QString& message) { m_countLabel->setText(tr("Error: %1").arg(message)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { currentRowChanged(current); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        if (const ImageId id = m_model->toImageId(index))
            emit imageActivated(id);
    });
    setViewMode(ViewMode::List);
}

DatasetBrowser::~DatasetBrowser() = default;

void DatasetBrowser::createControls()
{
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("browserStatus"));
    using S = ImageQuery::Status;
    const std::pair<S, QString> statuses[] = {
        { S::Any, tr("All images") },
        { S::Unlabeled, tr("Unlabeled") },
        { S::LabeledByMe, tr("Labeled by me") },
        { S::LabeledByAtLeast, tr("Labeled by at least…") },
        { S::InConflict, tr("In conflict") },
        { S::Reviewed, tr("Reviewed") },
        { S::ToDoForMe, tr("To do for me") },
        { S::DoneByMe, tr("Done by me") },
    };
    for (const auto& [status, label] : statuses)
        m_status->addItem(label, static_cast<int>(status));
    m_minAnnotators = new QSpinBox(this);
    m_minAnnotators->setObjectName(QStringLiteral("browserMinAnnotators"));
    m_minAnnotators->setRange(1, 99);
    m_minAnnotators->setPrefix(tr("≥ "));
    m_minAnnotators->setToolTip(tr("The least number of annotators an image has"));
    m_minAnnotators->setEnabled(false);

    m_batch = new QComboBox(this);
    m_batch->setObjectName(QStringLiteral("browserBatch"));
    m_split = new QComboBox(this);
    m_split->setObjectName(QStringLiteral("browserSplit"));
    fillFacets({}, {});

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("browserName"));
    m_name->setPlaceholderText(tr("File name contains…"));
    m_name->setClearButtonEnabled(true);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("browserText"));
    m_text->setPlaceholderText(tr("Transcription contains…"));
    m_text->setClearButtonEnabled(true);

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("browserSort"));
    using O = ImageQuery::Sort;
    m_sort->addItem(tr("Import order"), static_cast<int>(O::Id));
    m_sort->addItem(tr("Name"), static_cast<int>(O::Name));
    m_sort->addItem(tr("Boxes"), static_cast<int>(O::RegionCount));
    m_sort->addItem(tr("Annotators"), static_cast<int>(O::AnnotatorCount));
    m_sort->addItem(tr("Panel order"), static_cast<int>(O::Given));
    m_order = new QToolButton(this);
    m_order->setObjectName(QStringLiteral("browserOrder"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("browserCount"));

    m_focusBar = new QFrame(this);
    m_focusBar->setObjectName(QStringLiteral("browserFocus"));
    static_cast<QFrame*>(m_focusBar)->setFrameShape(QFrame::StyledPanel);
    m_focusBar->setAutoFillBackground(true);
    m_focusBar->setBackgroundRole(QPalette::AlternateBase);
    m_focusLabel = new QLabel(m_focusBar);
    m_focusLabel->setWordWrap(true);
    auto* showAll = new QToolButton(m_focusBar);
    showAll->setObjectName(QStringLiteral("browserShowAll"));
    showAll->setText(tr("Show all"));
    showAll->setToolTip(tr("List every image again"));
    auto* focusLayout = new QHBoxLayout(m_focusBar);
    focusLayout->setContentsMargins(6, 3, 3, 3);
    focusLayout->addWidget(m_focusLabel, 1);
    focusLayout->addWidget(showAll);
    m_focusBar->hide();
    connect(showAll, &QToolButton::clicked, this, &DatasetBrowser::clearShownImages);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("browserView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    // The dock may be narrow (a laptop screen): combos shrink to a few characters instead of forcing a
    // horizontal scroll bar; their full text is in the popup.
    for (QComboBox* combo : { m_status, m_batch, m_split, m_sort }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(4);
    }
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_minAnnotators);
    auto* setRow = new QHBoxLayout;
    setRow->addWidget(m_batch, 1);
    setRow->addWidget(m_split, 1);
    auto* sortRow = new QHBoxLayout;
    sortRow->addWidget(m_sort, 1);
    sortRow->addWidget(m_order);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    layout->addWidget(m_focusBar);
    layout->addLayout(statusRow);
    layout->addLayout(setRow);
    layout->addWidget(m_name);
    layout->addWidget(m_text);
    layout->addLayout(sortRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);
    m_sortRow = sortRow;

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_minAnnotators->setEnabled(
            m_status->currentData().toInt() == static_cast<int>(ImageQuery::Status::LabeledByAtLeast));
        applyQuery();
    });
    connect(m_minAnnotators, &QSpinBox::valueChanged, this, &DatasetBrowser::scheduleQuery);
    connect(m_batch, &QComboBox::currentIndexChanged, this, &DatasetBrowser::applyQuery);
    connect(m_split, &QComboBox::currentIndexChanged, this, &DatasetBrowser::applyQuery);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &DatasetBrowser::applyQuery);
    // Typing runs one query when the user pauses, not one per key.
    connect(m_name, &QLineEdit::textChanged, this, &DatasetBrowser::scheduleQuery);
    connect(m_text, &QLineEdit::textChanged, this, &DatasetBrowser::scheduleQuery);
    connect(m_name, &QLineEdit::returnPressed, this, &DatasetBrowser::applyQuery);
    connect(m_text, &QLineEdit::returnPressed, this, &DatasetBrowser::applyQuery);
}

void DatasetBrowser::createActions()
{
    auto make = [this](const QString& name, const QString& text, const QKeySequence& shortcut) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        return a;
    };
    auto* group = new QActionGroup(this);
    m_listAction
        = make(QStringLiteral("browser.viewList"), tr("Image &List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_gridAction = make(
        QStringLiteral("browser.viewGrid"), tr("Thumbnail &Grid"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    for (QAction* a : { m_listAction, m_gridAction }) {
        a->setCheckable(true);
        group->addAction(a);
    }
    m_listAction->setChecked(true);
    connect(m_listAction, &QAction::triggered, this, [this] { setViewMode(ViewMode::List); });
    connect(m_gridAction, &QAction::triggered, this, [this] { setViewMode(ViewMode::Grid); });

    m_descendingAction = make(QStringLiteral("browser.sortDescending"), tr("Sort &Descending"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_descendingAction->setCheckable(true);
    m_order->setDefaultAction(m_descendingAction);
    m_order->setText(QStringLiteral("↓"));
    connect(m_descendingAction, &QAction::toggled, this, [this](bool on) {
        m_order->setText(on ? QStringLiteral("↑") : QStringLiteral("↓"));
        applyQuery();
    });

    m_searchAction = make(QStringLiteral("browser.findText"), tr("Find in &Transcriptions"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_text->setFocus();
        m_text->selectAll();
    });
    m_refreshAction = make(QStringLiteral("browser.refresh"), tr("&Refresh Image List"), QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, &DatasetBrowser::refresh);

    for (QAction* a : { m_listAction, m_gridAction }) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setObjectName(a->objectName() + QStringLiteral(".button"));
        m_sortRow->addWidget(button);
    }
    // Glyphs, not words: the row must fit a narrow dock; the tool tips and the View menu name them.
    m_listAction->setText(QStringLiteral("☰"));
    m_listAction->setToolTip(tr("Image list (Ctrl+Shift+L)"));
    m_gridAction->setText(QStringLiteral("▦"));
    m_gridAction->setToolTip(tr("Thumbnail grid (Ctrl+Shift+G)"));
}

QList<QAction*> DatasetBrowser::browserActions() const
{
    return { m_listAction, m_gridAction, m_descendingAction, m_searchAction, m_refreshAction };
}

ImageQuery DatasetBrowser::query() const { return m_model->query(); }

void DatasetBrowser::setStorePath(const QString& path)
{
    m_current = 0;
    m_pendingRow = -1;
    m_wanted = 0;
    m_thumbnails->clear();
    m_model->setStorePath(path);
    m_countLabel->setText(path.isEmpty() ? QString() : tr("Counting…"));
}

void DatasetBrowser::projectOpened()
{
    setStorePath(session()->path());
    setMe(session()->me().id); // re-queries when "me" is another id in this project
}

void DatasetBrowser::projectClosed() { setStorePath(QString()); }

void DatasetBrowser::labelsChanged(const QList<ImageId>& images)
{
    if (images.isEmpty()) {
        refresh(); // many images at once (an import, a promotion)
        return;
    }
    for (ImageId id : images)
        invalidateImage(id);
}

void DatasetBrowser::setMe(AnnotatorId me)
{
    if (m_me == me)
        return;
    m_me = me;
    applyQuery();
}

void DatasetBrowser::scheduleQuery() { m_debounce->start(); }

void DatasetBrowser::applyQuery()
{
    if (m_applying)
        return;
    m_debounce->stop();
    ImageQuery q;
    q.status = static_cast<ImageQuery::Status>(m_status->currentData().toInt());
    q.minAnnotators = m_minAnnotators->value();
    q.me = m_me;
    q.batch = m_batch->currentData().toString();
    q.split = m_split->currentData().toString();
    q.nameContains = m_name->text().trimmed();
    q.textContains = m_text->text().trimmed();
    q.sort = static_cast<ImageQuery::Sort>(m_sort->currentData().toInt());
    q.descending = m_descendingAction->isChecked();
    q.images = m_only;
    const ImageQuery& old = m_model->query();
    if (old.status == q.status && old.minAnnotators == q.minAnnotators && old.me == q.me && old.batch == q.batch
        && old.split == q.split && old.nameContains == q.nameContains && old.textContains == q.textContains
        && old.sort == q.sort && old.descending == q.descending && old.images == q.images)
        return;
    m_pendingRow = -1;
    m_wanted = m_current; // re-selected when the new list has it
    if (!m_model->storePath().isEmpty())
        m_countLabel->setText(tr("Counting…"));
    m_model->setQuery(q);
}

void DatasetBrowser::fillFacets(const QStringList& batches, const QStringList& splits)
{
    auto fill = [this](QComboBox* combo, const QString& all, const QStringList& names) {
        const QString keep = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const QString& n : names)
            combo->addItem(n, n);
        combo->setCurrentIndex(comboIndexOfData(combo, keep));
        return combo->currentData().toString() != keep;
    };
    const bool lostBatch = fill(m_batch, tr("All batches"), batches);
    const bool lostSplit = fill(m_split, tr("All splits"), splits);
    if (lostBatch || lostSplit)
        applyQuery(); // the filtered batch or split no longer exists
}

void DatasetBrowser::setStatusFilter(ImageQuery::Status status, int minAnnotators)
{
    m_applying = true;
    m_status->setCurrentIndex(comboIndexOfData(m_status, static_cast<int>(status)));
    m_minAnnotators->setValue(minAnnotators);
    m_applying = false;
    applyQuery();
}

void DatasetBrowser::setBatchFilter(const QString& batch)
{
    m_applying = true;
    if (m_batch->findData(batch) < 0)
        m_batch->addItem(batch, batch); // facets may not have arrived yet
    m_batch->setCurrentIndex(comboIndexOfData(m_batch, batch));
    m_applying = false;
    applyQuery();
}

void DatasetBrowser::setSplitFilter(const QString& split)
{
    m_applying = true;
    if (m_split->findData(split) < 0)
        m_split->addItem(split, split);
    m_split->setCurrentIndex(comboIndexOfData(m_split, split));
    m_applying = false;
    applyQuery();
}

void DatasetBrowser::setNameFilter(const QString& text)
{
    m_applying = true;
    m_name->setText(text);
    m_applying = false;
    applyQuery();
}

void DatasetBrowser::setTextFilter(const QString& text)
{
    m_applying = true;
    m_text->setText(text);
    m_applying = false;
    applyQuery();
}

void DatasetBrowser::setSort(ImageQuery::Sort sort, bool descending)
{
    m_applying = true;
    m_sort->setCurrentIndex(comboIndexOfData(m_sort, static_cast<int>(sort)));
    m_descendingAction->setChecked(descending);
    m_applying = false;
    applyQuery();
}

void DatasetBrowser::setViewMode(ViewMode mode)
{
    m_viewMode = mode;
    (mode == ViewMode::Grid ? m_gridAction : m_listAction)->setChecked(true);
    if (mode == ViewMode::Grid) {
        m_model->setDecoration(ImageBrowserModel::Decoration::Thumbnail);
        m_view->setViewMode(QListView::IconMode);
        m_view->setMovement(QListView::Static);
        m_view->setResizeMode(QListView::Adjust);
        m_view->setWrapping(true);
        m_view->setIconSize(QSize(ThumbnailCache::kDefaultSize, ThumbnailCache::kDefaultSize));
        m_view->setGridSize(QSize(kGridCell, kGridCell + fontMetrics().height()));
    } else {
        m_model->setDecoration(ImageBrowserModel::Decoration::StateIcon);
        m_view->setViewMode(QListView::ListMode);
        m_view->setWrapping(false);
        m_view->setIconSize(QSize(12, 12));
        m_view->setGridSize(QSize());
    }
    m_view->setUniformItemSizes(true);
    if (m_view->currentIndex().isValid())
        m_view->scrollTo(m_view->currentIndex());
}

void DatasetBrowser::refresh() { m_model->refresh(); }

void DatasetBrowser::invalidateImage(ImageId id) { m_model->invalidateImage(id); }

void DatasetBrowser::selectImage(ImageId id)
{
    if (id <= 0)
        return;
    const int row = m_model->rowForImage(id);
    if (row >= 0) {
        m_wanted = 0;
        setCurrentRow(row);
        return;
    }
    m_wanted = id;
    if (m_model->isCountKnown())
        m_model->locate(id);
}

void DatasetBrowser::selectNext() { moveBy(1); }

void DatasetBrowser::selectPrevious() { moveBy(-1); }

void DatasetBrowser::moveBy(int delta)
{
    const int n = m_model->rowCount();
    if (n == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    int row = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : n - 1);
    row = std::clamp(row, 0, n - 1);
    setCurrentRow(row);
}

void DatasetBrowser::setCurrentRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void DatasetBrowser::currentRowChanged(const QModelIndex& index)
{
    if (!index.isValid())
        return; // a reset: the image stays current until the user picks another
    const ImageId id = m_model->toImageId(index);
    if (id == 0) {
        m_pendingRow = index.row(); // its image id comes with its page; asking for the row requests it
        index.data(ImageBrowserModel::LoadedRole);
        return;
    }
    m_pendingRow = -1;
    if (id != m_current) {
        m_current = id;
        emit currentImageChanged(id);
    }
}

void DatasetBrowser::rowsArrived()
{
    if (m_pendingRow >= 0 && m_model->imageIdAt(m_pendingRow) != 0)
        currentRowChanged(m_model->index(m_pendingRow, 0));
}

void DatasetBrowser::showImages(const QString& description, const std::vector<ImageId>& images)
{
    m_only = images;
    m_onlyDescription = description;
    {
        const QSignalBlocker block(m_sort);
        m_sort->setCurrentIndex(m_sort->findData(static_cast<int>(ImageQuery::Sort::Given)));
        const QSignalBlocker blockOrder(m_descendingAction);
        m_descendingAction->setChecked(false);
    }
    updateFocusBar();
    applyQuery();
    m_wanted = images.empty() ? 0 : images.front();
    if (m_wanted && m_model->isCountKnown())
        m_model->locate(m_wanted);
}

void DatasetBrowser::clearShownImages()
{
    if (!m_only)
        return;
    m_only.reset();
    m_onlyDescription.clear();
    if (m_sort->currentData().toInt() == static_cast<int>(ImageQuery::Sort::Given)) {
        const QSignalBlocker block(m_sort);
        m_sort->setCurrentIndex(m_sort->findData(static_cast<int>(ImageQuery::Sort::Id)));
    }
    updateFocusBar();
    applyQuery();
    emit shownImagesCleared();
}

void DatasetBrowser::updateFocusBar()
{
    m_focusBar->setVisible(m_only.has_value());
    if (m_only)
        m_focusLabel->setText(tr("Showing %1").arg(m_onlyDescription.toHtmlEscaped()));
}

int DatasetBrowser::shownCount() const { return m_model->rowCount(); }

void DatasetBrowser::countArrived(qint64 count)
{
    m_countLabel->setText(tr("%1 images").arg(QLocale().toString(count)));
    if (m_wanted)
        m_model->locate(m_wanted);
    emit countChanged(count);
}

void DatasetBrowser::located(ImageId id, int row)
{
    if (id != m_wanted)
        return;
    m_wanted = 0;
    if (row >= 0)
        setCurrentRow(row);
}

} // namespace lector
