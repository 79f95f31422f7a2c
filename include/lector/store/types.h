// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/geometry/polygon.h>

#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace lector {

using ImageId = std::int64_t;
using AnnotationId = std::int64_t;
using AnnotatorId = std::int64_t;
using RunId = std::int64_t;

enum class Role { Annotator, Reviewer, Lead };
enum class Source { Manual, Import, Auto, Consensus };

/// An annotator's progress on one image. No row in the store means ToDo; see nextImageState for the rules.
enum class ImageState { ToDo = 0, InProgress = 1, Done = 2 };
QString imageStateName(ImageState state);

QString roleName(Role role);
bool parseRole(const QString& name, Role* role);
QString sourceName(Source source);
bool parseSource(const QString& name, Source* source);

/// Bit flags of a region.
enum RegionFlag : std::uint32_t {
    FlagNone = 0,
    FlagIllegible = 1u << 0,
    FlagDontCare = 1u << 1, // "###" in ICDAR files: evaluation ignores the region
};

/// One word region as formats read and write it and as the store keeps it: geometry, transcription, flags.
/// `confidence` is set (0..1) for predictions and NaN for labels.
struct Region {
    Polygon polygon;
    QString text;
    std::uint32_t flags = FlagNone;
    QString script; // e.g. "Latn", "Hang"; empty when unknown
    double confidence = std::numeric_limits<double>::quiet_NaN();

    bool isDontCare() const { return flags & FlagDontCare; }
    bool hasConfidence() const { return !std::isnan(confidence); }
};

struct ImageRecord {
    ImageId id = 0;
    QString path; // relative to the project's folder where the image lies below it, else absolute
    QString sha256;
    int width = 0;
    int height = 0;
    QString batch;
    QString split;
    std::int64_t addedAt = 0; // Unix milliseconds
};

struct Annotator {
    AnnotatorId id = 0;
    QString name;
    Role role = Role::Annotator;
};

struct GuidelineVersion {
    std::int64_t id = 0;
    int number = 0;
    QString markdown;
    QString changelog;
    QString author;
    std::int64_t createdAt = 0;
    /// The slices the change is about, as "dimension:bin" (dimensions and bins of the agreement report's slices,
    /// e.g. "script:mixed", "height:<16"); the dashboard compares agreement on them before and after the version.
    QStringList about;
};

struct Annotation {
    AnnotationId id = 0;
    ImageId image = 0;
    AnnotatorId annotator = 0;
    int guidelineVersion = 0; // number of the version in force when the label was made; 0 when none
    Region region;
    Source source = Source::Manual;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    double secondsSpent = 0;
    /// The row's version when it was read: 1 when written, one more with each change. An update that gives it is
    /// refused (ErrorCode::Stale) if the row has changed since; 0 does not check.
    std::int64_t version = 0;
};

struct ModelRun {
    RunId id = 0;
    QString name;
    QString model;
    QString settings; // JSON text
    std::int64_t createdAt = 0;
};

struct Prediction {
    std::int64_t id = 0;
    RunId run = 0;
    ImageId image = 0;
    Region region; // confidence set
};

} // namespace lector
