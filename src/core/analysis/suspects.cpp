// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/suspects.h>

#include <lector/analysis/consensus.h>
#include <lector/core/parallel_for.h>
#include <lector/core/tr.h>
#include <lector/metrics/agreement_report.h>
#include <lector/metrics/polygon_iou.h>
#include <lector/metrics/region_matching.h>
#include <lector/store/conflict_repository.h>
#include <lector/store/label_set_cursor.h>
#include <lector/store/labeled_image_cursor.h>
#include <lector/store/project_store.h>
#include <lector/store/read_snapshot.h>

#include "store/worker_connection.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace lector {

namespace {

// How much one other annotator's word counts as evidence; a prediction counts by its confidence.
constexpr double kAnnotatorWeight = 0.8;
// An other annotator who labeled the image but not this word: evidence against a missed word.
constexpr double kAbsentFactor = 0.6;
// A prediction covered this much by a label lies inside it (a box around several words).
constexpr double kInsideShare = 0.7;

struct KindName {
    SuspectKind kind;
    const char* name;
};
constexpr KindName kKindNames[] = {
    { SuspectKind::MissedWord, "missed_word" },
    { SuspectKind::SpuriousBox, "spurious_box" },
    { SuspectKind::LooseBox, "loose_box" },
    { SuspectKind::WrongText, "wrong_text" },
    { SuspectKind::Geometry, "geometry" },
    { SuspectKind::Charset, "charset" },
    { SuspectKind::Disagreement, "disagreement" },
};

double noisyOr(double a, double b) { return 1 - (1 - a) * (1 - b); }

double confidenceOf(const Region& r) { return r.hasConfidence() ? std::clamp(r.confidence, 0.0, 1.0) : 0.9; }

/// A stand-in for a polygon that cannot be matched, so that indices stay parallel.
Polygon matchable(const Polygon& p)
{
    if (p.isValid())
        return p;
    return Polygon { { { 0, 0 }, { 0, 0 }, { 0, 0 } } };
}

std::vector<Polygon> polygonsOf(const std::vector<Region>& regions)
{
    std::vector<Polygon> out;
    out.reserve(regions.size());
    for (const Region& r : regions)
        out.push_back(matchable(r.polygon));
    return out;
}

std::vector<double> bestIoU(const std::vector<RegionMatch>& pairs, std::size_t count, bool byA)
{
    std::vector<double> best(count, 0.0);
    for (const RegionMatch& m : pairs) {
        const auto i = std::size_t(byA ? m.a : m.b);
        best[i] = std::max(best[i], m.iou);
    }
    return best;
}

/// One other label set as the kernel sees it: its regions' polygons, the matches with the labels and the best IoU
/// of each of its regions with any label.
struct EvidenceSet {
    QString name;
    bool prediction = false;
    const std::vector<Region>* regions = nullptr;
    const std::vector<std::int64_t>* ids = nullptr;
    std::vector<Polygon> polygons;
    std::vector<RegionMatch> overlaps; // labels (a) × regions (b), IoU > 0
    std::vector<int> matchOf; // per label: the one-to-one match (IoU >= missedIoU, or the one word inside it), -1
    std::vector<double> matchIoU;
    std::vector<double> bestWithLabels; // per region
    std::vector<char> inLooseLabel; // per region: matched as the one word inside a label far larger than it
};

SuspectEvidence evidenceOf(const EvidenceSet& set, int index, double iou)
{
    SuspectEvidence e;
    e.source = set.name;
    e.prediction = set.prediction;
    e.id = (*set.ids)[std::size_t(index)];
    e.region = (*set.regions)[std::size_t(index)];
    e.iou = iou;
    return e;
}

/// True when one text is some of the other's words ("manager" and "prices manager"): a merged box, not a misread.
bool wordsOfTheOther(const QString& a, const QString& b)
{
    const QStringList wa = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList wb = b.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (wa.size() == wb.size() || wa.isEmpty() || wb.isEmpty())
        return false;
    const QStringList& few = wa.size() < wb.size() ? wa : wb;
    const QStringList& many = wa.size() < wb.size() ? wb : wa;
    return std::all_of(few.begin(), few.end(), [&](const QString& w) { return many.contains(w); });
}

class ImageKernel {
public:
    ImageKernel(const SuspectImageInput& input, const SuspectOptions& options)
        : m_in(input)
        , m_options(options)
    {
    }

    std::vector<Suspect> run()
    {
        m_labelPolygons = polygonsOf(m_in.labels);
        m_labelAreas.reserve(m_labelPolygons.size());
        for (const Polygon& p : m_labelPolygons)
            m_labelAreas.push_back(p.area());
        if (!m_in.predictions.empty() || !m_in.runName.isEmpty())
            addSet(m_in.runName, true, m_in.predictions, m_in.predictionIds);
        for (const SuspectImageInput::Other& o : m_in.others)
            addSet(o.name, false, o.regions, o.ids);
        for (const SuspectImageInput::Other& o : m_in.others)
            m_othersPresent += o.regions.empty() ? 0 : 1;
        if (wants(SuspectKind::MissedWord))
            findMissed();
        for (std::size_t l = 0; l < m_in.labels.size(); ++l)
            checkLabel(l);
        return std::move(m_out);
    }

private:
    bool wants(SuspectKind kind) const { return m_options.kinds.empty() || m_options.kinds.count(kind) > 0; }

