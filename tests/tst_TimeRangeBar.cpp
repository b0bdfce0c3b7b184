// The shared range bar: Yesterday is the previous whole day in the site's zone; custom ranges
// are whole days, typed or picked; ◀ ▶ step the range by its own length.
#include "core/Clock.h"
#include "gui/charts/TimeRangeBar.h"

#include <QAbstractButton>
#include <QDateTimeEdit>
#include <QSignalSpy>
#include <QtTest>

namespace {

const QTimeZone kTaipei("Asia/Taipei");

QDateTime taipei(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kTaipei);
}

} // namespace

class tst_TimeRangeBar : public QObject
{
    Q_OBJECT

private:
    // 2026-07-15 14:30 in Taipei, 06:30 UTC
    TestClock m_clock{taipei(2026, 7, 15, 14, 30)};

    static QAbstractButton *button(TimeRangeBar &bar, const QString &name) { return bar.findChild<QAbstractButton *>(name); }
    static QAbstractButton *preset(TimeRangeBar &bar, TimeRange::Preset p)
    {
        return button(bar, QStringLiteral("range_%1").arg(int(p)));
    }

private slots:
    void yesterdayIsThePreviousWholeDayInTheSiteZone()
    {
        TimeRangeBar bar(m_clock, kTaipei);
        QAbstractButton *yesterday = preset(bar, TimeRange::Preset::Yesterday);
        QVERIFY(yesterday);
        QVERIFY(!yesterday->text().isEmpty());
        QSignalSpy changed(&bar, &TimeRangeBar::rangeChanged);
        yesterday->click();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bar.range().preset, TimeRange::Preset::Yesterday);
        QCOMPARE(bar.range().start, taipei(2026, 7, 14).toUTC());
        QCOMPARE(bar.range().stop, taipei(2026, 7, 15).toUTC());
        QCOMPARE(bar.range().resolution(), Duration(5, Duration::Unit::Minute));
        // 16:30 UTC on the 15th is already the 16th in Taipei: yesterday is the 15th there.
        TestClock late(QDateTime(QDate(2026, 7, 15), QTime(16, 30), Qt::UTC)); // 00:30 on the 16th in Taipei
        QCOMPARE(TimeRange::make(TimeRange::Preset::Yesterday, late.now(), kTaipei).start, taipei(2026, 7, 15).toUTC());
    }

    void aTypedDateIsTaken()
    {
        TimeRangeBar bar(m_clock, kTaipei);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        auto *from = bar.findChild<QDateTimeEdit *>(QStringLiteral("rangeFrom"));
        auto *to = bar.findChild<QDateTimeEdit *>(QStringLiteral("rangeTo"));
        QVERIFY(from && to);
        // The fields can be typed into at once: no need to press Custom first.
        QVERIFY(from->isEnabled() && from->isVisible());
        QSignalSpy changed(&bar, &TimeRangeBar::rangeChanged);
        from->setFocus();
        from->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(from, QStringLiteral("20260701")); // each full section moves on to the next
        QTest::keyClick(from, Qt::Key_Return);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(bar.range().preset, TimeRange::Preset::Custom);
        QCOMPARE(bar.range().start, taipei(2026, 7, 1).toUTC());
        // The other end stays where the range ended (today, whole).
        QCOMPARE(bar.range().stop, taipei(2026, 7, 16).toUTC());
    }

    void customRangesAreWholeDays()
    {
        TimeRangeBar bar(m_clock, kTaipei);
        preset(bar, TimeRange::Preset::Last24Hours)->click(); // 14:30 yesterday → 14:30 today
        preset(bar, TimeRange::Preset::Custom)->click();
        auto *apply = button(bar, QStringLiteral("rangeApply"));
        QVERIFY(apply);
        apply->click();
        QCOMPARE(bar.range().preset, TimeRange::Preset::Custom);
        QCOMPARE(bar.range().start, taipei(2026, 7, 14).toUTC());
        QCOMPARE(bar.range().stop, taipei(2026, 7, 16).toUTC());
        QCOMPARE(bar.range().start.toTimeZone(kTaipei).time(), QTime(0, 0));
        // A picked day range from the calendar: the 3rd to the 5th is three whole days.
        auto *from = bar.findChild<QDateTimeEdit *>(QStringLiteral("rangeFrom"));
        auto *to = bar.findChild<QDateTimeEdit *>(QStringLiteral("rangeTo"));
        from->setDate(QDate(2026, 7, 3));
        to->setDate(QDate(2026, 7, 5));
        apply->click();
        QCOMPARE(bar.range().start, taipei(2026, 7, 3).toUTC());
        QCOMPARE(bar.range().stop, taipei(2026, 7, 6).toUTC());
        QCOMPARE(bar.range().label(), QStringLiteral("2026-07-03 – 2026-07-05"));
        // The end before the start is refused and the range stays.
        to->setDate(QDate(2026, 7, 1));
        apply->click();
        QCOMPARE(bar.range().start, taipei(2026, 7, 3).toUTC());
    }

    void stepButtonsMoveTheRangeByItsLength()
    {
        TimeRangeBar bar(m_clock, kTaipei);
        QAbstractButton *back = button(bar, QStringLiteral("stepBack"));
        QAbstractButton *forward = button(bar, QStringLiteral("stepForward"));
        QVERIFY(back && forward);
        QSignalSpy steps(&bar, &TimeRangeBar::stepRequested);
        back->click();
        QCOMPARE(steps.count(), 1);
        QCOMPARE(steps.at(0).at(0).toInt(), -1);
        bar.stepRange(-1); // nothing zoomed: the range itself moves, Today → the day before
        QCOMPARE(bar.range().start, taipei(2026, 7, 14).toUTC());
        QCOMPARE(bar.range().stop, taipei(2026, 7, 15).toUTC());
        bar.stepRange(+1);
        QCOMPARE(bar.range().start, taipei(2026, 7, 15).toUTC());
        QCOMPARE(bar.range().stop, taipei(2026, 7, 16).toUTC());
        forward->click();
        QCOMPARE(steps.at(1).at(0).toInt(), 1);
    }

    void theBarKeepsItsSizeWhateverIsPicked()
    {
        TimeRangeBar bar(m_clock, kTaipei);
        bar.show();
        const QSize before = bar.sizeHint();
        preset(bar, TimeRange::Preset::Custom)->click();
        QCOMPARE(bar.sizeHint(), before);
        preset(bar, TimeRange::Preset::Last7Days)->click();
        QCOMPARE(bar.sizeHint(), before);
    }
};

QTEST_MAIN(tst_TimeRangeBar)
#include "tst_TimeRangeBar.moc"
