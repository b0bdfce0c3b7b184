#pragma once

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
};
