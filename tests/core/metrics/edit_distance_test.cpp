// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/edit_distance.h>

#include "python_reference.h"
#include "test_support.h"

#include <QRandomGenerator>
#include <QStringList>

using namespace lector;

TEST(EditDistance, HandMade)
{
    EXPECT_EQ(editDistance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
    EXPECT_EQ(editDistance(QString(), QStringLiteral("abc")), 3);
    EXPECT_EQ(editDistance(QStringLiteral("abc"), QString()), 3);
    EXPECT_EQ(editDistance(QStringLiteral("same"), QStringLiteral("same")), 0);
    // Hangul syllables count one each: 한국어 → 한국인 is one substitution.
    EXPECT_EQ(editDistance(QStringLiteral("한국어"), QStringLiteral("한국인")), 1);
    // A character outside the BMP (two UTF-16 units) is one code point.
    EXPECT_EQ(editDistance(QStringLiteral("a\U0001F600b"), QStringLiteral("ab")), 1);
    EXPECT_EQ(codePointLength(QStringLiteral("a\U0001F600b")), 3);
}

TEST(EditDistance, MatchesPythonLevenshteinOnRandomTexts)
{
    if (!test::pythonHas({ QStringLiteral("Levenshtein") }))
        GTEST_SKIP() << "python3-levenshtein not installed";
    QRandomGenerator rng(5);
    const QString alphabet = QStringLiteral("abcAB01 .한국어글자\U0001F600");
    const auto codePointsOf = [](const QString& s) { return s.toUcs4(); };
    const QList<uint> cps = codePointsOf(alphabet);
    QStringList texts;
    for (int i = 0; i < 800; ++i) {
        QList<uint> t;
        const int len = rng.bounded(12);
        for (int k = 0; k < len; ++k)
            t.push_back(cps[rng.bounded(static_cast<int>(cps.size()))]);
        texts << QString::fromUcs4(reinterpret_cast<const char32_t*>(t.constData()), t.size());
    }
    QByteArray input;
    for (int i = 0; i + 1 < texts.size(); i += 2)
        input += texts[i].toUtf8().toHex() + ' ' + texts[i + 1].toUtf8().toHex() + '\n';
    const QString script = QStringLiteral("import sys, Levenshtein\n"
                                          "for line in sys.stdin:\n"
                                          "    a, b = (bytes.fromhex(t).decode('utf-8') for t in line.split(' '))\n"
                                          "    print(Levenshtein.distance(a, b))\n");
    QString error;
    const auto out = test::runPython(script, input, &error);
    ASSERT_TRUE(out.has_value()) << error;
    const QList<QByteArray> lines = out->trimmed().split('\n');
    ASSERT_EQ(lines.size(), texts.size() / 2);
    for (int i = 0; i + 1 < texts.size(); i += 2)
        EXPECT_EQ(editDistance(texts[i], texts[i + 1]), lines[i / 2].toInt()) << texts[i] << " / " << texts[i + 1];
}
