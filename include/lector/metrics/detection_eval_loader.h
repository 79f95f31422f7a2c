// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/metrics/detection_eval.h>
#include <lector/store/label_set_cursor.h>

#include <QString>

#include <optional>

namespace lector {

class ProjectStore;

/// One side of an evaluation in the store: an annotator's labels ("consensus" is the annotator the consensus is
/// written under) or a model run's predictions.
struct EvalSource {
    enum class Kind { Annotator, Run };
    Kind kind = Kind::Annotator;
    QString name;

    static EvalSource annotator(const QString& name) { return { Kind::Annotator, name }; }
    static EvalSource run(const QString& name) { return { Kind::Run, name }; }
    /// "reference" for an annotator, "run:NAME" for a run.
    QString label() const;
};

/// Reads ground truth and detections from the store as evaluation input. Only images the ground-truth side labeled
/// count: those where it has a region, and for an annotator also those it marked done (an empty page is a
/// label too). Images come in id order with their batch, time added and size; region ids are annotation or
/// prediction ids. NotFound (listing what exists) when the annotator or run is unknown.
Result<DetectionEvalInput> loadDetectionEvalInput(
    const ProjectStore& store, const EvalSource& groundTruth, const EvalSource& detections);

/// The label set a source names; NotFound (listing what exists) when the annotator or run is unknown.
Result<LabelSetId> resolveEvalSource(const ProjectStore& store, const EvalSource& source);

/// One image as loadDetectionEvalInput would give it (same regions, ids and order), read with a few per-image
/// queries: what a canvas overlay of the current image needs (evaluate it with evaluateImage). nullopt when the
/// ground truth did not label the image (it is not part of the evaluation).
Result<std::optional<EvalImage>> loadDetectionEvalImage(
    const ProjectStore& store, const EvalSource& groundTruth, const EvalSource& detections, ImageId image);

/// Evaluates the detections against the ground truth straight from the store (StoreEvalSource): the same report as
/// evaluateDetections(loadDetectionEvalInput(...)), without ever holding every image. Runs on the store's thread
/// (the store is read on the calling thread; the kernel runs on all cores). Progress counts images done;
/// ErrorCode::Canceled once canceled; NotFound for an unknown annotator or run.
Result<DetectionEvalReport> evaluateDetections(const ProjectStore& store, const EvalSource& groundTruth,
    const EvalSource& detections, const DetectionEvalOptions& options, Progress* progress = nullptr,
    const ImageEvaluationObserver& observer = {});

/// The ground truth to use when none is named: the annotator "reference" when it has labels, else the only
/// annotator with labels; an InvalidArgument error listing the annotators otherwise.
Result<QString> defaultGroundTruthAnnotator(const ProjectStore& store);

} // namespace lector
