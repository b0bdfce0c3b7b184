#pragma once

#include <QByteArray>
#include <QHash>
#include <QtGlobal>

class Clock;

// The bearer tokens the emulator's login hands out (docs/aegis-api.md §2): opaque random strings
// shaped like a JWT, each valid for the lifetime in force when it was issued. Time is real
// time from the injected clock, not sim time, so an accelerated site does not expire tokens.
class AccessTokens final
{
public:
    enum class Check { Valid, Unknown, Expired };

    explicit AccessTokens(const Clock &realClock);
    Q_DISABLE_COPY_MOVE(AccessTokens)

    QByteArray issue(int userId, int lifetimeSeconds);
    Check check(const QByteArray &token) const;
    void clear() { m_expiryMs.clear(); }
    qsizetype size() const { return m_expiryMs.size(); }

private:
    void forgetLongExpired(qint64 nowMs);

    const Clock &m_clock;
    QHash<QByteArray, qint64> m_expiryMs;
};
