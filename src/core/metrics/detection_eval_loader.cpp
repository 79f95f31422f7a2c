// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/detection_eval_loader.h>

#include <lector/core/tr.h>
#include <lector/metrics/store_eval_source.h>
#include <lector/store/label_set_reader.h>
#include <lector/store/labeled_image_cursor.h>
#include <lector/store/project_store.h>
#include <lector/store/read_snapshot.h>

#include <QStringList>

#include <algorithm>
#include <unordered_map>

namespace lector {

namespace {

QString listOrNone(QStringList names)
{
    names.sort();
    return names.isEmpty() ? Core::tr("none") : names.join(QStringLiteral(", "));
}

/// The regions of one side and the images it labeled (ascending).
struct SideRegions {
    std::vector<StoredRegion> regions;
    std::vector<ImageId> labeled;
};

Result<SideRegions> readSide(const ProjectStore& store, const EvalSource& source)
{
    auto set = resolveEvalSource(store, source);
    if (!set)
        return std::move(set).error();
    const LabelSetReader reader(store);
    SideRegions side;
    if (set->kind == LabelSetId::Kind::Annotator) {
        auto regions = reader.annotatorRegions(set->id);
        if (!regions)
            return std::move(regions).error();
        side.regions = std::move(regions).value();
        auto done = reader.imagesDone(set->id);
        if (!done)
            return std::move(done).error();
        side.labeled = std::move(done).value();
    } else {
        auto regions = reader.runRegions(set->id);
        if (!regions)
            return std::move(regions).error();
        side.regions = std::move(regions).value();
    }
    for (const StoredRegion& r : side.regions)
        side.labeled.push_back(r.image);
    std::sort(side.labeled.begin(), side.labeled.end());
    side.labeled.erase(std::unique(side.labeled.begin(), side.labeled.end()), side.labeled.end());
    return side;
}

/// Appends one side's regions on one image, in id order, with their ids.
Result<void> readImageSide(const ProjectStore& store, LabelSetId set, ImageId image, std::vector<Region>& regions,
    std::vector<std::int64_t>& ids)
{
    if (set.kind == LabelSetId::Kind::Annotator) {
        auto rows = store.annotations(image, set.id);
        if (!rows)
            return std::move(rows).error();
        for (Annotation& a : *rows) {
            regions.push_back(std::move(a.region));
            ids.push_back(a.id);
        }
    } else {
        auto rows = store.predictions(set.id, image);
        if (!rows)
            return std::move(rows).error();
        for (Prediction& p : *rows) {
            regions.push_back(std::move(p.region));
            ids.push_back(p.id);
        }
    }
    return {};
}

} // namespace

QString EvalSource::label() const { return kind == Kind::Run ? QStringLiteral("run:") + name : name; }

Result<DetectionEvalInput> loadDetectionEvalInput(
    const ProjectStore& store, const EvalSource& groundTruth, const EvalSource& detections)
{
    auto truth = readSide(store, groundTruth);
    if (!truth)
        return std::move(truth).error();
    auto detected = readSide(store, detections);
    if (!detected)
        return std::move(detected).error();
    auto images = store.images();
    if (!images)
        return std::move(images).error();

    DetectionEvalInput input;
    input.groundTruthName = groundTruth.label();
    input.detectionName = detections.name;
    std::unordered_map<ImageId, size_t> index;
    index.reserve(truth->labeled.size());
    for (const ImageRecord& record : *images) {
        if (!std::binary_search(truth->labeled.begin(), truth->labeled.end(), record.id))
            continue;
        index.emplace(record.id, input.images.size());
        EvalImage image;
        image.id = record.id;
        image.batch = record.batch;
        image.addedAt = record.addedAt;
        image.width = record.width;
        image.height = record.height;
        input.images.push_back(std::move(image));
    }
    for (StoredRegion& r : truth->regions) {
        EvalImage& image = input.images[index.at(r.image)];
        image.groundTruth.push_back(std::move(r.region));
        image.groundTruthIds.push_back(r.id);
    }
    for (StoredRegion& r : detected->regions) {
        const auto it = index.find(r.image);
        if (it == index.end())
            continue; // an image the ground truth did not label does not count
        EvalImage& image = input.images[it->second];
        image.detections.push_back(std::move(r.region));
        image.detectionIds.push_back(r.id);
    }
    return input;
}

Result<LabelSetId> resolveEvalSource(const ProjectStore& store, const EvalSource& source)
{
    if (source.kind == EvalSource::Kind::Annotator) {
        auto found = store.findAnnotator(source.name);
        if (!found)
            return std::move(found).error();
        if (*found)
            return LabelSetId::annotator((*found)->id);
        auto all = store.annotators();
        if (!all)
            return std::move(all).error();
        QStringList names;
        for (const Annotator& a : *all)
            names << a.name;
        return LECTOR_ERROR(ErrorCode::NotFound,
            Core::tr("no annotator \"%1\" in the project (annotators: %2)").arg(source.name, listOrNone(names)));
    }
    auto runs = store.runs();
    if (!runs)
        return std::move(runs).error();
    const auto it = std::find_if(runs->begin(), runs->end(), [&](const ModelRun& r) { return r.name == source.name; });
    if (it != runs->end())
        return LabelSetId::run(it->id);
    QStringList names;
    for (const ModelRun& r : *runs)
        names << r.name;
    return LECTOR_ERROR(ErrorCode::NotFound,
        Core::tr("no model run \"%1\" in the project (runs: %2)").arg(source.name, listOrNone(names)));
}

Result<std::optional<EvalImage>> loadDetectionEvalImage(
    const ProjectStore& store, const EvalSource& groundTruth, const EvalSource& detections, ImageId image)
{
    auto truth = resolveEvalSource(store, groundTruth);
    if (!truth)
        return std::move(truth).error();
    auto detected = resolveEvalSource(store, detections);
    if (!detected)
        return std::move(detected).error();
    auto snapshot = ReadSnapshot::begin(store); // the image, its labels and the predictions from one state
    if (!snapshot)
        return std::move(snapshot).error();
    auto labeled = LabeledImageCursor::isLabeled(store, *truth, image);
    if (!labeled)
        return std::move(labeled).error();
    auto record = store.image(image);
    if (!record)
        return std::move(record).error();
    if (!*labeled || !*record)
        return std::optional<EvalImage>();
    EvalImage out;
    out.id = image;
    out.batch = (*record)->batch;
    out.addedAt = (*record)->addedAt;
    out.width = (*record)->width;
    out.height = (*record)->height;
    LECTOR_TRY(readImageSide(store, *truth, image, out.groundTruth, out.groundTruthIds));
    LECTOR_TRY(readImageSide(store, *detected, image, out.detections, out.detectionIds));
    return std::optional<EvalImage>(std::move(out));
}

Result<DetectionEvalReport> evaluateDetections(const ProjectStore& store, const EvalSource& groundTruth,
    const EvalSource& detections, const DetectionEvalOptions& options, Progress* progress,
    const ImageEvaluationObserver& observer)
{
    auto source = StoreEvalSource::open(store, groundTruth, detections);
    if (!source)
        return std::move(source).error();
    return evaluateDetections(**source, options, progress, observer);
}

Result<QString> defaultGroundTruthAnnotator(const ProjectStore& store)
{
    auto info = store.info();
    if (!info)
        return std::move(info).error();
    QStringList withLabels;
    for (const auto& [name, count] : info->annotationsByAnnotator) {
        if (count > 0)
            withLabels << name;
    }
    if (withLabels.contains(QStringLiteral("reference")))
        return QStringLiteral("reference");
    if (withLabels.size() == 1)
        return withLabels.front();
    return LECTOR_ERROR(ErrorCode::InvalidArgument,
        Core::tr("say which annotator is the ground truth with --against (annotators with labels: %1)")
            .arg(listOrNone(withLabels)));
}

} // namespace lector
