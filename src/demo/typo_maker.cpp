// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "typo_maker.h"

#include "demo_random.h"

#include <utility>

namespace lector::demo {

namespace {

constexpr ushort kHangulFirst = 0xAC00;
constexpr ushort kHangulLast = 0xD7A3;

bool isHangul(QChar c) { return c.unicode() >= kHangulFirst && c.unicode() <= kHangulLast; }

/// A syllable with its medial vowel or final consonant changed (Unicode composes Hangul arithmetically).
QChar alterSyllable(QChar c, DemoRandom& rng, bool finalOnly)
{
    const int index = c.unicode() - kHangulFirst;
    const int initial = index / 588;
    int medial = (index / 28) % 21;
    int final = index % 28;
    if (finalOnly || rng.chance(0.5))
        final = (final + rng.uniformInt(1, 27)) % 28;
    else
        medial = (medial + (rng.chance(0.5) ? 1 : 20)) % 21;
    return QChar(static_cast<ushort>(kHangulFirst + initial * 588 + medial * 28 + final));
}

QChar neighbourKey(QChar c, DemoRandom& rng)
{
    static const char* const rows[] = { "1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm" };
    const QChar lower = c.toLower();
    for (const char* row : rows) {
        const QString r = QString::fromLatin1(row);
        const int i = r.indexOf(lower);
        if (i < 0)
            continue;
        int j = i + (rng.chance(0.5) ? 1 : -1);
        if (j < 0 || j >= r.size())
            j = i == 0 ? 1 : i - 1;
        return c.isUpper() ? r.at(j).toUpper() : r.at(j);
    }
    return c;
}

int randomIndex(const QString& word, DemoRandom& rng) { return rng.uniformInt(0, static_cast<int>(word.size()) - 1); }

} // namespace

QString TypoMaker::humanTypo(const QString& word, DemoRandom& rng)
{
    if (word.isEmpty())
        return QStringLiteral("x");
    for (int attempt = 0; attempt < 8; ++attempt) {
        QString out = word;
        const int i = randomIndex(word, rng);
        const QChar c = word.at(i);
        const double kind = rng.uniform();
        if (isHangul(c) && kind < 0.6) {
            out[i] = alterSyllable(c, rng, false);
        } else if (kind < 0.45) {
            out[i] = neighbourKey(c, rng);
        } else if (kind < 0.7 && word.size() > 1) {
            out.remove(i, 1);
        } else if (kind < 0.85) {
            out.insert(i, c);
        } else if (word.size() > 1) {
            const int j = i + 1 < word.size() ? i + 1 : i - 1;
            std::swap(out[i], out[j]);
        }
        if (out != word && !out.isEmpty())
            return out;
    }
    return word + word.right(1);
}

QString TypoMaker::ocrError(const QString& word, DemoRandom& rng)
{
    static const std::pair<const char*, const char*> confusions[] = { { "0", "O" }, { "O", "0" }, { "o", "0" },
        { "1", "l" }, { "l", "1" }, { "I", "l" }, { "rn", "m" }, { "m", "rn" }, { "5", "S" }, { "S", "5" },
        { "8", "B" }, { "B", "8" }, { "e", "c" }, { "c", "e" }, { "h", "b" }, { "u", "v" }, { ".", "," }, { ",", "." },
        { "$", "S" }, { "2", "Z" }, { "cl", "d" }, { "vv", "w" }, { "i", "í" }, { "a", "o" } };
    if (word.isEmpty())
        return QStringLiteral("-");
    // Hangul: a syllable with the wrong final consonant, or one dropped.
    std::vector<int> hangul;
    for (int i = 0; i < word.size(); ++i)
        if (isHangul(word.at(i)))
            hangul.push_back(i);
    if (!hangul.empty()) {
        QString out = word;
        const int i = hangul[static_cast<std::size_t>(rng.uniformInt(0, static_cast<int>(hangul.size()) - 1))];
        if (rng.chance(0.75) || word.size() < 2)
            out[i] = alterSyllable(word.at(i), rng, true);
        else
            out.remove(i, 1);
        return out;
    }
    std::vector<std::pair<int, int>> candidates; // (position, confusion)
    for (int k = 0; k < static_cast<int>(std::size(confusions)); ++k) {
        const QString from = QString::fromUtf8(confusions[k].first);
        for (int pos = word.indexOf(from); pos >= 0; pos = word.indexOf(from, pos + 1))
            candidates.emplace_back(pos, k);
    }
    if (!candidates.empty() && rng.chance(0.85)) {
        const auto [pos, k]
            = candidates[static_cast<std::size_t>(rng.uniformInt(0, static_cast<int>(candidates.size()) - 1))];
        QString out = word;
        out.replace(pos, static_cast<int>(qstrlen(confusions[k].first)), QString::fromUtf8(confusions[k].second));
        return out;
    }
    if (word.size() > 2)
        return QString(word).remove(randomIndex(word, rng), 1);
    return humanTypo(word, rng);
}

} // namespace lector::demo
