// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// What push and pull print: each table's rows and checksum, and the whole project's (both sides were compared
// before the copy was committed).
#pragma once

#include "cli_support.h"

#include <lector/store/project_transfer.h>

namespace lector::cli {

inline void printTransfer(const QString& from, const QString& to, const ProjectChecksum& sum)
{
    QString text = Cli::tr("copied %1\n    to %2\n").arg(from, to);
    for (const TableChecksum& t : sum.tables)
        text += Cli::tr("  %1 %2 rows  sha256 %3\n").arg(t.table, -28).arg(t.rows, 9).arg(t.sha256.left(16));
    text += Cli::tr("%1 rows; counts and checksums equal on both sides; project sha256 %2\n")
                .arg(sum.rows())
                .arg(sum.sha256);
    printOut(text);
}

} // namespace lector::cli
