// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli history: the agreement snapshots kept in the project (agreement --save, or the app's dashboard).

#include "cli_support.h"

#include <lector/store/agreement_history.h>
#include <lector/store/agreement_history_json.h>
#include <lector/store/project_store.h>

#include <QDateTime>
#include <QTimeZone>

#include <nlohmann/json.hpp>

using namespace lector;
using namespace lector::cli;

namespace {

QString figureText(double v) { return std::isfinite(v) ? QString::number(v, 'f', 3) : QStringLiteral("–"); }

int runHistory(QCommandLineParser& parser)
{
    std::optional<SnapshotScope> scope;
    if (parser.isSet(QStringLiteral("scope"))) {
        SnapshotScope s = SnapshotScope::Overall;
        if (!parseSnapshotScope(parser.value(QStringLiteral("scope")), &s))
            return usageError(Cli::tr("--scope takes overall, pair, annotator or slice, not '%1'")
                                  .arg(parser.value(QStringLiteral("scope"))));
        scope = s;
        if (!parser.isSet(QStringLiteral("json")))
            return usageError(Cli::tr("--scope picks the lines of --json (the table shows the overall line of "
                                      "each snapshot): add --json"));
    }
    auto store = openProjectForReading(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    AgreementHistoryRepository history(**store);
    auto snapshots = history.snapshots();
    if (!snapshots)
        return fail(snapshots.error());
    auto versions = (*store)->guidelineVersions();
    if (!versions)
        return fail(versions.error());
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json j;
        nlohmann::json list = nlohmann::json::array();
        for (const AgreementSnapshot& s : *snapshots)
            list.push_back(toJson(s, scope));
        j["snapshots"] = std::move(list);
        // The time axis's markers: when each guideline version was published.
        nlohmann::json published = nlohmann::json::array();
        for (const GuidelineVersion& v : *versions)
            published.push_back({ { "version", v.number }, { "published_at", v.createdAt } });
        j["guideline_versions"] = std::move(published);
        printOut(QString::fromStdString(j.dump(2)) + QStringLiteral("\n"));
        return kExitOk;
    }
    if (snapshots->empty()) {
        printOut(Cli::tr("No agreement snapshot yet: lector-cli agreement --save (or the app's dashboard) "
                         "keeps one.\n"));
        return kExitOk;
    }
    QString text = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                       .arg(QStringLiteral("id"), 5)
                       .arg(padded(Cli::tr("taken (UTC)"), -20))
                       .arg(padded(Cli::tr("src"), -4))
                       .arg(padded(Cli::tr("guideline"), 9))
                       .arg(padded(Cli::tr("images"), 7))
                       .arg(QStringLiteral("F1"), 6)
                       .arg(padded(Cli::tr("text"), 6))
                       .arg(QStringLiteral("CER"), 6)
                       .arg(padded(Cli::tr("alpha text/geometry"), 20));
    for (const AgreementSnapshot& s : *snapshots) {
        const SnapshotLine* overall = s.find(SnapshotScope::Overall);
        const PairFigures f = overall ? overall->figures : PairFigures {};
        text
            += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(s.id, 5)
                   .arg(QDateTime::fromMSecsSinceEpoch(s.takenAt, QTimeZone::utc())
                            .toString(QStringLiteral("yyyy-MM-dd hh:mm:ss")),
                       -20)
                   .arg(s.source, -4)
                   .arg(s.guidelineVersion > 0 ? QStringLiteral("v%1").arg(s.guidelineVersion) : QStringLiteral("–"), 9)
                   .arg(s.images, 7)
                   .arg(figureText(f.f1()), 6)
                   .arg(figureText(f.textAgreement()), 6)
                   .arg(figureText(f.cer()), 6)
                   .arg(figureText(s.alphaText) + QStringLiteral(" / ") + figureText(s.alphaGeometry), 20);
    }
    text += Cli::tr("\nF1, text (same transcription) and CER pool every annotator pair; --json gives each "
                    "pair, annotator and slice\n");
    printOut(text);
    return kExitOk;
}

const VerbRegistrar s_history(QStringLiteral("history"),
    { QT_TRANSLATE_NOOP("Cli",
          "The project's agreement history: every saved agreement snapshot, oldest first, with the "
          "guideline version in force (read from the store, nothing recomputed)."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("json"), Cli::tr("Print JSON."));
            addOption(p, QStringLiteral("scope"),
                Cli::tr("Only the lines of one scope in --json: overall, pair, annotator or slice."),
                QStringLiteral("scope"));
        },
        runHistory });

} // namespace
