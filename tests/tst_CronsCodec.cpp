#include "core/CronsCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// The example of the vendor document (seeds/000, "取得調度資訊"), with its space and line break.
static const QString kVendorCrons = QStringLiteral("[{\"start_time\":61200, \"stop_time\":68400, \"power\":-20000},\n"
                                                   "{\"start_time\":3600, \"stop_time\":10800, \"power\":10000}]");

class tst_CronsCodec : public QObject
{
    Q_OBJECT

private slots:
    void moreWindowsThanAScheduleMayHoldAreRefused()
    {
        const auto crons = [](qsizetype n) {
            QJsonArray windows;
            for (qsizetype i = 0; i < n; ++i)
                windows.append(QJsonObject{{QStringLiteral("start_time"), int(i * 60)},
                                           {QStringLiteral("stop_time"), int(i * 60 + 60)},
                                           {QStringLiteral("power"), 1000}});
            return QString::fromUtf8(QJsonDocument(windows).toJson(QJsonDocument::Compact));
        };
        const Result<Schedule> most = CronsCodec::decode(crons(Schedule::kMaxWindows));
        QVERIFY2(most, qPrintable(most.error()));
        QCOMPARE(most->size(), Schedule::kMaxWindows);
        const Result<Schedule> tooMany = CronsCodec::decode(crons(10'000));
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error(), QStringLiteral("The schedule has 10000 windows, more than the 96 a schedule may hold."));
    }

    void vendorExampleDecodesToItsTwoWindows()
    {
        const Result<Schedule> decoded = CronsCodec::decode(kVendorCrons);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        const Schedule &s = *decoded;
        QCOMPARE(s.size(), 2);
        // 17:00–19:00 discharging 20 kW
        QCOMPARE(s.at(0).startSecond, 17 * 3600);
        QCOMPARE(s.at(0).stopSecond, 19 * 3600);
        QCOMPARE(s.at(0).powerW, -20000.0);
        QVERIFY(s.at(0).discharges());
        // 01:00–03:00 charging 10 kW
        QCOMPARE(s.at(1).startSecond, 1 * 3600);
        QCOMPARE(s.at(1).stopSecond, 3 * 3600);
        QCOMPARE(s.at(1).powerW, 10000.0);
        QVERIFY(s.at(1).charges());
    }

    void vendorExampleReencodesToAnEquivalentString()
    {
        const Schedule s = *CronsCodec::decode(kVendorCrons);
        const QString encoded = CronsCodec::encode(s);
        QCOMPARE(encoded,
                 QStringLiteral("[{\"start_time\":61200,\"stop_time\":68400,\"power\":-20000},"
                                "{\"start_time\":3600,\"stop_time\":10800,\"power\":10000}]"));
        // Equivalent as JSON to what the vendor wrote, and decodes to the same schedule.
        QCOMPARE(QJsonDocument::fromJson(encoded.toUtf8()), QJsonDocument::fromJson(kVendorCrons.toUtf8()));
        QCOMPARE(*CronsCodec::decode(encoded), s);
    }

    void roundTripKeepsUnknownKeysAndFractionalPower()
    {
        const QString crons =
            QStringLiteral("[{\"stop_time\":86400,\"power\":1500.5,\"start_time\":0,\"note\":\"night\",\"flags\":[1,2]}]");
        const Result<Schedule> decoded = CronsCodec::decode(crons);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->at(0).powerW, 1500.5);
        QCOMPARE(decoded->at(0).extra.value(QStringLiteral("note")).toString(), QStringLiteral("night"));
        const QString again = CronsCodec::encode(*decoded);
        QCOMPARE(QJsonDocument::fromJson(again.toUtf8()), QJsonDocument::fromJson(crons.toUtf8()));
        QCOMPARE(*CronsCodec::decode(again), *decoded);
    }

    void emptyScheduleIsAnEmptyArray()
    {
        const Result<Schedule> decoded = CronsCodec::decode(QStringLiteral(" [ ] "));
        QVERIFY(decoded.ok());
        QVERIFY(decoded->isEmpty());
        QCOMPARE(CronsCodec::encode(Schedule()), QStringLiteral("[]"));
    }

    void windowOrderIsKept()
    {
        const Schedule s({{7200, 9000, 500, {}}, {0, 3600, -500, {}}});
        const Schedule back = *CronsCodec::decode(CronsCodec::encode(s));
        QCOMPARE(back, s);
    }

    void malformedStringsGiveErrors_data()
    {
        QTest::addColumn<QString>("crons");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("not valid JSON");
        QTest::newRow("not JSON") << QStringLiteral("start at five") << QStringLiteral("not valid JSON");
        QTest::newRow("truncated") << QStringLiteral("[{\"start_time\":61200,") << QStringLiteral("not valid JSON");
        QTest::newRow("object, not array") << QStringLiteral("{\"start_time\":1,\"stop_time\":2,\"power\":3}")
                                           << QStringLiteral("array");
        QTest::newRow("number element") << QStringLiteral("[5]") << QStringLiteral("Window 1 must be an object");
        QTest::newRow("missing start") << QStringLiteral("[{\"stop_time\":2,\"power\":3}]")
                                       << QStringLiteral("no \"start_time\"");
        QTest::newRow("missing stop") << QStringLiteral("[{\"start_time\":1,\"power\":3}]") << QStringLiteral("no \"stop_time\"");
        QTest::newRow("missing power") << QStringLiteral("[{\"start_time\":1,\"stop_time\":2}]")
                                       << QStringLiteral("no \"power\"");
        QTest::newRow("start as text") << QStringLiteral("[{\"start_time\":\"61200\",\"stop_time\":68400,\"power\":1}]")
                                       << QStringLiteral("\"start_time\" must be a number");
        QTest::newRow("stop null") << QStringLiteral("[{\"start_time\":0,\"stop_time\":null,\"power\":1}]")
                                   << QStringLiteral("\"stop_time\" must be a number");
        QTest::newRow("power bool") << QStringLiteral("[{\"start_time\":0,\"stop_time\":60,\"power\":true}]")
                                    << QStringLiteral("\"power\" must be a number");
        QTest::newRow("fractional second") << QStringLiteral("[{\"start_time\":0.5,\"stop_time\":60,\"power\":1}]")
                                           << QStringLiteral("whole number");
        QTest::newRow("second window bad") << QStringLiteral(
            "[{\"start_time\":0,\"stop_time\":60,\"power\":1},{\"start_time\":60}]")
                                           << QStringLiteral("Window 2");
    }

    void malformedStringsGiveErrors()
    {
        QFETCH(QString, crons);
        QFETCH(QString, mentions);
        const Result<Schedule> decoded = CronsCodec::decode(crons);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(mentions), qPrintable(decoded.error()));
    }

    void decodingDoesNotJudgeTheRules()
    {
        // An overlapping, out-of-range schedule is still read, so it can be shown and fixed.
        const Result<Schedule> decoded = CronsCodec::decode(QStringLiteral(
            "[{\"start_time\":80000,\"stop_time\":90000,\"power\":0},{\"start_time\":85000,\"stop_time\":86400,\"power\":5}]"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->size(), 2);
        QCOMPARE(decoded->at(0).stopSecond, 90000);
    }
};

QTEST_GUILESS_MAIN(tst_CronsCodec)
#include "tst_CronsCodec.moc"
