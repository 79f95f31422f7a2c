// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/rater_feedback.h>

#include <lector/core/tr.h>
#include <lector/metrics/detection_eval_loader.h>
#include <lector/store/image_query.h>
#include <lector/store/project_store.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace lector {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Scored {
    DetectionEvalReport report;
    DisagreementKinds kinds;
    int images = 0;
};

/// `name`'s labels scored against `truth` on the images both labeled (a region of `name`, or marked done by them).
Result<Scored> score(const ProjectStore& store, const QString& truth, const QString& name, double looseIou)
{
    auto input = loadDetectionEvalInput(store, EvalSource::annotator(truth), EvalSource::annotator(name));
    LECTOR_TRY(input);
    auto who = store.findAnnotator(name);
    LECTOR_TRY(who);
    std::set<ImageId> done;
    if (*who) {
        ImageQuery q;
        q.status = ImageQuery::Status::DoneByMe;
        q.me = (*who)->id;
        auto ids = store.queryImageIds(q);
        LECTOR_TRY(ids);
        done.insert(ids->begin(), ids->end());
    }
    DetectionEvalInput mine;
    mine.groundTruthName = input->groundTruthName;
    mine.detectionName = input->detectionName;
    for (EvalImage& image : input->images)
        if (!image.detections.empty() || done.count(image.id))
            mine.images.push_back(std::move(image));
    Scored out;
    out.images = static_cast<int>(mine.images.size());
    out.report = evaluateDetections(mine);
    const DetectionCounts& t = out.report.totals;
    out.kinds.missed = t.groundTruth - t.matched;
    out.kinds.extra = t.detections - t.matchedDetections;
    out.kinds.text = t.matched - t.textEqual;
    for (const EvalImage& image : mine.images) {
        const ImageEvaluation e = evaluateImage(image, out.report.options);
        for (const EvalMatch& m : e.matches) {
            out.kinds.loose += m.iou < looseIou;
            const bool a = image.groundTruth[static_cast<std::size_t>(m.groundTruth)].flags & FlagIllegible;
            const bool b = image.detections[static_cast<std::size_t>(m.detection)].flags & FlagIllegible;
            out.kinds.flags += a != b;
        }
    }
    return out;
}

const SliceEvaluation* sliceOf(const DetectionEvalReport& r, const QString& dimension, const QString& bin)
{
    for (const SliceEvaluation& s : r.perSlice)
        if (s.dimension == dimension && s.bin == bin)
            return &s;
    return nullptr;
}

Result<QString> truthName(const ProjectStore& store, const QString& asked)
{
    auto info = store.info();
    LECTOR_TRY(info);
    const auto has = [&](const QString& n) {
        const auto it = info->annotationsByAnnotator.find(n);
        return it != info->annotationsByAnnotator.end() && it->second > 0;
    };
    if (!asked.isEmpty()) {
        if (!has(asked))
            return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("\"%1\" has no labels to compare with").arg(asked))
                .at(store.path());
        return asked;
    }
    for (const QString& n : { QStringLiteral("reference"), QStringLiteral("consensus") })
        if (has(n))
            return n;
    return LECTOR_ERROR(ErrorCode::InvalidArgument,
        Core::tr("there is neither a reference nor a consensus to compare with (build the consensus first, or "
                 "name the truth)"))
        .at(store.path());
}

} // namespace

