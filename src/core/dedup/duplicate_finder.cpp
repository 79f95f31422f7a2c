// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/dedup/duplicate_finder.h>

#include "decoded_pages.h"
#include "reduced_decode.h"

#include <lector/core/parallel_for.h>
#include <lector/core/tr.h>
#include <lector/dedup/hash_index.h>
#include <lector/metrics/polygon_iou.h>
#include <lector/store/image_hash_repository.h>
#include <lector/store/project_store.h>

#include <QFileInfo>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace lector {

namespace {

constexpr std::size_t kBatch = 256;
// A pair whose pages differ by no more than this at kPageCheckSide is also aligned the other way round; two
// different receipts of one layout differ by 0.095 at least, most by 0.24 (docs/dedup.md).
constexpr double kRecheckInkDifference = 0.15;

struct UnionFind {
    explicit UnionFind(std::size_t n)
        : parent(n)
        , worst(n, 0)
    {
        std::iota(parent.begin(), parent.end(), std::size_t(0));
    }
    std::size_t find(std::size_t x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void join(std::size_t a, std::size_t b, int distance)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[b] = a;
        worst[a] = std::max({ worst[a], worst[b], distance });
    }
    std::vector<std::size_t> parent;
    std::vector<int> worst;
};

std::vector<ImageCluster> clustersOf(UnionFind& uf, const std::vector<ImageId>& ids)
{
    std::map<std::size_t, ImageCluster> byRoot;
    for (std::size_t i = 0; i < ids.size(); ++i)
        byRoot[uf.find(i)].images.push_back(ids[i]);
    std::vector<ImageCluster> out;
    for (auto& [root, cluster] : byRoot) {
        if (cluster.images.size() < 2)
            continue;
        cluster.distance = uf.worst[root];
        std::sort(cluster.images.begin(), cluster.images.end());
        out.push_back(std::move(cluster));
    }
    std::sort(out.begin(), out.end(),
        [](const ImageCluster& a, const ImageCluster& b) { return a.images.front() < b.images.front(); });
    return out;
}

bool overlaps(const BoxF& a, const BoxF& b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

struct FileStamp {
    std::int64_t size = -1;
    std::int64_t mtime = 0;
};

FileStamp stampOf(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return { info.size(), info.lastModified().toMSecsSinceEpoch() };
}

} // namespace

Result<ProjectHashes> updateProjectHashes(ProjectStore& store, Progress* progress, int threads, bool keepPages)
{
    auto records = store.images();
    if (!records)
        return std::move(records).error();
    ImageHashRepository repo(store);
    auto stored = repo.all();
    if (!stored)
        return std::move(stored).error();
    std::unordered_map<ImageId, StoredImageHash> byImage;
    for (StoredImageHash& h : *stored)
        byImage.emplace(h.image, std::move(h));

    ProjectHashes out;
    std::vector<std::size_t> todo; // indices into out.images
    std::vector<FileStamp> stamps;
    for (const ImageRecord& rec : *records) {
        HashedImage img;
        img.id = rec.id;
        img.path = store.absoluteImagePath(rec);
        img.batch = rec.batch;
        img.addedAt = rec.addedAt;
        const FileStamp stamp = stampOf(img.path);
        if (stamp.size < 0) {
            out.problems.push_back({ rec.id, img.path, Core::tr("the image is missing") });
            continue;
        }
        img.fileSize = stamp.size;
        const auto have = byImage.find(rec.id);
        if (have != byImage.end() && have->second.fileSize == stamp.size && have->second.fileMtime == stamp.mtime) {
            img.hashes = have->second.hashes;
        } else {
            todo.push_back(out.images.size());
            stamps.push_back(stamp);
        }
        out.images.push_back(std::move(img));
    }

    // Hashed in batches: each batch runs on all cores, then is committed in one transaction.
    if (keepPages)
        out.pages = std::make_shared<DecodedPages>();
    std::vector<char> failed(out.images.size(), 0);
    for (std::size_t first = 0; first < todo.size(); first += kBatch) {
        const std::size_t count = std::min(kBatch, todo.size() - first);
        std::vector<Result<ImageHashes>> results(count, Result<ImageHashes>(ImageHashes {}));
        ParallelOptions options;
        options.threads = threads;
        options.progress = progress;
        options.progressBase = std::int64_t(first);
        options.progressTotal = std::int64_t(todo.size());
        const bool complete = parallelFor(count, options, [&](std::size_t k, int) {
            const HashedImage& img = out.images[todo[first + k]];
            results[k] = out.pages ? out.pages->hash(img.id, img.path) : hashImageFile(img.path);
        });
        if (!complete)
            return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("hashing was canceled"));
        std::vector<StoredImageHash> rows;
        rows.reserve(count);
        for (std::size_t k = 0; k < count; ++k) {
            HashedImage& img = out.images[todo[first + k]];
            if (!results[k]) {
                out.problems.push_back({ img.id, img.path, results[k].error().message });
                failed[todo[first + k]] = 1;
                continue;
            }
            img.hashes = *results[k];
            rows.push_back({ img.id, stamps[first + k].size, stamps[first + k].mtime, img.hashes, {} });
        }
        LECTOR_TRY(repo.put(rows));
        out.hashed += std::int64_t(rows.size());
    }
    std::vector<HashedImage> kept;
    kept.reserve(out.images.size());
    for (std::size_t i = 0; i < out.images.size(); ++i) {
        if (!failed[i])
            kept.push_back(std::move(out.images[i]));
    }
    out.images = std::move(kept);
    std::sort(out.problems.begin(), out.problems.end(),
        [](const DedupProblem& a, const DedupProblem& b) { return a.image < b.image; });
    return out;
}

