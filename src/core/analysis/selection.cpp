// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/selection.h>

#include <lector/core/tr.h>
#include <lector/dedup/image_hashes.h>
#include <lector/metrics/agreement_report.h>
#include <lector/metrics/detection_eval.h>
#include <lector/metrics/detection_eval_loader.h>
#include <lector/metrics/store_agreement_source.h>
#include <lector/store/duplicate_repository.h>
#include <lector/store/image_hash_repository.h>
#include <lector/store/project_store.h>

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace lector {

namespace {

struct StrategyInfo {
    SelectStrategy strategy;
    const char* name; // an option value (--strategy), never translated
    const char* explanation; // QT_TRANSLATE_NOOP'd in "Core": translated by selectStrategyExplanation()
};

// clang-format off
const StrategyInfo kStrategies[] = {
    { SelectStrategy::Mixed, "mixed",
      QT_TRANSLATE_NOOP("Core", "Least confidence, diversity and rare slices in turn: uncertain pages without losing "
                                "coverage.") },
    { SelectStrategy::LeastConfidence, "least-confidence",
      QT_TRANSLATE_NOOP("Core", "Pages the model is least sure of: the highest mean (1 - confidence) of a run's "
                                "words.") },
    { SelectStrategy::Margin, "margin",
      QT_TRANSLATE_NOOP("Core", "Pages whose words sit nearest the model's doubt: the lowest mean |2 confidence - 1| "
                                "of a run's words.") },
    { SelectStrategy::AnnotatorDisagreement, "annotator-disagreement",
      QT_TRANSLATE_NOOP("Core", "Pages two or more annotators labeled, worst agreement first: to label again or to "
                                "review.") },
    { SelectStrategy::RunDisagreement, "run-disagreement",
      QT_TRANSLATE_NOOP("Core", "Pages where two model runs read differently: the lowest end-to-end F1 of one run "
                                "against the other.") },
    { SelectStrategy::Diversity, "diversity",
      QT_TRANSLATE_NOOP("Core", "Pages unlike anything labeled: k-center greedy over the image hashes, farthest page "
                                "first.") },
    { SelectStrategy::RareSlices, "rare-slices",
      QT_TRANSLATE_NOOP("Core", "Pages of batches, sizes and scripts the labeled images under-represent.") },
    { SelectStrategy::Random, "random",
      QT_TRANSLATE_NOOP("Core", "A seeded random pick: the baseline the other strategies are measured against.") },
};
// clang-format on

bool beforeById(const SelectCandidate* a, const SelectCandidate* b) { return a->image < b->image; }

/// Candidates with a figure, highest score first (ties by id).
std::vector<SelectedImage> byFigure(const std::vector<const SelectCandidate*>& pool, SelectStrategy strategy,
    int budget, double (*score)(const SelectCandidate&))
{
    std::vector<SelectedImage> scored;
    for (const SelectCandidate* c : pool) {
        const double s = score(*c);
        if (std::isfinite(s))
            scored.push_back({ c->image, s, strategy });
    }
    const auto better = [](const SelectedImage& a, const SelectedImage& b) {
        return a.score > b.score || (a.score == b.score && a.image < b.image);
    };
    const std::size_t keep = std::min(scored.size(), static_cast<std::size_t>(std::max(budget, 0)));
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep), scored.end(), better);
    scored.resize(keep);
    return scored;
}

