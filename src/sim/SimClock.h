#pragma once

#include "core/Clock.h"

#include <QMutex>

// Sim time: starts at a chosen instant and runs at `acceleration` × the real clock.
// Changing the acceleration keeps "now" continuous. Safe to read from any thread.
class SimClock final : public Clock
{
public:
    SimClock(qint64 startMs, double acceleration, const Clock &real = SystemClock::instance());

    qint64 nowMs() const override;
    double acceleration() const;
    void setAcceleration(double factor);
    // Moves sim time (save/load of state); never backwards.
    void jumpTo(qint64 simMs);

private:
    const Clock &m_real;
    mutable QMutex m_mutex;
    qint64 m_simAnchorMs;
    qint64 m_realAnchorMs;
    double m_acceleration;
};
