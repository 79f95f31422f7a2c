// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/io/io_util.h>

#include <lector/core/tr.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include <algorithm>

namespace lector::io {

const QStringList& imageSuffixes()
{
    static const QStringList suffixes { QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
        QStringLiteral("bmp"), QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("webp") };
    return suffixes;
}

namespace {

constexpr qint64 kChunkBytes = qint64(1) << 20;

Error tooLarge(const QString& path, qint64 maxBytes)
{
    return LECTOR_ERROR(
        ErrorCode::Parse, Core::tr("the file is larger than %1 MiB, more than a label file holds").arg(maxBytes >> 20))
        .at(path);
}

Result<void> openForReading(QFile& file)
{
    if (!file.exists())
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("file not found")).at(file.fileName());
    if (QFileInfo(file.fileName()).isDir())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a folder, not a file")).at(file.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return LECTOR_ERROR(ErrorCode::Io, Core::tr("cannot read the file: %1").arg(file.errorString()))
            .at(file.fileName());
    return {};
}

Error readFailed(const QFile& file)
{
    return LECTOR_ERROR(ErrorCode::Io, Core::tr("cannot read the file: %1").arg(file.errorString()))
        .at(file.fileName());
}

} // namespace

Result<QByteArray> readFileBytes(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    LECTOR_TRY(openForReading(file));
    if (!file.isSequential()) {
        if (file.size() > maxBytes)
            return tooLarge(path, maxBytes);
        return file.readAll();
    }
    // A device or a pipe has no size and may never end (/dev/zero): read in chunks, up to the limit.
    QByteArray data;
    for (;;) {
        const qint64 room = std::min(kChunkBytes, maxBytes + 1 - data.size());
        const qsizetype at = data.size();
        data.resize(at + qsizetype(room));
        const qint64 n = file.read(data.data() + at, room);
        if (n < 0)
            return readFailed(file);
        data.resize(at + qsizetype(n));
        if (data.size() > maxBytes)
            return tooLarge(path, maxBytes);
        if (n == 0)
            break;
    }
    return data;
}

Result<void> forEachUtf8Line(const QString& path, const std::function<Result<void>(int, const QString&)>& onLine)
{
    QFile file(path);
    LECTOR_TRY(openForReading(file));
    int lineNo = 0;
    const auto emitLine = [&](QByteArrayView bytes) -> Result<void> {
        ++lineNo;
        if (lineNo == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes = bytes.sliced(3);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return LECTOR_ERROR(ErrorCode::Parse, Core::tr("the file is not valid UTF-8 text")).at(path, lineNo);
        return onLine(lineNo, text);
    };
    const auto tooLong = [&] {
        return LECTOR_ERROR(ErrorCode::Parse,
            Core::tr("the line is longer than %1 MiB; this is not a label file").arg(kMaxLineBytes >> 20))
            .at(path, lineNo + 1);
    };
    QByteArray chunk(qsizetype(kChunkBytes), Qt::Uninitialized);
    QByteArray pending; // the start of a line that continues in the next chunk
    for (;;) {
        const qint64 n = file.read(chunk.data(), kChunkBytes);
        if (n < 0)
            return readFailed(file);
        if (n == 0)
            break;
        const QByteArrayView data(chunk.constData(), qsizetype(n));
        qsizetype start = 0;
        for (qsizetype nl = data.indexOf('\n', start); nl >= 0; nl = data.indexOf('\n', start)) {
            if (pending.isEmpty()) {
                LECTOR_TRY(emitLine(data.sliced(start, nl - start)));
            } else {
                pending.append(data.sliced(start, nl - start));
                if (pending.size() > kMaxLineBytes)
                    return tooLong();
                LECTOR_TRY(emitLine(pending));
                pending.clear();
            }
            start = nl + 1;
        }
        pending.append(data.sliced(start));
        if (pending.size() > kMaxLineBytes)
            return tooLong();
    }
    if (!pending.isEmpty())
        LECTOR_TRY(emitLine(pending));
    return {};
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
        return LECTOR_ERROR(ErrorCode::Parse, Core::tr("the file is not valid UTF-8 text")).at(path, line);
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
        return LECTOR_ERROR(ErrorCode::Io, Core::tr("cannot create the folder")).at(dir);
    return {};
}

Result<void> writeFileAtomically(const QString& path, const QByteArray& content)
{
    LECTOR_TRY(ensureDir(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return LECTOR_ERROR(ErrorCode::Io, Core::tr("cannot write the file: %1").arg(file.errorString())).at(path);
    if (file.write(content) != content.size())
        return LECTOR_ERROR(ErrorCode::Io, Core::tr("cannot write the file: %1").arg(file.errorString())).at(path);
    if (!file.commit())
        return LECTOR_ERROR(ErrorCode::Io, Core::tr("cannot save the file: %1").arg(file.errorString())).at(path);
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
        return LECTOR_ERROR(ErrorCode::Io, Core::tr("cannot copy the image to %1").arg(to)).at(from);
    return {};
}

} // namespace lector::io
