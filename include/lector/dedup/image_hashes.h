// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>

#include <QString>

#include <cstdint>

namespace lector {

/// The perceptual hashes of one image, from a reduced grayscale decode. Three 64-bit hashes, compared by Hamming
/// distance: `phash` (DCT of the whole page at 32 x 32, the 8 x 8 lowest frequencies against their median), `dhash`
/// (horizontal gradient signs at 9 x 8) and `rhash`, the robust descriptor: the pHash of the page's content box
/// (the margins trimmed where the page is background) so that an added border or a crop of the margins does not
/// move it. Brightness and contrast shifts keep every bit (a median threshold is invariant to a positive affine
/// change of intensity). `width`/`height` are the full image's, from its header.
struct ImageHashes {
    std::uint64_t phash = 0;
    std::uint64_t dhash = 0;
    std::uint64_t rhash = 0;
    int width = 0;
    int height = 0;
};

/// Hamming distance of two 64-bit hashes.
inline int hashDistance(std::uint64_t a, std::uint64_t b) { return __builtin_popcountll(a ^ b); }

/// The DCT hash of 32 x 32 intensities (row-major): the orthonormal 2-D DCT-II (as scipy.fftpack.dct(..., norm=
/// "ortho") on both axes), its top-left 8 x 8 coefficients, bit r * 8 + c set when coefficient (r, c) is above their
/// median (the mean of the 32nd and 33rd values). The reference test compares it with that Python computation.
std::uint64_t dctHash(const float* pixels32x32);

/// The hashes of an image file from a reduced decode: JPEG at 1/2, 1/4 or 1/8 by libjpeg's DCT scaling
/// (IMREAD_REDUCED_GRAYSCALE_*, chosen from the header so that the short side keeps at least 128 pixels), other
/// formats decoded in grayscale. Errors name the file (missing, not decodable). Thread-safe.
Result<ImageHashes> hashImageFile(const QString& path);

/// SHA-256 (lower-case hex) of the decoded 8-bit pixels: the size, then the rows of the full-resolution BGR decode
/// with EXIF orientation applied and alpha dropped. Two files with the same pixels have the same value whatever
/// their format, metadata or compression settings; a lossy re-encoding does not. Decodes the whole image.
Result<QString> decodedPixelSha256(const QString& path);

} // namespace lector