    void addSet(
        const QString& name, bool prediction, const std::vector<Region>& regions, const std::vector<std::int64_t>& ids)
    {
        EvidenceSet set;
        set.name = name;
        set.prediction = prediction;
        set.regions = &regions;
        set.ids = &ids;
        set.polygons = polygonsOf(regions);
        set.overlaps = overlappingPairs(m_labelPolygons, set.polygons, 1e-9);
        set.bestWithLabels = bestIoU(set.overlaps, regions.size(), false);
        std::vector<RegionMatch> candidates;
        for (const RegionMatch& m : set.overlaps) {
            if (m.iou >= m_options.missedIoU)
                candidates.push_back(m);
        }
        set.matchOf.assign(m_in.labels.size(), -1);
        set.matchIoU.assign(m_in.labels.size(), 0.0);
        for (const RegionMatch& m : assignMatches(candidates, int(m_in.labels.size()), int(regions.size()))) {
            set.matchOf[std::size_t(m.a)] = m.b;
            set.matchIoU[std::size_t(m.a)] = m.iou;
        }
        matchWordsInsideLooseLabels(set);
        m_sets.push_back(std::move(set));
    }

    /// A loose label around a small word overlaps it by an IoU below missedIoU (a 20 x 12 word in a box 6 pixels
    /// wider on each side: 0.24), yet it is that word's label, only loose, not a spurious box beside a missed word.
    /// An unmatched label with exactly one unmatched region of the set mostly inside it (kInsideShare of its area)
    /// is matched to that region; two or more inside it is a box around several words (checkGeometry).
    void matchWordsInsideLooseLabels(EvidenceSet& set) const
    {
        const std::size_t labels = m_in.labels.size();
        std::vector<int> inside(labels, 0), insideOf(labels, -1);
        std::vector<double> insideIoU(labels, 0);
        for (const RegionMatch& m : set.overlaps) {
            const double labelArea = m_labelAreas[std::size_t(m.a)];
            const double regionArea = set.polygons[std::size_t(m.b)].area();
            if (regionArea <= 0)
                continue;
            // IoU = I / (A + R - I), so the intersection follows from the IoU without clipping again.
            const double inter = m.iou * (labelArea + regionArea) / (1 + m.iou);
            if (inter >= kInsideShare * regionArea) {
                ++inside[std::size_t(m.a)];
                insideOf[std::size_t(m.a)] = m.b;
                insideIoU[std::size_t(m.a)] = m.iou;
            }
        }
        std::vector<char> taken((*set.regions).size(), 0);
        for (int b : set.matchOf) {
            if (b >= 0)
                taken[std::size_t(b)] = 1;
        }
        set.inLooseLabel.assign((*set.regions).size(), 0);
        for (std::size_t l = 0; l < labels; ++l) {
            const int b = insideOf[l];
            if (set.matchOf[l] >= 0 || inside[l] != 1 || taken[std::size_t(b)])
                continue;
            set.matchOf[l] = b;
            set.matchIoU[l] = insideIoU[l];
            taken[std::size_t(b)] = 1;
            set.inLooseLabel[std::size_t(b)] = 1;
        }
    }

    Suspect make(SuspectKind kind, double score, AnnotationId annotation, const Region& region, QString reason)
    {
        Suspect s;
        s.kind = kind;
        s.score = std::clamp(score, 0.0, 1.0);
        s.image = m_in.image;
        s.annotation = annotation;
        s.region = region;
        s.reason = std::move(reason);
        return s;
    }

    /// Confident predictions and other annotators' words that no label of the annotator covers.
    void findMissed()
    {
        std::vector<Polygon> claimed; // places already reported, so that one word is one suspect
        for (std::size_t si = 0; si < m_sets.size(); ++si) {
            const EvidenceSet& set = m_sets[si];
            for (std::size_t r = 0; r < set.regions->size(); ++r) {
                const Region& region = (*set.regions)[r];
                if (set.bestWithLabels[r] > m_options.missedIoU || set.inLooseLabel[r] || region.isDontCare()
                    || !region.polygon.isValid())
                    continue;
                if (set.prediction && confidenceOf(region) < m_options.minConfidence)
                    continue;
                const Polygon& place = set.polygons[r];
                if (std::any_of(claimed.begin(), claimed.end(),
                        [&](const Polygon& c) { return polygonIoU(c, place) >= m_options.matchIoU; }))
                    continue;
                claimed.push_back(place);
                Suspect s = make(SuspectKind::MissedWord, 0, 0, region, {});
                s.region.confidence = std::numeric_limits<double>::quiet_NaN();
                double support = set.prediction ? confidenceOf(region) : kAnnotatorWeight;
                int annotators = set.prediction ? 0 : 1;
                bool runSaw = set.prediction;
                s.evidence.push_back(evidenceOf(set, int(r), 0));
                for (std::size_t sj = si + 1; sj < m_sets.size(); ++sj) {
                    const EvidenceSet& other = m_sets[sj];
                    for (std::size_t q = 0; q < other.regions->size(); ++q) {
                        const double iou = polygonIoU(other.polygons[q], place);
                        if (iou < m_options.matchIoU)
                            continue;
                        support
                            = noisyOr(support, other.prediction ? confidenceOf((*other.regions)[q]) : kAnnotatorWeight);
                        annotators += other.prediction ? 0 : 1;
                        runSaw = runSaw || other.prediction;
                        s.evidence.push_back(evidenceOf(other, int(q), iou));
                        break;
                    }
                }
                const int absent = std::max(0, m_othersPresent - annotators);
                double score = support * std::pow(kAbsentFactor, absent);
                if (!runSaw && !m_in.predictions.empty())
                    score *= 0.7; // the model reads this page and did not see a word here
                s.score = std::clamp(score, 0.0, 1.0);
                s.reason = Core::tr("no label where %1 found a word").arg(s.evidence.front().source);
                s.fix.action = SuspectFix::Action::Add;
                s.fix.region = s.region;
                m_out.push_back(std::move(s));
            }
        }
    }

