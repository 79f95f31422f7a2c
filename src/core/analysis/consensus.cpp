// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/consensus.h>

#include <lector/analysis/dawid_skene.h>
#include <lector/core/parallel_for.h>
#include <lector/core/tr.h>
#include <lector/geometry/quad_geometry.h>
#include <lector/metrics/polygon_iou.h>
#include <lector/store/project_store.h>

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <set>
#include <unordered_map>

namespace lector {

namespace {

// Why the consensus works as it does (docs/consensus.md has the measurements):
// - Annotators differ in habits, not only in noise: one draws every box a few pixels loose. Matched through a
//   fixed IoU, a loose box and a tight one over a small word fall below 0.5 and the word splits into two clusters,
//   each "missing" someone. So each annotator's edge habit (the median distance of each edge from the others')
//   is measured first and taken out of their boxes before regions are linked and the box is voted.
// - Regions are linked over every pair of annotators at once, best overlap first (an annotator's region joins the
//   cluster it overlaps most, whoever drew that cluster's first region), never two regions of one annotator in
//   one cluster, so two words side by side never merge.
// - Whether a place is a word, and which reading is right, is a Dawid–Skene estimate: annotators who find more of
//   what the others find, and draw less that nobody else sees, count for more. A word is kept when P(word) is
//   above the quorum, so a word one careful annotator of two found is kept and a stray box of a careless one is
//   not.
// - A conflict the measured majority decides clearly (each of its questions at settleConfidence or more) is
//   settled as the consensus's decision; what is left needs a person.

constexpr double kSigmaFloor = 0.25; // pixels: mouse-drawn corners are quarter pixels at best
constexpr int kHabitRounds = 8;
constexpr double kHabitStep = 0.01; // pixels: the habit rounds stop once no edge bias moves by more
constexpr double kFirstPassShare = 0.6; // of iouThreshold, before habits are known: a loose small box is linked too
constexpr double kMaxCorrection = 0.25; // of a box's side: a correction never eats more of it
constexpr double kGeometryA = 4; // Beta pseudo-counts of geometryAgreement (mode 0.75, as the Dawid–Skene priors)
constexpr double kGeometryB = 2;
constexpr double kFragmentShare = 0.5; // of the smaller box inside a likelier word: a fragment of it

QString normalized(const QString& text) { return text.simplified(); }

double logit(double p) { return std::log(p / (1 - p)); }

double sigmoid(double x) { return 1 / (1 + std::exp(-x)); }

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/// Clockwise from the top-left corner, so that corner i (and edge i) means the same in every quad; polygons that
/// are not quads as their bounding box.
Polygon votingQuad(const Polygon& p)
{
    return quadgeometry::normalized(p.isQuad() ? p : Polygon::fromBox(p.boundingBox()));
}

double distance(const PointF& a, const PointF& b) { return std::hypot(a.x - b.x, a.y - b.y); }

/// The quad with the annotator's edge habit taken out, each correction at most kMaxCorrection of the side it moves.
Polygon withoutHabit(const Polygon& quad, const AnnotatorModel* model)
{
    if (!model || !quad.isQuad() || quad.signedArea() <= 0)
        return quad;
    const auto& bias = model->edgeBias;
    if (std::all_of(bias.begin(), bias.end(), [](double b) { return b == 0; }))
        return quad;
    const double width = (distance(quad.points[0], quad.points[1]) + distance(quad.points[3], quad.points[2])) / 2;
    const double height = (distance(quad.points[0], quad.points[3]) + distance(quad.points[1], quad.points[2])) / 2;
    std::array<double, 4> offsets {};
    for (std::size_t e = 0; e < 4; ++e) {
        const double side = e % 2 ? width : height; // top and bottom move along the height
        const double limit = kMaxCorrection * side;
        offsets[e] = -std::clamp(bias[e], -limit, limit);
    }
    return quadgeometry::offsetEdges(quad, offsets);
}

/// One region as the clustering sees it.
struct Placed {
    int slot = 0; // its annotator's list on the image
    std::size_t index = 0; // in that list
    Polygon shape; // what IoU is measured on: the habit taken out of quads, other polygons as drawn
    Polygon quad; // what is voted: shape as a clockwise quad from the top-left
    BoxF box;
};

/// An image's regions and the clusters linking them (indices into placed, in slot order).
struct LinkedImage {
    std::vector<Placed> placed;
    std::vector<std::vector<std::size_t>> clusters;
};

/// The model of each slot (annotator list) of an image; nullptr for an unknown annotator.
std::vector<const AnnotatorModel*> slotModels(
    const std::vector<std::vector<Annotation>>& byAnnotator, const ConsensusModel& model)
{
    std::vector<const AnnotatorModel*> out;
    out.reserve(byAnnotator.size());
    for (const auto& regions : byAnnotator)
        out.push_back(regions.empty() ? nullptr : model.find(regions.front().annotator));
    return out;
}

double sigmaOf(const AnnotatorModel* m) { return m ? std::max(m->geometrySigma, kSigmaFloor) : 1.0; }

/// An annotator's say in the voted box: the inverse variance of their edges.
double slotWeight(const AnnotatorModel* m) { return 1 / (sigmaOf(m) * sigmaOf(m)); }

std::uint64_t pairKey(std::size_t a, std::size_t b)
{
    return (static_cast<std::uint64_t>(std::min(a, b)) << 32) | static_cast<std::uint64_t>(std::max(a, b));
}

/// Every pair of regions of two annotators whose boxes touch, with its IoU; sweeps the regions by left edge.
std::unordered_map<std::uint64_t, double> overlaps(const std::vector<Placed>& placed)
{
    std::vector<std::size_t> order(placed.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return placed[a].box.x0 < placed[b].box.x0 || (placed[a].box.x0 == placed[b].box.x0 && a < b);
    });
    std::unordered_map<std::uint64_t, double> out;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Placed& a = placed[order[i]];
        for (std::size_t j = i + 1; j < order.size() && placed[order[j]].box.x0 <= a.box.x1; ++j) {
            const Placed& b = placed[order[j]];
            if (a.slot == b.slot || b.box.y0 > a.box.y1 || a.box.y0 > b.box.y1)
                continue;
            const double iou = polygonIoU(a.shape, b.shape);
            if (iou > 0)
                out.emplace(pairKey(order[i], order[j]), iou);
        }
    }
    return out;
}

