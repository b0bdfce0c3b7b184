#include "core/ScheduleFile.h"

#include "core/CronsCodec.h"
#include "core/ScheduleTimeline.h"
#include "core/UtcTime.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace {

const QString kAegis = QStringLiteral("aegis_schedule");
const QString kImport = QStringLiteral("schedule_import");
const QString kExport = QStringLiteral("schedule_export");
const QString kFormatKey = QStringLiteral("format");
const QString kTimezone = QStringLiteral("timezone");
const QString kName = QStringLiteral("name");
const QString kWindows = QStringLiteral("windows");
const QString kTimestamp = QStringLiteral("timestamp");
const QString kToRoot = QStringLiteral("limits_to_root");
const QString kToLeaves = QStringLiteral("limits_to_leaves");
const QString kTotalPower = QStringLiteral("total_power_W");

// A schedule file is a few kilobytes; a minute-by-minute EVerest day is well under a megabyte.
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

QJsonObject entry(qint64 ms, double watts)
{
    // Efficiency 1: the site limit holds on both sides of the battery inverters.
    const QJsonObject limits{{kTotalPower, watts}};
    return QJsonObject{{kTimestamp, UtcTime::format(ms)}, {kToRoot, limits}, {kToLeaves, limits}};
}

// One step of an EVerest time series: from `ms` on, `watts` are allowed.
struct Step
{
    qint64 ms = 0;
    double watts = 0;
};

// The value in force at `ms`; before its first entry a series already holds that entry's
// value (energy.yaml: "the first entry is special as it will be active already now").
double valueAt(const QList<Step> &series, qint64 ms)
{
    if (series.isEmpty())
        return 0;
    const auto after = std::upper_bound(series.cbegin(), series.cend(), ms, [](qint64 t, const Step &s) { return t < s.ms; });
    return after == series.cbegin() ? series.constFirst().watts : std::prev(after)->watts;
}

// A stretch of constant power as seconds after local midnight: [start, stop).
struct Piece
{
    int start = 0;
    int stop = 0;
    double watts = 0;
};

int wallSecond(const QDateTime &local)
{
    return local.time().msecsSinceStartOfDay() / 1000;
}

} // namespace

QJsonArray ScheduleFile::windowsToJson(const Schedule &schedule)
{
    QJsonArray windows;
    for (const ScheduleWindow &w : schedule.windows()) {
        QJsonObject object = w.extra;
        object.insert(QStringLiteral("start_time"), w.startSecond);
        object.insert(QStringLiteral("stop_time"), w.stopSecond);
        object.insert(QStringLiteral("power"), w.powerW);
        windows.append(object);
    }
    return windows;
}

Result<Schedule> ScheduleFile::windowsFromJson(const QJsonArray &windows)
{
    // CronsCodec owns the window checks and their wording; JSON text keeps numbers exact.
    return CronsCodec::decode(QString::fromUtf8(QJsonDocument(windows).toJson(QJsonDocument::Compact)));
}