    void checkLabel(std::size_t l)
    {
        const Region& label = m_in.labels[l];
        const AnnotationId id = m_in.labelIds[l];
        if (checkGeometry(l))
            return; // a broken or merged box says nothing reliable about its text or its tightness
        if (label.isDontCare())
            return;
        bool supported = false;
        for (const EvidenceSet& set : m_sets)
            supported = supported || set.matchOf[l] >= 0;
        if (!supported) {
            checkSpurious(l);
            return;
        }
        if (wants(SuspectKind::LooseBox) && !checkLoose(l))
            checkLineHeight(l);
        if (wants(SuspectKind::WrongText))
            checkText(l);
        (void)id;
    }

    /// Degenerate, self-crossing, outside the image, around several words. True when the label was reported.
    bool checkGeometry(std::size_t l)
    {
        if (!wants(SuspectKind::Geometry))
            return false;
        const Region& label = m_in.labels[l];
        const Polygon& p = label.polygon;
        const AnnotationId id = m_in.labelIds[l];
        if (!p.isValid() || p.area() < 1 || (p.isQuad() && !isConvexPolygon(p))) {
            const bool crossing = p.isValid() && p.isQuad() && !isConvexPolygon(p);
            Suspect s = make(SuspectKind::Geometry, 0.95, id, label,
                crossing ? Core::tr("self-crossing quad") : Core::tr("degenerate region"));
            fixToBestBox(l, s);
            if (s.fix.action == SuspectFix::Action::None)
                s.fix.action = SuspectFix::Action::Remove;
            m_out.push_back(std::move(s));
            return true;
        }
        if (m_in.width > 0 && m_in.height > 0) {
            const BoxF b = p.boundingBox();
            const double slack = 0.5;
            if (b.x0 < -slack || b.y0 < -slack || b.x1 > m_in.width + slack || b.y1 > m_in.height + slack) {
                Suspect s = make(SuspectKind::Geometry, 0.9, id, label, Core::tr("outside the image"));
                s.fix.action = SuspectFix::Action::Change;
                s.fix.region = label;
                for (PointF& pt : s.fix.region.polygon.points) {
                    pt.x = std::clamp(pt.x, 0.0, double(m_in.width));
                    pt.y = std::clamp(pt.y, 0.0, double(m_in.height));
                }
                m_out.push_back(std::move(s));
                return true;
            }
        }
        // A box around several words: two or more words of one source lie inside it.
        const double area = p.area();
        for (const EvidenceSet& set : m_sets) {
            std::vector<int> inside;
            double support = 0;
            for (const RegionMatch& m : set.overlaps) {
                if (std::size_t(m.a) != l)
                    continue;
                const Region& r = (*set.regions)[std::size_t(m.b)];
                if (set.prediction && confidenceOf(r) < m_options.minConfidence)
                    continue;
                const double rArea = set.polygons[std::size_t(m.b)].area();
                if (rArea <= 0 || rArea > area)
                    continue;
                // IoU = I / (A + R - I), so the intersection follows from the IoU without clipping again.
                const double inter = m.iou * (area + rArea) / (1 + m.iou);
                if (inter >= kInsideShare * rArea) {
                    inside.push_back(m.b);
                    support = noisyOr(support, set.prediction ? confidenceOf(r) : kAnnotatorWeight);
                }
            }
            if (inside.size() >= 2) {
                Suspect s = make(SuspectKind::Geometry, 0.5 + 0.45 * support, id, label,
                    Core::tr("one box around %1 words of %2").arg(inside.size()).arg(set.name));
                std::sort(inside.begin(), inside.end());
                for (int b : inside)
                    s.evidence.push_back(evidenceOf(set, b, 0));
                m_out.push_back(std::move(s));
                return true;
            }
        }
        return false;
    }