/// Links the regions of an image: pairs at `threshold` or more, best first (ties by region order), join two
/// clusters when no annotator is in both and their regions overlap by `threshold` on average (all pairs between
/// them, untouched ones as 0), so that one loose box does not chain two words together.
LinkedImage linkImage(const std::vector<std::vector<Annotation>>& byAnnotator,
    const std::vector<const AnnotatorModel*>& models, double threshold)
{
    LinkedImage out;
    for (std::size_t slot = 0; slot < byAnnotator.size(); ++slot) {
        for (std::size_t i = 0; i < byAnnotator[slot].size(); ++i) {
            Placed p;
            p.slot = static_cast<int>(slot);
            p.index = i;
            const Polygon& drawn = byAnnotator[slot][i].region.polygon;
            p.shape = drawn.isQuad() ? withoutHabit(votingQuad(drawn), models[slot]) : drawn;
            p.quad = votingQuad(p.shape);
            p.box = p.shape.boundingBox();
            out.placed.push_back(std::move(p));
        }
    }
    const auto ious = overlaps(out.placed);
    struct Pair {
        double iou;
        std::size_t a;
        std::size_t b;
    };
    std::vector<Pair> pairs;
    for (const auto& [key, iou] : ious) {
        if (iou >= threshold)
            pairs.push_back({ iou, static_cast<std::size_t>(key >> 32), static_cast<std::size_t>(key & 0xffffffffu) });
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
        return x.iou > y.iou || (x.iou == y.iou && (x.a < y.a || (x.a == y.a && x.b < y.b)));
    });
    std::vector<std::size_t> clusterOf(out.placed.size());
    std::iota(clusterOf.begin(), clusterOf.end(), 0);
    std::vector<std::vector<std::size_t>> clusters(out.placed.size());
    for (std::size_t i = 0; i < clusters.size(); ++i)
        clusters[i] = { i };
    const auto iouOf = [&](std::size_t a, std::size_t b) {
        const auto it = ious.find(pairKey(a, b));
        return it == ious.end() ? 0.0 : it->second;
    };
    for (const Pair& p : pairs) {
        const std::size_t ca = clusterOf[p.a];
        const std::size_t cb = clusterOf[p.b];
        if (ca == cb)
            continue;
        double sum = 0;
        bool shared = false;
        for (const std::size_t x : clusters[ca]) {
            for (const std::size_t y : clusters[cb]) {
                shared = shared || out.placed[x].slot == out.placed[y].slot;
                sum += iouOf(x, y);
            }
        }
        if (shared || sum < threshold * static_cast<double>(clusters[ca].size() * clusters[cb].size()))
            continue;
        const std::size_t into = std::min(ca, cb);
        const std::size_t from = std::max(ca, cb);
        for (const std::size_t x : clusters[from]) {
            clusterOf[x] = into;
            clusters[into].push_back(x);
        }
        clusters[from].clear();
    }
    for (auto& c : clusters) {
        if (c.empty())
            continue;
        // In annotator order; placed is in (slot, index) order, so sorting the indices is enough.
        std::sort(c.begin(), c.end());
        out.clusters.push_back(std::move(c));
    }
    // Clusters in the order of their first region: the first annotator's regions as they drew them, then the rest.
    std::sort(out.clusters.begin(), out.clusters.end(),
        [](const std::vector<std::size_t>& x, const std::vector<std::size_t>& y) { return x.front() < y.front(); });
    return out;
}

/// The Dawid–Skene parameters of each slot.
std::vector<DawidSkeneAnnotator> slotCoins(const std::vector<const AnnotatorModel*>& models)
{
    std::vector<DawidSkeneAnnotator> out;
    const AnnotatorModel neutral;
    for (const AnnotatorModel* m : models) {
        const AnnotatorModel& a = m ? *m : neutral;
        out.push_back({ a.sensitivity, a.falsePositive, a.readingAccuracy });
    }
    return out;
}

/// A cluster's readings (text and flags), in member order, and each member's.
struct Readings {
    std::vector<std::pair<QString, std::uint32_t>> distinct;
    std::vector<int> ofMember;
};

Readings readingsOf(const std::vector<const Annotation*>& members)
{
    Readings r;
    for (const Annotation* a : members) {
        const std::pair<QString, std::uint32_t> reading { normalized(a->region.text), a->region.flags };
        auto it = std::find(r.distinct.begin(), r.distinct.end(), reading);
        if (it == r.distinct.end()) {
            r.distinct.push_back(reading);
            it = r.distinct.end() - 1;
        }
        r.ofMember.push_back(static_cast<int>(it - r.distinct.begin()));
    }
    return r;
}

/// The votes of everyone who labeled the image on one cluster: each slot, with its member's reading or -1.
DawidSkeneItem itemOf(const LinkedImage& image, const std::vector<std::size_t>& cluster, const Readings& readings,
    std::size_t slotCount, const std::vector<int>& annotatorOfSlot)
{
    DawidSkeneItem item;
    item.readings = static_cast<int>(readings.distinct.size());
    std::vector<int> readingOfSlot(slotCount, -1);
    for (std::size_t m = 0; m < cluster.size(); ++m)
        readingOfSlot[static_cast<std::size_t>(image.placed[cluster[m]].slot)] = readings.ofMember[m];
    for (std::size_t s = 0; s < slotCount; ++s) {
        if (annotatorOfSlot[s] >= 0) // -1: a list without regions, whose annotator is unknown
            item.votes.push_back({ annotatorOfSlot[s], readingOfSlot[s] });
    }
    return item;
}

QString percent(double p) { return QString::number(p, 'f', 3); }

