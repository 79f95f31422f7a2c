// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/core/result.h>

#include "test_support.h"

#include <gtest/gtest.h>

using namespace lector;

TEST(Error, ToStringIsOneLineWhateverTheInputHolds)
{
    // A file name with a line break and a field holding a terminal escape, as a label file might.
    Error e
        = LECTOR_ERROR(ErrorCode::Parse, QStringLiteral("coordinate 1 is not a finite number: \"\x1b[31mred\r\"\x7f"))
              .at(QStringLiteral("/tmp/a\nb\t.txt"), 3);
    const QString text = e.toString();
    EXPECT_EQ(
        text, QStringLiteral("/tmp/a\\nb\\t.txt:3: coordinate 1 is not a finite number: \"\\x1b[31mred\\r\"\\x7f"));
    for (const QChar c : text)
        EXPECT_GE(c.unicode(), 0x20) << "a control character is left in: " << text;

    // C1 controls and the Unicode separators a terminal or a text view breaks lines at, too; other text is kept.
    const QString unicode = QStringLiteral("세계 %1 %2 ok").arg(QChar(0x85)).arg(QChar(0x2028));
    EXPECT_EQ(locatedMessage({}, 0, unicode), QStringLiteral("세계 \\x85 \\u2028 ok"));
    EXPECT_EQ(escapeControlCharacters(QStringLiteral("plain")), QStringLiteral("plain"));
}
