// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Memory and time of decoding one very large image: what an import's probe and the canvas pay. Writes a SIZE x SIZE
// PNG and JPEG (streamed, never whole in memory) under --work once, then measures each decode in a child process of
// its own (wall time, peak RSS from wait4): OpenCV's imdecode as the probe used it (the baseline), probeImage(),
// OpenCV's IMREAD_REDUCED_COLOR_8 and decodeDisplayImage(64 megapixels).
// Usage: lector-bench-decode [--size 30000] [--work DIR]

#include <lector/image/display_image.h>
#include <lector/image/image_probe.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>

#include <cstdio>
#include <functional>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <jpeglib.h>
#include <zlib.h>

using namespace lector;

namespace {

/// A row of the picture: gradients, so that the files compress as photographs would not but stay honest to decode.
void fillRow(std::vector<unsigned char>& row, int width, int y)
{
    for (int x = 0; x < width; ++x) {
        row[std::size_t(x) * 3] = static_cast<unsigned char>(x * 7);
        row[std::size_t(x) * 3 + 1] = static_cast<unsigned char>(y * 3);
        row[std::size_t(x) * 3 + 2] = static_cast<unsigned char>((x + y) / 5);
    }
}

void putBe32(QByteArray& out, quint32 v)
{
    out += char(v >> 24);
    out += char(v >> 16);
    out += char(v >> 8);
    out += char(v);
}

void writeChunk(QFile& f, const char* type, const QByteArray& data)
{
    QByteArray out;
    putBe32(out, quint32(data.size()));
    const QByteArray body = QByteArray(type, 4) + data;
    out += body;
    putBe32(out, quint32(crc32(0, reinterpret_cast<const Bytef*>(body.constData()), uInt(body.size()))));
    f.write(out);
}

bool writePng(const QString& path, int size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    putBe32(ihdr, quint32(size));
    putBe32(ihdr, quint32(size));
    ihdr += QByteArray("\x08\x02\0\0\0", 5);
    writeChunk(f, "IHDR", ihdr);
    z_stream z {};
    deflateInit(&z, 6);
    std::vector<unsigned char> row(std::size_t(size) * 3 + 1);
    std::vector<unsigned char> out(1 << 20);
    std::vector<unsigned char> pixels(std::size_t(size) * 3);
    for (int y = 0; y < size; ++y) {
        fillRow(pixels, size, y);
        row[0] = 0;
        std::copy(pixels.begin(), pixels.end(), row.begin() + 1);
        z.next_in = row.data();
        z.avail_in = uInt(row.size());
        const int flush = y + 1 == size ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = out.data();
            z.avail_out = uInt(out.size());
            deflate(&z, flush);
            const auto n = out.size() - z.avail_out;
            if (n > 0)
                writeChunk(f, "IDAT", QByteArray(reinterpret_cast<const char*>(out.data()), qsizetype(n)));
        } while (z.avail_out == 0 || (flush == Z_FINISH && z.avail_in > 0));
    }
    deflateEnd(&z);
    writeChunk(f, "IEND", {});
    return true;
}

bool writeJpeg(const QString& path, int size)
{
    FILE* out = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!out)
        return false;
    jpeg_compress_struct cinfo {};
    jpeg_error_mgr err {};
    cinfo.err = jpeg_std_error(&err);
    jpeg_create_compress(&cinfo);
    jpeg_stdio_dest(&cinfo, out);
    cinfo.image_width = JDIMENSION(size);
    cinfo.image_height = JDIMENSION(size);
    cinfo.input_components = 3;
    cinfo.in_color_space = JCS_RGB;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, 85, TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    std::vector<unsigned char> pixels(std::size_t(size) * 3);
    for (int y = 0; y < size; ++y) {
        fillRow(pixels, size, y);
        JSAMPROW row = pixels.data();
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    std::fclose(out);
    return true;
}

/// Runs `work` in a child; prints its wall time and peak RSS.
void measure(const char* what, const std::function<std::string()>& work)
{
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const std::string result = work();
        std::printf("    %s\n", result.c_str());
        std::fflush(stdout);
        _exit(0);
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    std::printf("  %-44s %8.2f s  %8.0f MB peak RSS\n", what, double(timer.elapsed()) / 1000.0,
        double(usage.ru_maxrss) / 1024.0);
}

std::string describe(const cv::Mat& m) { return "decoded " + std::to_string(m.cols) + "x" + std::to_string(m.rows); }

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--help"))) {
        std::printf(
            "lector-bench-decode [--size 30000] [--work DIR]\n"
            "Writes a SIZE x SIZE PNG and JPEG under DIR (once) and measures each decode in a child process.\n");
        return 0;
    }
    auto value = [&](const QString& name, const QString& def) {
        const int i = static_cast<int>(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : def;
    };
    const int size = value(QStringLiteral("--size"), QStringLiteral("30000")).toInt();
    const QString work = QFileInfo(value(QStringLiteral("--work"), QStringLiteral("bench-decode"))).absoluteFilePath();
    QDir().mkpath(work);
    setImagePixelLimit(0); // the limit is what keeps these out of a project; here the decoders are measured
    for (const char* ext : { "png", "jpg" }) {
        const QString path = QDir(work).filePath(QStringLiteral("big-%1.%2").arg(size).arg(QLatin1String(ext)));
        if (!QFileInfo::exists(path)) {
            std::printf("writing %s ...\n", qPrintable(path));
            std::fflush(stdout);
            if (!(QLatin1String(ext) == QLatin1String("png") ? writePng(path, size) : writeJpeg(path, size))) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                return 2;
            }
        }
        std::printf("%s (%d x %d, %.0f MB on disk):\n", qPrintable(QFileInfo(path).fileName()), size, size,
            double(QFileInfo(path).size()) / 1e6);
        const std::string file = path.toStdString();
        measure("baseline: cv::imread IMREAD_COLOR (old probe)",
            [&] { return describe(cv::imread(file, cv::IMREAD_COLOR)); });
        measure("probeImage (hash + streaming decode)", [&] {
            auto p = probeImage(path);
            return p ? "probed " + std::to_string(p->width) + "x" + std::to_string(p->height)
                     : p.error().toString().toStdString();
        });
        measure("baseline: cv::imread IMREAD_REDUCED_COLOR_8",
            [&] { return describe(cv::imread(file, cv::IMREAD_REDUCED_COLOR_8)); });
        measure("decodeDisplayImage (64 megapixels)", [&] {
            auto d = decodeDisplayImage(path);
            return d ? "shown " + std::to_string(d->width) + "x" + std::to_string(d->height) + " at 1/"
                    + std::to_string(d->reduction)
                     : d.error().toString().toStdString();
        });
    }
    return 0;
}