/// True when every edge of `quad` lies within three standard deviations of `reference`'s: the annotator's own noise
/// and the reference's standard error `referenceError` together. A box further off is a different opinion of the
/// word's extent (an upright box on a rotated page, a box over two words), not noise.
bool consistentWith(const Polygon& quad, const AnnotatorModel* model, const Polygon& reference, double referenceError)
{
    const double sigma = sigmaOf(model);
    const double limit = 3 * std::sqrt(sigma * sigma + referenceError * referenceError);
    const auto offsets = quadgeometry::edgeOffsets(quad, reference);
    return std::all_of(offsets.begin(), offsets.end(), [&](double o) { return std::abs(o) <= limit; });
}

double normalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

/// P(the voted box overlaps the word's true box by `lowIoU` or more). Two things can make it wrong: a box that is
/// a different opinion outweighing the voted one (members within their noise of the vote against those further
/// off, each weighing log(p/(1-p)) of their geometryAgreement p, as the readings are voted), and the vote's own
/// noise: its edges' standard error s from the consistent members (1/sqrt(sum 1/sigma^2)) against the box's size.
/// To first order 1 - IoU = (|e_left| + |e_right|) / W + (|e_top| + |e_bottom|) / H for edge errors e, whose mean
/// and spread follow from |e| being half-normal, and the normal approximation gives P(1 - IoU <= 1 - lowIoU).
double boxConfidence(const LinkedImage& image, const std::vector<std::size_t>& cluster,
    const std::vector<const AnnotatorModel*>& models, const Polygon& voted, double lowIoU)
{
    double precision = 0;
    for (const std::size_t m : cluster)
        precision += slotWeight(models[static_cast<std::size_t>(image.placed[m].slot)]);
    const double voteError = 1 / std::sqrt(precision);
    double odds = 0;
    double consistentPrecision = 0;
    for (const std::size_t m : cluster) {
        const AnnotatorModel* model = models[static_cast<std::size_t>(image.placed[m].slot)];
        const double g = logit(model ? model->geometryAgreement : AnnotatorModel().geometryAgreement);
        if (consistentWith(image.placed[m].quad, model, voted, voteError)) {
            odds += g;
            consistentPrecision += slotWeight(model);
        } else {
            odds -= g;
        }
    }
    if (consistentPrecision == 0)
        return 0;
    const double s = 1 / std::sqrt(consistentPrecision);
    const double width = (distance(voted.points[0], voted.points[1]) + distance(voted.points[3], voted.points[2])) / 2;
    const double height = (distance(voted.points[0], voted.points[3]) + distance(voted.points[1], voted.points[2])) / 2;
    if (!(width > 0 && height > 0))
        return 0;
    const double meanLoss = s * std::sqrt(2 / M_PI) * 2 * (1 / width + 1 / height);
    const double spreadLoss
        = s * std::sqrt(1 - 2 / M_PI) * std::sqrt(2 * (1 / (width * width) + 1 / (height * height)));
    return sigmoid(odds) * normalCdf((1 - lowIoU - meanLoss) / spreadLoss);
}

/// Votes one linked cluster: reading and existence by Dawid–Skene with the slots' estimates, the box as the
/// weighted per-corner median of the members' (habits taken out), and the conflict it is, if any.
ConsensusCluster voteCluster(const LinkedImage& image, const std::vector<std::size_t>& cluster,
    const std::vector<std::vector<Annotation>>& byAnnotator, const std::vector<const AnnotatorModel*>& models,
    const ConsensusOptions& options, double prior)
{
    ConsensusCluster c;
    std::vector<const Annotation*> members;
    std::vector<Polygon> quads;
    std::vector<double> weights;
    for (const std::size_t i : cluster) {
        const Placed& p = image.placed[i];
        members.push_back(&byAnnotator[static_cast<std::size_t>(p.slot)][p.index]);
        c.members.push_back(*members.back());
        quads.push_back(p.quad);
        weights.push_back(slotWeight(models[static_cast<std::size_t>(p.slot)]));
    }
    const std::size_t k = byAnnotator.size();
    const int n = static_cast<int>(members.size());
    for (std::size_t i = 0; i < cluster.size(); ++i) {
        for (std::size_t j = i + 1; j < cluster.size(); ++j)
            c.minIoU = std::min(c.minIoU, polygonIoU(image.placed[cluster[i]].shape, image.placed[cluster[j]].shape));
    }
    const Readings readings = readingsOf(members);
    std::vector<int> slotIndex(k);
    std::iota(slotIndex.begin(), slotIndex.end(), 0);
    const DawidSkeneItem item = itemOf(image, cluster, readings, k, slotIndex);
    std::vector<double> posterior;
    scoreDawidSkeneItem(item, prior, slotCoins(models), &c.word, &posterior);
    // The likeliest reading; of equally likely ones the first in member (annotator) order.
    const std::size_t voted
        = static_cast<std::size_t>(std::max_element(posterior.begin(), posterior.end()) - posterior.begin());
    c.readingConfidence = posterior[voted];
    const auto& [text, flags] = readings.distinct[voted];
    const Polygon box = weightedMedianQuad(quads, weights);

    std::set<QString> texts;
    std::set<std::uint32_t> flagSets;
    int agreeing = 0;
    for (std::size_t m = 0; m < members.size(); ++m) {
        texts.insert(readings.distinct[static_cast<std::size_t>(readings.ofMember[m])].first);
        flagSets.insert(members[m]->region.flags);
        agreeing += readings.ofMember[m] == static_cast<int>(voted);
    }
    c.geometryConfidence = boxConfidence(image, cluster, models, box, options.lowIoU);
    if (n < static_cast<int>(k))
        c.kinds << QStringLiteral("missing");
    if (c.minIoU < options.lowIoU)
        c.kinds << QStringLiteral("geometry");
    if (texts.size() > 1)
        c.kinds << QStringLiteral("text");
    if (flagSets.size() > 1)
        c.kinds << QStringLiteral("flags");
    // Share of the image's annotators who did not give the voted region (missing or different), plus how far
    // the least-overlapping pair is from a perfect match.
    c.severity
        = k > 0 ? static_cast<double>(static_cast<int>(k) - agreeing) / static_cast<double>(k) + (1 - c.minIoU) : 0;
    if (c.kinds.isEmpty())
        c.severity = 0;
    c.hasConsensus = c.word > options.quorum;
    c.consensus.polygon = box;
    c.consensus.text = text;
    c.consensus.flags = flags;
    for (std::size_t m = 0; m < members.size(); ++m) {
        if (readings.ofMember[m] == static_cast<int>(voted)) {
            c.consensus.script = members[m]->region.script;
            break;
        }
    }
    return c;
}

