// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/store/types.h>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace lector {

class EvalImageSource;

enum class MatchingMethod {
    Greedy, // the ICDAR 2015 script: ground truth i in order, each takes the first free detection j above the IoU
    Hungarian, // optimal one-to-one assignment maximizing the summed IoU of the pairs above the IoU
};

QString matchingMethodName(MatchingMethod method); // "greedy", "hungarian"
bool parseMatchingMethod(const QString& name, MatchingMethod* method);

/// The order in which the greedy matching offers an image's detections to each ground truth. The RRC task 4.1 script
/// reads results with confidences (its CONFIDENCES parameter) only to sort each image's detections highest first
/// before matching, so the order decides which of two detections of one word is the true positive, and with it AP,
/// the threshold curve and the best threshold. Hungarian matching does not depend on it.
enum class DetectionOrder {
    /// What evaluateDetections() starts from: Confidence when every detection it reads has a confidence, else File
    /// (the script cannot read a run where only some lines have one). The report's options hold the order used.
    Auto,
    /// Highest confidence first; equal confidences, and detections without one after all the others, keep file
    /// order (Python's stable sort; the script's numpy argsort is stable only for up to 16 detections).
    Confidence,
    /// The order the detections came in (the file's, the store's by id): the script without confidences.
    File,
};

QString detectionOrderName(DetectionOrder order); // "auto", "confidence", "file"

struct DetectionEvalOptions {
    /// A ground truth and a detection can match when their IoU is strictly above this (the script's IOU_CONSTRAINT).
    double iouThreshold = 0.5;
    /// A detection is set aside as don't care when more than this share of its area lies inside one don't-care
    /// ground-truth region (the script's AREA_PRECISION_CONSTRAINT).
    double dontCareAreaThreshold = 0.5;
    MatchingMethod matching = MatchingMethod::Greedy;
    /// Auto in a request; Confidence or File in a report (what was used). Auto given to evaluateImage() decides on
    /// the image's own detections, so pass the report's options to see the report's matches again.
    DetectionOrder order = DetectionOrder::Auto;
    /// Word accuracy, CER, WER and the confusions compare case-folded texts. Texts are otherwise compared exactly:
    /// the RRC end-to-end task's own normalisations (stripping punctuation, its word lexicons) are not applied.
    bool ignoreCase = false;
    /// Threads for the per-image kernel (0: one per core, see lector::parallelThreads). The figures do not depend on
    /// it: images are merged in input order.
    int threads = 0;
};

/// One image of an evaluation: its ground truth and the detections to score against it. The id vectors are
/// optional (empty, or as long as their regions): the store loader fills them with annotation and prediction ids
/// so that a panel can find the regions the per-image results point at by index.
struct EvalImage {
    ImageId id = 0;
    QString batch;
    std::int64_t addedAt = 0; // orders the batches by import
    int width = 0;
    int height = 0;
    std::vector<Region> groundTruth; // FlagDontCare marks "###" regions
    std::vector<Region> detections; // confidence NaN when the model gave none
    std::vector<std::int64_t> groundTruthIds;
    std::vector<std::int64_t> detectionIds;
};

/// What an evaluation reads; in memory so that it can be computed (and benchmarked) without a store.
struct DetectionEvalInput {
    QString groundTruthName; // e.g. "reference", "consensus", "run:baseline"
    QString detectionName; // the run's name
    std::vector<EvalImage> images;
};

/// Counts summed over images (or over a slice's regions). Ratios follow the ICDAR script: 0 when the denominator
/// is 0. In a slice, groundTruth/matched count the ground truth inside the slice and detections/matchedDetections
/// the detections inside it, so that recall and precision each look at their own side; elsewhere the two
/// matched counts are equal. The recognition counts (textEqual, CER and WER terms) are over matched pairs and
/// belong to the ground-truth side.
struct DetectionCounts {
    long long images = 0;
    long long groundTruth = 0; // care ground truth
    long long groundTruthDontCare = 0;
    long long detections = 0; // care detections (not set aside by a don't-care region)
    long long detectionsDontCare = 0;
    long long matched = 0;
    long long matchedDetections = 0;
    double iouSum = 0; // over matched pairs
    long long textEqual = 0; // matched pairs whose detected text equals the ground truth's (case-folded if asked)
    long long charErrors = 0; // edit distance in code points over matched pairs
    long long charTotal = 0; // code points of the matched ground-truth texts
    long long wordErrors = 0; // word-level edit distance (texts split at white space) over matched pairs
    long long wordTotal = 0; // white-space separated words of the matched ground-truth texts

