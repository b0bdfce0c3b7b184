#include "sim/ProfileFiles.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray joinRows(const QList<QByteArray> &rows, const QByteArray &eol = "\n")
{
    QByteArray out;
    for (const QByteArray &row : rows)
        out += row + eol;
    return out;
}

// A solar row: 24 values, hour h of day d = d + h (easy to check after reading).
QByteArray solarRow(int day)
{
    QList<QByteArray> values;
    for (int h = 0; h < 24; ++h)
        values.append(QByteArray::number(day + h));
    return values.join(',');
}

QList<QByteArray> solarRows(int count)
{
    QList<QByteArray> rows;
    for (int d = 0; d < count; ++d)
        rows.append(solarRow(d));
    return rows;
}

// apis-emulator load: household h, day d, half-hour s reads (h + 1) × 0.1 + s × 0.01 + d × 0.001 kW.
double householdKw(int household, int day, int slot)
{
    return (household + 1) * 0.1 + slot * 0.01 + day * 0.001;
}

QList<QByteArray> loadRows(int households, int days = 365)
{
    QList<QByteArray> rows;
    for (int d = 0; d < days; ++d) {
        QList<QByteArray> values;
        for (int h = 0; h < households; ++h) {
            for (int s = 0; s < 48; ++s)
                values.append(QByteArray::number(householdKw(h, d, s), 'g', 12));
        }
        rows.append(values.join(','));
    }
    return rows;
}

// BEMS rows every 15 minutes from `start` for `count` rows; load(i) gives row i's kW.
QList<QByteArray> bemsAbriRows(const QDateTime &start, int count)
{
    QList<QByteArray> rows{"AMI_1,AMI_2,AMI_3,total_load(kW),PV_generate(kW),net_load(kW),TIME"};
    for (int i = 0; i < count; ++i) {
        const double total = 20.0 + (i % 96) * 0.1;
        const double pv = 5.0;
        rows.append("8,10,2," + QByteArray::number(total, 'g', 10) + ',' + QByteArray::number(pv) + ','
                    + QByteArray::number(total - pv, 'g', 10) + ','
                    + start.addSecs(qint64(i) * 900).toString(QStringLiteral("yyyy/M/d HH:mm")).toUtf8());
    }
    return rows;
}

QList<QByteArray> bemsCarlabRows(const QDateTime &start, int count)
{
    QList<QByteArray> rows{"id,field,grid_power,inserted_at"};
    for (int i = 0; i < count; ++i) {
        rows.append(QByteArray::number(4451 + i) + ",carlab," + QByteArray::number(10.0 + (i % 96) * 0.01, 'g', 10) + ','
                    + start.addSecs(qint64(i) * 900).toString(QStringLiteral("yyyy/M/d HH:mm")).toUtf8());
    }
    return rows;
}

} // namespace

