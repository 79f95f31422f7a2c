// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/duplicates_panel.h"

#include "commands/mark_duplicates.h"
#include "models/thumbnail_cache.h"
#include "shell/job_runner.h"
#include "shell/project_session.h"

#include <lector/store/duplicate_repository.h>
#include <lector/store/project_store.h>

#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>

namespace lector {

namespace {

const QString kJobKey = QStringLiteral("duplicates");
const QString kCheckKey = QStringLiteral("duplicates-check");
constexpr int kImageRole = Qt::UserRole + 1;

} // namespace

DuplicatesPanel::DuplicatesPanel(ProjectSession* session, QWidget* parent)
    : SessionPanel(session, parent)
{
    m_find = new QPushButton(tr("Find Duplicates"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_keep = new QPushButton(tr("Keep This One"), this);
    m_keep->setToolTip(tr("Keep the selected image and mark the others of its cluster duplicates of it; they "
                          "leave every export (nothing is deleted)."));
    m_keep->setEnabled(false);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, kMaxDedupThreshold);
    m_slider->setValue(kDefaultDedupThreshold);
    m_slider->setToolTip(tr("Near-duplicate threshold: bits of 64 in which two images' hashes may differ"));
    m_status = new QLabel(tr("Find Duplicates hashes the images (only new ones after the first time)."), this);
    m_status->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({ tr("Image"), tr("Size"), tr("Batch"), tr("Labels") });
    m_tree->setIconSize(QSize(96, 96));
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setStretchLastSection(true);
    m_thumbnails = new ThumbnailCache(this);
    m_thumbnails->setThumbnailSize(96);

    // Two columns: the dock is a third of a laptop screen wide.
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_find, 0, 0);
    buttons->addWidget(m_cancel, 0, 1);
    buttons->addWidget(m_keep, 1, 0, 1, 2);
    auto* threshold = new QHBoxLayout;
    threshold->addWidget(new QLabel(tr("Threshold"), this));
    threshold->addWidget(m_slider, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(threshold);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);

    connect(m_find, &QPushButton::clicked, this, &DuplicatesPanel::findDuplicates);
    connect(m_cancel, &QPushButton::clicked, this, [this] { this->session()->jobs()->cancelKey(kJobKey); });
    connect(m_slider, &QSlider::valueChanged, this, [this] { recluster(); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        const auto items = m_tree->selectedItems();
        m_keep->setEnabled(!items.isEmpty() && items.front()->parent() != nullptr && !this->session()->isReadOnly());
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        const auto items = m_tree->selectedItems();
        if (!items.isEmpty() && items.front()->parent())
            keep(items.front()->data(0, kImageRole).toLongLong());
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (item->parent())
            emit imageRequested(item->data(0, kImageRole).toLongLong());
    });
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, [this] { updateThumbnails(); });
    // An undo or redo of a marking (here or from the Edit menu) shows in the list's "duplicate of" notes.
    connect(session->history(), &QUndoStack::indexChanged, this, [this] { recluster(); });
}

DuplicatesPanel::~DuplicatesPanel() = default;

void DuplicatesPanel::projectOpened()
{
    m_found.reset();
    m_clusters.clear();
    fillTree();
}

void DuplicatesPanel::projectClosed()
{
    session()->jobs()->cancelKey(kJobKey);
    session()->jobs()->cancelKey(kCheckKey);
    m_found.reset();
    m_clusters.clear();
    m_tree->clear();
    m_itemBySha.clear();
}

bool DuplicatesPanel::isSearching() const { return session()->jobs()->isKeyRunning(kJobKey); }
bool DuplicatesPanel::isChecking() const { return session()->jobs()->isKeyRunning(kCheckKey); }
int DuplicatesPanel::threshold() const { return m_slider->value(); }
void DuplicatesPanel::setThreshold(int bits) { m_slider->setValue(bits); }
int DuplicatesPanel::clusterCount() const { return int(m_clusters.size()); }

std::vector<ImageId> DuplicatesPanel::clusterImages(int index) const
{
    return index >= 0 && index < clusterCount() ? m_clusters[std::size_t(index)].images : std::vector<ImageId> {};
}

