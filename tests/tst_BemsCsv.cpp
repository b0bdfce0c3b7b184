// The ABRI_BEMS 15-minute file (core/BemsCsv): written as the platform's sample writes it, read
// back to the same figures, and a bad file refused with its line and reason, within bounds.
#include "core/BemsCsv.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {

BemsCsv::Table sampleTable(QDate first, int rows)
{
    BemsCsv::Table t;
    t.amiCount = 3;
    for (int i = 0; i < rows; ++i) {
        BemsCsv::Row r;
        r.date = first.addDays(i / 96);
        r.minuteOfDay = (i % 96) * 15;
        r.amiKw = {8.0 + (i % 7) * 0.125, 12.16, 1.8 + (i % 3) * 0.001};
        r.totalLoadKw = r.amiKw.at(0) + r.amiKw.at(1) + r.amiKw.at(2);
        r.pvKw = (i % 96 >= 28 && i % 96 < 68) ? 0.5 * (i % 40) : 0.0;
        r.netLoadKw = r.totalLoadKw - r.pvKw;
        t.rows.append(r);
    }
    return t;
}

QByteArray text(const QList<QByteArray> &lines)
{
    return lines.join('\n') + '\n';
}

} // namespace

class tst_BemsCsv : public QObject
{
    Q_OBJECT

private slots:
    void writesAsThePlatformsSample()
    {
        BemsCsv::Table t;
        t.amiCount = 3;
        t.rows = {{QDate(2020, 5, 2), 0, {8, 12.16, 1.8}, 21.96, 0, 21.96},
                  {QDate(2020, 5, 2), 15, {8.5, 10.88, 2.2}, 21.58, 0, 21.58},
                  {QDate(2020, 5, 2), 30, {8.5, 11.52, 1.6}, 21.62, 0, 21.62}};
        const Result<QByteArray> written = BemsCsv::write(t);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        // The seed's example, line for line.
        QCOMPARE(*written,
                 text({"AMI_1,AMI_2,AMI_3,total_load(kW),PV_generate(kW),net_load(kW),TIME",
                       "8,12.16,1.8,21.96,0,21.96,2020/5/2 00:00", "8.5,10.88,2.2,21.58,0,21.58,2020/5/2 00:15",
                       "8.5,11.52,1.6,21.62,0,21.62,2020/5/2 00:30"}));
        QCOMPARE(BemsCsv::timeText(QDate(2025, 12, 31), 23 * 60 + 45), QStringLiteral("2025/12/31 23:45"));
        QCOMPARE(BemsCsv::timeText(QDate(2025, 1, 9), 9 * 60), QStringLiteral("2025/1/9 09:00"));
    }

