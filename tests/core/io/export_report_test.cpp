// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/io/export_report.h>

#include "test_support.h"

#include <gtest/gtest.h>

#include <set>

using namespace lector;

TEST(ExportReport, CountsTrackedKindsAndSaysWhatWasLost)
{
    ExportReport report;
    report.track({ ExportLoss::TextsDropped, ExportLoss::PolygonsAsBoxes });
    EXPECT_TRUE(report.isLossless());
    EXPECT_TRUE(report.lossLines().isEmpty());
    report.count(ExportLoss::CornersRounded, false); // checked: tracked with 0
    report.count(ExportLoss::TextsDropped, true);
    report.add(ExportLoss::TextsDropped, 2);
    report.add(ExportLoss::PolygonsAsBoxes);
    EXPECT_FALSE(report.isLossless());
    EXPECT_EQ(report.count(ExportLoss::TextsDropped), 3);
    EXPECT_EQ(report.count(ExportLoss::CornersRounded), 0);
    EXPECT_TRUE(report.tracks(ExportLoss::CornersRounded));
    EXPECT_FALSE(report.tracks(ExportLoss::ScriptsDropped));
    // In the order of ExportLoss, zero counts left out of the sentences but not out of the tracked kinds.
    EXPECT_EQ(report.tracked(),
        (std::vector<ExportLoss> {
            ExportLoss::PolygonsAsBoxes, ExportLoss::CornersRounded, ExportLoss::TextsDropped }));
    EXPECT_EQ(report.lossLines(),
        (QStringList {
            QStringLiteral("1 polygons written as their bounding box"), QStringLiteral("3 transcriptions left out") }));
}

TEST(ExportReport, EveryKindHasItsOwnKeyAndSentence)
{
    std::set<QString> keys;
    for (int k = 0; k < ExportReport::kKinds; ++k) {
        const auto kind = ExportLoss(k);
        const QString key = ExportReport::key(kind);
        EXPECT_TRUE(keys.insert(key).second) << key;
        EXPECT_FALSE(key.contains(QLatin1Char(' '))) << key;
        EXPECT_TRUE(ExportReport::describe(kind, 7).startsWith(QStringLiteral("7 "))) << key;
    }
    EXPECT_EQ(ExportReport::key(ExportLoss::CropsLeftOut), QStringLiteral("crops_left_out"));
    EXPECT_EQ(ExportReport::key(ExportLoss::PolygonsAsBoxes), QStringLiteral("polygons_as_boxes"));
}
