// The per-unit share of the site power and the windows over a Pomcube unit's limit, as items the
// editor and the CLI word themselves.
#include "core/UnitShare.h"

#include <QtTest>

namespace {

constexpr int H = 3600;

DailyWindow window(int start, int stop, double kW)
{
    return DailyWindow{start, stop - start, kW * 1000.0, {}};
}

} // namespace

class tst_UnitShare : public QObject
{
    Q_OBJECT

private slots:
    void theDefaultsAreBuildingK()
    {
        const UnitShare share;
        QCOMPARE(share.unitsOnline(), 3);
        QCOMPARE(share.unitLimitW(), 10'000.0);
        QVERIFY(!share.exceeds(30'000));
        QVERIFY(share.exceeds(-30'003));
    }

    void eachUnitCarriesAnEvenShare()
    {
        const UnitShare share(4, 10'000);
        QCOMPARE(share.perUnitW(-20'000), -5'000.0);
        QCOMPARE(share.perUnitW(6'000), 1'500.0);
        // With no unit online the share is the whole power, and always too much.
        const UnitShare none(0, 10'000);
        QCOMPARE(none.perUnitW(2'000), 2'000.0);
        QVERIFY(none.exceeds(1));
    }

    void aShareAtTheLimitIsWithinIt()
    {
        const UnitShare share(2, 10'000);
        QVERIFY(!share.exceeds(20'000));
        QVERIFY(!share.exceeds(-20'001)); // half a watt of rounding per unit
        QVERIFY(share.exceeds(-20'002));
    }

    void theWindowsOverTheLimitAreItemsWithTheirNumbers()
    {
        const QList<DailyWindow> windows{window(1 * H, 3 * H, 12), window(9 * H, 11 * H, 25), window(17 * H, 19 * H, -25)};
        const QList<UnitShareWarning> warnings = UnitShare(2, 10'000).check(windows);
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).index, 1);
        QCOMPARE(warnings.at(0).window, windows.at(1));
        QCOMPARE(warnings.at(0).perUnitW, 12'500.0);
        QCOMPARE(warnings.at(0).limitW, 10'000.0);
        QCOMPARE(warnings.at(0).unitsOnline, 2);
        QVERIFY(!warnings.at(0).noUnitOnline());
        QCOMPARE(warnings.at(1).index, 2);
        QCOMPARE(warnings.at(1).perUnitW, -12'500.0);
        QVERIFY(UnitShare(3, 10'000).check(windows).isEmpty());
    }

    void noUnitOnlineWarnsEveryWindow()
    {
        const QList<UnitShareWarning> warnings = UnitShare(0, 10'000).check({window(1 * H, 2 * H, 1), window(5 * H, 6 * H, -1)});
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.at(0).noUnitOnline());
        QVERIFY(warnings.at(1).noUnitOnline());
        QVERIFY(UnitShare(0, 10'000).check(QList<DailyWindow>{}).isEmpty());
    }

    void theMidnightPairIsOneWindowAsTheOperatorSeesIt()
    {
        // 23:00–02:00 at −24 kW is stored as two windows; the warning names it once.
        const Schedule stored({{0, 2 * H, -24'000, {}}, {12 * H, 13 * H, 3'000, {}}, {23 * H, 24 * H, -24'000, {}}});
        const QList<UnitShareWarning> warnings = UnitShare(2, 10'000).check(stored);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.at(0).window.start, 23 * H);
        QCOMPARE(warnings.at(0).window.stop(), 2 * H);
        QCOMPARE(warnings.at(0).window.describe(), window(23 * H, 26 * H, -24).describe());
    }
};

QTEST_GUILESS_MAIN(tst_UnitShare)
#include "tst_UnitShare.moc"