    void roundTripsTheSameFigures()
    {
        const BemsCsv::Table t = sampleTable(QDate(2025, 12, 30), 3 * 96); // across a new year
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("site.csv"));
        QVERIFY(BemsCsv::save(path, t).ok());
        const Result<BemsCsv::Table> back = BemsCsv::read(path);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->amiCount, 3);
        QCOMPARE(back->rows.size(), t.rows.size());
        for (qsizetype i = 0; i < t.rows.size(); ++i) {
            const BemsCsv::Row &a = t.rows.at(i), &b = back->rows.at(i);
            QCOMPARE(b.date, a.date);
            QCOMPARE(b.minuteOfDay, a.minuteOfDay);
            for (int k = 0; k < 3; ++k)
                QVERIFY(std::abs(b.amiKw.at(k) - a.amiKw.at(k)) < 0.0005);
            QVERIFY(std::abs(b.totalLoadKw - a.totalLoadKw) < 0.0005);
            QVERIFY(std::abs(b.pvKw - a.pvKw) < 0.0005);
            QVERIFY(std::abs(b.netLoadKw - a.netLoadKw) < 0.0005);
        }
        // Figures already at the watt come back exactly, and so does a second round.
        QCOMPARE(BemsCsv::write(*back).value(), BemsCsv::write(t).value());
        QVERIFY(BemsCsv::parse(BemsCsv::write(*back).value(), QStringLiteral("again.csv")).value() == *back);
    }

    void readsWhatSpreadsheetsAndThePlatformWrite()
    {
        // A BOM, CRLF, one-digit hours and zero-padded dates, no AMI columns, a negative net load.
        const QByteArray file = "\xEF\xBB\xBF"
                                "total_load(kW),PV_generate(kW),net_load(kW),TIME\r\n"
                                "3,5,-2,2020/05/02 9:00\r\n"
                                "3.5,\"4\",-0.5,2020-5-2 09:15:00\r\n\r\n";
        const Result<BemsCsv::Table> t = BemsCsv::parse(file, QStringLiteral("x.csv"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->amiCount, 0);
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->rows.at(0).minuteOfDay, 9 * 60);
        QCOMPARE(t->rows.at(0).netLoadKw, -2.0);
        QCOMPARE(t->rows.at(1).pvKw, 4.0);
        QVERIFY(BemsCsv::isHeader(u"AMI_1,AMI_2,total_load(kW),PV_generate(kW),net_load(kW),TIME"));
        QVERIFY(!BemsCsv::isHeader(u"id,field,grid_power,inserted_at"));
        QVERIFY(!BemsCsv::isHeader(u"AMI_2,total_load(kW),PV_generate(kW),net_load(kW),TIME"));
    }

    void refusesABadFileWithLineAndReason_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QByteArray h = "AMI_1,total_load(kW),PV_generate(kW),net_load(kW),TIME";
        QTest::newRow("empty") << QByteArray("\n\n") << QStringLiteral("b.csv:1: the file is empty");
        QTest::newRow("other header") << text({"id,field,grid_power,inserted_at", "1,x,2,2020/5/2 00:00"})
                                      << QStringLiteral("b.csv:1: not a BEMS header");
        QTest::newRow("header only") << text({h}) << QStringLiteral("b.csv:2: no data rows after the header");
        QTest::newRow("few values") << text({h, "1,1,0,1,2020/5/2 00:00", "1,1,0,2020/5/2 00:15"})
                                    << QStringLiteral("b.csv:3: expected 5 values, found 4");
        QTest::newRow("not a time") << text({h, "1,1,0,1,yesterday"})
                                    << QStringLiteral(
                                           "b.csv:2: column \"TIME\": \"yesterday\" is not a time like 2020/5/2 00:15");
        QTest::newRow("no such date") << text({h, "1,1,0,1,2020/2/30 00:00"})
                                      << QStringLiteral("b.csv:2: column \"TIME\": \"2020/2/30 00:00\" is not a time");
        QTest::newRow("off the quarter") << text({h, "1,1,0,1,2020/5/2 00:07"})
                                         << QStringLiteral("b.csv:2: the time 2020/5/2 00:07 is not the start of a quarter-hour");
        QTest::newRow("gap") << text({h, "1,1,0,1,2020/5/2 00:00", "1,1,0,1,2020/5/2 00:30"})
                             << QStringLiteral("b.csv:3: gap in the data: expected 2020/5/2 00:15, found 2020/5/2 00:30");
        QTest::newRow("repeat") << text({h, "1,1,0,1,2020/5/2 00:00", "1,1,0,1,2020/5/2 00:00"})
                                << QStringLiteral("b.csv:3: the time 2020/5/2 00:00 repeats the row before");
        QTest::newRow("backwards") << text({h, "1,1,0,1,2020/5/2 00:15", "1,1,0,1,2020/5/2 00:00"})
                                   << QStringLiteral(
                                          "b.csv:3: the time 2020/5/2 00:00 is before the row before (2020/5/2 00:15)");
        QTest::newRow("not a number") << text({h, "1,x,0,1,2020/5/2 00:00"})
                                      << QStringLiteral("b.csv:2: column \"total_load(kW)\": \"x\" is not a number");
        QTest::newRow("empty value") << text({h, ",1,0,1,2020/5/2 00:00"})
                                     << QStringLiteral("b.csv:2: column \"AMI_1\": empty value");
        QTest::newRow("infinite") << text({h, "1,1e999,0,1,2020/5/2 00:00"})
                                  << QStringLiteral("b.csv:2: column \"total_load(kW)\": \"1e999\" is not a number");
        QTest::newRow("negative load") << text({h, "1,-1,0,1,2020/5/2 00:00"})
                                       << QStringLiteral("b.csv:2: column \"total_load(kW)\": negative load (-1)");
        QTest::newRow("negative PV") << text({h, "1,1,-0.5,1,2020/5/2 00:00"})
                                     << QStringLiteral("b.csv:2: column \"PV_generate(kW)\": negative PV generation (-0.5)");
    }

    void refusesABadFileWithLineAndReason()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const Result<BemsCsv::Table> t = BemsCsv::parse(content, QStringLiteral("b.csv"));
        QVERIFY(!t.ok());
        QVERIFY2(t.error().startsWith(message), qPrintable(t.error()));
    }

    void staysWithinItsBounds()
    {
        QByteArray big(BemsCsv::kMaxFileBytes + 1, '\n');
        const Result<BemsCsv::Table> huge = BemsCsv::parse(big, QStringLiteral("big.csv"));
        QVERIFY(!huge.ok());
        QVERIFY2(huge.error().contains(QStringLiteral("at most")), qPrintable(huge.error()));

        QByteArray header = "AMI_1";
        for (int i = 2; i <= BemsCsv::kMaxAmiColumns + 1; ++i)
            header += ",AMI_" + QByteArray::number(i);
        header += ",total_load(kW),PV_generate(kW),net_load(kW),TIME";
        QVERIFY(!BemsCsv::isHeader(QString::fromLatin1(header)));

        QByteArray many = "total_load(kW),PV_generate(kW),net_load(kW),TIME\n";
        const QByteArray row = "1,0,1,2020/5/2 00:00\n";
        many.reserve(many.size() + row.size() * (BemsCsv::kMaxRows + 1));
        for (qsizetype i = 0; i <= BemsCsv::kMaxRows; ++i)
            many += row;
        const Result<BemsCsv::Table> tooMany = BemsCsv::parse(many, QStringLiteral("long.csv"));
        QVERIFY(!tooMany.ok());
        QVERIFY2(tooMany.error().contains(QStringLiteral("more than %1 rows").arg(BemsCsv::kMaxRows)),
                 qPrintable(tooMany.error()));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(BemsCsv::kMaxFileBytes + 1));
        file.close();
        const Result<BemsCsv::Table> bigFile = BemsCsv::read(path);
        QVERIFY(!bigFile.ok());
        QVERIFY2(bigFile.error().startsWith(QStringLiteral("big.csv:1: the file is")), qPrintable(bigFile.error()));
    }

    void refusesToWriteWhatItCouldNotRead()
    {
        BemsCsv::Table t = sampleTable(QDate(2025, 3, 1), 4);
        t.rows[2].minuteOfDay = 50;
        QVERIFY(!BemsCsv::write(t).ok());
        t = sampleTable(QDate(2025, 3, 1), 4);
        t.rows[3].amiKw.removeLast();
        QVERIFY(BemsCsv::write(t).error().contains(QStringLiteral("2 AMI values")));
        t = sampleTable(QDate(2025, 3, 1), 4);
        t.rows.removeAt(2);
        QVERIFY(BemsCsv::write(t).error().contains(QStringLiteral("gap")));
        t = sampleTable(QDate(2025, 3, 1), 4);
        t.rows[1].pvKw = std::nan("");
        QVERIFY(!BemsCsv::write(t).ok());
    }

    // What reads is written so that it reads again: a figure too large to round to the watt
    // (fuzz_BemsCsv found 1e308 written as "inf") is written as it is.
    void writesEveryFigureItReads()
    {
        const QByteArray file = text({"total_load(kW),PV_generate(kW),net_load(kW),TIME", "1e308,0,-1.7e308,2020/5/2 00:00",
                                      "1e16,0.0005,1e16,2020/5/2 00:15"});
        const Result<BemsCsv::Table> read = BemsCsv::parse(file, QStringLiteral("huge.csv"));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        const Result<QByteArray> written = BemsCsv::write(*read);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const Result<BemsCsv::Table> again = BemsCsv::parse(*written, QStringLiteral("again.csv"));
        QVERIFY2(again.ok(), qPrintable(again.error() + QStringLiteral("\n") + QString::fromLatin1(*written)));
        QCOMPARE(again->rows.at(0).totalLoadKw, 1e308);
        QCOMPARE(again->rows.at(0).netLoadKw, -1.7e308);
        QCOMPARE(again->rows.at(1).totalLoadKw, 1e16);
        QCOMPARE(again->rows.at(1).pvKw, 0.001);

        // A year before 1000 (fuzz_BemsCsv: "0026/12/7" read, written as "26/12/7", refused)
        // keeps its four digits.
        const Result<BemsCsv::Table> early = BemsCsv::parse(
            text({"total_load(kW),PV_generate(kW),net_load(kW),TIME", "1,0,1,0026/12/7 00:00"}), QStringLiteral("early.csv"));
        QVERIFY2(early.ok(), qPrintable(early.error()));
        const Result<QByteArray> earlyText = BemsCsv::write(*early);
        QVERIFY(earlyText.ok());
        QVERIFY2(earlyText->contains("0026/12/7 00:00"), earlyText->constData());
        QVERIFY(BemsCsv::parse(*earlyText, QStringLiteral("again.csv")).ok());
    }
};

QTEST_GUILESS_MAIN(tst_BemsCsv)
#include "tst_BemsCsv.moc"