Result<DuplicatesPanel::Found> DuplicatesPanel::search(ProjectStore& store, Progress& progress, int threshold)
{
    auto hashes = updateProjectHashes(store, &progress, 0, true);
    if (!hashes)
        return std::move(hashes).error();
    auto exact = exactClusters(store, hashes->images);
    if (!exact)
        return std::move(exact).error();
    Found found;
    found.exact = std::move(exact).value();
    // Clusters only grow with the threshold: the widest one says which images the slider can ever show.
    std::set<ImageId> shown;
    for (const auto* list : { &found.exact })
        for (const ImageCluster& c : *list)
            shown.insert(c.images.begin(), c.images.end());
    found.pairs = nearCandidates(hashes->images, kMaxDedupThreshold);
    for (const ImageCluster& c : clustersOfPairs(hashes->images, found.pairs, kMaxDedupThreshold, false))
        shown.insert(c.images.begin(), c.images.end());
    std::vector<NearPair> within;
    std::vector<std::size_t> at;
    for (std::size_t k = 0; k < found.pairs.size(); ++k) {
        if (found.pairs[k].distance <= threshold) {
            within.push_back(found.pairs[k]);
            at.push_back(k);
        }
    }
    LECTOR_TRY(checkNearPairs(hashes->images, within, &progress, 0, hashes->pages.get()));
    for (std::size_t k = 0; k < within.size(); ++k)
        found.pairs[at[k]] = within[k];
    auto annotators = store.annotators();
    if (!annotators)
        return std::move(annotators).error();
    std::map<AnnotatorId, QString> names;
    for (const Annotator& a : *annotators)
        names[a.id] = a.name;
    for (ImageId id : shown) {
        auto record = store.image(id);
        if (!record)
            return std::move(record).error();
        if (!*record)
            continue;
        ImageInfo info;
        info.record = **record;
        info.record.path = store.absoluteImagePath(info.record);
        auto rows = store.annotations(id);
        if (!rows)
            return std::move(rows).error();
        for (const Annotation& a : *rows)
            ++info.labelsByAnnotator[names[a.annotator]];
        found.info.emplace(id, std::move(info));
    }
    found.hashes = std::move(hashes).value();
    return found;
}

void DuplicatesPanel::findDuplicates()
{
    if (!session()->isOpen())
        return;
    JobSpec spec;
    spec.key = kJobKey;
    spec.title = tr("Finding duplicate images…");
    m_find->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Hashing the images…"));
    session()->jobs()->cancelKey(kCheckKey);
    const int bits = threshold();
    const auto work = [bits](ProjectStore& store, Progress& progress) { return search(store, progress, bits); };
    session()->jobs()->start(spec, work, this, [this](Result<Found> found) {
        m_find->setEnabled(true);
        m_cancel->setEnabled(false);
        if (!found) {
            m_status->setText(found.error().code == ErrorCode::Canceled ? tr("Canceled; the images hashed so far are "
                                                                             "kept for next time.")
                                                                        : found.error().message);
            return;
        }
        showFound(std::move(found).value());
    });
}

void DuplicatesPanel::showFound(Found found)
{
    m_found = std::make_unique<Found>(std::move(found));
    recluster();
}

void DuplicatesPanel::recluster()
{
    if (!m_found)
        return;
    m_clusters = m_found->exact;
    std::set<std::vector<ImageId>> exactSets;
    for (const ImageCluster& c : m_found->exact)
        exactSets.insert(c.images);
    for (ImageCluster& c : clustersOfPairs(m_found->hashes.images, m_found->pairs, threshold())) {
        if (!exactSets.count(c.images))
            m_clusters.push_back(std::move(c));
    }
    const auto unchecked = std::count_if(m_found->pairs.begin(), m_found->pairs.end(),
        [&](const NearPair& p) { return p.distance <= threshold() && !p.checked; });
    if (auto marks = DuplicateRepository(*session()->store()).marks())
        m_marks = std::move(marks).value();
    QString text = tr("%n cluster(s) at %1 bits", nullptr, clusterCount()).arg(threshold());
    text += tr("; %n image(s) hashed now", nullptr, int(m_found->hashes.hashed));
    if (!m_found->hashes.problems.empty())
        text += tr("; %n image(s) skipped (missing or not decoding)", nullptr, int(m_found->hashes.problems.size()));
    if (const int rejected = rejectedPairs(); rejected > 0)
        text += tr("; %n candidate pair(s) the pixels told apart", nullptr, rejected);
    if (unchecked > 0)
        text += tr("; checking the pixels of %n more pair(s)…", nullptr, int(unchecked));
    m_status->setText(text);
    fillTree();
    if (unchecked > 0)
        checkPairs();
}

int DuplicatesPanel::rejectedPairs() const
{
    if (!m_found)
        return 0;
    return int(std::count_if(m_found->pairs.begin(), m_found->pairs.end(),
        [&](const NearPair& p) { return p.distance <= threshold() && (p.checked || p.inferred) && !p.check.same; }));
}

QString DuplicatesPanel::statusText() const { return m_status->text(); }

