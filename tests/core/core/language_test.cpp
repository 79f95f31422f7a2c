// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The interface's language (issue #16) as the app and the CLI pick it, and the core's own messages in it: the
// translations are lectorcore's resources, so an error the store makes reads in Korean once the Korean translator is
// installed, and in English again without it.
#include <lector/analysis/quality_summary.h>
#include <lector/core/language.h>
#include <lector/core/tr.h>
#include <lector/metrics/agreement_report.h>
#include <lector/store/project_store.h>

#include "test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace lector;

namespace {

bool hasHangul(const QString& text)
{
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    return text.contains(hangul);
}

/// An application with the Korean translator installed, for as long as it lives; the default locale is C again after.
class KoreanApplication {
public:
    KoreanApplication()
        : m_app(m_argc, m_argv)
    {
        installed = installInterfaceLanguage(QStringLiteral("ko"));
    }
    ~KoreanApplication() { QLocale::setDefault(QLocale::c()); }
    bool installed = false;

private:
    int m_argc = 1;
    char m_name[14] = "language_test";
    char* m_argv[2] = { m_name, nullptr };
    QCoreApplication m_app;
};

} // namespace

TEST(Language, ChosenFirstThenTheSystemsFirstLanguageWeHaveElseEnglish)
{
    EXPECT_EQ(effectiveLanguage(QStringLiteral("ko"), QLocale::c()), QStringLiteral("ko"));
    EXPECT_EQ(
        effectiveLanguage(QStringLiteral("en"), QLocale(QLocale::Korean, QLocale::SouthKorea)), QStringLiteral("en"));
    // "" follows the system; a code we do not have is ignored.
    EXPECT_EQ(effectiveLanguage(QString(), QLocale(QLocale::Korean, QLocale::SouthKorea)), QStringLiteral("ko"));
    EXPECT_EQ(effectiveLanguage(QStringLiteral("xx"), QLocale(QLocale::Korean)), QStringLiteral("ko"));
    EXPECT_EQ(effectiveLanguage(QString(), QLocale(QLocale::French, QLocale::France)), QStringLiteral("en"));
    // LC_ALL=C: the untranslated program, as gettext gives it.
    EXPECT_EQ(effectiveLanguage(QString(), QLocale::c()), QStringLiteral("en"));
    for (const Language& l : interfaceLanguages()) {
        QTranslator t;
        EXPECT_TRUE(t.load(translationFile(l.code))) << l.code.toStdString() << " is not compiled in";
    }
}

TEST(Language, TheCoresAndTheClisMessagesAreInTheKoreanTranslation)
{
    QTranslator ko;
    ASSERT_TRUE(ko.load(translationFile(QStringLiteral("ko"))));
    const QString core = ko.translate("Core", "the folder for the project does not exist");
    EXPECT_TRUE(hasHangul(core)) << core.toStdString();
    const QString cli = ko.translate("Cli", "Show this help.");
    EXPECT_TRUE(hasHangul(cli)) << cli.toStdString();
}

TEST(Language, AStoreErrorReadsInTheInstalledLanguage)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/p.lector"));
    const auto english = ProjectStore::create(missing);
    ASSERT_FALSE(english);
    EXPECT_FALSE(hasHangul(english.error().toString()));

    QString korean;
    {
        KoreanApplication app;
        ASSERT_TRUE(app.installed);
        const auto failed = ProjectStore::create(missing);
        ASSERT_FALSE(failed);
        korean = failed.error().toString();
        EXPECT_EQ(failed.error().code, english.error().code);
        EXPECT_EQ(failed.error().path, english.error().path) << "the file is still named";
    }
    EXPECT_TRUE(hasHangul(korean)) << korean.toStdString();
    EXPECT_NE(korean, english.error().toString());
    // The application (and its translators) gone: English again.
    const auto after = ProjectStore::create(missing);
    ASSERT_FALSE(after);
    EXPECT_EQ(after.error().toString(), english.error().toString());
}

TEST(Language, TheDashboardsTablesShowTitlesInTheLanguageAndKeepTheirCsvNames)
{
    ReportTable table { QStringLiteral("t"),
        { QStringLiteral("annotator"), QStringLiteral("boxes per hour"), QStringLiteral("a") },
        { { QStringLiteral("alice"), QStringLiteral("12.5"), QStringLiteral("x") } } };
    EXPECT_EQ(table.headerLabels(), table.columns) << "English titles are the names";
    KoreanApplication app;
    ASSERT_TRUE(app.installed);
    const QStringList korean = table.headerLabels();
    ASSERT_EQ(korean.size(), 3);
    EXPECT_TRUE(hasHangul(korean[0])) << korean[0].toStdString();
    EXPECT_TRUE(hasHangul(korean[1])) << korean[1].toStdString();
    EXPECT_EQ(korean[2], QStringLiteral("a")) << "a name that is not a title is shown as it is";
    EXPECT_TRUE(table.toCsv().startsWith(QStringLiteral("annotator,boxes per hour,a"))) << "CSV is for machines";
    // Every column of the dashboard's tables has its title translated.
    for (const ReportTable& t : QualitySummary {}.tables()) {
        const QStringList labels = t.headerLabels();
        for (int i = 0; i < labels.size(); ++i) {
            const QString& c = t.columns[i];
            if (c.size() > 1 && c != QStringLiteral("F1") && c != QStringLiteral("CER")) {
                EXPECT_TRUE(hasHangul(labels[i])) << c.toStdString() << " in " << t.title.toStdString();
            }
        }
    }
}

TEST(Language, SliceNamesForAPersonInTheLanguageAndTheKeysKept)
{
    EXPECT_EQ(sliceDimensionLabel(QStringLiteral("height")), QStringLiteral("box height"));
    EXPECT_EQ(sliceBinLabel(QStringLiteral("script"), QStringLiteral("hangul")), QStringLiteral("Hangul"));
    EXPECT_EQ(sliceBinLabel(QStringLiteral("height"), QStringLiteral("16-32")), QStringLiteral("16-32"));
    EXPECT_EQ(sliceDimensionLabel(QStringLiteral("no_such")), QStringLiteral("no_such"));
    KoreanApplication app;
    ASSERT_TRUE(app.installed);
    for (const QString& d : regionDimensions()
            + QStringList {
                QStringLiteral("batch"), QStringLiteral("image_size"), QStringLiteral("guideline_version") })
        EXPECT_TRUE(hasHangul(sliceDimensionLabel(d))) << d.toStdString();
    for (const QString& b : regionBins(QStringLiteral("script")))
        EXPECT_TRUE(hasHangul(sliceBinLabel(QStringLiteral("script"), b))) << b.toStdString();
    EXPECT_EQ(sliceBinLabel(QStringLiteral("rotation"), QStringLiteral("0")), QStringLiteral("0"));
}
