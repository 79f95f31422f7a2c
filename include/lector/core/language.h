// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace lector {

/// The interface's languages: the system's by default, or the one chosen in View ▸ Language (the setting
/// "language": "", "en" or "ko"), or the app's --language. Lector's strings (the app's, the CLI's and the core's
/// messages) come from resources/translations/lector_<code>.ts compiled into lectorcore; Qt's own (standard buttons,
/// dialogs, the command-line parser's words) from the system's Qt translations when installed. Qt Core only: the
/// CLI uses it too.
struct Language {
    QString code; // "en", "ko"
    QString name; // in the language itself: "English", "한국어"
};

/// Every language the interface is translated into, English first.
const QList<Language>& interfaceLanguages();

/// The language to show for the setting `chosen` ("" follows `system`: the first of its interface languages that
/// Lector has, so LANGUAGE=ko:en or LC_MESSAGES=ko_KR.UTF-8 give Korean): one of interfaceLanguages()'s codes.
QString effectiveLanguage(const QString& chosen, const QLocale& system = QLocale::system());

/// The compiled-in translation of Lector's strings into `code` (a resource path).
QString translationFile(const QString& code);

/// Installs the translators for `code` on the application (before any window is made) and makes its locale the
/// default (numbers, dates); returns false when Lector's translation for it is missing.
bool installInterfaceLanguage(const QString& code);

} // namespace lector