std::vector<SelectedImage> diversity(
    const std::vector<const SelectCandidate*>& pool, const std::vector<const SelectCandidate*>& centres, int budget)
{
    std::vector<const SelectCandidate*> hashed;
    for (const SelectCandidate* c : pool)
        if (c->hashed)
            hashed.push_back(c);
    std::vector<SelectedImage> out;
    if (hashed.empty() || budget <= 0)
        return out;
    constexpr int kFar = 129; // above any distance: no centre yet
    // The hashes side by side, so that the O(budget x pool) updates stream through memory.
    std::vector<std::uint64_t> p(hashed.size()), d(hashed.size());
    for (std::size_t i = 0; i < hashed.size(); ++i) {
        p[i] = hashed[i]->phash;
        d[i] = hashed[i]->dhash;
    }
    std::vector<int> nearest(hashed.size(), kFar);
    auto closer = [&](std::uint64_t cp, std::uint64_t cd) {
        for (std::size_t i = 0; i < hashed.size(); ++i)
            nearest[i] = std::min(nearest[i], hashDistance(p[i], cp) + hashDistance(d[i], cd));
    };
    for (const SelectCandidate* centre : centres)
        if (centre->hashed)
            closer(centre->phash, centre->dhash);
    std::vector<bool> taken(hashed.size(), false);
    while (static_cast<int>(out.size()) < budget) {
        std::size_t best = hashed.size();
        for (std::size_t i = 0; i < hashed.size(); ++i) {
            if (taken[i])
                continue;
            if (best == hashed.size() || nearest[i] > nearest[best]) // ties: the first, by id
                best = i;
        }
        if (best == hashed.size())
            break;
        taken[best] = true;
        const double score = nearest[best] == kFar ? 1.0 : nearest[best] / 128.0;
        out.push_back({ hashed[best]->image, score, SelectStrategy::Diversity });
        closer(p[best], d[best]); // a taken image's own distance becomes 0, which no later pick looks at
    }
    return out;
}

/// The three dimensions of rare slices, for one candidate.
std::array<QString, 3> sliceKey(const SelectCandidate& c)
{
    return { c.batch, imageSizeBin(c.width, c.height), c.script.isEmpty() ? QStringLiteral("none") : c.script };
}

std::vector<SelectedImage> rareSlices(
    const std::vector<const SelectCandidate*>& pool, const std::vector<const SelectCandidate*>& labeled, int budget)
{
    // Whole data set (pool and labeled) and labeled counts per dimension and bin; the pool grouped by its three
    // bins, each group's images by id, so that a pick costs one pass over the groups, not over the images.
    std::array<std::map<QString, double>, 3> all, seen;
    double labeledCount = static_cast<double>(labeled.size());
    double total = static_cast<double>(pool.size() + labeled.size());
    for (const auto* group : { &pool, &labeled }) {
        for (const SelectCandidate* c : *group) {
            const auto key = sliceKey(*c);
            for (std::size_t d = 0; d < 3; ++d) {
                all[d][key[d]] += 1;
                if (group == &labeled)
                    seen[d][key[d]] += 1;
            }
        }
    }
    std::map<std::array<QString, 3>, std::vector<const SelectCandidate*>> groups;
    for (const SelectCandidate* c : pool)
        groups[sliceKey(*c)].push_back(c);
    struct Group {
        std::array<QString, 3> key;
        std::vector<const SelectCandidate*> images;
        std::size_t next = 0;
    };
    std::vector<Group> open;
    for (auto& [key, images] : groups) {
        std::sort(images.begin(), images.end(), beforeById);
        open.push_back({ key, std::move(images), 0 });
    }
    std::vector<SelectedImage> out;
    while (static_cast<int>(out.size()) < budget) {
        Group* best = nullptr;
        double bestScore = 0;
        for (Group& g : open) {
            if (g.next >= g.images.size())
                continue;
            double score = -std::numeric_limits<double>::infinity();
            for (std::size_t d = 0; d < 3; ++d) {
                const double bins = static_cast<double>(all[d].size());
                const double share = (all[d][g.key[d]] + 1) / (total + bins);
                const double labeledShare = (seen[d][g.key[d]] + 1) / (labeledCount + bins);
                score = std::max(score, std::log(share / labeledShare));
            }
            const bool better = !best || score > bestScore
                || (score == bestScore && g.images[g.next]->image < best->images[best->next]->image);
            if (better) {
                best = &g;
                bestScore = score;
            }
        }
        if (!best)
            break;
        const SelectCandidate* pick = best->images[best->next++];
        out.push_back({ pick->image, bestScore, SelectStrategy::RareSlices });
        for (std::size_t d = 0; d < 3; ++d)
            seen[d][best->key[d]] += 1; // as if labeled: the next pick looks elsewhere
        labeledCount += 1;
    }
    return out;
}

