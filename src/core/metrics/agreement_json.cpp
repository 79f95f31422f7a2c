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

} // namespace

nlohmann::json toJson(const AgreementReport& report)
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
    j["fleiss_kappa"] = { { "illegible", number(report.kappaIllegible) }, { "dont_care", number(report.kappaDontCare) } };
    nlohmann::json perImage = nlohmann::json::array();
    for (const ImageAgreement& image : report.perImage) {
        if (image.pairs.empty())
            continue;
        perImage.push_back({ { "image", image.image }, { "batch", image.batch.toStdString() },
            { "pairs", pairList(image.pairs) } });
    }
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

} // namespace lector
