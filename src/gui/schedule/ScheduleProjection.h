#pragma once

#include "core/SocProjection.h"
#include "gui/schedule/ProjectionFeed.h"
#include "gui/site/SiteSettings.h"

#include <QHash>
#include <QObject>
#include <QTimeZone>
#include <optional>

class Clock;
class ScheduleModel;

// The one owner of the draft's SOC projection (docs/product.md "The schedule editor"): it holds
// what the projection starts from (ProjectionFeed's inputs, the battery settings, the scheduler's
// zone), recomputes SocProjection when the draft or those change, and answers for any schedule
// (the apply dialog's). The strip, the timeline's marks and the sender all read it.
class ScheduleProjection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleProjection)

public:
    ScheduleProjection(const ScheduleModel &model, const Clock &clock, QObject *parent = nullptr);

    void setInputs(const ProjectionInputs &inputs);
    const ProjectionInputs &inputs() const { return m_inputs; }
    void setBatteryLimits(const BatteryLimits &limits);
    // The scheduler's zone; there is no projection before the scheduler's state is known.
    void setZone(const QTimeZone &zone);
    bool hasZone() const { return m_zone.has_value(); }
    QTimeZone zone() const { return m_zone.value_or(QTimeZone::utc()); }

    // The battery as the projection sees it: the draft's power limits, the settings' SOC limits,
    // the units' reported capacity.
    BatteryModel battery() const;
    // The draft's projection, as of the last change.
    const SocProjectionResult &current() const { return m_current; }
    // The projection of another schedule from the same inputs.
    SocProjectionResult of(const Schedule &schedule) const;
    // The current warnings by the draft's row that each names; a window warned of today and
    // tomorrow gets both lines, each with its day.
    QHash<int, QString> windowWarnings() const;
    // A warning of the current projection in words, with its day (today or tomorrow).
    QString describe(const ProjectionWarning &warning) const;

    // Projects the draft again (the draft's limits changed, or time moved on).
    void recompute();

signals:
    void changed();

private:
    const ScheduleModel &m_model;
    const Clock &m_clock;
    ProjectionInputs m_inputs;
    BatteryLimits m_batteryLimits;
    std::optional<QTimeZone> m_zone;
    SocProjectionResult m_current;
};
