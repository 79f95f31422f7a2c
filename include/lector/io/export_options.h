// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/io/format.h>

#include <QString>

#include <optional>

namespace lector {

/// An option of an export beyond its format and its source (an annotator's labels or a model run's predictions).
enum class ExportOption {
    DoneOnly, ///< only the images the annotator marked done (ExportSelector::doneOnly)
    RecognitionCrops, ///< WriteOptions::recognitionCrops
    ResultTranscriptions, ///< WriteOptions::resultTranscriptions
    CopyImages, ///< WriteOptions::copyImages
};

/// Whether an export in `format` of a model run's predictions (`run`) or of an annotator's labels takes the option:
/// images are marked done by annotators, not by runs; recognition crops are PPOCRLabel's; transcriptions in result
/// files are ICDAR 2015's, for a run. One rule for lector-cli export, which refuses an option that does not apply,
/// and for the app's Export dialog, which disables it.
bool exportOptionApplies(ExportOption option, const Format& format, bool run);

/// Why the option does not apply where it does not, as a sentence for a message.
QString exportOptionRule(ExportOption option);

/// The first option asked for (in the order of ExportOption) that does not apply; nullopt when all do.
std::optional<ExportOption> inapplicableExportOption(
    const Format& format, bool run, bool doneOnly, const WriteOptions& options);

/// inapplicableExportOption as an InvalidArgument error whose message is the option's rule.
Result<void> checkExportOptions(const Format& format, bool run, bool doneOnly, const WriteOptions& options);

} // namespace lector