Result<RaterFeedback> computeRaterFeedback(ProjectStore& store, const FeedbackOptions& options, Progress* progress)
{
    auto who = store.findAnnotator(options.annotator);
    LECTOR_TRY(who);
    if (!*who)
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("there is no annotator \"%1\"").arg(options.annotator))
            .at(store.path());
    auto truth = truthName(store, options.against);
    LECTOR_TRY(truth);
    if (*truth == options.annotator)
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("\"%1\" is the truth: compare another annotator with it").arg(options.annotator))
            .at(store.path());
    RaterFeedback f;
    f.annotator = options.annotator;
    f.against = *truth;
    auto mine = score(store, *truth, options.annotator, options.looseIou);
    LECTOR_TRY(mine);
    if (mine->images == 0)
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("\"%1\" labeled no image that \"%2\" labeled").arg(options.annotator, *truth))
            .at(store.path());
    f.images = mine->images;
    f.counts = mine->report.totals;
    f.kinds = mine->kinds;
    for (std::size_t i = 0; i < mine->report.confusions.size() && int(i) < options.confusions; ++i)
        f.confusions.push_back(mine->report.confusions[i]);
    const auto& batches = mine->report.perBatch;
    for (std::size_t i
         = batches.size() > std::size_t(options.batches) ? batches.size() - std::size_t(options.batches) : 0;
         i < batches.size(); ++i)
        f.batches.push_back({ batches[i].batch, batches[i].counts.groundTruth, batches[i].counts.recall(),
            batches[i].counts.wordAccuracy() });

    // The others against the same truth: the comparison, and the team's figures on each rule's slice.
    auto annotators = store.annotators();
    LECTOR_TRY(annotators);
    std::vector<DetectionEvalReport> others;
    for (const Annotator& a : *annotators) {
        if (progress && progress->isCanceled())
            return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("feedback canceled"));
        if (a.name == options.annotator || a.name == *truth || a.name == QLatin1String("reference")
            || a.name == QLatin1String("consensus"))
            continue;
        auto theirs = score(store, *truth, a.name, options.looseIou);
        LECTOR_TRY(theirs);
        if (theirs->images == 0)
            continue;
        const DetectionCounts& t = theirs->report.totals;
        f.peers.push_back({ a.name, t.groundTruth, t.recall(), t.wordAccuracy() });
        others.push_back(std::move(theirs->report));
    }
    std::sort(
        f.peers.begin(), f.peers.end(), [](const FeedbackPeer& a, const FeedbackPeer& b) { return a.name < b.name; });

    auto versions = store.guidelineVersions();
    LECTOR_TRY(versions);
    for (const GuidelineVersion& v : *versions) {
        for (const QString& slice : v.about) {
            const auto colon = slice.indexOf(QLatin1Char(':')); // a bin may hold colons ("batch:2026-05-01 10:00")
            if (colon <= 0)
                continue;
            FeedbackRule rule;
            rule.version = v.number;
            rule.changelog = v.changelog;
            rule.dimension = slice.left(colon);
            rule.bin = slice.mid(colon + 1);
            if (const SliceEvaluation* s = sliceOf(mine->report, rule.dimension, rule.bin)) {
                rule.words = s->counts.groundTruth;
                rule.errors = s->counts.groundTruth - s->counts.textEqual;
                rule.wordAccuracy = s->counts.wordAccuracy();
            }
            DetectionCounts team;
            for (const DetectionEvalReport& r : others)
                if (const SliceEvaluation* s = sliceOf(r, rule.dimension, rule.bin))
                    team.add(s->counts);
            rule.teamWordAccuracy = team.groundTruth > 0 ? team.wordAccuracy() : kNaN;
            f.rules.push_back(rule);
        }
    }

    auto efficiency = computeEfficiency(store);
    LECTOR_TRY(efficiency);
    std::vector<double> speeds;
    for (const AnnotatorEfficiency& a : efficiency->annotators) {
        if (a.name == options.annotator)
            f.speed = a;
        if (a.boxes > 0)
            speeds.push_back(a.boxesPerHour());
    }
    if (!speeds.empty()) {
        std::sort(speeds.begin(), speeds.end());
        const std::size_t m = speeds.size() / 2;
        f.teamMedianBoxesPerHour = speeds.size() % 2 ? speeds[m] : (speeds[m - 1] + speeds[m]) / 2;
    }
    return f;
}