    /// The evidence box that matches the label best, preferring the prediction (what F writes).
    void fixToBestBox(std::size_t l, Suspect& s) const
    {
        const EvidenceSet* bestSet = nullptr;
        double best = 0;
        for (const EvidenceSet& set : m_sets) {
            if (set.matchOf[l] < 0)
                continue;
            const double iou = set.matchIoU[l] + (set.prediction ? 1 : 0); // the model's box first
            if (!bestSet || iou > best) {
                bestSet = &set;
                best = iou;
            }
        }
        if (!bestSet)
            return;
        s.fix.action = SuspectFix::Action::Change;
        s.fix.region = m_in.labels[l];
        s.fix.region.polygon = (*bestSet->regions)[std::size_t(bestSet->matchOf[l])].polygon;
    }

    void checkSpurious(std::size_t l)
    {
        if (!wants(SuspectKind::SpuriousBox))
            return;
        // Any overlap at all from a confident source is some support: only a label alone on its place is spurious.
        double meanConfidence = 0;
        int confident = 0;
        for (const Region& r : m_in.predictions) {
            if (confidenceOf(r) >= m_options.minConfidence) {
                meanConfidence += confidenceOf(r);
                ++confident;
            }
        }
        meanConfidence = confident > 0 ? meanConfidence / confident : 0;
        double score = meanConfidence;
        for (int k = 0; k < m_othersPresent; ++k)
            score = noisyOr(score, 0.5);
        if (score <= 0)
            return;
        Suspect s = make(SuspectKind::SpuriousBox, score * 0.9, m_in.labelIds[l], m_in.labels[l],
            Core::tr("no prediction or other label overlaps it by IoU %1").arg(m_options.missedIoU));
        s.fix.action = SuspectFix::Action::Remove;
        m_out.push_back(std::move(s));
    }

    /// Matches every source only loosely. True when reported.
    bool checkLoose(std::size_t l)
    {
        double best = 0;
        double weight = 0;
        Suspect s = make(SuspectKind::LooseBox, 0, m_in.labelIds[l], m_in.labels[l], {});
        for (const EvidenceSet& set : m_sets) {
            const int b = set.matchOf[l];
            if (b < 0)
                continue;
            best = std::max(best, set.matchIoU[l]);
            weight = noisyOr(weight, set.prediction ? confidenceOf((*set.regions)[std::size_t(b)]) : kAnnotatorWeight);
            s.evidence.push_back(evidenceOf(set, b, set.matchIoU[l]));
        }
        if (s.evidence.empty() || best >= m_options.looseIoU)
            return false;
        // One noisy source is no proof: with two or more, the label is loose only against their median box, which
        // one loose annotator or a jittery prediction does not move much.
        if (s.evidence.size() >= 2) {
            std::vector<Polygon> boxes;
            for (const SuspectEvidence& e : s.evidence)
                boxes.push_back(e.region.polygon);
            best = polygonIoU(m_in.labels[l].polygon, medianQuad(boxes));
            if (best >= m_options.looseIoU)
                return false;
        }
        const double strength = (m_options.looseIoU - best) / (m_options.looseIoU - m_options.missedIoU);
        s.score = std::clamp(weight * (0.3 + 0.7 * strength), 0.0, 1.0);
        s.reason = Core::tr("best match IoU %1").arg(best, 0, 'f', 2);
        fixToBestBox(l, s);
        m_out.push_back(std::move(s));
        return true;
    }

    /// Far taller or shorter than the other labels on its line.
    void checkLineHeight(std::size_t l)
    {
        const BoxF b = m_in.labels[l].polygon.boundingBox();
        const double cy = (b.y0 + b.y1) / 2;
        std::vector<double> heights;
        for (std::size_t k = 0; k < m_in.labels.size(); ++k) {
            if (k == l || m_in.labels[k].isDontCare())
                continue;
            const BoxF o = m_in.labels[k].polygon.boundingBox();
            const double ocy = (o.y0 + o.y1) / 2;
            if (ocy >= b.y0 && ocy <= b.y1 && cy >= o.y0 && cy <= o.y1)
                heights.push_back(o.height());
        }
        if (heights.size() < 2 || b.height() <= 0)
            return;
        std::nth_element(heights.begin(), heights.begin() + std::ptrdiff_t(heights.size() / 2), heights.end());
        const double median = heights[heights.size() / 2];
        if (median <= 0)
            return;
        const double ratio = b.height() / median;
        const double off = std::abs(std::log(ratio)) - std::log(m_options.lineHeightRatio);
        if (off <= 0)
            return;
        Suspect s = make(SuspectKind::LooseBox, 0.35 + 0.25 * std::min(1.0, off / std::log(2.0)), m_in.labelIds[l],
            m_in.labels[l], Core::tr("height %1× its line's").arg(ratio, 0, 'f', 1));
        fixToBestBox(l, s);
        m_out.push_back(std::move(s));
    }

