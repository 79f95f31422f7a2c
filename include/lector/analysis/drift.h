// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/image/image_properties.h>
#include <lector/store/types.h>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <vector>

namespace lector {

class ProjectStore;

/// One side of a drift comparison: the images of an import batch, or the images added within a range of UTC days
/// (both days included).
struct DriftSelection {
    QString batch; // non-empty: the images of this batch
    std::int64_t fromMs = 0; // batch empty: images with fromMs <= added_at < toMs
    std::int64_t toMs = 0;

    /// "batch-3", or "2026-03-01..2026-03-05".
    QString label() const;
};

/// "NAME" or "batch:NAME" (a batch), "YYYY-MM-DD..YYYY-MM-DD" (a range of days). InvalidArgument naming the text
/// when a range is malformed or ends before it starts.
Result<DriftSelection> parseDriftSelection(const QString& text);

enum class DriftKind { Continuous, Categorical };
/// The drift score a property is judged by. Evidently's automatic choice: a baseline of at most
/// DriftOptions::smallSample values gets a test (KS for a continuous property with more than five distinct values,
/// chi-squared otherwise), a larger one a distance (Wasserstein normed by the baseline's deviation, Jensen-Shannon
/// for categories and for continuous properties with five distinct values or fewer); None when a side has too few
/// values to judge, or when both sides hold one and the same value (Evidently would count such a column as not
/// drifted; left out here, it does not water down the dataset's share of drifted properties).
enum class DriftMethod { None, KolmogorovSmirnov, ChiSquared, Wasserstein, JensenShannon };
QString driftMethodName(DriftMethod method); // "ks", "chi-squared", "wasserstein", "jensen-shannon", "none"

struct DriftOptions {
    double pValueThreshold = 0.05; // a test says drift below it (Evidently: confidence 0.95)
    double distanceThreshold = 0.1; // a distance says drift at or above it (Evidently's default for both)
    std::int64_t smallSample = 1000; // Evidently: a baseline of at most this many values is tested, not measured
    double psiThreshold = 0.2; // deepchecks' drift-score limit, "the industry standard for PSI"
    double datasetDriftShare = 0.5; // Evidently's DatasetDriftMetric: this share of drifted properties or more
    std::int64_t minValues = 10; // fewer on a side: not judged (deepchecks' min_samples)
    int psiBins = 10; // baseline quantile bins for a continuous property's PSI (fewer for a small baseline: at
                      // least ten values a bin), shares floored at deepchecks' 0.01
    int histogramBins = 20; // equal-width bins over the pooled 0.5-99.5 % range, for display
    int topCategories = 12; // categories shown (the rest as "other")
    int topCharacters = 30; // characters compared (the rest pooled as "other")
    QString annotator; // only this annotator's labels; empty: every annotator's (consensus left out)
    QString run; // the prediction run whose confidence is compared; empty: the newest run
    int labelReaders = 0; // label readers, each on its own connection; 0: one per 200,000 labels, up to the cores
};

/// One property compared. Continuous properties keep both sides' means and medians; every property its histogram
/// of both sides on the same bins (shares), its PSI, every test and distance that applies (for the record), and
/// the one that judges it (`method`, `score`, `threshold`, `drifted`).
struct PropertyDrift {
    QString key; // "brightness", "box_height", "script", ... (the same in every language)
    QString label; // "brightness", "box height": short, for a table's row, in the interface's language
    QString title; // "Brightness (0-255)", in the interface's language
    QString group; // "image", "labels", "predictions"
    DriftKind kind = DriftKind::Continuous;
    std::int64_t baselineCount = 0;
    std::int64_t currentCount = 0;
    double baselineMean = 0, currentMean = 0, baselineMedian = 0, currentMedian = 0;
    DriftMethod method = DriftMethod::None;
    double score = 0; // the p-value of a test, or the distance
    double threshold = 0;
    bool drifted = false;
    double statistic = 0; // KS D or chi-squared
    double pValue = 0; // of KS (continuous) or chi-squared (categorical)
    double distance = 0; // normed Wasserstein (continuous) or Jensen-Shannon (categorical)
    double psi = 0;
    bool psiDrifted = false;
    QStringList bins; // histogram bin labels, in display order
    std::vector<double> binEdges; // continuous: bins.size() + 1 edges
    std::vector<double> baselineShares;
    std::vector<double> currentShares;
    QString note; // why it was not judged

