// The whole energy balance against the in-process emulator at a sunny noon: the Power chart and
// the daily energy bars add up at every hover, grid export shows on the bars and the Overview,
// the battery's energy axis matches its SOC axis, a zero generator takes no legend slot, and the
// meters carry their roles.
#include "core/Clock.h"
#include "gui/MainWindow.h"
#include "gui/charts/ChartDefinition.h"
#include "gui/charts/ChartPage.h"
#include "gui/charts/ChartPanel.h"
#include "gui/charts/TimeRangeBar.h"
#include "gui/overview/EnergyTile.h"
#include "gui/overview/OverviewPage.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/site/SiteTreeFeed.h"
#include "gui/site/SiteTreeModel.h"
#include "gui/timechart/SeriesReadout.h"
#include "gui/timechart/TimeChart.h"
#include "support/SimFixture.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

namespace {

const QStringList kSources{QStringLiteral("Solar"), QStringLiteral("Grid import"), QStringLiteral("Battery discharge"),
                           QStringLiteral("Generator")};
const QStringList kSinks{QStringLiteral("Load"), QStringLiteral("Grid export"), QStringLiteral("Battery charge")};

struct Balance
{
    double in = 0;
    double out = 0;
    int terms = 0;
};

// What a hover at `ms` reads, summed over sources and sinks by their names.
Balance balanceAt(const QList<ChartSeries> &series, qint64 ms)
{
    Balance b;
    for (const SeriesReadout::Line &line : SeriesReadout::at(series, {}, ms)) {
        if (!std::isfinite(line.value))
            continue;
        if (kSources.contains(line.name)) {
            b.in += line.value;
            ++b.terms;
        } else if (kSinks.contains(line.name)) {
            b.out += line.value;
            ++b.terms;
        }
    }
    return b;
}

int indexOf(const QList<ChartSeries> &series, const QString &name)
{
    for (int i = 0; i < series.size(); ++i) {
        if (series.at(i).name == name)
            return i;
    }
    return -1;
}

QValueAxis *axisAt(TimeChart *chart, Qt::Alignment side)
{
    const QList<QAbstractAxis *> axes = chart->chart()->axes(Qt::Vertical);
    for (QAbstractAxis *a : axes) {
        if (a->alignment() == side)
            return qobject_cast<QValueAxis *>(a);
    }
    return nullptr;
}

} // namespace

