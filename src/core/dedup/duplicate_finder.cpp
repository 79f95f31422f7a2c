// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/dedup/duplicate_finder.h>

#include <lector/core/parallel_for.h>
#include <lector/dedup/hash_index.h>
#include <lector/metrics/polygon_iou.h>
#include <lector/store/image_hash_repository.h>
#include <lector/store/project_store.h>

#include <QFileInfo>

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

namespace lector {

namespace {

constexpr std::size_t kBatch = 256;

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

Result<ProjectHashes> updateProjectHashes(ProjectStore& store, Progress* progress, int threads)
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
            out.problems.push_back({ rec.id, img.path, QStringLiteral("the image is missing") });
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
    std::vector<char> failed(out.images.size(), 0);
    for (std::size_t first = 0; first < todo.size(); first += kBatch) {
        const std::size_t count = std::min(kBatch, todo.size() - first);
        std::vector<Result<ImageHashes>> results(count, Result<ImageHashes>(ImageHashes {}));
        ParallelOptions options;
        options.threads = threads;
        options.progress = progress;
        options.progressBase = std::int64_t(first);
        options.progressTotal = std::int64_t(todo.size());
        const bool complete = parallelFor(
            count, options, [&](std::size_t k, int) { results[k] = hashImageFile(out.images[todo[first + k]].path); });
        if (!complete)
            return LECTOR_ERROR(ErrorCode::Canceled, QStringLiteral("hashing was canceled"));
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

std::vector<ImageCluster> nearClusters(const std::vector<HashedImage>& images, int threshold, Progress* progress)
{
    std::vector<std::uint64_t> p, r;
    std::vector<ImageId> ids;
    p.reserve(images.size());
    r.reserve(images.size());
    ids.reserve(images.size());
    for (const HashedImage& img : images) {
        p.push_back(img.hashes.phash);
        r.push_back(img.hashes.rhash);
        ids.push_back(img.id);
    }
    ParallelOptions options;
    options.progress = progress;
    UnionFind uf(images.size());
    for (const auto* hashes : { &p, &r }) {
        const HashIndex index(*hashes);
        for (const HashPair& pair : index.pairsWithin(threshold, options))
            uf.join(pair.first, pair.second, pair.distance);
    }
    return clustersOf(uf, ids);
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