void DuplicatesPanel::checkPairs()
{
    if (!m_found)
        return;
    // The job gets its own copy of the pairs to check and of their images (the slider may move on meanwhile; the
    // latest request wins).
    std::vector<std::size_t> at;
    std::vector<NearPair> pairs;
    std::vector<HashedImage> images;
    std::map<std::size_t, std::size_t> local;
    const auto localIndex = [&](std::size_t i) {
        const auto [it, inserted] = local.emplace(i, images.size());
        if (inserted)
            images.push_back(m_found->hashes.images[i]);
        return it->second;
    };
    for (std::size_t k = 0; k < m_found->pairs.size(); ++k) {
        // The pairs decided already go too: the groups they join spare checks of the new ones.
        const NearPair& p = m_found->pairs[k];
        if (p.distance > threshold())
            continue;
        NearPair copy = p;
        copy.first = localIndex(p.first);
        copy.second = localIndex(p.second);
        pairs.push_back(copy);
        at.push_back(k);
    }
    if (std::all_of(pairs.begin(), pairs.end(), [](const NearPair& p) { return p.checked; })
        || (isChecking() && m_checkingAt == threshold()))
        return;
    m_checkingAt = threshold();
    JobSpec spec;
    spec.key = kCheckKey;
    spec.title = tr("Checking near-duplicate pairs…");
    auto work = [pairs = std::move(pairs), images = std::move(images)](
                    Progress& progress) mutable -> Result<std::vector<NearPair>> {
        LECTOR_TRY(checkNearPairs(images, pairs, &progress));
        return std::move(pairs);
    };
    session()->jobs()->start(spec, std::move(work), this,
        [this, at = std::move(at), count = m_found->pairs.size()](Result<std::vector<NearPair>> checked) {
            m_checkingAt = -1;
            if (!checked || !m_found || m_found->pairs.size() != count)
                return;
            for (std::size_t k = 0; k < at.size(); ++k) {
                NearPair& pair = m_found->pairs[at[k]];
                pair.checked = (*checked)[k].checked;
                pair.inferred = (*checked)[k].inferred;
                pair.check = (*checked)[k].check;
            }
            recluster();
        });
}

void DuplicatesPanel::fillTree()
{
    m_tree->clear();
    m_itemBySha.clear();
    if (!m_found)
        return;
    const std::size_t exactCount = m_found->exact.size();
    for (std::size_t c = 0; c < m_clusters.size(); ++c) {
        const ImageCluster& cluster = m_clusters[c];
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(0,
            c < exactCount
                ? tr("Exact: %n image(s) with the same pixels", nullptr, int(cluster.images.size()))
                : tr("Near: %n image(s), distance %1", nullptr, int(cluster.images.size())).arg(cluster.distance));
        top->setFirstColumnSpanned(true);
        for (ImageId id : cluster.images) {
            const auto info = m_found->info.find(id);
            if (info == m_found->info.end())
                continue;
            const ImageRecord& rec = info->second.record;
            auto* item = new QTreeWidgetItem(top);
            item->setData(0, kImageRole, qlonglong(id));
            QString name = QFileInfo(rec.path).fileName();
            const auto mark = m_marks.find(id);
            if (mark != m_marks.end())
                name += tr(" (duplicate of image %1)").arg(mark->second);
            item->setText(0, name);
            item->setToolTip(0, rec.path);
            item->setText(1, QStringLiteral("%1 × %2").arg(rec.width).arg(rec.height));
            item->setText(2, rec.batch);
            QStringList labels;
            for (const auto& [annotator, n] : info->second.labelsByAnnotator)
                labels << QStringLiteral("%1: %2").arg(annotator).arg(n);
            item->setText(3, labels.isEmpty() ? tr("no labels") : labels.join(QStringLiteral(", ")));
            m_itemBySha.insert(rec.sha256, item);
            m_thumbnails->request(rec.sha256, rec.path);
        }
        top->setExpanded(true);
    }
    updateThumbnails();
}

void DuplicatesPanel::updateThumbnails()
{
    for (auto it = m_itemBySha.cbegin(); it != m_itemBySha.cend(); ++it) {
        const QPixmap pixmap = m_thumbnails->thumbnail(it.key());
        if (!pixmap.isNull())
            it.value()->setIcon(0, QIcon(pixmap));
    }
}

void DuplicatesPanel::keep(ImageId image)
{
    for (const ImageCluster& c : m_clusters) {
        if (std::find(c.images.begin(), c.images.end(), image) == c.images.end())
            continue;
        // The kept one is no duplicate, whatever it was before; the others are duplicates of it.
        std::vector<DuplicateMark> marks { { image, 0 } };
        for (ImageId other : c.images) {
            if (other != image)
                marks.push_back({ other, image });
        }
        session()->history()->push(new MarkDuplicates(session(), std::move(marks)));
        recluster();
        return;
    }
}

} // namespace lector