    double precision() const; // matchedDetections / detections
    double recall() const; // matched / groundTruth
    double hmean() const;
    double meanIoU() const; // iouSum / matched; 0 without matches
    /// End-to-end word accuracy: textEqual / groundTruth. Missed care words count as wrong, so this is the
    /// end-to-end recall of the RRC "end to end" task. NaN-free: 0 without ground truth.
    double wordAccuracy() const;
    /// Recognition accuracy of the detected words alone: textEqual / matched.
    double matchedWordAccuracy() const;
    /// End-to-end precision: textEqual / detections, and the harmonic mean with wordAccuracy().
    double endToEndPrecision() const;
    double endToEndHmean() const;
    double cer() const; // charErrors / charTotal
    double wer() const; // wordErrors / wordTotal
    void add(const DetectionCounts& other);
};

/// A matched pair on one image: indices into the image's groundTruth and detections.
struct EvalMatch {
    int groundTruth = -1;
    int detection = -1;
    double iou = 0;
    bool textEqual = false;
    int charErrors = 0;
};

/// A care detection's confidence and whether it matched: what the confidence views are computed from.
struct ScoredDetection {
    double confidence = 0;
    bool matched = false;
};

/// What the report keeps of each image: its counts and the script's per-image figures, without the match lists
/// (which evaluateImage() gives again for one image on demand), so that a report over 100,000 images stays small.
struct ImageSummary {
    ImageId image = 0;
    QString batch;
    int width = 0; // for the image_size slice
    int height = 0;
    DetectionCounts counts;
    /// The script's per-image figures: with no care ground truth, recall 1 and precision 1 (no care detections) or
    /// 0 (some); with no care detections, precision 0.
    double precision = 0;
    double recall = 0;
    double hmean = 0;
    /// The region slice bins its care regions fall in (ground truth and detections, by their own don't-care flag):
    /// bit k for the k-th bin of regionDimensions() laid end to end, as regionSliceKey() numbers them. What
    /// imagesInSlice() reads.
    std::uint32_t regionBins = 0;
};

/// One image's outcome: everything a canvas needs to draw true positives, false positives and misses, as indices
/// into the input image's vectors (map them to ids through groundTruthIds/detectionIds).
struct ImageEvaluation : ImageSummary {
    std::vector<EvalMatch> matches; // sorted by ground truth index
    std::vector<int> falsePositives; // care detections left unmatched
    std::vector<int> missed; // care ground truth left unmatched
    std::vector<int> dontCareDetections; // set aside by a don't-care ground truth
};

/// The counts one image adds to one region slice bin (numbered as ImageSummary::regionBins).
struct RegionSliceCounts {
    int bin = 0;
    DetectionCounts counts;
};

/// Everything one image adds to a report, worked out by the per-image kernel (evaluateImageOutcome) on any thread so
/// that the merge (DetectionEvalAccumulator::add) on the calling thread only adds numbers up.
struct ImageOutcome {
    ImageEvaluation evaluation;
    std::int64_t addedAt = 0;
    std::vector<RegionSliceCounts> regionSlices; // bins with a region of the image, ascending
    std::vector<ScoredDetection> scored; // its care detections with a confidence, in detection order
    bool confidenceMissing = false; // a care detection without a confidence (AP is then undefined)
    DetectionOrder order = DetectionOrder::File; // the order its detections were matched in (never Auto)
    /// The aligned (truth, detected) code points of its misread matched words, 0 for none (see alignCharacters).
    std::vector<std::pair<char32_t, char32_t>> confusions;
};

/// The counts of one bin of one dimension: height, aspect, rotation, text_length, script (of each region, as in
/// the agreement report), batch and image_size (of the image: longer side "<640", "640-1280", "1280-2560",
/// ">=2560", "unknown").
struct SliceEvaluation {
    QString dimension;
    QString bin;
    DetectionCounts counts;
};

/// One batch's counts, the batches in import order (by their first image's time added, then id).
struct BatchEvaluation {
    QString batch;
    ImageId firstImage = 0;
    std::int64_t firstAddedAt = 0;
    DetectionCounts counts;
};

/// (ground-truth character, detected character) -> count over the aligned matched words. An empty `detected` is a
/// deletion (the model dropped the character), an empty `truth` an insertion.
struct CharConfusion {
    QString truth;
    QString detected;
    long long count = 0;
};

struct DetectionEvalReport {
    QString groundTruthName;
    QString detectionName;
    DetectionEvalOptions options;
    DetectionCounts totals; // summed over images, then divided (not a mean of per-image figures)
    /// The script's average precision (compute_ap): every care detection of the run highest confidence first (ties
    /// in image, then file order), the precision at each true positive summed and divided by the care ground truth.
    /// NaN unless the detections were matched by confidence and every care detection has one.
    double averagePrecision = 0;
    std::vector<ImageSummary> perImage; // in input order
    std::vector<SliceEvaluation> perSlice; // dimension by dimension, bins in display order; empty bins left out
    std::vector<BatchEvaluation> perBatch;
    std::vector<ScoredDetection> scored; // care detections with a confidence, highest confidence first
    std::vector<CharConfusion> confusions; // most frequent first, then by truth and detected text
};

