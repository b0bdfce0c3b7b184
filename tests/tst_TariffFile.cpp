// Tariff plans as files the operator edits: built-in plans round-trip, a bad file is refused
// with its name, the line at fault and the reason, and the library keeps the operator's copies
// apart from the built-in plans.
#include "core/JsonLines.h"
#include "core/TariffFile.h"
#include "core/TariffLibrary.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {

// A small valid plan, one key or period per line, so that a test can break one line.
QByteArray smallPlan()
{
    return R"({
  "format": "aegis-tariff",
  "version": 1,
  "name": "Test plan",
  "effective": "2025-10-01",
  "feedInRate": 1.5,
  "contractKw": 50,
  "seasons": [
    {
      "id": "all",
      "from": "01-01",
      "to": "12-31",
      "basicCharge": 200,
      "weekday": [
        {"period": "offPeak", "from": "00:00", "to": "09:00", "price": 2},
        {"period": "peak", "from": "09:00", "to": "24:00", "price": 6}
      ],
      "saturday": [{"period": "offPeak", "from": "00:00", "to": "24:00", "price": 2}],
      "sunday": [{"period": "offPeak", "from": "00:00", "to": "24:00", "price": 2}]
    }
  ],
  "offPeakDays": {"2026": ["2026-12-25"]}
}
)";
}

QByteArray replaced(const char *from, const char *to)
{
    QByteArray json = smallPlan();
    const qsizetype at = json.indexOf(from);
    if (at < 0)
        qFatal("test text not found: %s", from);
    return json.replace(at, qsizetype(qstrlen(from)), to);
}

} // namespace

class tst_TariffFile : public QObject
{
    Q_OBJECT

private slots:
    void theSmallPlanReads()
    {
        const Result<Tariff> t = TariffFile::fromJson(smallPlan(), QStringLiteral("plan.json"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->name, QStringLiteral("Test plan"));
        QCOMPARE(t->feedInRate, 1.5);
        QCOMPARE(t->contractKw, 50.0);
        QCOMPARE(t->seasons.size(), 1);
        QCOMPARE(t->seasons.at(0).days.at(0).size(), 2);
        QVERIFY(t->offPeakDays.contains(QDate(2026, 12, 25)));
        QCOMPARE(t->source, QString());
    }

    void everyBuiltInPlanRoundTrips()
    {
        for (const QString &id : TariffLibrary::builtInIds()) {
            const Result<Tariff> t = TariffLibrary::builtIn(id);
            QVERIFY2(t.ok(), qPrintable(t.error()));
            const QByteArray json = TariffFile::toJson(t.value());
            const Result<Tariff> back = TariffFile::fromJson(json, id);
            QVERIFY2(back.ok(), qPrintable(back.error() + QLatin1Char('\n') + QString::fromUtf8(json)));
            QCOMPARE(back.value(), t.value());
            // Prices are written as typed, not as binary noise.
            QVERIFY2(json.contains("\"price\": 9.39") || !id.contains(QStringLiteral("hv-three")), json.constData());
            // Written in the order an operator reads a plan, not sorted by key.
            QVERIFY(json.indexOf("\"name\"") < json.indexOf("\"effective\""));
            QVERIFY(json.indexOf("\"period\"") < json.indexOf("\"price\""));
        }
    }

    void aBadFileIsRefusedWithItsLineAndReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("gap") << replaced(R"("to": "09:00", "price": 2})", R"("to": "08:00", "price": 2})")
                             << "plan.json:14: no price from 08:00 to 09:00.";
        QTest::newRow("overlap") << replaced(R"("from": "09:00", "to": "24:00")", R"("from": "08:30", "to": "24:00")")
                                 << "plan.json:14: two periods both price 08:30–09:00.";
        QTest::newRow("short day") << replaced(R"("from": "09:00", "to": "24:00")", R"("from": "09:00", "to": "23:00")")
                                   << "plan.json:14: no price from 23:00 to 24:00.";
        QTest::newRow("backwards") << replaced(R"("from": "09:00", "to": "24:00")", R"("from": "24:00", "to": "09:00")")
                                   << "plan.json:16: the period 24:00–09:00 ends before it starts.";
        QTest::newRow("24:30") << replaced(R"("to": "24:00", "price": 6)", R"("to": "24:30", "price": 6)")
                               << "plan.json:16: \"to\" must be a time of day from 00:00 to 24:00, not \"24:30\".";
        QTest::newRow("negative price") << replaced(R"("price": 6)", R"("price": -6)")
                                        << "plan.json:16: \"price\" must lie between 0 and 1000.";
        QTest::newRow("price as text") << replaced(R"("price": 6)", R"("price": "6")")
                                       << "plan.json:16: \"price\" must be a number.";
        QTest::newRow("misspelt key") << replaced(R"("basicCharge": 200,)", R"("basicCharge": 200, "wekday": [],)")
                                      << "plan.json:13: unknown key \"wekday\".";
        QTest::newRow("missing day type") << replaced(R"("saturday")", R"("Saturday")")
                                          << "plan.json:18: unknown key \"Saturday\".";
        QTest::newRow("season gap") << replaced(R"("to": "12-31")", R"("to": "12-30")") << "plan.json:8: no season covers 12-31.";
        QTest::newRow("bad month-day") << replaced(R"("to": "12-31")", R"("to": "02-30")")
                                       << "plan.json:12: \"to\" must be a day of the year as MM-DD, not \"02-30\".";
        QTest::newRow("off-peak day in another year") << replaced(R"(["2026-12-25"])", R"(["2027-01-01"])")
                                                      << "plan.json:22: \"2027-01-01\" is not a date (YYYY-MM-DD) in 2026.";
        QTest::newRow("not a tariff") << replaced(R"("aegis-tariff")", R"("aegis-schedule")")
                                      << "plan.json:2: this is not a tariff file (\"format\" is \"aegis-schedule\").";
        QTest::newRow("newer version") << replaced(R"("version": 1)", R"("version": 2)")
                                       << "plan.json:3: version 2 is not one this program reads (it reads 1).";
        QTest::newRow("no name") << replaced(R"("name": "Test plan",)", "") << "plan.json:1: \"name\" is missing.";
        QTest::newRow("syntax") << replaced(R"("contractKw": 50,)", R"("contractKw": 50,,)")
                                << "plan.json:7: not valid JSON: unterminated object.";
        QTest::newRow("array") << QByteArray("[1, 2]") << "plan.json:1: a tariff file holds one JSON object.";
        QTest::newRow("empty") << QByteArray() << "plan.json:1: not valid JSON: illegal value.";
    }

