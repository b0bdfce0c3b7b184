#include "gui/common/AppPalette.h"
#include "gui/overview/SocGauge.h"

#include <QRegularExpression>
#include <QtTest>
#include <cmath>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

class tst_SocGauge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void levelByPercent_data()
    {
        using L = SocGauge::Level;
        QTest::addColumn<double>("percent");
        QTest::addColumn<L>("level");
        QTest::newRow("unknown") << kNaN << L::Unknown;
        QTest::newRow("empty") << 0.0 << L::Critical;
        QTest::newRow("9.9") << 9.9 << L::Critical;
        QTest::newRow("10 is no longer critical") << 10.0 << L::Warning;
        QTest::newRow("19.9") << 19.9 << L::Warning;
        QTest::newRow("20 is normal") << 20.0 << L::Normal;
        QTest::newRow("41") << 41.0 << L::Normal;
        QTest::newRow("full") << 100.0 << L::Normal;
    }

    void levelByPercent()
    {
        QFETCH(double, percent);
        QFETCH(SocGauge::Level, level);
        QCOMPARE(SocGauge::levelOf(percent), level);
        SocGauge gauge;
        gauge.setSoc(percent, 10, 69);
        QCOMPARE(gauge.level(), level);
    }

    void coloursByLevel()
    {
        using Role = AppPalette::Role;
        SocGauge gauge;
        const QPalette &pal = gauge.palette();

        gauge.setSoc(41, 28.3, 69);
        QCOMPARE(gauge.levelColor(), AppPalette::color(Role::Battery, pal));
        gauge.setSoc(15, 10.4, 69);
        QCOMPARE(gauge.levelColor(), AppPalette::color(Role::Warning, pal));
        gauge.setSoc(8, 5.5, 69);
        QCOMPARE(gauge.levelColor(), AppPalette::color(Role::Critical, pal));
        QVERIFY(AppPalette::color(Role::Warning, pal) != AppPalette::color(Role::Critical, pal));

        gauge.setStale(true, 120);
        QCOMPARE(gauge.levelColor(), AppPalette::muted(pal));
        gauge.setStale(false, 0);
        gauge.setSoc(kNaN, kNaN, kNaN);
        QCOMPARE(gauge.levelColor(), AppPalette::muted(pal));
    }

    void describe_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<double>("remaining");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<QString>("expected");

        QTest::newRow("normal") << 41.0 << 28.3 << false
                                << QStringLiteral("State of charge 41 %, 28.3 kWh of 69.0 kWh left. Limits 10 % to 95 %.");
        QTest::newRow("low") << 15.0 << 10.4 << false
                             << QStringLiteral("State of charge 15 %, 10.4 kWh of 69.0 kWh left. Low. Limits 10 % to 95 %.");
        QTest::newRow("critical") << 8.4 << 5.8 << false
                                  << QStringLiteral("State of charge 8.4 %, 5.8 kWh of 69.0 kWh left. Critically low. "
                                                    "Limits 10 % to 95 %.");
        QTest::newRow("unknown") << kNaN << kNaN << false << QStringLiteral("State of charge: no data. Limits 10 % to 95 %.");
        QTest::newRow("stale") << 41.0 << 28.3 << true
                               << QStringLiteral("Not current, last update 5 min ago. State of charge 41 %, 28.3 kWh of "
                                                 "69.0 kWh left. Limits 10 % to 95 %.");
    }

    void describe()
    {
        QFETCH(double, percent);
        QFETCH(double, remaining);
        QFETCH(bool, stale);
        QFETCH(QString, expected);
        SocGauge gauge;
        gauge.setSoc(percent, remaining, 69.0);
        gauge.setLimits(10, 95);
        gauge.setStale(stale, 300);
        QCOMPARE(gauge.describe(), expected);
        QCOMPARE(gauge.accessibleDescription(), expected);
    }

    void withoutLimitsSaysNothingOfThem()
    {
        SocGauge gauge;
        gauge.setSoc(41, 28.3, 69);
        QCOMPARE(gauge.describe(), QStringLiteral("State of charge 41 %, 28.3 kWh of 69.0 kWh left."));
    }

    void rendersAtAnySizeWithoutWarnings()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        const QList<QSize> sizes{SocGauge().minimumSizeHint(), SocGauge().sizeHint(), QSize(40, 30), QSize(800, 200),
                                 QSize(200, 800)};
        for (const QSize &size : sizes) {
            for (const double percent : {kNaN, 0.0, 8.0, 41.0, 100.0, 130.0}) {
                SocGauge gauge;
                gauge.setSoc(percent, 28.3, 69);
                gauge.setLimits(10, 95);
                gauge.resize(size);
                QVERIFY(!gauge.grab().isNull());
            }
        }
    }
};

QTEST_MAIN(tst_SocGauge)
#include "tst_SocGauge.moc"
