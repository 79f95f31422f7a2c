// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace lector {

/// A kind of information a label format cannot carry, as the tool the format is for reads it. Each kind counts
/// regions (or images, where it says so); one region can count under several kinds.
enum class ExportLoss {
    PolygonsAsBoxes, ///< polygons written as their bounding box (the format has only quads, or only boxes)
    CornersRounded, ///< regions whose fractional coordinates were rounded to whole pixels
    CornersReordered, ///< quadrilaterals written with their corners in another order (RRC: clockwise only)
    TextsDropped, ///< non-empty transcriptions not written
    TextsChanged, ///< transcriptions whose line breaks or tabs were written as spaces
    TextsReadAsDontCare, ///< ordinary words whose text ("###", or "*" for PaddleOCR) the tool reads as don't care
    EmptyTextsAsIllegible, ///< words without text, which the format reads as illegible (FUNSD)
    IllegibleDropped, ///< illegible flags not written
    IllegibleAsDontCare, ///< illegible words written as don't care ("###")
    DontCareDropped, ///< don't-care regions written as ordinary words
    DontCareAsIllegible, ///< don't-care regions written as illegible words (COCO-Text has no don't care)
    DontCareLeftOut, ///< don't-care regions not written at all
    ConfidencesDropped, ///< confidences of predictions not written
    ConfidencesClamped, ///< confidences outside [0, 1] written as 0 or 1
    ScriptsDropped, ///< script tags ("Latn", "Hang") not written
    ImagesMarkedChecked, ///< images (not regions) not marked done, written as checked (PPOCRLabel's fileState.txt)
    ImagesUnnumbered, ///< images (not regions) not named img_<number>, whose files the RRC script skips or refuses
    SplitsDropped, ///< images (not regions) whose split the format cannot name
    CropsLeftOut, ///< regions without a recognition crop (don't care, illegible, no text, or no area)
};

/// What one export wrote and what its format could not carry, counted per kind of loss. Every writer returns one
/// (Format::write); lector-cli export prints it and the app shows it after an export. A writer tracks the kinds it
/// checks, so that a kind with a count of 0 reads "checked, nothing lost" rather than "not applicable".
struct ExportReport {
    static constexpr int kKinds = int(ExportLoss::CropsLeftOut) + 1;

    QString formatId;
    std::int64_t images = 0; ///< images whose labels were written
    std::int64_t regions = 0; ///< regions written (those left out not counted)
    QStringList files; ///< the label files written, relative to the output folder (images and crops not listed)

    /// Marks kinds as checked by this writer (their count may stay 0).
    void track(std::initializer_list<ExportLoss> kinds);
    /// Adds `n` to a kind's count and tracks it.
    void add(ExportLoss kind, std::int64_t n = 1);
    /// Adds a kind's count when `lost` is true; tracks it either way.
    void count(ExportLoss kind, bool lost);
    std::int64_t count(ExportLoss kind) const { return m_counts[std::size_t(kind)]; }
    bool tracks(ExportLoss kind) const { return m_tracked[std::size_t(kind)]; }
    /// The tracked kinds in the order of ExportLoss.
    std::vector<ExportLoss> tracked() const;
    /// True when no kind has a count.
    bool isLossless() const;
    /// One sentence per kind with a count ("3 polygons written as their bounding box"), in the order of ExportLoss.
    QStringList lossLines() const;

    /// The kind's key in JSON ("polygons_as_boxes").
    static QString key(ExportLoss kind);
    /// The kind as a sentence about `n` of them.
    static QString describe(ExportLoss kind, std::int64_t n);

private:
    std::array<std::int64_t, kKinds> m_counts {};
    std::array<bool, kKinds> m_tracked {};
};

} // namespace lector
