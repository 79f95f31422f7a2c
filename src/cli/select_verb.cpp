// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// lector-cli select: what to label next, and (with --annotators) the queue each annotator's to do follows.

#include "cli_support.h"

#include <lector/analysis/selection.h>
#include <lector/dedup/duplicate_finder.h>
#include <lector/store/label_queue_repository.h>
#include <lector/store/project_store.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <unordered_map>

using namespace lector;
using namespace lector::cli;

namespace {

QString strategyList()
{
    QStringList names;
    for (SelectStrategy s : selectStrategies())
        names << selectStrategyName(s);
    return names.join(QStringLiteral(", "));
}

int runSelect(QCommandLineParser& parser)
{
    const auto started = std::chrono::steady_clock::now();
    SelectOptions options;
    if (parser.isSet(QStringLiteral("strategy"))
        && !parseSelectStrategy(parser.value(QStringLiteral("strategy")), &options.strategy))
        return usageError(Cli::tr("--strategy takes one of %1, not '%2'")
                              .arg(strategyList(), parser.value(QStringLiteral("strategy"))));
    bool ok = true;
    if (parser.isSet(QStringLiteral("budget")))
        options.budget = parser.value(QStringLiteral("budget")).toInt(&ok);
    if (!ok || options.budget < 1)
        return usageError(Cli::tr("--budget takes a whole number of images, 1 or more"));
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return usageError(Cli::tr("--seed takes a whole number"));
    options.includeLabeled = parser.isSet(QStringLiteral("include-labeled"));
    double overlap = 0;
    if (parser.isSet(QStringLiteral("overlap")))
        overlap = parser.value(QStringLiteral("overlap")).toDouble(&ok);
    if (!ok || !(overlap >= 0 && overlap <= 1))
        return usageError(Cli::tr("--overlap takes a share from 0 to 1 (0.1: one image in ten to several annotators)"));
    int perOverlap = 2;
    if (parser.isSet(QStringLiteral("per-overlap")))
        perOverlap = parser.value(QStringLiteral("per-overlap")).toInt(&ok);
    if (!ok || perOverlap < 2)
        return usageError(Cli::tr("--per-overlap takes 2 or more annotators"));
    QStringList annotators;
    for (const QString& list : parser.values(QStringLiteral("annotators")))
        annotators << list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (overlap > 0 && annotators.isEmpty())
        return usageError(Cli::tr("--overlap shares images between annotators: name them with --annotators"));

    // Assigning writes the queue; choosing only reads (hashes for diversity are stored when the project can be
    // written, as dedup stores them).
    const QString path = parser.positionalArguments().at(1);
    auto store = annotators.isEmpty() ? openProjectForReading(path) : openProject(path);
    if (!store)
        return fail(store.error());
    for (const QString& name : annotators) {
        auto found = (*store)->findAnnotator(name);
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(LECTOR_ERROR(ErrorCode::NotFound, Cli::tr("there is no annotator \"%1\"").arg(name))
                            .at((*store)->path()));
    }
    std::int64_t hashed = 0;
    const bool wantsHashes = options.strategy == SelectStrategy::Diversity || options.strategy == SelectStrategy::Mixed;
    if (wantsHashes && !(*store)->isReadOnly()) {
        StderrProgress progress(Cli::tr("hashing"));
        auto hashes = updateProjectHashes(**store, &progress);
        if (!hashes)
            return fail(hashes.error());
        hashed = hashes->hashed;
    }
    SelectSources sources;
    sources.run = parser.value(QStringLiteral("run"));
    sources.otherRun = parser.value(QStringLiteral("other-run"));
    StderrProgress progress(Cli::tr("selecting"));
    auto selection = selectFromStore(**store, options, sources, &progress);
    if (!selection)
        return fail(selection.error());
    std::vector<QueueEntry> queue;
    if (!annotators.isEmpty()) {
        auto assigned = assignQueue(selection->images, annotators, overlap, perOverlap);
        if (!assigned)
            return fail(assigned.error());
        queue = std::move(assigned).value();
        if (auto written = LabelQueueRepository(**store).assign(queue, 0, annotators); !written)
            return fail(written.error());
    } else {
        for (const SelectedImage& s : selection->images)
            queue.push_back({ static_cast<int>(queue.size()), s.image, s.score, s.by, {} });
    }
    auto images = (*store)->images();
    if (!images)
        return fail(images.error());
    std::unordered_map<ImageId, QString> pathOf;
    for (const ImageRecord& r : *images)
        pathOf[r.id] = r.path;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json j;
        j["strategy"] = selectStrategyName(options.strategy).toStdString();
        j["explanation"] = selectStrategyExplanation(options.strategy).toStdString();
        j["run"] = selection->run.toStdString();
        j["budget"] = options.budget;
        j["pool"] = selection->pool;
        j["duplicates_left_out"] = selection->duplicates;
        j["hashed"] = hashed;
        j["assigned"] = !annotators.isEmpty();
        j["overlap"] = overlap;
        nlohmann::json notes = nlohmann::json::array();
        for (const QString& n : selection->notes)
            notes.push_back(n.toStdString());
        j["notes"] = std::move(notes);
        nlohmann::json list = nlohmann::json::array();
        for (const QueueEntry& e : queue) {
            nlohmann::json who = nlohmann::json::array();
            for (const QString& a : e.annotators)
                who.push_back(a.toStdString());
            list.push_back({ { "position", e.position }, { "image", e.image },
                { "path", pathOf[e.image].toStdString() }, { "score", e.score },
                { "by", selectStrategyName(e.by).toStdString() }, { "annotators", std::move(who) } });
        }
        j["images"] = std::move(list);
        j["seconds"] = seconds;
        printOut(QString::fromStdString(j.dump(2)) + QStringLiteral("\n"));
        return kExitOk;
    }
    QString text = Cli::tr("%1: %2\n%3 of %4 candidate images%5\n\n")
                       .arg(selectStrategyName(options.strategy), selectStrategyExplanation(options.strategy))
                       .arg(queue.size())
                       .arg(selection->pool)
                       .arg(selection->run.isEmpty() ? QString() : Cli::tr(", run %1").arg(selection->run));
    for (const QueueEntry& e : queue) {
        // The path is joined, not substituted: a "%1" in a file name must not take the next argument.
        text += QStringLiteral("%1  %2  %3  ")
                    .arg(e.position + 1, 4)
                    .arg(QString::number(e.score, 'f', 3), 6)
                    .arg(selectStrategyName(e.by), -22)
            + pathOf[e.image]
            + (e.annotators.isEmpty() ? QString() : QStringLiteral("  → ") + e.annotators.join(QStringLiteral(", ")))
            + QLatin1Char('\n');
    }
    for (const QString& n : selection->notes)
        text += Cli::tr("note: %1\n").arg(n);
    if (!annotators.isEmpty())
        text += Cli::tr("assigned: each annotator's to do now follows this queue\n");
    printOut(text);
    return kExitOk;
}