class tst_ProfileFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- apis-emulator solar -------------------------------------------------------------

    void readsTheRealSampleSolarFile()
    {
        const Result<FileProfile> p =
            ProfileFiles::readApisSolar(TestData::path(QStringLiteral("apis-emulator/sample_solar_data.csv")));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->stepMinutes, 60);
        QCOMPARE(p->firstDayOfYear, 1);
        QCOMPARE(p->source, QStringLiteral("sample_solar_data.csv"));
        QCOMPARE(p->days.size(), 365);
        for (const QList<double> &day : p->days)
            QCOMPARE(day.size(), 24);
        // Spot checks against the file: line 1, line 200 and line 365.
        QCOMPARE(p->days.at(0).at(7), 136.0);
        QCOMPARE(p->days.at(0).at(8), 783.2);
        QCOMPARE(p->days.at(0).at(13), 2500.5);
        QCOMPARE(p->days.at(199).at(9), 1732.7);
        QCOMPARE(p->days.at(364).at(8), 614.6);
        QCOMPARE(p->days.at(364).at(23), 0.0);
    }

    void bundledResourceCopyIsTheSameFile()
    {
        QFile test(TestData::path(QStringLiteral("apis-emulator/sample_solar_data.csv")));
        QFile resource(QDir(TestData::sourceDir()).filePath(QStringLiteral("resources/sim/sample_solar_data.csv")));
        QVERIFY(test.open(QIODevice::ReadOnly));
        QVERIFY(resource.open(QIODevice::ReadOnly));
        QCOMPARE(resource.readAll(), test.readAll());
    }

    void acceptsWhatSpreadsheetsWrite_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("rows");
        QTest::newRow("LF") << joinRows(solarRows(365)) << 365;
        QTest::newRow("CRLF") << joinRows(solarRows(365), "\r\n") << 365;
        QTest::newRow("no final newline") << joinRows(solarRows(365)).chopped(1) << 365;
        QTest::newRow("trailing empty lines") << joinRows(solarRows(365)) + "\n\r\n  \n" << 365;
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + joinRows(solarRows(365), "\r\n") << 365;
        QTest::newRow("leap year") << joinRows(solarRows(366)) << 366;
        QTest::newRow("spaces around values") << joinRows(solarRows(365)).replace(",", " , ") << 365;
    }

    void acceptsWhatSpreadsheetsWrite()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, rows);
        const Result<FileProfile> p = ProfileFiles::readApisSolar(write(QStringLiteral("ok.csv"), content));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->days.size(), rows);
        QCOMPARE(p->days.at(0).at(0), 0.0);
        QCOMPARE(p->days.at(0).at(23), 23.0);
        QCOMPARE(p->days.at(100).at(5), 105.0);
        QCOMPARE(p->days.constLast().at(23), double(rows - 1 + 23));
    }

    void readsTheUsualNumberForms()
    {
        QList<QByteArray> rows = solarRows(365);
        rows[0] = "0,+1,2.00,3e0,0.4e1,5., 6 ,\"7\",8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23";
        const Result<FileProfile> p = ProfileFiles::readApisSolar(write(QStringLiteral("forms.csv"), joinRows(rows)));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        for (int h = 0; h < 24; ++h)
            QCOMPARE(p->days.at(0).at(h), double(h));
    }

    void solarErrorsNameFileLineAndProblem_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const auto rowsWith = [](int line, const QByteArray &row) {
            QList<QByteArray> rows = solarRows(365);
            rows[line - 1] = row;
            return joinRows(rows);
        };
        QByteArray shortRow = solarRow(16);
        shortRow.truncate(shortRow.lastIndexOf(','));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("bad.csv:1: the file is empty");
        QTest::newRow("blank lines only") << QByteArray("\r\n\n \n") << QStringLiteral("bad.csv:1: the file is empty");
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF\r\n") << QStringLiteral("bad.csv:1: the file is empty");
        QTest::newRow("23 values") << rowsWith(17, shortRow) << QStringLiteral("bad.csv:17: expected 24 values, found 23");
        QTest::newRow("25 values") << rowsWith(3, solarRow(2) + ",7")
                                   << QStringLiteral("bad.csv:3: expected 24 values, found 25");
        QTest::newRow("blank line inside") << rowsWith(100, "") << QStringLiteral("bad.csv:100: expected 24 values, found 0");
        QTest::newRow("text") << rowsWith(5, QByteArray(solarRow(4)).replace(",13,", ",abc,"))
                              << QStringLiteral("bad.csv:5: column 10: \"abc\" is not a number");
        QTest::newRow("empty value") << rowsWith(6, QByteArray(solarRow(5)).replace(",7,", ",,"))
                                     << QStringLiteral("bad.csv:6: column 3: empty value");
        QTest::newRow("infinity") << rowsWith(8, "inf" + solarRow(7).mid(1))
                                  << QStringLiteral("bad.csv:8: column 1: \"inf\" is not a number");
        QTest::newRow("decimal comma") << rowsWith(8, "\"1,5\"" + solarRow(7).mid(1))
                                       << QStringLiteral("bad.csv:8: expected 24 values, found 25");
        QTest::newRow("fullwidth digit") << rowsWith(8, "\xEF\xBC\x95" + solarRow(7).mid(1))
                                         << QStringLiteral("bad.csv:8: column 1: \"\uFF15\" is not a number");
        QTest::newRow("nan") << rowsWith(8, "nan" + solarRow(7).mid(1))
                             << QStringLiteral("bad.csv:8: column 1: \"nan\" is not a number");
        QTest::newRow("negative") << rowsWith(9, QByteArray(solarRow(8)).replace(",19,", ",-4.5,"))
                                  << QStringLiteral("bad.csv:9: column 12: negative irradiance (-4.5)");
        QTest::newRow("364 rows") << joinRows(solarRows(364))
                                  << QStringLiteral("bad.csv:364: expected 365 rows (or 366 in a leap year), found 364");
        QTest::newRow("367 rows") << joinRows(solarRows(367))
                                  << QStringLiteral("bad.csv:367: expected 365 rows (or 366 in a leap year), found 367");
        QTest::newRow("error line counts the BOM line")
            << QByteArray("\xEF\xBB\xBF") + rowsWith(1, "1,2") << QStringLiteral("bad.csv:1: expected 24 values, found 2");
        QTest::newRow("CRLF keeps line numbers") << QByteArray(rowsWith(17, shortRow)).replace("\n", "\r\n")
                                                 << QStringLiteral("bad.csv:17: expected 24 values, found 23");
    }

    void solarErrorsNameFileLineAndProblem()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const Result<FileProfile> p = ProfileFiles::readApisSolar(write(QStringLiteral("bad.csv"), content));
        QVERIFY(!p.ok());
        QCOMPARE(p.error(), message);
    }

    void missingFileIsAnError()
    {
        const Result<FileProfile> p = ProfileFiles::readApisSolar(m_dir.filePath(QStringLiteral("nothing.csv")));
        QVERIFY(!p.ok());
        QVERIFY2(p.error().startsWith(QStringLiteral("nothing.csv: cannot open the file: ")), qPrintable(p.error()));
        QVERIFY(!ProfileFiles::readLoad(m_dir.filePath(QStringLiteral("nothing.csv"))).ok());
        QVERIFY(!ProfileFiles::readBemsLoad(m_dir.filePath(QStringLiteral("nothing.csv"))).ok());
    }

    void directoryIsAnError()
    {
        const Result<FileProfile> p = ProfileFiles::readApisSolar(m_dir.path());
        QVERIFY(!p.ok());
        QVERIFY2(p.error().contains(QStringLiteral("cannot")), qPrintable(p.error()));
    }

    // --- apis-emulator load --------------------------------------------------------------

    void apisLoadSumsHouseholdsInWatts()
    {
        const int households = 3;
        const Result<FileProfile> p =
            ProfileFiles::readApisLoad(write(QStringLiteral("load.csv"), joinRows(loadRows(households), "\r\n")));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->stepMinutes, 30);
        QCOMPARE(p->days.size(), 365);
        for (int d : {0, 17, 364}) {
            QCOMPARE(p->days.at(d).size(), 48);
            for (int s : {0, 1, 23, 47}) {
                double kw = 0;
                for (int h = 0; h < households; ++h)
                    kw += householdKw(h, d, s);
                QVERIFY2(qAbs(p->days.at(d).at(s) - kw * 1000.0) < 1e-6,
                         qPrintable(QStringLiteral("day %1 slot %2: %3 W, expected %4 W")
                                        .arg(d)
                                        .arg(s)
                                        .arg(p->days.at(d).at(s))
                                        .arg(kw * 1000.0)));
            }
        }
    }

    void apisLoadSingleHousehold()
    {
        const Result<FileProfile> p = ProfileFiles::readApisLoad(write(QStringLiteral("one.csv"), joinRows(loadRows(1))));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->days.at(2).at(5), householdKw(0, 2, 5) * 1000.0);
    }

    void apisLoadErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const auto rowsWith = [](int line, const QByteArray &row) {
            QList<QByteArray> rows = loadRows(2);
            rows[line - 1] = row;
            return joinRows(rows);
        };
        const QByteArray good = loadRows(2, 1).constFirst();
        QTest::newRow("not whole households")
            << rowsWith(1, good + ",1,2")
            << QStringLiteral("load.csv:1: expected a multiple of 48 values (48 half-hours per household), found 98");
        QTest::newRow("a row short") << rowsWith(30, good.left(good.lastIndexOf(',')))
                                     << QStringLiteral("load.csv:30: expected 96 values, found 95");
        QTest::newRow("negative, second household") << rowsWith(4, good.left(good.lastIndexOf(',')) + ",-0.2")
                                                    << QStringLiteral("load.csv:4: column 96: negative load (-0.2)");
        QTest::newRow("text") << rowsWith(2, "x" + good.mid(good.indexOf(',')))
                              << QStringLiteral("load.csv:2: column 1: \"x\" is not a number");
        // Fuzzer finds: kW that are finite but not once turned into W, or summed over households.
        QTest::newRow("too large in W") << rowsWith(5, "1e306" + good.mid(good.indexOf(',')))
                                        << QStringLiteral("load.csv:5: column 1: the value 1e306 is too large");
        QList<QByteArray> twoHuge = good.split(',');
        twoHuge[0] = twoHuge[48] = "1e305"; // 1e308 W each, the first half-hour of both households
        QTest::newRow("households too large together")
            << rowsWith(6, twoHuge.join(',')) << QStringLiteral("load.csv:6: column 49: the value 1e305 is too large");
        QTest::newRow("10 rows") << joinRows(loadRows(2, 10))
                                 << QStringLiteral("load.csv:10: expected 365 rows (or 366 in a leap year), found 10");
    }

    void apisLoadErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const Result<FileProfile> p = ProfileFiles::readApisLoad(write(QStringLiteral("load.csv"), content));
        QVERIFY(!p.ok());
        QCOMPARE(p.error(), message);
    }

    // --- BEMS ----------------------------------------------------------------------------

    void bemsAbriUsesTotalLoad()
    {
        const QDateTime start(QDate(2020, 5, 2), QTime(0, 0));
        const Result<FileProfile> p =
            ProfileFiles::readBemsLoad(write(QStringLiteral("abri.csv"), joinRows(bemsAbriRows(start, 2 * 96))));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->stepMinutes, 15);
        QCOMPARE(p->days.size(), 2);
        QCOMPARE(p->days.at(0).size(), 96);
        QCOMPARE(p->firstDayOfYear, QDate(2020, 5, 2).dayOfYear());
        QCOMPARE(p->days.at(0).at(0), 20000.0); // total_load, not net_load (15 kW) or AMI_1
        QCOMPARE(p->days.at(1).at(95), 29500.0);
        QCOMPARE(p->source, QStringLiteral("abri.csv"));
    }

    // An ABRI_BEMS file (core/BemsCsv) is the site's load on its own dates, held over each
    // quarter-hour, also across a new year; other dates repeat its days from its first one.
    void bemsAbriIsDatedAndHeldPerQuarterHour()
    {
        const QDateTime start(QDate(2020, 12, 31), QTime(0, 0));
        const Result<FileProfile> p =
            ProfileFiles::readLoad(write(QStringLiteral("abri-ny.csv"), joinRows(bemsAbriRows(start, 2 * 96))));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QVERIFY(p->dated);
        QVERIFY(p->stepwise);
        QCOMPARE(p->firstJulianDay, QDate(2020, 12, 31).toJulianDay());
        QCOMPARE(p->valueAt(QDate(2020, 12, 31), 0.0), 20000.0);
        QCOMPARE(p->valueAt(QDate(2020, 12, 31), 14.99), 20000.0);
        QCOMPARE(p->valueAt(QDate(2020, 12, 31), 15.0), 20100.0);
        QCOMPARE(p->valueAt(QDate(2021, 1, 1), 1439.0), 29500.0);
        QCOMPARE(p->valueAt(QDate(2021, 1, 1), 7.5), 20000.0);
        QCOMPARE(p->valueAt(QDate(2021, 1, 2), 15.0), p->valueAt(QDate(2020, 12, 31), 15.0)); // repeats
        QCOMPARE(p->valueAt(QDate(2020, 12, 30), 15.0), p->valueAt(QDate(2021, 1, 1), 15.0));
        // Carlab's form keeps the day-of-year profile, interpolated.
        const Result<FileProfile> carlab = ProfileFiles::readLoad(
            write(QStringLiteral("carlab-ny.csv"), joinRows(bemsCarlabRows(QDateTime(QDate(2020, 4, 25), QTime(0, 0)), 96))));
        QVERIFY2(carlab.ok(), qPrintable(carlab.error()));
        QVERIFY(!carlab->dated);
        QVERIFY(!carlab->stepwise);
    }

    void bemsVendorExampleLines()
    {
        // The three rows of the platform's example, made into one whole day.
        QList<QByteArray> rows{"AMI_1,AMI_2,AMI_3,total_load(kW),PV_generate(kW),net_load(kW),TIME",
                               "8,12.16,1.8,21.96,0,21.96,2020/5/2 00:00", "8.5,10.88,2.2,21.58,0,21.58,2020/5/2 00:15",
                               "8.5,11.52,1.6,21.62,0,21.62,2020/5/2 00:30"};
        const QDateTime from(QDate(2020, 5, 2), QTime(0, 45));
        for (int i = 0; i < 93; ++i)
            rows.append("1,1,1,3,0,3," + from.addSecs(i * 900).toString(QStringLiteral("yyyy/M/d H:mm")).toUtf8());
        const Result<FileProfile> p = ProfileFiles::readLoad(write(QStringLiteral("ex.csv"), joinRows(rows, "\r\n")));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->days.size(), 1);
        QCOMPARE(p->days.at(0).at(0), 21960.0);
        QCOMPARE(p->days.at(0).at(1), 21580.0);
        QCOMPARE(p->days.at(0).at(2), 21620.0);
        QCOMPARE(p->days.at(0).at(95), 3000.0);
    }

    void bemsCarlabDropsPartialDays()
    {
        // Starts 2020/4/25 10:00 and stops 2020/4/28 13:00: only 26 and 27 April are whole.
        const QDateTime start(QDate(2020, 4, 25), QTime(10, 0));
        const int count = (3 * 96) + 12;
        const Result<FileProfile> p =
            ProfileFiles::readBemsLoad(write(QStringLiteral("carlab.csv"), joinRows(bemsCarlabRows(start, count))));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->days.size(), 2);
        QCOMPARE(p->firstDayOfYear, QDate(2020, 4, 26).dayOfYear());
        // Row i has (i % 96) × 0.01 + 10 kW; 26 April 00:00 is row 56.
        QCOMPARE(p->days.at(0).at(0), (10.0 + 56 * 0.01) * 1000.0);
        QCOMPARE(p->days.at(1).at(95), (10.0 + ((56 + 96 + 95) % 96) * 0.01) * 1000.0);
    }

    void bemsReadingsStoredSecondsLateKeepTheirSlot()
    {
        QList<QByteArray> rows{"id,field,grid_power,inserted_at"};
        const QDateTime start(QDate(2020, 3, 14), QTime(0, 0, 4));
        for (int i = 0; i < 96; ++i)
            rows.append(QByteArray::number(i) + ",NCKU,1.0" + QByteArray::number(i % 10) + ','
                        + start.addSecs(i * 900 - (i % 2) * 9).toString(Qt::ISODate).toUtf8());
        const Result<FileProfile> p = ProfileFiles::readBemsLoad(write(QStringLiteral("ncku.csv"), joinRows(rows)));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->days.size(), 1);
        QCOMPARE(p->days.at(0).at(13), 1030.0);
    }

    void bemsFallsBackToNetLoad()
    {
        const QList<QByteArray> rows = bemsAbriRows(QDateTime(QDate(2021, 1, 1), QTime(0, 0)), 96);
        QList<QByteArray> netOnly{"PV_generate(kW),net_load(kW),TIME"};
        for (qsizetype i = 1; i < rows.size(); ++i)
            netOnly.append(rows.at(i).split(',').mid(4).join(','));
        const Result<FileProfile> p = ProfileFiles::readBemsLoad(write(QStringLiteral("net.csv"), joinRows(netOnly)));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->days.at(0).at(0), 15000.0);
        QCOMPARE(p->firstDayOfYear, 1);
    }

    void bemsErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QDateTime start(QDate(2020, 5, 2), QTime(0, 0));
        const QList<QByteArray> rows = bemsAbriRows(start, 2 * 96);
        QList<QByteArray> gap = rows;
        gap.removeAt(6); // 01:15 goes missing; its successor is line 7
        QList<QByteArray> repeat = rows;
        repeat[6] = repeat.at(5);
        QList<QByteArray> backwards = rows;
        backwards[10] = rows.at(8); // 01:45 after 02:00
        QList<QByteArray> badTime = rows;
        badTime[2] = "8,10,2,21,5,16,yesterday";
        QList<QByteArray> badLoad = rows;
        badLoad[3] = "8,10,2,x,5,16,2020/5/2 00:30";
        QList<QByteArray> fewColumns = rows;
        fewColumns[4] = "8,10,2,21,5,2020/5/2 00:45";
        QList<QByteArray> noLoad = rows;
        noLoad[0] = "AMI_1,AMI_2,AMI_3,load,PV_generate(kW),net,TIME";
        QList<QByteArray> noTime = rows;
        noTime[0] = "AMI_1,AMI_2,AMI_3,total_load(kW),PV_generate(kW),net_load(kW),when";
        QList<QByteArray> negative = bemsCarlabRows(start, 96);
        negative[50] = "4500,carlab,-1.5,2020/5/2 12:15";

        QTest::newRow("gap") << joinRows(gap)
                             << QStringLiteral("bems.csv:7: gap in the data: expected 2020/5/2 01:15, found 2020/5/2 01:30");
        QTest::newRow("gap, CRLF") << joinRows(
            gap, "\r\n") << QStringLiteral("bems.csv:7: gap in the data: expected 2020/5/2 01:15, found 2020/5/2 01:30");
        QTest::newRow("repeat") << joinRows(repeat)
                                << QStringLiteral("bems.csv:7: the time 2020/5/2 01:00 repeats the row before");
        QTest::newRow("backwards") << joinRows(
            backwards) << QStringLiteral("bems.csv:11: the time 2020/5/2 01:45 is before the row before (2020/5/2 02:00)");
        QTest::newRow("bad time") << joinRows(
            badTime) << QStringLiteral("bems.csv:3: column \"TIME\": \"yesterday\" is not a time like 2020/5/2 00:15");
        QTest::newRow("bad load") << joinRows(badLoad)
                                  << QStringLiteral("bems.csv:4: column \"total_load(kW)\": \"x\" is not a number");
        QTest::newRow("few columns") << joinRows(fewColumns) << QStringLiteral("bems.csv:5: expected 7 values, found 6");
        QTest::newRow("no load column") << joinRows(
            noLoad) << QStringLiteral("bems.csv:1: no load column (total_load(kW), grid_power or net_load(kW)) in the header");
        QTest::newRow("no time column") << joinRows(noTime)
                                        << QStringLiteral("bems.csv:1: no time column (TIME or inserted_at) in the header");
        QTest::newRow("negative") << joinRows(negative)
                                  << QStringLiteral("bems.csv:51: column \"grid_power\": negative load (-1.5)");
        QList<QByteArray> huge = bemsCarlabRows(start, 96);
        huge[9] = "4460,carlab,1e307,2020/5/2 02:00"; // a fuzzer's find: finite in kW, not in W
        QTest::newRow("too large in W") << joinRows(huge)
                                        << QStringLiteral("bems.csv:10: column \"grid_power\": the value 1e307 is too large");
        QTest::newRow("header only") << joinRows(rows.mid(0, 1)) << QStringLiteral("bems.csv:2: no data rows after the header");
        QTest::newRow("no whole day") << joinRows(bemsAbriRows(
            QDateTime(QDate(2020, 5, 2), QTime(6, 0)),
            60)) << QStringLiteral("bems.csv:61: no complete day: the rows must cover 00:00 to 23:45 of at least one day");
        QTest::newRow("empty") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("bems.csv:1: the file is empty");
    }

    void bemsErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const Result<FileProfile> p = ProfileFiles::readBemsLoad(write(QStringLiteral("bems.csv"), content));
        QVERIFY(!p.ok());
        QCOMPARE(p.error(), message);
    }

    void readLoadTellsTheFormatsApart()
    {
        const Result<FileProfile> apis = ProfileFiles::readLoad(write(QStringLiteral("a.csv"), joinRows(loadRows(2))));
        QVERIFY2(apis.ok(), qPrintable(apis.error()));
        QCOMPARE(apis->stepMinutes, 30);
        const QByteArray bems = "\xEF\xBB\xBF" + joinRows(bemsCarlabRows(QDateTime(QDate(2020, 4, 25), QTime(0, 0)), 96), "\r\n");
        const Result<FileProfile> carlab = ProfileFiles::readLoad(write(QStringLiteral("b.csv"), bems));
        QVERIFY2(carlab.ok(), qPrintable(carlab.error()));
        QCOMPARE(carlab->stepMinutes, 15);
        // A numeric first line goes to the apis reader, whose errors say so.
        const Result<FileProfile> bad = ProfileFiles::readLoad(write(QStringLiteral("c.csv"), "1,2,3\n"));
        QCOMPARE(bad.error(), QStringLiteral("c.csv:1: expected a multiple of 48 values (48 half-hours per household), found 3"));
    }

    // --- FileProfile::valueAt -------------------------------------------------------------

    void valueAtInterpolatesBetweenMidSteps_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<double>("minute");
        QTest::addColumn<double>("expected");
        // Three rows, value at day d hour h = 100 d + h, placed at h:30.
        QTest::newRow("mid-step is the value") << QDate(2023, 1, 1) << 30.0 << 0.0;
        QTest::newRow("quarter") << QDate(2023, 1, 1) << 45.0 << 0.25;
        QTest::newRow("between hours") << QDate(2023, 1, 1) << 60.0 << 0.5;
        QTest::newRow("noon") << QDate(2023, 1, 2) << 12 * 60.0 + 30 << 112.0;
        QTest::newRow("late evening") << QDate(2023, 1, 2) << 23 * 60.0 + 30 << 123.0;
        QTest::newRow("across midnight into next row") << QDate(2023, 1, 2) << 23 * 60.0 + 45 << 123.0 + 0.25 * (200 - 123);
        QTest::newRow("from previous row") << QDate(2023, 1, 2) << 0.0 << 61.5;
        QTest::newRow("first row wraps to last") << QDate(2023, 1, 1) << 0.0 << 111.5;
        QTest::newRow("last row wraps to first") << QDate(2023, 1, 3) << 1439.0 << 223.0 + (29.0 / 60) * (0 - 223);
        QTest::newRow("rows repeat by day of year") << QDate(2023, 1, 4) << 12 * 60.0 + 30 << 12.0;
        QTest::newRow("another year, same day") << QDate(2030, 1, 5) << 6 * 60.0 + 30 << 106.0;
        QTest::newRow("minute past the day") << QDate(2023, 1, 1) << 1440.0 + 30 << 100.0;
    }

    void valueAtInterpolatesBetweenMidSteps()
    {
        QFETCH(QDate, date);
        QFETCH(double, minute);
        QFETCH(double, expected);
        FileProfile p;
        p.stepMinutes = 60;
        for (int d = 0; d < 3; ++d) {
            QList<double> day;
            for (int h = 0; h < 24; ++h)
                day.append(100.0 * d + h);
            p.days.append(day);
        }
        QVERIFY2(qAbs(p.valueAt(date, minute) - expected) < 1e-9,
                 qPrintable(QStringLiteral("%1, expected %2").arg(p.valueAt(date, minute)).arg(expected)));
    }

    void valueAtHonoursFirstDayOfYear()
    {
        FileProfile p;
        p.stepMinutes = 15;
        p.firstDayOfYear = 123; // 2 May in a leap year
        p.days = {QList<double>(96, 1000.0), QList<double>(96, 2000.0)};
        QCOMPARE(p.valueAt(QDate(2020, 5, 2), 600), 1000.0);
        QCOMPARE(p.valueAt(QDate(2020, 5, 3), 600), 2000.0);
        QCOMPARE(p.valueAt(QDate(2020, 5, 4), 600), 1000.0);
        QCOMPARE(p.valueAt(QDate(2020, 5, 1), 600), 2000.0); // before the first row wraps back
        QCOMPARE(p.valueAt(QDate(2020, 5, 2), 7.5 + 7.5 / 2), 1000.0);
        // The boundary between the rows: half way at midnight.
        QCOMPARE(p.valueAt(QDate(2020, 5, 3), 0.0), 1500.0);
    }

    void valueAtOfNothingIsZero()
    {
        FileProfile empty;
        QCOMPARE(empty.valueAt(QDate(2024, 6, 1), 720), 0.0);
        FileProfile one;
        one.days = {QList<double>(24, 5.0)};
        QCOMPARE(one.valueAt(QDate(), 720), 0.0);
        QCOMPARE(one.valueAt(QDate(2024, 6, 1), 720), 5.0);
    }

    void sampleFileInterpolates()
    {
        const Result<FileProfile> p =
            ProfileFiles::readApisSolar(TestData::path(QStringLiteral("apis-emulator/sample_solar_data.csv")));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        // 1 January 08:00 is halfway between 07:30 (136) and 08:30 (783.2).
        QCOMPARE(p->valueAt(QDate(2023, 1, 1), 8 * 60), (136.0 + 783.2) / 2);
        QCOMPARE(p->valueAt(QDate(2023, 1, 1), 2 * 60), 0.0);
    }
};

QTEST_GUILESS_MAIN(tst_ProfileFiles)
#include "tst_ProfileFiles.moc"
