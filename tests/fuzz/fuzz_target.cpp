// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// One libFuzzer target per reader (tests/fuzz/CMakeLists.txt names it through LECTOR_FUZZ_TARGET): the bytes go to
// the reader as its label file, and a broken promise (see io/reader_replay.h) aborts, which libFuzzer reports with the
// input that did it. Build and run: tests/fuzz/README.md.

#include "io/reader_replay.h"

#include <opencv2/core/utils/logger.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static lector::test::ReaderReplay replay(QStringLiteral(LECTOR_FUZZ_TARGET));
    const QString problem = replay.run(reinterpret_cast<const char*>(data), size);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", LECTOR_FUZZ_TARGET, problem.toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}