/// Words do not overlap: a place whose box lies half or more inside the box of a likelier word (a split half, a
/// sign boxed apart from its price, a box over two words, a duplicate that failed to link) is no word itself,
/// however many drew it. Likeliest first; ties in cluster order.
void suppressFragments(std::vector<ConsensusCluster>& clusters)
{
    std::vector<std::size_t> order(clusters.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return clusters[a].word > clusters[b].word; });
    std::vector<std::size_t> kept;
    for (const std::size_t i : order) {
        ConsensusCluster& c = clusters[i];
        const Polygon& box = c.consensus.polygon;
        const BoxF bounds = box.boundingBox();
        const double area = box.area();
        for (const std::size_t k : kept) {
            const Polygon& other = clusters[k].consensus.polygon;
            const BoxF b = other.boundingBox();
            if (b.x0 >= bounds.x1 || bounds.x0 >= b.x1 || b.y0 >= bounds.y1 || bounds.y0 >= b.y1)
                continue;
            if (polygonIntersectionArea(box, other) >= kFragmentShare * std::min(area, other.area())) {
                c.fragmentOf = static_cast<int>(k);
                c.hasConsensus = false;
                break;
            }
        }
        if (c.hasConsensus)
            kept.push_back(i);
    }
}

/// What the majority decides of a conflict: is it a word; if so, which reading and which box (when those are in
/// question).
void decide(ConsensusCluster& c, const std::vector<ConsensusCluster>& image, const ConsensusOptions& options)
{
    if (c.kinds.isEmpty())
        return;
    // A fragment is no word exactly when the word it lies in is one.
    const double existence = c.fragmentOf >= 0 ? image[static_cast<std::size_t>(c.fragmentOf)].word
        : c.hasConsensus                       ? c.word
                                               : 1 - c.word;
    const bool readingAsked
        = c.hasConsensus && (c.kinds.contains(QStringLiteral("text")) || c.kinds.contains(QStringLiteral("flags")));
    const bool boxAsked = c.hasConsensus && c.kinds.contains(QStringLiteral("geometry"));
    c.decided = existence >= options.settleConfidence
        && (!readingAsked || c.readingConfidence >= options.settleConfidence)
        && (!boxAsked || c.geometryConfidence >= options.settleConfidence);
    if (c.fragmentOf >= 0)
        c.verdict = Core::tr("majority: no word, inside the word \"%1\" (P %2)")
                        .arg(image[static_cast<std::size_t>(c.fragmentOf)].consensus.text, percent(existence));
    else if (!c.hasConsensus)
        c.verdict = Core::tr("majority: no word (P %1)").arg(percent(existence));
    else {
        c.verdict = Core::tr("majority: word (P %1)").arg(percent(existence));
        if (readingAsked)
            c.verdict += Core::tr(", reading \"%1\" (P %2)").arg(c.consensus.text, percent(c.readingConfidence));
        if (boxAsked)
            c.verdict += Core::tr(", box (P %1)").arg(percent(c.geometryConfidence));
    }
}

/// Every cluster of a linked image voted, fragments suppressed, conflicts decided.
std::vector<ConsensusCluster> voteImage(const LinkedImage& image,
    const std::vector<std::vector<Annotation>>& byAnnotator, const std::vector<const AnnotatorModel*>& models,
    const ConsensusOptions& options, double prior)
{
    std::vector<ConsensusCluster> out;
    out.reserve(image.clusters.size());
    for (const auto& cluster : image.clusters)
        out.push_back(voteCluster(image, cluster, byAnnotator, models, options, prior));
    suppressFragments(out);
    for (ConsensusCluster& c : out)
        decide(c, out, options);
    return out;
}

// ---- Measuring the annotators ----

/// One image's annotator lists and the index of each list's annotator in the model.
struct ImageInput {
    const std::vector<std::vector<Annotation>>* byAnnotator = nullptr;
    std::vector<int> annotatorOfSlot;
};

std::vector<LinkedImage> linkAll(const std::vector<ImageInput>& images, const ConsensusModel& model, double threshold)
{
    std::vector<LinkedImage> out(images.size());
    ParallelOptions parallel;
    parallelFor(images.size(), parallel, [&](std::size_t i, int) {
        out[i] = linkImage(*images[i].byAnnotator, slotModels(*images[i].byAnnotator, model), threshold);
    });
    return out;
}

