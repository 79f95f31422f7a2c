// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/metrics/detection_eval.h>

#include <QString>

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

/// The ground truth to use when none is named: the annotator "reference" when it has labels, else the only
/// annotator with labels; an InvalidArgument error listing the annotators otherwise.
Result<QString> defaultGroundTruthAnnotator(const ProjectStore& store);

} // namespace lector