/// The per-image kernel of the ICDAR 2015 protocol (RRC task 4.1 script): detections inside don't-care regions are
/// set aside, the rest matched one to one above the IoU (greedily in options.order: see DetectionOrder); recognition
/// figures come from the matched pairs. Pure and thread-safe. What a canvas overlay of one image needs.
ImageEvaluation evaluateImage(const EvalImage& image, const DetectionEvalOptions& options = {});

/// The same evaluation with everything the image adds to a report (slices, confidences, confusions), for
/// DetectionEvalAccumulator. Pure and thread-safe.
ImageOutcome evaluateImageOutcome(const EvalImage& image, const DetectionEvalOptions& options);

/// Called on the calling thread with each image and its evaluation, in image order, while an evaluation runs (for
/// output that lists every image's matches without keeping them); false stops the evaluation.
using ImageEvaluationObserver = std::function<bool(const EvalImage&, const ImageEvaluation&)>;

/// Scores the detections against the ground truth image by image (evaluateImageOutcome on all cores through
/// lector::parallelMap, DetectionOrder::Auto settled for the whole input first) and merges the images in input order
/// (DetectionEvalAccumulator), so that every figure is the same whatever the number of threads. Thread-safe.
DetectionEvalReport evaluateDetections(const DetectionEvalInput& input, const DetectionEvalOptions& options = {});

/// The same for a worker thread: reports images done to `progress` (from the calling thread) and stops early with
/// ErrorCode::Canceled once it is canceled.
Result<DetectionEvalReport> evaluateDetections(
    const DetectionEvalInput& input, const DetectionEvalOptions& options, Progress& progress);

/// The same over a source read a chunk at a time: never holds more than two chunks of images and a few outcomes
/// per thread. Progress (images done of source.imageCount()) goes to `progress` from the calling thread;
/// ErrorCode::Canceled once it is canceled; a read error of the source or an observer returning false stops it
/// (the latter with ErrorCode::Canceled too). The source is read on the calling thread only. DetectionOrder::Auto
/// is settled before the first image by source.everyDetectionHasConfidence().
Result<DetectionEvalReport> evaluateDetections(EvalImageSource& source, const DetectionEvalOptions& options,
    Progress* progress = nullptr, const ImageEvaluationObserver& observer = {});

/// The summary of one image by its id (what a panel lists for the current image); nullptr when the image was not
/// evaluated (the ground truth did not label it).
const ImageSummary* findImageEvaluation(const DetectionEvalReport& report, ImageId image);

/// The images with a care ground-truth word or detection in a slice (`dimension` and `bin` as in SliceEvaluation),
/// in report order. For batch and image_size, the images of that batch or size with any care region.
std::vector<ImageId> imagesInSlice(const DetectionEvalReport& report, const QString& dimension, const QString& bin);

/// The number of a region slice bin: the bins of regionDimensions() laid end to end (-1 for an unknown pair).
int regionSliceKey(const QString& dimension, const QString& bin);

/// Confidence histogram of the care detections: `bins` equal bins over [0, 1] (a confidence of 1 falls in the last).
struct ConfidenceBin {
    double lower = 0;
    double upper = 0;
    long long matched = 0;
    long long unmatched = 0;
};
std::vector<ConfidenceBin> confidenceHistogram(const DetectionEvalReport& report, int bins = 20);

/// Precision and recall when only detections at or above each threshold are kept. The matches are those of the
/// full evaluation (as the script's AP takes them: by confidence when the run has them all, see DetectionOrder),
/// not re-matched per threshold; detections without a confidence are left out. One pass over the sorted
/// confidences. One point per distinct confidence, highest threshold first; `maxPoints` > 1 thins the list evenly
/// (always keeping the last point).
struct ThresholdPoint {
    double threshold = 0;
    long long detections = 0; // care detections kept (with a confidence at or above the threshold)
    long long matched = 0;
    double precision = 0;
    double recall = 0;
    double hmean = 0;
};
std::vector<ThresholdPoint> precisionRecallCurve(const DetectionEvalReport& report, int maxPoints = 0);

/// The threshold of the curve with the highest H-mean (the first one on ties); a default point when empty.
ThresholdPoint bestThreshold(const std::vector<ThresholdPoint>& curve);
/// The same over the report's full curve, without building it (bestThreshold(precisionRecallCurve(report))).
ThresholdPoint bestThreshold(const DetectionEvalReport& report);

/// The edit operations aligning a ground-truth text with a detected one (one optimal Levenshtein alignment over
/// code points), equal characters left out. Exposed for tests.
std::vector<CharConfusion> alignCharacters(const QString& truth, const QString& detected);

/// Size bin of an image by its longer side ("<640", "640-1280", "1280-2560", ">=2560"; "unknown" without a size).
QString imageSizeBin(int width, int height);

} // namespace lector
