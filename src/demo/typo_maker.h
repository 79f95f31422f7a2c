// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QString>

namespace lector::demo {

class DemoRandom;

/// Realistic wrong transcriptions: the slips of a typing human and the misreadings of an OCR engine, for Latin
/// text and for Hangul (where a slip changes a syllable's vowel or final consonant). Always returns a text
/// different from, and as long as possible like, the input.
class TypoMaker {
public:
    /// Substitution by a neighbouring key, deletion, insertion (a doubled letter) or transposition.
    static QString humanTypo(const QString& word, DemoRandom& rng);
    /// Look-alike confusions (0/O, 1/l, rn/m, 5/S, ...), a dropped character, a Hangul syllable read with a
    /// wrong final consonant.
    static QString ocrError(const QString& word, DemoRandom& rng);
};

} // namespace lector::demo