std::vector<NearPair> nearCandidates(const std::vector<HashedImage>& images, int threshold, Progress* progress)
{
    std::vector<std::uint64_t> p, r;
    p.reserve(images.size());
    r.reserve(images.size());
    for (const HashedImage& img : images) {
        p.push_back(img.hashes.phash);
        r.push_back(img.hashes.rhash);
    }
    ParallelOptions options;
    options.progress = progress;
    std::map<std::pair<std::size_t, std::size_t>, int> best;
    for (const auto* hashes : { &p, &r }) {
        const HashIndex index(*hashes);
        for (const HashPair& pair : index.pairsWithin(threshold, options)) {
            const auto [at, inserted] = best.emplace(std::make_pair(pair.first, pair.second), pair.distance);
            if (!inserted)
                at->second = std::min(at->second, pair.distance);
        }
    }
    std::vector<NearPair> out;
    out.reserve(best.size());
    for (const auto& [key, distance] : best) {
        NearPair pair;
        pair.first = key.first;
        pair.second = key.second;
        pair.distance = distance;
        out.push_back(pair);
    }
    return out;
}

namespace {

// Signatures of the images being compared, the least recently used dropped beyond a budget of bytes; misses are
// decoded again (the result does not depend on what the cache holds).
class SignatureCache {
public:
    explicit SignatureCache(std::size_t budget)
        : m_budget(budget)
    {
    }
    std::shared_ptr<const PageSignature> find(std::size_t image)
    {
        const auto it = m_entries.find(image);
        if (it == m_entries.end())
            return nullptr;
        it->second.used = ++m_clock;
        return it->second.signature;
    }
    void insert(std::size_t image, std::shared_ptr<const PageSignature> signature)
    {
        m_bytes += signature->bytes();
        m_entries[image] = { std::move(signature), ++m_clock };
        while (m_bytes > m_budget && m_entries.size() > 1) {
            auto oldest = std::min_element(m_entries.begin(), m_entries.end(),
                [](const auto& a, const auto& b) { return a.second.used < b.second.used; });
            m_bytes -= oldest->second.signature->bytes();
            m_entries.erase(oldest);
        }
    }

