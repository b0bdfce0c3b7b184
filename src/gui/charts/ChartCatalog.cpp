#include "client/DeviceQuery.h"
#include "client/DomainQuery.h"
#include "gui/charts/ChartDefinition.h"
#include "gui/common/AppPalette.h"

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
        false,
        [](const QueryResult &r, const Duration &) {
            return QList<ChartSeries>{
                fieldSeries(r, u"SolarPower", tr("Solar"), QStringLiteral("W"), roleColor(AppPalette::Role::Solar)),
                fieldSeries(r, u"LoadPower", tr("Load"), QStringLiteral("W"), roleColor(AppPalette::Role::Load)),
                fieldSeries(r, u"GridPower", tr("Grid (import +)"), QStringLiteral("W"), roleColor(AppPalette::Role::Grid)),
                fieldSeries(r, u"GenPower", tr("Generator"), QStringLiteral("W"), roleColor(AppPalette::Role::Generator))};
        })};
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
    units.series = [](const QueryResult &r, const TimeRange &) { return perDevice(r, u"BatSoC", QStringLiteral("%")); };
    return {domainChart(
                QStringLiteral("battery/site"), [] { return tr("Battery state of charge"); },
                {QStringLiteral("BatSoC"), QStringLiteral("BatRemainEnergy")}, false,
                [](const QueryResult &r, const Duration &) {
                    ChartSeries soc = fieldSeries(r, u"BatSoC", tr("State of charge"), QStringLiteral("%"),
                                                  roleColor(AppPalette::Role::Battery));
                    ChartSeries remain = fieldSeries(r, u"BatRemainEnergy", tr("Energy left"), QStringLiteral("kWh"));
                    remain.axis = ChartSeries::Axis::Right;
                    return QList<ChartSeries>{soc, remain};
                }),
            units};
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
        daily(
            QStringLiteral("solar/curtailment"), [] { return tr("Curtailment ratio (daily)"); },
            QStringLiteral("CurtailmentRatio"), [] { return tr("Curtailed"); }),
    };
}

QList<ChartDefinition> energy()
{
    return {domainChart(
        QStringLiteral("energy/site"), [] { return tr("Energy"); },
        {QStringLiteral("SolarEnergy"), QStringLiteral("LoadEnergy"), QStringLiteral("GridEnergy"),
         QStringLiteral("BatteryChargeEnergy"), QStringLiteral("BatteryDischargeEnergy")},
        true,
        [](const QueryResult &r, const Duration &window) {
            QList<ChartSeries> out{
                fieldSeries(r, u"SolarEnergy", tr("Solar"), QStringLiteral("kWh"), roleColor(AppPalette::Role::Solar),
                            ChartSeries::Kind::Bar),
                fieldSeries(r, u"LoadEnergy", tr("Load"), QStringLiteral("kWh"), roleColor(AppPalette::Role::Load),
                            ChartSeries::Kind::Bar),
                fieldSeries(r, u"GridEnergy", tr("Bought"), QStringLiteral("kWh"), roleColor(AppPalette::Role::Grid),
                            ChartSeries::Kind::Bar),
                fieldSeries(r, u"BatteryChargeEnergy", tr("Charged"), QStringLiteral("kWh"), roleColor(AppPalette::Role::Battery),
                            ChartSeries::Kind::Bar),
                fieldSeries(r, u"BatteryDischargeEnergy", tr("Discharged"), QStringLiteral("kWh"), {}, ChartSeries::Kind::Bar)};
            for (ChartSeries &s : out)
                s.window = window;
            return out;
        })};
}

QList<ChartDefinition> meters()
{
    ChartDefinition power;
    power.id = QStringLiteral("meters/buildingA");
    power.title = [] { return tr("Building A main meter (HERMES_SM000010)"); };
    power.request = [](const TimeRange &range, const ChartContext &c) {
        DeviceQuery q = deviceBase(range, c);
        q.output(u"hermes_smartmeter_data")
            .devices({u"HERMES_SM000010"})
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
    energy.request = [](const TimeRange &range, const ChartContext &c) {
        DeviceQuery q = deviceBase(range, c);
        q.output(u"hermes_smartmeter_data")
            .devices({u"HERMES_SM000010"})
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
    ChartDefinition circuits;
    circuits.id = QStringLiteral("meters/circuits");
    circuits.title = [] { return tr("Smart panel circuits of building K"); };
    circuits.request = [](const TimeRange &range, const ChartContext &c) {
        DeviceQuery q = deviceBase(range, c);
        q.output(u"hermes_smartmeter_data")
            .devices({u"HERMES_SM000001", u"HERMES_SM000002", u"HERMES_SM000003", u"HERMES_SM000004", u"HERMES_SM000005",
                      u"HERMES_SM000006", u"HERMES_SM000007", u"HERMES_SM000008", u"HERMES_SM000009"})
            .fields({u"Power"})
            .every(range.resolution())
            .timeFunction(QueryTimeFunction::Mean)
            .timeSource(QueryTimeSource::WindowStart);
        return ChartRequest{DeviceQuery::path(), q.toQuery()};
    };
    circuits.series = [](const QueryResult &r, const TimeRange &) { return perDevice(r, u"Power", QStringLiteral("W")); };
    return {power, energy, circuits};
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
    d.title = [deviceName] { return tr("Readings of %1").arg(deviceName); };
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
