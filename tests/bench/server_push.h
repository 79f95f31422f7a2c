// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// For the benchmarks that time a project on a server against the same project in a file: the file pushed once into
// a schema of its own on the server, and reused by later runs.
#pragma once

#include <lector/store/project_store.h>
#include <lector/store/project_transfer.h>

#include <QString>

#include <cstdio>

namespace lector::bench {

/// The URL of `file`'s copy in the schema `schema` of `server` (a postgresql:// URL), pushed the first time (the
/// file's image root recorded with it); empty after printing why, when it cannot be.
inline QString pushedOnce(const QString& server, const QString& file, const QString& schema)
{
    const QString url = server + (server.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + QStringLiteral("options=-csearch_path%3D") + schema;
    if (ProjectStore::open(url))
        return url;
    std::printf("pushing it to %s (once) ...\n", qPrintable(ProjectStore::withoutPassword(url)));
    std::fflush(stdout);
    auto from = ProjectStore::open(file, OpenMode::ReadOnly);
    auto to = ProjectStore::create(url);
    if (!from || !to) {
        std::fprintf(stderr, "%s\n", qPrintable(!from ? from.error().toString() : to.error().toString()));
        return {};
    }
    if (auto copied = copyProject(**from, **to); !copied) {
        std::fprintf(stderr, "%s\n", qPrintable(copied.error().toString()));
        return {};
    }
    (void)(*to)->storeImageRoot((*from)->rootDir());
    return url;
}

} // namespace lector::bench
