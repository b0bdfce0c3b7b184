#include "sim/FaultInjector.h"

#include <QJsonArray>
#include <QtTest>

class tst_FaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void startsWithNothingSwitchedOn()
    {
        FaultInjector faults(1800, 9);
        const FaultInjector::Decision d = faults.decide();
        QCOMPARE(d.outcome, FaultInjector::Outcome::Normal);
        QCOMPARE(d.delayMs, 0);
        QVERIFY(!d.hang);
        QCOMPARE(faults.settings().tokenLifetimeSeconds, 1800);
        QCOMPARE(faults.toJson().value(QStringLiteral("retry_after_s")).toInt(), 1);
        QCOMPARE(faults.toJson().keys(), FaultInjector::keys());
    }

    void mergeKeepsTheOtherKeys()
    {
        FaultInjector faults;
        QVERIFY(faults.merge({{QStringLiteral("latency_ms"), 250}}).ok());
        QVERIFY(faults.merge({{QStringLiteral("hang"), true}}).ok());
        QCOMPARE(faults.settings().latencyMs, 250);
        QVERIFY(faults.settings().hang);
    }

    void rejectsUnknownKeysAndBadValuesWithoutChangingAnything_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown key") << QStringLiteral("latency") << QJsonValue(5);
        QTest::newRow("share above 1") << QStringLiteral("error_500_share") << QJsonValue(1.5);
        QTest::newRow("negative share") << QStringLiteral("cut_share") << QJsonValue(-0.1);
        QTest::newRow("fractional ms") << QStringLiteral("latency_ms") << QJsonValue(2.5);
        QTest::newRow("text for a number") << QStringLiteral("latency_ms") << QJsonValue(QStringLiteral("5"));
        QTest::newRow("number for a bool") << QStringLiteral("hang") << QJsonValue(1);
        QTest::newRow("zero token lifetime") << QStringLiteral("token_lifetime_s") << QJsonValue(0);
        QTest::newRow("routes not a list") << QStringLiteral("routes") << QJsonValue(3);
    }

    void rejectsUnknownKeysAndBadValuesWithoutChangingAnything()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        FaultInjector faults;
        const QJsonObject before = faults.toJson();
        // A good key alongside must not slip through either.
        const Result<bool> r = faults.merge({{QStringLiteral("latency_ms"), 100}, {key, value}});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(key), qPrintable(r.error()));
        QCOMPARE(faults.toJson(), before);
    }

    void sharesDecideOneOutcomeEach()
    {
        FaultInjector faults;
        QVERIFY(faults.merge({{QStringLiteral("error_503_share"), 1.0}}).ok());
        for (int i = 0; i < 20; ++i)
            QCOMPARE(faults.decide().outcome, FaultInjector::Outcome::Error503);

        QVERIFY(faults
                    .merge({{QStringLiteral("error_503_share"), 0.0},
                            {QStringLiteral("error_500_share"), 0.25},
                            {QStringLiteral("cut_share"), 0.25}})
                    .ok());
        QHash<FaultInjector::Outcome, int> seen;
        for (int i = 0; i < 4000; ++i)
            ++seen[faults.decide().outcome];
        QVERIFY(seen.value(FaultInjector::Outcome::Error500) > 800 && seen.value(FaultInjector::Outcome::Error500) < 1200);
        QVERIFY(seen.value(FaultInjector::Outcome::Cut) > 800 && seen.value(FaultInjector::Outcome::Cut) < 1200);
        QCOMPARE(seen.value(FaultInjector::Outcome::Error503), 0);
    }

    void decisionsAreReproducibleForASeed()
    {
        const QJsonObject settings{
            {QStringLiteral("error_500_share"), 0.3}, {QStringLiteral("latency_jitter_ms"), 100}, {QStringLiteral("seed"), 42}};
        FaultInjector a, b;
        QVERIFY(a.merge(settings).ok());
        QVERIFY(b.merge(settings).ok());
        for (int i = 0; i < 50; ++i) {
            const auto da = a.decide();
            const auto db = b.decide();
            QCOMPARE(da.outcome, db.outcome);
            QCOMPARE(da.delayMs, db.delayMs);
            QVERIFY(da.delayMs >= 0 && da.delayMs <= 100);
        }
        // reset() starts the same sequence again.
        a.reset();
        b.reset();
        QCOMPARE(a.decide().delayMs, b.decide().delayMs);
    }

    void latencyAddsJitterOnTop()
    {
        FaultInjector faults;
        QVERIFY(faults.merge({{QStringLiteral("latency_ms"), 200}, {QStringLiteral("latency_jitter_ms"), 50}}).ok());
        for (int i = 0; i < 50; ++i) {
            const int delay = faults.decide().delayMs;
            QVERIFY(delay >= 200 && delay <= 250);
        }
    }

    void resetRestoresTheStartValues()
    {
        FaultInjector faults(600, 3);
        QVERIFY(
            faults
                .merge(
                    {{QStringLiteral("token_lifetime_s"), 1}, {QStringLiteral("login_fails"), true}, {QStringLiteral("seed"), 8}})
                .ok());
        faults.reset();
        QCOMPARE(faults.settings().tokenLifetimeSeconds, 600);
        QCOMPARE(faults.settings().seed, 3u);
        QVERIFY(!faults.settings().loginFails);
    }

    void parsesCommandLineAssignments()
    {
        FaultInjector faults;
        for (const QString &a : {QStringLiteral("latency_ms=120"), QStringLiteral("hang"),
                                 QStringLiteral("error_503_share = 0.5"), QStringLiteral("routes=device_datas,auth/login")}) {
            const Result<QJsonObject> change = FaultInjector::parseAssignment(a);
            QVERIFY(change.ok());
            QVERIFY2(faults.merge(*change).ok(), qPrintable(a));
        }
        QCOMPARE(faults.settings().latencyMs, 120);
        QVERIFY(faults.settings().hang);
        QCOMPARE(faults.settings().error503Share, 0.5);
        QCOMPARE(faults.settings().routes, (QStringList{QStringLiteral("device_datas"), QStringLiteral("auth/login")}));

        QVERIFY(!FaultInjector::parseAssignment(QStringLiteral("=3")).ok());
        const Result<bool> unknown = faults.merge(*FaultInjector::parseAssignment(QStringLiteral("lag=3")));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QStringLiteral("lag")));
    }

    void routesLimitWhereFaultsApply()
    {
        const QString get = QStringLiteral("GET");
        FaultInjector faults;
        QVERIFY(faults.appliesTo(QStringLiteral("POST"), QStringLiteral("auth/login")));
        QVERIFY(faults.merge({{QStringLiteral("routes"), QJsonArray{QStringLiteral("power_schedulers")}}}).ok());
        QVERIFY(faults.appliesTo(get, QStringLiteral("power_schedulers/4")));
        QVERIFY(faults.appliesTo(get, QStringLiteral("power_schedulers/4/history")));
        QVERIFY(!faults.appliesTo(QStringLiteral("POST"), QStringLiteral("auth/login")));
        QVERIFY(!faults.appliesTo(get, QStringLiteral("power_schedulers_x/4")));
    }

    void aRouteMayNameItsMethod()
    {
        FaultInjector faults;
        QVERIFY(faults.merge({{QStringLiteral("routes"), QJsonArray{QStringLiteral("PATCH power_schedulers")}}}).ok());
        QVERIFY(faults.appliesTo(QStringLiteral("PATCH"), QStringLiteral("power_schedulers/4")));
        QVERIFY(!faults.appliesTo(QStringLiteral("GET"), QStringLiteral("power_schedulers/4")));
    }
};

QTEST_GUILESS_MAIN(tst_FaultInjector)
#include "tst_FaultInjector.moc"