const VerbRegistrar s_select(QStringLiteral("select"),
    { QT_TRANSLATE_NOOP("Cli",
          "What to label next: rank the images by a strategy and, with --annotators, assign the queue "
          "their to do follows (with an overlap for agreement). Changes no label."),
        QStringLiteral("PROJECT.lector"),
        [](QCommandLineParser& p) {
            addOption(p, QStringLiteral("json"), Cli::tr("Print JSON."));
            QString strategies;
            for (SelectStrategy s : selectStrategies())
                strategies += QStringLiteral("\n  %1: %2").arg(selectStrategyName(s), selectStrategyExplanation(s));
            addOption(p, QStringLiteral("strategy"), Cli::tr("How to choose (default mixed):") + strategies,
                QStringLiteral("name"));
            addOption(p, QStringLiteral("budget"), Cli::tr("How many images (default 100)."), QStringLiteral("n"));
            addOption(p, QStringLiteral("run"), Cli::tr("The model run whose confidences count (default: the newest)."),
                QStringLiteral("name"));
            addOption(p, QStringLiteral("other-run"), Cli::tr("run-disagreement: the run to compare with."),
                QStringLiteral("name"));
            addOption(p, QStringLiteral("include-labeled"),
                Cli::tr("Choose among labeled images too (default: only images no annotator labeled)."));
            addOption(p, QStringLiteral("seed"), Cli::tr("random: the seed (default 1)."), QStringLiteral("n"));
            addOption(p, QStringLiteral("annotators"),
                Cli::tr("Assign the queue to these annotators (comma separated), replacing their queues."),
                QStringLiteral("names"));
            addOption(p, QStringLiteral("overlap"),
                Cli::tr("Share of the images given to several annotators, so that agreement keeps being "
                        "measured (default 0; 0.1 is one in ten)."),
                QStringLiteral("share"));
            addOption(p, QStringLiteral("per-overlap"), Cli::tr("Annotators on each shared image (default 2)."),
                QStringLiteral("n"));
        },
        runSelect });

} // namespace