namespace {

QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString pct(double v)
{
    return std::isfinite(v) ? QString::number(100 * v, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
}
QString row(const QStringList& cells, bool header = false)
{
    QString out = QStringLiteral("<tr>");
    for (const QString& c : cells)
        out += (header ? QStringLiteral("<th>") : QStringLiteral("<td>")) + c
            + (header ? QStringLiteral("</th>") : QStringLiteral("</td>"));
    return out + QStringLiteral("</tr>\n");
}
QString shown(const QString& s)
{
    if (s.isEmpty())
        return QStringLiteral("∅");
    return s == QLatin1String(" ") ? QStringLiteral("␣") : esc(s);
}

} // namespace

QString feedbackHtml(const RaterFeedback& f)
{
    const DetectionCounts& c = f.counts;
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n")
             .arg(Core::tr("Feedback for %1").arg(esc(f.annotator)));
    h += QStringLiteral(
        "<style>body{font-family:sans-serif;max-width:52em;margin:2em auto;color:#222}"
        "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:.25em .6em;"
        "text-align:left}th{background:#eee}.big{font-size:1.6em;font-weight:bold}</style></head><body>\n");
    h += Core::tr("<h1>Feedback for %1</h1>\n<p>Your labels on %2 images compared with <b>%3</b> (ICDAR 2015 "
                  "matching: a box matches a %3 word when their overlap is above one half).</p>\n")
             .arg(esc(f.annotator))
             .arg(f.images)
             .arg(esc(f.against));
    h += Core::tr("<h2>Agreement</h2>\n<p><span class=\"big\">%1</span> of the words read right end to end "
                  "(box and text); %2 of the words boxed; %3 of your boxes are words.</p>\n")
             .arg(pct(c.wordAccuracy()), pct(c.recall()), pct(c.precision()));
    h += QStringLiteral("<table>")
        + row({ Core::tr("annotator"), Core::tr("words"), Core::tr("boxed"), Core::tr("read right") }, true);
    h += row({ Core::tr("<b>%1 (you)</b>").arg(esc(f.annotator)), QString::number(c.groundTruth), pct(c.recall()),
        pct(c.wordAccuracy()) });
    for (const FeedbackPeer& p : f.peers)
        h += row({ esc(p.name), QString::number(p.words), pct(p.recall), pct(p.wordAccuracy) });
    h += Core::tr("</table>\n<h2>Where your labels differ</h2>\n<table>");
    h += row({ Core::tr("kind"), Core::tr("words"), Core::tr("what it means") }, true);
    h += row({ Core::tr("missed"), QString::number(f.kinds.missed), Core::tr("a word with no box of yours") });
    h += row({ Core::tr("extra"), QString::number(f.kinds.extra), Core::tr("a box of yours on no word") });
    h += row({ Core::tr("loose"), QString::number(f.kinds.loose),
        Core::tr("a box that matches but fits the word loosely") });
    h += row({ Core::tr("text"), QString::number(f.kinds.text), Core::tr("a box with another transcription") });
    h += row({ Core::tr("flags"), QString::number(f.kinds.flags), Core::tr("illegible set on one side only") });
    h += QStringLiteral("</table>\n");
    if (!f.confusions.empty()) {
        h += Core::tr("<h2>Characters you most often read otherwise</h2>\n<table>");
        h += row({ Core::tr("printed"), Core::tr("you typed"), Core::tr("times") }, true);
        for (const CharConfusion& x : f.confusions)
            h += row({ shown(x.truth), shown(x.detected), QString::number(x.count) });
        h += Core::tr("</table>\n<p>∅: nothing (a character left out or added); ␣: a space.</p>\n");
    }
    if (!f.rules.empty()) {
        h += Core::tr("<h2>Guideline rules</h2>\n<p>The slices each guideline version is about, and how your "
                      "words there compare with everybody else's.</p>\n<table>");
        h += row({ Core::tr("version"), Core::tr("rule"), Core::tr("slice"), Core::tr("your words"), Core::tr("wrong"),
                     Core::tr("you"), Core::tr("the others") },
            true);
        for (const FeedbackRule& r : f.rules)
            h += row({ QStringLiteral("v%1").arg(r.version), esc(r.changelog),
                esc(QStringLiteral("%1: %2").arg(r.dimension, r.bin)), QString::number(r.words),
                QString::number(r.errors), pct(r.words > 0 ? r.wordAccuracy : kNaN), pct(r.teamWordAccuracy) });
        h += QStringLiteral("</table>\n");
    }
    h += Core::tr("<h2>Speed</h2>\n<p>%1 boxes in %2 active hours: %3 boxes an hour (the team's median %4), "
                  "%5 s a box (median), %6 corrections a box.</p>\n")
             .arg(f.speed.boxes)
             .arg(f.speed.activeHours(), 0, 'f', 1)
             .arg(f.speed.boxesPerHour(), 0, 'f', 0)
             .arg(f.teamMedianBoxesPerHour, 0, 'f', 0)
             .arg(f.speed.medianSecondsPerBox, 0, 'f', 1)
             .arg(f.speed.correctionsPerBox(), 0, 'f', 2);
    if (!f.batches.empty()) {
        h += Core::tr("<h2>Your last batches</h2>\n<table>");
        h += row({ Core::tr("batch"), Core::tr("words"), Core::tr("boxed"), Core::tr("read right") }, true);
        for (const FeedbackBatch& b : f.batches)
            h += row({ esc(b.batch), QString::number(b.words), pct(b.recall), pct(b.wordAccuracy) });
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace lector
