#include "core/CsvWriter.h"
#include "core/NumberText.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QtTest>
#include <cmath>
#include <cstring>
#include <limits>

namespace {

QByteArray oneTextCell(const QString &text)
{
    CsvWriter csv(CsvWriter::Style::Script);
    csv.text(text);
    csv.endRow();
    return csv.take();
}

QByteArray oneNumberCell(double value)
{
    CsvWriter csv(CsvWriter::Style::Script);
    csv.number(value);
    csv.endRow();
    return csv.take();
}

} // namespace

// Fills the stack below the caller with digits, where the next call's locals will lie.
[[gnu::noinline]] void dirtyTheStack()
{
    volatile char junk[8192];
    for (char &c : const_cast<char(&)[8192]>(junk))
        c = '9';
}

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhatRfc4180Needs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringLiteral("LoadPower") << QByteArray("LoadPower\n");
        QTest::newRow("empty") << QString() << QByteArray("\n");
        QTest::newRow("space kept as is") << QStringLiteral(" a b ") << QByteArray(" a b \n");
        QTest::newRow("comma") << QStringLiteral("Load, total (W)") << QByteArray("\"Load, total (W)\"\n");
        QTest::newRow("quote doubled") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"\n");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"\n");
        QTest::newRow("LF") << QStringLiteral("line 1\nline 2") << QByteArray("\"line 1\nline 2\"\n");
        QTest::newRow("CRLF") << QStringLiteral("line 1\r\nline 2") << QByteArray("\"line 1\r\nline 2\"\n");
        QTest::newRow("UTF-8") << QStringLiteral("太陽能 (W)") << QByteArray("\xE5\xA4\xAA\xE9\x99\xBD\xE8\x83\xBD (W)\n");
        QTest::newRow("apostrophe needs nothing") << QStringLiteral("it's") << QByteArray("it's\n");
    }

    void quotesOnlyWhatRfc4180Needs()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(oneTextCell(text), expected);
    }

    void neutralisesTextThatASpreadsheetWouldRun_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("=1+1") << QStringLiteral("=1+1") << QByteArray("'=1+1\n");
        QTest::newRow("+49 phone") << QStringLiteral("+49 30 1234567") << QByteArray("'+49 30 1234567\n");
        QTest::newRow("-2 as text") << QStringLiteral("-2") << QByteArray("'-2\n");
        QTest::newRow("@SUM") << QStringLiteral("@SUM(A1:A9)") << QByteArray("'@SUM(A1:A9)\n");
        QTest::newRow("tab") << QStringLiteral("\t=cmd") << QByteArray("'\t=cmd\n");
        QTest::newRow("CR, quoted too") << QStringLiteral("\r=cmd") << QByteArray("\"'\r=cmd\"\n");
        QTest::newRow("formula with a comma")
            << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")") << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n");
        QTest::newRow("sign inside is fine") << QStringLiteral("a=b-c") << QByteArray("a=b-c\n");
        QTest::newRow("time with offset") << QStringLiteral("2024-07-03T16:57:01.303+08:00")
                                          << QByteArray("2024-07-03T16:57:01.303+08:00\n");
    }

    void neutralisesTextThatASpreadsheetWouldRun()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(oneTextCell(text), expected);
    }

    void numbersStayNumbers()
    {
        QCOMPARE(oneNumberCell(-2), QByteArray("-2\n"));
        QCOMPARE(oneNumberCell(-20000), QByteArray("-20000\n"));
        QCOMPARE(oneNumberCell(1000.5), QByteArray("1000.5\n"));
        QCOMPARE(oneNumberCell(std::nan("")), QByteArray("\n")); // a null
        CsvWriter csv(CsvWriter::Style::Script);
        csv.integer(-7).integer(4).empty().number(std::numeric_limits<double>::quiet_NaN());
        csv.endRow();
        QCOMPARE(csv.data(), QByteArray("-7,4,,\n"));
    }

    void stylesChooseTheByteOrderMarkAndLineEnds()
    {
        for (const auto style : {CsvWriter::Style::Spreadsheet, CsvWriter::Style::Script}) {
            CsvWriter csv(style);
            csv.textRow({QStringLiteral("time"), QStringLiteral("value (W)")});
            csv.text(QStringLiteral("a\nb")).number(1.5);
            csv.endRow();
            const bool sheet = style == CsvWriter::Style::Spreadsheet;
            // The line end inside a quoted cell is the cell's own; only row ends follow the style.
            const QByteArray rows =
                sheet ? QByteArray("time,value (W)\r\n\"a\nb\",1.5\r\n") : QByteArray("time,value (W)\n\"a\nb\",1.5\n");
            QCOMPARE(csv.data(), sheet ? QByteArray("\xEF\xBB\xBF") + rows : rows);
        }
        CsvWriter nothing(CsvWriter::Style::Spreadsheet);
        QCOMPARE(nothing.take(), QByteArray("\xEF\xBB\xBF"));
    }

    void numberTextIsShortestAndPlain_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("integer") << 1234567.0 << QStringLiteral("1234567");
        QTest::newRow("100 kW, not 1e+05") << 100000.0 << QStringLiteral("100000");
        QTest::newRow("discharge") << -20000.0 << QStringLiteral("-20000");
        QTest::newRow("half") << 1000.5 << QStringLiteral("1000.5");
        QTest::newRow("0.1+0.2") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
        QTest::newRow("0.1") << 0.1 << QStringLiteral("0.1");
        QTest::newRow("small, not 1e-05") << 1e-5 << QStringLiteral("0.00001");
        QTest::newRow("large, not 1e+20") << 1e20 << QStringLiteral("100000000000000000000");
        QTest::newRow("1e23 without binary noise") << 1e23 << QStringLiteral("100000000000000000000000");
        QTest::newRow("negative small") << -0.00125 << QStringLiteral("-0.00125");
        QTest::newRow("digits either side") << 123.456 << QStringLiteral("123.456");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QStringLiteral("inf");
        QTest::newRow("-infinity") << -std::numeric_limits<double>::infinity() << QStringLiteral("-inf");
        QTest::newRow("NaN is a null") << std::nan("") << QString();
    }

    void numberTextIsShortestAndPlain()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(QLocale::German)); // ',' decimals must not appear
        const QString text = NumberText::shortest(value);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(text, expected);
    }

    void numberTextReadsNothingPastItsDigits()
    {
        // Digits left on the stack by earlier work must not run into a number's exponent.
        for (const double value : {7540.65, 5067.98535156, 1e-5, 6.02e23}) {
            dirtyTheStack();
            QCOMPARE(NumberText::shortest(value).toDouble(), value);
        }
    }

    void numberTextReadsBackAsTheSameDouble()
    {
        QRandomGenerator rng(20261207);
        const double extremes[] = {std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(),
                                   std::numeric_limits<double>::min(), std::numeric_limits<double>::denorm_min(),
                                   std::numeric_limits<double>::epsilon()};
        for (const double v : extremes) {
            bool ok = false;
            QCOMPARE(NumberText::shortest(v).toDouble(&ok), v);
            QVERIFY(ok);
        }
        for (int i = 0; i < 20000; ++i) {
            // Any bit pattern that is a finite double, and everyday readings of 0.001 .. 1e6.
            quint64 bits = rng.generate64();
            double v = 0;
            std::memcpy(&v, &bits, sizeof v);
            if (!std::isfinite(v))
                continue;
            const double reading = std::round(rng.bounded(2e9) - 1e9) / 1000.0;
            for (const double x : {v, reading}) {
                const QString text = NumberText::shortest(x);
                QVERIFY2(!text.contains(u'e') && !text.contains(u'E'), qPrintable(text));
                bool ok = false;
                QCOMPARE(text.toDouble(&ok), x == 0 ? 0.0 : x);
                QVERIFY(ok);
                // Shortest: the digits of Qt's shortest text, written out without an exponent (1e23 stays 1 and zeros).
                const QString digits = QString::number(x, 'e', QLocale::FloatingPointShortest).section(u'e', 0, 0);
                QString significant = text;
                significant.remove(u'-').remove(u'.');
                while (significant.startsWith(u'0'))
                    significant.remove(0, 1);
                while (significant.endsWith(u'0'))
                    significant.chop(1);
                QString expectedDigits = digits;
                expectedDigits.remove(u'-').remove(u'.');
                while (expectedDigits.endsWith(u'0'))
                    expectedDigits.chop(1);
                QCOMPARE(significant, x == 0 ? QString() : expectedDigits);
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_CsvWriter.moc"
