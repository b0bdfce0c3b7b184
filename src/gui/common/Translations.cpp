#include "gui/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace {

std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
QString g_current = QStringLiteral("en");

} // namespace

QString Translations::resolve(const QString &language)
{
    if (!language.isEmpty())
        return language;
    // Traditional Chinese for Taiwan, Hong Kong and any zh-Hant locale; English otherwise.
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese && system.script() != QLocale::SimplifiedHanScript
        && system.territory() != QLocale::China && system.territory() != QLocale::Singapore)
        return QStringLiteral("zh_TW");
    return QStringLiteral("en");
}

QLocale Translations::formatLocale(const QString &resolved, const QLocale &system)
{
    if (resolved == u"zh_TW") {
        if (system.language() == QLocale::Chinese && system.script() == QLocale::TraditionalHanScript)
            return system; // zh_TW, zh_HK, zh_MO
        return QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::Taiwan);
    }
    if (system.language() == QLocale::English)
        return system;
    // English with the system's territory where CLDR has it (en_DE, en_NL, en_SG...); Qt falls
    // back to en_US where it does not.
    const QLocale local(QLocale::English, system.territory());
    return local.territory() == system.territory() ? local : QLocale(QLocale::English, QLocale::UnitedStates);
}

void Translations::apply(const QString &language)
{
    const QString resolved = resolve(language);
    for (std::unique_ptr<QTranslator> *t : {&g_app, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
    g_current = resolved;
    QLocale::setDefault(formatLocale(resolved, QLocale::system()));
    // English is the source language, but its catalogue holds the plural forms ("%n run(s)").
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/aegis_%1.qm").arg(resolved))) {
        QCoreApplication::installTranslator(app.get());
        g_app = std::move(app);
    }
    if (resolved == u"en")
        return;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(resolved), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        g_qt = std::move(qt);
    }
}

QString Translations::current()
{
    return g_current;
}