    bool judged() const { return method != DriftMethod::None; }
    /// "KS p = 0.0012 < 0.05" or "Wasserstein (normed) 0.31 ≥ 0.1".
    QString verdict() const;
};

/// Compares the values of a continuous property (pure; what the report's properties are made of).
PropertyDrift compareContinuous(
    const std::vector<double>& baseline, const std::vector<double>& current, const DriftOptions& options = {});
/// Compares the counts of a categorical property; categories absent from both are ignored.
PropertyDrift compareCategorical(const std::map<QString, std::int64_t>& baseline,
    const std::map<QString, std::int64_t>& current, const DriftOptions& options = {});

/// An image whose properties could not be measured (missing, no longer decoding): left out of the report.
struct DriftProblem {
    ImageId image = 0;
    QString path;
    QString message;
};

/// A drift report: every property of both sides compared, and the dataset-level verdict (Evidently's: drift when
/// at least DriftOptions::datasetDriftShare of the judged properties drifted).
struct DriftReport {
    DriftSelection baseline, current;
    std::int64_t baselineImages = 0, currentImages = 0;
    std::vector<ImageId> baselineIds, currentIds; // ascending: what a panel shows when asked for a side's images
    QString run; // the prediction run compared; empty when the project has none
    std::vector<PropertyDrift> properties;
    int judged = 0;
    int drifted = 0;
    double driftShare = 0;
    bool datasetDrift = false;
    std::int64_t measured = 0; // images measured by this report (the others were read from the store)
    std::vector<DriftProblem> problems;
    double datasetDriftShareThreshold = 0.5;

    const PropertyDrift* property(const QString& key) const;
    /// "Dataset drift: 7 of 13 properties drifted (share 0.54 ≥ 0.5)", or "No dataset drift: ...".
    QString verdict() const;
};

/// The property keys in report order: image (brightness, contrast, sharpness, skew, width, height), labels
/// (words_per_image, box_height, aspect_ratio, text_length, script, characters), predictions (confidence).
/// Continuous properties have one value per image, the label and prediction ones summed up over the image (words
/// per image averaged over its annotators, the median box height and aspect, the mean text length and
/// confidence): the words of one page share its font and layout, and compared word by word a batch of pages looks
/// like thousands of independent draws that any page-to-page difference sets apart. Script and characters are
/// counts over words and characters.
QStringList driftPropertyKeys();

/// Brings the stored image properties up to date for `images` (all when empty): images without stored properties,
/// or whose file changed, are measured on lector::parallelFor threads and committed in batches of 256, each one
/// transaction. Missing and undecodable images are returned as problems. Canceled: ErrorCode::Canceled. Returns
/// the properties of every image that has them, by image id, and counts what it measured in `measured`.
Result<std::map<ImageId, ImageProperties>> updateImageProperties(ProjectStore& store,
    const std::vector<ImageId>& images, std::vector<DriftProblem>* problems = nullptr, std::int64_t* measured = nullptr,
    Progress* progress = nullptr, int threads = 0);

/// Compares `current` with `baseline`: measures what is not measured yet (a write, unless the store is read-only:
/// then unmeasured images are left out and listed as problems), reads both sides' labels and the run's
/// confidences, and compares every property. NotFound naming the batch, annotator or run that the project lacks;
/// InvalidArgument when a side holds no image or both sides are the same. Canceled: ErrorCode::Canceled.
Result<DriftReport> computeDrift(ProjectStore& store, const DriftSelection& baseline, const DriftSelection& current,
    const DriftOptions& options = {}, Progress* progress = nullptr);

} // namespace lector
