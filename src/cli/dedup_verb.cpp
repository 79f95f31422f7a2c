// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli dedup: images that are there twice (the same pixels, or a rescanned, recompressed, cropped or rotated
// copy) and words boxed twice by one annotator; --mark keeps one image of each cluster and marks the others.

#include "cli_support.h"

#include <lector/dedup/duplicate_finder.h>
#include <lector/store/duplicate_repository.h>
#include <lector/store/project_store.h>

#include <QElapsedTimer>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <unordered_map>

using namespace lector;
using namespace lector::cli;

namespace {

nlohmann::ordered_json clustersJson(const std::vector<ImageCluster>& clusters,
    const std::unordered_map<ImageId, const HashedImage*>& byId, const std::map<ImageId, ImageId>& marks)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const ImageCluster& c : clusters) {
        nlohmann::ordered_json images = nlohmann::ordered_json::array();
        for (ImageId id : c.images) {
            const HashedImage* img = byId.at(id);
            nlohmann::ordered_json j { { "id", id }, { "path", img->path.toStdString() },
                { "width", img->hashes.width }, { "height", img->hashes.height } };
            const auto mark = marks.find(id);
            j["duplicate_of"]
                = mark == marks.end() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(mark->second);
            images.push_back(std::move(j));
        }
        list.push_back({ { "images", std::move(images) }, { "distance", c.distance } });
    }
    return list;
}