QByteArray ScheduleFile::exportJson(const Schedule &schedule, const QString &name, const QTimeZone &zone,
                                    const QDateTime &startUtc)
{
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    const QJsonObject aegis{
        {kFormatKey, kFormat}, {kTimezone, QString::fromUtf8(tz.id())}, {kName, name}, {kWindows, windowsToJson(schedule)}};

    QJsonArray imports;
    QJsonArray exports;
    if (startUtc.isValid()) {
        const qint64 fromMs = startUtc.toMSecsSinceEpoch();
        const qint64 toMs = startUtc.toTimeZone(tz).addDays(1).toMSecsSinceEpoch();
        const QList<WindowRun> runs = ScheduleTimeline(schedule, tz).upcoming(startUtc, int(schedule.size()) * 4 + 4);

        // The last entry holds "for any time after the schedule ends" (energy.yaml): end the day
        // with the value the next day starts with.
        QList<qint64> edges{fromMs, toMs};
        for (const WindowRun &run : runs) {
            for (const QDateTime &edge : {run.start, run.stop}) {
                const qint64 ms = edge.toMSecsSinceEpoch();
                if (ms > fromMs && ms < toMs)
                    edges.append(ms);
            }
        }
        std::sort(edges.begin(), edges.end());
        edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

        for (const qint64 ms : edges) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            double chargeW = 0;
            double dischargeW = 0;
            for (const WindowRun &run : runs) {
                if (!run.isRunningAt(at) || !std::isfinite(run.powerW))
                    continue;
                if (run.powerW > 0)
                    chargeW = std::max(chargeW, run.powerW);
                else
                    dischargeW = std::max(dischargeW, -run.powerW);
            }
            imports.append(entry(ms, chargeW));
            exports.append(entry(ms, dischargeW));
        }
    }

    const QJsonObject root{{kAegis, aegis}, {kImport, imports}, {kExport, exports}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

Result<ImportedSchedule> fromAegis(const QJsonValue &value)
{
    using R = Result<ImportedSchedule>;
    if (!value.isObject())
        return R::failure(
            ScheduleFile::tr("\"aegis_schedule\" must be an object, but it is %1.").arg(CronsCodec::typeName(value)));
    const QJsonObject object = value.toObject();

    if (!object.contains(kFormatKey))
        return R::failure(ScheduleFile::tr("\"aegis_schedule\" has no \"format\"."));
    const QJsonValue format = object.value(kFormatKey);
    if (!format.isDouble() || format.toDouble() != std::trunc(format.toDouble()))
        return R::failure(ScheduleFile::tr("\"aegis_schedule\": \"format\" must be a whole number, but it is %1.")
                              .arg(CronsCodec::typeName(format)));
    if (format.toDouble() > ScheduleFile::kFormat)
        return R::failure(ScheduleFile::tr("The schedule was written in format %1 by a newer AEGIS Console; "
                                           "this version reads format %2.")
                              .arg(format.toDouble())
                              .arg(ScheduleFile::kFormat));
    if (format.toDouble() < 1)
        return R::failure(ScheduleFile::tr("\"aegis_schedule\": format %1 does not exist; this version reads format %2.")
                              .arg(format.toDouble())
                              .arg(ScheduleFile::kFormat));

    ImportedSchedule imported;
    for (const QString &key : {kName, kTimezone}) {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            continue;
        if (!v.isString())
            return R::failure(
                ScheduleFile::tr("\"aegis_schedule\": \"%1\" must be text, but it is %2.").arg(key, CronsCodec::typeName(v)));
        (key == kName ? imported.name : imported.timezone) = v.toString();
    }

    if (!object.contains(kWindows))
        return R::failure(ScheduleFile::tr("\"aegis_schedule\" has no \"windows\"."));
    const QJsonValue windows = object.value(kWindows);
    if (!windows.isArray())
        return R::failure(ScheduleFile::tr("\"aegis_schedule\": \"windows\" must be an array, but it is %1.")
                              .arg(CronsCodec::typeName(windows)));
    Result<Schedule> schedule = ScheduleFile::windowsFromJson(windows.toArray());
    if (!schedule)
        return R::failure(ScheduleFile::tr("In \"aegis_schedule\": %1").arg(schedule.error()));
    imported.schedule = std::move(schedule).value();
    return imported;
}

Result<QList<Step>> readSeries(const QJsonObject &root, const QString &key)
{
    using R = Result<QList<Step>>;
    QList<Step> series;
    if (!root.contains(key))
        return series;
    const QJsonValue value = root.value(key);
    if (!value.isArray())
        return R::failure(ScheduleFile::tr("\"%1\" must be an array, but it is %2.").arg(key, CronsCodec::typeName(value)));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString number = QString::number(i + 1);
        if (!array.at(i).isObject())
            return R::failure(ScheduleFile::tr("\"%1\" entry %2 must be an object, but it is %3.")
                                  .arg(key, number, CronsCodec::typeName(array.at(i))));
        const QJsonObject item = array.at(i).toObject();

        if (!item.contains(kTimestamp))
            return R::failure(ScheduleFile::tr("\"%1\" entry %2 has no \"timestamp\".").arg(key, number));
        const QJsonValue timestamp = item.value(kTimestamp);
        const std::optional<qint64> ms = timestamp.isString() ? UtcTime::parse(timestamp.toString()) : std::nullopt;
        if (!ms)
            return R::failure(ScheduleFile::tr("\"%1\" entry %2: \"timestamp\" must be an RFC 3339 time such as "
                                               "\"2024-12-09T16:00:00Z\", but it is %3.")
                                  .arg(key, number,
                                       timestamp.isString() ? QLatin1Char('"') + timestamp.toString() + QLatin1Char('"')
                                                            : CronsCodec::typeName(timestamp)));
        if (!series.isEmpty() && *ms < series.constLast().ms)
            return R::failure(ScheduleFile::tr("\"%1\" entry %2 is earlier than the entry before it; "
                                               "the time series must be in time order.")
                                  .arg(key, number));

        if (!item.contains(kToRoot))
            return R::failure(ScheduleFile::tr("\"%1\" entry %2 has no \"limits_to_root\".").arg(key, number));
        const QJsonValue limits = item.value(kToRoot);
        if (!limits.isObject())
            return R::failure(ScheduleFile::tr("\"%1\" entry %2: \"limits_to_root\" must be an object, but it is %3.")
                                  .arg(key, number, CronsCodec::typeName(limits)));
        const QJsonValue power = limits.toObject().value(kTotalPower);
        if (power.isUndefined())
            return R::failure(ScheduleFile::tr("\"%1\" entry %2 has no \"limits_to_root\".\"total_power_W\"; "
                                               "only power limits can be read as windows.")
                                  .arg(key, number));
        if (!power.isDouble())
            return R::failure(ScheduleFile::tr("\"%1\" entry %2: \"total_power_W\" must be a number of watts, but it is %3.")
                                  .arg(key, number, CronsCodec::typeName(power)));
        if (power.toDouble() < 0)
            return R::failure(ScheduleFile::tr("\"%1\" entry %2: \"total_power_W\" must not be negative, but it is %3.")
                                  .arg(key, number, QString::number(power.toDouble())));
        series.append(Step{*ms, power.toDouble()});
    }
    return series;
}

