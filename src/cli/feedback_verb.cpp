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
        return usageError(QStringLiteral("feedback needs --annotator NAME"));
    if (out.isEmpty())
        return usageError(QStringLiteral("feedback needs --out FILE.html (or FILE.pdf)"));
#ifndef LECTOR_HAVE_DEMO
    if (wantsPdf(out))
        return usageError(QStringLiteral("this lector-cli was built without Qt Gui: write --out FILE.html"));
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
        if (auto written = writeHtmlAsPdf(html, out, QStringLiteral("Feedback for %1").arg(feedback->annotator));
            !written)
            return fail(written.error());
#endif
    } else if (auto written = io::writeFileAtomically(out, html.toUtf8()); !written) {
        return fail(written.error());
    }
    const DetectionCounts& c = feedback->counts;
    // The names are joined, not substituted: a "%1" in a path must not take the next argument.
    printOut(QStringLiteral("wrote ") + out + QStringLiteral(": ") + feedback->annotator + QStringLiteral(" against ")
        + feedback->against
        + QStringLiteral(" on %1 images, %2 % read right; missed %3, extra %4, loose %5, text %6\n")
              .arg(feedback->images)
              .arg(100 * c.wordAccuracy(), 0, 'f', 1)
              .arg(feedback->kinds.missed)
              .arg(feedback->kinds.extra)
              .arg(feedback->kinds.loose)
              .arg(feedback->kinds.text));
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
    { QStringLiteral("One annotator's feedback page for the lead to hand over: agreement with the reference (or the "
                     "consensus), the kinds of disagreement, character confusions, speed, the last batches and the "
                     "guideline rules their words fall under."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("annotator"), QStringLiteral("Whose page."), QStringLiteral("name"));
            addOption(
                p, QStringLiteral("out"), QStringLiteral("Where: FILE.html, or FILE.pdf."), QStringLiteral("file"));
            addOption(p, QStringLiteral("against"),
                QStringLiteral("The truth (default: reference when it has labels, else consensus)."),
                QStringLiteral("name"));
        },
        runFeedback,
#ifdef LECTOR_HAVE_DEMO
        feedbackApplication
#endif
    });

} // namespace