std::vector<SelectedImage> randomPick(const std::vector<const SelectCandidate*>& pool, int budget, std::uint32_t seed)
{
    std::vector<const SelectCandidate*> order = pool;
    std::sort(order.begin(), order.end(), beforeById);
    // Fisher-Yates with mt19937 drawn by hand: std::uniform_int_distribution differs between standard libraries.
    std::mt19937 rng(seed);
    for (std::size_t i = order.size(); i > 1; --i) {
        const std::size_t j = static_cast<std::size_t>(rng() % i);
        std::swap(order[i - 1], order[j]);
    }
    std::vector<SelectedImage> out;
    for (std::size_t i = 0; i < order.size() && static_cast<int>(i) < budget; ++i)
        out.push_back({ order[i]->image, 1.0 - double(i) / double(order.size()), SelectStrategy::Random });
    return out;
}

double uncertaintyOf(const SelectCandidate& c) { return c.uncertainty; }
double marginOf(const SelectCandidate& c) { return std::isfinite(c.margin) ? 1.0 - c.margin : c.margin; }
double annotatorDisagreementOf(const SelectCandidate& c) { return c.annotatorDisagreement; }
double runDisagreementOf(const SelectCandidate& c) { return c.runDisagreement; }

std::vector<SelectedImage> mixed(
    const std::vector<const SelectCandidate*>& pool, const std::vector<const SelectCandidate*>& labeled, int budget)
{
    std::vector<std::vector<SelectedImage>> lists;
    const bool confident
        = std::any_of(pool.begin(), pool.end(), [](const SelectCandidate* c) { return std::isfinite(c->uncertainty); });
    if (confident)
        lists.push_back(byFigure(pool, SelectStrategy::LeastConfidence, budget, uncertaintyOf));
    if (std::any_of(pool.begin(), pool.end(), [](const SelectCandidate* c) { return c->hashed; }))
        lists.push_back(diversity(pool, labeled, budget));
    lists.push_back(rareSlices(pool, labeled, budget));
    std::vector<SelectedImage> out;
    std::unordered_set<ImageId> picked;
    std::vector<std::size_t> next(lists.size(), 0);
    bool progressed = true;
    while (static_cast<int>(out.size()) < budget && progressed) {
        progressed = false;
        for (std::size_t l = 0; l < lists.size() && static_cast<int>(out.size()) < budget; ++l) {
            while (next[l] < lists[l].size() && picked.count(lists[l][next[l]].image))
                ++next[l];
            if (next[l] < lists[l].size()) {
                picked.insert(lists[l][next[l]].image);
                out.push_back(lists[l][next[l]++]);
                progressed = true;
            }
        }
    }
    return out;
}

} // namespace

QString selectStrategyName(SelectStrategy strategy)
{
    for (const StrategyInfo& s : kStrategies)
        if (s.strategy == strategy)
            return QString::fromLatin1(s.name);
    return {};
}

bool parseSelectStrategy(const QString& name, SelectStrategy* strategy)
{
    for (const StrategyInfo& s : kStrategies) {
        if (name == QLatin1String(s.name)) {
            *strategy = s.strategy;
            return true;
        }
    }
    return false;
}

std::vector<SelectStrategy> selectStrategies()
{
    std::vector<SelectStrategy> out;
    for (const StrategyInfo& s : kStrategies)
        out.push_back(s.strategy);
    return out;
}

QString selectStrategyExplanation(SelectStrategy strategy)
{
    for (const StrategyInfo& s : kStrategies)
        if (s.strategy == strategy)
            return QCoreApplication::translate("Core", s.explanation);
    return {};
}

