// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/agreement_json.h>

#include <cmath>

namespace lector {

namespace {

nlohmann::json number(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

nlohmann::json figures(const PairFigures& f, bool withNames)
{
    nlohmann::json j;
    if (withNames) {
        j["a"] = f.a.toStdString();
        j["b"] = f.b.toStdString();
    }
    j["images"] = f.images;
    j["regions_a"] = f.regionsA;
    j["regions_b"] = f.regionsB;
    j["matched"] = f.matched;
    j["precision"] = number(f.precision());
    j["recall"] = number(f.recall());
    j["f1"] = number(f.f1());
    j["mean_iou"] = number(f.meanIoU());
    j["text_agreement"] = number(f.textAgreement());
    j["cer"] = number(f.cer());
    return j;
}

nlohmann::json pairList(const std::vector<PairFigures>& pairs)
{
    nlohmann::json list = nlohmann::json::array();
    for (const PairFigures& f : pairs)
        list.push_back(figures(f, true));
    return list;
}

nlohmann::json slice(const SliceFigures& s)
{
    return { { "pooled", figures(s.pooled, false) }, { "pairs", pairList(s.pairs) } };
}

nlohmann::json imageJson(const ImageAgreement& image)
{
    return { { "image", image.image }, { "batch", image.batch.toStdString() }, { "pairs", pairList(image.pairs) } };
}

} // namespace

nlohmann::json toJson(const AgreementReport& report, bool withPerImage)
{
    nlohmann::json j;
    j["images"] = report.images;
    j["iou_threshold"] = report.iouThreshold;
    nlohmann::json names = nlohmann::json::array();
    for (const QString& n : report.annotators)
        names.push_back(n.toStdString());
    j["annotators"] = names;
    j["units"] = report.units;
    j["pairs"] = pairList(report.pairs);
    j["alpha_text"] = number(report.alphaText.alpha);
    j["alpha_geometry"] = number(report.alphaGeometry.alpha);
    j["fleiss_kappa"]
        = { { "illegible", number(report.kappaIllegible) }, { "dont_care", number(report.kappaDontCare) } };
    nlohmann::json perImage = nlohmann::json::array();
    if (withPerImage)
        for (const ImageAgreement& image : report.perImage)
            if (!image.pairs.empty())
                perImage.push_back(imageJson(image));
    j["per_image"] = perImage;
    nlohmann::json perSlice = nlohmann::json::object();
    for (const SliceFigures& s : report.perSlice)
        perSlice[s.dimension.toStdString()][s.bin.toStdString()] = slice(s);
    j["per_slice"] = perSlice;
    nlohmann::json perVersion = nlohmann::json::object();
    for (const SliceFigures& s : report.perGuidelineVersion)
        perVersion[s.bin.toStdString()] = slice(s);
    j["per_guideline_version"] = perVersion;
    return j;
}

void writeJson(const AgreementReport& report, int indent, const std::function<void(std::string_view)>& write)
{
    Q_ASSERT(indent >= 0);
    // The summary with a marker where per_image goes; the marker's key and value cannot come out of the data (the
    // only other objects are keyed by dimension, bin and version, and hold objects).
    nlohmann::json j = toJson(report, false);
    const std::string marker = "@@per_image@@";
    j["per_image"] = marker;
    const std::string text = j.dump(indent);
    const std::string key = R"("per_image": ")" + marker + '"';
    const size_t at = text.find(key);
    Q_ASSERT(at != std::string::npos);
    write(std::string_view(text).substr(0, at + key.size() - marker.size() - 2));
    // What dump() writes for an array one level down: each element on its own line two indents in, its own lines
    // indented by as much, then the closing bracket one indent in.
    const std::string inner(size_t(2 * indent), ' ');
    bool any = false;
    for (const ImageAgreement& image : report.perImage) {
        if (image.pairs.empty())
            continue;
        write(any ? ",\n" : "[\n");
        any = true;
        std::string element = imageJson(image).dump(indent);
        std::string indented = inner;
        indented.reserve(element.size() + element.size() / 8);
        for (char c : element) {
            indented += c;
            if (c == '\n')
                indented += inner;
        }
        write(indented);
    }
    write(any ? "\n" + std::string(size_t(indent), ' ') + "]" : std::string("[]"));
    write(std::string_view(text).substr(at + key.size()));
}

} // namespace lector
