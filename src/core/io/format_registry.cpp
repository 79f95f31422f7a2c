// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/io/format_registry.h>

// FORMAT-INCLUDES (one line per format; keep sorted)
#include "io/coco/coco_format.h"
#include "io/funsd/funsd_format.h"
#include "io/icdar2015/icdar2015_format.h"
#include "io/labelme/labelme_format.h"
#include "io/paddleocr/paddleocr_format.h"
#include "io/ppocrlabel/ppocrlabel_format.h"
#include "io/yolo/yolo_format.h"

namespace lector {

FormatRegistry::FormatRegistry()
{
    // FORMAT-REGISTRATIONS (one line per format, in the order detect() tries them)
    m_formats.push_back(std::make_unique<CocoFormat>());
    m_formats.push_back(std::make_unique<FunsdFormat>());
    m_formats.push_back(std::make_unique<PaddleOcrFormat>()); // before PPOCRLabel: same line shape, stricter sniff
    m_formats.push_back(std::make_unique<PpocrLabelFormat>());
    m_formats.push_back(std::make_unique<Icdar2015Format>());
    m_formats.push_back(std::make_unique<LabelmeFormat>());
    m_formats.push_back(std::make_unique<YoloFormat>());
}

const FormatRegistry& FormatRegistry::instance()
{
    static const FormatRegistry registry;
    return registry;
}

const Format* FormatRegistry::format(const QString& id) const
{
    for (const auto& f : m_formats) {
        if (f->id().compare(id, Qt::CaseInsensitive) == 0)
            return f.get();
    }
    if (id.compare(QStringLiteral("sroie"), Qt::CaseInsensitive) == 0)
        return format(QStringLiteral("icdar2015"));
    return nullptr;
}

const Format* FormatRegistry::detect(const QString& path) const
{
    for (const auto& f : m_formats) {
        if ((f->capabilities() & Format::Read) && f->supportsFile(path))
            return f.get();
    }
    return nullptr;
}

std::vector<const Format*> FormatRegistry::formats() const
{
    std::vector<const Format*> out;
    for (const auto& f : m_formats)
        out.push_back(f.get());
    return out;
}

QStringList FormatRegistry::ids() const
{
    QStringList out;
    for (const auto& f : m_formats)
        out << f->id();
    return out;
}

} // namespace lector
