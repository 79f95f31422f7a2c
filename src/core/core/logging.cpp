// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/core/logging.h>

#include <QDir>
#include <QStandardPaths>
#include <QtGlobal>

#include <opencv2/core/utils/logger.hpp>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace lector {

namespace {
QString s_logFile;

void qtToSpdlog(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    auto log = spdlog::default_logger();
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        log->debug("qt: {}", text);
        break;
    case QtInfoMsg:
        log->info("qt: {}", text);
        break;
    case QtWarningMsg:
        log->warn("qt: {}", text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        log->error("qt: {}", text);
        break;
    }
}
}

void initLogging(const QString& appName, const QString& level)
{
    QString wanted = level.isEmpty() ? qEnvironmentVariable("LECTOR_LOG") : level;
    if (wanted.isEmpty())
        wanted = QStringLiteral("warn");
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!dir.isEmpty()) {
        dir = QDir(dir).filePath(QStringLiteral("lector"));
        if (QDir().mkpath(dir)) {
            s_logFile = QDir(dir).filePath(appName + QStringLiteral(".log"));
            try {
                sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    s_logFile.toStdString(), 5 * 1024 * 1024, 3));
            } catch (const spdlog::spdlog_ex&) {
                s_logFile.clear(); // a log we cannot write is no reason to stop
            }
        }
    }
    const auto lvl = spdlog::level::from_str(wanted.toStdString());
    for (const char* name : { "lector", "store", "io", "analysis", "app.canvas" }) {
        spdlog::drop(name);
        auto logger = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
        logger->set_level(lvl);
        spdlog::register_logger(logger);
        if (std::string_view(name) == "lector")
            spdlog::set_default_logger(logger);
    }
    spdlog::set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%n] [%l] %v");
    // OpenCV writes its warnings ("imread_(...): can't open/read file") straight to stderr, ahead of Lector's one-line
    // error about the same file: only when debugging are they wanted.
    cv::utils::logging::setLogLevel(
        lvl <= spdlog::level::debug ? cv::utils::logging::LOG_LEVEL_WARNING : cv::utils::logging::LOG_LEVEL_SILENT);
    qInstallMessageHandler(qtToSpdlog);
}

QString logFilePath() { return s_logFile; }

} // namespace lector
