// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

// Feeds arbitrary bytes to one reader as the file it reads, beside images it can find, and checks what every reader
// promises whatever the input: no crash, no hang, and either regions with finite coordinates or one user error
// (never Internal) that is one line and names the file. Shared by the libFuzzer targets (tests/fuzz) and by the test
// that replays their corpus and crashes in CI (fuzz_corpus_test.cpp), so that both run exactly the same code.

#include "image/image_test_support.h"

#include <lector/image/display_image.h>
#include <lector/image/image_probe.h>
#include <lector/io/format_registry.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>

namespace lector::test {

class ReaderReplay {
public:
    /// The targets: every label format Lector reads, and "image" (probeImage, then decodeDisplayImage).
    static QStringList targets()
    {
        return { QStringLiteral("icdar2015"), QStringLiteral("funsd"), QStringLiteral("coco"),
            QStringLiteral("ppocrlabel"), QStringLiteral("paddleocr"), QStringLiteral("labelme"),
            QStringLiteral("yolo"), QStringLiteral("image") };
    }

    explicit ReaderReplay(QString target)
        : m_target(std::move(target))
    {
        // Images the label files of the seeds name: a PNG and a JPEG of the same size.
        const QByteArray png = encoded(".png", patterned(40, 30));
        writeFile(QStringLiteral("img_1.png"), png.constData(), std::size_t(png.size()));
        writeFile(QStringLiteral("a.png"), png.constData(), std::size_t(png.size()));
        const QByteArray jpeg = encoded(".jpg", patterned(40, 30));
        writeFile(QStringLiteral("img_2.jpg"), jpeg.constData(), std::size_t(jpeg.size()));
    }

    const QString& target() const { return m_target; }

    /// Runs the target on `data`; returns what broke (empty when every promise held).
    QString run(const char* data, std::size_t size)
    {
        if (m_target == QLatin1String("image"))
            return runImage(data, size);
        const Format* format = FormatRegistry::instance().format(m_target);
        if (!format)
            return QStringLiteral("no format %1").arg(m_target);
        const QString file = writeFile(labelFileName(data, size), data, size);
        ReadOptions options;
        options.imagesDir = m_dir.path();
        auto batch = format->read(file, options);
        if (!batch)
            return brokenError(batch.error());
        for (const ImportedImage& image : batch->images) {
            if (image.imagePath.isEmpty())
                return QStringLiteral("an image without a path");
            for (const Region& r : image.regions) {
                for (const PointF& p : r.polygon.points) {
                    if (!std::isfinite(p.x) || !std::isfinite(p.y))
                        return QStringLiteral("a coordinate that is not finite");
                }
            }
        }
        return {};
    }

private:
    /// The name the reader expects, by format (and, where a format has two kinds of file, by the content).
    QString labelFileName(const char* data, std::size_t size) const
    {
        if (m_target == QLatin1String("icdar2015"))
            return QStringLiteral("gt_img_1.txt");
        if (m_target == QLatin1String("yolo"))
            return QStringLiteral("img_1.txt");
        if (m_target == QLatin1String("ppocrlabel"))
            return QStringLiteral("Label.txt");
        if (m_target == QLatin1String("coco"))
            return QStringLiteral("annotations.json");
        if (m_target == QLatin1String("paddleocr")) {
            std::size_t i = 0;
            while (i < size && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
                ++i;
            return i < size && data[i] == '{' ? QStringLiteral("img_1_res.json") : QStringLiteral("system_results.txt");
        }
        return QStringLiteral("img_1.json"); // labelme, funsd
    }

    QString runImage(const char* data, std::size_t size)
    {
        // A small limit: the fuzzer's headers claim any size, and the probe must refuse them before allocating.
        const std::int64_t limit = imagePixelLimit();
        setImagePixelLimit(4'000'000);
        const QString file = writeFile(QStringLiteral("input.img"), data, size);
        auto probe = probeImage(file);
        setImagePixelLimit(limit);
        if (!probe)
            return brokenError(probe.error());
        if (probe->width <= 0 || probe->height <= 0)
            return QStringLiteral("a probed image without pixels");
        auto shown = decodeDisplayImage(file, 20'000);
        if (!shown)
            return brokenError(shown.error());
        if (shown->width * shown->height > 20'000
            || shown->rgb.size() != qsizetype(shown->bytesPerLine) * shown->height)
            return QStringLiteral("a display image larger than asked for");
        return {};
    }

    QString brokenError(const Error& e) const
    {
        if (e.code == ErrorCode::Internal)
            return QStringLiteral("an internal error for bad input: ") + e.toString();
        if (e.message.isEmpty() || e.path.isEmpty())
            return QStringLiteral("an error that does not say what or where: ") + e.toString();
        for (const QChar c : e.toString()) {
            if (c.unicode() < 0x20)
                return QStringLiteral("an error of more than one line: ") + e.toString();
        }
        return {};
    }

    QString writeFile(const QString& name, const char* data, std::size_t size)
    {
        const QString path = QDir(m_dir.path()).filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(data, qint64(size));
        return path;
    }

    QString m_target;
    QTemporaryDir m_dir;
};

} // namespace lector::test
