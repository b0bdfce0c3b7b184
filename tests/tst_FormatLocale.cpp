// Choosing English changes the language, not the operator's number and date conventions.
// Runs with LC_ALL=de_DE.UTF-8 (tests/CMakeLists.txt), so the system locale is German.
#include "gui/common/Translations.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTest>

class tst_FormatLocale final : public QObject
{
    Q_OBJECT

private slots:
    void theSystemLocaleIsGermanHere()
    {
        QCOMPARE(QLocale::system().language(), QLocale::German);
        QCOMPARE(QLocale::system().territory(), QLocale::Germany);
    }

    void englishKeepsTheSystemsNumbersAndDates()
    {
        Translations::apply(QStringLiteral("en"));
        const QLocale locale;
        QCOMPARE(locale.language(), QLocale::English);
        QCOMPARE(locale.toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        // Day first, as in Germany; never the US "12/7/26".
        QVERIFY2(locale.toString(QDate(2026, 12, 7), QLocale::ShortFormat).startsWith(QLatin1String("07")),
                 qPrintable(locale.toString(QDate(2026, 12, 7), QLocale::ShortFormat)));
    }

    void chineseUsesTaiwansConventionsOutsideChineseLocales()
    {
        Translations::apply(QStringLiteral("zh_TW"));
        const QLocale locale;
        QCOMPARE(locale.language(), QLocale::Chinese);
        QCOMPARE(locale.script(), QLocale::TraditionalHanScript);
        QCOMPARE(locale.territory(), QLocale::Taiwan);
        Translations::apply(QStringLiteral("en"));
    }

    void formatLocaleFollowsTheSystemWhereTheLanguageAllows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QLocale>("expected");
        const QLocale enUS(QLocale::English, QLocale::UnitedStates);
        const QLocale zhTW(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::Taiwan);
        QTest::newRow("en on en_GB") << QStringLiteral("en") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                                     << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("en on en_US") << QStringLiteral("en") << enUS << enUS;
        QTest::newRow("en on de_DE") << QStringLiteral("en") << QLocale(QLocale::German, QLocale::Germany)
                                     << QLocale(QLocale::English, QLocale::Germany);
        QTest::newRow("zh_TW on zh_HK") << QStringLiteral("zh_TW")
                                        << QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::HongKong)
                                        << QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::HongKong);
        QTest::newRow("zh_TW on de_DE") << QStringLiteral("zh_TW") << QLocale(QLocale::German, QLocale::Germany) << zhTW;
        QTest::newRow("zh_TW on zh_CN") << QStringLiteral("zh_TW")
                                        << QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China) << zhTW;
    }
    void formatLocaleFollowsTheSystemWhereTheLanguageAllows()
    {
        QFETCH(QString, language);
        QFETCH(QLocale, system);
        QFETCH(QLocale, expected);
        QCOMPARE(Translations::formatLocale(language, system).name(), expected.name());
    }

    void englishOnATerritoryWithoutEnglishConventionsIsAmerican()
    {
        // CLDR has no English of Taiwan: a zh_TW system choosing English gets en_US, not a
        // Chinese date inside English text.
        const QLocale locale = Translations::formatLocale(
            QStringLiteral("en"), QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::Taiwan));
        QCOMPARE(locale.language(), QLocale::English);
        QCOMPARE(locale.territory(), QLocale::UnitedStates);
    }
};

QTEST_GUILESS_MAIN(tst_FormatLocale)
#include "tst_FormatLocale.moc"
