// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // The generator paints text: it needs a QGuiApplication, offscreen when no platform was chosen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
