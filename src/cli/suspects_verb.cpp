// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli suspects: the label-error finder's ranked list of suspect labels of one annotator.

#include "cli_support.h"

#include <lector/analysis/suspect_quality.h>
#include <lector/analysis/suspects.h>
#include <lector/store/project_store.h>

#include <nlohmann/json.hpp>

#include <unordered_map>

using namespace lector;
using namespace lector::cli;

namespace {

nlohmann::json regionToJson(const Region& r)
{
    nlohmann::json j;
    j["points"] = r.polygon.flat();
    j["text"] = r.text.toStdString();
    if (r.hasConfidence())
        j["confidence"] = r.confidence;
    return j;
}

nlohmann::json suspectToJson(const Suspect& s, const QString& path)
{
    nlohmann::json j;
    j["kind"] = suspectKindName(s.kind).toStdString();
    j["score"] = s.score;
    j["image"] = s.image;
    j["path"] = path.toStdString();
    j["annotation"] = s.annotation;
    j["key"] = s.key().toStdString();
    j["reason"] = s.reason.toStdString();
    j["region"] = regionToJson(s.region);
    nlohmann::json evidence = nlohmann::json::array();
    for (const SuspectEvidence& e : s.evidence) {
        nlohmann::json ej = regionToJson(e.region);
        ej["source"] = e.source.toStdString();
        ej["prediction"] = e.prediction;
        ej["id"] = e.id;
        ej["iou"] = e.iou;
        evidence.push_back(std::move(ej));
    }
    j["evidence"] = std::move(evidence);
    static const char* const actions[] = { "none", "add", "change", "remove" };
    j["fix"] = actions[int(s.fix.action)];
    return j;
}

int runSuspects(QCommandLineParser& parser)
{
    SuspectOptions options;
    options.annotator = parser.value(QStringLiteral("annotator"));
    if (options.annotator.isEmpty())
        return usageError(Cli::tr("suspects needs --annotator NAME"));
    options.run = parser.value(QStringLiteral("run"));
    options.exclude = excludedAnnotators(parser);
    if (parser.isSet(QStringLiteral("kinds"))) {
        for (const QString& name : parser.value(QStringLiteral("kinds")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            SuspectKind kind;
            if (!parseSuspectKind(name.trimmed(), &kind)) {
                QStringList known;
                for (SuspectKind k : allSuspectKinds())
                    known << suspectKindName(k);
                return usageError(Cli::tr("unknown suspect kind \"%1\" (kinds: %2)").arg(name, known.join(u',')));
            }
            options.kinds.insert(kind);
        }
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        options.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || options.limit < 0)
            return usageError(Cli::tr("--limit must be a whole number >= 0"));
    }
    if (parser.isSet(QStringLiteral("charset")))
        options.charset = parser.value(QStringLiteral("charset"));
    options.batch = parser.value(QStringLiteral("batch"));
    options.slice = parser.value(QStringLiteral("slice")); // findSuspects refuses an unknown one, naming the known
    const QString truth = parser.value(QStringLiteral("truth"));
    if (!truth.isEmpty() && !options.exclude.contains(truth))
        options.exclude << truth; // the truth measures the finder; it is no evidence
    options.checkImageFiles = true;
    auto store = openProjectForReading(parser.positionalArguments().at(1));
    if (!store)
        return fail(store.error());
    if (auto known = requireAnnotators(**store, { options.annotator }, QStringLiteral("--annotator")); !known)
        return fail(known.error());
    if (auto known = requireAnnotators(**store, options.exclude, QStringLiteral("--exclude")); !known)
        return fail(known.error());
    if (auto known = requireBatch(**store, options.batch, QStringLiteral("--batch")); !known)
        return fail(known.error());
    StderrProgress progress(QStringLiteral("suspects"));
    auto report = findSuspects(**store, options, &progress);
    if (!report)
        return fail(report.error());
    for (const QString& skipped : report->skipped)
        printErr(Cli::tr("lector-cli: skipped %1: the image file is missing").arg(skipped));
    auto images = (*store)->images();
    if (!images)
        return fail(images.error());
    std::unordered_map<ImageId, QString> paths;
    for (const ImageRecord& image : *images)
        paths[image.id] = image.path;
    std::vector<SuspectKindQuality> quality;
    if (!truth.isEmpty()) {
        auto measured = measureSuspectQuality(**store, *report, options.annotator, truth);
        if (!measured)
            return fail(measured.error());
        quality = std::move(measured).value();
    }
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json j;
        j["annotator"] = options.annotator.toStdString();
        j["run"] = options.run.toStdString();
        j["images"] = report->images;
        j["charset"] = report->charset.toStdString();
        j["seconds"] = report->seconds;
        nlohmann::json skipped = nlohmann::json::array();
        for (const QString& s : report->skipped)
            skipped.push_back(s.toStdString());
        j["skipped"] = std::move(skipped);
        nlohmann::json list = nlohmann::json::array();
        for (const Suspect& s : report->suspects)
            list.push_back(suspectToJson(s, paths[s.image]));
        j["suspects"] = std::move(list);
        if (!truth.isEmpty()) {
            nlohmann::json q = nlohmann::json::object();
            for (const SuspectKindQuality& k : quality)
                q[suspectKindName(k.kind).toStdString()]
                    = { { "errors", k.errors }, { "listed", k.listed }, { "found", k.found },
                          { "precision_at_100", k.precisionAt100 }, { "precision_at_500", k.precisionAt500 },
                          { "recall", k.recall }, { "average_precision", k.averagePrecision } };
            j["quality"] = std::move(q);
            j["truth"] = truth.toStdString();
        }
        printOut(QString::fromStdString(j.dump(2)) + QLatin1Char('\n'));
        return kExitOk;
    }
    QString text = QStringLiteral("%1 %2 %3 %4  %5\n")
                       .arg(padded(Cli::tr("score"), 6))
                       .arg(padded(Cli::tr("kind"), -13))
                       .arg(padded(Cli::tr("annotation"), 10))
                       .arg(padded(Cli::tr("image"), -28))
                       .arg(Cli::tr("why"));
    for (const Suspect& s : report->suspects) {
        text += QStringLiteral("%1 %2 %3 %4  %5\n")
                    .arg(s.score, 6, 'f', 3)
                    .arg(suspectKindName(s.kind), -13)
                    .arg(s.annotation > 0 ? QString::number(s.annotation) : QStringLiteral("–"), 10)
                    .arg(padded(paths[s.image], -28))
                    .arg(s.reason);
    }
    text += Cli::tr("%1 suspects on %2 images (%3 s)\n")
                .arg(report->suspects.size())
                .arg(report->images)
                .arg(report->seconds, 0, 'f', 2);
    if (!truth.isEmpty()) {
        text += Cli::tr("against %1: kind, errors, listed, found, P@100, P@500, recall, AP\n").arg(truth);
        for (const SuspectKindQuality& k : quality)
            text += QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
                        .arg(suspectKindName(k.kind), -12)
                        .arg(k.errors, 6)
                        .arg(k.listed, 6)
                        .arg(k.found, 6)
                        .arg(k.precisionAt100, 6, 'f', 3)
                        .arg(k.precisionAt500, 6, 'f', 3)
                        .arg(k.recall, 6, 'f', 3)
                        .arg(k.averagePrecision, 6, 'f', 3);
    }
    printOut(text);
    return kExitOk;
}

