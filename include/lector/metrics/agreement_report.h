// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/metrics/krippendorff_alpha.h>
#include <lector/store/types.h>

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace lector {

struct AgreementOptions {
    double iouThreshold = 0.5; // two annotators' regions at or above this IoU can be matched
    int threads = 0; // as ParallelOptions::threads: 0 every core, 1 the calling thread only
    int chunk = 256; // images read and matched per step; memory holds about two chunks of images
};

/// One annotator's region with the guideline version in force when it was drawn.
struct AgreementRegion {
    Region region;
    int guidelineVersion = 0;
};

/// One image: every annotator who labeled it (key present, even with no regions) and their regions.
struct AgreementImage {
    ImageId id = 0;
    QString batch;
    std::map<QString, std::vector<AgreementRegion>> byAnnotator;
};

/// What the agreement report reads: in memory, so that it can be computed (and benchmarked) without a store.
struct AgreementInput {
    std::vector<AgreementImage> images;
};

/// Matching figures of an annotator pair, a before b by name. Neither is the reference: the figures are symmetric
/// (precision and recall trade places, the rest stay) so that renaming an annotator changes none of them. Counts
/// are summed over the images both labeled.
/// In a slice, regionsA/matched count a's regions in the slice and regionsB/matchedB b's regions in it, so that
/// precision and recall each look at their own side; overall, matched == matchedB.
struct PairFigures {
    QString a;
    QString b;
    int images = 0;
    long long regionsA = 0;
    long long regionsB = 0;
    long long matched = 0;
    long long matchedB = 0;
    double iouSum = 0; // over matched pairs
    long long textEqual = 0; // matched pairs with exactly the same transcription
    long long editDistance = 0; // of the matched transcriptions, in code points
    long long lengthA = 0; // code points of a's matched transcriptions
    long long lengthB = 0; // code points of b's matched transcriptions

    double precision() const; // matchedB / regionsB
    double recall() const; // matched / regionsA
    double f1() const;
    double meanIoU() const;
    double textAgreement() const; // textEqual / matched
    /// editDistance over the mean length of the two sides, (lengthA + lengthB) / 2: eval's CER divides by the
    /// ground truth's length, and a pair has no ground truth. Equal to editDistance / lengthA when the lengths are.
    double cer() const;
    void add(const PairFigures& other);
};

struct ImageAgreement {
    ImageId image = 0;
    QString batch;
    std::vector<PairFigures> pairs;
};

/// The pair figures restricted to one bin of one dimension (height, aspect, rotation, text_length, script, batch,
/// guideline_version), and pooled over the pairs.
struct SliceFigures {
    QString dimension;
    QString bin;
    int guidelineVersion = -1; // in perVersionSlice: the version the regions were drawn under; else -1
    std::vector<PairFigures> pairs;
    PairFigures pooled;
    std::vector<ImageId> images; // images with a region in the slice, ascending (perSlice and perGuidelineVersion)
};

struct AgreementReport {
    int images = 0; // images at least two annotators labeled
    double iouThreshold = 0.5;
    QStringList annotators; // sorted by name
    std::vector<PairFigures> pairs; // a < b by name
    std::vector<ImageAgreement> perImage;
    int units = 0; // clusters of regions matched across annotators, with at least two members
    AlphaResult alphaText; // nominal over the units' transcriptions
    AlphaResult alphaGeometry; // distance 1 − IoU over the units' polygons
    double kappaIllegible = 0; // Fleiss over the units, flag set or not; NaN when undefined
    double kappaDontCare = 0;
    std::vector<SliceFigures> perSlice;
    std::vector<SliceFigures> perGuidelineVersion;
    /// Each slice of perSlice (batch excepted) again for each guideline version, so that the dashboard can show
    /// agreement before and after a version on the slices the version was about. Bins with no region are left out.
    std::vector<SliceFigures> perVersionSlice;
    bool canceled = false; // computeAgreement stopped early: the figures are incomplete
};

/// The figures of `dimension`/`bin` under guideline version `version` in perVersionSlice; nullptr when absent.
const SliceFigures* versionSlice(
    const AgreementReport& report, int version, const QString& dimension, const QString& bin);
/// Images where `a` and `b` both labeled (from perImage), worst F1 of the pair first.
std::vector<ImageId> imagesOfPair(const AgreementReport& report, const QString& a, const QString& b);
/// Images `annotator` labeled along with someone else, worst pooled F1 of their pairs first.
std::vector<ImageId> imagesOfAnnotator(const AgreementReport& report, const QString& annotator);

/// The slice bins of one region (what perSlice groups by), exposed for tests and the dashboard.
QString heightBin(const Polygon& polygon);
QString aspectBin(const Polygon& polygon);
QString rotationBin(const Polygon& polygon);
QString textLengthBin(const QString& text);
/// "latin", "hangul", "digits", "symbols", "mixed", "other" or "empty"; punctuation next to letters of a single
/// script keeps that script ("Hello," is latin).
QString scriptBin(const QString& text);
/// The bin of `region` in a geometric or textual dimension (height, aspect, rotation, text_length, script); empty
/// for any other dimension.
QString regionBin(const QString& dimension, const Region& region);
/// Those dimensions, in display order.
QStringList regionDimensions();
/// A slice dimension's name for a person ("box height" for "height"), in the interface's language: the region
/// dimensions, and batch, guideline_version and image_size; any other is returned as it is.
QString sliceDimensionLabel(const QString& dimension);
/// A bin's name for a person: the script bins ("latin", "hangul", …) in the interface's language; a bin that is a
/// range, a batch or a version is returned as it is.
QString sliceBinLabel(const QString& dimension, const QString& bin);
/// The bins of one of those dimensions, in display order.
QStringList regionBins(const QString& dimension);

class AgreementSource;

/// Matches every pair of annotators on every image (optimal one-to-one by IoU, see matchRegions), clusters the
/// matches across annotators into units for alpha and kappa, and sums the figures, overall and by slice. A
/// per-image kernel runs on all cores (parallelMap) over a chunk of images while the calling thread merges the
/// results in image order and reads the next chunk from `source`: memory holds two chunks of images and the
/// report, never every image's regions, units or overlaps, and the figures do not depend on the threads or the
/// chunks. Every call to the source and to `progress`'s report() is on the calling thread.
/// `progress` (optional) gets images done out of source.imageCount(); a cancel gives ErrorCode::Canceled, a
/// failed read the source's error.
Result<AgreementReport> computeAgreement(
    AgreementSource& source, const AgreementOptions& options = {}, Progress* progress = nullptr);

/// The same over images in memory (through AgreementInputSource). Pure and thread-safe. A cancel through
/// `progress` returns the figures so far with canceled set.
AgreementReport computeAgreement(
    const AgreementInput& input, const AgreementOptions& options = {}, Progress* progress = nullptr);

} // namespace lector