// The first 24 hours of the series folded onto one local day: charge where import is
// allowed, discharge where export is, as wall-clock seconds in `zone`.
Result<ImportedSchedule> fromEverest(const QJsonObject &root, const QTimeZone &zone)
{
    using R = Result<ImportedSchedule>;
    const Result<QList<Step>> imports = readSeries(root, kImport);
    if (!imports)
        return R::failure(imports.error());
    const Result<QList<Step>> exports = readSeries(root, kExport);
    if (!exports)
        return R::failure(exports.error());
    if (imports->isEmpty() && exports->isEmpty())
        return R::failure(
            ScheduleFile::tr("The EVerest time series \"schedule_import\" and \"schedule_export\" hold no entries."));

    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    qint64 fromMs = std::numeric_limits<qint64>::max();
    for (const QList<Step> *series : {&*imports, &*exports}) {
        if (!series->isEmpty())
            fromMs = std::min(fromMs, series->constFirst().ms);
    }
    // One local day, as exportJson() writes: 24 hours except where daylight saving changes.
    const qint64 toMs = QDateTime::fromMSecsSinceEpoch(fromMs, tz).addDays(1).toMSecsSinceEpoch();
    QList<qint64> edges{fromMs, toMs};
    for (const QList<Step> *series : {&*imports, &*exports}) {
        for (const Step &s : *series) {
            if (s.ms > fromMs && s.ms < toMs)
                edges.append(s.ms);
        }
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

    QList<Piece> pieces;
    for (qsizetype i = 0; i + 1 < edges.size(); ++i) {
        const double chargeW = valueAt(*imports, edges.at(i));
        const double dischargeW = valueAt(*exports, edges.at(i));
        if (chargeW > 0 && dischargeW > 0)
            return R::failure(ScheduleFile::tr("At %1 both \"schedule_import\" and \"schedule_export\" allow power, "
                                               "so it is not clear whether the battery charges or discharges.")
                                  .arg(UtcTime::format(edges.at(i))));
        const double watts = chargeW > 0 ? chargeW : -dischargeW;
        if (watts == 0)
            continue;
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(edges.at(i), tz);
        // The wall clock just before the end: a window ending where the clock springs forward
        // ends at 02:00, not 03:00, and one ending at midnight ends at 86400 of its own day.
        const QDateTime justBeforeTo = QDateTime::fromMSecsSinceEpoch(edges.at(i + 1) - 1, tz);
        const int start = wallSecond(from);
        const int stop = (justBeforeTo.time().msecsSinceStartOfDay() + 1) / 1000;
        if (justBeforeTo.date() == from.date()) {
            if (start < stop)
                pieces.append(Piece{start, stop, watts});
            continue;
        }
        // Across local midnight: the evening part and the morning part (docs/aegis-api.md §7).
        pieces.append(Piece{start, ScheduleWindow::kSecondsPerDay, watts});
        if (stop > 0)
            pieces.append(Piece{0, stop, watts});
    }

    // Stretches of one power that the series cut at its entries or its start, or that a
    // repeated hour (daylight saving ends) gives twice, are one window.
    std::sort(pieces.begin(), pieces.end(), [](const Piece &a, const Piece &b) { return a.start < b.start; });
    ImportedSchedule imported;
    imported.timezone = QString::fromUtf8(tz.id());
    for (const Piece &p : pieces) {
        const qsizetype n = imported.schedule.size();
        if (n > 0) {
            const ScheduleWindow &last = imported.schedule.at(n - 1);
            if (p.start <= last.stopSecond && last.powerW == p.watts) {
                imported.schedule.replace(n - 1,
                                          ScheduleWindow{last.startSecond, std::max(last.stopSecond, p.stop), p.watts, {}});
                continue;
            }
        }
        imported.schedule.append(ScheduleWindow{p.start, p.stop, p.watts, {}});
    }
    if (imported.schedule.size() > Schedule::kMaxWindows)
        return R::failure(CronsCodec::tooManyWindows(imported.schedule.size()));
    return imported;
}

} // namespace