const VerbRegistrar s_suspects(QStringLiteral("suspects"),
    { QT_TRANSLATE_NOOP("Cli",
          "Suspect labels of one annotator, worst first: missed words, spurious, loose or shifted boxes, "
          "wrong text, bad geometry, characters outside the set, open conflicts."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("json"), Cli::tr("Print JSON."));
            addOption(p, QStringLiteral("annotator"), Cli::tr("Whose labels to check."), QStringLiteral("name"));
            addOption(p, QStringLiteral("run"), Cli::tr("Model run used as evidence."), QStringLiteral("run"));
            addOption(p, QStringLiteral("kinds"),
                Cli::tr("Kinds to list (comma separated): missed_word, spurious_box, loose_box, wrong_text, "
                        "geometry, charset, disagreement."),
                QStringLiteral("kinds"));
            addOption(p, QStringLiteral("limit"), Cli::tr("At most this many suspects."), QStringLiteral("n"));
            addOption(p, QStringLiteral("charset"),
                Cli::tr("The declared character set (default: the 99.9 % most frequent characters)."),
                QStringLiteral("chars"));
            addOption(p, QStringLiteral("exclude"),
                Cli::tr("Annotators whose labels are no evidence (comma separated)."), QStringLiteral("names"));
            addOption(p, QStringLiteral("batch"), Cli::tr("Only the images of this batch."), QStringLiteral("batch"));
            addOption(p, QStringLiteral("slice"),
                Cli::tr("Only suspects in this slice, dimension:bin (height, aspect, rotation, text_length, "
                        "script; e.g. script:hangul)."),
                QStringLiteral("slice"));
            addOption(p, QStringLiteral("truth"),
                Cli::tr("A ground-truth annotator: also print the finder's precision, recall and AP per kind "
                        "against it (and leave it out of the evidence)."),
                QStringLiteral("name"));
        },
        runSuspects });

} // namespace
