#include "core/UtcTime.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QtTest>

class tst_UtcTime : public QObject
{
    Q_OBJECT

private slots:
    void formatsTheContractShape()
    {
        const qint64 ms = QDateTime(QDate(2024, 7, 3), QTime(8, 57, 1, 303), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(UtcTime::format(ms), QStringLiteral("2024-07-03T08:57:01.303Z"));
        QCOMPARE(UtcTime::format(0), QStringLiteral("1970-01-01T00:00:00.000Z"));
    }

    void agreesWithQDateTimeOverManyInstants()
    {
        QRandomGenerator rng(20241209);
        for (int i = 0; i < 20000; ++i) {
            // 1900 .. 2200, with some before the epoch
            const qint64 ms = qint64(rng.bounded(9'467'280'000.0) * 1000.0) - 2'208'988'800'000LL;
            const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
            QCOMPARE(UtcTime::format(ms), expected);
            QCOMPARE(UtcTime::parse(expected), std::optional<qint64>(ms));
        }
    }

    void parsesOffsetsAndFractions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("Z") << QStringLiteral("2024-06-26T16:00:00Z") << QDateTime(QDate(2024, 6, 26), QTime(16, 0), Qt::UTC);
        QTest::newRow("+08:00") << QStringLiteral("2024-11-25T00:00:00+08:00")
                                << QDateTime(QDate(2024, 11, 24), QTime(16, 0), Qt::UTC);
        QTest::newRow("+0800") << QStringLiteral("2024-11-25T00:00:00+0800")
                               << QDateTime(QDate(2024, 11, 24), QTime(16, 0), Qt::UTC);
        QTest::newRow("-03:30") << QStringLiteral("2024-01-01T00:00:00.5-03:30")
                                << QDateTime(QDate(2024, 1, 1), QTime(3, 30, 0, 500), Qt::UTC);
        QTest::newRow("microseconds") << QStringLiteral("2024-07-03T08:57:01.303999Z")
                                      << QDateTime(QDate(2024, 7, 3), QTime(8, 57, 1, 303), Qt::UTC);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59.999Z")
                                  << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
    }

    void parsesOffsetsAndFractions()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(UtcTime::parse(text), std::optional<qint64>(expected.toMSecsSinceEpoch()));
    }

    void rejectsMalformedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no zone") << QStringLiteral("2024-06-26T16:00:00");
        QTest::newRow("29 Feb 2023") << QStringLiteral("2023-02-29T00:00:00Z");
        QTest::newRow("hour 24") << QStringLiteral("2024-06-26T24:00:00Z");
        QTest::newRow("month 0") << QStringLiteral("2024-00-26T10:00:00Z");
        QTest::newRow("junk after") << QStringLiteral("2024-06-26T16:00:00Zx");
        QTest::newRow("empty fraction") << QStringLiteral("2024-06-26T16:00:00.Z");
        QTest::newRow("letters") << QStringLiteral("2024-06-2xT16:00:00Z");
        QTest::newRow("short offset") << QStringLiteral("2024-06-26T16:00:00+8");
    }

    void rejectsMalformedText()
    {
        QFETCH(QString, text);
        QCOMPARE(UtcTime::parse(text), std::optional<qint64>());
    }
};

QTEST_GUILESS_MAIN(tst_UtcTime)
#include "tst_UtcTime.moc"
