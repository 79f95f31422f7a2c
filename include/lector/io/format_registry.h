// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/io/format.h>

#include <QStringList>

#include <memory>
#include <vector>

namespace lector {

/// Every format Lector knows, built once. The CLI and the app pick formats from here.
class FormatRegistry {
public:
    static const FormatRegistry& instance();

    const Format* format(const QString& id) const;
    /// The first format whose supportsFile() accepts `path`; nullptr when none does.
    const Format* detect(const QString& path) const;
    std::vector<const Format*> formats() const;
    QStringList ids() const;

private:
    FormatRegistry();
    std::vector<std::unique_ptr<Format>> m_formats;
};

} // namespace lector