class tst_EnergyBalance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<SiteSettings> m_settings;
    std::unique_ptr<SiteConnection> m_connection;
    std::unique_ptr<MainWindow> m_window;

    ChartPanel *panel(const QString &page, const QString &id)
    {
        for (ChartPanel *p : m_window->chartPage(page)->panels()) {
            if (p->definition().id == id)
                return p;
        }
        return nullptr;
    }

    void selectTab(const QString &objectName)
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            // Pages that scroll sit in a scroll area named after them.
            const QString name = tabs->widget(i)->objectName();
            if (name == objectName || name == objectName + QStringLiteral("Scroll")) {
                tabs->setCurrentIndex(i);
                return;
            }
        }
        QFAIL("no such tab");
    }

    void pickRange(TimeRange::Preset preset)
    {
        auto *button = m_window->rangeBar()->findChild<QAbstractButton *>(QStringLiteral("range_%1").arg(int(preset)));
        QVERIFY(button);
        button->click();
    }

    // Waits for a panel's data of the range on show.
    bool waitForData(ChartPanel *p)
    {
        return p
            && QTest::qWaitFor(
                   [&] {
                       return p->lastFetch().isValid() && p->range() == m_window->rangeBar()->range() && !p->series().isEmpty()
                           && !p->series().constFirst().data.isEmpty();
                   },
                   20'000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A sunny spring noon on a weekday: the site exports, the morning charge is done.
        SimOptions options = SimFixture::testOptions();
        options.startMs = QDateTime(QDate(2026, 4, 15), QTime(12, 30), QTimeZone("Asia/Taipei")).toMSecsSinceEpoch();
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_settings = std::make_unique<SiteSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_connection = std::make_unique<SiteConnection>(*m_settings, nullptr);
        m_connection->setDemo(true);
        m_connection->setBaseUrl(m_sim->baseUrl());
        m_window = std::make_unique<MainWindow>(*m_connection, m_sim->clock());
        m_window->resize(1280, 800);
        m_window->show();
        bool loggedIn = false;
        m_connection->logIn(m_sim->user(), m_sim->password(), false, this, [&](const ApiError &e) { loggedIn = !e.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return loggedIn; }, 10'000));
        m_window->start();
    }

    void thePowerChartAddsUpAtEveryHover()
    {
        selectTab(QStringLiteral("powerPage"));
        pickRange(TimeRange::Preset::Last7Days);
        ChartPanel *power = panel(QStringLiteral("power"), QStringLiteral("power/site"));
        QVERIFY(waitForData(power));
        const QList<ChartSeries> &series = power->chart()->series();
        QVERIFY(indexOf(series, QStringLiteral("Battery charge")) >= 0);
        QVERIFY(indexOf(series, QStringLiteral("Battery discharge")) >= 0);
        QVERIFY(indexOf(series, QStringLiteral("Grid export")) >= 0);
        const TimeSeries &solar = series.at(indexOf(series, QStringLiteral("Solar"))).data;
        int checked = 0;
        for (qsizetype i = 0; i < solar.size(); ++i) {
            const qint64 t = solar.time(i) + 1;
            const Balance b = balanceAt(series, t);
            if (b.terms < 4)
                continue;
            QVERIFY2(std::abs(b.in - b.out) <= 0.01 * std::max(b.in, b.out) + 1.0,
                     qPrintable(QStringLiteral("at %1: in %2 W, out %3 W\n%4")
                                    .arg(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate))
                                    .arg(b.in)
                                    .arg(b.out)
                                    .arg(power->chart()->readoutText(t))));
            ++checked;
        }
        QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
        // The read-out says it too.
        const QString text = power->chart()->readoutText(solar.time(solar.size() / 2) + 1);
        QVERIFY2(text.contains(QStringLiteral(" = out ")), qPrintable(text));
    }

    void theBatteryTabShowsChargeAndDischargePower()
    {
        selectTab(QStringLiteral("batteryPage"));
        ChartPanel *battery = panel(QStringLiteral("battery"), QStringLiteral("battery/power"));
        QVERIFY(waitForData(battery));
        const QList<ChartSeries> &series = battery->chart()->series();
        const int charge = indexOf(series, QStringLiteral("Battery charge"));
        const int discharge = indexOf(series, QStringLiteral("Battery discharge"));
        QVERIFY(charge >= 0 && discharge >= 0);
        // The scheduler charges at 10 kW from 01:00 and discharges at 20 kW from 17:00 every day
        // (the chart pages show power in kW).
        QCOMPARE(series.at(charge).unit, QStringLiteral("kW"));
        QVERIFY2(series.at(charge).data.valueRange()->max > 5,
                 qPrintable(QString::number(series.at(charge).data.valueRange()->max)));
        QVERIFY2(series.at(discharge).data.valueRange()->max > 10,
                 qPrintable(QString::number(series.at(discharge).data.valueRange()->max)));
    }

    void theEnergyBarsAddUpEveryDayAndShowExport()
    {
        selectTab(QStringLiteral("energyPage"));
        pickRange(TimeRange::Preset::Last7Days);
        ChartPanel *energy = panel(QStringLiteral("energy"), QStringLiteral("energy/site"));
        QVERIFY(waitForData(energy));
        const QList<ChartSeries> &series = energy->chart()->series();
        const int exportIndex = indexOf(series, QStringLiteral("Grid export"));
        QVERIFY2(exportIndex >= 0, qPrintable(energy->chart()->readoutText(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(series.at(exportIndex).stacked);
        QCOMPARE(series.at(exportIndex).flow, ChartSeries::Flow::Sink);
        const TimeSeries &solar = series.at(indexOf(series, QStringLiteral("Solar"))).data;
        int days = 0;
        for (qsizetype i = 0; i < solar.size(); ++i) {
            const qint64 t = solar.time(i) + 6 * 3'600'000;
            const Balance b = balanceAt(series, t);
            if (b.terms < 6 || b.in < 1)
                continue;
            QVERIFY2(std::abs(b.in - b.out) <= 0.01 * std::max(b.in, b.out),
                     qPrintable(
                         QStringLiteral("in %1 kWh, out %2 kWh\n%3").arg(b.in).arg(b.out).arg(energy->chart()->readoutText(t))));
            ++days;
        }
        QVERIFY2(days >= 6, qPrintable(QString::number(days)));
        // Today's bar has export: the site sends its noon surplus to the grid.
        QVERIFY(series.at(exportIndex).data.lastValue().value_or(0) > 1);
        QVERIFY2(energy->chart()->readoutText(solar.lastTime() + 1).contains(QStringLiteral(" = out ")),
                 qPrintable(energy->chart()->readoutText(solar.lastTime() + 1)));
    }

    void theOverviewShowsTodaysExportSelfConsumptionAndPower()
    {
        selectTab(QStringLiteral("overviewPage"));
        m_window->refreshNow();
        auto *exported = m_window->overview()->findChild<EnergyTile *>(QStringLiteral("exportToday"));
        QVERIFY(exported);
        QVERIFY(QTest::qWaitFor([&] { return exported->value() > 1; }, 15'000));
        auto *selfUse = m_window->overview()->findChild<EnergyTile *>(QStringLiteral("selfConsumptionToday"));
        QVERIFY(selfUse);
        QVERIFY2(selfUse->valueText().contains(QStringLiteral("%")), qPrintable(selfUse->valueText()));
        const OverviewSnapshot &s = m_window->overview()->feed().snapshot();
        QVERIFY(s.selfConsumptionPercent() > 0 && s.selfConsumptionPercent() < 100);
        auto *today = m_window->overview()->findChild<TimeChart *>(QStringLiteral("todayPower"));
        QVERIFY(today);
        QVERIFY(
            QTest::qWaitFor([&] { return today->series().size() >= 4 && !today->series().constFirst().data.isEmpty(); }, 15'000));
        QStringList names;
        for (const ChartSeries &c : today->series())
            names << c.name;
        for (const QString &name : {QStringLiteral("Solar"), QStringLiteral("Load")})
            QVERIFY2(names.contains(name), qPrintable(names.join(u',')));
        QVERIFY2(names.contains(QStringLiteral("Battery (charging +)")) && names.contains(QStringLiteral("Grid (import +)")),
                 qPrintable(names.join(u',')));
        // Grid is signed: the site imported in the night and exports at noon; the battery charged.
        for (const ChartSeries &c : today->series()) {
            if (c.name.startsWith(QStringLiteral("Grid")))
                QVERIFY2(c.data.valueRange()->min < 0 && c.data.valueRange()->max > 0, qPrintable(c.name));
            if (c.name.startsWith(QStringLiteral("Battery")))
                QVERIFY2(c.data.valueRange()->max > 5, qPrintable(c.name + QLatin1Char(' ') + c.unit)); // kW
        }
        // Today, from local midnight.
        const QDateTime midnight =
            m_sim->clock().now().toTimeZone(QTimeZone("Asia/Taipei")).date().startOfDay(QTimeZone("Asia/Taipei"));
        QCOMPARE(today->fullRange().fromMs, midnight.toMSecsSinceEpoch());
        QVERIFY(m_window->overview()->minimumSizeHint().height() <= 720);
    }

    void theEnergyAxisOfTheBatteryMatchesItsSocAxis()
    {
        selectTab(QStringLiteral("batteryPage"));
        ChartPanel *battery = panel(QStringLiteral("battery"), QStringLiteral("battery/site"));
        QVERIFY(waitForData(battery));
        QValueAxis *left = axisAt(battery->chart(), Qt::AlignLeft);
        QValueAxis *right = axisAt(battery->chart(), Qt::AlignRight);
        QVERIFY(left && right && right->isVisible());
        QCOMPARE(left->min(), 0.0);
        QCOMPARE(left->max(), 100.0);
        QCOMPARE(right->min(), 0.0);
        // 100 % is the capacity: 69 kWh of the three Pomcube units.
        QVERIFY2(std::abs(right->max() - 69.0) < 0.5, qPrintable(QString::number(right->max())));
        const QList<ChartSeries> &series = battery->chart()->series();
        const double soc = series.at(0).data.lastValue().value_or(-1);
        const double kWh = series.at(1).data.lastValue().value_or(-1);
        QVERIFY2(std::abs(soc / 100.0 - kWh / right->max()) < 0.01, qPrintable(QStringLiteral("%1 % %2 kWh").arg(soc).arg(kWh)));
    }

    void aZeroGeneratorTakesNoLegendSlot()
    {
        selectTab(QStringLiteral("powerPage"));
        ChartPanel *power = panel(QStringLiteral("power"), QStringLiteral("power/site"));
        QVERIFY(waitForData(power));
        const int generator = indexOf(power->chart()->series(), QStringLiteral("Generator"));
        if (generator >= 0)
            QVERIFY(power->chart()->legendEntryRect(generator).isEmpty());
        QVERIFY2(power->chart()->legendNote().contains(QStringLiteral("Generator")), qPrintable(power->chart()->legendNote()));
        QVERIFY(!power->chart()->legendEntryRect(indexOf(power->chart()->series(), QStringLiteral("Solar"))).isEmpty());
    }

    void theMetersShowTheirRoles()
    {
        // The site tree: roles next to the IDs, learned from the meters' Type.
        const auto typeText = [&](const char *device) {
            return m_window->siteTree()
                ->indexOfDevice(QString::fromLatin1(device))
                .siblingAtColumn(SiteTreeModel::TypeColumn)
                .data()
                .toString();
        };
        QVERIFY(QTest::qWaitFor([&] { return typeText("HERMES_SM000001").contains(QStringLiteral("grid connection")); }, 15'000));
        QVERIFY2(typeText("HERMES_SM000003").contains(QStringLiteral("battery circuit")),
                 qPrintable(typeText("HERMES_SM000003")));
        QVERIFY2(typeText("HERMES_SM000002").contains(QStringLiteral("PV strings")), qPrintable(typeText("HERMES_SM000002")));
        QVERIFY2(typeText("HERMES_SM000010").contains(QStringLiteral("building A main meter")),
                 qPrintable(typeText("HERMES_SM000010")));
        QVERIFY2(typeText("HERMES_SM000004").contains(QStringLiteral("air conditioning")),
                 qPrintable(typeText("HERMES_SM000004")));

        selectTab(QStringLiteral("metersPage"));
        ChartPanel *buildingA = panel(QStringLiteral("meters"), QStringLiteral("meters/buildingA"));
        QVERIFY(buildingA);
        QVERIFY2(buildingA->title().contains(QStringLiteral("building A main meter (HERMES_SM000010)")),
                 qPrintable(buildingA->title()));
        // The circuits by role: the grid, PV and battery circuits apart from the load circuits.
        ChartPanel *main = panel(QStringLiteral("meters"), QStringLiteral("meters/circuits/main"));
        QVERIFY(waitForData(main));
        QStringList names;
        for (const ChartSeries &c : main->chart()->series())
            names << c.name;
        QVERIFY2(names.contains(QStringLiteral("Ma1 · grid connection (HERMES_SM000001)")), qPrintable(names.join(u'\n')));
        QVERIFY2(names.contains(QStringLiteral("Ma3 · battery circuit (HERMES_SM000003)")), qPrintable(names.join(u'\n')));
        ChartPanel *loads = panel(QStringLiteral("meters"), QStringLiteral("meters/circuits/loads"));
        QVERIFY(waitForData(loads));
        QCOMPARE(loads->chart()->series().size(), 6);
        // Room for six lines and a legend of three rows: the plot keeps more than half the chart.
        QVERIFY2(loads->chart()->height() >= 360, qPrintable(QString::number(loads->chart()->height())));
        QVERIFY(main->chart()->height() >= 360);
    }

    void curtailmentIsScaledToItsDataAndSaysWhenThereIsNone()
    {
        ChartDefinition curtailment;
        for (const ChartDefinition &d : ChartCatalog::solar()) {
            if (d.id == u"solar/curtailment")
                curtailment = d;
        }
        QVERIFY(curtailment.look);
        const auto reply = [](QList<double> values) {
            QueryTable t;
            t.field = QStringLiteral("CurtailmentRatio");
            for (qsizetype i = 0; i < values.size(); ++i)
                t.series.append(i * 86'400'000, values.at(i));
            QueryResult r;
            r.tables.append(t);
            return r;
        };
        const ChartLook none = curtailment.look(reply({0, 0, 0}));
        QVERIFY2(none.message.contains(QStringLiteral("No curtailment")), qPrintable(none.message));
        const ChartLook some = curtailment.look(reply({0, 2.5, 1}));
        QVERIFY(some.message.isEmpty());
        QVERIFY(some.left && some.left->second >= 2.5 && some.left->second < 10);
    }

    void theRolesComeFromTheMetersTypeReadings()
    {
        SiteTreeFeed feed(*m_connection);
        QSignalSpy read(&feed, &SiteTreeFeed::meterTypeRead);
        feed.refresh();
        QVERIFY(QTest::qWaitFor([&] { return read.count() >= 10; }, 15'000));
        QMap<QString, QString> types;
        for (const QList<QVariant> &args : read)
            types.insert(args.at(0).toString(), args.at(1).toString());
        QCOMPARE(types.value(QStringLiteral("HERMES_SM000001")), QStringLiteral("Grid"));
        QCOMPARE(types.value(QStringLiteral("HERMES_SM000003")), QStringLiteral("Battery"));
        QCOMPARE(types.value(QStringLiteral("HERMES_SM000010")), QStringLiteral("Grid"));
        QCOMPARE(m_connection->meterRoles().role(QStringLiteral("HERMES_SM000010")), MeterRole::BuildingAMain);
        // A Type read later changes the role the tree shows.
        m_window->siteTree()->setMeterType(QStringLiteral("HERMES_SM000009"), QStringLiteral("Lighting"));
        const QString ba9 = m_window->siteTree()
                                ->indexOfDevice(QStringLiteral("HERMES_SM000009"))
                                .siblingAtColumn(SiteTreeModel::TypeColumn)
                                .data()
                                .toString();
        QVERIFY2(ba9.contains(QStringLiteral("lighting circuit")), qPrintable(ba9));
    }

    void theBatteryCircuitsMeterAgreesWithTheBalance()
    {
        // The battery power is the residual of the site's powers; the battery circuit's meter
        // measures it: the two agree (docs/product.md "The energy balance").
        selectTab(QStringLiteral("metersPage"));
        pickRange(TimeRange::Preset::Last24Hours);
        ChartPanel *main = panel(QStringLiteral("meters"), QStringLiteral("meters/circuits/main"));
        QVERIFY(waitForData(main));
        selectTab(QStringLiteral("batteryPage"));
        ChartPanel *battery = panel(QStringLiteral("battery"), QStringLiteral("battery/power"));
        QVERIFY(waitForData(battery));
        const QList<ChartSeries> &meters = main->chart()->series();
        const int ma3 = indexOf(meters, QStringLiteral("Ma3 · battery circuit (HERMES_SM000003)"));
        QVERIFY(ma3 >= 0);
        const TimeSeries &measured = meters.at(ma3).data;
        const TimeSeries &charge = battery->chart()->series().at(0).data;
        const TimeSeries &discharge = battery->chart()->series().at(1).data;
        int compared = 0;
        for (qsizetype i = 0; i < charge.size(); ++i) {
            const qsizetype j = SeriesReadout::pointAt(measured, charge.time(i));
            if (j < 0 || measured.time(j) != charge.time(i) || charge.isNullAt(i) || measured.isNullAt(j))
                continue;
            const double residual = charge.value(i) - discharge.value(i);
            QVERIFY2(std::abs(residual - measured.value(j)) <= 0.01 * std::abs(measured.value(j)) + 50,
                     qPrintable(QStringLiteral("%1 W against %2 W").arg(residual).arg(measured.value(j))));
            ++compared;
        }
        QVERIFY2(compared > 20, qPrintable(QString::number(compared)));
    }
};

QTEST_MAIN(tst_EnergyBalance)
#include "tst_EnergyBalance.moc"
