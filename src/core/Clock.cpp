#include "core/Clock.h"

Clock::~Clock() = default;

QDateTime Clock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

TestClock::TestClock(qint64 nowMs)
    : m_nowMs(nowMs)
{
}

TestClock::TestClock(const QDateTime &now)
    : m_nowMs(now.toMSecsSinceEpoch())
{
}

qint64 TestClock::nowMs() const
{
    return m_nowMs.load();
}

void TestClock::setNow(const QDateTime &now)
{
    m_nowMs.store(now.toMSecsSinceEpoch());
}

void TestClock::setNowMs(qint64 nowMs)
{
    m_nowMs.store(nowMs);
}

void TestClock::advanceMs(qint64 ms)
{
    m_nowMs.fetch_add(ms);
}