std::vector<SelectedImage> selectImages(const std::vector<SelectCandidate>& candidates, const SelectOptions& options)
{
    std::vector<const SelectCandidate*> pool, labeled;
    for (const SelectCandidate& c : candidates) {
        if (c.labeled)
            labeled.push_back(&c);
        if (!c.labeled || options.includeLabeled || options.strategy == SelectStrategy::AnnotatorDisagreement)
            pool.push_back(&c);
    }
    std::sort(pool.begin(), pool.end(), beforeById);
    std::sort(labeled.begin(), labeled.end(), beforeById);
    // Labeled images in the pool are not centres or "already labeled" for themselves: with includeLabeled every
    // image is a candidate and nothing counts as covered.
    const std::vector<const SelectCandidate*> covered
        = options.includeLabeled ? std::vector<const SelectCandidate*> {} : labeled;
    const int budget = std::max(options.budget, 0);
    switch (options.strategy) {
    case SelectStrategy::LeastConfidence:
        return byFigure(pool, options.strategy, budget, uncertaintyOf);
    case SelectStrategy::Margin:
        return byFigure(pool, options.strategy, budget, marginOf);
    case SelectStrategy::AnnotatorDisagreement:
        return byFigure(pool, options.strategy, budget, annotatorDisagreementOf);
    case SelectStrategy::RunDisagreement:
        return byFigure(pool, options.strategy, budget, runDisagreementOf);
    case SelectStrategy::Diversity:
        return diversity(pool, covered, budget);
    case SelectStrategy::RareSlices:
        return rareSlices(pool, covered, budget);
    case SelectStrategy::Random:
        return randomPick(pool, budget, options.seed);
    case SelectStrategy::Mixed:
        return mixed(pool, covered, budget);
    }
    return {};
}

namespace {

Result<std::int64_t> runId(const ProjectStore& store, const QString& name, QString* resolved)
{
    auto runs = store.runs();
    LECTOR_TRY(runs);
    if (name.isEmpty()) {
        const ModelRun* newest = nullptr;
        for (const ModelRun& r : *runs)
            if (!newest || r.createdAt > newest->createdAt || (r.createdAt == newest->createdAt && r.id > newest->id))
                newest = &r;
        *resolved = newest ? newest->name : QString();
        return newest ? newest->id : 0;
    }
    QStringList names;
    for (const ModelRun& r : *runs) {
        if (r.name == name) {
            *resolved = r.name;
            return r.id;
        }
        names << r.name;
    }
    return LECTOR_ERROR(ErrorCode::NotFound,
        Core::tr("there is no run \"%1\" (runs: %2)")
            .arg(name, names.isEmpty() ? Core::tr("none") : names.join(QStringLiteral(", "))))
        .at(store.path());
}

/// One pass over a run's predictions, in image order: count, mean uncertainty and margin, the majority script.
Result<void> readConfidences(const ProjectStore& store, std::int64_t run,
    std::unordered_map<ImageId, SelectCandidate*>& byId, Progress* progress)
{
    LECTOR_PREPARE(
        q, store.database(), "SELECT image_id, confidence, script FROM predictions WHERE run_id = ? ORDER BY image_id");
    q.bind(1, run);
    ImageId current = 0;
    double uncertainty = 0, margin = 0;
    int n = 0;
    std::map<QString, int> scripts;
    std::int64_t rows = 0;
    auto flush = [&] {
        const auto it = byId.find(current);
        if (it == byId.end())
            return;
        SelectCandidate& c = *it->second;
        c.predictions = n;
        if (n > 0) {
            c.uncertainty = uncertainty / n;
            c.margin = margin / n;
        }
        int most = 0;
        for (const auto& [script, count] : scripts) {
            if (count > most) {
                most = count;
                c.script = script;
            }
        }
    };
    bool canceled = false;
    LECTOR_TRY(q.forEachRow([&] {
        if (canceled)
            return;
        const ImageId image = q.columnInt64(0);
        if (image != current) {
            flush();
            current = image;
            uncertainty = margin = 0;
            n = 0;
            scripts.clear();
        }
        if (!q.columnIsNull(1)) {
            const double c = std::clamp(q.columnDouble(1), 0.0, 1.0);
            uncertainty += 1 - c;
            margin += std::abs(2 * c - 1);
            ++n;
        }
        const QString script = q.columnText(2);
        if (!script.isEmpty())
            scripts[script] += 1;
        if (progress && ++rows % 65536 == 0)
            canceled = progress->isCanceled();
    }));
    q.reset();
    if (canceled)
        return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("selection canceled"));
    flush();
    return {};
}

} // namespace

