// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QString>

#include <vector>

namespace lector::demo {

class DemoRandom;

/// The words the demo pages are made of: English words, Korean words in Hangul, and the tokens documents are
/// full of (numbers, dates, times, prices with and without a currency sign, codes, percentages).
class Vocabulary {
public:
    QString englishWord(DemoRandom& rng) const;
    QString koreanWord(DemoRandom& rng) const;
    QString number(DemoRandom& rng) const;
    QString date(DemoRandom& rng) const;
    QString time(DemoRandom& rng) const;
    /// A price; with `sign` the currency sign is glued to the number ("$12.50", "₩15,000").
    QString price(DemoRandom& rng, bool sign) const;
    QString code(DemoRandom& rng) const;
    QString percentage(DemoRandom& rng) const;
    /// A sentence of `count` tokens: mostly English words, now and then a number, date or Korean word;
    /// first word capitalized, commas inside, a full stop at the end.
    std::vector<QString> sentence(DemoRandom& rng, int count, double koreanShare) const;
    /// Korean sentence of `count` words, ending with a full stop.
    std::vector<QString> koreanSentence(DemoRandom& rng, int count) const;
    QString heading(DemoRandom& rng) const;

    /// "Hang" when the word has Hangul, "Latn" when it has Latin letters, else "Zyyy".
    static QString scriptOf(const QString& word);
    /// True for a currency sign followed by a digit.
    static bool isSignedPrice(const QString& word);
};

} // namespace lector::demo