    void checkText(std::size_t l)
    {
        const Region& label = m_in.labels[l];
        double same = 0;
        std::map<QString, double> alternatives; // ordered: ties resolve by text
        std::map<QString, std::vector<SuspectEvidence>> evidence;
        for (const EvidenceSet& set : m_sets) {
            const int b = set.matchOf[l];
            if (b < 0 || set.matchIoU[l] < m_options.matchIoU)
                continue;
            const Region& r = (*set.regions)[std::size_t(b)];
            if (r.isDontCare())
                continue;
            if (set.prediction && confidenceOf(r) < m_options.minConfidence)
                continue;
            const double w = set.prediction ? confidenceOf(r) : kAnnotatorWeight;
            if (r.text == label.text) {
                same = noisyOr(same, w);
                continue;
            }
            if (wordsOfTheOther(r.text, label.text))
                continue; // a box around two words matched to one of them: the boxes differ, not the reading
            alternatives[r.text] = noisyOr(alternatives[r.text], w);
            evidence[r.text].push_back(evidenceOf(set, b, set.matchIoU[l]));
        }
        if (alternatives.empty())
            return;
        auto best = alternatives.begin();
        for (auto it = alternatives.begin(); it != alternatives.end(); ++it) {
            if (it->second > best->second)
                best = it;
        }
        Suspect s = make(SuspectKind::WrongText, best->second * (1 - 0.7 * same), m_in.labelIds[l], label,
            Core::tr("\"%1\" where %2 read \"%3\"").arg(label.text, evidence[best->first].front().source, best->first));
        s.evidence = std::move(evidence[best->first]);
        s.fix.action = SuspectFix::Action::Change;
        s.fix.region = label;
        s.fix.region.text = best->first;
        m_out.push_back(std::move(s));
    }

    const SuspectImageInput& m_in;
    const SuspectOptions& m_options;
    std::vector<Polygon> m_labelPolygons;
    std::vector<double> m_labelAreas;
    std::vector<EvidenceSet> m_sets;
    int m_othersPresent = 0;
    std::vector<Suspect> m_out;
};

} // namespace

