// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/agreement_json.h>

#include "metrics/agreement_test_support.h"
#include "test_support.h"

using namespace lector;

namespace {

std::string written(const AgreementReport& report, int indent)
{
    std::string out;
    size_t pieces = 0;
    writeJson(report, indent, [&](std::string_view piece) {
        out += piece;
        ++pieces;
    });
    EXPECT_GT(pieces, 2u);
    return out;
}

} // namespace

TEST(AgreementJson, WrittenPieceByPieceIsTheDumpByteForByte)
{
    AgreementInput input = test::randomAgreementInput(3, { 40 });
    input.images[0].batch = QStringLiteral("배치 \"one\"\n"); // escapes and UTF-8 in a per-image value and a slice key
    std::vector<AgreementReport> reports { computeAgreement(input), computeAgreement(AgreementInput {}) };
    // Images but none with two annotators: per_image is empty, as are the figures (NaN alpha: null).
    AgreementInput lonely;
    lonely.images.resize(3);
    lonely.images[1].byAnnotator[QStringLiteral("solo")] = input.images[0].byAnnotator.begin()->second;
    reports.push_back(computeAgreement(lonely));
    for (const AgreementReport& report : reports)
        for (int indent : { 0, 2, 4 })
            EXPECT_EQ(written(report, indent), toJson(report).dump(indent)) << "indent " << indent;
    ASSERT_GT(toJson(reports[0])["per_image"].size(), 10u);
    nlohmann::json summary = toJson(reports[0], false);
    EXPECT_TRUE(summary["per_image"].empty());
    summary["per_image"] = toJson(reports[0])["per_image"];
    EXPECT_EQ(summary, toJson(reports[0]));
}
