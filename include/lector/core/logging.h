// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QString>

namespace lector {

/// Sets up one log for the process: named spdlog loggers "store", "io", "analysis", "app.canvas", writing to
/// stderr and to a rotating file in the user's data folder, and routes Qt's messages into it. `level` is one of
/// spdlog's names (trace, debug, info, warn, error, off); empty means $LECTOR_LOG, else warn.
void initLogging(const QString& appName, const QString& level = {});

/// The file the log goes to (empty before initLogging or when the folder cannot be created).
QString logFilePath();

} // namespace lector
