// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/text/line_diff.h>

#include "test_support.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace lector;

namespace {

/// Rebuilds both texts from the diff: the diff must be a complete, ordered account of both.
void expectReconstructs(const std::vector<DiffLine>& diff, const QString& a, const QString& b)
{
    QStringList oldLines, newLines;
    for (const DiffLine& d : diff) {
        if (d.kind != DiffLine::Kind::Added) {
            oldLines << d.text;
            EXPECT_EQ(d.oldLine, oldLines.size());
        }
        if (d.kind != DiffLine::Kind::Removed) {
            newLines << d.text;
            EXPECT_EQ(d.newLine, newLines.size());
        }
    }
    EXPECT_EQ(oldLines.join(QLatin1Char('\n')), a);
    EXPECT_EQ(newLines.join(QLatin1Char('\n')), b);
}

int sameCount(const std::vector<DiffLine>& diff)
{
    return static_cast<int>(
        std::count_if(diff.begin(), diff.end(), [](const DiffLine& d) { return d.kind == DiffLine::Kind::Same; }));
}

} // namespace

TEST(LineDiff, GuidelineChange)
{
    const QString v1 = QStringLiteral("# Boxes\nTight boxes.\nOne box per word.\n## Numbers\nBox digits.");
    const QString v2
        = QStringLiteral("# Boxes\nTight boxes.\nOne box per word.\n## Prices\nBox the currency sign with the "
                         "number.\n## Numbers\nBox digits.");
    const auto diff = diffLines(v1, v2);
    expectReconstructs(diff, v1, v2);
    ASSERT_EQ(diff.size(), 7u);
    EXPECT_EQ(diff[3].kind, DiffLine::Kind::Added);
    EXPECT_EQ(diff[3].text, QStringLiteral("## Prices"));
    EXPECT_EQ(diff[4].kind, DiffLine::Kind::Added);
    EXPECT_EQ(sameCount(diff), 5);

    const auto replaced = diffLines(QStringLiteral("a\nb\nc"), QStringLiteral("a\nB\nc"));
    ASSERT_EQ(replaced.size(), 4u);
    EXPECT_EQ(replaced[1].kind, DiffLine::Kind::Removed);
    EXPECT_EQ(replaced[2].kind, DiffLine::Kind::Added);
    EXPECT_TRUE(diffLines(QStringLiteral("x"), QStringLiteral("x")).size() == 1);
}

TEST(LineDiff, KeepsALongestCommonSubsequenceOnRandomTexts)
{
    // The number of unchanged lines must equal the LCS length computed independently (Python, dynamic programming
    // over the same lines), and the diff must rebuild both texts.
    QRandomGenerator rng(42);
    QStringList cases;
    std::vector<std::pair<QString, QString>> texts;
    for (int c = 0; c < 30; ++c) {
        QStringList a, b;
        for (int i = 0, n = rng.bounded(1, 25); i < n; ++i)
            a << QString(QChar(u'a' + rng.bounded(5)));
        for (int i = 0, n = rng.bounded(1, 25); i < n; ++i)
            b << QString(QChar(u'a' + rng.bounded(5)));
        texts.emplace_back(a.join(QLatin1Char('\n')), b.join(QLatin1Char('\n')));
        cases << a.join(QString()) + QLatin1Char(' ') + b.join(QString());
    }
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys\n"
                           "for line in sys.stdin:\n"
                           "  a,b=line.split()\n"
                           "  t=[[0]*(len(b)+1) for _ in range(len(a)+1)]\n"
                           "  for i in range(len(a)-1,-1,-1):\n"
                           "    for j in range(len(b)-1,-1,-1):\n"
                           "      t[i][j]=t[i+1][j+1]+1 if a[i]==b[j] else max(t[i+1][j],t[i][j+1])\n"
                           "  print(t[0][0])\n") });
    if (!py.waitForStarted())
        GTEST_SKIP() << "/usr/bin/python3 not available";
    py.write((cases.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    py.closeWriteChannel();
    ASSERT_TRUE(py.waitForFinished(30000));
    const QStringList expected
        = QString::fromUtf8(py.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(expected.size(), cases.size());
    for (size_t c = 0; c < texts.size(); ++c) {
        const auto diff = diffLines(texts[c].first, texts[c].second);
        expectReconstructs(diff, texts[c].first, texts[c].second);
        EXPECT_EQ(sameCount(diff), expected[int(c)].toInt()) << cases[int(c)];
    }
}
