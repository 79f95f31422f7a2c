// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/io/io_util.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace lector::io {

const QStringList& imageSuffixes()
{
    static const QStringList suffixes { QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
        QStringLiteral("bmp"), QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("webp") };
    return suffixes;
}

Result<QByteArray> readFileBytes(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return LECTOR_ERROR(ErrorCode::NotFound, QStringLiteral("file not found")).at(path);
    if (!file.open(QIODevice::ReadOnly))
        return LECTOR_ERROR(ErrorCode::Io, QStringLiteral("cannot read the file: %1").arg(file.errorString())).at(path);
    return file.readAll();
}

Result<QString> readUtf8File(const QString& path)
{
    auto bytes = readFileBytes(path);
    if (!bytes)
        return std::move(bytes).error();
    QByteArray data = std::move(bytes).value();
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        // Find the first invalid byte to name its line: decode line by line.
        int line = 1;
        qsizetype start = 0;
        while (start <= data.size()) {
            qsizetype end = data.indexOf('\n', start);
            if (end < 0)
                end = data.size();
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            (void)QString(lineDecoder.decode(QByteArrayView(data.constData() + start, end - start)));
            if (lineDecoder.hasError())
                break;
            start = end + 1;
            ++line;
        }
        return LECTOR_ERROR(ErrorCode::Parse, QStringLiteral("the file is not valid UTF-8 text")).at(path, line);
    }
    return text;
}

QStringList splitLines(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString& l : lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    }
    return lines;
}

Result<void> ensureDir(const QString& dir)
{
    if (QFileInfo(dir).isDir())
        return {};
    if (!QDir().mkpath(dir))
        return LECTOR_ERROR(ErrorCode::Io, QStringLiteral("cannot create the folder")).at(dir);
    return {};
}

Result<void> writeFileAtomically(const QString& path, const QByteArray& content)
{
    LECTOR_TRY(ensureDir(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return LECTOR_ERROR(ErrorCode::Io, QStringLiteral("cannot write the file: %1").arg(file.errorString()))
            .at(path);
    if (file.write(content) != content.size())
        return LECTOR_ERROR(ErrorCode::Io, QStringLiteral("cannot write the file: %1").arg(file.errorString()))
            .at(path);
    if (!file.commit())
        return LECTOR_ERROR(ErrorCode::Io, QStringLiteral("cannot save the file: %1").arg(file.errorString())).at(path);
    return {};
}

QString findImageForStem(const QString& imagesDir, const QString& stem)
{
    QDir dir(imagesDir);
    for (const QString& suffix : imageSuffixes()) {
        for (const QString& s : { suffix, suffix.toUpper() }) {
            const QString candidate = dir.filePath(stem + QLatin1Char('.') + s);
            if (QFileInfo::exists(candidate))
                return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
        }
    }
    return {};
}

QString resolveImagePath(const QString& imagesDir, const QString& pathInLabel)
{
    QString p = pathInLabel;
    p.replace(QLatin1Char('\\'), QLatin1Char('/'));
    // An absolute path is taken as is when the file is there; one written on another machine falls back to the
    // file name in imagesDir like a relative one.
    QString direct = QDir::cleanPath(QFileInfo(p).isAbsolute() ? p : QDir(imagesDir).absoluteFilePath(p));
    if (QFileInfo::exists(direct))
        return direct;
    QString byName = QDir::cleanPath(QDir(imagesDir).absoluteFilePath(QFileInfo(p).fileName()));
    if (QFileInfo::exists(byName))
        return byName;
    return direct;
}

QStringList listFiles(const QString& dir, const QStringList& suffixes)
{
    QStringList out;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo& fi : entries) {
        for (const QString& s : suffixes) {
            if (fi.fileName().endsWith(s, Qt::CaseInsensitive)) {
                out << fi.absoluteFilePath();
                break;
            }
        }
    }
    return out;
}

Result<void> copyFileIfMissing(const QString& from, const QString& to)
{
    QFileInfo dst(to);
    if (dst.exists() && dst.size() == QFileInfo(from).size())
        return {};
    LECTOR_TRY(ensureDir(dst.absolutePath()));
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return LECTOR_ERROR(ErrorCode::Io, QStringLiteral("cannot copy the image to %1").arg(to)).at(from);
    return {};
}

} // namespace lector::io
