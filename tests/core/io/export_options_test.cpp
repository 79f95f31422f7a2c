// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/io/export_options.h>
#include <lector/io/format_registry.h>

#include <gtest/gtest.h>

using namespace lector;

namespace {
const Format& format(const char* id) { return *FormatRegistry::instance().format(QString::fromLatin1(id)); }
}

TEST(ExportOptions, EachOptionAppliesWhereTheFormatAndTheSourceTakeIt)
{
    for (const Format* f : FormatRegistry::instance().formats()) {
        if (!(f->capabilities() & Format::Write))
            continue;
        const bool ppocr = f->id() == QLatin1String("ppocrlabel");
        const bool icdar = f->id() == QLatin1String("icdar2015");
        for (const bool run : { false, true }) {
            SCOPED_TRACE(f->id().toStdString() + (run ? " run" : " annotator"));
            EXPECT_EQ(exportOptionApplies(ExportOption::DoneOnly, *f, run), !run);
            EXPECT_EQ(exportOptionApplies(ExportOption::RecognitionCrops, *f, run), ppocr);
            EXPECT_EQ(exportOptionApplies(ExportOption::ResultTranscriptions, *f, run), icdar && run);
            EXPECT_TRUE(exportOptionApplies(ExportOption::CopyImages, *f, run));
        }
    }
}

TEST(ExportOptions, TheFirstOptionAskedForThatDoesNotApplyIsRefused)
{
    WriteOptions none;
    EXPECT_FALSE(inapplicableExportOption(format("yolo"), false, true, none));
    EXPECT_TRUE(checkExportOptions(format("yolo"), true, false, none));
    // Done-only is an annotator's, whatever the format.
    EXPECT_EQ(inapplicableExportOption(format("ppocrlabel"), true, true, none), ExportOption::DoneOnly);
    WriteOptions crops;
    crops.recognitionCrops = true;
    EXPECT_FALSE(inapplicableExportOption(format("ppocrlabel"), false, true, crops));
    EXPECT_FALSE(inapplicableExportOption(format("ppocrlabel"), true, false, crops));
    EXPECT_EQ(inapplicableExportOption(format("icdar2015"), false, false, crops), ExportOption::RecognitionCrops);
    WriteOptions text;
    text.resultTranscriptions = true;
    EXPECT_FALSE(inapplicableExportOption(format("icdar2015"), true, false, text));
    EXPECT_EQ(inapplicableExportOption(format("icdar2015"), false, false, text), ExportOption::ResultTranscriptions);
    EXPECT_EQ(inapplicableExportOption(format("coco"), true, false, text), ExportOption::ResultTranscriptions);
    auto refused = checkExportOptions(format("coco"), true, false, text);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(refused.error().message, exportOptionRule(ExportOption::ResultTranscriptions));
}
