// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Replays what fuzzing kept (tests/data/fuzz/<target>/: its corpus and every input that crashed or hung a reader, fixed
// since) through the code the fuzz targets run. CI does not fuzz; this takes seconds.

#include "io/reader_replay.h"

#include "test_support.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace lector;
using namespace lector::test;

class FuzzCorpus : public ::testing::TestWithParam<QString> { };

TEST_P(FuzzCorpus, EveryKeptInputKeepsTheReadersPromises)
{
    const QDir dir(repoTestDataDir() + QStringLiteral("/fuzz/") + GetParam());
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty()) << "no corpus in " << dir.path();
    ReaderReplay replay(GetParam());
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << name;
        const QByteArray bytes = f.readAll();
        const QString problem = replay.run(bytes.constData(), std::size_t(bytes.size()));
        EXPECT_TRUE(problem.isEmpty()) << GetParam() << "/" << name << ": " << problem;
    }
}

INSTANTIATE_TEST_SUITE_P(Readers, FuzzCorpus, ::testing::ValuesIn(ReaderReplay::targets()),
    [](const ::testing::TestParamInfo<QString>& info) { return info.param.toStdString(); });
