#include "gui/common/AppPalette.h"
#include "gui/overview/PowerFlowWidget.h"

#include <QRegularExpression>
#include <QtTest>
#include <cmath>

namespace {

constexpr double kNaN = PowerFlow::kUnknown;

// The demo's afternoon: PV and grid feed the building while the battery discharges.
PowerFlow afternoon()
{
    return PowerFlow{18200, 24500, 4300, -2000, 0};
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

// Pixels that differ from the widget's background: something was painted.
int paintedPixels(const QImage &image, const QColor &background)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            n += image.pixelColor(x, y) != background;
    }
    return n;
}

} // namespace

class tst_PowerFlowWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void direction_data()
    {
        using D = PowerFlowWidget::Direction;
        using N = PowerFlowWidget::Node;
        QTest::addColumn<N>("node");
        QTest::addColumn<double>("watts");
        QTest::addColumn<D>("direction");
        QTest::addColumn<QString>("text");

        QTest::newRow("solar producing") << N::Solar << 18200.0 << D::IntoBus << QStringLiteral("producing");
        QTest::newRow("grid import") << N::Grid << 4300.0 << D::IntoBus << QStringLiteral("importing");
        QTest::newRow("grid export") << N::Grid << -3000.0 << D::OutOfBus << QStringLiteral("exporting");
        QTest::newRow("battery charge") << N::Battery << 5000.0 << D::OutOfBus << QStringLiteral("charging");
        QTest::newRow("battery discharge") << N::Battery << -2000.0 << D::IntoBus << QStringLiteral("discharging");
        QTest::newRow("load") << N::Load << 24500.0 << D::OutOfBus << QStringLiteral("consuming");
        QTest::newRow("battery at rest") << N::Battery << 20.0 << D::Idle << QStringLiteral("idle");
        QTest::newRow("grid at rest, negative") << N::Grid << -49.0 << D::Idle << QStringLiteral("idle");
        QTest::newRow("unknown") << N::Grid << kNaN << D::Unknown << QString();
    }

    void direction()
    {
        QFETCH(PowerFlowWidget::Node, node);
        QFETCH(double, watts);
        QFETCH(PowerFlowWidget::Direction, direction);
        QFETCH(QString, text);
        QCOMPARE(PowerFlowWidget::direction(node, watts), direction);
        QCOMPARE(PowerFlowWidget::directionText(node, direction), text);
    }

    void describe_data()
    {
        QTest::addColumn<PowerFlow>("flow");
        QTest::addColumn<QString>("expected");

        QTest::newRow("import, discharge")
            << afternoon()
            << QStringLiteral("Solar: 18.2 kW, producing. Grid: 4.3 kW, importing. Battery: 2.0 kW, discharging. "
                              "Load: 24.5 kW, consuming.");
        QTest::newRow("export, charge") << PowerFlow{30000, 12000, -8000, 10000, 0}
                                        << QStringLiteral(
                                               "Solar: 30.0 kW, producing. Grid: 8.0 kW, exporting. Battery: 10.0 kW, charging. "
                                               "Load: 12.0 kW, consuming.");
        QTest::newRow("idle at night") << PowerFlow{
            0, 6000, 6000, 0,
            0} << QStringLiteral("Solar: 0 kW, idle. Grid: 6.0 kW, importing. Battery: 0 kW, idle. Load: 6.0 kW, consuming.");
        QTest::newRow("unknown") << PowerFlow{}
                                 << QStringLiteral("Solar: no data. Grid: no data. Battery: no data. Load: no data.");
        QTest::newRow("partly unknown") << PowerFlow{
            kNaN, 6000, 6000, kNaN,
            kNaN} << QStringLiteral("Solar: no data. Grid: 6.0 kW, importing. Battery: no data. Load: 6.0 kW, consuming.");
        QTest::newRow("generator running")
            << PowerFlow{0, 6000, 0, 0, 6000}
            << QStringLiteral("Solar: 0 kW, idle. Grid: 0 kW, idle. Battery: 0 kW, idle. Load: 6.0 kW, consuming. "
                              "Generator: 6.0 kW, producing.");
    }

    void describe()
    {
        QFETCH(PowerFlow, flow);
        QFETCH(QString, expected);
        PowerFlowWidget widget;
        widget.setFlow(flow);
        QCOMPARE(widget.describe(), expected);
        QCOMPARE(widget.accessibleDescription(), expected);
    }

    void staleSaysHowOld()
    {
        PowerFlowWidget widget;
        widget.setFlow(afternoon());
        widget.setStale(true, 300);
        QVERIFY(widget.isStale());
        QVERIFY(widget.describe().startsWith(QStringLiteral("Not current, last update 5 min ago. Solar: 18.2 kW")));
        widget.setStale(false, 0);
        QVERIFY(widget.describe().startsWith(QStringLiteral("Solar: 18.2 kW")));
    }

    void rendersAtAnySizeWithoutWarnings_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<PowerFlow>("flow");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<bool>("dark");

        const QSize minimum = PowerFlowWidget().minimumSizeHint();
        const QSize hint = PowerFlowWidget().sizeHint();
        QTest::newRow("minimum") << minimum << afternoon() << false << false;
        QTest::newRow("hint") << hint << afternoon() << false << false;
        QTest::newRow("below minimum") << QSize(120, 90) << afternoon() << false << false;
        QTest::newRow("wide") << QSize(1600, 400) << afternoon() << false << false;
        QTest::newRow("tall") << QSize(300, 1000) << afternoon() << false << false;
        QTest::newRow("large, generator") << QSize(1200, 900) << PowerFlow{0, 6000, 0, 0, 6000} << false << false;
        QTest::newRow("stale") << hint << afternoon() << true << false;
        QTest::newRow("unknown") << hint << PowerFlow{} << false << false;
        QTest::newRow("dark") << hint << afternoon() << false << true;
    }

    void rendersAtAnySizeWithoutWarnings()
    {
        QFETCH(QSize, size);
        QFETCH(PowerFlow, flow);
        QFETCH(bool, stale);
        QFETCH(bool, dark);
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));

        PowerFlowWidget widget;
        if (dark)
            widget.setPalette(darkPalette());
        widget.setFlow(flow);
        widget.setStale(stale, 300);
        widget.resize(size);
        const QImage image = widget.grab().toImage();
        QCOMPARE(image.size(), size * image.devicePixelRatio());
        QVERIFY(paintedPixels(image, widget.palette().color(QPalette::Window)) > 0);
    }

    void animatesOnlyWhilePowerFlowsAndShown()
    {
        PowerFlowWidget widget;
        widget.setFlow(afternoon());
        QVERIFY2(!widget.isAnimating(), "nothing moves before the widget is shown");
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QVERIFY(widget.isAnimating());

        widget.setFlow(PowerFlow{0, 0, 0, 0, 0});
        QVERIFY2(!widget.isAnimating(), "all values are zero");
        widget.setFlow(PowerFlow{10, 30, -20, 5, 0});
        QVERIFY2(!widget.isAnimating(), "all values are below the idle threshold");
        widget.setFlow(PowerFlow{});
        QVERIFY2(!widget.isAnimating(), "nothing is known");

        widget.setFlow(afternoon());
        QVERIFY(widget.isAnimating());
        widget.setStale(true, 600);
        QVERIFY2(!widget.isAnimating(), "stale data does not move");
        widget.setStale(false, 0);
        QVERIFY(widget.isAnimating());

        widget.hide();
        QVERIFY2(!widget.isAnimating(), "hidden");
        widget.show();
        QVERIFY(widget.isAnimating());
    }

    void hidingTheParentStopsTheAnimation()
    {
        QWidget page;
        auto *widget = new PowerFlowWidget(&page);
        widget->setFlow(afternoon());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(widget->isAnimating());
        page.hide(); // as when another tab of the main window is chosen
        QVERIFY(!widget->isAnimating());
    }

    void darkPaletteHasItsOwnColours()
    {
        const QPalette light = QPalette(QColor(0xf0, 0xf0, 0xf0));
        const QPalette dark = darkPalette();
        QVERIFY(!AppPalette::isDark(light));
        QVERIFY(AppPalette::isDark(dark));
        using Role = AppPalette::Role;
        for (const Role role : {Role::Solar, Role::Grid, Role::Battery, Role::Load}) {
            // Dark variants are lighter so that they stand out from the dark window.
            QVERIFY(AppPalette::color(role, dark).lightnessF() > AppPalette::color(role, light).lightnessF());
        }
    }
};

QTEST_MAIN(tst_PowerFlowWidget)
#include "tst_PowerFlowWidget.moc"
