#include "gui/overview/EnergyTile.h"

#include <QRegularExpression>
#include <QtTest>

class tst_EnergyTile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsValueAndSecondLine()
    {
        EnergyTile tile(QStringLiteral("Solar today"));
        QCOMPARE(tile.valueText(), QStringLiteral("—"));
        tile.setValue(96.4);
        tile.setSecondary(QStringLiteral("Exported 12.3 kWh"));
        QCOMPARE(tile.valueText(), QStringLiteral("96.4 kWh"));
        QCOMPARE(tile.describe(), QStringLiteral("Solar today: 96.4 kWh, Exported 12.3 kWh"));
        QCOMPARE(tile.accessibleDescription(), tile.describe());
        QCOMPARE(tile.accessibleName(), QStringLiteral("Solar today"));
        tile.setValue(12'345);
        QCOMPARE(tile.valueText(), QStringLiteral("12.3 MWh"));
    }

    void staleSaysHowOld()
    {
        EnergyTile tile(QStringLiteral("Load today"));
        tile.setValue(142.7);
        tile.setStale(true, 7200);
        QCOMPARE(tile.describe(), QStringLiteral("Load today: 143 kWh (last update 2 h ago)"));
        QCOMPARE(tile.toolTip(), QStringLiteral("Last update 2 h ago"));
        tile.setStale(false, 0);
        QVERIFY(tile.toolTip().isEmpty());
    }

    void sizeHintHoldsItsText()
    {
        EnergyTile tile(QStringLiteral("A rather long title for an energy tile"));
        tile.setValue(96.4);
        QVERIFY(tile.sizeHint().width() > tile.fontMetrics().horizontalAdvance(tile.title()));
        // Tiles in a row line up: the second line's room is kept when it is empty.
        const int withoutSecond = tile.sizeHint().height();
        tile.setSecondary(QStringLiteral("Exported 12.3 kWh"));
        QCOMPARE(tile.sizeHint().height(), withoutSecond);
    }

    void rendersWithoutWarnings()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        for (const QSize &size : {QSize(60, 20), QSize(160, 70), QSize(400, 120)}) {
            EnergyTile tile(QStringLiteral("Grid today"));
            tile.setValue(51.9);
            tile.setSecondary(QStringLiteral("Exported 3.1 kWh"));
            tile.setAccent(AppPalette::Role::Grid);
            tile.resize(size);
            QVERIFY(!tile.grab().isNull());
        }
    }
};

QTEST_MAIN(tst_EnergyTile)
#include "tst_EnergyTile.moc"