    /// The signatures of the `wanted` images at `side` (kCoarseCheckSide or kPageCheckSide), those not held made
    /// on parallelFor threads from the kPageCheckSide page (from `pages` when it holds it: shared for a coarse
    /// signature, handed over for a fine one, which is made last; else decoded); false when canceled. Images that
    /// do not decode are marked in `failed` and left out.
    bool gather(const std::vector<HashedImage>& images, const std::vector<std::size_t>& wanted, int side,
        const ParallelOptions& options, DecodedPages* pages, std::vector<char>& failed,
        std::unordered_map<std::size_t, std::shared_ptr<const PageSignature>>& out)
    {
        const bool coarse = side != kPageCheckSide;
        const auto key = [&](std::size_t i) { return i * 2 + (coarse ? 1 : 0); };
        std::vector<std::size_t> need;
        for (const std::size_t i : wanted) {
            if (failed[i] || out.count(i))
                continue;
            if (auto s = find(key(i)))
                out.emplace(i, std::move(s));
            else if (std::find(need.begin(), need.end(), i) == need.end())
                need.push_back(i);
        }
        std::vector<std::shared_ptr<const PageSignature>> made(need.size());
        if (!parallelFor(need.size(), options, [&](std::size_t k, int) {
                const HashedImage& img = images[need[k]];
                cv::Mat page;
                if (pages)
                    page = coarse ? pages->peek(img.id) : pages->take(img.id);
                if (page.empty()) {
                    auto read = detail::readPage(img.path, kPageCheckSide);
                    if (!read)
                        return;
                    page = std::move(read).value();
                }
                made[k] = PageSignature::fromPage(page, side);
            }))
            return false;
        for (std::size_t k = 0; k < need.size(); ++k) {
            if (!made[k]) {
                failed[need[k]] = 1;
                continue;
            }
            out.emplace(need[k], made[k]);
            insert(key(need[k]), std::move(made[k]));
        }
        return true;
    }

private:
    struct Entry {
        std::shared_ptr<const PageSignature> signature;
        std::uint64_t used = 0;
    };
    std::unordered_map<std::size_t, Entry> m_entries;
    std::size_t m_budget;
    std::size_t m_bytes = 0;
    std::uint64_t m_clock = 0;
};

// Looks at the pairs `batch` (indices into pairs) at kCoarseCheckSide, and at kPageCheckSide at those the coarse
// look does not call the same page; false when canceled.
bool lookAt(const std::vector<HashedImage>& images, std::vector<NearPair>& pairs, const std::vector<std::size_t>& batch,
    SignatureCache& cache, const ParallelOptions& options, DecodedPages* pages, std::vector<char>& failed)
{
    std::vector<std::size_t> looking = batch;
    for (const int side : { kCoarseCheckSide, kPageCheckSide }) {
        std::vector<std::size_t> wanted;
        for (const std::size_t k : looking)
            wanted.insert(wanted.end(), { pairs[k].first, pairs[k].second });
        std::unordered_map<std::size_t, std::shared_ptr<const PageSignature>> signatures;
        if (!cache.gather(images, wanted, side, options, pages, failed, signatures))
            return false;
        if (!parallelFor(looking.size(), options, [&](std::size_t k, int) {
                NearPair& pair = pairs[looking[k]];
                const auto a = signatures.find(pair.first), b = signatures.find(pair.second);
                if (a == signatures.end() || b == signatures.end()) {
                    pair.check = {};
                    return;
                }
                pair.check = checkPair(*a->second, *b->second);
                // A fit can miss by a pixel one way and not the other (a copy of a copy scored 0.098 aligned
                // onto its original and 0.000 the other way): near the line, the other way decides too.
                if (side == kPageCheckSide && pair.check.aligned && !pair.check.same
                    && pair.check.inkDifference <= kRecheckInkDifference) {
                    const PairCheck other = checkPair(*b->second, *a->second);
                    if (other.aligned && other.inkDifference < pair.check.inkDifference)
                        pair.check = other;
                }
            }))
            return false;
        if (side == kPageCheckSide)
            break;
        std::vector<std::size_t> unsure;
        for (const std::size_t k : looking) {
            PairCheck& check = pairs[k].check;
            if (check.aligned && check.inkDifference <= kCoarseSameInkDifference)
                check.same = true;
            else
                unsure.push_back(k);
        }
        looking = std::move(unsure);
    }
    return true;
}

} // namespace

