#pragma once

#include <QDateTime>
#include <QtGlobal>
#include <atomic>

// Where "now" comes from. Everything that depends on the current time takes a Clock so
// that tests (and the emulator's accelerated sim time) can replace the system clock.
class Clock
{
public:
    Clock() = default;
    virtual ~Clock();
    Q_DISABLE_COPY_MOVE(Clock)

    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;

    QDateTime now() const;
};

class SystemClock final : public Clock
{
public:
    SystemClock() = default;
    qint64 nowMs() const override;

    // A process-wide instance for code that has no clock injected.
    static const SystemClock &instance();
};

// A clock that only moves when told to. Safe to read from other threads.
class TestClock final : public Clock
{
public:
    explicit TestClock(qint64 nowMs = 0);
    explicit TestClock(const QDateTime &now);

    qint64 nowMs() const override;
    void setNow(const QDateTime &now);
    void setNowMs(qint64 nowMs);
    void advanceMs(qint64 ms);

private:
    std::atomic<qint64> m_nowMs;
};