/// One round of edge habits: each region's edges against the weighted median of the other members of its cluster
/// (their habits, as measured so far, taken out), per annotator the median per edge, the majority's as zero.
void measureHabits(const std::vector<ImageInput>& images, const std::vector<LinkedImage>& linked, ConsensusModel& model,
    int minSamples)
{
    const std::size_t people = model.annotators.size();
    std::vector<std::array<std::vector<double>, 4>> residuals(people);
    for (std::size_t i = 0; i < images.size(); ++i) {
        const auto& byAnnotator = *images[i].byAnnotator;
        const auto models = slotModels(byAnnotator, model);
        for (const auto& cluster : linked[i].clusters) {
            if (cluster.size() < 2)
                continue;
            for (const std::size_t self : cluster) {
                const Placed& p = linked[i].placed[self];
                const Polygon& drawn = byAnnotator[static_cast<std::size_t>(p.slot)][p.index].region.polygon;
                if (!drawn.isQuad())
                    continue;
                std::vector<Polygon> quads;
                std::vector<double> weights;
                for (const std::size_t other : cluster) {
                    if (other == self)
                        continue;
                    const Placed& o = linked[i].placed[other];
                    const Polygon& theirs = byAnnotator[static_cast<std::size_t>(o.slot)][o.index].region.polygon;
                    quads.push_back(
                        votingQuad(withoutHabit(votingQuad(theirs), models[static_cast<std::size_t>(o.slot)])));
                    weights.push_back(slotWeight(models[static_cast<std::size_t>(o.slot)]));
                }
                const auto offsets = quadgeometry::edgeOffsets(votingQuad(drawn), weightedMedianQuad(quads, weights));
                auto& mine
                    = residuals[static_cast<std::size_t>(images[i].annotatorOfSlot[static_cast<std::size_t>(p.slot)])];
                for (std::size_t e = 0; e < 4; ++e)
                    mine[e].push_back(offsets[e]);
            }
        }
    }
    std::vector<std::array<double, 4>> bias(people);
    std::array<std::vector<double>, 4> measured;
    for (std::size_t a = 0; a < people; ++a) {
        AnnotatorModel& m = model.annotators[a];
        m.habitSamples = static_cast<long long>(residuals[a][0].size());
        for (std::size_t e = 0; e < 4; ++e) {
            bias[a][e] = median(residuals[a][e]);
            if (m.habitSamples >= minSamples)
                measured[e].push_back(bias[a][e]);
        }
    }
    // Only differences between annotators are measurable: the median annotator is taken as drawing the word's box.
    std::array<double, 4> gauge {};
    for (std::size_t e = 0; e < 4; ++e)
        gauge[e] = median(measured[e]);
    for (std::size_t a = 0; a < people; ++a) {
        AnnotatorModel& m = model.annotators[a];
        for (std::size_t e = 0; e < 4; ++e)
            m.edgeBias[e] = m.habitSamples >= minSamples ? bias[a][e] - gauge[e] : 0;
    }
}

/// The quad of a region with its annotator's habit taken out, as linkImage places it; nullopt for other polygons.
std::optional<Polygon> correctedQuad(const Annotation& a, const AnnotatorModel* model)
{
    if (!a.region.polygon.isQuad())
        return std::nullopt;
    return votingQuad(withoutHabit(votingQuad(a.region.polygon), model));
}

/// Solves the normal equations of min sum_ij n_ij (v_i + v_j - V_ij)^2 (with a faint pull towards the mean,
/// so that two annotators, whose sum alone is measured, get half each) by Gaussian elimination.
std::vector<double> splitPairVariances(
    const std::map<std::pair<int, int>, std::pair<double, double>>& pairs, std::size_t n)
{
    std::vector<std::vector<double>> a(n, std::vector<double>(n + 1, 0.0));
    double weight = 0;
    double mean = 0;
    for (const auto& [who, measured] : pairs) {
        const auto [count, variance] = measured;
        const auto i = static_cast<std::size_t>(who.first);
        const auto j = static_cast<std::size_t>(who.second);
        a[i][i] += count;
        a[j][j] += count;
        a[i][j] += count;
        a[j][i] += count;
        a[i][n] += count * variance;
        a[j][n] += count * variance;
        weight += count;
        mean += count * variance / 2;
    }
    if (weight == 0)
        return {};
    mean /= weight;
    const double ridge = 1e-6 * weight;
    for (std::size_t i = 0; i < n; ++i) {
        a[i][i] += ridge;
        a[i][n] += ridge * mean;
    }
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t r = col + 1; r < n; ++r) {
            if (std::abs(a[r][col]) > std::abs(a[pivot][col]))
                pivot = r;
        }
        std::swap(a[col], a[pivot]);
        for (std::size_t r = 0; r < n; ++r) {
            if (r == col || a[col][col] == 0)
                continue;
            const double f = a[r][col] / a[col][col];
            for (std::size_t c = col; c <= n; ++c)
                a[r][c] -= f * a[col][c];
        }
    }
    std::vector<double> v(n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        v[i] = a[i][i] != 0 ? a[i][n] / a[i][i] : mean;
    return v;
}

/// Each annotator's edge noise, by the "three-cornered hat" of clock comparisons: the spread of the edge
/// differences of every pair of annotators (habits taken out; 1.4826 MAD, robust to the odd merged box) is the sum
/// of the two annotators' variances, and the sums over all pairs are split by least squares. Unlike each one's
/// spread around the others' median, this does not charge an annotator with the others' noise.
void measureSpreads(const std::vector<ImageInput>& images, const std::vector<LinkedImage>& linked,
    ConsensusModel& model, int minSamples)
{
    std::map<std::pair<int, int>, std::vector<double>> differences;
    for (std::size_t i = 0; i < images.size(); ++i) {
        const auto& byAnnotator = *images[i].byAnnotator;
        const auto models = slotModels(byAnnotator, model);
        for (const auto& cluster : linked[i].clusters) {
            for (std::size_t x = 0; x < cluster.size(); ++x) {
                for (std::size_t y = x + 1; y < cluster.size(); ++y) {
                    const Placed& p = linked[i].placed[cluster[x]];
                    const Placed& q = linked[i].placed[cluster[y]];
                    const auto ps = static_cast<std::size_t>(p.slot);
                    const auto qs = static_cast<std::size_t>(q.slot);
                    const auto a = correctedQuad(byAnnotator[ps][p.index], models[ps]);
                    const auto b = correctedQuad(byAnnotator[qs][q.index], models[qs]);
                    if (!a || !b)
                        continue;
                    auto& d = differences[{ images[i].annotatorOfSlot[ps], images[i].annotatorOfSlot[qs] }];
                    for (const double o : quadgeometry::edgeOffsets(*a, *b))
                        d.push_back(o);
                }
            }
        }
    }
    std::map<std::pair<int, int>, std::pair<double, double>> pairs;
    for (auto& [who, d] : differences) {
        if (static_cast<int>(d.size()) < 4 * minSamples || who.first < 0 || who.second < 0)
            continue;
        const double centre = median(d);
        for (double& v : d)
            v = std::abs(v - centre);
        const double sigma = 1.4826 * median(std::move(d));
        pairs[{ std::min(who.first, who.second), std::max(who.first, who.second) }] = { 1.0, sigma * sigma };
    }
    const std::vector<double> variances = splitPairVariances(pairs, model.annotators.size());
    std::set<int> measured;
    for (const auto& [who, v] : pairs) {
        measured.insert(who.first);
        measured.insert(who.second);
    }
    for (std::size_t a = 0; a < model.annotators.size(); ++a) {
        model.annotators[a].geometrySigma = measured.count(static_cast<int>(a))
            ? std::max(std::sqrt(std::max(variances[a], 0.0)), kSigmaFloor)
            : AnnotatorModel().geometrySigma;
    }
}

