// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli demo: a demo project with rendered pages, simulated annotators and a model run. The only verb that
// needs Qt Gui (text rendering), and only in builds with lectordemo.

#include "cli_support.h"

#ifdef LECTOR_HAVE_DEMO
#include <lector/demo/demo_generator.h>

#include <QGuiApplication>
#endif

#include <QDir>
#include <QFileInfo>

using namespace lector;
using namespace lector::cli;

namespace {

int runDemo(QCommandLineParser& parser)
{
#ifdef LECTOR_HAVE_DEMO
    const QString dir = parser.positionalArguments().at(1);
    if (!QDir().mkpath(dir))
        return fail(LECTOR_ERROR(ErrorCode::Io, Cli::tr("cannot create the folder")).at(dir));
    demo::DemoOptions options;
    if (parser.isSet(QStringLiteral("pages")))
        options.pages = parser.value(QStringLiteral("pages")).toInt();
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toUInt();
    StderrProgress progress(Cli::tr("rendering"));
    auto summary = demo::generateDemoProject(QFileInfo(dir).absoluteFilePath(), options, &progress);
    if (!summary)
        return fail(summary.error());
    printOut(Cli::tr("wrote %1 with %2 pages and %3 ground-truth words\n")
                 .arg(QDir(dir).filePath(QStringLiteral("demo.lector")))
                 .arg(summary->images)
                 .arg(summary->groundTruthRegions));
    return kExitOk;
#else
    Q_UNUSED(parser);
    return fail(LECTOR_ERROR(ErrorCode::InvalidArgument, Cli::tr("this build has no demo generator")));
#endif
}

#ifdef LECTOR_HAVE_DEMO
std::unique_ptr<QCoreApplication> demoApplication(int& argc, char** argv)
{
    // Rendering text needs Qt Gui's font database; the offscreen platform keeps the CLI headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}
#endif

const VerbRegistrar s_demo(QStringLiteral("demo"),
    { QT_TRANSLATE_NOOP("Cli",
          "Write a demo project (rendered pages, three simulated annotators, "
          "a model run) to DIR/demo.lector."),
        QStringLiteral("DIR"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("pages"), Cli::tr("Number of pages (default 60)."), QStringLiteral("n"));
            addOption(p, QStringLiteral("seed"), Cli::tr("Random seed (default 7)."), QStringLiteral("n"));
        },
        runDemo,
#ifdef LECTOR_HAVE_DEMO
        demoApplication
#else
        {}
#endif
    });

} // namespace
