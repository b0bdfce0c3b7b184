#include "client/DeviceQuery.h"
#include "client/DomainQuery.h"
#include "client/MeterRoles.h"
#include "gui/charts/ChartDefinition.h"
#include "gui/charts/SiteBalance.h"
#include "gui/common/AppPalette.h"
#include "gui/site/MeterRoleText.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartCatalog", text);
}

QColor roleColor(AppPalette::Role role)
{
    return AppPalette::color(role, QApplication::palette());
}

// The other direction of a role's flow (export beside import, discharge beside charge): the
// same hue, lighter, so the pair reads as one thing going two ways.
QColor otherWay(AppPalette::Role role)
{
    const QPalette palette = QApplication::palette();
    return AppPalette::mix(palette.color(QPalette::Base), AppPalette::color(role, palette), 0.55);
}

ChartSeries flowSeries(const QString &name, const QString &unit, TimeSeries data, QColor color, ChartSeries::Flow flow,
                       ChartSeries::Kind kind = ChartSeries::Kind::Line)
{
    ChartSeries s;
    s.name = name;
    s.unit = unit;
    s.data = std::move(data);
    s.color = color;
    s.flow = flow;
    s.kind = kind;
    s.stacked = kind == ChartSeries::Kind::Bar;
    return s;
}

// Building K's meters of a role; the queries name them before the site tree has read any Type.
QStringList metersOf(MeterRole role)
{
    return MeterRoles().metersWith(role);
}

QString meterLabel(const QString &device)
{
    return MeterRoleText::label(MeterRoles(), device);
}

// Units whose lines would lie on one another (the Pomcube units share the scheduler's power
// equally, so once their SOCs meet at a limit they move as one) are one line, said to be the same.
QList<ChartSeries> sameUnitsNamedOnce(QList<ChartSeries> units)
{
    if (units.size() < 2)
        return units;
    const TimeSeries &first = units.constFirst().data;
    for (const ChartSeries &u : std::as_const(units)) {
        if (u.data.size() != first.size())
            return units;
        for (qsizetype i = 0; i < first.size(); ++i) {
            const double a = first.value(i), b = u.data.value(i);
            if (first.time(i) != u.data.time(i) || TimeSeries::isNull(a) != TimeSeries::isNull(b) || std::abs(a - b) > 0.5)
                return units;
        }
    }
    ChartSeries same = units.constFirst();
    same.name = QCoreApplication::translate("ChartCatalog", "All %1 units (the same SOC)").arg(units.size());
    same.device.clear();
    return {same};
}

// balanceSeries() in this order: sources, then sinks.
enum BalanceSeries {
    SolarSeries,
    GridImportSeries,
    BatteryDischargeSeries,
    GeneratorSeries,
    LoadSeries,
    GridExportSeries,
    BatteryChargeSeries
};

// The site's powers as sources and sinks (docs/product.md "The energy balance").
QList<ChartSeries> balanceSeries(const QueryResult &r)
{
    using Flow = ChartSeries::Flow;
    const SiteBalance b = SiteBalance::fromPowers(r);
    const QString w = QStringLiteral("W");
    return {
        flowSeries(QCoreApplication::translate("ChartCatalog", "Solar"), w, b.solar, roleColor(AppPalette::Role::Solar),
                   Flow::Source),
        flowSeries(QCoreApplication::translate("ChartCatalog", "Grid import"), w, b.gridImport, roleColor(AppPalette::Role::Grid),
                   Flow::Source),
        flowSeries(QCoreApplication::translate("ChartCatalog", "Battery discharge"), w, b.batteryDischarge,
                   otherWay(AppPalette::Role::Battery), Flow::Source),
        flowSeries(QCoreApplication::translate("ChartCatalog", "Generator"), w, b.generator,
                   roleColor(AppPalette::Role::Generator), Flow::Source),
        flowSeries(QCoreApplication::translate("ChartCatalog", "Load"), w, b.load, roleColor(AppPalette::Role::Load), Flow::Sink),
        flowSeries(QCoreApplication::translate("ChartCatalog", "Grid export"), w, b.gridExport, otherWay(AppPalette::Role::Grid),
                   Flow::Sink),
        flowSeries(QCoreApplication::translate("ChartCatalog", "Battery charge"), w, b.batteryCharge,
                   roleColor(AppPalette::Role::Battery), Flow::Sink)};
}

