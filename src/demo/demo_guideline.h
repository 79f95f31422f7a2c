// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QString>

namespace lector::demo {

/// The labeling guideline of the demo project, in its two published versions (markdown).
class DemoGuideline {
public:
    static QString version1();
    static QString changelog1();
    /// Version 1 plus the rule on prices (currency sign boxed with the number).
    static QString version2();
    static QString changelog2();
};

} // namespace lector::demo