Result<ImportedSchedule> ScheduleFile::importJson(const QByteArray &json, const QTimeZone &zone)
{
    using R = Result<ImportedSchedule>;
    if (json.trimmed().isEmpty())
        return R::failure(tr("The file is empty."));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(
            tr("The file is not valid JSON: %1 at character %2.").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return R::failure(tr("The file must hold a JSON object, but it holds an array."));

    const QJsonObject root = doc.object();
    if (root.contains(kAegis))
        return fromAegis(root.value(kAegis));
    if (root.contains(kImport) || root.contains(kExport))
        return fromEverest(root, zone);
    return R::failure(tr("The file holds no schedule: it has neither \"aegis_schedule\" nor the EVerest "
                         "time series \"schedule_import\" and \"schedule_export\"."));
}

Result<ImportedSchedule> ScheduleFile::readFile(const QString &path, const QTimeZone &zone)
{
    using R = Result<ImportedSchedule>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot open %1: %2.").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return R::failure(tr("%1 is too large to be a schedule file (%2 bytes).").arg(path).arg(file.size()));
    const QByteArray json = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return R::failure(tr("Cannot read %1: %2.").arg(path, file.errorString()));
    R imported = importJson(json, zone);
    if (!imported)
        return R::failure(QStringLiteral("%1: %2").arg(path, imported.error()));
    return imported;
}

Result<bool> ScheduleFile::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<bool>::failure(tr("Cannot write %1: %2.").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Result<bool>::failure(tr("Cannot write %1: %2.").arg(path, reason));
    }
    if (!file.commit())
        return Result<bool>::failure(tr("Cannot write %1: %2.").arg(path, file.errorString()));
    return true;
}