Result<void> checkNearPairs(const std::vector<HashedImage>& images, std::vector<NearPair>& pairs, Progress* progress,
    int threads, DecodedPages* pages)
{
    // Transitivity spares most checks: pairs are decided nearest first, and a pair whose images are already joined
    // by confirmed pairs is the same page without a look, one between two groups already found different is not.
    // A group of k copies costs k - 1 checks, and pages of one template one check per two groups, instead of one
    // per pair (the pairs among 60 receipts of one layout: 1,770).
    UnionFind joined(images.size());
    std::set<std::pair<std::size_t, std::size_t>> different; // roots of groups a check found different
    const auto rootPair = [&](std::size_t a, std::size_t b) {
        a = joined.find(a);
        b = joined.find(b);
        return a < b ? std::make_pair(a, b) : std::make_pair(b, a);
    };
    std::vector<std::size_t> todo;
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        if (pairs[k].checked && !pairs[k].inferred && pairs[k].check.same)
            joined.join(pairs[k].first, pairs[k].second, 0);
        else if (!pairs[k].checked)
            todo.push_back(k);
    }
    for (const NearPair& p : pairs) {
        if (p.checked && !p.inferred && !p.check.same)
            different.insert(rootPair(p.first, p.second));
    }
    std::stable_sort(
        todo.begin(), todo.end(), [&](std::size_t x, std::size_t y) { return pairs[x].distance < pairs[y].distance; });

    ParallelOptions options;
    options.threads = threads;
    const std::size_t round = 8 * std::size_t(parallelThreads(options, 1024));
    constexpr std::size_t kCacheBytes = std::size_t(384) << 20;
    SignatureCache cache(kCacheBytes);
    std::vector<char> failed(images.size(), 0);
    std::size_t next = 0; // todo[..next) are decided
    std::int64_t decided = 0;
    while (next < todo.size()) {
        // The nearest pairs that transitivity does not decide, no two of them touching one group: each check of a
        // round then joins (or parts) groups no other check of the round touches, so no check of a round is made
        // redundant by another's answer, and a round is as wide as the groups allow (a cap by the first repeated
        // group made most rounds one pair wide on a set of many copies of few pages, and the cores idle).
        std::vector<std::size_t> batch;
        std::unordered_set<std::size_t> touched; // roots of the groups this round's checks touch
        for (std::size_t k = next; k < todo.size() && batch.size() < round; ++k) {
            NearPair& pair = pairs[todo[k]];
            if (pair.checked)
                continue;
            const auto roots = rootPair(pair.first, pair.second);
            if (roots.first == roots.second || different.count(roots)) {
                pair.checked = pair.inferred = true;
                pair.check = {};
                pair.check.same = roots.first == roots.second;
                ++decided;
                continue;
            }
            if (touched.count(roots.first) || touched.count(roots.second))
                continue; // looked at in a later round, when this round's answers may decide it
            touched.insert({ roots.first, roots.second });
            batch.push_back(todo[k]);
        }
        if (!lookAt(images, pairs, batch, cache, options, pages, failed))
            return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("canceled"));
        for (const std::size_t k : batch) {
            NearPair& pair = pairs[k];
            pair.checked = true;
            pair.inferred = false;
            if (pair.check.same)
                joined.join(pair.first, pair.second, 0);
            else
                different.insert(rootPair(pair.first, pair.second));
        }
        decided += std::int64_t(batch.size());
        while (next < todo.size() && pairs[todo[next]].checked)
            ++next;
        if (progress) {
            progress->report(decided, std::int64_t(todo.size()));
            if (progress->isCanceled())
                return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("canceled"));
        }
    }
    return {};
}

std::vector<ImageCluster> clustersOfPairs(
    const std::vector<HashedImage>& images, const std::vector<NearPair>& pairs, int threshold, bool requireCheck)
{
    std::vector<ImageId> ids;
    ids.reserve(images.size());
    for (const HashedImage& img : images)
        ids.push_back(img.id);
    UnionFind uf(images.size());
    for (const NearPair& pair : pairs) {
        if (pair.distance <= threshold && (!requireCheck || (pair.checked && pair.check.same)))
            uf.join(pair.first, pair.second, pair.distance);
    }
    return clustersOf(uf, ids);
}

Result<std::vector<ImageCluster>> nearClusters(
    const std::vector<HashedImage>& images, int threshold, Progress* progress, bool checkPixels)
{
    std::vector<NearPair> pairs = nearCandidates(images, threshold, progress);
    if (checkPixels)
        LECTOR_TRY(checkNearPairs(images, pairs, progress));
    return clustersOfPairs(images, pairs, threshold, checkPixels);
}