Result<Selection> selectFromStore(
    const ProjectStore& store, const SelectOptions& options, const SelectSources& sources, Progress* progress)
{
    Selection selection;
    const SelectStrategy strategy = options.strategy;
    const bool needsRun = strategy == SelectStrategy::LeastConfidence || strategy == SelectStrategy::Margin
        || strategy == SelectStrategy::RunDisagreement;
    QString runName;
    auto run = runId(store, sources.run, &runName);
    LECTOR_TRY(run);
    if (needsRun && *run == 0)
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("%1 needs a model run's predictions, and the project has none (lector-cli autolabel makes one)")
                .arg(selectStrategyName(strategy)))
            .at(store.path());
    if (strategy == SelectStrategy::RunDisagreement && (sources.otherRun.isEmpty() || sources.otherRun == runName))
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("run-disagreement needs a second run to compare with, other than \"%1\"").arg(runName))
            .at(store.path());
    auto images = store.images();
    LECTOR_TRY(images);
    std::vector<SelectCandidate> candidates(images->size());
    std::unordered_map<ImageId, SelectCandidate*> byId;
    for (std::size_t i = 0; i < images->size(); ++i) {
        const ImageRecord& r = (*images)[i];
        SelectCandidate& c = candidates[i];
        c.image = r.id;
        c.batch = r.batch;
        c.width = r.width;
        c.height = r.height;
        byId[r.id] = &c;
    }
    {
        // Labeled: a region of an annotator who is neither the reference nor the consensus.
        LECTOR_PREPARE(q, store.database(),
            "SELECT DISTINCT a.image_id FROM annotations a JOIN annotators n ON n.id = a.annotator_id "
            "WHERE n.name NOT IN ('reference', 'consensus')");
        LECTOR_TRY(q.forEachRow([&] {
            if (auto it = byId.find(q.columnInt64(0)); it != byId.end())
                it->second->labeled = true;
        }));
        q.reset();
    }
    if (*run > 0 && strategy != SelectStrategy::RunDisagreement) {
        selection.run = runName;
        LECTOR_TRY(readConfidences(store, *run, byId, progress));
    }
    if (strategy == SelectStrategy::RunDisagreement) {
        selection.run = runName;
        DetectionEvalOptions eval;
        auto report
            = evaluateDetections(store, EvalSource::run(runName), EvalSource::run(sources.otherRun), eval, progress);
        LECTOR_TRY(report);
        for (const ImageSummary& s : report->perImage)
            if (auto it = byId.find(s.image); it != byId.end())
                it->second->runDisagreement = 1.0 - s.counts.endToEndHmean();
        // The evaluation looks only at images the first run read; where only the second read words, they disagree
        // wholly.
        QString otherName;
        auto other = runId(store, sources.otherRun, &otherName);
        LECTOR_TRY(other);
        LECTOR_PREPARE(q, store.database(), "SELECT DISTINCT image_id FROM predictions WHERE run_id = ?");
        q.bind(1, *other);
        LECTOR_TRY(q.forEachRow([&] {
            if (auto it = byId.find(q.columnInt64(0)); it != byId.end() && std::isnan(it->second->runDisagreement))
                it->second->runDisagreement = 1.0;
        }));
        q.reset();
    }
    if (strategy == SelectStrategy::AnnotatorDisagreement) {
        auto report = computeAgreement(store, StoreAgreementSource::defaultExclusions(), {}, progress);
        LECTOR_TRY(report);
        for (const ImageAgreement& image : report->perImage) {
            PairFigures pooled;
            for (const PairFigures& p : image.pairs)
                pooled.add(p);
            if (!image.pairs.empty() && std::isfinite(pooled.f1()))
                if (auto it = byId.find(image.image); it != byId.end())
                    it->second->annotatorDisagreement = 1.0 - pooled.f1();
        }
    }
    if (strategy == SelectStrategy::Diversity || strategy == SelectStrategy::Mixed) {
        auto hashes = ImageHashRepository(const_cast<ProjectStore&>(store)).all();
        LECTOR_TRY(hashes);
        for (const StoredImageHash& h : *hashes) {
            if (auto it = byId.find(h.image); it != byId.end()) {
                it->second->hashed = true;
                it->second->phash = h.hashes.phash;
                it->second->dhash = h.hashes.dhash;
            }
        }
        const auto unhashed
            = std::count_if(candidates.begin(), candidates.end(), [](const SelectCandidate& c) { return !c.hashed; });
        if (unhashed > 0)
            selection.notes << Core::tr("%1 images have no hashes yet and were left out of diversity "
                                        "(Find Duplicates, or lector-cli dedup, hashes them)")
                                   .arg(unhashed);
    }
    // Images marked a duplicate of another are never chosen.
    auto marks = DuplicateRepository(const_cast<ProjectStore&>(store)).marks();
    LECTOR_TRY(marks);
    std::vector<SelectCandidate> kept;
    kept.reserve(candidates.size());
    for (SelectCandidate& c : candidates) {
        if (marks->count(c.image))
            ++selection.duplicates;
        else
            kept.push_back(std::move(c));
    }
    for (const SelectCandidate& c : kept)
        if (!c.labeled || options.includeLabeled || strategy == SelectStrategy::AnnotatorDisagreement)
            ++selection.pool;
    if (selection.pool == 0)
        selection.notes << Core::tr("every image is labeled: include labeled images to choose among them");
    if (strategy == SelectStrategy::Mixed && selection.run.isEmpty())
        selection.notes << Core::tr("no model run: mixed takes diversity and rare slices only");
    selection.images = selectImages(kept, options);
    return selection;
}

