#include "core/SocProjection.h"

#include "core/ScheduleTimeline.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;
// Readings further apart than this are a gap, not something to interpolate across.
constexpr qint64 kMaxGapMs = kHourMs;
// Less than this is the rounding of the limit instant to a millisecond, not a shortfall.
constexpr double kMinShortfallKWh = 0.01;
constexpr int kDefaultStepSeconds = 300;

// Linear between the two readings around t; null outside the series, across a gap or a null.
double valueAt(const TimeSeries &series, qint64 t)
{
    const qsizetype i = series.lowerBound(t);
    if (i < series.size() && series.time(i) == t)
        return series.value(i);
    if (i == 0 || i == series.size())
        return TimeSeries::null();
    const qint64 t0 = series.time(i - 1);
    const qint64 t1 = series.time(i);
    if (t1 - t0 > kMaxGapMs)
        return TimeSeries::null();
    const double f = double(t - t0) / double(t1 - t0);
    return series.value(i - 1) + f * (series.value(i) - series.value(i - 1));
}

// The same time of day yesterday, else the day before (a gap or a day not yet loaded).
double loadAt(const TimeSeries &recent, qint64 t)
{
    const double yesterday = valueAt(recent, t - kDayMs);
    return TimeSeries::isNull(yesterday) ? valueAt(recent, t - 2 * kDayMs) : yesterday;
}

bool isPositive(double v)
{
    return std::isfinite(v) && v > 0;
}

bool canProject(const ProjectionInput &input)
{
    const BatteryModel &b = input.battery;
    return input.now.isValid() && std::isfinite(input.socPercent) && isPositive(b.capacityKWh) && isPositive(b.chargeEfficiency)
        && isPositive(b.dischargeEfficiency);
}

// The window a run comes from; for the midnight pair the evening part (what the operator sees
// as the one window).
qsizetype windowIndex(const Schedule &schedule, const WindowRun &run)
{
    for (qsizetype i = 0; i < schedule.size(); ++i) {
        const ScheduleWindow &w = schedule.at(i);
        if (w.startSecond != run.startSecond || w.powerW != run.powerW)
            continue;
        const std::optional<Schedule::MidnightPair> pair = schedule.midnightPair();
        return pair && i == pair->morning ? pair->evening : i;
    }
    return -1;
}

// One run inside the horizon and what it did not get.
struct Run
{
    WindowRun run;
    qsizetype window = -1;
    double powerW = 0; // the window's power within the battery's power limits
    double missingWh = 0;
    std::optional<qint64> limitFromMs;
};

// Walks SOC through the step edges, the way SiteModel::simulateStep moves the units.
class Integrator final
{
public:
    Integrator(const ProjectionInput &input, QList<Run> runs)
        : m_input(input)
        , m_battery(input.battery)
        , m_capacityWh(input.battery.capacityKWh * 1000.0)
        , m_soc(std::clamp(input.socPercent, 0.0, 100.0))
        , m_runs(std::move(runs))
    {
    }

    void walk(const QList<qint64> &edges)
    {
        for (qsizetype i = 0; i + 1 < edges.size(); ++i)
            advance(edges.at(i), edges.at(i + 1), runAt(edges.at(i)));
        const qint64 end = edges.constLast();
        const Run *last = runAt(end);
        emitPoint(end, last && !atLimit(last->powerW) ? last->powerW : 0.0);
    }

    SocProjectionResult result() const
    {
        SocProjectionResult result = m_result;
        for (const Run &r : m_runs) {
            if (!r.limitFromMs || r.missingWh / 1000.0 < kMinShortfallKWh)
                continue;
            ProjectionWarning w;
            w.kind = r.powerW > 0 ? ProjectionWarning::Kind::Full : ProjectionWarning::Kind::Empty;
            w.window = r.window;
            w.windowStart = r.run.start;
            w.windowStop = r.run.stop;
            w.from = QDateTime::fromMSecsSinceEpoch(*r.limitFromMs, Qt::UTC);
            w.missingKWh = r.missingWh / 1000.0;
            w.startSecond = r.run.startSecond;
            w.stopSecond = r.run.stopSecond;
            w.powerW = r.run.powerW;
            result.warnings.append(w);
        }
        return result;
    }

private:
    Run *runAt(qint64 t)
    {
        for (Run &r : m_runs) {
            if (r.run.start.toMSecsSinceEpoch() <= t && t < r.run.stop.toMSecsSinceEpoch())
                return &r;
        }
        return nullptr;
    }

    double limitFor(double powerW) const { return powerW > 0 ? m_battery.socMaxPercent : m_battery.socMinPercent; }
    bool atLimit(double powerW) const { return powerW > 0 ? m_soc >= m_battery.socMaxPercent : m_soc <= m_battery.socMinPercent; }

    // [a, b) lies inside one run or between runs: edges include every run edge.
    void advance(qint64 a, qint64 b, Run *run)
    {
        const double p = run ? run->powerW : 0.0;
        if (p == 0) {
            emitPoint(a, 0.0);
            return;
        }
        if (atLimit(p)) {
            holdAtLimit(a, b, *run);
            return;
        }
        // Power into the cells: losses on the way in, and on the way out.
        const double cellsW = p > 0 ? p * m_battery.chargeEfficiency : p / m_battery.dischargeEfficiency;
        const double limit = limitFor(p);
        const double toLimitWh = (limit - m_soc) / 100.0 * m_capacityWh; // same sign as cellsW
        const double hitMs = double(a) + toLimitWh / cellsW * double(kHourMs);
        if (hitMs >= double(b)) {
            emitPoint(a, p);
            m_soc += cellsW * double(b - a) / double(kHourMs) / m_capacityWh * 100.0;
            m_soc = p > 0 ? std::min(m_soc, limit) : std::max(m_soc, limit);
            return;
        }
        // A partial step: SOC lands exactly on the limit, and the rest of the step is cut.
        const qint64 hit = std::clamp(qRound64(hitMs), a, b);
        if (hit > a)
            emitPoint(a, p);
        m_soc = limit;
        if (hit < b)
            holdAtLimit(hit, b, *run);
    }

