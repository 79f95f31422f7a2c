// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Moving a project between a file and a server (lector-cli push / pull, File ▸ Push to Server…): every row of every
// table copied, then counted and checksummed on both sides before the copy is committed.
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>

#include <QString>

#include <cstdint>
#include <vector>

namespace lector {

class ProjectStore;

/// One table's part of a project's content.
struct TableChecksum {
    QString table;
    std::int64_t rows = 0;
    QString sha256; // hex, over the table's rows in a canonical order and encoding
};

/// What a project holds, independent of its backend: each table's rows and a SHA-256 of their values (integers in
/// decimal, reals to 17 significant digits, text as UTF-8, NULL apart from every value; the rows sorted bytewise by
/// that encoding), and one SHA-256 over all of them. The same project on SQLite and on PostgreSQL gives the same
/// figures. Left out: schema_version (both sides are at the build's schema) and the project's `image_root`, which is
/// where one workstation finds the images, not content.
struct ProjectChecksum {
    std::vector<TableChecksum> tables;
    QString sha256;
    std::int64_t rows() const;
    bool operator==(const ProjectChecksum& other) const;
    bool operator!=(const ProjectChecksum& other) const { return !(*this == other); }
};

/// The checksum of `store`, read under one snapshot.
Result<ProjectChecksum> projectChecksum(const ProjectStore& store, Progress* progress = nullptr);

/// Copies everything `from` holds into `to`, which must hold nothing yet (a project just created: InvalidArgument
/// naming a table that has rows otherwise), in one transaction on `to` that commits only when the copy's counts and
/// checksum equal the source's (Corrupt, naming the first table that differs, otherwise). Ids are kept; a server's
/// id sequences are moved past them. Returns the checksum both sides share. Canceled rolls back.
Result<ProjectChecksum> copyProject(const ProjectStore& from, ProjectStore& to, Progress* progress = nullptr);

/// The project setting `image_root`: the folder its image paths are relative to, as the workstation that pushed it
/// saw it (empty when none is stored). A server project opens with it as its image root until told another.
inline constexpr const char* kImageRootKey = "image_root";

} // namespace lector
