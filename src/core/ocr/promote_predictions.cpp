// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/ocr/promote_predictions.h>

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

Result<PromoteSummary> promotePredictions(ProjectStore& store, const PromoteOptions& options)
{
    if (options.annotator.trimmed().isEmpty())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, QStringLiteral("promoting predictions needs an annotator"));
    if (!(options.duplicateIoU > 0 && options.duplicateIoU <= 1))
        return LECTOR_ERROR(ErrorCode::InvalidArgument, QStringLiteral("the duplicate IoU must be in (0, 1]"));
    auto run = PredictionRepository(store).findRun(options.run);
    if (!run)
        return std::move(run).error();
    if (!*run)
        return LECTOR_ERROR(ErrorCode::NotFound, QStringLiteral("the project has no model run \"%1\"").arg(options.run))
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
        std::vector<Placed> placed;
        placed.reserve(existing->size() + predictions->size());
        for (const Annotation& a : *existing)
            placed.push_back({ a.region.polygon, a.region.polygon.boundingBox() });
        for (const Prediction& p : *predictions) {
            const double confidence = p.region.hasConfidence() ? p.region.confidence : 0.0;
            if (confidence < options.minConfidence) {
                ++summary.skippedLowConfidence;
                continue;
            }
            const BoxF box = p.region.polygon.boundingBox();
            bool duplicate = false;
            for (const Placed& other : placed) {
                if (boxesOverlap(box, other.box)
                    && polygonIoU(p.region.polygon, other.polygon) >= options.duplicateIoU) {
                    duplicate = true;
                    break;
                }
            }
            if (duplicate) {
                ++summary.skippedDuplicate;
                continue;
            }
            placed.push_back({ p.region.polygon, box });
            Annotation a;
            a.image = image;
            a.annotator = *annotator;
            a.region = p.region;
            a.region.confidence = std::numeric_limits<double>::quiet_NaN(); // labels carry no confidence
            a.source = Source::Auto;
            added.push_back(std::move(a));
        }
    }
    if (!added.empty()) {
        auto ids = store.addAnnotations(added);
        if (!ids)
            return std::move(ids).error();
        summary.annotations = std::move(*ids);
    }
    summary.promoted = static_cast<std::int64_t>(summary.annotations.size());
    return summary;
}

} // namespace lector
