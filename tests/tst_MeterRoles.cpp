// A smart meter's role from what the site says of it: its Type reading and its description.
#include "client/MeterRoles.h"
#include "client/SiteLayout.h"

#include <QtTest>

class tst_MeterRoles : public QObject
{
    Q_OBJECT

private slots:
    void theTypeAndTheDescriptionNameTheRole_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("circuit");
        const QString panel = QStringLiteral("電表 智慧電盤迴路:");
        QTest::newRow("grid connection") << "Grid" << panel + u"Ma1" << int(MeterRole::GridConnection) << "Ma1";
        QTest::newRow("pv strings") << "Solar" << panel + u"Ma2" << int(MeterRole::PvStrings) << "Ma2";
        QTest::newRow("battery") << "Battery" << panel + u"Ma3" << int(MeterRole::BatteryCircuit) << "Ma3";
        QTest::newRow("air conditioning") << "AirConditioning" << panel + u"Ba4" << int(MeterRole::AirConditioningCircuit)
                                          << "Ba4";
        QTest::newRow("lighting") << "Lighting" << panel + u"Ba5" << int(MeterRole::LightingCircuit) << "Ba5";
        QTest::newRow("load") << "Load" << panel + u"Ba6" << int(MeterRole::LoadCircuit) << "Ba6";
        // A "Grid" meter that is not on building K's panel: building A's main meter.
        QTest::newRow("building A, vendor's words")
            << "Grid" << QStringLiteral("電表 K_Master(AEGIS Server對能管中心)") << int(MeterRole::BuildingAMain) << "K_Master";
        QTest::newRow("building A, layout") << "Grid" << QStringLiteral("電表 K_Master (A棟電表)")
                                            << int(MeterRole::BuildingAMain) << "K_Master";
        QTest::newRow("unknown type") << "Heat pump" << panel + u"Ba9" << int(MeterRole::Unknown) << "Ba9";
    }

    void theTypeAndTheDescriptionNameTheRole()
    {
        QFETCH(QString, type);
        QFETCH(QString, description);
        QFETCH(int, role);
        QFETCH(QString, circuit);
        QCOMPARE(int(MeterRoles::roleOf(type, description)), role);
        QCOMPARE(MeterRoles::circuitOf(description), circuit);
    }

    void theTypeReadFromTheSiteWinsOverBuildingKsTable()
    {
        MeterRoles roles(SiteLayout::buildingK());
        // Until a Type is read, building K's known layout answers.
        QCOMPARE(roles.role(QStringLiteral("HERMES_SM000001")), MeterRole::GridConnection);
        QCOMPARE(roles.role(QStringLiteral("HERMES_SM000003")), MeterRole::BatteryCircuit);
        QCOMPARE(roles.role(QStringLiteral("HERMES_SM000010")), MeterRole::BuildingAMain);
        QCOMPARE(roles.role(QStringLiteral("HERMES_PV000001")), MeterRole::Unknown);
        QVERIFY(roles.learnType(QStringLiteral("HERMES_SM000009"), QStringLiteral("Lighting")));
        QCOMPARE(roles.role(QStringLiteral("HERMES_SM000009")), MeterRole::LightingCircuit);
        QVERIFY(!roles.learnType(QStringLiteral("HERMES_SM000009"), QStringLiteral("Lighting"))); // nothing new
        QCOMPARE(roles.circuit(QStringLiteral("HERMES_SM000009")), QStringLiteral("Ba9"));
        QCOMPARE(roles.metersWith(MeterRole::GridConnection), QStringList{QStringLiteral("HERMES_SM000001")});
    }
};

QTEST_MAIN(tst_MeterRoles)
#include "tst_MeterRoles.moc"
