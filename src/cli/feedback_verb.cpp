// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli feedback: one annotator's feedback page (HTML, or PDF where Qt Gui is built in).

#include "cli_support.h"

#include <lector/analysis/rater_feedback.h>
#include <lector/io/io_util.h>
#include <lector/store/project_store.h>

#ifdef LECTOR_HAVE_DEMO
#include <lector/demo/html_pdf.h>

#include <QGuiApplication>
#endif

#include <QFileInfo>

using namespace lector;
using namespace lector::cli;

namespace {

bool wantsPdf(const QString& path) { return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive); }

int runFeedback(QCommandLineParser& parser)
{
    FeedbackOptions options;
    options.annotator = parser.value(QStringLiteral("annotator"));
    options.against = parser.value(QStringLiteral("against"));
    const QString out = parser.value(QStringLiteral("out"));
    if (options.annotator.isEmpty())
        return usageError(Cli::tr("feedback needs --annotator NAME"));
    if (out.isEmpty())
        return usageError(Cli::tr("feedback needs --out FILE.html (or FILE.pdf)"));
#ifndef LECTOR_HAVE_DEMO
    if (wantsPdf(out))
        return usageError(Cli::tr("this lector-cli was built without Qt Gui: write --out FILE.html"));
#endif
    auto store = openProjectForReading(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    auto feedback = computeRaterFeedback(**store, options);
    if (!feedback)
        return fail(feedback.error());
    const QString html = feedbackHtml(*feedback);
    if (wantsPdf(out)) {
#ifdef LECTOR_HAVE_DEMO
        if (auto written = writeHtmlAsPdf(html, out, Cli::tr("Feedback for %1").arg(feedback->annotator)); !written)
            return fail(written.error());
#endif
    } else if (auto written = io::writeFileAtomically(out, html.toUtf8()); !written) {
        return fail(written.error());
    }
    const DetectionCounts& c = feedback->counts;
    // One multi-argument arg(), which substitutes in one pass: a "%1" in a path or a name must not take the next
    // argument.
    printOut(Cli::tr("wrote %1: %2 against %3 on %4 images, %5 % read right; missed %6, extra %7, loose %8, text %9\n")
                 .arg(out, feedback->annotator, feedback->against, QString::number(feedback->images),
                     QString::number(100 * c.wordAccuracy(), 'f', 1), QString::number(feedback->kinds.missed),
                     QString::number(feedback->kinds.extra), QString::number(feedback->kinds.loose),
                     QString::number(feedback->kinds.text)));
    return kExitOk;
}

#ifdef LECTOR_HAVE_DEMO
std::unique_ptr<QCoreApplication> feedbackApplication(int& argc, char** argv)
{
    // A PDF lays text out with Qt Gui's fonts; the offscreen platform keeps the CLI headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}
#endif

const VerbRegistrar s_feedback(QStringLiteral("feedback"),
    { QT_TRANSLATE_NOOP("Cli",
          "One annotator's feedback page for the lead to hand over: agreement with the reference (or the "
          "consensus), the kinds of disagreement, character confusions, speed, the last batches and the "
          "guideline rules their words fall under."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("annotator"), Cli::tr("Whose page."), QStringLiteral("name"));
            addOption(p, QStringLiteral("out"), Cli::tr("Where: FILE.html, or FILE.pdf."), QStringLiteral("file"));
            addOption(p, QStringLiteral("against"),
                Cli::tr("The truth (default: reference when it has labels, else consensus)."), QStringLiteral("name"));
        },
        runFeedback,
#ifdef LECTOR_HAVE_DEMO
        feedbackApplication
#endif
    });

} // namespace
