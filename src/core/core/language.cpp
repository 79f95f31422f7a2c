// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/core/language.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

// The translations are resources of lectorcore, a static library: registered when first needed.
static void initTranslationResources() { Q_INIT_RESOURCE(translations); }

namespace lector {

const QList<Language>& interfaceLanguages()
{
    static const QList<Language> languages { { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("ko"), QStringLiteral("한국어") } };
    return languages;
}

QString effectiveLanguage(const QString& chosen, const QLocale& system)
{
    for (const Language& l : interfaceLanguages())
        if (l.code == chosen)
            return chosen;
    // As gettext does: LC_ALL=C (or no locale at all) asks for the untranslated program, whatever LANGUAGE says;
    // otherwise the first of LANGUAGE, LC_ALL, LC_MESSAGES and LANG that we have wins (uiLanguages() lists them).
    if (system.language() == QLocale::C)
        return QStringLiteral("en");
    for (const QString& tag : system.uiLanguages()) {
        QString code = tag.section(QLatin1Char('-'), 0, 0).toLower();
        for (const Language& l : interfaceLanguages())
            if (l.code == code)
                return code;
    }
    return QStringLiteral("en");
}

QString translationFile(const QString& code)
{
    initTranslationResources();
    return QStringLiteral(":/lector/translations/lector_") + code + QStringLiteral(".qm");
}

bool installInterfaceLanguage(const QString& code)
{
    QLocale::setDefault(QLocale(code));
    // English is the source language: its file only spells plurals ("1 edit", "2 edits").
    auto* own = new QTranslator(QCoreApplication::instance());
    const bool loaded = own->load(translationFile(code));
    if (loaded)
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}

} // namespace lector
