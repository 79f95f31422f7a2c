// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// A writer killed with SIGKILL in the middle of a large import leaves a store that opens, passes
// integrity_check, and holds none or all of that import.
#include <lector/io/coco_generator.h>
#include <lector/store/project_store.h>

#include "test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <chrono>
#include <csignal>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>

extern char** environ;

using namespace lector;

namespace {

pid_t spawnCli(const std::vector<std::string>& argv)
{
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0)
        return -1;
    return pid;
}

} // namespace

TEST(CrashSafety, SigkillDuringImportLeavesNoneOrAllOfIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("coco"));
    constexpr int kImages = 400;
    constexpr int kBoxes = 250; // 100,000 regions: long enough a transaction to be killed inside it
    ASSERT_TRUE(generateCocoDataset(data, kImages, kBoxes, 3));
    const std::string cli = test::cliPath().toStdString();

    int killedInside = 0;
    // Wait until the import's transaction has started spilling pages into the WAL, then kill after a further
    // delay: early, middle and late in the transaction, and once before it (delay -1: right away).
    for (int delayMs : { -1, 0, 50, 200, 400 }) {
        const QString project = dir.filePath(QStringLiteral("p%1.lector").arg(delayMs));
        {
            auto created = ProjectStore::create(project);
            ASSERT_TRUE(created);
        }
        const pid_t pid = spawnCli({ cli, "import", project.toStdString(), "--format", "coco", "--labels",
            QDir(data).filePath(QStringLiteral("annotations.json")).toStdString(), "--images",
            QDir(data).filePath(QStringLiteral("images")).toStdString(), "--annotator", "victim", "--log-level",
            "off" });
        ASSERT_GT(pid, 0);
        bool walGrew = false;
        if (delayMs >= 0) {
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
            while (!walGrew && std::chrono::steady_clock::now() < deadline && waitpid(pid, nullptr, WNOHANG) == 0) {
                walGrew = QFileInfo(project + QStringLiteral("-wal")).size() > 0;
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        }
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        const bool wasKilled = WIFSIGNALED(status);
        if (wasKilled && walGrew)
            ++killedInside;

        auto store = ProjectStore::open(project);
        ASSERT_TRUE(store) << store.error().toString();
        auto report = (*store)->check();
        ASSERT_TRUE(report);
        EXPECT_TRUE(report->integrityOk) << report->integrityMessage;
        auto info = (*store)->info();
        ASSERT_TRUE(info);
        if (info->annotations == 0) {
            EXPECT_EQ(info->images, 0) << "images without their labels: a half import";
        } else {
            EXPECT_EQ(info->annotations, kImages * kBoxes) << "a half import survived";
            EXPECT_EQ(info->images, kImages);
            // Killed after the commit (while the process was exiting) is fine: the import is whole.
        }
    }
    EXPECT_GT(killedInside, 0) << "no kill landed while the import was writing; the test proved nothing";
}