    void holdAtLimit(qint64 a, qint64 b, Run &run)
    {
        emitPoint(a, 0.0);
        run.missingWh += std::abs(run.powerW) * double(b - a) / double(kHourMs);
        if (!run.limitFromMs)
            run.limitFromMs = a;
    }

    void emitPoint(qint64 t, double batteryW)
    {
        const double load = loadAt(m_input.recentLoadW, t);
        const double solar = valueAt(m_input.solarForecastW, t);
        m_result.socPercent.append(t, m_soc);
        m_result.batteryW.append(t, batteryW);
        m_result.gridW.append(t, load - solar + batteryW); // NaN when either is unknown
    }

    const ProjectionInput &m_input;
    const BatteryModel &m_battery;
    const double m_capacityWh;
    double m_soc;
    QList<Run> m_runs;
    SocProjectionResult m_result;
};

QList<Run> runsWithin(const ProjectionInput &input, qint64 endMs)
{
    const BatteryModel &b = input.battery;
    // Each window starts at most twice in 24 h, plus the run going on now: room to spare.
    const int count = int(input.schedule.size()) * 3 + 3;
    QList<Run> runs;
    for (const WindowRun &r : ScheduleTimeline(input.schedule, input.zone).upcoming(input.now, count)) {
        if (r.start.toMSecsSinceEpoch() > endMs) // one starting at the end gives the end point its power
            break;
        const double powerW = std::clamp(r.powerW, -std::abs(b.maxDischargeW), std::abs(b.maxChargeW));
        runs.append(Run{r, windowIndex(input.schedule, r), powerW, 0.0, std::nullopt});
    }
    return runs;
}

// The regular steps on the clock (17:00, 17:05, ...), now, the end, and every run edge.
QList<qint64> stepEdges(qint64 nowMs, qint64 endMs, qint64 stepMs, const QList<Run> &runs)
{
    QList<qint64> edges{nowMs, endMs};
    const qint64 firstStep = (nowMs / stepMs + 1) * stepMs;
    for (qint64 t = firstStep; t < endMs; t += stepMs)
        edges.append(t);
    for (const Run &r : runs) {
        for (const qint64 t : {r.run.start.toMSecsSinceEpoch(), r.run.stop.toMSecsSinceEpoch()}) {
            if (t > nowMs && t < endMs)
                edges.append(t);
        }
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    return edges;
}

} // namespace

QString ProjectionWarning::describe(const QTimeZone &zone) const
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QString at = from.toTimeZone(z).toString(QStringLiteral("HH:mm"));
    const QString window = WindowRun{startSecond, stopSecond, powerW, windowStart, windowStop}.describe();
    const QString text = kind == Kind::Empty
        ? SocProjection::tr("The battery is empty from %1 (%2); %3 will deliver %L4 kWh less.")
        : SocProjection::tr("The battery is full from %1 (%2); %3 will charge %L4 kWh less.");
    return text.arg(at, QString::fromUtf8(z.id()), window).arg(missingKWh, 0, 'f', 1);
}

QString ProjectionWarning::describe(const QTimeZone &zone, const QDateTime &now) const
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QDate day = from.toTimeZone(z).date();
    const bool today = !now.isValid() || day <= now.toTimeZone(z).date();
    const QString at = from.toTimeZone(z).toString(QStringLiteral("HH:mm"));
    const QString window = WindowRun{startSecond, stopSecond, powerW, windowStart, windowStop}.describe();
    QString text;
    if (kind == Kind::Empty)
        text = today ? SocProjection::tr("Today (%1), the battery is empty from %2 (%3); %4 will deliver %L5 kWh less.")
                     : SocProjection::tr("Tomorrow (%1), the battery is empty from %2 (%3); %4 will deliver %L5 kWh less.");
    else
        text = today ? SocProjection::tr("Today (%1), the battery is full from %2 (%3); %4 will charge %L5 kWh less.")
                     : SocProjection::tr("Tomorrow (%1), the battery is full from %2 (%3); %4 will charge %L5 kWh less.");
    return text.arg(day.toString(QStringLiteral("yyyy-MM-dd")), at, QString::fromUtf8(z.id()), window).arg(missingKWh, 0, 'f', 1);
}

SocProjectionResult SocProjection::project(const ProjectionInput &input)
{
    if (!canProject(input))
        return {};
    const qint64 nowMs = input.now.toMSecsSinceEpoch();
    const qint64 endMs = nowMs + kHorizonMs;
    const qint64 stepMs = qint64(input.stepSeconds > 0 ? input.stepSeconds : kDefaultStepSeconds) * 1000;
    const QList<Run> runs = runsWithin(input, endMs);
    Integrator integrator(input, runs);
    integrator.walk(stepEdges(nowMs, endMs, stepMs, runs));
    return integrator.result();
}
