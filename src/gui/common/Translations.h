#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

// Loads the app's catalogue (embedded under :/i18n) and Qt's own for the chosen language:
// "" follows the system locale, "en" and "zh_TW" force one. Switching sends LanguageChange to
// every widget, which retranslates itself.
class Translations final
{
public:
    static void apply(const QString &language);
    // The language in effect: "zh_TW" or "en".
    static QString current();
    static QString resolve(const QString &language); // "" → from the system locale
    // The locale of numbers and dates for a resolved language: the system's own conventions
    // whenever they can be written in that language (English in Germany keeps 7.12.2026 and
    // 1.234,5), the language's home conventions otherwise.
    static QLocale formatLocale(const QString &resolved, const QLocale &system);
};