/// Dawid–Skene over every cluster of every image but the fragments (see suppressFragments): a split half or a box
/// over two words is a stray box only because the word is there; counted as places of their own, they would make
/// everyone who draws such boxes look likely to draw where there is no word.
void fitReadingsAndExistence(const std::vector<ImageInput>& images, const std::vector<LinkedImage>& linked,
    const std::vector<std::vector<char>>& fragments, ConsensusModel& model)
{
    std::vector<DawidSkeneItem> items;
    for (std::size_t i = 0; i < images.size(); ++i) {
        const auto& byAnnotator = *images[i].byAnnotator;
        for (std::size_t k = 0; k < linked[i].clusters.size(); ++k) {
            if (!fragments.empty() && fragments[i][k])
                continue;
            const auto& cluster = linked[i].clusters[k];
            std::vector<const Annotation*> members;
            for (const std::size_t x : cluster) {
                const Placed& p = linked[i].placed[x];
                members.push_back(&byAnnotator[static_cast<std::size_t>(p.slot)][p.index]);
            }
            items.push_back(
                itemOf(linked[i], cluster, readingsOf(members), byAnnotator.size(), images[i].annotatorOfSlot));
        }
    }
    const DawidSkeneFit fit = fitDawidSkene(items, static_cast<int>(model.annotators.size()));
    model.prior = fit.prior;
    model.iterations = fit.iterations;
    model.converged = fit.converged;
    for (std::size_t a = 0; a < model.annotators.size(); ++a) {
        model.annotators[a].sensitivity = fit.annotators[a].sensitivity;
        model.annotators[a].falsePositive = fit.annotators[a].falsePositive;
        model.annotators[a].readingAccuracy = fit.annotators[a].readingAccuracy;
    }
}

/// How often each annotator's box lies within their noise of the others' (see consistentWith), over the places
/// that are words: the weight of their box when a box stands against another.
void measureGeometryAgreement(const std::vector<ImageInput>& images, const std::vector<LinkedImage>& linked,
    ConsensusModel& model, const ConsensusOptions& options)
{
    std::vector<double> agree(model.annotators.size(), 0);
    std::vector<double> total(model.annotators.size(), 0);
    for (std::size_t i = 0; i < images.size(); ++i) {
        const auto& byAnnotator = *images[i].byAnnotator;
        const auto models = slotModels(byAnnotator, model);
        const auto voted = voteImage(linked[i], byAnnotator, models, options, model.prior);
        for (std::size_t k = 0; k < linked[i].clusters.size(); ++k) {
            const auto& cluster = linked[i].clusters[k];
            if (cluster.size() < 2 || !voted[k].hasConsensus)
                continue;
            for (const std::size_t self : cluster) {
                std::vector<Polygon> quads;
                std::vector<double> weights;
                for (const std::size_t other : cluster) {
                    if (other != self) {
                        quads.push_back(linked[i].placed[other].quad);
                        weights.push_back(slotWeight(models[static_cast<std::size_t>(linked[i].placed[other].slot)]));
                    }
                }
                const Placed& p = linked[i].placed[self];
                const auto a = static_cast<std::size_t>(images[i].annotatorOfSlot[static_cast<std::size_t>(p.slot)]);
                total[a] += 1;
                const double othersError = 1 / std::sqrt(std::accumulate(weights.begin(), weights.end(), 0.0));
                agree[a] += consistentWith(p.quad, models[static_cast<std::size_t>(p.slot)],
                                weightedMedianQuad(quads, weights), othersError)
                    ? 1
                    : 0;
            }
        }
    }
    for (std::size_t a = 0; a < model.annotators.size(); ++a)
        model.annotators[a].geometryAgreement = (agree[a] + kGeometryA - 1) / (total[a] + kGeometryA + kGeometryB - 2);
}

/// The model measured from the images, and the final linking under it.
struct Analysis {
    ConsensusModel model;
    std::vector<LinkedImage> linked;
};

Analysis analyze(const std::vector<ImageInput>& images, ConsensusModel model, const ConsensusOptions& options)
{
    Analysis out;
    // A first linking with no habits known and a lower threshold (a loose box over a small word overlaps the
    // others' by less than 0.5), then habits measured from it until they settle.
    std::vector<LinkedImage> linked = linkAll(images, model, options.iouThreshold * kFirstPassShare);
    for (int pass = 0; pass < 2; ++pass) {
        for (int round = 0; round < kHabitRounds; ++round) {
            std::vector<std::array<double, 4>> before;
            for (const AnnotatorModel& a : model.annotators)
                before.push_back(a.edgeBias);
            measureHabits(images, linked, model, options.minHabitSamples);
            double moved = 0;
            for (std::size_t a = 0; a < model.annotators.size(); ++a) {
                for (std::size_t e = 0; e < 4; ++e)
                    moved = std::max(moved, std::abs(model.annotators[a].edgeBias[e] - before[a][e]));
            }
            if (moved <= kHabitStep)
                break;
        }
        measureSpreads(images, linked, model, options.minHabitSamples);
        // Linked again with the habits taken out, at the real threshold.
        linked = linkAll(images, model, options.iouThreshold);
    }
    // Fitted twice: the first fit says which places are fragments of likelier words, the second leaves them out.
    fitReadingsAndExistence(images, linked, {}, model);
    std::vector<std::vector<char>> fragments(images.size());
    ParallelOptions parallel;
    parallelFor(images.size(), parallel, [&](std::size_t i, int) {
        const auto& byAnnotator = *images[i].byAnnotator;
        for (const ConsensusCluster& c :
            voteImage(linked[i], byAnnotator, slotModels(byAnnotator, model), options, model.prior))
            fragments[i].push_back(c.fragmentOf >= 0 ? 1 : 0);
    });
    fitReadingsAndExistence(images, linked, fragments, model);
    measureGeometryAgreement(images, linked, model, options);
    out.model = std::move(model);
    out.linked = std::move(linked);
    return out;
}

