// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/detection_eval_json.h>

#include <lector/core/tr.h>

#include <QIODevice>

#include <cmath>

namespace lector {

namespace {

nlohmann::json number(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

std::string utf8(const QString& s) { return s.toStdString(); }

nlohmann::json sliceJson(const DetectionEvalReport& report)
{
    nlohmann::json slices = nlohmann::json::object();
    for (const SliceEvaluation& s : report.perSlice)
        slices[utf8(s.dimension)][utf8(s.bin)] = toJson(s.counts);
    return slices;
}

} // namespace

nlohmann::json toJson(const DetectionCounts& c)
{
    nlohmann::json j;
    j["images"] = c.images;
    j["ground_truth"] = c.groundTruth;
    j["ground_truth_dont_care"] = c.groundTruthDontCare;
    j["detections"] = c.detections;
    j["detections_dont_care"] = c.detectionsDontCare;
    j["matched"] = c.matched;
    j["matched_detections"] = c.matchedDetections;
    j["precision"] = number(c.precision());
    j["recall"] = number(c.recall());
    j["hmean"] = number(c.hmean());
    j["mean_iou"] = number(c.meanIoU());
    j["word_accuracy"] = number(c.wordAccuracy());
    j["matched_word_accuracy"] = number(c.matchedWordAccuracy());
    j["e2e_precision"] = number(c.endToEndPrecision());
    j["e2e_hmean"] = number(c.endToEndHmean());
    j["cer"] = number(c.cer());
    j["wer"] = number(c.wer());
    j["text_equal"] = c.textEqual;
    j["char_errors"] = c.charErrors;
    j["char_total"] = c.charTotal;
    j["word_errors"] = c.wordErrors;
    j["word_total"] = c.wordTotal;
    return j;
}

nlohmann::json toJson(const ImageSummary& e)
{
    nlohmann::json im;
    im["image"] = e.image;
    im["batch"] = utf8(e.batch);
    im["counts"] = toJson(e.counts);
    im["precision"] = e.precision;
    im["recall"] = e.recall;
    im["hmean"] = e.hmean;
    return im;
}

nlohmann::json toJson(const ImageEvaluation& e, const EvalImage* in)
{
    const auto gtId = [&](int k) -> std::int64_t {
        return in && size_t(k) < in->groundTruthIds.size() ? in->groundTruthIds[size_t(k)] : k;
    };
    const auto detId = [&](int k) -> std::int64_t {
        return in && size_t(k) < in->detectionIds.size() ? in->detectionIds[size_t(k)] : k;
    };
    nlohmann::json im = toJson(static_cast<const ImageSummary&>(e));
    nlohmann::json matches = nlohmann::json::array();
    for (const EvalMatch& m : e.matches)
        matches.push_back({ { "gt", gtId(m.groundTruth) }, { "det", detId(m.detection) }, { "iou", m.iou },
            { "text_equal", m.textEqual } });
    im["matches"] = std::move(matches);
    nlohmann::json fp = nlohmann::json::array(), missed = nlohmann::json::array(), dontCare = nlohmann::json::array();
    for (const int k : e.falsePositives)
        fp.push_back(detId(k));
    for (const int k : e.missed)
        missed.push_back(gtId(k));
    for (const int k : e.dontCareDetections)
        dontCare.push_back(detId(k));
    im["false_positives"] = std::move(fp);
    im["missed"] = std::move(missed);
    im["dont_care_detections"] = std::move(dontCare);
    return im;
}

std::string perImageJsonText(const ImageEvaluation& evaluation, const EvalImage& image)
{
    // An entry of per_image sits two levels deep in the document: its own lines are indented by four more spaces.
    // JSON strings hold no raw newline, so every newline of the dump starts a line.
    const std::string dumped = toJson(evaluation, &image).dump(2);
    std::string out;
    out.reserve(dumped.size() + dumped.size() / 8);
    out += "    ";
    for (const char c : dumped) {
        out += c;
        if (c == '\n')
            out += "    ";
    }
    return out;
}

Result<void> writeDetectionEvalJson(
    const DetectionEvalReport& report, QIODevice* entries, QIODevice& out, const nlohmann::json& extra)
{
    // The details without the per-image entries (100,000 summaries as JSON objects would take 300 MB).
    nlohmann::json j = toJson(report, nullptr, false);
    if (extra.is_object())
        for (const auto& [key, value] : extra.items())
            j[key] = value;
    j["per_image"] = nlohmann::json::array();
    j["per_slice"] = sliceJson(report);
    const std::string text = j.dump(2);
    // Top-level keys sit on their own line, two spaces in: a string value cannot fake this (its newlines are
    // escaped).
    const std::string placeholder = "\n  \"per_image\": []";
    const size_t at = text.find(placeholder);
    if (at == std::string::npos)
        return LECTOR_ERROR(ErrorCode::Internal, Core::tr("per_image missing from the evaluation's JSON"));
    const auto write = [&](const char* data, qint64 size) -> bool { return out.write(data, size) == size; };
    const size_t split = at + placeholder.size() - 2; // before "[]"
    bool ok = write(text.data(), qint64(split));
    if (report.perImage.empty() || !entries) {
        ok = ok && write("[]", 2);
    } else {
        ok = ok && write("[\n", 2);
        char buffer[1 << 16];
        for (;;) {
            const qint64 n = entries->read(buffer, sizeof buffer);
            if (n < 0)
                return LECTOR_ERROR(ErrorCode::Io, Core::tr("cannot read the per-image entries back"))
                    .withDetail(entries->errorString());
            if (n == 0)
                break;
            ok = ok && write(buffer, n);
        }
        ok = ok && write("\n  ]", 4);
    }
    const size_t rest = split + 2;
    ok = ok && write(text.data() + rest, qint64(text.size() - rest)) && write("\n", 1);
    if (!ok)
        return LECTOR_ERROR(ErrorCode::Io, Core::tr("cannot write the evaluation's JSON"))
            .withDetail(out.errorString());
    return {};
}

nlohmann::json toJson(const DetectionEvalReport& report, const DetectionEvalInput* input, bool details)
{
    nlohmann::json j;
    const DetectionCounts& t = report.totals;
    j["ground_truth"] = utf8(report.groundTruthName);
    j["run"] = utf8(report.detectionName);
    j["matching"] = utf8(matchingMethodName(report.options.matching));
    j["detection_order"] = utf8(detectionOrderName(report.options.order));
    j["iou"] = report.options.iouThreshold;
    j["dont_care_area"] = report.options.dontCareAreaThreshold;
    j["ignore_case"] = report.options.ignoreCase;
    j["images"] = t.images;
    j["precision"] = number(t.precision());
    j["recall"] = number(t.recall());
    j["hmean"] = number(t.hmean());
    j["mean_iou"] = number(t.meanIoU());
    j["word_accuracy"] = number(t.wordAccuracy());
    j["matched_word_accuracy"] = number(t.matchedWordAccuracy());
    j["e2e_hmean"] = number(t.endToEndHmean());
    j["cer"] = number(t.cer());
    j["wer"] = number(t.wer());
    j["average_precision"] = number(report.averagePrecision);
    j["counts"] = toJson(t);

    nlohmann::json batches = nlohmann::json::array();
    for (const BatchEvaluation& b : report.perBatch) {
        nlohmann::json e = toJson(b.counts);
        e["batch"] = utf8(b.batch);
        e["first_image"] = b.firstImage;
        batches.push_back(std::move(e));
    }
    j["per_batch"] = std::move(batches);

    nlohmann::json histogram = nlohmann::json::array();
    for (const ConfidenceBin& b : confidenceHistogram(report, 20))
        histogram.push_back(
            { { "lower", b.lower }, { "upper", b.upper }, { "matched", b.matched }, { "unmatched", b.unmatched } });
    j["confidence_histogram"] = std::move(histogram);
    const auto pointJson = [](const ThresholdPoint& p) {
        return nlohmann::json { { "threshold", p.threshold }, { "detections", p.detections }, { "matched", p.matched },
            { "precision", p.precision }, { "recall", p.recall }, { "hmean", p.hmean } };
    };
    const std::vector<ThresholdPoint> curve = precisionRecallCurve(report, 101);
    nlohmann::json points = nlohmann::json::array();
    for (const ThresholdPoint& p : curve)
        points.push_back(pointJson(p));
    j["threshold_curve"] = std::move(points);
    j["best_threshold"] = curve.empty() ? nlohmann::json(nullptr) : pointJson(bestThreshold(report));

    nlohmann::json confusions = nlohmann::json::array();
    for (size_t i = 0; i < report.confusions.size() && i < 50; ++i) {
        const CharConfusion& c = report.confusions[i];
        confusions.push_back({ { "truth", utf8(c.truth) }, { "detected", utf8(c.detected) }, { "count", c.count } });
    }
    j["confusions"] = std::move(confusions);

    if (!details)
        return j;
    nlohmann::json images = nlohmann::json::array();
    for (size_t i = 0; i < report.perImage.size(); ++i) {
        const EvalImage* in = input && i < input->images.size() && input->images[i].id == report.perImage[i].image
            ? &input->images[i]
            : nullptr;
        images.push_back(in ? toJson(evaluateImage(*in, report.options), in) : toJson(report.perImage[i]));
    }
    j["per_image"] = std::move(images);

    j["per_slice"] = sliceJson(report);
    return j;
}

} // namespace lector