Result<std::vector<QueueEntry>> assignQueue(
    const std::vector<SelectedImage>& selection, const QStringList& annotators, double overlap, int perOverlap)
{
    if (annotators.isEmpty())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("assigning a queue needs annotators"));
    for (const QString& name : annotators)
        if (annotators.count(name) > 1)
            return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("the annotator \"%1\" is named twice").arg(name));
    if (!(overlap >= 0 && overlap <= 1))
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("the overlap is a share from 0 to 1"));
    if (overlap > 0 && perOverlap < 2)
        return LECTOR_ERROR(
            ErrorCode::InvalidArgument, Core::tr("an overlapping image goes to at least two annotators"));
    const int people = static_cast<int>(annotators.size());
    const int k = std::min(perOverlap, people);
    const std::size_t n = selection.size();
    const auto shared = static_cast<std::size_t>(std::llround(overlap * double(n)));
    std::vector<int> load(static_cast<std::size_t>(people), 0);
    std::vector<QueueEntry> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        // Bresenham: image i is shared when the running count of shared images steps up at it.
        const bool isShared = k >= 2 && (i + 1) * shared / n > i * shared / n;
        std::vector<int> order(static_cast<std::size_t>(people));
        for (int p = 0; p < people; ++p)
            order[static_cast<std::size_t>(p)] = p;
        std::stable_sort(order.begin(), order.end(),
            [&](int a, int b) { return load[static_cast<std::size_t>(a)] < load[static_cast<std::size_t>(b)]; });
        QueueEntry e;
        e.position = static_cast<int>(i);
        e.image = selection[i].image;
        e.score = selection[i].score;
        e.by = selection[i].by;
        for (int j = 0; j < (isShared ? k : 1); ++j) {
            const int p = order[static_cast<std::size_t>(j)];
            e.annotators << annotators[p];
            load[static_cast<std::size_t>(p)] += 1;
        }
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace lector
