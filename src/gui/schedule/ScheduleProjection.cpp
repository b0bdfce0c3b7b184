#include "gui/schedule/ScheduleProjection.h"

#include "core/Clock.h"
#include "gui/schedule/ScheduleModel.h"

ScheduleProjection::ScheduleProjection(const ScheduleModel &model, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_clock(clock)
{
    connect(&m_model, &ScheduleModel::draftChanged, this, &ScheduleProjection::recompute);
}

void ScheduleProjection::setInputs(const ProjectionInputs &inputs)
{
    m_inputs = inputs;
    recompute();
}

void ScheduleProjection::setBatteryLimits(const BatteryLimits &limits)
{
    m_batteryLimits = limits;
    recompute();
}

void ScheduleProjection::setZone(const QTimeZone &zone)
{
    m_zone = zone;
    recompute();
}

BatteryModel ScheduleProjection::battery() const
{
    BatteryModel b;
    const ScheduleLimits &limits = m_model.limits();
    b.maxChargeW = limits.maxChargeW;
    b.maxDischargeW = limits.maxDischargeW;
    b.socMinPercent = m_batteryLimits.socMinPercent;
    b.socMaxPercent = m_batteryLimits.socMaxPercent;
    if (m_inputs.hasSoc())
        b.capacityKWh = m_inputs.capacityKWh;
    return b;
}

SocProjectionResult ScheduleProjection::of(const Schedule &schedule) const
{
    if (!m_inputs.hasSoc() || !m_zone)
        return {};
    ProjectionInput input;
    input.now = m_clock.now();
    input.zone = *m_zone;
    input.schedule = schedule;
    input.battery = battery();
    input.socPercent = m_inputs.socPercent;
    input.solarForecastW = m_inputs.solarForecastW;
    input.recentLoadW = m_inputs.recentLoadW;
    return SocProjection::project(input);
}

QHash<int, QString> ScheduleProjection::windowWarnings() const
{
    // A warning names a window of the stored schedule; the draft's row starts there.
    QHash<int, QString> warnings;
    for (const ProjectionWarning &w : m_current.warnings) {
        for (int row = 0; row < m_model.rowCount(); ++row) {
            if (m_model.window(row).start != w.startSecond)
                continue;
            QString &text = warnings[row];
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + describe(w);
        }
    }
    return warnings;
}

QString ScheduleProjection::describe(const ProjectionWarning &warning) const
{
    const TimeSeries &soc = m_current.socPercent;
    const QDateTime now = soc.isEmpty() ? m_clock.now() : QDateTime::fromMSecsSinceEpoch(soc.firstTime(), QTimeZone::utc());
    return warning.describe(zone(), now);
}

void ScheduleProjection::recompute()
{
    m_current = of(m_model.draft());
    emit changed();
}
