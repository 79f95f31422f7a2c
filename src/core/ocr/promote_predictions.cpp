// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/ocr/promote_predictions.h>

#include <lector/core/tr.h>
#include <lector/metrics/polygon_iou.h>
#include <lector/store/prediction_repository.h>
#include <lector/store/project_store.h>

#include <limits>
#include <set>

namespace lector {

namespace {

bool boxesOverlap(const BoxF& a, const BoxF& b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

struct Placed {
    Polygon polygon;
    BoxF box;
};

} // namespace

PromotionChoice choosePredictions(const std::vector<Prediction>& predictions, const std::vector<Polygon>& existing,
    double minConfidence, double duplicateIoU)
{
    PromotionChoice choice;
    std::vector<Placed> placed;
    placed.reserve(existing.size() + predictions.size());
    for (const Polygon& p : existing)
        placed.push_back({ p, p.boundingBox() });
    for (std::size_t i = 0; i < predictions.size(); ++i) {
        const Region& r = predictions[i].region;
        const double confidence = r.hasConfidence() ? r.confidence : 0.0;
        if (confidence < minConfidence) {
            ++choice.skippedLowConfidence;
            continue;
        }
        const BoxF box = r.polygon.boundingBox();
        bool duplicate = false;
        for (const Placed& other : placed) {
            if (boxesOverlap(box, other.box) && polygonIoU(r.polygon, other.polygon) >= duplicateIoU) {
                duplicate = true;
                break;
            }
        }
        if (duplicate) {
            ++choice.skippedDuplicate;
            continue;
        }
        placed.push_back({ r.polygon, box });
        choice.chosen.push_back(i);
    }
    return choice;
}

Annotation labelFromPrediction(const Prediction& prediction, AnnotatorId annotator)
{
    Annotation a;
    a.image = prediction.image;
    a.annotator = annotator;
    a.region = prediction.region;
    a.region.confidence = std::numeric_limits<double>::quiet_NaN(); // labels carry no confidence
    a.source = Source::Auto;
    return a;
}

Result<PromoteSummary> promotePredictions(ProjectStore& store, const PromoteOptions& options)
{
    if (options.annotator.trimmed().isEmpty())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("promoting predictions needs an annotator"));
    if (!(options.duplicateIoU > 0 && options.duplicateIoU <= 1))
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("the duplicate IoU must be in (0, 1]"));
    auto run = PredictionRepository(store).findRun(options.run);
    if (!run)
        return std::move(run).error();
    if (!*run)
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("the project has no model run \"%1\"").arg(options.run))
            .at(store.path());
    auto annotator = store.ensureAnnotator(options.annotator.trimmed());
    if (!annotator)
        return std::move(annotator).error();

    // Image by image, so that only one image's predictions are in memory besides the labels to add.
    std::set<ImageId> images(options.images.begin(), options.images.end());
    if (images.empty()) {
        auto counts = PredictionRepository(store).countsByImage((*run)->id);
        if (!counts)
            return std::move(counts).error();
        for (const auto& [image, n] : *counts)
            images.insert(image);
    }

    PromoteSummary summary;
    std::vector<Annotation> added;
    for (const ImageId image : images) {
        auto predictions = store.predictions((*run)->id, image);
        if (!predictions)
            return std::move(predictions).error();
        auto existing = store.annotations(image, *annotator);
        if (!existing)
            return std::move(existing).error();
        std::vector<Polygon> polygons;
        polygons.reserve(existing->size());
        for (const Annotation& a : *existing)
            polygons.push_back(a.region.polygon);
        const PromotionChoice choice
            = choosePredictions(*predictions, polygons, options.minConfidence, options.duplicateIoU);
        summary.skippedDuplicate += choice.skippedDuplicate;
        summary.skippedLowConfidence += choice.skippedLowConfidence;
        for (std::size_t i : choice.chosen)
            added.push_back(labelFromPrediction((*predictions)[i], *annotator));
    }
    if (!added.empty()) {
        EditContext context;
        context.reason = EditReason::Engine;
        auto written = store.addAnnotations(added, context);
        if (!written)
            return std::move(written).error();
        summary.annotations = written->ids();
        summary.entries = std::move(written->entries);
    }
    summary.promoted = static_cast<std::int64_t>(summary.annotations.size());
    return summary;
}

} // namespace lector
