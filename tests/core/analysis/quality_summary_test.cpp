// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/quality_summary.h>

#include <lector/store/project_store.h>

#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

using namespace lector;

TEST(QualitySummary, CsvQuotesWhatNeedsIt)
{
    ReportTable t { QStringLiteral("t"), { QStringLiteral("name"), QStringLiteral("note") },
        { { QStringLiteral("a,b"), QStringLiteral("say \"hi\"") },
            { QStringLiteral("합계"), QStringLiteral("two\nlines") } } };
    // Parsed back by Python's csv module, an independent RFC 4180 reader.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("t.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(t.toCsv().toUtf8());
    f.close();
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8', "
                           "newline='')))))"),
            f.fileName() });
    if (!py.waitForFinished(20000) || py.exitCode() != 0)
        GTEST_SKIP() << "/usr/bin/python3 not available";
    EXPECT_EQ(QString::fromUtf8(py.readAllStandardOutput()).trimmed(),
        QStringLiteral("[[\"name\", \"note\"], [\"a,b\", \"say \\\"hi\\\"\"], [\"\\ud569\\uacc4\", \"two\\nlines\"]]"));
}

TEST(QualitySummary, HtmlReportHasTablesChartsAndCsvFiles)
{
    QTemporaryDir dir;
    ReportTable t { QStringLiteral("Conflicts <by> kind"), { QStringLiteral("kind"), QStringLiteral("n") },
        { { QStringLiteral("text"), QStringLiteral("3") } } };
    const QString out = dir.filePath(QStringLiteral("report"));
    ASSERT_TRUE(writeHtmlReport(
        out, QStringLiteral("Noise"), { t, t }, { { QStringLiteral("Speed"), QStringLiteral("speed.png") } }));
    QFile index(QDir(out).filePath(QStringLiteral("index.html")));
    ASSERT_TRUE(index.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(index.readAll());
    EXPECT_TRUE(html.contains(QStringLiteral("<img src=\"speed.png\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("Conflicts &lt;by&gt; kind")));
    EXPECT_TRUE(html.contains(QStringLiteral("href=\"table-2.csv\"")));
    EXPECT_TRUE(QFile::exists(QDir(out).filePath(QStringLiteral("table-1.csv"))));
    EXPECT_TRUE(QFile::exists(QDir(out).filePath(QStringLiteral("table-2.csv"))));
}

TEST(QualitySummary, GuidelineEffectOnTheSlicesAVersionIsAbout)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = test::makeDemoProject(dir.path(), 24);
    auto store = ProjectStore::open(project);
    ASSERT_TRUE(store);
    auto summary = computeQualitySummary(**store);
    ASSERT_TRUE(summary) << summary.error().toString();
    // The demo's version 2 is about prices ("script:mixed"); before it, some annotators boxed the currency sign
    // apart from the number.
    ASSERT_EQ(summary->guidelineEffects.size(), 1u);
    const GuidelineEffect& e = summary->guidelineEffects.front();
    EXPECT_EQ(e.version, 2);
    EXPECT_EQ(e.previous, 1);
    EXPECT_EQ(e.dimension, QStringLiteral("script"));
    EXPECT_EQ(e.bin, QStringLiteral("mixed"));
    const SliceFigures* before = versionSlice(summary->agreement, 1, e.dimension, e.bin);
    const SliceFigures* after = versionSlice(summary->agreement, 2, e.dimension, e.bin);
    ASSERT_TRUE(before && after);
    EXPECT_EQ(e.before.matched, before->pooled.matched);
    EXPECT_EQ(e.after.regionsA, after->pooled.regionsA);
    EXPECT_GT(e.before.regionsA + e.after.regionsA, 10);
    // Under version 1 some annotators read "$" and "12.50" where others read "$12.50": the matched words of the
    // slice agree more often on their text once version 2 settled it.
    EXPECT_GT(e.after.textAgreement(), e.before.textAgreement());
    // The table names the version and the slice.
    const auto tables = summary->tables();
    const auto effects = std::find_if(tables.begin(), tables.end(),
        [](const ReportTable& t) { return t.title.startsWith(QStringLiteral("Agreement before and after")); });
    ASSERT_NE(effects, tables.end());
    ASSERT_EQ(effects->rows.size(), 1u);
    EXPECT_EQ(effects->rows[0][1], QStringLiteral("script:mixed"));

    // Without "about", a version is compared over all its regions.
    std::vector<GuidelineVersion> versions(2);
    versions[0].number = 1;
    versions[1].number = 2;
    const auto pooled = guidelineEffects(summary->agreement, versions);
    ASSERT_EQ(pooled.size(), 1u);
    EXPECT_TRUE(pooled[0].dimension.isEmpty());
    EXPECT_EQ(pooled[0].after.regionsA, summary->agreement.perGuidelineVersion.back().pooled.regionsA);

    // Canceled: an error, not a partial summary.
    SilentProgress cancel;
    cancel.cancel();
    auto canceled = computeQualitySummary(**store, {}, &cancel);
    ASSERT_FALSE(canceled);
    EXPECT_EQ(canceled.error().code, ErrorCode::Canceled);
}
