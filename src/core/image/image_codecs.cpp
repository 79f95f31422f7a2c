// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "image/image_codecs.h"

#include <lector/core/tr.h>

#include <spdlog/spdlog.h>

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <cstring>

#include <jerror.h>
#include <jpeglib.h>
#include <png.h>

// Both libraries report errors by calling a function that must not return: it longjmps back to the decode that
// called setjmp. Every C++ object of the decode functions is therefore made before setjmp (or lives in a caller's
// frame), and none is alive across a call into the library that could jump, so no destructor is ever skipped.

namespace lector::image_detail {

namespace {

/// A warning of a codec library, for the log only: the user sees Lector's message, not libpng's.
void logCodecWarning(const QString* path, const char* library, const char* text) noexcept
{
    try {
        if (auto log = spdlog::get("io"))
            log->info("{}: {} warning: {}", path ? path->toStdString() : std::string(), library, text);
    } catch (...) { // a log line is not worth unwinding through C frames
    }
}

// ---- JPEG ----------------------------------------------------------------------------------------------------------

struct JpegErrors {
    jpeg_error_mgr pub; // first: libjpeg hands the callbacks a pointer to it
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
    bool prematureEnd;
    const QString* path;
};

void jpegErrorExit(j_common_ptr cinfo)
{
    auto* errors = reinterpret_cast<JpegErrors*>(cinfo->err);
    (*cinfo->err->format_message)(cinfo, errors->message);
    std::longjmp(errors->jump, 1); // NOLINT(cert-err52-cpp): libjpeg's error protocol
}

void jpegEmitMessage(j_common_ptr cinfo, int level)
{
    if (level >= 0)
        return; // trace messages
    auto* errors = reinterpret_cast<JpegErrors*>(cinfo->err);
    // libjpeg fills a file that ends early with grey and only warns; OpenCV then calls the image fine.
    if (cinfo->err->msg_code == JWRN_JPEG_EOF)
        errors->prematureEnd = true;
    char text[JMSG_LENGTH_MAX];
    (*cinfo->err->format_message)(cinfo, text);
    logCodecWarning(errors->path, "libjpeg", text);
    ++cinfo->err->num_warnings;
}

int jpegOrientation(const jpeg_decompress_struct& cinfo)
{
    for (jpeg_saved_marker_ptr m = cinfo.marker_list; m; m = m->next) {
        if (m->marker != JPEG_APP0 + 1)
            continue;
        const int orientation
            = exifOrientation(QByteArray(reinterpret_cast<const char*>(m->data), int(m->data_length)));
        if (orientation != 1)
            return orientation;
    }
    return 1;
}

// ---- PNG -----------------------------------------------------------------------------------------------------------

struct PngInput {
    const unsigned char* data;
    std::size_t size;
    std::size_t pos;
    bool prematureEnd;
    char message[256];
    const QString* path;
    png_bytep row; // png_malloc'd, freed on every path
};

void pngError(png_structp png, png_const_charp message)
{
    auto* in = static_cast<PngInput*>(png_get_error_ptr(png));
    std::snprintf(in->message, sizeof in->message, "%s", message);
    png_longjmp(png, 1);
}

void pngWarning(png_structp png, png_const_charp message)
{
    logCodecWarning(static_cast<PngInput*>(png_get_error_ptr(png))->path, "libpng", message);
}

void pngRead(png_structp png, png_bytep out, png_size_t length)
{
    auto* in = static_cast<PngInput*>(png_get_io_ptr(png));
    if (in->size - in->pos < length) {
        in->prematureEnd = true;
        png_error(png, "premature end of data");
    }
    std::memcpy(out, in->data + in->pos, length);
    in->pos += length;
}

int pngOrientation(png_structp png, png_infop info)
{
#ifdef PNG_eXIf_SUPPORTED
    // OpenCV's IMREAD_COLOR turns a PNG by its eXIf chunk (a bare TIFF header, without JPEG's "Exif\0\0").
    png_uint_32 size = 0;
    png_bytep exif = nullptr;
    if (png_get_valid(png, info, PNG_INFO_eXIf) && png_get_eXIf_1(png, info, &size, &exif) && exif && size > 0)
        return exifOrientation(
            QByteArrayLiteral("Exif\0\0") + QByteArray(reinterpret_cast<const char*>(exif), int(size)));
#else
    (void)png;
    (void)info;
#endif
    return 1;
}

Error decodeError(const QString& path, bool prematureEnd, const char* format, const char* message)
{
    if (prematureEnd)
        return LECTOR_ERROR(ErrorCode::Decode,
            Core::tr("the image is truncated (premature end of the %1 data)").arg(QLatin1String(format)))
            .at(path);
    return LECTOR_ERROR(ErrorCode::Decode,
        Core::tr("the image does not decode (%1: %2)").arg(QLatin1String(format), QString::fromUtf8(message)))
        .at(path);
}

} // namespace

ImageSize StreamedImage::shown() const { return orientation >= 5 ? ImageSize { stored.height, stored.width } : stored; }

Codec codecOf(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return Codec::Jpeg;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return Codec::Png;
    return Codec::Other;
}

// NOLINTBEGIN(cert-err52-cpp): setjmp is how libjpeg and libpng report errors
Result<StreamedImage> decodeJpeg(const QByteArray& bytes, const QString& path, int scaleDenominator, bool rgb,
    const StartRows& startRows, const TakeRow& takeRow)
{
    jpeg_decompress_struct cinfo {};
    JpegErrors errors {};
    errors.path = &path;
    cinfo.err = jpeg_std_error(&errors.pub);
    errors.pub.error_exit = jpegErrorExit;
    errors.pub.emit_message = jpegEmitMessage;
    StreamedImage out;
    bool stopped = false;
    if (setjmp(errors.jump)) {
        jpeg_destroy_decompress(&cinfo);
        return decodeError(path, errors.prematureEnd, "JPEG", errors.message);
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(
        &cinfo, reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<unsigned long>(bytes.size()));
    jpeg_save_markers(&cinfo, JPEG_APP0 + 1, 0xFFFF);
    jpeg_read_header(&cinfo, TRUE);
    out.stored = { int(cinfo.image_width), int(cinfo.image_height) };
    out.orientation = jpegOrientation(cinfo);
    if (rgb && (cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK)) {
        jpeg_destroy_decompress(&cinfo);
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("a CMYK JPEG has no RGB rows")).at(path);
    }
    cinfo.scale_num = 1;
    cinfo.scale_denom = static_cast<unsigned int>(scaleDenominator);
    if (rgb) {
        cinfo.out_color_space = JCS_RGB;
    } else {
        // Only whether every bit decodes matters: the fastest transform, no smoothing.
        cinfo.dct_method = JDCT_IFAST;
        cinfo.do_fancy_upsampling = FALSE;
        cinfo.do_block_smoothing = FALSE;
    }
    jpeg_start_decompress(&cinfo);
    if (!startRows(RowFormat { int(cinfo.output_width), int(cinfo.output_height), cinfo.output_components })) {
        stopped = true;
    } else {
        JSAMPARRAY row = (*cinfo.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&cinfo), JPOOL_IMAGE,
            cinfo.output_width * static_cast<JDIMENSION>(cinfo.output_components), 1);
        while (cinfo.output_scanline < cinfo.output_height) {
            if (jpeg_read_scanlines(&cinfo, row, 1) != 1)
                break; // a memory source never suspends
            takeRow(row[0]);
        }
        jpeg_finish_decompress(&cinfo);
    }
    jpeg_destroy_decompress(&cinfo);
    if (stopped)
        return LECTOR_ERROR(ErrorCode::Decode, Core::tr("not enough memory to decode the image")).at(path);
    if (errors.prematureEnd)
        return decodeError(path, true, "JPEG", "");
    return out;
}