DomainQuery domainBase(const TimeRange &range, const ChartContext &c)
{
    DomainQuery q = c.domainQuery();
    q.range(QueryTimeArg(range.start), QueryTimeArg(range.stop)).timezone(range.zone);
    return q;
}

DeviceQuery deviceBase(const TimeRange &range, const ChartContext &c)
{
    DeviceQuery q = c.deviceQuery();
    q.range(QueryTimeArg(range.start), QueryTimeArg(range.stop)).timezone(range.zone);
    return q;
}

// A series of one field of a reply, named for the operator.
ChartSeries fieldSeries(const QueryResult &r, QStringView field, const QString &name, const QString &unit, QColor color = {},
                        ChartSeries::Kind kind = ChartSeries::Kind::Line, QStringView device = {})
{
    ChartSeries s;
    s.name = name;
    s.unit = unit;
    s.color = color;
    s.kind = kind;
    if (const QueryTable *t = r.find(field, device))
        s.data = t->series;
    return s;
}

// One series per device of a field, named by the device.
QList<ChartSeries> perDevice(const QueryResult &r, QStringView field, const QString &unit)
{
    QList<ChartSeries> out;
    for (const QueryTable *t : r.findAll(field)) {
        ChartSeries s;
        s.name = t->deviceName();
        s.device = t->deviceName();
        s.unit = unit;
        s.data = t->series;
        out.append(s);
    }
    return out;
}

ChartDefinition domainChart(QString id, std::function<QString()> title, QStringList fields, bool energy,
                            std::function<QList<ChartSeries>(const QueryResult &, const Duration &)> make)
{
    ChartDefinition d;
    d.id = std::move(id);
    d.title = std::move(title);
    d.request = [fields, energy](const TimeRange &range, const ChartContext &c) {
        DomainQuery q = domainBase(range, c);
        q.fields(fields).every(energy ? range.energyResolution() : range.resolution()).timeSource(QueryTimeSource::WindowStart);
        if (energy)
            q.createEmpty();
        return ChartRequest{DomainQuery::path(), q.toQuery()};
    };
    d.series = [make, energy](const QueryResult &r, const TimeRange &range) {
        // Bars are as wide as the window the data was asked for.
        return make(r, energy ? range.energyResolution() : range.resolution());
    };
    return d;
}

} // namespace