    void aBadFileIsRefusedWithItsLineAndReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Result<Tariff> t = TariffFile::fromJson(json, QStringLiteral("plan.json"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error(), error);
    }

    void twoSeasonsMayNotShareADay()
    {
        QByteArray json = smallPlan();
        const qsizetype seasonStart = json.indexOf("    {\n      \"id\"");
        const qsizetype seasonEnd = json.indexOf("\n  ],\n  \"offPeakDays\"");
        QByteArray second = json.mid(seasonStart, seasonEnd - seasonStart);
        second.replace("\"all\"", "\"again\"")
            .replace("\"01-01\"", "\"12-31\"")
            .replace("\"to\": \"12-31\"", "\"to\": \"01-01\"");
        json.insert(seasonEnd, ",\n" + second);
        const Result<Tariff> t = TariffFile::fromJson(json, QStringLiteral("plan.json"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error(), QStringLiteral("plan.json:8: 01-01 lies in more than one season."));
    }

    void aHugeFileIsRefusedUnread()
    {
        const QByteArray huge(TariffFile::kMaxFileBytes + 1, ' ');
        const Result<Tariff> t = TariffFile::fromJson(huge, QStringLiteral("big.json"));
        QVERIFY(!t.ok());
        QVERIFY2(t.error().startsWith(QStringLiteral("big.json: too large")), qPrintable(t.error()));
    }

    void jsonLinesNamesTheLineOfEachValue()
    {
        const JsonLines lines(smallPlan());
        QCOMPARE(lines.line(QString()), 1);
        QCOMPARE(lines.line(QStringLiteral("name")), 4);
        QCOMPARE(lines.line(QStringLiteral("seasons")), 8);
        QCOMPARE(lines.line(QStringLiteral("seasons/0/weekday/1/price")), 16);
        QCOMPARE(lines.line(QStringLiteral("seasons/0/sunday/0")), 19);
        // A path that is not there: its nearest ancestor.
        QCOMPARE(lines.line(QStringLiteral("seasons/0/holiday")), 9);
        // Text that is not JSON neither hangs nor reads past its end.
        for (const char *junk :
             {"{\"a\": [1, {\"b\": \"", "]]]}}}", "\"\\", "{\"a\"::::,,,", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["})
            QCOMPARE(JsonLines(QByteArray(junk)).line(QStringLiteral("a/0/b")) >= 1, true);
    }

    void theLibrarySavesCopiesBesideTheBuiltInPlans()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const TariffLibrary library(dir.filePath(QStringLiteral("tariffs")));
        QCOMPARE(library.plans().size(), TariffLibrary::builtInIds().size());

        Tariff copy = TariffLibrary::builtIn(QStringLiteral("taipower-hv-three-period")).value();
        copy.name = QStringLiteral("K館 contract");
        copy.contractKw = 120;
        copy.seasons[0].days[0].last().price = 6.0;
        QCOMPARE(library.freeId(copy.name), QStringLiteral("k-contract"));
        QVERIFY(!library.save(QStringLiteral("taipower-hv-three-period"), copy).ok());
        QVERIFY(!library.save(QStringLiteral("../escape"), copy).ok());
        const Result<QString> saved = library.save(library.freeId(copy.name), copy);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(library.freeId(copy.name), QStringLiteral("k-contract-2"));

        const QList<TariffLibrary::Entry> plans = library.plans();
        QCOMPARE(plans.size(), TariffLibrary::builtInIds().size() + 1);
        QCOMPARE(plans.constLast().id, QStringLiteral("k-contract"));
        QCOMPARE(plans.constLast().name, copy.name);
        QVERIFY(!plans.constLast().builtIn);
        const Result<Tariff> back = library.load(QStringLiteral("k-contract"));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value(), copy);

        // A broken file is listed with its reason, not dropped silently.
        QFile bad(dir.filePath(QStringLiteral("tariffs/broken.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(replaced(R"("price": 6)", R"("price": -6)"));
        bad.close();
        const QList<TariffLibrary::Entry> again = library.plans();
        const auto broken = std::find_if(again.cbegin(), again.cend(), [](const auto &e) { return e.id == u"broken"; });
        QVERIFY(broken != again.cend());
        QVERIFY2(broken->error.endsWith(QStringLiteral("broken.json:16: \"price\" must lie between 0 and 1000.")),
                 qPrintable(broken->error));
        QVERIFY(!library.load(QStringLiteral("broken")).ok());
        QVERIFY(!library.load(QStringLiteral("nothing")).ok());
    }
};

QTEST_GUILESS_MAIN(tst_TariffFile)
#include "tst_TariffFile.moc"
