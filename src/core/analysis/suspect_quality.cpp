// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/suspect_quality.h>

#include <lector/core/tr.h>
#include <lector/metrics/polygon_iou.h>
#include <lector/metrics/region_matching.h>
#include <lector/store/project_store.h>

#include <algorithm>
#include <map>
#include <set>

namespace lector {

double averagePrecision(const std::vector<char>& relevant, std::int64_t positives)
{
    if (positives <= 0)
        return 0;
    double sum = 0;
    std::int64_t hits = 0;
    for (std::size_t i = 0; i < relevant.size(); ++i) {
        if (relevant[i]) {
            ++hits;
            sum += double(hits) / double(i + 1);
        }
    }
    return sum / double(positives);
}

namespace {

struct Truth {
    std::set<AnnotationId> wrongText;
    std::set<AnnotationId> loose;
    std::map<ImageId, std::vector<Polygon>> missed;
    std::int64_t missedCount = 0;
};

std::vector<Polygon> polygonsOf(const std::vector<Annotation>& as)
{
    std::vector<Polygon> out;
    out.reserve(as.size());
    for (const Annotation& a : as)
        out.push_back(a.region.polygon);
    return out;
}

void measureImage(
    const std::vector<Annotation>& labels, const std::vector<Annotation>& truthAll, ImageId image, Truth& truth)
{
    std::vector<Annotation> words;
    for (const Annotation& t : truthAll) {
        if (!t.region.isDontCare() && t.region.polygon.isValid())
            words.push_back(t);
    }
    const std::vector<Polygon> lp = polygonsOf(labels);
    const std::vector<Polygon> tp = polygonsOf(words);
    std::vector<double> bestOfLabel(labels.size(), 0), bestOfWord(words.size(), 0);
    for (const RegionMatch& m : overlappingPairs(lp, tp, 1e-9)) {
        bestOfLabel[std::size_t(m.a)] = std::max(bestOfLabel[std::size_t(m.a)], m.iou);
        bestOfWord[std::size_t(m.b)] = std::max(bestOfWord[std::size_t(m.b)], m.iou);
    }
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (bestOfWord[w] <= 0.3) {
            truth.missed[image].push_back(tp[w]);
            ++truth.missedCount;
        }
    }
    for (std::size_t l = 0; l < labels.size(); ++l) {
        if (!labels[l].region.isDontCare() && bestOfLabel[l] >= 0.3 && bestOfLabel[l] < 0.7)
            truth.loose.insert(labels[l].id);
    }
    for (const RegionMatch& m : matchRegions(lp, tp, 0.5)) {
        const Annotation& l = labels[std::size_t(m.a)];
        if (!l.region.isDontCare() && l.region.text != words[std::size_t(m.b)].region.text)
            truth.wrongText.insert(l.id);
    }
}

} // namespace

Result<std::vector<SuspectKindQuality>> measureSuspectQuality(
    const ProjectStore& store, const SuspectReport& report, const QString& annotator, const QString& truthName)
{
    auto who = store.findAnnotator(annotator);
    LECTOR_TRY(who);
    auto ref = store.findAnnotator(truthName);
    LECTOR_TRY(ref);
    if (!*who || !*ref)
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("no annotator %1 or %2").arg(annotator, truthName));
    auto images = store.images();
    LECTOR_TRY(images);
    Truth truth;
    for (const ImageRecord& image : *images) {
        auto labels = store.annotations(image.id, (*who)->id);
        LECTOR_TRY(labels);
        if (labels->empty()) { // a page the annotator never labeled has no errors of theirs, as the finder says
            auto state = store.imageState(image.id, (*who)->id);
            LECTOR_TRY(state);
            if (*state != ImageState::Done)
                continue;
        }
        auto words = store.annotations(image.id, (*ref)->id);
        LECTOR_TRY(words);
        measureImage(*labels, *words, image.id, truth);
    }
    std::vector<SuspectKindQuality> out;
    for (SuspectKind kind : { SuspectKind::MissedWord, SuspectKind::WrongText, SuspectKind::LooseBox }) {
        SuspectKindQuality q;
        q.kind = kind;
        q.errors = kind == SuspectKind::MissedWord ? truth.missedCount
            : kind == SuspectKind::WrongText       ? std::int64_t(truth.wrongText.size())
                                                   : std::int64_t(truth.loose.size());
        std::vector<char> relevant;
        std::set<AnnotationId> counted;
        std::map<ImageId, std::vector<char>> claimed;
        for (const Suspect& s : report.suspects) {
            if (s.kind != kind)
                continue;
            bool hit = false;
            if (kind == SuspectKind::MissedWord) {
                auto it = truth.missed.find(s.image);
                if (it != truth.missed.end()) {
                    std::vector<char>& used = claimed[s.image];
                    used.resize(it->second.size(), 0);
                    for (std::size_t w = 0; w < it->second.size() && !hit; ++w) {
                        if (!used[w] && polygonIoU(it->second[w], s.region.polygon) >= 0.5) {
                            used[w] = 1;
                            hit = true;
                        }
                    }
                }
            } else {
                const std::set<AnnotationId>& set = kind == SuspectKind::WrongText ? truth.wrongText : truth.loose;
                hit = set.count(s.annotation) > 0 && counted.insert(s.annotation).second;
            }
            relevant.push_back(hit ? 1 : 0);
        }
        q.listed = std::int64_t(relevant.size());
        q.found = std::count(relevant.begin(), relevant.end(), 1);
        const auto precisionAt = [&](std::size_t k) {
            const std::size_t n = std::min(k, relevant.size());
            return n == 0 ? 0.0
                          : double(std::count(relevant.begin(), relevant.begin() + std::ptrdiff_t(n), 1)) / double(n);
        };
        q.precisionAt100 = precisionAt(100);
        q.precisionAt500 = precisionAt(500);
        q.recall = q.errors > 0 ? double(q.found) / double(q.errors) : 0;
        q.averagePrecision = averagePrecision(relevant, q.errors);
        out.push_back(q);
    }
    return out;
}

} // namespace lector
