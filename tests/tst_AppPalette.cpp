// The app's colours keep their contrast on light and dark palettes: text drawn in an alert
// colour, and text on a filled alert.
#include "core/Clock.h"
#include "gui/charts/TimeRangeBar.h"
#include "gui/common/AppPalette.h"
#include "gui/schedule/ScheduleModel.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// A dark theme as KDE's Breeze Dark or GNOME's Adwaita-dark draw it.
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::HighlightedText, QColor(0x1a, 0x1a, 0x1a));
    return p;
}

} // namespace

class tst_AppPalette final : public QObject
{
    Q_OBJECT

private slots:
    void contrastIsWcags()
    {
        QCOMPARE(qRound(AppPalette::contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(AppPalette::contrast(Qt::white, Qt::white), 1.0);
        // #767676 on white is WCAG's smallest grey that passes AA (4.54).
        QCOMPARE(qRound(AppPalette::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    }

    void textOnAFillReads_data()
    {
        QTest::addColumn<QColor>("fill");
        QTest::newRow("light red") << QColor(0xff, 0x6b, 0x6b);
        QTest::newRow("dark red") << QColor(0xc6, 0x28, 0x28);
        QTest::newRow("amber") << QColor(0xff, 0xc1, 0x07);
        QTest::newRow("navy") << QColor(0x0f, 0x3d, 0x3e);
    }
    void textOnAFillReads()
    {
        QFETCH(QColor, fill);
        QVERIFY(AppPalette::contrast(AppPalette::textOn(fill), fill) >= 4.5);
    }

    void alertTextKeepsItsContrast_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<int>("role");
        for (const auto &[name, palette] : {std::pair{"light", lightPalette()}, std::pair{"dark", darkPalette()}}) {
            QTest::addRow("%s warning", name) << palette << int(AppPalette::Role::Warning);
            QTest::addRow("%s critical", name) << palette << int(AppPalette::Role::Critical);
        }
    }
    void alertTextKeepsItsContrast()
    {
        QFETCH(QPalette, palette);
        QFETCH(int, role);
        const QColor text = AppPalette::color(AppPalette::Role(role), palette);
        // WCAG AA for text: 4.5.
        QVERIFY(AppPalette::contrast(text, palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(AppPalette::contrast(text, palette.color(QPalette::Window)) >= 4.5);
    }

    void aWrongCustomRangeIsMarkedInThePalettesRed_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }
    void aWrongCustomRangeIsMarkedInThePalettesRed()
    {
        QFETCH(QPalette, palette);
        TestClock clock(QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        TimeRangeBar bar(clock, QTimeZone("Asia/Taipei"));
        bar.setPalette(palette);
        bar.setPreset(TimeRange::Preset::Custom);
        auto *from = bar.findChild<QDateTimeEdit *>(QStringLiteral("rangeFrom"));
        auto *to = bar.findChild<QDateTimeEdit *>(QStringLiteral("rangeTo"));
        auto *apply = bar.findChild<QPushButton *>(QStringLiteral("rangeApply"));
        QVERIFY(from && to && apply);
        from->setDateTime(QDateTime(QDate(2026, 12, 7), QTime(0, 0), QTimeZone::utc()));
        to->setDateTime(QDateTime(QDate(2026, 12, 6), QTime(0, 0), QTimeZone::utc()));
        apply->click();

        static const QRegularExpression colours(
            QStringLiteral("(?:^|;)\\s*color:\\s*(#[0-9a-fA-F]{6});\\s*background:\\s*(#[0-9a-fA-F]{6})"));
        const QRegularExpressionMatch m = colours.match(to->styleSheet());
        QVERIFY2(m.hasMatch(), qPrintable(to->styleSheet()));
        const QColor text(m.captured(1));
        const QColor fill(m.captured(2));
        QCOMPARE(fill, AppPalette::color(AppPalette::Role::Critical, palette));
        QVERIFY(AppPalette::contrast(text, fill) >= 4.5);
        QVERIFY(!to->toolTip().isEmpty());
    }

    void aUnitOverItsLimitIsMarkedInThePalettesRed_data() { aWrongCustomRangeIsMarkedInThePalettesRed_data(); }
    void aUnitOverItsLimitIsMarkedInThePalettesRed()
    {
        QFETCH(QPalette, palette);
        const QPalette before = QGuiApplication::palette();
        QGuiApplication::setPalette(palette);
        ScheduleModel model;
        model.setUnits(2, 10000.0);
        model.loadFromServer(Schedule{}, QDateTime::currentDateTimeUtc());
        model.edit({DailyWindow{17 * 3600, 2 * 3600, -30000.0, {}}}, QStringLiteral("over the limit"));
        const QColor text = model.index(0, ScheduleModel::PerUnitColumn).data(Qt::ForegroundRole).value<QBrush>().color();
        QGuiApplication::setPalette(before);
        QCOMPARE(text, AppPalette::color(AppPalette::Role::Critical, palette));
        QVERIFY(AppPalette::contrast(text, palette.color(QPalette::Base)) >= 4.5);
    }
};

QTEST_MAIN(tst_AppPalette)
#include "tst_AppPalette.moc"
