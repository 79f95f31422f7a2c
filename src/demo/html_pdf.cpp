// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/demo/html_pdf.h>

#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace lector {

Result<void> writeHtmlAsPdf(const QString& html, const QString& path, const QString& title)
{
    const QString partial = path + QStringLiteral(".part");
    {
        QPdfWriter pdf(partial);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        if (!title.isEmpty())
            pdf.setTitle(title);
        QTextDocument document;
        document.setHtml(html);
        document.print(&pdf);
    }
    if (QFileInfo(partial).size() <= 0 || (QFile::exists(path) && !QFile::remove(path))
        || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        return LECTOR_ERROR(ErrorCode::Io, QStringLiteral("cannot write the PDF")).at(path);
    }
    return {};
}

} // namespace lector