namespace ChartCatalog {

QList<ChartDefinition> power()
{
    return {domainChart(
        QStringLiteral("power/site"), [] { return tr("Site power"); },
        {QStringLiteral("SolarPower"), QStringLiteral("LoadPower"), QStringLiteral("GridPower"), QStringLiteral("GenPower")},
        false, [](const QueryResult &r, const Duration &) { return balanceSeries(r); })};
}

ChartDefinition todayPower()
{
    // Four signed lines, as the power flow above it reads: the Overview has no room for the
    // seven of the Power chart and their legend.
    ChartDefinition d = power().constFirst();
    d.id = QStringLiteral("overview/todayPower");
    d.title = [] { return tr("Power today"); };
    d.series = [](const QueryResult &r, const TimeRange &) {
        const SiteBalance b = SiteBalance::fromPowers(r);
        const auto difference = [](const TimeSeries &plus, const TimeSeries &minus) {
            TimeSeries out;
            for (qsizetype i = 0; i < plus.size(); ++i)
                out.append(plus.time(i), plus.value(i) - minus.value(i));
            return out;
        };
        const QString w = QStringLiteral("W");
        return QList<ChartSeries>{
            flowSeries(tr("Solar"), w, b.solar, roleColor(AppPalette::Role::Solar), ChartSeries::Flow::None),
            flowSeries(tr("Load"), w, b.load, roleColor(AppPalette::Role::Load), ChartSeries::Flow::None),
            flowSeries(tr("Grid (import +)"), w, difference(b.gridImport, b.gridExport), roleColor(AppPalette::Role::Grid),
                       ChartSeries::Flow::None),
            flowSeries(tr("Battery (charging +)"), w, difference(b.batteryCharge, b.batteryDischarge),
                       roleColor(AppPalette::Role::Battery), ChartSeries::Flow::None)};
    };
    return d;
}

QList<ChartDefinition> battery()
{
    ChartDefinition units;
    units.id = QStringLiteral("battery/units");
    units.title = [] { return tr("State of charge of each Pomcube unit"); };
    units.request = [](const TimeRange &range, const ChartContext &c) {
        DeviceQuery q = deviceBase(range, c);
        q.output(u"pomcube_data")
            .fields({u"BatSoC"})
            .every(range.resolution())
            .timeFunction(QueryTimeFunction::Mean)
            .timeSource(QueryTimeSource::WindowStart);
        return ChartRequest{DeviceQuery::path(), q.toQuery()};
    };
    units.series = [](const QueryResult &r, const TimeRange &) {
        return sameUnitsNamedOnce(perDevice(r, u"BatSoC", QStringLiteral("%")));
    };
    ChartDefinition soc = domainChart(
        QStringLiteral("battery/site"), [] { return tr("Battery state of charge"); },
        {QStringLiteral("BatSoC"), QStringLiteral("BatRemainEnergy"), QStringLiteral("BatCapacity")}, false,
        [](const QueryResult &r, const Duration &) {
            ChartSeries soc =
                fieldSeries(r, u"BatSoC", tr("State of charge"), QStringLiteral("%"), roleColor(AppPalette::Role::Battery));
            soc.axis = ChartSeries::Axis::Left;
            ChartSeries remain = fieldSeries(r, u"BatRemainEnergy", tr("Energy left"), QStringLiteral("kWh"));
            remain.axis = ChartSeries::Axis::Right;
            return QList<ChartSeries>{soc, remain};
        });
    // The energy axis runs from 0 to the capacity, so 0–100 % and 0–capacity kWh are one scale
    // and the two lines lie on each other.
    soc.look = [](const QueryResult &r) {
        ChartLook look;
        look.left = std::pair{0.0, 100.0};
        if (const QueryTable *t = r.find(u"BatCapacity"); t && t->series.lastValue().value_or(0) > 0)
            look.right = std::pair{0.0, *t->series.lastValue()};
        return look;
    };
    ChartDefinition power = domainChart(
        QStringLiteral("battery/power"), [] { return tr("Battery power: charge and discharge of the site's batteries"); },
        {QStringLiteral("SolarPower"), QStringLiteral("LoadPower"), QStringLiteral("GridPower"), QStringLiteral("GenPower")},
        false,
        [](const QueryResult &r, const Duration &) {
            const QList<ChartSeries> all = balanceSeries(r);
            QList<ChartSeries> out{all.at(BatteryChargeSeries), all.at(BatteryDischargeSeries)};
            for (ChartSeries &s : out)
                s.kind = ChartSeries::Kind::Area;
            return out;
        });
    return {soc, power, units};
}

QList<ChartDefinition> solar()
{
    const auto daily = [](QString id, std::function<QString()> title, QString field, std::function<QString()> name) {
        ChartDefinition d;
        d.id = std::move(id);
        d.title = std::move(title);
        d.request = [field](const TimeRange &range, const ChartContext &c) {
            DomainQuery q = domainBase(range, c);
            q.fields({field}).every(Duration(1, Duration::Unit::Day)).timeSource(QueryTimeSource::WindowStart);
            return ChartRequest{DomainQuery::path(), q.toQuery()};
        };
        d.series = [field, name](const QueryResult &r, const TimeRange &) {
            ChartSeries s =
                fieldSeries(r, field, name(), QStringLiteral("%"), roleColor(AppPalette::Role::Solar), ChartSeries::Kind::Bar);
            s.window = Duration(1, Duration::Unit::Day);
            return QList<ChartSeries>{s};
        };
        return d;
    };
    ChartDefinition curtailment = daily(
        QStringLiteral("solar/curtailment"), [] { return tr("Curtailment ratio (daily)"); }, QStringLiteral("CurtailmentRatio"),
        [] { return tr("Curtailed"); });
    // A few percent on a 0–100 % scale is invisible: the axis follows the data, and a range
    // without any curtailment says so rather than showing an empty-looking plot.
    curtailment.look = [](const QueryResult &r) {
        ChartLook look;
        double top = 0;
        if (const QueryTable *t = r.find(u"CurtailmentRatio")) {
            for (const double v : t->series.values())
                top = std::isfinite(v) ? std::max(top, v) : top;
        }
        look.left = std::pair{0.0, top > 0 ? std::min(100.0, top * 1.2) : 5.0};
        if (top <= 0)
            look.message = tr("No curtailment in this range: all the solar power was used or exported.");
        return look;
    };
    return {
        domainChart(
            QStringLiteral("solar/forecast"), [] { return tr("Solar power: forecast and actual"); },
            {QStringLiteral("SolarPower"), QStringLiteral("PredictionSolarPower")}, false,
            [](const QueryResult &r, const Duration &) {
                return QList<ChartSeries>{
                    fieldSeries(r, u"SolarPower", tr("Actual"), QStringLiteral("W"), roleColor(AppPalette::Role::Solar)),
                    fieldSeries(r, u"PredictionSolarPower", tr("Forecast"), QStringLiteral("W"))};
            }),
        domainChart(
            QStringLiteral("solar/irradiance"), [] { return tr("Irradiance and the power it promises"); },
            {QStringLiteral("Irradiance"), QStringLiteral("PhotometerSolarPower"), QStringLiteral("SolarPower")}, false,
            [](const QueryResult &r, const Duration &) {
                ChartSeries irradiance = fieldSeries(r, u"Irradiance", tr("Irradiance"), QStringLiteral("W/m²"));
                irradiance.axis = ChartSeries::Axis::Right;
                return QList<ChartSeries>{
                    fieldSeries(r, u"PhotometerSolarPower", tr("Expected from the photometers"), QStringLiteral("W")),
                    fieldSeries(r, u"SolarPower", tr("Produced"), QStringLiteral("W"), roleColor(AppPalette::Role::Solar)),
                    irradiance};
            }),
        daily(
            QStringLiteral("solar/pr"), [] { return tr("Performance ratio (daily)"); }, QStringLiteral("PR"),
            [] { return tr("PR"); }),
        curtailment,
    };
}

QList<ChartDefinition> energy()
{
    ChartDefinition d = domainChart(
        QStringLiteral("energy/site"), [] { return tr("Energy: sources above zero, where it went below"); },
        {QStringLiteral("SolarEnergy"), QStringLiteral("LoadEnergy"), QStringLiteral("GridEnergy"),
         QStringLiteral("BatteryChargeEnergy"), QStringLiteral("BatteryDischargeEnergy")},
        true,
        [](const QueryResult &r, const Duration &window) {
            using Flow = ChartSeries::Flow;
            const auto bars = [&r](QStringView field, QStringView device = {}) {
                const QueryTable *t = r.find(field, device);
                return t ? t->series : TimeSeries();
            };
            const QString kWh = QStringLiteral("kWh");
            constexpr auto bar = ChartSeries::Kind::Bar;
            const QString gridMeter = metersOf(MeterRole::GridConnection).value(0);
            QList<ChartSeries> out{
                flowSeries(tr("Solar"), kWh, bars(u"SolarEnergy"), roleColor(AppPalette::Role::Solar), Flow::Source, bar),
                flowSeries(tr("Grid import"), kWh, bars(u"GridEnergy"), roleColor(AppPalette::Role::Grid), Flow::Source, bar),
                flowSeries(tr("Battery discharge"), kWh, bars(u"BatteryDischargeEnergy"), otherWay(AppPalette::Role::Battery),
                           Flow::Source, bar),
                flowSeries(tr("Load"), kWh, bars(u"LoadEnergy"), roleColor(AppPalette::Role::Load), Flow::Sink, bar),
                flowSeries(tr("Grid export"), kWh, bars(u"OutputEnergy", gridMeter), otherWay(AppPalette::Role::Grid), Flow::Sink,
                           bar),
                flowSeries(tr("Battery charge"), kWh, bars(u"BatteryChargeEnergy"), roleColor(AppPalette::Role::Battery),
                           Flow::Sink, bar)};
            for (ChartSeries &s : out)
                s.window = window;
            return out;
        });
    // The domain has import but no export energy (docs/aegis-api.md §6): the grid connection's
    // meter counts it, as OutputEnergy, summed per window from its differences.
    d.extraRequest = [](const TimeRange &range, const ChartContext &c) {
        DeviceQuery q = deviceBase(range, c);
        q.output(u"hermes_smartmeter_data")
            .devices(metersOf(MeterRole::GridConnection))
            .fields({u"OutputEnergy"})
            .differenceNonNegativeSource()
            .every(range.energyResolution())
            .timeFunction(QueryTimeFunction::Sum)
            .timeSource(QueryTimeSource::WindowStart)
            .createEmpty();
        return ChartRequest{DeviceQuery::path(), q.toQuery()};
    };
    return {d};
}

QList<ChartDefinition> meters()
{
    const QString buildingA = metersOf(MeterRole::BuildingAMain).value(0, QStringLiteral("HERMES_SM000010"));
    ChartDefinition power;
    power.id = QStringLiteral("meters/buildingA");
    power.title = [buildingA] { return meterLabel(buildingA); };
    power.request = [buildingA](const TimeRange &range, const ChartContext &c) {
        DeviceQuery q = deviceBase(range, c);
        q.output(u"hermes_smartmeter_data")
            .devices({buildingA})
            .fields({u"Active_Power"})
            .every(range.resolution())
            .timeFunction(QueryTimeFunction::Mean)
            .timeSource(QueryTimeSource::WindowStart);
        return ChartRequest{DeviceQuery::path(), q.toQuery()};
    };
    power.series = [](const QueryResult &r, const TimeRange &) {
        return QList<ChartSeries>{
            fieldSeries(r, u"Active_Power", tr("Active power"), QStringLiteral("W"), roleColor(AppPalette::Role::Load))};
    };
    ChartDefinition energy;
    energy.id = QStringLiteral("meters/buildingA/energy");
    energy.title = [] { return tr("Building A energy per day"); };
    energy.request = [buildingA](const TimeRange &range, const ChartContext &c) {
        DeviceQuery q = deviceBase(range, c);
        q.output(u"hermes_smartmeter_data")
            .devices({buildingA})
            .fields({u"InputEnergy"})
            .differenceNonNegativeSource()
            .every(Duration(1, Duration::Unit::Day))
            .timeFunction(QueryTimeFunction::Sum)
            .timeSource(QueryTimeSource::WindowStart)
            .createEmpty();
        return ChartRequest{DeviceQuery::path(), q.toQuery()};
    };
    energy.series = [](const QueryResult &r, const TimeRange &) {
        ChartSeries s = fieldSeries(r, u"InputEnergy", tr("Energy"), QStringLiteral("kWh"), roleColor(AppPalette::Role::Load),
                                    ChartSeries::Kind::Bar);
        s.window = Duration(1, Duration::Unit::Day);
        return QList<ChartSeries>{s};
    };
    // Building K's smart panel by role: what flows through the site (grid, PV, battery) apart
    // from where the building uses it, so neither chart crams nine lines.
    const auto circuits = [](QString id, std::function<QString()> title, QStringList devices) {
        ChartDefinition d;
        d.id = std::move(id);
        d.title = std::move(title);
        d.request = [devices](const TimeRange &range, const ChartContext &c) {
            DeviceQuery q = deviceBase(range, c);
            q.output(u"hermes_smartmeter_data")
                .devices(devices)
                .fields({u"Power"})
                .every(range.resolution())
                .timeFunction(QueryTimeFunction::Mean)
                .timeSource(QueryTimeSource::WindowStart);
            return ChartRequest{DeviceQuery::path(), q.toQuery()};
        };
        d.series = [](const QueryResult &r, const TimeRange &) { return perDevice(r, u"Power", QStringLiteral("W")); };
        d.minimumHeight = 380;
        return d;
    };
    const QStringList main =
        metersOf(MeterRole::GridConnection) + metersOf(MeterRole::PvStrings) + metersOf(MeterRole::BatteryCircuit);
    const QStringList loads =
        metersOf(MeterRole::AirConditioningCircuit) + metersOf(MeterRole::LightingCircuit) + metersOf(MeterRole::LoadCircuit);
    return {circuits(
                QStringLiteral("meters/circuits/main"), [] { return tr("Grid, PV and battery circuits (negative: delivered)"); },
                main),
            circuits(
                QStringLiteral("meters/circuits/loads"), [] { return tr("Building K's load circuits"); }, loads),
            power, energy};
}

QList<ChartDefinition> device(const QString &deviceName, const QString &output)
{
    struct FieldSpec
    {
        const char16_t *field;
        const char *name;
        const char *unit;
        bool right;
    };
    QList<FieldSpec> specs;
    if (output == u"pomcube_data" || output == u"hermes_ess_data")
        specs = {{u"SolarPower", QT_TRANSLATE_NOOP("ChartCatalog", "Solar"), "W", false},
                 {u"LoadPower", QT_TRANSLATE_NOOP("ChartCatalog", "Load"), "W", false},
                 {u"GridPower", QT_TRANSLATE_NOOP("ChartCatalog", "Grid (import +)"), "W", false},
                 {u"BatSoC", QT_TRANSLATE_NOOP("ChartCatalog", "State of charge"), "%", true}};
    else if (output == u"hermes_pv_inverter_data")
        specs = {{u"SolarPower", QT_TRANSLATE_NOOP("ChartCatalog", "Solar"), "W", false}};
    else if (output == u"hermes_sun_photometer_data")
        specs = {{u"Irradiance", QT_TRANSLATE_NOOP("ChartCatalog", "Irradiance"), "W/m²", false},
                 {u"Temperature", QT_TRANSLATE_NOOP("ChartCatalog", "Temperature"), "°C", true}};
    else
        specs = {{u"Active_Power", QT_TRANSLATE_NOOP("ChartCatalog", "Active power"), "W", false},
                 {u"Voltage", QT_TRANSLATE_NOOP("ChartCatalog", "Voltage"), "V", true}};
    ChartDefinition d;
    d.id = QStringLiteral("device/") + deviceName;
    d.title = [deviceName] { return tr("Readings of %1").arg(meterLabel(deviceName)); };
    d.request = [deviceName, output, specs](const TimeRange &range, const ChartContext &c) {
        QStringList fields;
        for (const FieldSpec &s : specs)
            fields.append(QString::fromUtf16(s.field));
        DeviceQuery q = deviceBase(range, c);
        q.output(output)
            .devices({deviceName})
            .fields(fields)
            .every(range.resolution())
            .timeFunction(QueryTimeFunction::Mean)
            .timeSource(QueryTimeSource::WindowStart);
        return ChartRequest{DeviceQuery::path(), q.toQuery()};
    };
    d.series = [specs](const QueryResult &r, const TimeRange &) {
        QList<ChartSeries> out;
        for (const FieldSpec &s : specs) {
            ChartSeries series = fieldSeries(r, QString::fromUtf16(s.field), tr(s.name), QString::fromUtf8(s.unit));
            series.axis = s.right ? ChartSeries::Axis::Right : ChartSeries::Axis::Left;
            out.append(series);
        }
        return out;
    };
    return {d};
}

} // namespace ChartCatalog
