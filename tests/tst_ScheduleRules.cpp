#include "core/ScheduleRules.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtTest>
#include <cmath>
#include <limits>

using Rule = ScheduleViolation::Rule;
Q_DECLARE_METATYPE(ScheduleViolation::Rule)

class tst_ScheduleRules : public QObject
{
    Q_OBJECT

private slots:
    void theVendorExampleIsAccepted()
    {
        const Schedule s({{61200, 68400, -20000, {}}, {3600, 10800, 10000, {}}});
        QVERIFY(ScheduleRules().check(s).isEmpty());
    }

    void touchingWindowsAndEndOfDayAreAccepted()
    {
        const Schedule s({{0, 3600, 1000, {}}, {3600, 7200, -1000, {}}, {80000, 86400, 2000, {}}});
        const QList<ScheduleViolation> found = ScheduleRules().check(s);
        QVERIFY2(found.isEmpty(), qPrintable(ScheduleRules::describe(found)));
        QVERIFY(ScheduleRules().check(Schedule({{0, 86400, 500, {}}})).isEmpty());
    }

    void eachRuleRejectsWithItsReason_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("stop");
        QTest::addColumn<double>("power");
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<QString>("reason");
        QTest::newRow("negative start") << -60 << 3600 << 1000.0 << Rule::StartOutsideDay
                                        << QStringLiteral("starts at -00:01, outside the day");
        QTest::newRow("start at 24:00") << 86400 << 86400 << 1000.0 << Rule::StartOutsideDay
                                        << QStringLiteral("starts at 24:00, outside the day");
        QTest::newRow("stop past 24:00") << 82800 << 90000 << 1000.0 << Rule::StopOutsideDay
                                         << QStringLiteral("stops at 25:00, outside the day");
        QTest::newRow("stop at 00:00") << 0 << 0 << 1000.0 << Rule::StopOutsideDay
                                       << QStringLiteral("stops at 00:00, outside the day");
        QTest::newRow("empty") << 3600 << 3600 << 1000.0 << Rule::StartNotBeforeStop
                               << QStringLiteral("the start must come before the stop");
        QTest::newRow("reversed") << 79200 << 7200 << 1000.0 << Rule::StartNotBeforeStop
                                  << QStringLiteral("starts at 22:00 but stops at 02:00");
        QTest::newRow("zero power") << 0 << 3600 << 0.0 << Rule::ZeroPower << QStringLiteral("zero power");
        QTest::newRow("NaN power") << 0 << 3600 << std::numeric_limits<double>::quiet_NaN() << Rule::PowerNotFinite
                                   << QStringLiteral("no valid power");
        QTest::newRow("charge too high") << 0 << 3600 << 30001.0 << Rule::ChargeAboveLimit
                                         << QStringLiteral("above the site's charge limit of +30 kW");
        QTest::newRow("discharge too high") << 0 << 3600 << -45000.0 << Rule::DischargeAboveLimit
                                            << QStringLiteral("discharges at \u221245 kW, above the site's discharge limit");
    }

    void eachRuleRejectsWithItsReason()
    {
        QFETCH(int, start);
        QFETCH(int, stop);
        QFETCH(double, power);
        QFETCH(Rule, rule);
        QFETCH(QString, reason);
        const QList<ScheduleViolation> found = ScheduleRules().check(Schedule({{start, stop, power, {}}}));
        QVERIFY(!found.isEmpty());
        const auto it = std::find_if(found.cbegin(), found.cend(), [&](const ScheduleViolation &v) { return v.rule == rule; });
        QVERIFY2(it != found.cend(), qPrintable(ScheduleRules::describe(found)));
        QVERIFY2(it->reason.contains(reason), qPrintable(it->reason));
        QVERIFY2(it->reason.startsWith(QStringLiteral("Window ")), qPrintable(it->reason));
    }

    void limitsAreConfigurable()
    {
        const ScheduleRules strict({5000, 8000});
        QVERIFY(strict.check(Schedule({{0, 60, 5000, {}}, {60, 120, -8000, {}}})).isEmpty());
        const QList<ScheduleViolation> found = strict.check(Schedule({{0, 60, 5001, {}}, {60, 120, -8001, {}}}));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).rule, Rule::ChargeAboveLimit);
        QCOMPARE(found.at(0).window, 0);
        QCOMPARE(found.at(1).rule, Rule::DischargeAboveLimit);
        QCOMPARE(found.at(1).window, 1);
        QVERIFY(found.at(1).reason.contains(QStringLiteral("\u22128 kW")));
    }

    void anOverlapIsReportedOnceNamingBothWindows()
    {
        const Schedule s({{61200, 68400, -20000, {}}, {3600, 10800, 10000, {}}, {64800, 72000, -5000, {}}});
        const QList<ScheduleViolation> found = ScheduleRules().check(s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).rule, Rule::Overlap);
        QCOMPARE(found.at(0).window, 2);
        QCOMPARE(found.at(0).otherWindow, 0);
        QVERIFY2(found.at(0).reason.contains(QStringLiteral(
                     "Window 3 (18:00–20:00, \u22125 kW) overlaps window 1 (17:00–19:00, \u221220 kW) from 18:00 to 19:00")),
                 qPrintable(found.at(0).reason));
    }

    void aWindowInsideAnotherOverlaps()
    {
        const QList<ScheduleViolation> found = ScheduleRules().check(Schedule({{0, 86400, 1000, {}}, {3600, 3660, 1000, {}}}));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).rule, Rule::Overlap);
    }

    void everyViolationIsReturned()
    {
        // Out of range, zero power, an overlap and a limit all at once: the operator sees them all.
        const Schedule s({{-10, 100, 0, {}}, {50, 200, 99999, {}}, {300, 200, 5, {}}});
        const QList<ScheduleViolation> found = ScheduleRules().check(s);
        QList<Rule> rules;
        for (const ScheduleViolation &v : found)
            rules.append(v.rule);
        QVERIFY(rules.contains(Rule::StartOutsideDay));
        QVERIFY(rules.contains(Rule::ZeroPower));
        QVERIFY(rules.contains(Rule::ChargeAboveLimit));
        QVERIFY(rules.contains(Rule::Overlap));
        QVERIFY(rules.contains(Rule::StartNotBeforeStop));
        QCOMPARE(found.size(), 5);
        // Ordered by window.
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY(found.at(i - 1).window <= found.at(i).window);
        QCOMPARE(ScheduleRules::describe(found).count(QLatin1Char('\n')), 4);
    }

    void manyOverlappingWindowsGiveFewViolationsAndAShortDescription()
    {
        // Every pair of these windows shares time: naming each pair would be n²/2 reasons.
        constexpr int n = 1200;
        Schedule s;
        for (int i = 0; i < n; ++i)
            s.append({i * 10, 86400 - i * 10, 1000, {}});
        QElapsedTimer timer;
        timer.start();
        const QList<ScheduleViolation> found = ScheduleRules().check(s);
        QVERIFY2(found.size() <= 2 * n, qPrintable(QString::number(found.size())));
        QSet<qsizetype> named;
        for (const ScheduleViolation &v : found) {
            QCOMPARE(v.rule, Rule::Overlap);
            named.insert(v.window);
            named.insert(v.otherWindow);
        }
        QCOMPARE(named.size(), n); // every window that shares time is named
        const QString text = ScheduleRules::describe(found);
        QCOMPARE(text.count(QLatin1Char('\n')), int(ScheduleRules::kMaxDescribed));
        QVERIFY2(text.endsWith(QStringLiteral("… and %1 more.").arg(found.size() - ScheduleRules::kMaxDescribed)),
                 qPrintable(text.right(80)));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void overlapsAreFoundWhateverTheOrder()
    {
        // Sorted by start: 01:00–05:00, 02:00–03:00, 04:00–06:00. The last overlaps the first only.
        const Schedule s({{7200, 10800, 1000, {}}, {14400, 21600, 1000, {}}, {3600, 18000, 1000, {}}});
        const QList<ScheduleViolation> found = ScheduleRules().check(s);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).window, 2);
        QCOMPARE(found.at(0).otherWindow, 0);
        QCOMPARE(found.at(1).window, 2);
        QCOMPARE(found.at(1).otherWindow, 1);
        QVERIFY2(found.at(1).reason.startsWith(QStringLiteral("Window 3 (01:00–05:00, +1 kW) overlaps window 2")),
                 qPrintable(found.at(1).reason));
    }

    void aFewViolationsAreDescribedInFull()
    {
        Schedule s;
        for (int i = 0; i < int(ScheduleRules::kMaxDescribed); ++i)
            s.append({i * 3600, i * 3600 + 60, 0, {}});
        const QList<ScheduleViolation> found = ScheduleRules().check(s);
        QCOMPARE(found.size(), ScheduleRules::kMaxDescribed);
        QVERIFY(!ScheduleRules::describe(found).contains(QStringLiteral("more")));
    }

    void aSplitMidnightWindowIsValid()
    {
        Schedule s;
        for (const ScheduleWindow &w : ScheduleWindow::fromStartAndDuration(22 * 3600, 4 * 3600, -5000))
            s.append(w);
        QVERIFY(ScheduleRules().check(s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleRules)
#include "tst_ScheduleRules.moc"
