// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/store/types.h>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <set>
#include <vector>

namespace lector {

class ProjectStore;

/// What a suspect label is suspected of (see docs/suspects.md).
enum class SuspectKind {
    MissedWord, // a confident prediction or another annotator's region with no label of this annotator
    SpuriousBox, // a label nothing supports, on an image the model reads confidently
    LooseBox, // a label matching the evidence loosely (IoU in [0.3, 0.7)) or far from its line's height
    WrongText, // a transcription that differs from a confident prediction or the other annotators' text
    Geometry, // degenerate or self-crossing, outside the image, or around several words
    Charset, // characters outside the project's character set
    Disagreement, // a region in an open conflict
};
QString suspectKindName(SuspectKind kind); // missed_word, spurious_box, loose_box, wrong_text, geometry, charset, ...
bool parseSuspectKind(const QString& name, SuspectKind* kind);
std::vector<SuspectKind> allSuspectKinds();

/// One region that disagrees with the suspect: a prediction of the run or another annotator's label.
struct SuspectEvidence {
    QString source; // the run's or the annotator's name
    bool prediction = false;
    std::int64_t id = 0; // prediction or annotation id
    Region region; // confidence set for predictions
    double iou = 0; // with the suspect's region (0 for a missed word's own evidence)
};

/// What the one-key fix writes: a new label (a missed word), the label changed (text and/or box), or removed.
struct SuspectFix {
    enum class Action { None, Add, Change, Remove };
    Action action = Action::None;
    Region region; // Add and Change: the region written
};

struct Suspect {
    SuspectKind kind = SuspectKind::MissedWord;
    double score = 0; // in [0, 1]; worst first
    ImageId image = 0;
    AnnotationId annotation = 0; // 0 for a missed word
    Region region; // the suspect label, or the missing word's place (the best evidence)
    QString reason; // one line: what is wrong
    std::vector<SuspectEvidence> evidence;
    SuspectFix fix;
    /// Stable across runs: kind, image and annotation, or for a missed word the place rounded to pixels.
    QString key() const;
};

struct SuspectOptions {
    QString annotator; // whose labels are checked
    QString run; // the model run used as evidence; empty: none
    /// Annotators whose labels are not evidence (a ground truth kept for measuring, say).
    QStringList exclude;
    std::set<SuspectKind> kinds; // empty: all
    double minConfidence = 0.5; // a prediction below this is no evidence of a missed word or a wrong text
    double missedIoU = 0.3; // evidence with IoU <= this with every label of the annotator is a missed word
    double looseIoU = 0.7; // a match below this (and above missedIoU) is a loose box
    double matchIoU = 0.5; // evidence for text is matched one to one at this IoU
    double lineHeightRatio = 1.8; // a label this much taller or shorter than its line's median is loose
    /// The declared character set; empty: the characters making up 99.9 % of the project's text.
    QString charset;
    double charsetCoverage = 0.999;
    /// Skips images whose file is missing (naming them in SuspectReport::skipped).
    bool checkImageFiles = false;
    int limit = -1; // at most this many suspects (the worst); -1: all
    QString batch; // only the images of this batch; empty: all
    /// Only the suspects whose region lies in this slice, "dimension:bin" (suspectInSlice); empty: all.
    QString slice;
    int threads = 0;
    int chunk = 512; // images read at a time
};

struct SuspectReport {
    std::vector<Suspect> suspects; // worst first; ties by image, annotation, kind, key
    std::int64_t images = 0; // images looked at
    QStringList skipped; // image paths skipped (missing files)
    QString charset; // the character set used (declared or measured)
    double seconds = 0;
};

/// Finds the suspect labels of one annotator: a per-image kernel over the store's images (streamed a chunk at a
/// time, matched on the workers of parallelMap), merged and ranked. Reads only. Canceled through `progress`.
Result<SuspectReport> findSuspects(
    const ProjectStore& store, const SuspectOptions& options, Progress* progress = nullptr);

/// The per-image kernel, exposed for tests: the suspects of `labels` (with their ids) on one image of the given
/// size against the predictions and the other annotators' labels. Charset and disagreement are not looked at here.
struct SuspectImageInput {
    ImageId image = 0;
    int width = 0;
    int height = 0;
    std::vector<Region> labels;
    std::vector<AnnotationId> labelIds;
    std::vector<Region> predictions;
    std::vector<std::int64_t> predictionIds;
    QString runName;
    struct Other {
        QString name;
        std::vector<Region> regions;
        std::vector<AnnotationId> ids;
    };
    std::vector<Other> others;
};
std::vector<Suspect> findImageSuspects(const SuspectImageInput& input, const SuspectOptions& options);

/// Whether the suspect's region (a missed word: the place it is missing at) lies in `slice`, "dimension:bin" with
/// a dimension and bin of regionDimensions() and regionBins() (lector/metrics/agreement_report.h), the slices the
/// dashboard groups by. False for anything else.
bool suspectInSlice(const Suspect& suspect, const QString& slice);
/// Every "dimension:bin" suspectInSlice knows, in display order.
QStringList suspectSlices();

/// Sorts worst first, deterministically.
void rankSuspects(std::vector<Suspect>& suspects);

/// The characters making up `coverage` of all characters counted (most frequent first; ties by code point).
QString frequentCharset(const std::vector<std::pair<char32_t, std::int64_t>>& counts, double coverage);

} // namespace lector
