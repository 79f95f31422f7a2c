// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/demo/demo_generator.h>

#include "annotator_simulator.h"
#include "demo_guideline.h"
#include "demo_random.h"
#include "model_simulator.h"
#include "page_renderer.h"
#include "vocabulary.h"

#include <lector/metrics/agreement_report.h>
#include <lector/store/agreement_history.h>
#include <lector/store/project_store.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <map>
#include <memory>

namespace lector::demo {

namespace {

constexpr int kPageWidth = 1000;
constexpr int kPageHeight = 1400;
const QString kProjectFile = QStringLiteral("demo.lector");
const QString kReference = QStringLiteral("reference");
const QString kRunName = QStringLiteral("demo-ocr-v1");
/// The retrained model: better on Latin words, worse on Hangul (the Predictions dock's Regressions tab finds it).
const QString kRetrainedRunName = QStringLiteral("demo-ocr-v2");
const QString kDriftedBatch = QStringLiteral("batch-3");
constexpr int kDriftMinPages = 40;

/// The batch a page came in with, in the order pages came in. The last one drifted: its scans come from another
/// branch (see PageRenderer::render), so that the Drift dock has something true to show.
QString batchOfPage(int index, int pages)
{
    const double f = static_cast<double>(index) / pages;
    return f < 0.4 ? QStringLiteral("batch-1") : f < 0.75 ? QStringLiteral("batch-2") : kDriftedBatch;
}

std::int64_t utcMs(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

/// The three annotators of the demo, each wrong in their own way.
std::vector<AnnotatorProfile> profiles()
{
    AnnotatorProfile alice;
    alice.name = QStringLiteral("alice"); // careful and slow
    alice.jitter = 0.8;
    alice.missRate = 0.015;
    alice.mergeRate = 0.005;
    alice.splitRate = 0.003;
    alice.typoRate = 0.008;
    alice.dontCareRate = 0.5;
    alice.priceSplitBeforeV2 = 0.25;
    alice.secondsPerBox = 7.5;
    alice.sessionHours = 2.5;
    alice.idleRate = 0.01;

    AnnotatorProfile bob;
    bob.name = QStringLiteral("bob"); // fast and sloppy: typos, merges, cut descenders, upright boxes
    bob.jitter = 2.5;
    bob.bottomBias = -1.5;
    bob.missRate = 0.07;
    bob.mergeRate = 0.04;
    bob.splitRate = 0.015;
    bob.typoRate = 0.05;
    bob.koreanTypoFactor = 2.0;
    bob.dontCareRate = 0.15;
    bob.priceSplitBeforeV2 = 0.6;
    bob.axisAlignedOnRotated = true;
    bob.secondsPerBox = 3.5;
    bob.sessionHours = 1.5;
    bob.idleRate = 0.04;

    AnnotatorProfile chloe;
    chloe.name = QStringLiteral("chloe"); // accurate text, systematically loose boxes
    chloe.jitter = 1.2;
    chloe.looseMin = 4;
    chloe.looseMax = 8;
    chloe.missRate = 0.025;
    chloe.mergeRate = 0.01;
    chloe.splitRate = 0.005;
    chloe.typoRate = 0.015;
    chloe.dontCareRate = 0.35;
    chloe.priceSplitBeforeV2 = 0.4;
    chloe.secondsPerBox = 5.5;
    chloe.sessionHours = 2.0;
    chloe.idleRate = 0.02;
    return { alice, bob, chloe };
}

Region groundTruth(const PageWord& w)
{
    Region r;
    r.polygon = w.quad;
    r.text = w.text;
    r.script = w.script;
    return r;
}

class Generator {
public:
    Generator(QString dir, const DemoOptions& options, Progress* progress)
        : m_dir(std::move(dir))
        , m_options(options)
        , m_progress(progress)
        , m_total(options.pages + 6)
    {
    }

    Result<DemoSummary> run();
    /// Removes what a failed run wrote.
    void cleanUp();

private:
    Result<void> step();
    Result<void> renderPages();
    Result<std::vector<ImageId>> importGroundTruth(ProjectStore& store);
    Result<void> simulateAnnotators(ProjectStore& store, const std::vector<ImageId>& ids);
    Result<void> recordAgreementHistory(ProjectStore& store);
    Result<void> importPredictions(ProjectStore& store);

    QString m_dir;
    DemoOptions m_options;
    std::map<QString, std::vector<Annotation>> m_labels; // each simulated annotator's labels as stored
    Progress* m_progress;
    std::int64_t m_total;
    std::int64_t m_done = 0;
    QString m_projectPath;
    bool m_storeCreated = false;
    std::vector<RenderedPage> m_pages;
};

Result<void> Generator::step()
{
    ++m_done;
    if (m_progress) {
        m_progress->report(m_done, m_total);
        if (m_progress->isCanceled())
            return LECTOR_ERROR(ErrorCode::Canceled, QStringLiteral("The demo generation was canceled."));
    }
    return {};
}

Result<void> Generator::renderPages()
{
    const Vocabulary vocabulary;
    const PageRenderer renderer(vocabulary, kPageWidth, kPageHeight);
    const QDir images(QDir(m_dir).filePath(QStringLiteral("images")));
    m_pages.reserve(static_cast<std::size_t>(m_options.pages));
    for (int i = 0; i < m_options.pages; ++i) {
        // One generator per page: a page looks the same whatever the page count.
        DemoRandom rng(m_options.seed * 7919u + static_cast<std::uint32_t>(i) * 104729u + 1u);
        const QString path = images.filePath(QStringLiteral("page_%1.png").arg(i + 1, 3, 10, QLatin1Char('0')));
        // The last batch drifted once it is big enough to be judged (ten pages: DriftOptions::minValues).
        const bool drifted = m_options.pages >= kDriftMinPages && batchOfPage(i, m_options.pages) == kDriftedBatch;
        auto page = renderer.render(i, path, rng, drifted);
        LECTOR_TRY(page);
        m_pages.push_back(std::move(page).value());
        LECTOR_TRY(step());
    }
    return {};
}

/// A rendered page as an import reads it, with `regions` (the ground truth's, or a model's).
ImportedImage importedPage(const RenderedPage& page, std::vector<Region> regions)
{
    ImportedImage image;
    image.imagePath = page.absolutePath;
    image.width = page.width;
    image.height = page.height;
    image.labelFile = page.absolutePath;
    image.regions = std::move(regions);
    return image;
}

Result<std::vector<ImageId>> Generator::importGroundTruth(ProjectStore& store)
{
    ImportBatch batch;
    batch.formatId = QStringLiteral("demo");
    for (const RenderedPage& page : m_pages) {
        std::vector<Region> regions;
        regions.reserve(page.words.size());
        for (const PageWord& w : page.words)
            regions.push_back(groundTruth(w));
        batch.images.push_back(importedPage(page, std::move(regions)));
    }
    ImportTarget target;
    target.annotator = kReference;
    target.role = Role::Lead;
    target.batch = QStringLiteral("batch-1");
    target.split = QStringLiteral("train");
    target.source = Source::Import;
    LECTOR_TRY(store.importBatch(batch, target));

    auto records = store.images();
    LECTOR_TRY(records);
    std::vector<ImageId> ids(m_pages.size(), 0);
    for (const ImageRecord& r : records.value()) {
        const QString name = QFileInfo(r.path).fileName();
        for (const RenderedPage& page : m_pages)
            if (page.fileName == name)
                ids[static_cast<std::size_t>(page.index)] = r.id;
    }
    if (std::find(ids.begin(), ids.end(), 0) != ids.end())
        return LECTOR_ERROR(
            ErrorCode::Internal, QStringLiteral("A demo page is missing from the project after import."));

    // Batches in the order pages came in; splits drawn per page.
    DemoRandom rng(m_options.seed ^ 0x5eedba7cu);
    std::map<std::pair<QString, QString>, std::vector<ImageId>> groups;
    const int n = static_cast<int>(m_pages.size());
    for (int i = 0; i < n; ++i) {
        const QString batchName = batchOfPage(i, n);
        const double s = rng.uniform();
        const QString split = s < 0.7 ? QStringLiteral("train")
            : s < 0.85                ? QStringLiteral("val")
                                      : QStringLiteral("test");
        groups[{ batchName, split }].push_back(ids[static_cast<std::size_t>(i)]);
    }
    for (const auto& [key, group] : groups)
        LECTOR_TRY(store.setImageBatch(group, key.first, key.second));
    return ids;
}

Result<void> Generator::simulateAnnotators(ProjectStore& store, const std::vector<ImageId>& ids)
{
    // Monday 2 March 2026; guideline v2 is in force from Wednesday.
    const std::int64_t monday = utcMs(2026, 3, 2, 9);
    const std::int64_t v2At = utcMs(2026, 3, 4, 0);
    // Each version is published when the simulated week has it (an hour before the first label, and Wednesday),
    // not when the demo is generated, so that the dashboard's time axis puts the publications among the labels:
    // published, taken back before any label uses it, and put back with that date.
    auto publishAt = [&](const QString& markdown, const QString& changelog, const QStringList& about,
                         std::int64_t at) -> Result<void> {
        auto published = store.publishGuideline(markdown, changelog, kReference, about);
        LECTOR_TRY(published);
        LECTOR_TRY(store.withdrawGuideline(published->number));
        GuidelineVersion dated = *published;
        dated.createdAt = at;
        return store.republishGuideline(dated);
    };
    LECTOR_TRY(publishAt(DemoGuideline::version1(), DemoGuideline::changelog1(), {}, monday - 3600 * 1000LL));
    LECTOR_TRY(step());
    // Version 2 is about prices: a currency sign with digits is a "mixed" word in the agreement report's slices.
    LECTOR_TRY(
        publishAt(DemoGuideline::version2(), DemoGuideline::changelog2(), { QStringLiteral("script:mixed") }, v2At));

    const std::vector<AnnotatorProfile> people = profiles();
    const int count = static_cast<int>(people.size());
    // Who labels which page: most pages by all three, some by two, a few by one (always someone).
    DemoRandom assign(m_options.seed ^ 0xa5519e0u);
    std::vector<std::vector<int>> pagesOf(people.size());
    for (int i = 0; i < static_cast<int>(m_pages.size()); ++i) {
        const double r = assign.uniform();
        const int k = r < 0.55 ? 3 : r < 0.85 ? 2 : 1;
        std::vector<int> order;
        for (int a = 0; a < count; ++a)
            order.push_back((i + a) % count);
        // The first stays (so everyone gets pages in small demos), the others are shuffled.
        std::vector<int> rest(order.begin() + 1, order.end());
        assign.shuffle(rest);
        pagesOf[static_cast<std::size_t>(order[0])].push_back(i);
        for (int a = 0; a + 1 < k; ++a)
            pagesOf[static_cast<std::size_t>(rest[static_cast<std::size_t>(a)])].push_back(i);
    }

    for (int a = 0; a < count; ++a) {
        const AnnotatorProfile& profile = people[static_cast<std::size_t>(a)];
        auto annotator = store.ensureAnnotator(profile.name, Role::Annotator);
        LECTOR_TRY(annotator);
        const std::int64_t start = monday + (a == 2 ? 24 * 3600 * 1000LL : 0) + a * 17 * 60 * 1000LL;
        AnnotatorSimulator simulator(profile, start, v2At, m_options.seed * 31u + static_cast<std::uint32_t>(a) + 11u);
        auto& mine = pagesOf[static_cast<std::size_t>(a)];
        std::sort(mine.begin(), mine.end());
        std::vector<Annotation> all;
        for (const int i : mine) {
            std::vector<Annotation> labels = simulator.label(m_pages[static_cast<std::size_t>(i)]);
            for (Annotation& l : labels) {
                l.image = ids[static_cast<std::size_t>(i)];
                l.annotator = annotator.value();
                all.push_back(std::move(l));
            }
        }
        auto written = store.addAnnotations(all);
        LECTOR_TRY(written);
        m_labels[profile.name] = std::move(written->rows);
        LECTOR_TRY(step());
    }
    return {};
}

/// The agreement history the simulated fortnight would have left had the lead looked at the dashboard each evening:
/// one snapshot at 18:00 UTC of every day with labels, over the labels made by then, under the version in force.
Result<void> Generator::recordAgreementHistory(ProjectStore& store)
{
    auto images = store.images();
    LECTOR_TRY(images);
    std::map<ImageId, QString> batchOf;
    for (const ImageRecord& r : *images)
        batchOf[r.id] = r.batch;
    auto versions = store.guidelineVersions();
    LECTOR_TRY(versions);
    std::int64_t first = std::numeric_limits<std::int64_t>::max(), last = 0;
    for (const auto& [name, labels] : m_labels)
        for (const Annotation& l : labels) {
            first = std::min(first, l.createdAt);
            last = std::max(last, l.createdAt);
        }
    if (last == 0)
        return {};
    AgreementHistoryRepository history(store);
    constexpr std::int64_t kDay = 24 * 3600 * 1000LL;
    const std::int64_t firstEvening = (first / kDay) * kDay + 18 * 3600 * 1000LL;
    for (std::int64_t evening = firstEvening; evening < last + kDay; evening += kDay) {
        std::map<ImageId, AgreementImage> byImage;
        for (const auto& [name, labels] : m_labels)
            for (const Annotation& l : labels) {
                if (l.createdAt > evening)
                    continue;
                AgreementImage& image = byImage[l.image];
                image.id = l.image;
                image.batch = batchOf[l.image];
                image.byAnnotator[name].push_back({ l.region, l.guidelineVersion });
            }
        AgreementInput input;
        for (auto& [id, image] : byImage)
            input.images.push_back(std::move(image));
        AgreementOptions options;
        options.threads = 1; // the demo's own work is on one thread; the figures do not depend on it
        const AgreementReport report = computeAgreement(input, options);
        if (report.images == 0)
            continue;
        SnapshotTime at;
        at.takenAt = std::min(evening, last);
        for (const GuidelineVersion& v : *versions)
            if (v.createdAt <= at.takenAt)
                at.guidelineVersion = std::max(at.guidelineVersion, v.number);
        // The last evening has every label: it is stamped with the store's newest entry, so that a dashboard opened
        // on the untouched demo finds it current and keeps no copy of it; earlier evenings' entries are unknown (0).
        std::int64_t entry = 0;
        if (evening >= last) {
            auto newest = history.lastEntry();
            LECTOR_TRY(newest);
            entry = *newest;
        }
        LECTOR_TRY(history.save(report, QStringLiteral("demo"), entry, at));
    }
    return {};
}

Result<void> Generator::importPredictions(ProjectStore& store)
{
    for (const bool retrained : { false, true }) {
        ModelSimulator model(m_options.seed * 131u + (retrained ? 17u : 5u), retrained);
        ImportBatch batch;
        batch.formatId = QStringLiteral("demo");
        for (const RenderedPage& page : m_pages)
            batch.images.push_back(importedPage(page, model.predict(page)));
        ImportTarget target;
        target.run = retrained ? kRetrainedRunName : kRunName;
        target.model = retrained ? QStringLiteral("synthetic, retrained") : QStringLiteral("synthetic");
        target.source = Source::Auto;
        LECTOR_TRY(store.importBatch(batch, target));
    }
    return {};
}

Result<DemoSummary> Generator::run()
{
    if (m_options.pages < 1 || m_options.pages > 999)
        return LECTOR_ERROR(ErrorCode::InvalidArgument, QStringLiteral("The demo needs between 1 and 999 pages."));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return LECTOR_ERROR(ErrorCode::Internal, QStringLiteral("The demo generator needs a QGuiApplication."));
    const QDir dir(m_dir);
    m_projectPath = dir.filePath(kProjectFile);
    if (QFileInfo::exists(m_projectPath))
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            QStringLiteral("A demo project already exists here; choose another folder or delete it first."))
            .at(m_projectPath);
    if (!dir.mkpath(QStringLiteral("images")))
        return LECTOR_ERROR(ErrorCode::Io, QStringLiteral("Cannot create the demo's image folder.")).at(m_dir);

    LECTOR_TRY(renderPages());
    auto created = ProjectStore::create(m_projectPath);
    LECTOR_TRY(created);
    m_storeCreated = true;
    std::unique_ptr<ProjectStore> store = std::move(created).value();

    auto ids = importGroundTruth(*store);
    LECTOR_TRY(ids);
    LECTOR_TRY(step());
    LECTOR_TRY(simulateAnnotators(*store, ids.value()));
    LECTOR_TRY(importPredictions(*store));
    LECTOR_TRY(recordAgreementHistory(*store));
    LECTOR_TRY(step());

    auto info = store->info();
    LECTOR_TRY(info);
    DemoSummary summary;
    summary.images = static_cast<int>(info->images);
    summary.regionsByAnnotator = info->annotationsByAnnotator;
    const auto gt = summary.regionsByAnnotator.find(kReference);
    summary.groundTruthRegions = gt == summary.regionsByAnnotator.end() ? 0 : gt->second;
    const auto run = info->predictionsByRun.find(kRunName);
    summary.predictions = run == info->predictionsByRun.end() ? 0 : run->second;
    return summary;
}

void Generator::cleanUp()
{
    if (m_storeCreated) {
        for (const char* suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(m_projectPath + QLatin1String(suffix));
    }
    for (const RenderedPage& page : m_pages)
        QFile::remove(page.absolutePath);
}

} // namespace

Result<DemoSummary> generateDemoProject(const QString& dir, const DemoOptions& options, Progress* progress)
{
    Generator generator(dir, options, progress);
    auto result = generator.run();
    // The store is closed by now (run() owns it), so its files can go.
    if (!result)
        generator.cleanUp();
    return result;
}

} // namespace lector::demo
