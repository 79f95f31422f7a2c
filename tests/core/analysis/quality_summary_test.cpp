// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/quality_summary.h>

#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace lector;

TEST(QualitySummary, CsvQuotesWhatNeedsIt)
{
    ReportTable t { QStringLiteral("t"), { QStringLiteral("name"), QStringLiteral("note") },
        { { QStringLiteral("a,b"), QStringLiteral("say \"hi\"") }, { QStringLiteral("합계"), QStringLiteral("two\nlines") } } };
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
    ASSERT_TRUE(writeHtmlReport(out, QStringLiteral("Noise"), { t, t }, { { QStringLiteral("Speed"), QStringLiteral("speed.png") } }));
    QFile index(QDir(out).filePath(QStringLiteral("index.html")));
    ASSERT_TRUE(index.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(index.readAll());
    EXPECT_TRUE(html.contains(QStringLiteral("<img src=\"speed.png\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("Conflicts &lt;by&gt; kind")));
    EXPECT_TRUE(html.contains(QStringLiteral("href=\"table-2.csv\"")));
    EXPECT_TRUE(QFile::exists(QDir(out).filePath(QStringLiteral("table-1.csv"))));
    EXPECT_TRUE(QFile::exists(QDir(out).filePath(QStringLiteral("table-2.csv"))));
}
