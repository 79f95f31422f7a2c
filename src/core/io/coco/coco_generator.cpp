// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/io/coco_generator.h>

#include "../json_text.h"

#include <lector/core/tr.h>
#include <lector/io/io_util.h>

#include <QDir>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <random>
#include <string>

namespace lector {

namespace {

constexpr int kWidth = 64;
constexpr int kHeight = 48;

std::string randomWord(std::mt19937& rng)
{
    static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    // Texts that have broken JSON writers and readers before: quotes, separators, escapes, multi-byte UTF-8.
    static const char* const specials[]
        = { "\"", ",", "\\", "\xC3\xA9", "\xC3\x9F", "\xE4\xB8\xAD", "'", "\xF0\x9F\x98\x80" };
    const int kind = int(rng() % 100);
    if (kind < 2)
        return "###";
    std::string word;
    const int length = 1 + int(rng() % 8);
    for (int i = 0; i < length; ++i)
        word += letters[rng() % (sizeof letters - 1)];
    if (kind < 12)
        word.insert(rng() % (word.size() + 1), specials[rng() % (sizeof specials / sizeof specials[0])]);
    return word;
}

} // namespace

Result<void> generateCocoDataset(const QString& dir, int images, int boxesPerImage, unsigned seed)
{
    if (images < 0 || boxesPerImage < 0)
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("image and box counts must not be negative"));
    const QDir out(dir);
    const QString imagesDir = out.filePath(QStringLiteral("images"));
    LECTOR_TRY(io::ensureDir(imagesDir));
    std::mt19937 rng(seed);
    using namespace io::json_text;

    std::string json;
    json.reserve(std::size_t(images) * 100 + std::size_t(images) * std::size_t(boxesPerImage) * 150);
    json += "{\n\"images\": [";
    for (int i = 1; i <= images; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "img_%06d.png", i);
        cv::Mat pixels(kHeight, kWidth, CV_8UC1, cv::Scalar(200));
        for (int k = 0; k < 4; ++k)
            pixels.at<unsigned char>(int(rng() % kHeight), int(rng() % kWidth)) = static_cast<unsigned char>(rng());
        for (int b = 0; b < 32; ++b) // the number in binary along the first row: distinct files whatever the seed
            pixels.at<unsigned char>(0, b) = (unsigned(i) >> b) & 1 ? 0 : 255;
        const std::string path = QDir(imagesDir).filePath(QString::fromLatin1(name)).toStdString();
        try {
            if (!cv::imwrite(path, pixels))
                return LECTOR_ERROR(ErrorCode::Io, Core::tr("cannot write the image")).at(QString::fromStdString(path));
        } catch (const cv::Exception& e) {
            return LECTOR_ERROR(
                ErrorCode::Io, Core::tr("cannot write the image: %1").arg(QString::fromStdString(e.msg)))
                .at(QString::fromStdString(path));
        }
        json += i > 1 ? ",\n" : "\n";
        json += "{\"id\": ";
        appendInt(json, i);
        json += ", \"file_name\": \"";
        json += name;
        json += "\", \"width\": 64, \"height\": 48}";
    }
    json += "\n],\n\"annotations\": [";
    std::int64_t annId = 0;
    for (int i = 1; i <= images; ++i) {
        for (int k = 0; k < boxesPerImage; ++k) {
            const int w = 2 + int(rng() % 30);
            const int h = 2 + int(rng() % 14);
            const int x = int(rng() % unsigned(kWidth - w));
            const int y = int(rng() % unsigned(kHeight - h));
            json += annId ? ",\n" : "\n";
            json += "{\"id\": ";
            appendInt(json, ++annId);
            json += ", \"image_id\": ";
            appendInt(json, i);
            json += ", \"bbox\": [";
            appendInt(json, x);
            json += ", ";
            appendInt(json, y);
            json += ", ";
            appendInt(json, w);
            json += ", ";
            appendInt(json, h);
            json += ']';
            if (annId % 2 == 0) {
                // A slightly slanted quadrilateral inside the box, in quarter pixels.
                const double d = double(rng() % 5) / 4;
                const double pts[8] = { double(x), y + d, double(x + w), double(y), x + w - d, double(y + h), double(x),
                    double(y + h) };
                json += ", \"segmentation\": [[";
                for (int p = 0; p < 8; ++p) {
                    if (p)
                        json += ", ";
                    appendNumber(json, pts[p]);
                }
                json += "]]";
            }
            json += ", \"area\": ";
            appendInt(json, std::int64_t(w) * h);
            json += ", \"utf8_string\": ";
            appendString(json, randomWord(rng));
            json += rng() % 20 == 0 ? ", \"legibility\": \"illegible\"" : ", \"legibility\": \"legible\"";
            json += ", \"category_id\": 1, \"iscrowd\": 0}";
        }
    }
    json += "\n],\n\"categories\": [{\"id\": 1, \"name\": \"text\"}]\n}\n";
    return io::writeFileAtomically(
        out.filePath(QStringLiteral("annotations.json")), QByteArray::fromRawData(json.data(), qsizetype(json.size())));
}

} // namespace lector