Result<std::vector<ImageCluster>> exactClusters(ProjectStore& store, const std::vector<HashedImage>& images)
{
    std::vector<std::uint64_t> p;
    p.reserve(images.size());
    for (const HashedImage& img : images)
        p.push_back(img.hashes.phash);
    const HashIndex index(p);
    std::vector<char> candidate(images.size(), 0);
    for (const HashPair& pair : index.pairsWithin(2)) {
        const ImageHashes& a = images[pair.first].hashes;
        const ImageHashes& b = images[pair.second].hashes;
        if (a.width == b.width && a.height == b.height && hashDistance(a.dhash, b.dhash) <= 2)
            candidate[pair.first] = candidate[pair.second] = 1;
    }
    ImageHashRepository repo(store);
    auto stored = repo.all();
    if (!stored)
        return std::move(stored).error();
    std::unordered_map<ImageId, QString> known;
    for (const StoredImageHash& h : *stored) {
        if (!h.pixelSha256.isEmpty())
            known.emplace(h.image, h.pixelSha256);
    }
    std::vector<std::size_t> decode;
    for (std::size_t i = 0; i < images.size(); ++i) {
        if (candidate[i] && !known.count(images[i].id))
            decode.push_back(i);
    }
    std::vector<QString> shas(decode.size());
    parallelFor(decode.size(), {}, [&](std::size_t k, int) {
        auto sha = decodedPixelSha256(images[decode[k]].path);
        if (sha)
            shas[k] = *sha;
    });
    std::vector<std::pair<ImageId, QString>> fresh;
    for (std::size_t k = 0; k < decode.size(); ++k) {
        if (shas[k].isEmpty())
            continue;
        known[images[decode[k]].id] = shas[k];
        fresh.emplace_back(images[decode[k]].id, shas[k]);
    }
    if (!fresh.empty())
        LECTOR_TRY(repo.setPixelSha256(fresh));

    UnionFind uf(images.size());
    std::unordered_map<QString, std::size_t> first;
    std::vector<ImageId> ids;
    ids.reserve(images.size());
    for (std::size_t i = 0; i < images.size(); ++i) {
        ids.push_back(images[i].id);
        if (!candidate[i])
            continue;
        const auto sha = known.find(images[i].id);
        if (sha == known.end())
            continue;
        const auto [at, inserted] = first.emplace(sha->second, i);
        if (!inserted)
            uf.join(at->second, i, 0);
    }
    return clustersOf(uf, ids);
}

Result<std::vector<RegionCluster>> regionDuplicates(ProjectStore& store, double minIou)
{
    auto records = store.images();
    if (!records)
        return std::move(records).error();
    std::vector<RegionCluster> out;
    for (const ImageRecord& rec : *records) {
        auto rows = store.annotations(rec.id);
        if (!rows)
            return std::move(rows).error();
        std::map<AnnotatorId, std::vector<const Annotation*>> byAnnotator;
        for (const Annotation& a : *rows)
            byAnnotator[a.annotator].push_back(&a);
        for (const auto& [annotator, list] : byAnnotator) {
            std::vector<BoxF> boxes;
            boxes.reserve(list.size());
            for (const Annotation* a : list)
                boxes.push_back(a->region.polygon.boundingBox());
            UnionFind uf(list.size());
            std::vector<double> least(list.size(), 1.0);
            for (std::size_t i = 0; i < list.size(); ++i) {
                for (std::size_t j = i + 1; j < list.size(); ++j) {
                    if (!overlaps(boxes[i], boxes[j]))
                        continue;
                    const double iou = polygonIoU(list[i]->region.polygon, list[j]->region.polygon);
                    if (iou < minIou)
                        continue;
                    const std::size_t root = uf.find(i), other = uf.find(j);
                    uf.join(i, j, 0);
                    least[uf.find(i)] = std::min({ least[root], least[other], iou });
                }
            }
            std::map<std::size_t, RegionCluster> byRoot;
            for (std::size_t i = 0; i < list.size(); ++i)
                byRoot[uf.find(i)].regions.push_back(list[i]->id);
            for (auto& [root, cluster] : byRoot) {
                if (cluster.regions.size() < 2)
                    continue;
                cluster.image = rec.id;
                cluster.annotator = annotator;
                cluster.iou = least[root];
                std::sort(cluster.regions.begin(), cluster.regions.end());
                out.push_back(std::move(cluster));
            }
        }
    }
    return out;
}

std::vector<DuplicateMark> defaultMarks(
    const std::vector<ImageCluster>& clusters, const std::vector<HashedImage>& images)
{
    std::unordered_map<ImageId, const HashedImage*> byId;
    for (const HashedImage& img : images)
        byId.emplace(img.id, &img);
    std::vector<DuplicateMark> marks;
    for (const ImageCluster& cluster : clusters) {
        const auto better = [&](ImageId a, ImageId b) {
            const HashedImage* x = byId.at(a);
            const HashedImage* y = byId.at(b);
            const std::int64_t px = std::int64_t(x->hashes.width) * x->hashes.height;
            const std::int64_t py = std::int64_t(y->hashes.width) * y->hashes.height;
            if (px != py)
                return px > py;
            if (x->fileSize != y->fileSize)
                return x->fileSize > y->fileSize;
            if (x->addedAt != y->addedAt)
                return x->addedAt < y->addedAt;
            return a < b;
        };
        const ImageId keep = *std::min_element(cluster.images.begin(), cluster.images.end(), better);
        for (ImageId id : cluster.images) {
            if (id != keep)
                marks.push_back({ id, keep });
        }
    }
    return marks;
}

} // namespace lector
