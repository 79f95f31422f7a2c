// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "demo_guideline.h"

namespace lector::demo {

namespace {

QString body()
{
    return QStringLiteral(R"(# Word boxes: labeling guideline

## What to box
- Box **every word** that a reader can read: headings, body text, table cells, footers, stamps.
- One box per **word**: a run of characters between spaces. Do not box whole lines or phrases.
- The box is **tight**: it touches the top of the tallest letter (accents included) and the bottom of the
  lowest descender (g, p, y). Leave no more than 1-2 px of paper around the ink.
- On a **rotated page**, draw a rotated quadrilateral that follows the text line (press `Q` for the quadrilateral tool),
  corners clockwise from the word's top-left.

## Transcription
- Type exactly what is printed: keep case, accents and spelling mistakes of the document.
- **Punctuation** attached to a word belongs to it: `invoice,` and `total.` are single words. A lone dash or
  bullet is not boxed.
- **Numbers, dates and times** are one word each as printed: `2026-03-14`, `14/03/2026`, `09:30`, `1,250`.
- Codes such as `INV-20391` are one word, hyphen included.

## Korean
- Korean words are separated by spaces (띄어쓰기): box each space-separated word, particles included
  (`회사에서` is one word). Never split a word into syllables.
- Type Hangul as complete syllables; check the final consonant (받침) carefully.

## Don't care
- Text that is too small or too blurred to read with certainty (usually below 11 px): draw the box, set the
  **don't care** flag (`D`) and type `###`. Evaluation ignores these boxes.
- Do not guess: a don't-care box is better than a wrong transcription.
)");
}

} // namespace

QString DemoGuideline::version1() { return body(); }

QString DemoGuideline::changelog1() { return QStringLiteral("First version."); }

QString DemoGuideline::version2()
{
    return body() + QStringLiteral(R"(
## Prices (new in version 2)
- A **currency sign is boxed with its number**: `$12.50`, `€3.99`, `₩15,000` are one box and one word.
  Do not box the sign on its own.
- A price without a sign (`12.50`) is one word as any number.
- A currency code written apart (`USD 12.50`) stays two words.
)");
}

QString DemoGuideline::changelog2()
{
    return QStringLiteral("Prices: box the currency sign together with the number (one box for `$12.50`). "
                          "Annotators disagreed on this in the first days.");
}

} // namespace lector::demo
