#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The Lector authors
# The independent reference for lector::dctHash: the DCT hash as the imagehash package computes it (scipy's DCT-II
# on both axes, the 8 x 8 lowest frequencies against their median), with norm="ortho" as OpenCV's cv::dct scales.
# Bit r * 8 + c is coefficient (r, c) above the median. The inputs are 32 x 32 integer patterns that the C++ test
# rebuilds from the same formula; prints seed, the hash in hex, and the smallest gap between a coefficient and the
# median (a gap well above float rounding means both sides must agree on every bit).
# Run: /usr/bin/python3 tests/core/dedup/phash_reference.py; paste the lines into image_hashes_test.cpp.
import numpy
import scipy.fftpack


def pattern(seed):
    r, c = numpy.mgrid[0:32, 0:32]
    return ((r * r * 3 + c * 7 + r * c * (seed % 5 + 1) + seed * 31 + (c * c * seed) % 17) % 256).astype(numpy.float64)


def dct_hash(pixels):
    dct = scipy.fftpack.dct(scipy.fftpack.dct(pixels, axis=0, norm="ortho"), axis=1, norm="ortho")
    low = dct[:8, :8].flatten()
    median = numpy.median(low)
    bits = 0
    for k, v in enumerate(low):
        if v > median:
            bits |= 1 << k
    return bits, float(numpy.min(numpy.abs(low - median)))


for seed in range(6):
    h, gap = dct_hash(pattern(seed))
    print("{ %d, 0x%016xULL }, // gap %.3f" % (seed, h, gap))