/// An empty model with every annotator of the images, in id order, and each image's slots mapped onto it.
ConsensusModel modelFor(
    const std::vector<std::vector<std::vector<Annotation>>>& images, std::vector<ImageInput>* inputs)
{
    std::set<AnnotatorId> ids;
    for (const auto& image : images) {
        for (const auto& regions : image) {
            if (!regions.empty())
                ids.insert(regions.front().annotator);
        }
    }
    ConsensusModel model;
    std::map<AnnotatorId, int> index;
    for (const AnnotatorId id : ids) {
        index[id] = static_cast<int>(model.annotators.size());
        AnnotatorModel a;
        a.id = id;
        model.annotators.push_back(a);
    }
    inputs->clear();
    for (const auto& image : images) {
        ImageInput input;
        input.byAnnotator = &image;
        for (const auto& regions : image) {
            // A list without regions has no annotator to measure: it is left out of the fit.
            const int a = regions.empty() ? -1 : index[regions.front().annotator];
            input.annotatorOfSlot.push_back(a);
            if (a >= 0)
                model.annotators[static_cast<std::size_t>(a)].regions += static_cast<long long>(regions.size());
        }
        inputs->push_back(std::move(input));
    }
    return model;
}

} // namespace

const AnnotatorModel* ConsensusModel::find(AnnotatorId id) const
{
    const auto it = std::lower_bound(annotators.begin(), annotators.end(), id,
        [](const AnnotatorModel& a, AnnotatorId wanted) { return a.id < wanted; });
    return it != annotators.end() && it->id == id ? &*it : nullptr;
}

Polygon weightedMedianQuad(const std::vector<Polygon>& polygons, const std::vector<double>& weights)
{
    Q_ASSERT(polygons.size() == weights.size());
    std::vector<Polygon> quads;
    quads.reserve(polygons.size());
    for (const Polygon& p : polygons)
        quads.push_back(votingQuad(p));
    auto weightedMedian = [&](auto coordinate) {
        std::vector<std::pair<double, double>> v; // value, weight
        for (std::size_t i = 0; i < quads.size(); ++i)
            v.emplace_back(coordinate(quads[i]), weights[i]);
        std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        double total = 0;
        for (const auto& x : v)
            total += x.second;
        double below = 0;
        for (std::size_t i = 0; i < v.size(); ++i) {
            below += v[i].second;
            if (below * 2 == total && i + 1 < v.size())
                return (v[i].first + v[i + 1].first) / 2;
            if (below * 2 > total)
                return v[i].first;
        }
        return v.empty() ? 0.0 : v.back().first;
    };
    Polygon out;
    for (std::size_t corner = 0; corner < 4; ++corner) {
        out.points.push_back({ weightedMedian([corner](const Polygon& q) { return q.points[corner].x; }),
            weightedMedian([corner](const Polygon& q) { return q.points[corner].y; }) });
    }
    return out;
}

Polygon medianQuad(const std::vector<Polygon>& polygons)
{
    return weightedMedianQuad(polygons, std::vector<double>(polygons.size(), 1.0));
}

std::vector<ConsensusCluster> clusterImage(const std::vector<std::vector<Annotation>>& byAnnotator,
    const ConsensusOptions& options, const ConsensusModel& model)
{
    const auto models = slotModels(byAnnotator, model);
    return voteImage(linkImage(byAnnotator, models, options.iouThreshold), byAnnotator, models, options, model.prior);
}

ConsensusModel estimateConsensusModel(
    const std::vector<std::vector<std::vector<Annotation>>>& images, const ConsensusOptions& options)
{
    std::vector<ImageInput> inputs;
    ConsensusModel model = modelFor(images, &inputs);
    return analyze(inputs, std::move(model), options).model;
}

namespace {

/// Every image with its annotators' regions, read from the store (one progress report per image).
struct ProjectInput {
    std::vector<ImageId> allImages;
    std::vector<ImageId> images; // those with regions, parallel to byAnnotator
    std::vector<std::vector<std::vector<Annotation>>> byAnnotator;
    AnnotatorId consensusId = 0;
    std::map<AnnotatorId, QString> names;
};

Result<ProjectInput> readProject(ProjectStore& store, const ConsensusOptions& options, Progress* progress)
{
    ProjectInput in;
    auto consensusId = store.ensureAnnotator(options.annotator, Role::Reviewer);
    if (!consensusId)
        return std::move(consensusId).error();
    in.consensusId = *consensusId;
    auto images = store.images();
    if (!images)
        return std::move(images).error();
    auto annotators = store.annotators();
    if (!annotators)
        return std::move(annotators).error();
    for (const Annotator& who : *annotators)
        in.names[who.id] = who.name;
    std::int64_t done = 0;
    for (const ImageRecord& image : *images) {
        if (progress) {
            progress->report(done++, static_cast<std::int64_t>(images->size()));
            if (progress->isCanceled())
                return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("consensus canceled; nothing was written"));
        }
        in.allImages.push_back(image.id);
        auto all = store.annotations(image.id);
        if (!all)
            return std::move(all).error();
        // Annotators in id order: the one who joined first wins ties.
        std::vector<std::vector<Annotation>> byAnnotator;
        for (const Annotator& who : *annotators) {
            if (who.id == in.consensusId || options.exclude.contains(who.name))
                continue;
            std::vector<Annotation> mine;
            for (const Annotation& a : *all) {
                if (a.annotator == who.id)
                    mine.push_back(a);
            }
            if (!mine.empty())
                byAnnotator.push_back(std::move(mine));
        }
        if (byAnnotator.empty())
            continue;
        in.images.push_back(image.id);
        in.byAnnotator.push_back(std::move(byAnnotator));
    }
    return in;
}