namespace {

struct PngRun {
    StreamedImage image;
    bool interlacedRgb = false;
    bool stopped = false;
};

/// The part of decodePng that libpng may jump out of: in a frame of its own, so that nothing decodePng reads after the
/// jump was changed in a register since setjmp.
void readPngRows(png_structp png, png_infop info, PngInput& in, bool rgb, const StartRows& startRows,
    const TakeRow& takeRow, PngRun& run)
{
    png_set_read_fn(png, &in, pngRead);
    png_read_info(png, info);
    run.image.stored = { int(png_get_image_width(png, info)), int(png_get_image_height(png, info)) };
    run.image.orientation = pngOrientation(png, info);
    const bool interlaced = png_get_interlace_type(png, info) != PNG_INTERLACE_NONE;
    if (rgb) {
        if (interlaced) {
            run.interlacedRgb = true;
            return;
        }
        png_set_expand(png);
        png_set_strip_16(png);
        png_set_strip_alpha(png);
        png_set_gray_to_rgb(png);
    }
    const int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    if (!startRows(RowFormat { run.image.stored.width, run.image.stored.height, int(png_get_channels(png, info)) })) {
        run.stopped = true;
        return;
    }
    in.row = static_cast<png_bytep>(png_malloc(png, png_get_rowbytes(png, info)));
    for (int pass = 0; pass < passes; ++pass) {
        for (int y = 0; y < run.image.stored.height; ++y) {
            png_read_row(png, in.row, nullptr);
            if (!interlaced)
                takeRow(in.row);
        }
    }
    png_read_end(png, nullptr);
}

} // namespace

Result<StreamedImage> decodePng(
    const QByteArray& bytes, const QString& path, bool rgb, const StartRows& startRows, const TakeRow& takeRow)
{
    PngInput in {};
    in.data = reinterpret_cast<const unsigned char*>(bytes.constData());
    in.size = std::size_t(bytes.size());
    in.path = &path;
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &in, pngError, pngWarning);
    if (!png)
        return LECTOR_ERROR(ErrorCode::Decode, Core::tr("not enough memory to decode the image")).at(path);
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_read_struct(&png, nullptr, nullptr);
        return LECTOR_ERROR(ErrorCode::Decode, Core::tr("not enough memory to decode the image")).at(path);
    }
    PngRun run;
    if (setjmp(png_jmpbuf(png))) {
        if (in.row)
            png_free(png, in.row);
        png_destroy_read_struct(&png, &info, nullptr);
        return decodeError(path, in.prematureEnd, "PNG", in.message);
    }
    readPngRows(png, info, in, rgb, startRows, takeRow, run);
    if (in.row)
        png_free(png, in.row);
    png_destroy_read_struct(&png, &info, nullptr);
    if (run.interlacedRgb)
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("an interlaced PNG comes in passes")).at(path);
    if (run.stopped)
        return LECTOR_ERROR(ErrorCode::Decode, Core::tr("not enough memory to decode the image")).at(path);
    return run.image;
}
// NOLINTEND(cert-err52-cpp)

} // namespace lector::image_detail