QString suspectKindName(SuspectKind kind)
{
    for (const KindName& k : kKindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

bool parseSuspectKind(const QString& name, SuspectKind* kind)
{
    for (const KindName& k : kKindNames) {
        if (name == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

std::vector<SuspectKind> allSuspectKinds()
{
    std::vector<SuspectKind> out;
    for (const KindName& k : kKindNames)
        out.push_back(k.kind);
    return out;
}

QString Suspect::key() const
{
    QString where;
    if (annotation > 0) {
        where = QString::number(annotation);
    } else {
        const BoxF b = region.polygon.boundingBox();
        where = QStringLiteral("@%1,%2,%3,%4")
                    .arg(std::lround(b.x0))
                    .arg(std::lround(b.y0))
                    .arg(std::lround(b.x1))
                    .arg(std::lround(b.y1));
    }
    return QStringLiteral("%1:%2:%3").arg(suspectKindName(kind)).arg(image).arg(where);
}

std::vector<Suspect> findImageSuspects(const SuspectImageInput& input, const SuspectOptions& options)
{
    return ImageKernel(input, options).run();
}

void rankSuspects(std::vector<Suspect>& suspects)
{
    std::stable_sort(suspects.begin(), suspects.end(), [](const Suspect& a, const Suspect& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return std::make_tuple(a.image, a.annotation, int(a.kind))
            < std::make_tuple(b.image, b.annotation, int(b.kind));
    });
}

QString frequentCharset(const std::vector<std::pair<char32_t, std::int64_t>>& counts, double coverage)
{
    std::vector<std::pair<char32_t, std::int64_t>> sorted = counts;
    std::sort(sorted.begin(), sorted.end(),
        [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    std::int64_t total = 0;
    for (const auto& c : sorted)
        total += c.second;
    std::vector<char32_t> chosen;
    std::int64_t covered = 0;
    for (const auto& c : sorted) {
        if (total > 0 && double(covered) >= coverage * double(total))
            break;
        chosen.push_back(c.first);
        covered += c.second;
    }
    std::sort(chosen.begin(), chosen.end());
    return QString::fromUcs4(chosen.data(), qsizetype(chosen.size()));
}

} // namespace lector

namespace lector {

namespace {

Error canceled() { return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("suspect search canceled")); }

/// Characters outside `charset` in the annotator's labels.
void addCharsetSuspects(const SuspectImageInput& in, const std::vector<char32_t>& charset, std::vector<Suspect>& out)
{
    for (std::size_t l = 0; l < in.labels.size(); ++l) {
        const Region& r = in.labels[l];
        if (r.isDontCare())
            continue;
        QString outside;
        int count = 0;
        for (char32_t c : r.text.toUcs4()) {
            ++count;
            if (!std::binary_search(charset.begin(), charset.end(), c) && !outside.contains(QString::fromUcs4(&c, 1)))
                outside += QString::fromUcs4(&c, 1);
        }
        if (outside.isEmpty())
            continue;
        Suspect s;
        s.kind = SuspectKind::Charset;
        s.score = std::clamp(0.5 + 0.4 * double(outside.size()) / std::max(1, count), 0.0, 1.0);
        s.image = in.image;
        s.annotation = in.labelIds[l];
        s.region = r;
        s.reason = Core::tr("characters outside the character set: %1").arg(outside);
        out.push_back(std::move(s));
    }
}

struct Sources {
    AnnotatorId annotator = 0;
    std::optional<ModelRun> run;
    std::vector<Annotator> others;
};

Result<Sources> resolveSources(const ProjectStore& store, const SuspectOptions& options)
{
    Sources sources;
    auto annotators = store.annotators();
    LECTOR_TRY(annotators);
    bool found = false;
    for (const Annotator& a : *annotators) {
        if (a.name == options.annotator) {
            sources.annotator = a.id;
            found = true;
        } else if (!options.exclude.contains(a.name)) {
            sources.others.push_back(a);
        }
    }
    if (!found)
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("no annotator named %1").arg(options.annotator));
    if (!options.run.isEmpty()) {
        auto runs = store.runs();
        LECTOR_TRY(runs);
        for (const ModelRun& r : *runs) {
            if (r.name == options.run)
                sources.run = r;
        }
        if (!sources.run)
            return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("no model run named %1").arg(options.run));
    }
    return sources;
}

Result<std::vector<char32_t>> measureCharset(const ProjectStore& store, AnnotatorId annotator, double coverage)
{
    std::unordered_map<char32_t, std::int64_t> counts;
    LECTOR_TRY(store.forEachLabelText(annotator, [&](const QString& text) {
        for (char32_t c : text.toUcs4())
            ++counts[c];
    }));
    std::vector<std::pair<char32_t, std::int64_t>> list(counts.begin(), counts.end());
    const QString set = frequentCharset(list, coverage);
    auto ucs = set.toUcs4();
    return std::vector<char32_t>(ucs.begin(), ucs.end());
}

/// The images the annotator labeled, in id order; with their paths when `paths` (else only id and size).
Result<std::vector<ImageRecord>> labeledImages(const ProjectStore& store, AnnotatorId annotator, bool paths)
{
    std::unordered_map<ImageId, QString> pathOf;
    if (paths) {
        auto all = store.images();
        LECTOR_TRY(all);
        for (const ImageRecord& r : *all)
            pathOf[r.id] = r.path;
    }
    auto cursor = LabeledImageCursor::open(store, LabelSetId::annotator(annotator));
    LECTOR_TRY(cursor);
    std::vector<ImageRecord> out;
    out.reserve(std::size_t((*cursor)->count()));
    LabeledImage image;
    for (;;) {
        auto more = (*cursor)->next(image);
        LECTOR_TRY(more);
        if (!*more)
            break;
        ImageRecord r;
        r.id = image.id;
        r.width = image.width;
        r.height = image.height;
        r.batch = image.batch;
        if (paths)
            r.path = pathOf[image.id];
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

namespace {
/// Reads the kernel's input, one image after another, from the store's cursors (on the calling thread only).
class InputReader {
public:
    InputReader(const ProjectStore& store, const Sources& sources, const SuspectOptions& options, SuspectReport& report)
        : m_store(store)
        , m_sources(sources)
        , m_options(options)
        , m_report(report)
    {
    }

    /// Cursors over the images `first` to `last` (ids, inclusive).
    Result<void> open(ImageId first = 0, ImageId last = std::numeric_limits<ImageId>::max())
    {
        auto own = LabelSetCursor::open(m_store, LabelSetId::annotator(m_sources.annotator), first, last);
        LECTOR_TRY(own);
        m_own = std::move(own).value();
        if (m_sources.run) {
            auto c = LabelSetCursor::open(m_store, LabelSetId::run(m_sources.run->id), first, last);
            LECTOR_TRY(c);
            m_run = std::move(c).value();
        }
        for (const Annotator& a : m_sources.others) {
            auto c = LabelSetCursor::open(m_store, LabelSetId::annotator(a.id), first, last);
            LECTOR_TRY(c);
            m_others.push_back(std::move(c).value());
        }
        return {};
    }

    /// Fills `in` with the image's labels, predictions and other labels; false when its file is missing and the
    /// options skip such images (it is then named in the report).
    Result<bool> read(const ImageRecord& image, SuspectImageInput& in)
    {
        if (m_options.checkImageFiles && !QFileInfo::exists(m_store.absoluteImagePath(image))) {
            m_report.skipped << m_store.absoluteImagePath(image);
            return false;
        }
        in.image = image.id;
        in.width = image.width;
        in.height = image.height;
        in.labels.clear();
        in.labelIds.clear();
        in.predictions.clear();
        in.predictionIds.clear();
        LECTOR_TRY(m_own->readImage(image.id, in.labels, in.labelIds));
        if (m_run) {
            in.runName = m_sources.run->name;
            LECTOR_TRY(m_run->readImage(image.id, in.predictions, in.predictionIds));
        }
        in.others.resize(m_others.size());
        for (std::size_t k = 0; k < m_others.size(); ++k) {
            in.others[k].name = m_sources.others[k].name;
            in.others[k].regions.clear();
            in.others[k].ids.clear();
            LECTOR_TRY(m_others[k]->readImage(image.id, in.others[k].regions, in.others[k].ids));
        }
        return true;
    }

private:
    const ProjectStore& m_store;
    const Sources& m_sources;
    const SuspectOptions& m_options;
    SuspectReport& m_report;
    std::unique_ptr<LabelSetCursor> m_own, m_run;
    std::vector<std::unique_ptr<LabelSetCursor>> m_others;
};

/// My labels in an open conflict (annotation, severity), scored by the conflict's severity.
void addDisagreementSuspects(const SuspectImageInput& in,
    const std::vector<std::pair<AnnotationId, double>>& conflicted, std::vector<Suspect>& found)
{
    for (std::size_t l = 0; l < in.labels.size(); ++l) {
        for (const auto& [annotation, severity] : conflicted) {
            if (annotation != in.labelIds[l])
                continue;
            Suspect s;
            s.kind = SuspectKind::Disagreement;
            s.score = 0.5 + 0.5 * severity;
            s.image = in.image;
            s.annotation = annotation;
            s.region = in.labels[l];
            s.reason = Core::tr("in an open conflict");
            found.push_back(std::move(s));
        }
    }
}
} // namespace

bool suspectInSlice(const Suspect& suspect, const QString& slice)
{
    const qsizetype colon = slice.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    const QString bin = regionBin(slice.left(colon), suspect.region);
    return !bin.isEmpty() && bin == slice.mid(colon + 1);
}

QStringList suspectSlices()
{
    QStringList out;
    for (const QString& dimension : regionDimensions()) {
        for (const QString& bin : regionBins(dimension))
            out << dimension + QLatin1Char(':') + bin;
    }
    return out;
}

namespace {

using SuspectKernel = std::function<std::vector<Suspect>(const SuspectImageInput&)>;
using SuspectKeep = std::function<void(std::vector<Suspect>&, std::vector<Suspect>&)>;

/// findSuspects' pass over `images` in `shares` contiguous shares, each read and looked at on a thread of its own
/// (share readers beyond the calling thread's open the project again: ProjectStore is one connection per thread);
/// fills report.suspects (ranked), images and skipped. Canceled: every reader asks `progress`, the calling thread
/// reports to it.
Result<void> findInShares(const ProjectStore& store, const Sources& sources, const SuspectOptions& options,
    const std::vector<ImageRecord>& images, int shares, const SuspectKernel& kernel, const SuspectKeep& keep,
    SuspectReport& report, Progress* progress)
{
    const std::size_t n = images.size();
    struct Share {
        std::vector<Suspect> found;
        SuspectReport report; // images looked at and skipped
    };
    std::vector<Share> out(static_cast<std::size_t>(shares));
    std::atomic<std::int64_t> done { 0 };
    std::atomic<bool> stop { false };
    const auto runShare = [&](const ProjectStore& connection, std::size_t t, bool reports) -> Result<void> {
        const std::size_t begin = n * t / std::size_t(shares), end = n * (t + 1) / std::size_t(shares);
        if (begin >= end)
            return {};
        InputReader reader(connection, sources, options, out[t].report);
        LECTOR_TRY(reader.open(images[begin].id, images[end - 1].id));
        SuspectImageInput in;
        for (std::size_t i = begin; i < end; ++i) {
            if (stop.load(std::memory_order_relaxed))
                return canceled();
            auto read = reader.read(images[i], in);
            LECTOR_TRY(read);
            if (*read) {
                std::vector<Suspect> found = kernel(in);
                keep(found, out[t].found);
                ++out[t].report.images;
            }
            const std::int64_t at = done.fetch_add(1, std::memory_order_relaxed) + 1;
            if ((i - begin) % 64 == 0 && progress) {
                if (reports)
                    progress->report(at, std::int64_t(n));
                if (progress->isCanceled())
                    stop = true;
            }
        }
        return {};
    };
    LECTOR_TRY(detail::runOnShareConnections(
        store, shares, &stop, [&](const ProjectStore& connection, std::size_t t, bool onCaller) -> Result<void> {
            if (onCaller)
                return runShare(connection, t, true); // its snapshot already open
            auto snapshot = ReadSnapshot::begin(connection);
            return snapshot ? runShare(connection, t, false) : Result<void>(std::move(snapshot).error());
        }));
    if (progress && progress->isCanceled())
        return canceled();
    std::vector<Suspect> all;
    for (Share& share : out) {
        report.images += share.report.images;
        report.skipped << share.report.skipped;
        all.insert(all.end(), std::make_move_iterator(share.found.begin()), std::make_move_iterator(share.found.end()));
    }
    rankSuspects(all);
    if (options.limit >= 0 && all.size() > std::size_t(options.limit))
        all.resize(std::size_t(options.limit));
    report.suspects = std::move(all);
    return {};
}

} // namespace

Result<SuspectReport> findSuspects(const ProjectStore& store, const SuspectOptions& options, Progress* progress)
{
    QElapsedTimer timer;
    timer.start();
    const auto wants = [&](SuspectKind k) { return options.kinds.empty() || options.kinds.count(k) > 0; };
    if (!options.slice.isEmpty() && !suspectSlices().contains(options.slice)) // before anything is read
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("unknown slice %1 (one of %2)").arg(options.slice, suspectSlices().join(QStringLiteral(", "))));
    auto snapshot = ReadSnapshot::begin(store);
    LECTOR_TRY(snapshot);
    auto sources = resolveSources(store, options);
    LECTOR_TRY(sources);
    // Only the images the annotator labeled: a page they never opened has no missed words.
    auto labeled = labeledImages(store, sources->annotator, options.checkImageFiles);
    LECTOR_TRY(labeled);
    std::vector<ImageRecord>* images = &*labeled;
    SuspectReport report;

    std::vector<char32_t> charset;
    if (wants(SuspectKind::Charset)) {
        if (!options.charset.isEmpty()) {
            auto ucs = options.charset.toUcs4();
            charset.assign(ucs.begin(), ucs.end());
            std::sort(charset.begin(), charset.end());
        } else {
            auto measured = measureCharset(store, sources->annotator, options.charsetCoverage);
            LECTOR_TRY(measured);
            charset = std::move(measured).value();
        }
        report.charset = QString::fromUcs4(charset.data(), qsizetype(charset.size()));
    }
    if (!options.batch.isEmpty()) // after the character set, which is the annotator's over every batch
        images->erase(std::remove_if(images->begin(), images->end(),
                          [&](const ImageRecord& r) { return r.batch != options.batch; }),
            images->end());
    std::unordered_map<ImageId, std::vector<std::pair<AnnotationId, double>>> conflicted;
    if (wants(SuspectKind::Disagreement)) {
        ConflictFilter filter;
        filter.status = ConflictStatus::Open;
        auto conflicts = ConflictRepository(const_cast<ProjectStore&>(store)).list(filter);
        LECTOR_TRY(conflicts);
        for (const Conflict& c : *conflicts) {
            for (AnnotationId a : c.annotations)
                conflicted[c.image].emplace_back(a, std::clamp(c.severity, 0.0, 1.0));
        }
    }

    const std::size_t n = images->size();
    const std::size_t chunk = std::size_t(std::max(1, options.chunk));
    const auto kernel = [&](const SuspectImageInput& in) {
        std::vector<Suspect> found = findImageSuspects(in, options);
        if (!charset.empty())
            addCharsetSuspects(in, charset, found);
        if (auto c = conflicted.find(in.image); c != conflicted.end())
            addDisagreementSuspects(in, c->second, found);
        return found;
    };
    const auto keep = [&](std::vector<Suspect>& found, std::vector<Suspect>& into) {
        for (Suspect& s : found) {
            if (wants(s.kind) && (options.slice.isEmpty() || suspectInSlice(s, options.slice)))
                into.push_back(std::move(s));
        }
    };
    // A large project is read by several readers, each on a connection of its own over a contiguous share of the
    // images, doing its own images' work: with one reader (below) the store's read, the largest part of the pass,
    // kept one core busy while the other waited. The shares are joined in image order, so that the ranked list is
    // the one reader's to the last tie.
    const int shares = n >= 4 * chunk
        ? parallelThreads(ParallelOptions { options.threads }, std::max<std::size_t>(1, n / chunk))
        : 1;
    if (shares > 1) {
        LECTOR_TRY(findInShares(store, *sources, options, *images, shares, kernel, keep, report, progress));
        report.seconds = double(timer.nsecsElapsed()) / 1e9;
        return report;
    }

    InputReader reader(store, *sources, options, report);
    LECTOR_TRY(reader.open());
    // Double-buffered: while the workers look at one chunk, the calling thread reads the next, an image per image
    // merged (as the detection evaluation reads ahead).
    std::vector<SuspectImageInput> current(std::min(n, chunk)), ahead(std::min(n, chunk));
    std::size_t aheadUsed = 0, aheadPos = 0, aheadEnd = std::min(n, chunk);
    std::optional<Error> failure;
    const auto readOne = [&] {
        if (aheadPos >= aheadEnd)
            return true;
        auto read = reader.read((*images)[aheadPos++], ahead[aheadUsed]);
        if (!read) {
            failure = std::move(read).error();
            return false;
        }
        aheadUsed += *read ? 1 : 0;
        return true;
    };
    while (aheadPos < aheadEnd) {
        if (!readOne())
            return *failure;
    }
    std::vector<Suspect> all;
    for (std::size_t begin = 0; begin < n;) {
        if (progress && progress->isCanceled())
            return canceled();
        std::swap(current, ahead);
        const std::size_t used = aheadUsed;
        ParallelOptions parallel;
        parallel.threads = options.threads;
        parallel.progress = progress;
        parallel.progressBase = std::int64_t(begin);
        parallel.progressTotal = std::int64_t(n);
        begin = aheadEnd;
        aheadUsed = 0;
        aheadPos = begin;
        aheadEnd = std::min(n, begin + chunk);
        const bool complete = parallelMap<std::vector<Suspect>>(
            used, parallel, [&](std::size_t i, int) { return kernel(current[i]); },
            [&](std::size_t, std::vector<Suspect>&& found) {
                keep(found, all);
                return readOne();
            });
        if (failure)
            return *failure;
        if (!complete)
            return canceled();
        while (aheadPos < aheadEnd) {
            if (!readOne())
                return *failure;
        }
        report.images += std::int64_t(used);
    }
    rankSuspects(all);
    if (options.limit >= 0 && all.size() > std::size_t(options.limit))
        all.resize(std::size_t(options.limit));
    report.suspects = std::move(all);
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace lector