int runDedup(QCommandLineParser& parser)
{
    int threshold = kDefaultDedupThreshold;
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        threshold = parser.value(QStringLiteral("threshold")).toInt(&ok);
        if (!ok || threshold < 0 || threshold > kMaxDedupThreshold)
            return usageError(Cli::tr("--threshold takes a whole number of bits from 0 to %1").arg(kMaxDedupThreshold));
    }
    auto store = openProject(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    QElapsedTimer timer;
    timer.start();
    StderrProgress progress(Cli::tr("hashing"));
    const bool checkPixels = !parser.isSet(QStringLiteral("no-pixel-check"));
    auto hashes = updateProjectHashes(**store, &progress, 0, checkPixels);
    if (!hashes)
        return fail(hashes.error());
    auto exact = exactClusters(**store, hashes->images);
    if (!exact)
        return fail(exact.error());
    std::vector<NearPair> pairs = nearCandidates(hashes->images, threshold);
    if (checkPixels) {
        StderrProgress checking(Cli::tr("checking pairs"));
        if (auto checked = checkNearPairs(hashes->images, pairs, &checking, 0, hashes->pages.get()); !checked)
            return fail(checked.error());
    }
    std::vector<ImageCluster> near = clustersOfPairs(hashes->images, pairs, threshold, checkPixels);
    const auto confirmed
        = std::count_if(pairs.begin(), pairs.end(), [&](const NearPair& p) { return !checkPixels || p.check.same; });
    // A cluster of exact copies only is listed once, under exact.
    std::set<std::vector<ImageId>> exactSets;
    for (const ImageCluster& c : *exact)
        exactSets.insert(c.images);
    near.erase(
        std::remove_if(near.begin(), near.end(), [&](const ImageCluster& c) { return exactSets.count(c.images); }),
        near.end());
    auto regions = regionDuplicates(**store);
    if (!regions)
        return fail(regions.error());

    DuplicateRepository repo(**store);
    nlohmann::ordered_json marked = nullptr;
    if (parser.isSet(QStringLiteral("mark"))) {
        std::vector<ImageCluster> all = *exact;
        all.insert(all.end(), near.begin(), near.end());
        // Clusters of both lists can share images (an exact pair inside a near cluster): the near cluster decides.
        std::vector<DuplicateMark> marks = defaultMarks(all, hashes->images);
        std::map<ImageId, ImageId> last;
        for (const DuplicateMark& m : marks)
            last[m.image] = m.duplicateOf;
        std::vector<DuplicateMark> merged;
        for (const auto& [image, of] : last) {
            if (!last.count(of))
                merged.push_back({ image, of });
        }
        auto done = repo.mark(merged);
        if (!done)
            return fail(done.error());
        marked = done->changes.size();
    }
    auto marks = repo.marks();
    if (!marks)
        return fail(marks.error());

    std::unordered_map<ImageId, const HashedImage*> byId;
    for (const HashedImage& img : hashes->images)
        byId.emplace(img.id, &img);
    auto annotators = (*store)->annotators();
    if (!annotators)
        return fail(annotators.error());
    std::unordered_map<AnnotatorId, QString> names;
    for (const Annotator& a : *annotators)
        names.emplace(a.id, a.name);

    nlohmann::ordered_json j;
    j["threshold"] = threshold;
    j["exact"] = clustersJson(*exact, byId, *marks);
    j["near"] = clustersJson(near, byId, *marks);
    j["regions"] = nlohmann::ordered_json::array();
    for (const RegionCluster& c : *regions) {
        const auto img = byId.find(c.image);
        j["regions"].push_back(
            { { "image", c.image }, { "path", img == byId.end() ? std::string() : img->second->path.toStdString() },
                { "annotator", names[c.annotator].toStdString() }, { "regions", c.regions }, { "iou", c.iou } });
    }
    j["problems"] = nlohmann::ordered_json::array();
    for (const DedupProblem& p : hashes->problems)
        j["problems"].push_back(
            { { "image", p.image }, { "path", p.path.toStdString() }, { "message", p.message.toStdString() } });
    j["pairs"] = { { "candidates", pairs.size() }, { "confirmed", confirmed }, { "pixels_checked", checkPixels } };
    j["hashed"] = hashes->hashed;
    j["images"] = hashes->images.size();
    if (!marked.is_null())
        j["marked"] = marked;
    j["seconds"] = timer.nsecsElapsed() / 1e9;
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromStdString(j.dump(2)) + QLatin1Char('\n'));
        return kExitOk;
    }
    QString text
        = Cli::tr("dedup: %1 images (%2 hashed now): %3 exact clusters, %4 near clusters at %5 bits, "
                  "%6 words boxed twice; %7")
              .arg(hashes->images.size())
              .arg(hashes->hashed)
              .arg(exact->size())
              .arg(near.size())
              .arg(threshold)
              .arg(regions->size())
              .arg(checkPixels
                      ? Cli::tr("%1 of %2 candidate pairs confirmed by their pixels").arg(confirmed).arg(pairs.size())
                      : Cli::tr("%1 candidate pairs, pixels not checked").arg(pairs.size()));
    if (!marked.is_null())
        text += Cli::tr("; %1 images marked duplicates").arg(marked.get<std::size_t>());
    printOut(text + QLatin1Char('\n'));
    for (const DedupProblem& p : hashes->problems)
        printErr(Cli::tr("lector-cli: skipped %1: %2").arg(p.path, p.message));
    return kExitOk;
}

const VerbRegistrar s_dedup(QStringLiteral("dedup"),
    { QT_TRANSLATE_NOOP("Cli",
          "Find duplicate images (the same decoded pixels, or near copies by perceptual hashes) and words "
          "one annotator boxed twice (IoU >= 0.9); --mark keeps the largest image of each cluster (then "
          "the earliest) and marks the others duplicates, which leave every export."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("json"),
                Cli::tr("Print JSON: exact, near and regions (clusters), problems, pairs, hashed, seconds."));
            addOption(p, QStringLiteral("threshold"),
                Cli::tr("Hamming distance (bits of 64) at which two images are near duplicates (default %1, "
                        "0 to %2).")
                    .arg(kDefaultDedupThreshold)
                    .arg(kMaxDedupThreshold),
                QStringLiteral("bits"));
            addOption(p, QStringLiteral("no-pixel-check"),
                Cli::tr("Link near images by their hashes alone, without aligning each candidate pair and "
                        "comparing its ink (quicker; pages of one template are then linked too)."));
            addOption(p, QStringLiteral("mark"),
                Cli::tr("Keep one image of each cluster and mark the others duplicates of it, as one logged "
                        "change."));
        },
        runDedup });

} // namespace
