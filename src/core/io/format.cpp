// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/io/format.h>

#include <lector/core/tr.h>

namespace lector {

Result<ImportBatch> Format::read(const QString& path, const ReadOptions&) const
{
    return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("the %1 format cannot be read").arg(id())).at(path);
}

Result<ExportReport> Format::write(const ExportSet&, const QString& outDir, const WriteOptions&) const
{
    return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("the %1 format cannot be written").arg(id())).at(outDir);
}

QString Issue::toString() const { return locatedMessage(path, line, message); }

std::size_t ImportBatch::regionCount() const
{
    std::size_t n = 0;
    for (const ImportedImage& img : images)
        n += img.regions.size();
    return n;
}

} // namespace lector