/// The clusters of every image under the measured model.
struct Voted {
    ConsensusModel model;
    std::vector<std::vector<ConsensusCluster>> clusters; // parallel to ProjectInput::images
};

Voted voteProject(const ProjectInput& in, const ConsensusOptions& options)
{
    std::vector<ImageInput> inputs;
    ConsensusModel empty = modelFor(in.byAnnotator, &inputs);
    Analysis analysis = analyze(inputs, std::move(empty), options);
    for (AnnotatorModel& a : analysis.model.annotators) {
        const auto it = in.names.find(a.id);
        if (it != in.names.end())
            a.name = it->second;
    }
    Voted out;
    out.clusters.resize(in.images.size());
    ParallelOptions parallel;
    parallelFor(in.images.size(), parallel, [&](std::size_t i, int) {
        const auto& byAnnotator = in.byAnnotator[i];
        out.clusters[i] = voteImage(
            analysis.linked[i], byAnnotator, slotModels(byAnnotator, analysis.model), options, analysis.model.prior);
    });
    out.model = std::move(analysis.model);
    return out;
}

Conflict conflictOf(ImageId image, const ConsensusCluster& c)
{
    Conflict conflict;
    conflict.image = image;
    conflict.kinds = c.kinds;
    conflict.severity = c.severity;
    BoxF bounds = c.members.front().region.polygon.boundingBox();
    for (const Annotation& m : c.members) {
        conflict.annotations.push_back(m.id);
        const BoxF b = m.region.polygon.boundingBox();
        bounds = { std::min(bounds.x0, b.x0), std::min(bounds.y0, b.y0), std::max(bounds.x1, b.x1),
            std::max(bounds.y1, b.y1) };
    }
    conflict.bounds = bounds;
    return conflict;
}

SettleDecision majorityDecision(const ConsensusCluster& c, const ConsensusOptions& options, std::int64_t at)
{
    SettleDecision d;
    d.resolution = ConflictResolution::AcceptedConsensus;
    d.reviewer = options.annotator;
    d.note = c.verdict;
    d.at = at;
    return d;
}

std::string membersKey(ImageId image, std::vector<AnnotationId> ids)
{
    std::sort(ids.begin(), ids.end());
    std::string key = std::to_string(image);
    for (const AnnotationId id : ids)
        key += ',' + std::to_string(id);
    return key;
}

} // namespace

Result<ConsensusSummary> buildConsensus(ProjectStore& store, const ConsensusOptions& options, Progress* progress)
{
    auto input = readProject(store, options, progress);
    if (!input)
        return std::move(input).error();
    const Voted voted = voteProject(*input, options);
    ConsensusSummary summary;
    summary.model = voted.model;
    ConsensusWrite write;
    write.consensusAnnotator = input->consensusId;
    write.images = input->allImages;
    std::vector<const ConsensusCluster*> conflictClusters;
    for (std::size_t i = 0; i < input->images.size(); ++i) {
        const ImageId image = input->images[i];
        ++summary.images;
        for (const ConsensusCluster& c : voted.clusters[i]) {
            ++summary.clusters;
            int consensusIndex = -1;
            if (c.hasConsensus) {
                Annotation a;
                a.image = image;
                a.annotator = input->consensusId;
                a.region = c.consensus;
                a.source = Source::Consensus;
                consensusIndex = static_cast<int>(write.annotations.size());
                write.annotations.push_back(std::move(a));
                ++summary.consensusRegions;
            }
            if (c.kinds.isEmpty())
                continue;
            write.conflicts.push_back(conflictOf(image, c));
            write.conflictConsensus.push_back(consensusIndex);
            conflictClusters.push_back(&c);
            ++summary.conflicts;
            for (const QString& kind : c.kinds)
                ++summary.conflictsByKind[kind];
        }
    }
    auto written = ConflictRepository(store).replaceConsensus(write);
    if (!written)
        return std::move(written).error();
    std::vector<std::pair<std::int64_t, SettleDecision>> decisions;
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (std::size_t i = 0; i < written->conflicts.size(); ++i) {
        if (written->conflicts[i] == 0) {
            // Settled in an earlier run, by the majority or by a person; it stays settled.
            ++(written->settledBy[i] == options.annotator ? summary.settledByMajority : summary.settledByReviewers);
        } else if (options.settleByMajority && conflictClusters[i]->decided) {
            decisions.emplace_back(written->conflicts[i], majorityDecision(*conflictClusters[i], options, now));
        }
    }
    if (!decisions.empty()) {
        auto settled = ConflictRepository(store).settleAll(decisions);
        if (!settled)
            return std::move(settled).error();
        summary.settlement = std::move(settled).value();
    }
    summary.settledByMajority += static_cast<int>(summary.settlement.settlements.size());
    summary.needsReview = summary.conflicts - summary.settledByMajority - summary.settledByReviewers;
    return summary;
}

Result<BulkSettlement> settleByMajority(ProjectStore& store, const ConsensusOptions& options, Progress* progress)
{
    auto input = readProject(store, options, progress);
    if (!input)
        return std::move(input).error();
    ConflictFilter open;
    open.status = ConflictStatus::Open;
    auto conflicts = ConflictRepository(store).list(open);
    if (!conflicts)
        return std::move(conflicts).error();
    std::unordered_map<std::string, std::int64_t> openByMembers;
    for (const Conflict& c : *conflicts)
        openByMembers.emplace(membersKey(c.image, c.annotations), c.id);
    const Voted voted = voteProject(*input, options);
    std::vector<std::pair<std::int64_t, SettleDecision>> decisions;
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (std::size_t i = 0; i < input->images.size(); ++i) {
        for (const ConsensusCluster& c : voted.clusters[i]) {
            if (!c.decided)
                continue;
            std::vector<AnnotationId> members;
            for (const Annotation& m : c.members)
                members.push_back(m.id);
            const auto it = openByMembers.find(membersKey(input->images[i], members));
            if (it != openByMembers.end())
                decisions.emplace_back(it->second, majorityDecision(c, options, now));
        }
    }
    if (decisions.empty())
        return BulkSettlement {};
    return ConflictRepository(store).settleAll(decisions);
}

} // namespace lector
