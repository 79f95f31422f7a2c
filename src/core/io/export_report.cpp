// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/io/export_report.h>

#include <lector/core/tr.h>

namespace lector {

namespace {

struct KindText {
    const char* key;
    const char* sentence; // %1 is the count; translated by describe() (context "Core")
};

// In the order of ExportLoss.
constexpr KindText kKindTexts[ExportReport::kKinds] = {
    { "polygons_as_boxes", QT_TRANSLATE_NOOP("Core", "%1 polygons written as their bounding box") },
    { "corners_rounded", QT_TRANSLATE_NOOP("Core", "%1 regions with fractional corners rounded to whole pixels") },
    { "corners_reordered", QT_TRANSLATE_NOOP("Core", "%1 quadrilaterals written with their corners in another order") },
    { "texts_dropped", QT_TRANSLATE_NOOP("Core", "%1 transcriptions left out") },
    { "texts_changed", QT_TRANSLATE_NOOP("Core", "%1 transcriptions with line breaks or tabs written with spaces") },
    { "texts_read_as_dont_care",
        QT_TRANSLATE_NOOP("Core", "%1 ordinary words whose text the tool reads as don't care") },
    { "empty_texts_as_illegible",
        QT_TRANSLATE_NOOP("Core", "%1 words without text, which the format reads as illegible") },
    { "illegible_dropped", QT_TRANSLATE_NOOP("Core", "%1 illegible flags left out") },
    { "illegible_as_dont_care", QT_TRANSLATE_NOOP("Core", "%1 illegible words written as don't care (###)") },
    { "dont_care_dropped", QT_TRANSLATE_NOOP("Core", "%1 don't-care regions written as ordinary words") },
    { "dont_care_as_illegible", QT_TRANSLATE_NOOP("Core", "%1 don't-care regions written as illegible words") },
    { "dont_care_left_out", QT_TRANSLATE_NOOP("Core", "%1 don't-care regions left out") },
    { "confidences_dropped", QT_TRANSLATE_NOOP("Core", "%1 confidences left out") },
    { "confidences_clamped", QT_TRANSLATE_NOOP("Core", "%1 confidences outside [0, 1] written as 0 or 1") },
    { "scripts_dropped", QT_TRANSLATE_NOOP("Core", "%1 script tags left out") },
    { "images_marked_checked", QT_TRANSLATE_NOOP("Core", "%1 images not marked done written as checked") },
    { "images_unnumbered",
        QT_TRANSLATE_NOOP("Core", "%1 images not named img_<number>, which the RRC script skips or refuses") },
    { "splits_dropped", QT_TRANSLATE_NOOP("Core", "%1 images whose split the format cannot name") },
    { "crops_left_out",
        QT_TRANSLATE_NOOP(
            "Core", "%1 regions without a recognition crop (don't care, illegible, no text or no area)") },
};

} // namespace

void ExportReport::track(std::initializer_list<ExportLoss> kinds)
{
    for (ExportLoss kind : kinds)
        m_tracked[std::size_t(kind)] = true;
}

void ExportReport::add(ExportLoss kind, std::int64_t n)
{
    m_tracked[std::size_t(kind)] = true;
    m_counts[std::size_t(kind)] += n;
}

void ExportReport::count(ExportLoss kind, bool lost) { add(kind, lost ? 1 : 0); }

std::vector<ExportLoss> ExportReport::tracked() const
{
    std::vector<ExportLoss> out;
    for (int i = 0; i < kKinds; ++i) {
        if (m_tracked[std::size_t(i)])
            out.push_back(ExportLoss(i));
    }
    return out;
}

bool ExportReport::isLossless() const
{
    for (std::int64_t n : m_counts) {
        if (n != 0)
            return false;
    }
    return true;
}

QStringList ExportReport::lossLines() const
{
    QStringList out;
    for (int i = 0; i < kKinds; ++i) {
        if (m_counts[std::size_t(i)] != 0)
            out << describe(ExportLoss(i), m_counts[std::size_t(i)]);
    }
    return out;
}

QString ExportReport::key(ExportLoss kind) { return QString::fromLatin1(kKindTexts[std::size_t(kind)].key); }

QString ExportReport::describe(ExportLoss kind, std::int64_t n)
{
    return Core::tr(kKindTexts[std::size_t(kind)].sentence).arg(n);
}

} // namespace lector
