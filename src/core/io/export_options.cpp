// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/io/export_options.h>

#include <lector/core/tr.h>

namespace lector {

bool exportOptionApplies(ExportOption option, const Format& format, bool run)
{
    switch (option) {
    case ExportOption::DoneOnly:
        return !run;
    case ExportOption::RecognitionCrops:
        return format.id() == QLatin1String("ppocrlabel");
    case ExportOption::ResultTranscriptions:
        return run && format.id() == QLatin1String("icdar2015");
    case ExportOption::CopyImages:
        return true;
    }
    return false;
}

QString exportOptionRule(ExportOption option)
{
    switch (option) {
    case ExportOption::DoneOnly:
        return Core::tr("only images marked done takes an annotator's labels: images are marked done by "
                        "annotators, not by runs");
    case ExportOption::RecognitionCrops:
        return Core::tr("recognition crops are written by the ppocrlabel format only");
    case ExportOption::ResultTranscriptions:
        return Core::tr("transcriptions in result files are for a run's results in the icdar2015 format");
    case ExportOption::CopyImages:
        break;
    }
    return {};
}

std::optional<ExportOption> inapplicableExportOption(
    const Format& format, bool run, bool doneOnly, const WriteOptions& options)
{
    const std::pair<ExportOption, bool> asked[] = {
        { ExportOption::DoneOnly, doneOnly },
        { ExportOption::RecognitionCrops, options.recognitionCrops },
        { ExportOption::ResultTranscriptions, options.resultTranscriptions },
        { ExportOption::CopyImages, options.copyImages },
    };
    for (const auto& [option, set] : asked) {
        if (set && !exportOptionApplies(option, format, run))
            return option;
    }
    return std::nullopt;
}

Result<void> checkExportOptions(const Format& format, bool run, bool doneOnly, const WriteOptions& options)
{
    if (const auto bad = inapplicableExportOption(format, run, doneOnly, options))
        return LECTOR_ERROR(ErrorCode::InvalidArgument, exportOptionRule(*bad));
    return {};
}

} // namespace lector
