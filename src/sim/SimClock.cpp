#include "sim/SimClock.h"

#include <QMutexLocker>
#include <cmath>

SimClock::SimClock(qint64 startMs, double acceleration, const Clock &real)
    : m_real(real)
    , m_simAnchorMs(startMs)
    , m_realAnchorMs(real.nowMs())
    , m_acceleration(acceleration)
{
}

qint64 SimClock::nowMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_simAnchorMs + qint64(std::llround(double(m_real.nowMs() - m_realAnchorMs) * m_acceleration));
}

double SimClock::acceleration() const
{
    QMutexLocker lock(&m_mutex);
    return m_acceleration;
}

void SimClock::setAcceleration(double factor)
{
    const qint64 now = nowMs();
    QMutexLocker lock(&m_mutex);
    m_simAnchorMs = now;
    m_realAnchorMs = m_real.nowMs();
    m_acceleration = factor;
}

void SimClock::jumpTo(qint64 simMs)
{
    const qint64 now = nowMs();
    QMutexLocker lock(&m_mutex);
    m_simAnchorMs = std::max(now, simMs);
    m_realAnchorMs = m_real.nowMs();
}
